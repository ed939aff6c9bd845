"""Surrogates in the faithful release: fixed fakes chosen by (type, order) only, a public context that
does not depend on private values, a slot-end rule that lets a surrogate be written whole, the same
charge as with placeholders, an explicit ``surrogates`` argument (no ambient state), and refusals where
surrogates mean nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations import PrivacyLedger
from dpfusion_integrations.cli import main
from dpfusion_integrations.contexts.faithful import (
    FAITHFUL_INSTRUCTION,
    SURROGATE_INSTRUCTION,
    copy_messages,
    slot_plan,
    slot_segments,
)
from dpfusion_integrations.contexts import render as render_module
from dpfusion_integrations.contexts.render import (
    StandIn,
    check_style,
    render_contexts,
)
from dpfusion_integrations.contexts.surrogates import (
    SURROGATE_KIND,
    SURROGATE_LISTS,
    surrogates_for,
)
from dpfusion_integrations.engine.faithful import SlotPlan
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation import pools
from dpfusion_integrations.prepare import prepare_faithful
from dpfusion_integrations.tagging import GroupPolicy, group_spans

KEY = b"k" * 32
TEXT = "Patient Ann Lee was seen in Oslo by Ann Lee's doctor."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION"), (36, 43, "PERSON")]
TYPES = ["PERSON", "DATE_TIME", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "CONTACT", "ID", "URL", "PRIVATE"]


class ByteTokenizer:
    """One token per UTF-8 byte: enough for plans, without a model."""

    def __call__(self, text, add_special_tokens=False):
        return {"input_ids": list(text.encode())}

    def decode(self, ids, skip_special_tokens=True):
        return bytes(ids).decode(errors="replace")


class NoTagger:
    name = "none"

    def tag(self, text):
        raise AssertionError("the tagger must not run when spans are given")


def test_when_kinds_repeat_then_each_span_takes_the_next_value_of_its_kind():
    people, dates = SURROGATE_LISTS["person"], SURROGATE_LISTS["date"]
    got = surrogates_for(["PERSON", "DATE_TIME", "PER", "DATE", "URL", "PERSON"])
    # PER and PERSON share one list and one count; a type without a list keeps its placeholder
    assert got == [people[0], dates[0], people[1], dates[1], None, people[2]]
    many = surrogates_for(["PERSON"] * (len(people) + 1))
    assert many[:len(people)] == list(people) and many[-1] is None  # past the list: the placeholder, no repeat


def test_when_rendering_with_surrogates_then_hidden_spans_read_as_fakes_and_the_owner_sees_its_values():
    grouping = group_spans(TEXT, SPANS, GroupPolicy.ENTITY_TYPE, unit_key=KEY)
    person, place = SURROGATE_LISTS["person"], SURROGATE_LISTS["location"]
    public, (persons, locations) = render_contexts(TEXT, grouping, style=StandIn.SURROGATE)
    assert public == f"Patient {person[0]} was seen in {place[0]} by {person[1]}'s doctor."
    assert persons == f"Patient Ann Lee was seen in {place[0]} by Ann Lee's doctor."
    assert locations == f"Patient {person[0]} was seen in Oslo by {person[1]}'s doctor."
    assert render_contexts(TEXT, grouping)[0] == "Patient [PERSON] was seen in [LOCATION] by [PERSON]'s doctor."


_VALUE = st.text(alphabet="#~^§µ¶", min_size=1, max_size=12)  # no character of a gap or a surrogate
_GAP = st.text(alphabet="abc ,.;()\n", min_size=1, max_size=6).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None)
@given(structure=st.lists(st.tuples(st.sampled_from(TYPES), _GAP), min_size=1, max_size=6),
       data=st.data(), policy=st.sampled_from([GroupPolicy.ENTITY_TYPE, GroupPolicy.SINGLE]))
def test_when_only_private_values_differ_then_the_surrogate_public_context_and_plan_are_identical(
        structure, data, policy):
    def build(values):
        text, spans = "Start ", []
        for (entity_type, gap), value in zip(structure, values, strict=True):
            spans.append((len(text), len(text) + len(value), entity_type))
            text += value + gap
        return text, group_spans(text, spans, policy, unit_key=KEY)

    outs = []
    for _ in range(2):
        values = data.draw(st.lists(_VALUE, min_size=len(structure), max_size=len(structure)))
        text, grouping = build(values)
        public, per_group = render_contexts(text, grouping, style=StandIn.SURROGATE)
        plan = slot_plan(ByteTokenizer(), text, grouping, 4, style=StandIn.SURROGATE)
        assert not any(v in public for v in values)  # no value reaches the public context
        for g, group_text in enumerate(per_group):  # each group's context shows its own values
            assert all(text[s.start:s.end] in group_text
                       for s, owner in zip(grouping.spans, grouping.span_group, strict=True) if owner == g)
        outs.append((public, slot_segments(text, grouping), plan))
    assert outs[0] == outs[1]  # plans compare segments, slot owners, texts and surrogates
    assert len(outs[0][2].stand_ins) == len(structure)


def _prepare(tokenizer, text, spans, **kwargs):
    return prepare_faithful(text, tokenizer=tokenizer, tagger=NoTagger(), policy=GroupPolicy.ENTITY_TYPE,
                            unit_key=KEY, slot_tokens=6, context_limit=8192, spans=spans, **kwargs)


def test_when_surrogates_are_on_then_the_prepared_public_context_ignores_values_and_asks_for_no_placeholders(
        tokenizer):
    other = "Patient Bartholomew Wu was seen in Rio de Janeiro by Bartholomew Wu's doctor."
    other_spans = [(8, 22, "PERSON"), (35, 49, "LOCATION"), (53, 67, "PERSON")]
    a, b = _prepare(tokenizer, TEXT, SPANS, surrogates=True), _prepare(tokenizer, other, other_spans, surrogates=True)
    assert a.surrogates and b.surrogates
    assert a.contexts[0] == b.contexts[0] and a.plan == b.plan and a.redacted == b.redacted
    assert a.contexts[1] != b.contexts[1]
    public = tokenizer.decode(a.contexts[0])
    assert SURROGATE_INSTRUCTION in public and FAITHFUL_INSTRUCTION not in public and "[PERSON]" not in public
    assert a.plan.stand_ins == (SURROGATE_LISTS["person"][0], SURROGATE_LISTS["location"][0],
                                SURROGATE_LISTS["person"][1])
    plain = _prepare(tokenizer, TEXT, SPANS)  # the default: placeholders, no surrogates in the plan
    assert not plain.surrogates and "[PERSON]" in plain.plan.stand_ins and "[PERSON]" in plain.redacted
    assert FAITHFUL_INSTRUCTION in tokenizer.decode(plain.contexts[0])


def test_when_one_preparation_uses_surrogates_then_the_next_one_is_not_affected(tokenizer):
    # The style is an argument, not ambient state: nothing set by one call can reach another.
    assert not any(name in vars(render_module) for name in ("stand_in_style", "current_style", "_STYLE"))
    first = _prepare(tokenizer, TEXT, SPANS, surrogates=True)
    after = _prepare(tokenizer, TEXT, SPANS)
    assert "[PERSON]" not in first.redacted and after.redacted == render_contexts(TEXT, group_spans(
        TEXT, SPANS, GroupPolicy.ENTITY_TYPE, unit_key=KEY))[0]
    assert copy_messages("x")[0]["content"].startswith(FAITHFUL_INSTRUCTION)
    assert copy_messages("x", style=StandIn.SURROGATE)[0]["content"].startswith(SURROGATE_INSTRUCTION)


@pytest.mark.parametrize("value", ["yes", 1, 0, None, "True"])
def test_when_surrogates_is_not_a_bool_then_preparation_refuses_it_before_tagging(tokenizer, value):
    with pytest.raises(InvalidParameterError, match="surrogates must be True or False"):
        prepare_faithful(TEXT, tokenizer=tokenizer, tagger=NoTagger(), policy=GroupPolicy.ENTITY_TYPE,
                         unit_key=KEY, slot_tokens=6, context_limit=8192, surrogates=value)  # NoTagger would raise


@pytest.mark.parametrize("style", ["fake", 1, None, True])
def test_when_a_stand_in_style_is_unknown_then_rendering_refuses_it(style):
    grouping = group_spans(TEXT, SPANS, GroupPolicy.ENTITY_TYPE, unit_key=KEY)
    with pytest.raises(InvalidParameterError, match="unknown stand-in style"):
        render_contexts(TEXT, grouping, style=style)
    with pytest.raises(InvalidParameterError, match="unknown stand-in style"):
        copy_messages("x", style=style)
    assert check_style("surrogate") is StandIn.SURROGATE  # its value names it too


NEXT_SEGMENTS = (".", ",", ". Then", ")", " and more", ";", "'s file", "\n", ": done", " (seen)")


def test_when_a_slot_copies_its_surrogate_then_it_ends_exactly_there_and_loses_nothing(tokenizer):
    enc = lambda s: tuple(tokenizer(s, add_special_tokens=False)["input_ids"])
    dec = lambda ids: tokenizer.decode(list(ids), skip_special_tokens=True)
    for values in SURROGATE_LISTS.values():
        for value in values:
            written = enc(" " + value)
            for nxt in NEXT_SEGMENTS:
                plan = SlotPlan(segments=(enc("Seen"), enc(nxt)), slot_groups=(0,), slot_tokens=24,
                                texts=("Seen", nxt), encode=enc, decode=dec, stand_ins=(value,))
                for k in range(1, len(written)):
                    assert plan.slot_end(0, written[:k]) is None, (value, nxt, k)
                forced = plan.slot_end(0, written)  # complete: the whole next segment is forced
                assert forced == enc(nxt) and dec(written) + dec(forced) == " " + value + nxt, (value, nxt)
                other = enc(" Zed") + enc(nxt)[:1]  # another value still ends on the next segment's start
                assert dec(other) + dec(plan.slot_end(0, other) or ()) == " Zed" + nxt, (value, nxt)


def test_when_there_is_no_surrogate_then_a_dotted_value_ends_early_and_the_limit_still_applies(tokenizer):
    enc = lambda s: tuple(tokenizer(s, add_special_tokens=False)["input_ids"])
    dec = lambda ids: tokenizer.decode(list(ids), skip_special_tokens=True)
    email = SURROGATE_LISTS["email"][0]
    written = enc(" " + email)
    bare = SlotPlan(segments=(enc("To"), enc(". Then")), slot_groups=(0,), slot_tokens=24,
                    texts=("To", ". Then"), encode=enc, decode=dec)
    # why the rule exists: without it the slot ends at the e-mail's first "."
    assert any(bare.slot_end(0, written[:k]) is not None for k in range(1, len(written)))
    short = SlotPlan(segments=(enc("To"), enc(". Then")), slot_groups=(0,), slot_tokens=2,
                     texts=("To", ". Then"), encode=enc, decode=dec, stand_ins=(email,))
    assert short.slot_end(0, written[:2]) == enc(". Then")  # inside the surrogate, at the limit: ends


def test_when_a_plan_has_the_wrong_number_of_surrogates_then_it_is_refused():
    with pytest.raises(ValueError, match="stand_ins"):
        SlotPlan(segments=((1,), (2,)), slot_groups=(0,), slot_tokens=3, stand_ins=("a", "b"))


def test_when_surrogates_are_used_then_the_charge_is_that_of_placeholders_and_public_text_is_kept(tiny_dp):
    kwargs = {"epsilon": 4.0, "spans": SPANS, "release": "faithful", "slot_tokens": 5, "seed": 1}
    plain = tiny_dp.privatize(TEXT, **kwargs)
    fake = tiny_dp.privatize(TEXT, surrogates=True, **kwargs)
    for field in ("group_steps", "group_caps", "epsilon", "epsilon_per_group", "rdp", "max_new_tokens", "alpha"):
        assert getattr(fake.report, field) == getattr(plain.report, field), field
    person = SURROGATE_LISTS["person"]
    assert fake.redacted_text == f"Patient {person[0]} was seen in {SURROGATE_LISTS['location'][0]} by " \
                                 f"{person[1]}'s doctor."
    cursor = 0
    for piece in ("Patient", " was seen in", " by", "'s doctor."):  # the public text, in order
        found = fake.text.find(piece, cursor)
        assert found >= 0, piece
        cursor = found + len(piece)
    many = tiny_dp.privatize_many([TEXT], surrogates=True, **{**kwargs, "spans": [SPANS]})
    assert many[0].text == fake.text and many[0].redacted_text == fake.redacted_text


@pytest.mark.parametrize("kwargs, message", [
    ({"surrogates": True}, "surrogates belongs to release='faithful'"),
    ({"surrogates": "yes", "release": "faithful"}, "surrogates must be True or False"),
])
def test_when_surrogates_mean_nothing_then_they_are_refused_before_any_spend(tiny_dp, tmp_path, kwargs, message):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'b.db'}", alpha=4.0, create=True) as ledger:
        with pytest.raises(InvalidParameterError, match=message):
            tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, ledger=ledger, units=["u"], **kwargs)
        with pytest.raises(InvalidParameterError, match=message):
            tiny_dp.privatize_many([TEXT], epsilon=4.0, spans=[SPANS], ledger=ledger, **kwargs)
        assert ledger.audit() == []


def test_when_the_cli_gets_surrogates_without_the_faithful_release_then_it_stops_before_loading_a_model(
        tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text(TEXT, encoding="utf-8")
    code = main(["privatize", str(note), "--epsilon", "4", "--surrogates", "--model", str(tmp_path / "absent")])
    err = capsys.readouterr().err
    assert code == 2 and "--surrogates belongs to --release faithful" in err and "loading model" not in err
    assert "Ann" not in err


def test_when_compared_with_the_evaluation_pools_then_no_surrogate_is_a_corpus_value():
    pool_words = {w for name in (*pools.FIRST_NAMES, *pools.LAST_NAMES) for w in name.split()}
    pool_values = {*pools.CITIES, *pools.HOSPITALS, *pools.BANKS, *pools.COMPANIES, *pools.STREETS}
    for kind, values in SURROGATE_LISTS.items():
        assert kind in SURROGATE_KIND.values() and len(set(values)) == len(values)
        for value in values:
            assert not set(value.split()) & pool_words, value
            assert not any(value in v or v in value for v in pool_values), value


def test_when_surrogates_are_used_then_the_report_says_so_and_the_charge_is_unchanged(tiny_dp):
    text = "Patient Ann Lee was seen in Boston on 03/04/2025."
    spans = [(8, 15, "PERSON"), (28, 34, "LOCATION")]
    plain = tiny_dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", seed=1)
    fake = tiny_dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", seed=1, surrogates=True)
    assert plain.report.surrogates is False and fake.report.surrogates is True
    assert fake.report.epsilon == plain.report.epsilon and fake.report.rdp == plain.report.rdp


def test_when_a_release_with_surrogates_is_streamed_then_the_stream_is_the_text_and_both_reports_say_so(tiny_dp):
    streamed, started = [], []
    result = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", slot_tokens=4, seed=2,
                               surrogates=True, on_token=streamed.append, on_start=started.append)
    assert tiny_dp.tokenizer.decode(streamed, skip_special_tokens=True) == result.text
    assert [r.surrogates for r in started] == [True] and result.report.surrogates is True


def test_when_a_text_has_no_private_span_then_the_report_still_says_surrogates_were_asked_for(tiny_dp):
    text = "The ward was quiet overnight."
    result = tiny_dp.privatize(text, epsilon=4.0, spans=[], allow_no_spans=True, release="faithful",
                               surrogates=True, seed=0)
    assert result.report.surrogates is True and result.report.epsilon == 0.0 and result.report.tokens_emitted == 0
    assert result.text.strip() == text  # nothing private: the whole text is forced
