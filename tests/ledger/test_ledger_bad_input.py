"""Bad input: every refused call raises a typed error and leaves the ledger exactly as it was."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from dpfusion_integrations.errors import DPFusionError, InvalidParameterError
from dpfusion_integrations.ledger import (
    CapBelowSpentError,
    LedgerError,
    LedgerStateError,
    PrivacyLedger,
    ReservationState,
    UnknownCallError,
)

DELTA = 1e-5


@pytest.fixture
def busy_ledger(ledger: PrivacyLedger) -> PrivacyLedger:
    """A ledger with a capped unit, one outstanding, one committed and one refunded call."""
    ledger.set_cap("a", 5.0, DELTA)
    ledger.reserve("open", ["a", "b"], 0.5, label="L")
    ledger.reserve("done", {"a": 0.25})
    ledger.commit("done")
    ledger.reserve("gone", ["b"], 0.1)
    ledger.refund("gone")
    return ledger


def _refused(ledger: PrivacyLedger, snapshot: Callable, error: type[BaseException], call: Callable[[], Any]) -> None:
    before = snapshot(ledger)
    with pytest.raises(error):
        call()
    assert snapshot(ledger) == before
    assert ledger.verify() == []


@pytest.mark.parametrize(
    "units, rdp",
    [
        (["a"], -0.1),
        (["a"], math.nan),
        (["a"], math.inf),
        (["a"], True),
        (["a"], "0.1"),
        (["a"], None),
        pytest.param(["a"], 10**400, id="huge-int"),
        (["a"], 1e300),
        ({"a": -1.0}, None),
        ({"a": math.nan}, None),
        ({"a": 0.1}, 0.1),
        ([], 0.1),
        ({}, None),
        ("a", 0.1),
        (["a", "a"], 0.1),
        ([""], 0.1),
        ([7], 0.1),
        (["x" * 257], 0.1),
        (["bad\nid"], 0.1),
        (iter(["a"]), 0.1),
    ],
)
def test_when_reserve_gets_bad_units_or_cost_then_invalid_parameter(
    busy_ledger: PrivacyLedger, snapshot: Callable, units: Any, rdp: Any
) -> None:
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.reserve("new", units, rdp))


@pytest.mark.parametrize("call_id", ["", None, 12, "x" * 257, "tab\tid"])
def test_when_call_id_is_bad_then_invalid_parameter(busy_ledger: PrivacyLedger, snapshot: Callable, call_id: Any) -> None:
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.reserve(call_id, ["a"], 0.1))
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.commit(call_id))
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.refund(call_id))


@pytest.mark.parametrize("label", ["", 3, "y" * 300])
def test_when_label_is_bad_then_invalid_parameter(busy_ledger: PrivacyLedger, snapshot: Callable, label: Any) -> None:
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.reserve("new", ["a"], 0.1, label=label))


@pytest.mark.parametrize("op", ["commit", "refund", "call_state"])
def test_when_call_id_is_unknown_then_unknown_call_error(busy_ledger: PrivacyLedger, snapshot: Callable, op: str) -> None:
    _refused(busy_ledger, snapshot, UnknownCallError, lambda: getattr(busy_ledger, op)("never-reserved"))


@pytest.mark.parametrize("call_id, op", [("done", "commit"), ("done", "refund"), ("gone", "commit"), ("gone", "refund")])
def test_when_call_is_already_finished_then_state_error(
    busy_ledger: PrivacyLedger, snapshot: Callable, call_id: str, op: str
) -> None:
    _refused(busy_ledger, snapshot, LedgerStateError, lambda: getattr(busy_ledger, op)(call_id))


def test_when_committed_twice_then_state_error_and_state_unchanged(
    busy_ledger: PrivacyLedger, snapshot: Callable
) -> None:
    busy_ledger.commit("open", 0.2)
    _refused(busy_ledger, snapshot, LedgerStateError, lambda: busy_ledger.commit("open", 0.2))
    _refused(busy_ledger, snapshot, LedgerStateError, lambda: busy_ledger.commit("open"))
    assert busy_ledger.call_state("open") is ReservationState.COMMITTED


@pytest.mark.parametrize(
    "amount", [0.6, -0.1, math.nan, {"a": 0.1}, {"a": 0.1, "b": 0.1, "c": 0.1}, {"a": 0.1, "b": 0.9}, "all"]
)
def test_when_commit_amount_is_bad_then_invalid_parameter(
    busy_ledger: PrivacyLedger, snapshot: Callable, amount: Any
) -> None:
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.commit("open", amount))
    assert busy_ledger.call_state("open") is ReservationState.RESERVED


@pytest.mark.parametrize("epsilon, delta", [(-1.0, DELTA), (math.nan, DELTA), (math.inf, DELTA), (5.0, 0.0), (5.0, 1.0), (5.0, -1e-5), (True, DELTA)])
def test_when_cap_is_malformed_then_invalid_parameter(
    busy_ledger: PrivacyLedger, snapshot: Callable, epsilon: Any, delta: Any
) -> None:
    _refused(busy_ledger, snapshot, InvalidParameterError, lambda: busy_ledger.set_cap("a", epsilon, delta))


@pytest.mark.parametrize("unit", ["a", "b"])
def test_when_cap_is_below_spent_then_typed_error_and_old_cap_kept(
    busy_ledger: PrivacyLedger, snapshot: Callable, unit: str
) -> None:
    # "a" spent 0.75 nats (0.5 outstanding + 0.25 committed); "b" holds 0.5 outstanding: fail closed.
    _refused(busy_ledger, snapshot, CapBelowSpentError, lambda: busy_ledger.set_cap(unit, 3.2, DELTA))
    try:
        busy_ledger.set_cap(unit, 3.2, DELTA)
    except CapBelowSpentError as exc:
        assert isinstance(exc, LedgerStateError)
        assert exc.spent > 3.2 and exc.unit == unit
    assert busy_ledger.balance("a").cap_epsilon == 5.0
    assert busy_ledger.balance("b").cap_epsilon is None


@pytest.mark.parametrize("delta", [0.0, 1.0, 2.0, math.nan, "1e-5"])
def test_when_spent_gets_bad_delta_then_invalid_parameter(busy_ledger: PrivacyLedger, delta: Any) -> None:
    with pytest.raises(InvalidParameterError):
        busy_ledger.spent("a", delta)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"alpha": 1.0},
        {"alpha": math.nan},
        {"alpha": "4"},
        {"default_cap": (5.0,)},
        {"default_cap": (-1.0, DELTA)},
        {"default_cap": (5.0, 0.0)},
        {"busy_timeout_s": 0},
    ],
)
def test_when_open_gets_bad_arguments_then_invalid_parameter(ledger_url: str, kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidParameterError):
        PrivacyLedger.open(ledger_url, **kwargs)


@pytest.mark.parametrize("url", ["", "mysql://x/y", "sqlite:relative.db"])
def test_when_url_is_unsupported_then_invalid_parameter(url: str) -> None:
    with pytest.raises(InvalidParameterError):
        PrivacyLedger.open(url)


def test_when_ledger_is_missing_and_create_is_false_then_ledger_error(ledger_url: str) -> None:
    with pytest.raises(LedgerError, match="no ledger"):
        PrivacyLedger.open(ledger_url, create=False)


def test_every_ledger_error_is_a_dpfusion_error() -> None:
    for error in (LedgerError, LedgerStateError, UnknownCallError, CapBelowSpentError):
        assert issubclass(error, DPFusionError)
