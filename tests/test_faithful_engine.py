"""The faithful release's engine: fused path against the naive oracle, owner-only mixing, the cap on
every sampled step, slot ends on released tokens, and neighbours that change another group."""

from __future__ import annotations

import numpy as np
import pytest

from dpfusion_integrations.contexts import encode_chat
from dpfusion_integrations.contexts.faithful import copy_messages, slot_plan, slot_segments
from dpfusion_integrations.engine import FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.faithful import FaithfulDecoder, FaithfulRequest, SlotPlan
from dpfusion_integrations.engine.repetition import apply_bans
from dpfusion_integrations.engine.reference import np_renyi, reference_faithful_decode
from dpfusion_integrations.tagging import GroupPolicy, Span, group_spans


def _ctx(tokenizer, text):
    return tuple(encode_chat(tokenizer, copy_messages(text)))


def _enc(tokenizer, text):
    return tuple(tokenizer(text, add_special_tokens=False)["input_ids"])


@pytest.fixture(scope="module")
def requests_(tokenizer):
    enc = lambda s: _enc(tokenizer, s)  # noqa: E731
    return [
        # two groups, slots in the middle; ragged contexts
        FaithfulRequest(contexts=(_ctx(tokenizer, "Call [PERSON] at [PHONE] today."),
                                  _ctx(tokenizer, "Call Ann Lee at [PHONE] today."),
                                  _ctx(tokenizer, "Call [PERSON] at 555-0100 today.")),
                        plan=SlotPlan(segments=(enc("Call"), enc(" at"), enc(" today.")), slot_groups=(0, 1),
                                      slot_tokens=4),
                        order=3.0, caps=(0.5, 2.0)),
        # a slot at the start, a large cap (λ = 1 reachable)
        FaithfulRequest(contexts=(_ctx(tokenizer, "[PERSON] was seen."), _ctx(tokenizer, "Max was seen.")),
                        plan=SlotPlan(segments=((), enc(" was seen.")), slot_groups=(0,), slot_tokens=3),
                        order=8.0, caps=(50.0,)),
        # the document ends with a slot: EOS may end it
        FaithfulRequest(contexts=(_ctx(tokenizer, "Seen in [LOC]"), _ctx(tokenizer, "Seen in Rio")),
                        plan=SlotPlan(segments=(enc("Seen in"), ()), slot_groups=(0,), slot_tokens=5),
                        order=2.0, caps=(0.1,)),
        # one group owning two slots, the same placeholder twice
        FaithfulRequest(contexts=(_ctx(tokenizer, "[P] met [P]."), _ctx(tokenizer, "Ann met Bo.")),
                        plan=SlotPlan(segments=((), enc(" met"), enc(".")), slot_groups=(0, 0), slot_tokens=2),
                        order=4.0, caps=(0.3,)),
    ]


def test_when_fused_then_tokens_and_distributions_match_the_oracle(tiny_model, tokenizer, requests_):
    decoder = FaithfulDecoder(FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id]))
    record: list[dict] = []
    fused = decoder.decode(requests_, PrivateSampler(len(requests_), seed=5), debug=True, record=record)
    for r, req in enumerate(requests_):
        trace: list[dict] = []
        ref = reference_faithful_decode(tiny_model, req, PrivateSampler(1, seed=5 + r),
                                        eos_token_ids=[tokenizer.eos_token_id], record=trace)
        assert fused[r].tokens == ref.tokens
        assert fused[r].slot_steps == ref.slot_steps
        steps = [s for s in record if r in s["live"]]
        assert len(steps) == len(trace) == sum(ref.slot_steps)
        for step, expected in zip(steps, trace, strict=True):
            i = step["live"].index(r)
            np.testing.assert_allclose(step["logq"][i], expected["logq"], atol=1e-4)
            np.testing.assert_allclose(np.exp(step["released"][i]), np.exp(expected["released"]), atol=1e-5)
            np.testing.assert_allclose(step["lam"][i], expected["lam"], atol=1e-4)
    lams = [lam for res in fused for lam in res.lambdas]
    assert any(lam < 1.0 for lam in lams) and any(lam == 1.0 for lam in lams)


def test_public_segments_are_released_verbatim_in_order(tiny_model, tokenizer, requests_):
    decoder = FaithfulDecoder(FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id]))
    for seed in range(3):
        for req, res in zip(requests_, decoder.decode(requests_, PrivateSampler(len(requests_), seed=seed)),
                            strict=True):
            # tokens = seg0 slot0 seg1' ... : every forced token appears, in order, around the slots
            assert tuple(res.tokens[: len(req.plan.segments[0])]) == req.plan.segments[0]
            assert all(1 <= s <= req.plan.slot_tokens for s in res.slot_steps)
            assert len(res.slot_steps) == len(req.plan.slot_groups)
            assert sum(len(t) for t in res.slot_tokens) <= sum(res.slot_steps)


def test_every_sampled_step_mixes_the_owner_alone_within_its_cap(tiny_model, tokenizer, requests_):
    decoder = FaithfulDecoder(FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id]))
    record: list[dict] = []
    decoder.decode(requests_, PrivateSampler(len(requests_), seed=3), record=record)
    checked = 0
    for step in record:
        for i, r in enumerate(step["live"]):
            req = requests_[r]
            cap, order = req.caps[step["owners"][i]], req.order
            lam = float(step["lam"][i])
            logq, logp, released = step["logq"][i], step["logp"][i], step["released"][i]
            with np.errstate(divide="ignore"):
                expected = np.logaddexp(np.log(lam) + logp, np.log1p(-lam) + logq)
            np.testing.assert_allclose(np.exp(released), np.exp(expected), atol=1e-9)
            assert max(np_renyi(released, logq, order), np_renyi(logq, released, order)) <= cap * (1 + 1e-9)
            checked += 1
    assert checked > 10


def test_a_neighbour_that_changes_another_group_leaves_a_slot_unchanged(tiny_model, tokenizer):
    """Owner-only mixing: the release at a slot of group 0 is a function of q and p_0 only, so two
    documents that differ in group 1's values release the same distributions there (same seed, same
    tokens up to group 1's slot). The averaged mixture of the paraphrase would differ there."""
    enc = lambda s: _enc(tokenizer, s)  # noqa: E731
    plan = SlotPlan(segments=(enc("Dear"), enc(", your code is"), enc(".")), slot_groups=(0, 1), slot_tokens=4)
    public = _ctx(tokenizer, "Dear [PERSON], your code is [ID].")
    person = _ctx(tokenizer, "Dear Ann, your code is [ID].")
    a = FaithfulRequest(contexts=(public, person, _ctx(tokenizer, "Dear [PERSON], your code is 4471.")), plan=plan,
                        order=4.0, caps=(0.8, 0.8))
    b = FaithfulRequest(contexts=(public, person, _ctx(tokenizer, "Dear [PERSON], your code is 9012-XY.")),
                        plan=plan, order=4.0, caps=(0.8, 0.8))
    decoder = FaithfulDecoder(FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id]))
    rec_a: list[dict] = []
    rec_b: list[dict] = []
    res_a = decoder.decode([a], PrivateSampler(1, seed=9), record=rec_a)[0]
    res_b = decoder.decode([b], PrivateSampler(1, seed=9), record=rec_b)[0]
    n0 = res_a.slot_steps[0]
    assert res_b.slot_steps[0] == n0
    assert res_a.tokens[: len(plan.segments[0]) + n0] == res_b.tokens[: len(plan.segments[0]) + n0]
    for sa, sb in zip(rec_a[:n0], rec_b[:n0], strict=True):  # equal up to batch padding's float rounding
        np.testing.assert_allclose(np.exp(sa["released"]), np.exp(sb["released"]), atol=1e-5)
    # group 1's own slot does see its value (the contexts differ there)
    assert not np.array_equal(rec_a[n0]["logp"], rec_b[n0]["logp"])


def test_eos_is_masked_inside_slots_that_public_text_follows(tiny_model, tokenizer):
    """A slot followed by public text never samples EOS: it is removed from q and p alike."""
    import torch

    logq = torch.log_softmax(torch.randn(2, 50, dtype=torch.float64), -1)
    eos = torch.tensor([3, 7])
    masked = apply_bans(logq, [eos.tolist(), []])
    assert torch.isneginf(masked[0, eos]).all()
    assert torch.allclose(torch.logsumexp(masked[0], -1), torch.zeros((), dtype=torch.float64))
    assert torch.equal(masked[1], logq[1])
    plan = SlotPlan(segments=((1,), (2,), ()), slot_groups=(0, 0), slot_tokens=3)
    assert not plan.allows_eos(0) and plan.allows_eos(1)


def test_slot_ends_on_the_next_segments_text_whatever_the_token_boundaries(tokenizer):
    enc = lambda s: list(tokenizer(s, add_special_tokens=False)["input_ids"])  # noqa: E731
    dec = lambda ids: tokenizer.decode(list(ids))  # noqa: E731
    texts = ("born", ", was admitted.", "")
    plan = SlotPlan(segments=tuple(tuple(enc(t)) for t in texts), slot_groups=(0, 0), slot_tokens=6, texts=texts,
                    encode=enc, decode=dec)
    assert plan.slot_end(0, enc(" [DATE")) is None
    assert dec(plan.slot_end(0, enc(" [DATE],"))) == " was admitted."  # "]," as one token or two
    assert dec(plan.slot_end(0, enc(" [DATE], was"))) == " admitted."
    assert plan.slot_end(0, enc(" 1 2 3 4 5 6 7")[:6]) == tuple(enc(", was admitted."))  # the limit
    assert plan.slot_end(1, enc(" x")) is None  # nothing follows: only EOS or the limit


def test_slot_that_copies_its_placeholder_ends_there_and_the_next_segment_is_forced_whole(tokenizer):
    text = "Patient John Smith, born 3 May, was seen."
    grouping = group_spans(text, [Span(8, 18, "PERSON"), Span(25, 30, "DATE")], GroupPolicy.ENTITY_TYPE,
                           unit_key=b"k" * 32)
    plan = slot_plan(tokenizer, text, grouping, 6)
    assert plan.stand_ins == ("[PERSON]", "[DATE]")  # the public context's text at each slot
    enc = lambda s: list(tokenizer(s, add_special_tokens=False)["input_ids"])  # noqa: E731
    written = enc(" [PERSON]")
    for k in range(1, len(written)):  # a proper prefix of the placeholder: not an end
        assert plan.slot_end(0, written[:k]) is None
    assert plan.slot_end(0, written) == plan.segments[1]  # no sampled step spent on ", born"
    other = enc(" John,")  # any other text still ends on the next segment's first characters
    assert tokenizer.decode(other + list(plan.slot_end(0, other) or ())) == " John, born"
    assert plan.slot_end(0, enc(" 1 2 3 4 5 6 7")[:6]) == plan.segments[1]  # the limit


def test_plan_moves_spaces_into_slots_and_is_the_same_for_any_private_values(tokenizer):
    def plan_of(text, spans):
        grouping = group_spans(text, [Span(s, e, t) for s, e, t in spans], GroupPolicy.ENTITY_TYPE, unit_key=b"k" * 32)
        return slot_segments(text, grouping), slot_plan(tokenizer, text, grouping, 5)

    segs, plan = plan_of("Patient John Smith was seen  on 3 May.", [(8, 18, "PERSON"), (32, 37, "DATE")])
    assert segs == ["Patient", " was seen  on", "."]
    assert plan.slot_groups == (0, 1)
    other_segs, other = plan_of("Patient Al Li was seen  on 12 June 2024.", [(8, 13, "PERSON"), (27, 39, "DATE")])
    assert other_segs == segs and other.segments == plan.segments
    only_space, _ = plan_of("Ann Bo", [(0, 3, "PERSON"), (4, 6, "PERSON")])
    assert only_space == ["", " ", ""]
