"""Red-team of ``release="faithful"`` (and the paraphrase's repetition control / derived budget).

Each test states the property it checks. The two marked FINDING were written against the first
version of the faithful release and failed there (a private length in an error; slots that could not
end before whitespace); they are the regression tests of the fixes. All others are properties verified
to hold.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from dpfusion_integrations.accounting import Relation, rdp_to_epsilon
from dpfusion_integrations.accounting.slots import calibrate_slots, faithful_event
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.contexts.faithful import slot_plan
from dpfusion_integrations.errors import ContextTooLongError, InvalidParameterError
from dpfusion_integrations.tagging import GroupPolicy, Span, group_spans
from dpfusion_integrations.unit_aliases import resolve_unit_alias

TEXT = "Patient Ann Lee was seen in Oslo by Ann Lee's doctor."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION"), (36, 43, "PERSON")]


def _doc(person: str, place: str, other: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Same public structure whatever the values: ``Patient P was seen in L by O's doctor.``"""
    parts, spans, text = [("Patient ", None), (person, "PERSON"), (" was seen in ", None), (place, "LOCATION"),
                          (" by ", None), (other, "PERSON"), ("'s doctor.", None)], [], ""
    for piece, kind in parts:
        if kind is not None:
            spans.append((len(text), len(text) + len(piece), kind))
        text += piece
    return text, spans


def _public_report(report) -> dict:
    """The report less what may legitimately differ between neighbours: per-call aliases (random) and
    the steps actually taken (functions of released tokens)."""
    data = report.model_dump(mode="json")
    for key in ("units", "units_groups", "units_group_labels", "group_steps_emitted", "tokens_emitted"):
        data.pop(key)
    data["units_groups_counts"] = sorted(report.units_groups.values())
    data["units_labels"] = sorted(map(tuple, report.units_group_labels.values()))
    return data


# ------------------------------------------------------------------------------------------ FINDINGS
def test_rt_faithful_too_long_error_does_not_reveal_the_raw_length(dp):
    """FINDING (medium, fixed): ``prepare_faithful``'s early window check passes the raw text's token count (private
    values and markup included) as ``max_new_tokens`` to ``ContextTooLongError``; the message then reads
    "the input with max_new_tokens=<raw length> ...". Errors cross the trust boundary (DESIGN.md §4:
    never private lengths), so two documents that differ only in the length of a private value give
    different errors. Expected: the same error for both, and no raw length in it."""
    errors = []
    for words in (140, 170):  # the tiny model's window is 512 tokens: 2 x raw length overflows it
        name = " ".join(["Zephyrine"] * words)
        text = f"Patient {name} was seen."
        with pytest.raises(ContextTooLongError) as info:
            dp.privatize(text, epsilon=4.0, spans=[(8, 8 + len(name), "PERSON")], release="faithful")
        raw = len(dp.tokenizer(text, add_special_tokens=False)["input_ids"])
        errors.append((str(info.value), info.value.max_new_tokens, raw))
    (msg_a, max_a, raw_a), (msg_b, max_b, raw_b) = errors
    assert max_a != raw_a and max_b != raw_b, f"the error carries the raw text's token count: {errors}"
    assert msg_a == msg_b, f"the error depends on the private value's length: {msg_a!r} vs {msg_b!r}"


@pytest.mark.parametrize(("text", "spans", "slot", "written"), [
    ("Signed: John\n", [(8, 12, "PERSON")], 0, " Ann\n"),            # a span that ends a line-terminated doc
    ("Signed: John  ", [(8, 12, "PERSON")], 0, " Ann  "),            # trailing spaces
    ("Ann Bo met.", [(0, 3, "PERSON"), (4, 6, "PERSON")], 0, "Eve "),  # two spans separated by a space
])
def test_rt_faithful_slot_followed_by_whitespace_only_text_can_end(tokenizer, text, spans, slot, written):
    """FINDING (low; utility, not privacy; fixed): a slot whose next forced segment is whitespace only can end
    neither by the text rule (it needs one non-space character of the next segment) nor by EOS (EOS is
    allowed only when nothing is forced after the slot). So a document ending with a private value and
    a newline ("Signed: Dr. X\\n"), or two spans separated by a space, always takes ``slot_tokens``
    steps and releases whatever the model writes after the value (the charge is correct). Expected:
    the slot ends once it has written the whitespace (or EOS is allowed when only whitespace follows)."""
    grouping = group_spans(text, [Span(s, e, t) for s, e, t in spans], GroupPolicy.ENTITY_TYPE, unit_key=b"k" * 32)
    plan = slot_plan(tokenizer, text, grouping, 12)
    sampled = list(tokenizer(written, add_special_tokens=False)["input_ids"])
    ends = plan.slot_end(slot, sampled) is not None or plan.allows_eos(slot)
    assert ends, f"slot {slot} of {text!r} can only end at the limit (segments {plan.texts!r})"


# ------------------------------------------------------------------------- verified properties
@pytest.mark.parametrize("policy", ["entity_type", "entity"])
@pytest.mark.parametrize("markup", [False, True])
def test_rt_faithful_plan_and_report_do_not_depend_on_private_values(dp, policy, markup):
    """Two documents that differ only in private values (lengths, digits, spaces at span edges, markup
    offsets) get the same plan, public context, input token count and report (apart from the random
    aliases and the steps taken, which are functions of released tokens)."""
    a = _doc("Ann Lee", "Oslo", "Bo Chen")
    b = _doc("Maximilian Alexander von Hohenzollern-Sigmaringen III", "Llanfairpwllgwyngyll 12345",
             "Dr. Zephyrine Okonkwo-Valdés")
    plans, reports = [], []
    for text, spans in (a, b):
        if markup:
            marked = text
            for s, e, kind in sorted(spans, reverse=True):
                marked = f'{marked[:s]}<private group="{kind}">{marked[s:e]}</private>{marked[e:]}'
            prepared = dp._prepare_faithful(marked, None, policy, 7, False, "exclusive")
            res = dp.privatize(marked, epsilon=4.0, group_policy=policy, release="faithful", slot_tokens=7,
                               markup="exclusive", seed=5)
        else:
            prepared = dp._prepare_faithful(text, spans, policy, 7, False, "augment")
            res = dp.privatize(text, epsilon=4.0, spans=spans, group_policy=policy, release="faithful",
                               slot_tokens=7, seed=5)
        plans.append((prepared.plan.segments, prepared.plan.slot_groups, prepared.plan.texts, prepared.contexts[0],
                      prepared.redacted))
        reports.append((_public_report(res.report), res.redacted_text, res.input_tokens))
        for forced in ("Patient", " was seen in", " by", "'s doctor."):
            assert forced in res.text
    assert plans[0] == plans[1]
    assert reports[0] == reports[1]


def test_rt_faithful_no_value_in_report_errors_or_logs(dp, debug_logs):
    """Report, result dict and logs hold no span value; the debug info stays off the report."""
    res = dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", seed=1, debug=True)
    dumped = res.report.model_dump_json() + str(res.to_dict()) + repr(res) + debug_logs.text
    for value in ("Ann", "Lee", "Oslo"):
        assert value not in dumped
    assert res.private_debug is not None and "lambdas" not in res.report.model_dump_json()


@pytest.mark.parametrize("relation", list(Relation))
@pytest.mark.parametrize("headroom", [0.0, 1e-6])
def test_rt_faithful_calibration_keeps_every_unit_within_epsilon(relation, headroom):
    """Random structures (caller units in every group, units across several groups, groups of very
    different sizes, a fixed ledger order or a free one): every unit's charge, the sum over its own
    groups, is within ε (with the ledger's rounding headroom), and one spend event per unit equals that
    sum exactly."""
    rng = random.Random(7)
    for _ in range(60):
        n = rng.randint(1, 6)
        steps = [rng.choice([1, 2, 3, 12, 24, 100, 512]) * rng.randint(1, 4) for _ in range(n)]
        units = {f"u{k}": sorted(rng.sample(range(n), rng.randint(1, n))) for k in range(rng.randint(1, 5))}
        if rng.random() < 0.3:
            units["caller"] = list(range(n))
        eps = rng.choice([0.1, 1.0, 4.0, 8.0, 30.0])
        alpha = rng.choice([None, 4.0, 16.0])
        try:
            cal = calibrate_slots(epsilon=eps, delta=1e-5, steps=steps, unit_groups=units, relation=relation,
                                  alpha=alpha, rdp_headroom=headroom)
        except InvalidParameterError:  # infeasible at a fixed order: refused, never exceeded
            continue
        labels = [f"G{g}" for g in range(n)]
        for gs in units.values():
            rdp = cal.unit_rdp(gs)
            assert rdp_to_epsilon(rdp=rdp + headroom, alpha=cal.alpha, delta=1e-5) <= eps
            assert rdp == pytest.approx(sum(steps[g] * cal.step_cost(g) for g in set(gs)), rel=1e-12)
            event = faithful_event(alpha=cal.alpha, relation=relation, caps=dict(zip(labels, cal.caps)),
                                   labels=[labels[g] for g in gs], steps=dict(zip(labels, steps)))
            assert event.rdp == pytest.approx(rdp, rel=1e-9)


@pytest.mark.parametrize("policy,units", [("entity_type", None), ("entity", None), ("single", None),
                                          ("entity_type", ["pt-1", "pt-2"])])
def test_rt_faithful_ledger_commits_the_tracker_charge_and_never_more_than_reserved(dp, ledger, policy, units):
    """With a ledger: what is committed per unit equals the tracker's refunded event, is at most the
    reserved (full) budget, and the full budget is within ε. A default unit sharing its group
    (Ann Lee with Bo in PERSON under entity_type/single) is accounted under substitution."""
    text = "Patient Ann Lee was seen in Oslo by Bo, then Ann Lee left."
    spans = [(8, 15, "PERSON"), (28, 32, "LOCATION"), (36, 38, "PERSON"), (45, 52, "PERSON")]
    res = dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", slot_tokens=5, seed=3, ledger=ledger,
                       group_policy=policy, units=units)
    r = res.report
    partial = policy in ("entity_type", "single") and units is None
    assert r.relation is (Relation.SUBSTITUTION if partial else Relation.REDACTION)
    refunded = events_from_report(r, refund_unused=True)
    full = events_from_report(r, refund_unused=False)
    assert set(refunded) == set(r.units) and ledger.outstanding() == []
    for alias in r.units:
        unit = resolve_unit_alias(alias, unit_key=dp.unit_key)
        assert ledger.spent_rdp(unit) == pytest.approx(refunded[alias].rdp, abs=2e-6)
        assert ledger.spent_rdp(unit) <= full[alias].rdp + 2e-6
        assert rdp_to_epsilon(rdp=full[alias].rdp, alpha=r.alpha, delta=r.delta) <= 4.0
        labels = r.units_group_labels[alias]
        assert full[alias].rdp == pytest.approx(sum(r.group_steps[g] * _cost(r, g) for g in labels), rel=1e-9)
    if units is not None:
        assert all(sorted(v) == sorted(r.group_caps) for v in r.units_group_labels.values())


def _cost(report, label):
    from dpfusion_integrations.accounting import step_rdp

    return step_rdp(alpha=report.alpha, cap=report.group_caps[label], n_groups=1, relation=report.relation)


def test_rt_faithful_stream_stop_charges_the_steps_taken_and_failures_keep_the_reservation(dp, ledger):
    """Stop after the first sampled token: one step charged. An on_token that raises after tokens went
    out: the whole reservation stays charged. A failure before anything is released: all refunded."""
    text, spans = "Ann Lee was seen.", [(0, 7, "PERSON")]

    res = dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", slot_tokens=6, ledger=ledger,
                       units=["stop"], seed=1, on_token=lambda _t: True)
    cap = res.report.group_caps["PERSON"]
    assert res.report.group_steps_emitted == {"PERSON": 1}
    assert ledger.spent_rdp("stop") == pytest.approx(cap, abs=2e-6)

    seen = []

    def boom(token):
        seen.append(token)
        if len(seen) == 2:
            raise RuntimeError("consumer died")

    with pytest.raises(RuntimeError):
        dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", slot_tokens=6, ledger=ledger,
                     units=["crash"], seed=1, on_token=boom)
    assert ledger.spent_rdp("crash") == pytest.approx(6 * cap, abs=2e-6)

    def refuse(_report):
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", slot_tokens=6, ledger=ledger,
                     units=["early"], seed=1, on_start=refuse)
    assert ledger.spent_rdp("early") == 0.0 and ledger.outstanding() == []


def test_rt_faithful_epsilon_zero_and_no_spans_charge_nothing(dp, ledger):
    """ε = 0: caps 0, every slot is sampled from q alone (λ = 0), nothing reserved; no spans with
    allow_no_spans: the text comes back verbatim at zero cost."""
    res = dp.privatize(TEXT, epsilon=0.0, spans=SPANS, release="faithful", seed=2, ledger=ledger, units=["z"],
                       debug=True)
    assert res.report.epsilon == 0.0 and set(res.report.group_caps.values()) == {0.0}
    assert all(lam == [0.0] for lam in res.private_debug.lambdas)
    assert ledger.spent_rdp("z") == 0.0 and events_from_report(res.report) == {}
    plain = "Nothing private , here . It 's ok\n"
    out = dp.privatize(plain, epsilon=4.0, spans=[], allow_no_spans=True, release="faithful", ledger=ledger,
                       units=["z"])
    assert out.text == plain and out.report.epsilon == 0.0 and out.report.n_groups == 0
    assert ledger.spent_rdp("z") == 0.0


def test_rt_faithful_other_groups_values_change_a_slot_only_by_float_rounding(dp):
    """Owner-only mixing: at a slot of PERSON, changing the ID value (to one 30x longer) leaves the
    released distribution equal up to the batch padding's float rounding (the contexts are padded to
    the longest, a private length). Measured on the tiny model: |Δ log P| <= 6e-6, symmetric D_4 <= 4e-12
    per step, charged as 0 (informational: exactly 0 only in exact arithmetic)."""
    from dpfusion_integrations.engine import PrivateSampler
    from dpfusion_integrations.engine.faithful import FaithfulDecoder, FaithfulRequest
    from dpfusion_integrations.engine.reference import np_renyi

    def prepared(code):
        text = f"Dear Ann, your code is {code}."
        return dp._prepare_faithful(text, [(5, 8, "PERSON"), (23, 23 + len(code), "ID")], None, 6, False, "augment")

    a, b = prepared("4471"), prepared("9012-XY-" * 15)
    assert a.plan.segments == b.plan.segments and a.contexts[:2] == b.contexts[:2]
    decoder = FaithfulDecoder(dp._decoder)
    records = []
    for p in (a, b):
        rec: list[dict] = []
        res = decoder.decode([FaithfulRequest(contexts=p.contexts, plan=p.plan, order=4.0, caps=(0.3, 0.3))],
                             PrivateSampler(1, seed=9), record=rec)[0]
        records.append((res, rec))
    (res_a, rec_a), (res_b, rec_b) = records
    n0 = res_a.slot_steps[0]
    assert res_b.slot_steps[0] == n0
    for sa, sb in zip(rec_a[:n0], rec_b[:n0], strict=True):
        x, y = sa["released"][0], sb["released"][0]
        finite = np.isfinite(x)
        assert np.array_equal(finite, np.isfinite(y))
        assert np.max(np.abs(x[finite] - y[finite])) < 1e-4
        assert max(np_renyi(x, y, 4.0), np_renyi(y, x, 4.0)) < 1e-8


def test_rt_paraphrase_derived_budget_is_a_function_of_the_public_rendering(dp):
    """No max_new_tokens: the budget (and so the charge) is the same for documents that differ only in
    private values, however long; a caller's budget is kept as given."""
    a = _doc("Ann", "Oslo", "Bo")
    b = _doc(" ".join(["Maximilian Alexander von Hohenzollern-Sigmaringen III"] * 3), "Llanfairpwllgwyngyll",
             "Dr. Z O-V")
    budgets = [dp._budgets([dp._prepare_text(t, s, None, 1, False, None, "augment")], None)[0] for t, s in (a, b)]
    assert budgets[0] == budgets[1]
    assert dp._budgets([dp._prepare_text(*a, None, 1, False, None, "augment")], 40) == [40]


def test_rt_faithful_repetition_rules_read_released_tokens_only():
    """The n-gram ban is the same for every row of a request and a function of released tokens; a row
    whose support would vanish is left alone for every context alike (no per-context decision on a
    full-support distribution)."""
    import torch

    from dpfusion_integrations.engine.repetition import apply_bans, banned_tokens

    released = [5, 6, 7, 5, 6]
    assert banned_tokens(released, 3) == [7]
    rows = torch.log_softmax(torch.randn(3, 10, dtype=torch.float64), -1)
    out = apply_bans(rows, [[7]] * 3)
    assert torch.isneginf(out[:, 7]).all()
    assert torch.allclose(torch.logsumexp(out, -1), torch.zeros(3, dtype=torch.float64))
    everything = apply_bans(rows, [list(range(10))] * 3)
    assert torch.equal(everything, rows)


def test_rt_faithful_cost_changing_parameters_are_refused_not_dropped(dp):
    """The other mode's parameters are refused by the core, the settings objects and the adapters."""
    from dpfusion_integrations.corpus.params import PrivatizeParams
    from dpfusion_integrations.release_settings import check_release_settings

    for kwargs in ({"max_new_tokens": 10}, {"instruction": "x"}, {"repetition_control": False}):
        with pytest.raises(InvalidParameterError):
            dp.privatize(TEXT, epsilon=1.0, spans=SPANS, release="faithful", **kwargs)
    with pytest.raises(InvalidParameterError):
        dp.privatize(TEXT, epsilon=1.0, spans=SPANS, slot_tokens=3)
    with pytest.raises(InvalidParameterError):
        dp.privatize(TEXT, epsilon=1.0, spans=SPANS, release="faithful", slot_tokens=0)
    with pytest.raises(Exception):
        PrivatizeParams(epsilon=1.0, release="faithful", max_new_tokens=64)
    with pytest.raises(InvalidParameterError):
        check_release_settings("paraphrase", explicit={"slot_tokens"})

    from langchain_core.documents import Document
    from langchain_core.retrievers import BaseRetriever

    from langchain_dpfusion import DPFusionRetriever

    class Inner(BaseRetriever):
        def _get_relevant_documents(self, query, *, run_manager):
            return [Document(page_content=TEXT)]

    with pytest.raises(Exception):
        DPFusionRetriever(retriever=Inner(), engine=dp, release="faithful", max_new_tokens=64)
    retriever = DPFusionRetriever(retriever=Inner(), engine=dp, release="faithful", slot_tokens=4)
    retriever.release = "paraphrase"  # assigned after construction: refused before any decode
    with pytest.raises(InvalidParameterError):
        retriever.invoke("q")
