"""Cold start: the tagger is built on first use only (never for explicit spans), once per process
and profile, and shared by every engine."""

from __future__ import annotations

import pytest

from dpfusion_integrations.tagging import LanguageCheck, profiles


class _CountingTagger:
    """Stands in for the recall tagger (whose real build takes seconds): counts constructions."""

    built = 0

    def __init__(self, *, language_check: LanguageCheck = LanguageCheck.REFUSE, **options: object) -> None:
        type(self).built += 1
        self.language_check = language_check
        self.languages = frozenset({"en"})

    @property
    def name(self) -> str:
        return "counting-tagger"

    def tag(self, text: str) -> list:
        return []


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> type[_CountingTagger]:
    """The recall profile builds a :class:`_CountingTagger`; the process-wide cache starts empty."""
    from dpfusion_integrations.tagging import recall

    _CountingTagger.built = 0
    monkeypatch.setattr(recall, "RecallTagger", _CountingTagger)
    monkeypatch.setattr(profiles, "_TAGGERS", {})
    return _CountingTagger


def test_when_the_default_tagger_is_asked_for_twice_then_it_is_built_once(counting):
    first = profiles.default_tagger()
    assert profiles.default_tagger("recall") is first
    assert counting.built == 1


def test_when_the_language_check_differs_then_each_setting_has_its_own_tagger(counting):
    refuse, off = profiles.default_tagger(), profiles.default_tagger(language_check="off")
    assert refuse is not off and off.language_check is LanguageCheck.OFF
    assert profiles.default_tagger(language_check="off") is off
    assert counting.built == 2


def test_when_an_engine_is_built_then_no_tagger_is_built(counting, tiny_model, tokenizer):
    from dpfusion_integrations import DPFusion

    DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, model_name="tiny-llama")
    assert counting.built == 0


def test_when_spans_are_explicit_then_privatizing_never_builds_the_tagger(counting, tiny_dp):
    text = "Call Ann Lee today."
    result = tiny_dp.privatize(text, epsilon=8.0, spans=[(5, 12, "PERSON")], max_new_tokens=2, seed=0)
    assert result.report.n_groups == 1
    assert counting.built == 0


def test_when_two_engines_tag_then_they_share_one_tagger(counting, tiny_model, tokenizer):
    from dpfusion_integrations import DPFusion

    engines = [DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, model_name="tiny-llama") for _ in range(2)]
    assert engines[0].tagger is engines[1].tagger
    assert counting.built == 1
