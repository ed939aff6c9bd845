"""Recall profile, foreign-script words: non-Latin words inside Latin-script text."""

from __future__ import annotations

import pytest
from recall_helpers import covered

from dpfusion_integrations.tagging.recall.foreign_script import ForeignScriptWords


@pytest.mark.parametrize("name", ["مظهر عتيبة", "אפרת עיסא", "佐藤", "淳", "성민", "ელენა ღამბაშიძე", "Νικητία"])
def test_when_a_name_is_written_in_its_own_script_then_it_is_covered(make_view, name: str) -> None:
    text = f"Meeting with {name} at 3 pm."
    assert covered(text, ForeignScriptWords().detect(make_view(text)), name)


def test_when_greek_letters_are_math_symbols_then_they_are_not_tagged(make_view) -> None:
    text = "The bound holds for every ε and δ with λ in [0, 1]."
    assert ForeignScriptWords().detect(make_view(text)) == []
