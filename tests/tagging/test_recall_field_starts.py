"""Field labels found in linear time (``field_starts``) give exactly the matches of the old patterns, which
put the field start in front of the label as a regex prefix and were quadratic on long blank runs.

The old patterns are rebuilt from the new ones (prefix in front, possessive blanks made greedy again)
and used as the oracle on random texts made of labels, values, separators and blank runs."""

from __future__ import annotations

import random
import re
import time

import pytest

from dpfusion_integrations.tagging.recall import labelled_fields, name_initials_r7, org_cues_r7
from dpfusion_integrations.tagging.recall.field_starts import field_matches, opens_field, opens_field_after_gap

_SEPARATOR_PREFIX = r"(?m:^|[|;\t]|[ ]{2})[ \t]*"
_GAP_PREFIX = r"(?:^|(?<=\n)|(?<=[ ]{2})|(?<=\t))[ \t]*"


def _old(pattern: re.Pattern[str], prefix: str) -> re.Pattern[str]:
    body = pattern.pattern.replace("*+", "*")
    flags = ""
    if body.startswith("(?i)"):
        flags, body = "(?i)", body[4:]
    return re.compile(flags + prefix + body)


CASES = [
    ("labelled fields", labelled_fields._FIELD, _SEPARATOR_PREFIX, False),
    ("labelled name fields", labelled_fields._NAME_FIELD, _SEPARATOR_PREFIX, False),
    ("organisation field labels (round 7)", org_cues_r7._FIELD, _SEPARATOR_PREFIX, False),
    ("labelled initials (round 7)", name_initials_r7._FIELD, _GAP_PREFIX, True),
]
PIECES = ["Name", "Owner", "Operator", "Guest name", "Employer", "Checked by", "Officer", "DOB", "x", "ab",
          ":", "=", ": ", " (ref)", "Ann Lee", "A. Bc", "G. Tolu", "12", " ", "  ", "\t", "\n", "|", ";",
          " | ", "   ", "\t\t", "Guest name: ", "Carrier: ", "Operator (air): ", "Officer: G. Tolu",
          "Checked by:  A. B. Lee"]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 18)))


def _spans(matches) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span("label"), m.span("value")) for m in matches]


@pytest.mark.parametrize(("name", "pattern", "prefix", "gap_only"), CASES, ids=[c[0] for c in CASES])
def test_when_fields_are_found_label_first_then_the_matches_equal_the_prefixed_patterns(
        name: str, pattern: re.Pattern[str], prefix: str, gap_only: bool) -> None:
    old = _old(pattern, prefix)
    rng = random.Random(20261130)
    found = 0
    for _ in range(3_000):
        text = _random_text(rng)
        expected = _spans(old.finditer(text))
        assert _spans(field_matches(pattern, text, gap_only=gap_only)) == expected, text
        found += len(expected)
    assert found > 50  # the random texts do hold fields, so the comparison is not vacuous


@pytest.mark.parametrize(("text", "pos", "floor", "expected"), [
    ("Name", 0, 0, True),                 # text start
    ("x\n   Name", 5, 0, True),           # line start, then blanks
    ("x | Name", 4, 0, True),             # a separator, then a blank
    ("x  Name", 3, 0, True),              # two spaces
    ("x\tName", 2, 0, True),              # a tab
    ("x Name", 2, 0, False),              # one space after a word
    ("x; Name", 3, 3, False),             # the separator lies before the search start
    ("x    Name", 5, 4, False),           # only one blank at or after the search start
])  # fmt: skip
def test_when_a_position_follows_blanks_then_opens_field_reads_the_prefix(text, pos, floor, expected) -> None:
    assert opens_field(text, pos, floor) is expected


def test_when_the_gap_prefix_is_checked_then_a_separator_is_not_enough_but_a_wide_gap_is() -> None:
    assert not opens_field_after_gap("x; Name", 3)
    assert opens_field_after_gap("x;  Name", 4) and opens_field_after_gap("x\tName", 2)
    assert opens_field_after_gap("x    Name", 5, 4)  # the look-behind may read before the search start


@pytest.mark.parametrize(("name", "pattern", "prefix", "gap_only"), CASES, ids=[c[0] for c in CASES])
def test_when_a_label_follows_or_precedes_a_long_blank_run_then_the_search_is_quick(
        name: str, pattern: re.Pattern[str], prefix: str, gap_only: bool) -> None:
    """The old patterns took minutes here (20,000 tabs before a label; a label before 20,000 spaces);
    the bound is generous, so a busy machine cannot fail it."""
    for text in ("\t" * 20_000 + "Name: Ann  Checked by: G. Tolu", "Name" + " " * 20_000 + "x",
                 " " * 20_000 + "Operator: Acme"):
        start = time.perf_counter()
        list(field_matches(pattern, text, gap_only=gap_only))
        assert time.perf_counter() - start < 20.0
