"""The ledger's contract, run unchanged against every backend (``ledger_url`` is parametrized)."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

import pytest

from dpfusion_integrations.accounting.analysis import rdp_budget_for_epsilon, rdp_to_epsilon
from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.ledger import (
    LedgerEntry,
    LedgerError,
    LedgerStateError,
    PrivacyLedger,
    ReservationState,
    UnknownCallError,
)

DELTA = 1e-5


class TestOpen:
    def test_when_created_without_alpha_then_alpha_is_4(self, open_ledger: Callable[..., PrivacyLedger]) -> None:
        assert open_ledger().alpha == 4.0

    def test_when_reopened_then_stored_alpha_is_used(self, open_ledger: Callable[..., PrivacyLedger]) -> None:
        open_ledger(alpha=8.0).close()
        assert open_ledger().alpha == 8.0
        assert open_ledger(alpha=8.0).alpha == 8.0

    def test_when_reopened_with_other_alpha_then_invalid_parameter(
        self, open_ledger: Callable[..., PrivacyLedger]
    ) -> None:
        open_ledger(alpha=8.0).close()
        with pytest.raises(InvalidParameterError, match="alpha"):
            open_ledger(alpha=4.0)

    def test_when_closed_then_operations_raise_ledger_error(self, ledger: PrivacyLedger) -> None:
        ledger.close()
        ledger.close()  # idempotent
        with pytest.raises(LedgerError, match="closed"):
            ledger.units()

    def test_when_used_as_context_manager_then_closed_after(self, ledger_url: str) -> None:
        with PrivacyLedger.open(ledger_url, create=True) as ledger:
            ledger.reserve("c", ["u"], 0.1)
        with pytest.raises(LedgerError):
            ledger.spent_rdp("u")
        with PrivacyLedger.open(ledger_url) as again:
            assert again.spent_rdp("u") == pytest.approx(0.1)


class TestReserveCommitRefund:
    def test_when_reserved_then_amount_is_ceil_of_micro_nats(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["a", "b"], 1e-7)
        ledger.reserve("c2", {"a": 0.25, "c": 1.5})
        assert ledger.balance("a").reserved_micro_nats == 1 + 250_000
        assert ledger.spent_rdp("c") == 1.5
        assert ledger.units() == ["a", "b", "c"]
        assert ledger.outstanding() == ["c1", "c2"]
        assert ledger.call_state("c1") is ReservationState.RESERVED

    def test_when_committed_in_full_then_reservation_becomes_committed(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["a"], 0.5, label="doc-batch-1")
        ledger.commit("c1")
        bal = ledger.balance("a")
        assert (bal.committed_micro_nats, bal.reserved_micro_nats) == (500_000, 0)
        assert ledger.call_state("c1") is ReservationState.COMMITTED
        assert [(e.op, e.amount_micro_nats, e.label) for e in ledger.audit("c1")] == [
            ("reserve", 500_000, "doc-batch-1"),
            ("commit", 500_000, "doc-batch-1"),
        ]

    def test_when_committed_partially_then_rest_is_released(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["a", "b"], 1.0)
        ledger.commit("c1", 0.25)
        assert ledger.spent_rdp("a") == ledger.spent_rdp("b") == 0.25
        ops = [(e.op, e.unit, e.amount_micro_nats) for e in ledger.audit("c1")]
        assert ops[2:] == [("commit", "a", 250_000), ("refund", "a", 750_000), ("commit", "b", 250_000), ("refund", "b", 750_000)]

    def test_when_committed_with_mapping_then_each_unit_gets_its_amount(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", {"a": 1.0, "b": 2.0})
        ledger.commit("c1", {"a": 0.0, "b": 2.0})
        assert (ledger.spent_rdp("a"), ledger.spent_rdp("b")) == (0.0, 2.0)

    def test_when_refunded_then_nothing_is_charged(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["a"], 1.0)
        ledger.refund("c1")
        assert ledger.spent_rdp("a") == 0.0
        assert ledger.spent("a", DELTA) == 0.0
        assert ledger.call_state("c1") is ReservationState.REFUNDED
        assert ledger.outstanding() == []

    def test_when_reserve_is_retried_identically_then_it_is_a_no_op(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["b", "a"], 0.3)
        entries = ledger.audit()
        ledger.reserve("c1", ["a", "b"], 0.3, label="retry")
        ledger.reserve("c1", {"a": 0.3, "b": 0.3})
        assert ledger.audit() == entries
        assert ledger.spent_rdp("a") == 0.3

    @pytest.mark.parametrize(
        "units, rdp", [(["a"], 0.3), (["a", "b", "c"], 0.3), (["a", "b"], 0.4), ({"a": 0.3, "b": 0.2}, None)]
    )
    def test_when_reserve_is_retried_differently_then_state_error(
        self, ledger: PrivacyLedger, snapshot: Callable, units: object, rdp: float | None
    ) -> None:
        ledger.reserve("c1", ["a", "b"], 0.3)
        before = snapshot(ledger)
        with pytest.raises(LedgerStateError) as info:
            ledger.reserve("c1", units, rdp)  # type: ignore[arg-type]
        assert info.value.call_id == "c1"
        assert snapshot(ledger) == before

    @pytest.mark.parametrize("finish", ["commit", "refund"])
    def test_when_finished_call_id_is_reserved_again_then_state_error(
        self, ledger: PrivacyLedger, snapshot: Callable, finish: str
    ) -> None:
        ledger.reserve("c1", ["a"], 0.3)
        getattr(ledger, finish)("c1")
        before = snapshot(ledger)
        with pytest.raises(LedgerStateError, match="new call id"):
            ledger.reserve("c1", ["a"], 0.3)
        assert snapshot(ledger) == before

    def test_when_reserved_at_zero_cost_then_call_is_recorded(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 0.0, DELTA)
        ledger.reserve("c1", ["a"], 0.0)
        ledger.commit("c1")
        assert ledger.spent("a", DELTA) == 0.0
        assert ledger.remaining("a") == 0.0


class TestCaps:
    def test_when_cap_would_be_exceeded_then_nothing_is_reserved(
        self, ledger: PrivacyLedger, snapshot: Callable
    ) -> None:
        ledger.set_cap("a", 5.0, DELTA)
        ledger.set_cap("b", 5.0, DELTA)
        budget = rdp_budget_for_epsilon(epsilon=5.0, alpha=4.0, delta=DELTA)
        ledger.reserve("c1", ["a"], budget - 0.1)
        before = snapshot(ledger)
        with pytest.raises(BudgetExceededError) as info:
            ledger.reserve("c2", ["new-unit", "a", "b"], 0.2)
        assert info.value.call_id == "c2"
        assert info.value.units == ("a",)
        assert snapshot(ledger) == before
        assert "new-unit" not in ledger.units()
        with pytest.raises(UnknownCallError):
            ledger.call_state("c2")

    def test_when_every_unit_is_over_then_all_are_named(self, ledger: PrivacyLedger) -> None:
        for unit in ("a", "b", "c"):
            ledger.set_cap(unit, 4.0, DELTA)
        with pytest.raises(BudgetExceededError) as info:
            ledger.reserve("c1", {"c": 9.0, "a": 9.0, "b": 0.01})
        assert info.value.units == ("a", "c")

    def test_when_spent_exactly_to_the_cap_then_reserve_succeeds_and_next_fails(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 5.0, DELTA)
        budget_micro = math.floor(rdp_budget_for_epsilon(epsilon=5.0, alpha=4.0, delta=DELTA) * 1e6)
        ledger.reserve("c1", ["a"], budget_micro / 1e6)
        assert ledger.remaining("a") == pytest.approx(0.0, abs=1e-6)  # the budget is floored to micro-nats
        assert ledger.spent("a", DELTA) <= 5.0 + 1e-9
        with pytest.raises(BudgetExceededError):
            ledger.reserve("c2", ["a"], 1e-6)

    def test_when_reservation_is_outstanding_then_it_counts_against_the_cap(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 5.0, DELTA)
        ledger.reserve("c1", ["a"], 1.5)
        with pytest.raises(BudgetExceededError):
            ledger.reserve("c2", ["a"], 1.0)
        ledger.refund("c1")
        ledger.reserve("c2", ["a"], 1.0)

    def test_when_commit_releases_part_then_budget_frees_up(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 5.0, DELTA)
        ledger.reserve("c1", ["a"], 1.5)
        ledger.commit("c1", 0.5)
        ledger.reserve("c2", ["a"], 1.0)

    def test_when_default_cap_is_stored_then_uncapped_units_use_it(self, open_ledger: Callable) -> None:
        ledger = open_ledger(default_cap=(4.0, DELTA))
        ledger.set_cap("big", 50.0, DELTA)
        assert ledger.remaining("fresh") == pytest.approx(4.0)
        ledger.reserve("c1", ["big"], 10.0)
        with pytest.raises(BudgetExceededError) as info:
            ledger.reserve("c2", ["big", "fresh"], 10.0)
        assert info.value.units == ("fresh",)
        reopened = open_ledger(create=False)
        assert reopened.default_cap == (4.0, DELTA)
        reopened.set_uncapped_policy()  # back to tracking only, for every handle
        assert ledger.default_cap is None
        assert ledger.remaining("fresh") is None
        ledger.reserve("c3", ["fresh"], 100.0)

    def test_when_cap_is_set_then_spent_and_remaining_use_the_improved_conversion(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 6.0, 1e-6)
        ledger.reserve("c1", ["a"], 0.75)
        expected = rdp_to_epsilon(rdp=0.75, alpha=4.0, delta=1e-6)
        assert ledger.spent("a", 1e-6) == pytest.approx(expected)
        assert ledger.remaining("a") == pytest.approx(6.0 - expected)
        assert ledger.spent("a", 1e-3) == pytest.approx(rdp_to_epsilon(rdp=0.75, alpha=4.0, delta=1e-3))
        entry = ledger.audit()[0]
        assert (entry.op, entry.call_id, entry.epsilon, entry.delta) == ("set_cap", None, 6.0, 1e-6)

    def test_when_cap_is_raised_or_lowered_above_spent_then_it_applies(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 5.0, DELTA)
        ledger.reserve("c1", ["a"], 1.0)
        ledger.set_cap("a", 4.2, DELTA)
        assert ledger.balance("a").cap_epsilon == 4.2
        with pytest.raises(BudgetExceededError):
            ledger.reserve("c2", ["a"], 0.3)


class TestReadsAndAudit:
    def test_when_unit_is_unknown_then_reads_are_zero(self, ledger: PrivacyLedger) -> None:
        assert ledger.spent("nobody", DELTA) == 0.0
        assert ledger.spent_rdp("nobody") == 0.0
        assert ledger.remaining("nobody") is None
        assert ledger.units() == []
        assert ledger.audit() == []

    def test_when_ops_run_then_audit_sums_equal_totals(self, ledger: PrivacyLedger) -> None:
        ledger.set_cap("a", 9.0, DELTA)
        ledger.reserve("c1", ["a", "b"], 0.7, label="L1")
        ledger.reserve("c2", {"a": 0.2}, label="L2")
        ledger.reserve("c3", ["b"], 0.1)
        ledger.commit("c1", 0.4)
        ledger.refund("c2")
        entries = ledger.audit()
        assert [e.seq for e in entries] == sorted(e.seq for e in entries)
        assert all(isinstance(e, LedgerEntry) for e in entries)
        for bal in ledger.balances():
            mine = [e for e in entries if e.unit == bal.unit and e.op != "set_cap"]
            assert sum(e.amount_micro_nats for e in mine if e.op == "commit") == bal.committed_micro_nats
            charged = sum(e.amount_micro_nats for e in mine if e.op == "reserve") - sum(
                e.amount_micro_nats for e in mine if e.op == "refund"
            )
            assert charged == bal.total_micro_nats
        assert {e.label for e in ledger.audit("c2")} == {"L2"}
        assert ledger.verify() == []

    def test_when_entry_is_modified_then_pydantic_refuses(self, ledger: PrivacyLedger) -> None:
        ledger.reserve("c1", ["a"], 0.1)
        entry = ledger.audit()[0]
        with pytest.raises(Exception):
            entry.amount_micro_nats = 0  # type: ignore[misc]
        assert entry.amount_rdp == 0.1

    def test_when_a_second_handle_writes_then_the_first_sees_it(self, open_ledger: Callable) -> None:
        first, second = open_ledger(), open_ledger()
        second.set_cap("a", 5.0, DELTA)
        second.reserve("c1", ["a"], 1.0)
        assert first.spent_rdp("a") == 1.0
        first.commit("c1")
        assert second.call_state("c1") is ReservationState.COMMITTED

    def test_when_reopened_after_a_lost_process_then_reservation_is_still_charged(self, ledger_url: str) -> None:
        crashed = PrivacyLedger.open(ledger_url, create=True)
        crashed.reserve("c1", ["a"], 1.0)
        del crashed  # never committed nor closed: like a process that died
        with PrivacyLedger.open(ledger_url) as restarted:
            assert restarted.outstanding() == ["c1"]
            assert restarted.spent_rdp("a") == 1.0
            restarted.commit("c1", 0.5)
            assert restarted.spent_rdp("a") == 0.5


def test_when_threads_share_one_handle_then_cap_holds(ledger: PrivacyLedger) -> None:
    ledger.set_cap("shared", 5.0, DELTA)
    errors: list[BaseException] = []
    committed: list[str] = []

    def spend(worker: int) -> None:
        try:
            for i in range(25):
                call_id = f"t{worker}-{i}"
                try:
                    ledger.reserve(call_id, ["shared", f"own-{worker}"], 0.05)
                except BudgetExceededError:
                    continue
                if i % 3:
                    ledger.commit(call_id)
                    committed.append(call_id)
                else:
                    ledger.refund(call_id)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=spend, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert ledger.spent("shared", DELTA) <= 5.0 + 1e-9
    assert ledger.balance("shared").committed_micro_nats == 50_000 * len(committed)
    assert 0 < len(committed) < 8 * 25  # the cap did bite
    assert ledger.verify() == []
