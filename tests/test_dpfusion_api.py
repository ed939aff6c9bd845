"""The public API on the tiny model: reports, ε = 0, bad input, budget protocol, debug info."""

from __future__ import annotations

import pytest

from dpfusion_integrations import DPFusion, PrivacyReport
from dpfusion_integrations.errors import (
    ContextTooLongError,
    EmptyTextError,
    InfeasibleEpsilonError,
    InvalidParameterError,
    NoPrivateSpansError,
)
from dpfusion_integrations.unit_aliases import resolve_unit_alias

from report_text import without_aliases

TEXT = "Patient Ann Lee was seen in Oslo."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION")]
REPORT_FIELDS = {"relation", "alpha", "cap", "delta", "n_groups", "max_new_tokens", "tokens_emitted", "rdp", "epsilon",
                 "epsilon_per_group", "conversion", "units", "seeded"}


class RecordingLedger:
    """A stand-in ledger that records the protocol calls (the real one has its own contract tests)."""

    alpha = 4.0

    def __init__(self, fail_reserve: bool = False) -> None:
        self.calls: list[tuple] = []
        self.fail_reserve = fail_reserve

    def reserve(self, call_id, units, rdp=None, *, label=None):
        if self.fail_reserve:
            from dpfusion_integrations.errors import BudgetExceededError

            raise BudgetExceededError("over budget", call_id=call_id, units=tuple(units))
        self.calls.append(("reserve", call_id, dict(units)))

    def commit(self, call_id, rdp=None):
        self.calls.append(("commit", call_id, dict(rdp)))

    def refund(self, call_id):
        self.calls.append(("refund", call_id, None))


def test_when_privatizing_then_report_has_the_contract_fields(tiny_dp):
    res = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=12, seed=1)
    assert isinstance(res.report, PrivacyReport)
    assert REPORT_FIELDS <= set(res.report.model_dump())
    rep = res.report
    assert rep.n_groups == 2 and rep.epsilon <= 8.0 and rep.epsilon > 7.9
    assert set(rep.epsilon_per_group) == {"PERSON", "LOCATION"}
    assert rep.seeded and rep.tagger == "explicit-spans" and rep.relation.value == "redaction"
    assert 0 <= rep.tokens_emitted <= 12 and rep.max_new_tokens == 12
    assert res.redacted_text == "Patient [PERSON] was seen in [LOCATION]."
    # Per-call aliases outside the boundary; the operator view resolves them to the stable ids.
    assert all(u.startswith("a_") for u in rep.units) and len(rep.units) == 2
    assert all(resolve_unit_alias(u, unit_key=tiny_dp.unit_key).startswith("u_") for u in rep.units)
    shown = without_aliases(rep.model_dump_json())  # an alias may hold "Ann" by chance
    assert "Ann" not in shown and "Oslo" not in shown and "<alias>" in shown


def test_when_epsilon_is_zero_then_output_ignores_private_values(tiny_dp):
    a = tiny_dp.privatize("Patient Ann Lee was seen in Oslo.", epsilon=0, spans=SPANS, max_new_tokens=16, seed=9)
    b = tiny_dp.privatize("Patient Bo Zhu was seen in Lima.", epsilon=0, spans=[(8, 14, "PERSON"), (27, 31, "LOCATION")],
                          max_new_tokens=16, seed=9)
    assert a.text == b.text
    assert a.redacted_text == b.redacted_text
    assert a.report.epsilon == 0 and a.report.rdp == 0 and a.report.cap == 0


def test_when_epsilon_is_large_then_private_values_can_change_the_output(tiny_dp):
    outs = {tiny_dp.privatize(t, epsilon=1e4, spans=s, max_new_tokens=16, seed=9).text for t, s in [
        ("Patient Ann Lee was seen in Oslo.", SPANS),
        ("Patient Bo Zhu was seen in Lima.", [(8, 14, "PERSON"), (27, 31, "LOCATION")])]}
    assert len(outs) == 2


def test_when_inline_markup_then_spans_come_from_it(tiny_dp):
    res = tiny_dp.privatize('Patient <private group="PERSON">Ann Lee</private> was seen.', epsilon=4,
                            max_new_tokens=4, seed=0, markup="exclusive")
    assert res.redacted_text == "Patient [PERSON] was seen."
    assert res.report.tagger == "inline-markup"


def test_when_debug_then_private_info_is_on_the_result_only(tiny_dp):
    res = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=5, seed=1, debug=True)
    assert res.private_debug is not None and len(res.private_debug.lambdas) >= 1
    assert "private_debug" not in res.to_dict()
    assert "lambda" not in res.report.model_dump_json().lower()
    assert tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=5, seed=1).private_debug is None


def test_when_substitution_then_report_says_so_and_cap_is_smaller(tiny_dp):
    red = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=8, seed=1)
    sub = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=8, seed=1, relation="substitution")
    assert sub.report.relation.value == "substitution" and sub.report.epsilon <= 8.0
    assert sub.report.cap < red.report.cap


def test_when_alpha_and_cap_given_then_they_are_used_and_reported(tiny_dp):
    res = tiny_dp.privatize(TEXT, epsilon=0, alpha=3.0, cap=0.02, spans=SPANS, max_new_tokens=4, seed=1)
    assert res.report.alpha == 3.0 and res.report.cap == 0.02 and res.report.epsilon > 0


def test_when_chat_messages_then_public_messages_stay_untagged(tiny_dp):
    messages = [{"role": "system", "content": "Be brief.", "public": True},
                {"role": "user", "content": "Summarize: <private>Ann Lee</private> has a cold."}]
    res = tiny_dp.generate(messages, epsilon=4, max_new_tokens=6, seed=2)
    assert res.report.n_groups == 1
    assert "Ann Lee" not in res.redacted_text and "[PRIVATE] has a cold." in res.redacted_text


def test_when_ledger_given_then_reserve_before_and_commit_emitted_after(tiny_dp):
    ledger = RecordingLedger()
    res = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=12, seed=1, ledger=ledger)
    (op1, cid1, reserved), (op2, cid2, committed) = ledger.calls
    assert (op1, op2) == ("reserve", "commit") and cid1 == cid2
    assert set(reserved) == {resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in res.report.units}
    assert set(reserved) == set(committed)
    assert res.report.alpha == ledger.alpha
    for unit in reserved:
        assert reserved[unit] == pytest.approx(res.report.rdp)  # T_max x step cost, one group per unit
        assert committed[unit] <= reserved[unit] + 1e-15


def test_when_caller_units_then_they_are_charged_for_every_group(tiny_dp):
    ledger = RecordingLedger()
    res = tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=6, seed=1, ledger=ledger,
                            units=["patient-17"])
    (_, _, reserved), _ = ledger.calls
    assert list(reserved) == ["patient-17"] and "patient-17" not in res.report.model_dump_json()
    assert [resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in res.report.units] == ["patient-17"]
    assert reserved["patient-17"] == pytest.approx(6 * res.report.cap)  # k = N groups: the full cap per step


def test_when_budget_exceeded_then_nothing_is_generated(tiny_dp, monkeypatch):
    from dpfusion_integrations.errors import BudgetExceededError

    called = []
    monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: called.append(1))
    with pytest.raises(BudgetExceededError):
        tiny_dp.privatize(TEXT, epsilon=8.0, spans=SPANS, max_new_tokens=6, ledger=RecordingLedger(fail_reserve=True))
    assert called == []


@pytest.mark.parametrize("kwargs, error", [
    ({"text": ""}, EmptyTextError),
    ({"text": "   \n"}, EmptyTextError),
    ({"spans": []}, NoPrivateSpansError),
    ({"epsilon": -1.0}, InvalidParameterError),
    ({"epsilon": 1e-6}, InfeasibleEpsilonError),
    ({"delta": 0.0}, InvalidParameterError),
    ({"delta": 1.5}, InvalidParameterError),
    ({"group_policy": "by_colour"}, InvalidParameterError),
    ({"relation": "neighbourly"}, InvalidParameterError),
    ({"max_new_tokens": 0}, InvalidParameterError),
    ({"spans": [(5, 999, "PERSON")]}, InvalidParameterError),
    ({"cap": 0.1, "ledger": None}, InvalidParameterError),
    ({"alpha": 2.0}, InvalidParameterError),
    ({"cap": -0.1, "alpha": 4.0}, InvalidParameterError),
    ({"seed": "1"}, InvalidParameterError),
    ({"text": "Ann Lee " * 400, "spans": [(0, 7, "PERSON")]}, ContextTooLongError),
])
def test_when_input_is_bad_then_typed_error_and_nothing_spent(tiny_dp, kwargs, error):
    ledger = RecordingLedger()
    args = {"text": TEXT, "epsilon": 8.0, "spans": SPANS, "max_new_tokens": 8, "ledger": ledger} | kwargs
    text = args.pop("text")
    with pytest.raises(error) as info:
        tiny_dp.privatize(text, **args)
    assert ledger.calls == []
    assert "Ann" not in str(info.value) and "Oslo" not in str(info.value)


def test_when_temperature_is_zero_then_constructor_refuses(tiny_model, tokenizer):
    with pytest.raises(InvalidParameterError):
        DPFusion(tiny_model, tokenizer, temperature=0)


def test_when_no_spans_allowed_then_public_decode_costs_nothing(tiny_dp):
    ledger = RecordingLedger()
    res = tiny_dp.privatize("Nothing private here.", epsilon=8, spans=[], allow_no_spans=True, max_new_tokens=4,
                            ledger=ledger, seed=0)
    assert res.report.n_groups == 0 and res.report.units == [] and ledger.calls == []
    assert res.report.epsilon == 0 and res.report.cap == 0 and res.report.rdp == 0
