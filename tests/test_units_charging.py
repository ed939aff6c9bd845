"""Issue 12, findings 1 and 5: who a call charges, and under which bound.

1. ``units=[]`` must never mean "charge nobody": it is an error everywhere, and nothing is reserved.
5. A default (per-value) unit that shares its group with other values is a strict subset of the group:
   the redaction bound ("the whole group vs. its placeholders") does not cover "John removed, Mary
   kept". Such calls are enforced at 2α and charged the substitution bound; the falsification below
   shows the old charge is violated and the new one holds.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.accounting import Relation, enforcement_order, step_rdp
from dpfusion_integrations.budget import accounting_relation, check_units
from dpfusion_integrations.errors import InvalidParameterError
from tests.test_falsification import _check, _lambdas, _mp_renyi, _normalize, _released, distributions

TWO_PEOPLE = "Ann Lee met Bo Zhu in Oslo."
TWO_PEOPLE_SPANS = [(0, 7, "PERSON"), (12, 18, "PERSON"), (22, 26, "LOCATION")]


class RecordingLedger:
    alpha = 4.0

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def reserve(self, call_id, units, rdp=None, *, label=None):
        self.calls.append(("reserve", call_id, dict(units)))

    def commit(self, call_id, rdp=None):
        self.calls.append(("commit", call_id, dict(rdp or {})))

    def refund(self, call_id):
        self.calls.append(("refund", call_id, None))


# ---------------------------------------------------------------- finding 1: units=[]
@pytest.mark.parametrize("call", ["privatize", "generate", "privatize_many", "generate_many"])
def test_when_units_is_an_empty_list_then_every_entry_point_refuses_and_reserves_nothing(tiny_dp, call):
    ledger = RecordingLedger()
    decoded = []
    tiny_dp._decoder.decode = lambda *a, **k: decoded.append(1)  # noqa: SLF001 - fresh engine per test
    text, spans = TWO_PEOPLE, TWO_PEOPLE_SPANS
    messages = [{"role": "user", "content": "<private>Ann Lee</private> has a cold."}]
    run = {
        "privatize": lambda: tiny_dp.privatize(text, epsilon=4, spans=spans, ledger=ledger, units=[]),
        "generate": lambda: tiny_dp.generate(messages, epsilon=4, ledger=ledger, units=[]),
        "privatize_many": lambda: tiny_dp.privatize_many([text], epsilon=4, spans=[spans], ledger=ledger, units=[[]]),
        "generate_many": lambda: tiny_dp.generate_many([messages], epsilon=4, ledger=ledger, units=[[]]),
    }[call]
    with pytest.raises(InvalidParameterError, match="units is empty"):
        run()
    assert ledger.calls == [] and decoded == []


@pytest.mark.parametrize("units", [[], (), "patient-1", [""], [3], b"x"])
def test_when_units_are_malformed_then_check_units_raises(units):
    with pytest.raises(InvalidParameterError):
        check_units(units)


def test_when_units_is_none_or_ids_then_check_units_accepts():
    check_units(None)
    check_units(["patient-1"])
    check_units(("a", "b"))


# ---------------------------------------------------------------- finding 5: partial units
def test_when_a_default_unit_shares_its_group_then_the_call_is_accounted_as_substitution(tiny_dp):
    ledger = RecordingLedger()
    res = tiny_dp.privatize(TWO_PEOPLE, epsilon=8.0, spans=TWO_PEOPLE_SPANS, max_new_tokens=6, seed=1, ledger=ledger)
    rep = res.report
    assert rep.n_groups == 2 and rep.relation is Relation.SUBSTITUTION and rep.epsilon <= 8.0
    (_, _, reserved), _ = ledger.calls
    per_unit = step_rdp(alpha=rep.alpha, cap=rep.cap, n_groups=2, relation=Relation.SUBSTITUTION)
    assert len(reserved) == 3  # Ann Lee, Bo Zhu, Oslo
    assert all(v == pytest.approx(6 * per_unit) for v in reserved.values())


def test_when_the_cap_is_enforced_for_a_partial_unit_then_it_is_enforced_at_twice_alpha(tiny_dp):
    seen = []
    original = tiny_dp._decoder.decode  # noqa: SLF001

    def spy(requests, *args, **kwargs):
        seen.extend(r.order for r in requests)
        return original(requests, *args, **kwargs)

    tiny_dp._decoder.decode = spy  # noqa: SLF001
    res = tiny_dp.privatize(TWO_PEOPLE, epsilon=8.0, spans=TWO_PEOPLE_SPANS, max_new_tokens=3, seed=1)
    assert seen == [2 * res.report.alpha]


def test_when_every_unit_is_a_whole_group_then_the_cheaper_redaction_bound_is_kept(tiny_dp):
    one_each = tiny_dp.privatize("Ann Lee was in Oslo.", epsilon=8.0, spans=[(0, 7, "PERSON"), (15, 19, "LOCATION")],
                                 max_new_tokens=3, seed=1)
    per_value = tiny_dp.privatize(TWO_PEOPLE, epsilon=8.0, spans=TWO_PEOPLE_SPANS, max_new_tokens=3, seed=1,
                                  group_policy="entity")
    caller = tiny_dp.privatize(TWO_PEOPLE, epsilon=8.0, spans=TWO_PEOPLE_SPANS, max_new_tokens=3, seed=1,
                               units=["patient-1"])
    for res in (one_each, per_value, caller):
        assert res.report.relation is Relation.REDACTION


@pytest.mark.parametrize("relation", list(Relation))
@pytest.mark.parametrize("partial", [False, True])
@pytest.mark.parametrize("units", [None, ["doc-1"]])
def test_when_choosing_the_accounting_relation_then_only_partial_default_units_switch(relation, partial, units):
    expected = Relation.SUBSTITUTION if (relation is Relation.REDACTION and partial and units is None) else relation
    assert accounting_relation(relation, partial, units) is expected


@st.composite
def partial_unit_case(draw):
    """A call with N groups; group j holds two values (John, Mary). The neighbour removes John only:
    group j's context changes from one arbitrary distribution to another, q stays the same."""
    vocab = draw(st.integers(2, 5))
    n = draw(st.integers(1, 3))
    q = draw(distributions(vocab))
    ps = np.stack([draw(distributions(vocab)) for _ in range(n)])
    without_john = draw(distributions(vocab))
    alpha = draw(st.sampled_from([2.0, 4.0, 8.0, 16.0]))
    cap = draw(st.sampled_from([0.003, 0.05, 0.5, 2.0]))
    return q, ps, without_john, alpha, cap


def _partial_neighbour_divergence(q, ps, without_john, alpha, cap, relation):
    order = enforcement_order(alpha=alpha, relation=relation)
    released = _released(ps, q, _lambdas(ps, q, order, cap))
    worst = mpmath.mpf(0)
    for j in range(ps.shape[0]):
        other = ps.copy()
        other[j] = without_john
        neighbour = _released(other, q, _lambdas(other, q, order, cap))
        worst = max(worst, _mp_renyi(released, neighbour, alpha), _mp_renyi(neighbour, released, alpha))
    return worst


@given(partial_unit_case())
@settings(max_examples=120, deadline=None)
def test_when_a_partial_unit_is_removed_then_the_charged_step_cost_bounds_the_exact_divergence(case):
    q, ps, without_john, alpha, cap = case
    relation = accounting_relation(Relation.REDACTION, True, None)
    claim = step_rdp(alpha=alpha, cap=cap, n_groups=ps.shape[0], relation=relation)
    _check(_partial_neighbour_divergence(q, ps, without_john, alpha, cap, relation), claim)


def test_when_a_partial_unit_was_charged_the_redaction_bound_then_the_harness_finds_a_violation():
    """What the landed code did: cap at α, charge ``step_rdp(redaction)``. Removing one of two values
    moves the group's mixture between two points each within the cap of q, up to ~4x the cap apart."""
    rng = np.random.default_rng(1)
    worst = 0.0
    for _ in range(300):
        vocab = int(rng.integers(2, 5))
        q = _normalize(rng.normal(size=vocab) * 6)
        p, without_john = _normalize(rng.normal(size=vocab) * 6), _normalize(rng.normal(size=vocab) * 6)
        alpha, cap = 4.0, 0.0032
        value = _partial_neighbour_divergence(q, p[None], without_john, alpha, cap, Relation.REDACTION)
        worst = max(worst, float(value) / step_rdp(alpha=alpha, cap=cap, n_groups=1))
    assert worst > 2.0
