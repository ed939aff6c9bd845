"""Backend-free pieces: URL parsing, the micro-nat and cap rules, a model-based property test,
the public names, and that importing the ledger stays light."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

import dpfusion_integrations.ledger as ledger_pkg
from dpfusion_integrations.accounting.analysis import rdp_to_epsilon
from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.ledger import LedgerBackendUnavailableError, PrivacyLedger
from dpfusion_integrations.ledger.dialects import PostgresDialect, SQLiteDialect, dialect_for_url, redact_url
from dpfusion_integrations.ledger.validation import cap_budget_micro_nats, epsilon_of, to_micro_nats, within_cap


def test_public_names_are_pinned() -> None:
    assert sorted(ledger_pkg.__all__) == sorted(
        [
            "DEFAULT_ALPHA",
            "CapBelowSpentError",
            "LedgerBackendUnavailableError",
            "LedgerEntry",
            "LedgerError",
            "LedgerNotFoundError",
            "LedgerStateError",
            "LedgerURLError",
            "PrivacyLedger",
            "ReservationState",
            "UncappedUnitError",
            "UnitBalance",
            "UnknownCallError",
        ]
    )
    import dpfusion_integrations

    assert dpfusion_integrations.PrivacyLedger is PrivacyLedger


def test_when_ledger_is_imported_then_no_heavy_module_is_loaded() -> None:
    code = (
        "import sys, dpfusion_integrations.ledger, dpfusion_integrations.ledger.cli\n"
        "heavy = [m for m in ('torch', 'transformers', 'numpy', 'presidio_analyzer', 'spacy', 'psycopg') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    "url, path",
    [
        ("sqlite:///rel/ledger.db", "rel/ledger.db"),
        ("sqlite:////abs/ledger.db", "/abs/ledger.db"),
        ("sqlite:///:memory:", ":memory:"),
        ("SQLite:///Rel.db", "Rel.db"),
        (Path("/p/l.db"), "/p/l.db"),
        (Path("rel/l.db"), "rel/l.db"),
    ],
)
def test_when_url_is_sqlite_then_path_follows_sqlalchemy_convention(url: str, path: str) -> None:
    dialect = dialect_for_url(url)
    assert isinstance(dialect, SQLiteDialect)
    assert dialect.path == path


@pytest.mark.parametrize("url", ["postgresql://u@h:5432/db", "postgres://u@h/db", "postgresql+psycopg://u@h/db"])
def test_when_url_is_postgres_then_postgres_dialect(url: str) -> None:
    pytest.importorskip("psycopg")
    dialect = dialect_for_url(url)
    assert isinstance(dialect, PostgresDialect)
    assert dialect.url.startswith("postgresql://")


def test_when_psycopg_is_missing_then_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(LedgerBackendUnavailableError, match="psycopg"):
        PrivacyLedger.open("postgresql://u@localhost/db")


@pytest.mark.parametrize(
    "url, shown",
    [
        ("postgresql://u:secret@h:5/db", "postgresql://u:***@h:5/db"),
        ("postgresql://u@h/db?host=/tmp/x", "postgresql://u@h/db?host=/tmp/x"),
        ("postgresql://h/db?password=secret&sslmode=require", "postgresql://h/db?password=***&sslmode=require"),
    ],
)
def test_when_url_has_a_password_then_it_is_redacted(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@pytest.mark.parametrize(
    "rdp, micro", [(0.0, 0), (1e-7, 1), (1e-6, 1), (0.2, 200_000), (0.5, 500_000), (1.0000001, 1_000_001), (3, 3_000_000)]
)
def test_when_rdp_is_converted_then_micro_nats_are_rounded_up(rdp: float, micro: int) -> None:
    assert to_micro_nats(rdp) == micro


@given(st.floats(min_value=0.0, max_value=1e9, allow_nan=False))
def test_micro_nats_never_undercharge_the_product(rdp: float) -> None:
    micro = to_micro_nats(rdp)
    assert micro >= rdp * 1e6
    assert micro - 1 < rdp * 1e6


@settings(max_examples=300)
@given(
    epsilon=st.floats(min_value=0.0, max_value=100.0),
    delta=st.floats(min_value=1e-12, max_value=0.5),
    alpha=st.floats(min_value=1.01, max_value=256.0),
)
def test_cap_budget_is_the_largest_total_within_epsilon(epsilon: float, delta: float, alpha: float) -> None:
    budget = cap_budget_micro_nats(epsilon=epsilon, delta=delta, alpha=alpha)
    assert within_cap(budget, epsilon=epsilon, delta=delta, alpha=alpha)
    assert not within_cap(budget + 1, epsilon=epsilon, delta=delta, alpha=alpha)
    if budget > 0:
        assert epsilon_of(budget, alpha=alpha, delta=delta) <= epsilon + 1e-9 * max(1.0, epsilon)
        assert rdp_to_epsilon(rdp=(budget + 1) / 1e6, alpha=alpha, delta=delta) > epsilon - 1e-9


def test_zero_spend_is_zero_epsilon() -> None:
    assert epsilon_of(0, alpha=4.0, delta=1e-5) == 0.0
    assert epsilon_of(1, alpha=4.0, delta=1e-5) == pytest.approx(rdp_to_epsilon(rdp=1e-6, alpha=4.0, delta=1e-5))


def test_when_ledger_logs_then_units_and_labels_stay_out_of_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="dpfusion_integrations.ledger")
    with PrivacyLedger.open("sqlite:///:memory:", create=True) as ledger:
        ledger.set_cap("unit-SECRET", 9.0, 1e-5)
        ledger.reserve("c1", ["unit-SECRET"], 0.1, label="label-SECRET")
        ledger.commit("c1")
    assert caplog.records
    assert "SECRET" not in caplog.text


class LedgerModel(RuleBasedStateMachine):
    """Random operation sequences against an in-memory ledger and a dictionary model of it."""

    units = st.sampled_from(["a", "b", "c", "d"])

    def __init__(self) -> None:
        super().__init__()
        self.ledger = PrivacyLedger.open("sqlite:///:memory:", alpha=4.0, create=True)
        self.committed = {u: 0 for u in "abcd"}
        self.reserved = {u: 0 for u in "abcd"}
        self.caps: dict[str, float] = {}
        self.calls: dict[str, dict[str, int]] = {}
        self.next_id = 0

    def _within(self, unit: str, total: int) -> bool:
        return unit not in self.caps or within_cap(total, epsilon=self.caps[unit], delta=1e-5, alpha=4.0)

    @rule(unit=units, epsilon=st.floats(min_value=3.0, max_value=8.0))
    def set_cap(self, unit: str, epsilon: float) -> None:
        ok = within_cap(self.committed[unit] + self.reserved[unit], epsilon=epsilon, delta=1e-5, alpha=4.0)
        try:
            self.ledger.set_cap(unit, epsilon, 1e-5)
            assert ok
            self.caps[unit] = epsilon
        except InvalidParameterError:
            raise
        except Exception:
            assert not ok

    @rule(chosen=st.sets(units, min_size=1, max_size=3), rdp=st.floats(min_value=0.0, max_value=1.5))
    def reserve(self, chosen: set[str], rdp: float) -> None:
        call_id = f"c{self.next_id}"
        self.next_id += 1
        micro = to_micro_nats(rdp)
        over = sorted(u for u in chosen if not self._within(u, self.committed[u] + self.reserved[u] + micro))
        try:
            self.ledger.reserve(call_id, sorted(chosen), rdp)
        except BudgetExceededError as exc:
            assert exc.units == tuple(over)
            return
        assert not over
        self.calls[call_id] = {u: micro for u in chosen}
        for u in chosen:
            self.reserved[u] += micro

    @precondition(lambda self: bool(self.calls))
    @rule(data=st.data(), fraction=st.floats(min_value=0.0, max_value=1.0), refund=st.booleans())
    def settle(self, data: st.DataObject, fraction: float, refund: bool) -> None:
        call_id = data.draw(st.sampled_from(sorted(self.calls)))
        held = self.calls.pop(call_id)
        if refund:
            self.ledger.refund(call_id)
            charged = {u: 0 for u in held}
        else:
            amount = min(held.values()) * fraction / 1e6
            self.ledger.commit(call_id, amount)
            charged = {u: to_micro_nats(amount) for u in held}
        for u, micro in held.items():
            self.reserved[u] -= micro
            self.committed[u] += charged[u]

    @invariant()
    def balances_match_model(self) -> None:
        for bal in self.ledger.balances():
            assert (bal.committed_micro_nats, bal.reserved_micro_nats) == (self.committed[bal.unit], self.reserved[bal.unit])
        assert sorted(self.ledger.outstanding()) == sorted(self.calls)
        assert self.ledger.verify() == []

    def teardown(self) -> None:
        self.ledger.close()


TestLedgerModel = LedgerModel.TestCase
TestLedgerModel.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
