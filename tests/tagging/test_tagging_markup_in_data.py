"""Issue 12, finding 6: ``<private>`` markup inside data adds spans to the tagger's, never replaces them.

A retrieved chunk or tool result holding ``<private>42</private>`` used to get only that span (every
name in it became public context), and a stray ``< private`` failed a whole batch. Markup is now
parsed leniently (never raising, protecting more when in doubt) and united with the tagger's spans;
only the caller's explicit ``markup="exclusive"`` or ``spans=`` replace the tagger.
"""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import Span, parse_markup, parse_markup_lenient, union_spans
from dpfusion_integrations.tagging.markup import DATA_MARKUP_GROUPS

CANARY = "Zebulon Quartermaine"


class NameTagger:
    """Tags every occurrence of a fixed name as PERSON (a stand-in for Presidio)."""

    name = "fake-tagger"

    def __init__(self, *names: str) -> None:
        self.names = names

    def tag(self, text: str) -> list[Span]:
        spans = []
        for name in self.names:
            start = text.find(name)
            while start >= 0:
                spans.append(Span(start, start + len(name), "PERSON", 0.85))
                start = text.find(name, start + 1)
        return spans


@pytest.fixture
def tagged_dp(tiny_dp):
    tiny_dp._tagger = NameTagger(CANARY, "Ann Lee")  # noqa: SLF001 - fresh engine per test
    return tiny_dp


def test_when_data_holds_markup_then_the_tagger_still_protects_the_rest(tagged_dp):
    chunk = f"Ticket <private>42</private>: {CANARY} called about the refund."
    res = tagged_dp.privatize(chunk, epsilon=4.0, max_new_tokens=2, seed=0)
    assert CANARY not in res.redacted_text and "42" not in res.redacted_text
    assert res.redacted_text == "Ticket [PRIVATE]: [PERSON] called about the refund."
    assert res.report.tagger == "fake-tagger+inline-markup"


def test_when_a_tool_result_in_a_chat_holds_markup_then_names_are_still_tagged(tagged_dp):
    messages = [{"role": "user", "content": "Look up record 7."},
                {"role": "tool", "content": f"<private>7</private> belongs to {CANARY}."}]
    res = tagged_dp.generate(messages, epsilon=4.0, max_new_tokens=2, seed=0)
    assert CANARY not in res.redacted_text and res.report.n_groups == 2


def test_when_one_chunk_of_a_batch_has_malformed_markup_then_the_batch_runs(tagged_dp, caplog):
    chunks = [f"a < private note about {CANARY}", f"{CANARY} </private> and <private>Ann Lee", "Ann Lee is fine."]
    with caplog.at_level(logging.DEBUG):
        results = tagged_dp.privatize_many(chunks, epsilon=4.0, max_new_tokens=2, seed=0)
    assert [CANARY in r.redacted_text or "Ann Lee" in r.redacted_text for r in results] == [False] * 3
    assert all(CANARY not in rec.getMessage() for rec in caplog.records)


def test_when_data_markup_names_a_group_then_only_public_entity_types_reach_the_report(tagged_dp):
    chunk = f'<private group="ZX-9931-{CANARY.split()[0]}">42</private> and <private group="date">May 3</private>'
    res = tagged_dp.privatize(chunk, epsilon=4.0, max_new_tokens=2, seed=0)
    assert set(res.report.epsilon_per_group) == {"PRIVATE", "DATE"}
    assert CANARY.split()[0] not in res.report.model_dump_json() and "ZX-9931" not in res.redacted_text


def test_when_the_caller_chooses_exclusive_markup_then_it_replaces_the_tagger_and_malformed_is_an_error(tagged_dp):
    res = tagged_dp.privatize(f"<private>{CANARY}</private> met Ann Lee.", epsilon=4.0, max_new_tokens=2, seed=0,
                              markup="exclusive")
    assert res.redacted_text == "[PRIVATE] met Ann Lee." and res.report.tagger == "inline-markup"
    with pytest.raises(InvalidParameterError) as info:
        tagged_dp.privatize(f"{CANARY} < private", epsilon=4.0, markup="exclusive")
    assert CANARY not in str(info.value)
    with pytest.raises(InvalidParameterError):
        tagged_dp.privatize("x", epsilon=4.0, markup="sometimes")


def test_when_markup_and_tagger_overlap_then_the_union_covers_both():
    # markup marks "Ann", the tagger "Ann Lee": the surname must not become public.
    assert union_spans([Span(0, 3, "ID")], [Span(0, 7, "PERSON", 0.85)]) == [Span(0, 7, "ID")]
    assert union_spans([], [Span(0, 7, "PERSON", 0.85)]) == [Span(0, 7, "PERSON", 0.85)]


TAGS = ["<private>", "</private>", "< private", "<private group='X'>", '<private group="bad name">', "</ private >",
        "<private", "<privateer>"]


@given(st.lists(st.one_of(st.sampled_from(TAGS), st.text(alphabet="ab <>/=", max_size=6)), max_size=12))
@settings(max_examples=300, deadline=None)
def test_when_markup_is_arbitrary_then_lenient_parsing_never_raises_and_covers_at_least_strict(pieces):
    text = "".join(pieces)
    lenient = parse_markup_lenient(text)
    spans = lenient.spans
    assert all(0 <= s.start < s.end <= len(lenient.clean) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    try:
        clean, strict = parse_markup(text)
    except InvalidParameterError:
        return  # strict refuses; lenient has already produced well-formed spans above
    # Where strict parsing succeeds, lenient parsing finds the same spans; a label that is not a
    # public entity type becomes PRIVATE (data must not choose what reports print).
    relabelled = [Span(s.start, s.end, s.entity_type.upper() if s.entity_type.upper() in DATA_MARKUP_GROUPS
                       else "PRIVATE") for s in strict]
    assert (clean, relabelled) == (lenient.clean, spans)


@pytest.mark.parametrize("text", ["<private group=PERSON>Jane Roe</private> was seen.",
                                  '<private group="PERSON" id="1">Jane Roe</private> was seen.',
                                  "<private/>Jane Roe</private> was seen.",
                                  "Jane Roe</private> was seen."])
def test_when_a_tag_is_malformed_then_the_value_it_marks_is_still_protected(text):
    parsed = parse_markup_lenient(text)
    start = parsed.clean.index("Jane Roe")
    assert any(s.start <= start and start + 8 <= s.end for s in parsed.spans), parsed
    assert "private" not in parsed.clean and parsed.malformed >= 1


def test_when_secondary_spans_overlap_each_other_then_the_union_still_covers_both():
    assert union_spans([], [Span(0, 5, "PERSON", 0.8), Span(3, 10, "DATE", 0.6)]) == [Span(0, 10, "PERSON", 0.8)]


def test_when_an_element_is_never_closed_then_everything_after_it_is_protected():
    parsed = parse_markup_lenient("Name: <private>Ann Lee, born 1970")
    assert parsed.clean == "Name: Ann Lee, born 1970" and parsed.spans == [Span(6, 24, "PRIVATE")]
    assert parsed.malformed == 1
