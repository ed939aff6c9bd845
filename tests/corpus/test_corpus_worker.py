"""The worker's pieces without a model: chunk planning and the commit-holding ledger stand-in."""

from __future__ import annotations

import pytest

from dpfusion_integrations.corpus import TextRecord
from dpfusion_integrations.corpus.worker import WorkItem, WorkResult, _DeferredCommitLedger, make_call_id, plan_chunks
from dpfusion_integrations.ledger import LedgerStateError, PrivacyLedger, ReservationState


def _item(position: int, unit: str | None = None, attempt: int = 0) -> WorkItem:
    record = TextRecord(id=f"r{position}", text="x", units=(unit,) if unit else ())
    return WorkItem(position=position, record=record, attempt=attempt, job_id="job1")


def test_when_planning_then_chunks_are_contiguous_bounded_and_never_repeat_a_unit():
    items = [_item(0), _item(1), _item(2, unit="r1"), _item(3), _item(5), _item(6), _item(7)]
    chunks = plan_chunks(items, batch_size=2)
    assert [[i.position for i in c] for c in chunks] == [[0, 1], [2, 3], [5, 6], [7]]
    with pytest.raises(ValueError):
        plan_chunks(items, batch_size=0)


def test_when_a_call_id_is_made_then_it_is_deterministic_and_hides_the_record_id():
    call_id = make_call_id("job1", "patients/jane-doe.txt", 2)
    assert call_id == make_call_id("job1", "patients/jane-doe.txt", 2) and call_id.endswith("-2")
    assert "jane" not in call_id and call_id != make_call_id("job1", "patients/jane-doe.txt", 3)


def test_when_the_engine_reserves_then_the_record_call_id_is_used_and_the_commit_is_held_back():
    with PrivacyLedger.open("sqlite:///:memory:", alpha=4.0, create=True) as ledger:
        items = [_item(0), _item(1)]
        seen = []
        proxy = _DeferredCommitLedger(ledger, items, seen.append)
        assert proxy.alpha == 4.0
        proxy.reserve("engine-a", {"r1": 0.5}, label="dpfusion")
        proxy.reserve("engine-b", {"r0": 0.5}, label="dpfusion")
        assert seen == [items[1], items[0]]
        assert ledger.call_state(items[1].call_id) is ReservationState.RESERVED
        proxy.commit("engine-a", {"r1": 0.25})
        proxy.commit("engine-b")
        assert proxy.deferred == {"r1": {"r1": 0.25}, "r0": {"r0": 0.5}}
        assert sorted(ledger.outstanding()) == sorted(i.call_id for i in items)  # nothing committed yet
        with pytest.raises(LedgerStateError):
            proxy.reserve("engine-c", {"stranger": 0.1})
        assert ledger.balance("stranger").total_micro_nats == 0


def test_when_the_engine_refunds_then_the_refund_goes_through():
    with PrivacyLedger.open("sqlite:///:memory:", alpha=4.0, create=True) as ledger:
        item = _item(0)
        proxy = _DeferredCommitLedger(ledger, [item], None)
        proxy.reserve("engine-a", {"r0": 0.5})
        proxy.refund("engine-a")
        assert ledger.call_state(item.call_id) is ReservationState.REFUNDED and proxy.refunded == {"r0"}


def test_when_items_and_results_travel_as_json_then_they_round_trip():
    record = TextRecord(id="d", text="Ann", label=1.5, units=("u",), spans=((0, 3, "PERSON"),))
    item = WorkItem(position=4, record=record, attempt=1, job_id="j")
    assert WorkItem.from_json(item.to_json()) == item
    result = WorkResult(record_id="d", position=4, attempt=1, call_id="c", line={"id": "d"}, commit_rdp={"u": 0.1})
    assert WorkResult.from_json(result.to_json()) == result
