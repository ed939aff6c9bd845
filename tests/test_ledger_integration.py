"""DPFusion with a real PrivacyLedger: reserve before decoding, commit the emitted part, refuse a
call that would exceed a cap before any token, and leave nothing half-written."""

from __future__ import annotations

import pytest

from dpfusion_integrations import BudgetExceededError, PrivacyLedger
from dpfusion_integrations.accounting import Relation, SpendEvent, rdp_to_epsilon
from dpfusion_integrations.unit_aliases import resolve_unit_alias

TEXT = "Patient Ann Lee was seen in Oslo."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION")]


@pytest.fixture
def ledger(tmp_path):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as led:
        yield led


def test_when_two_calls_charge_one_patient_then_spends_compose_in_the_ledger(tiny_dp, ledger):
    a = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=8, seed=1, ledger=ledger, units=["pat-1"])
    b = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=8, seed=2, ledger=ledger, units=["pat-1"])
    events = [SpendEvent(alpha=4.0, cap=r.report.cap, relation=Relation.REDACTION, n_groups=2, groups_changed=2,
                         tokens=min(8, r.report.tokens_emitted + 1)) for r in (a, b)]
    expected = rdp_to_epsilon(rdp=sum(e.rdp for e in events), alpha=4.0, delta=1e-5)
    assert ledger.spent("pat-1", 1e-5) == pytest.approx(expected, abs=1e-4)
    assert [e.op for e in ledger.audit()].count("reserve") == 2


def test_when_a_call_would_exceed_the_cap_then_it_fails_before_decoding_and_changes_nothing(tiny_dp, ledger,
                                                                                             monkeypatch):
    ledger.set_cap("pat-2", 4.5, 1e-5)
    tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=8, seed=1, ledger=ledger, units=["pat-2"])
    before = (ledger.spent_rdp("pat-2"), len(ledger.audit()))
    decoded = []
    monkeypatch.setattr(tiny_dp._decoder, "decode", lambda *a, **k: decoded.append(1))
    with pytest.raises(BudgetExceededError) as info:
        tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=64, ledger=ledger, units=["pat-2"])
    assert decoded == [] and len(info.value.units) == 1 and "pat-2" not in str(info.value)
    # The error names the call's alias, not the stable id; the operator view resolves it.
    assert resolve_unit_alias(info.value.units[0], unit_key=tiny_dp.unit_key) == "pat-2"
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert (ledger.spent_rdp("pat-2"), len(ledger.audit())) == before


def test_when_decoding_fails_then_the_reservation_is_refunded(tiny_dp, ledger, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("device lost")

    monkeypatch.setattr(tiny_dp._decoder, "decode", boom)
    with pytest.raises(RuntimeError):
        tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=8, ledger=ledger, units=["pat-3"])
    assert ledger.spent_rdp("pat-3") == 0 and ledger.outstanding() == []


def test_when_default_units_then_each_tagged_value_is_charged_once(tiny_dp, ledger):
    res = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=8, seed=1, ledger=ledger)
    stable = [resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in res.report.units]
    assert sorted(ledger.units()) == sorted(stable) and len(stable) == 2
    for unit in stable:
        assert 0 < ledger.spent(unit, 1e-5) <= 4.0
