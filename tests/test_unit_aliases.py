"""Issue 12, finding 4: stable unit ids never cross the trust boundary; per-call aliases do.

Reports, errors and anything built from them name units by aliases that are fresh for every call,
so traces cannot link one person across chunks and calls. The operator (who holds the unit key)
resolves them; the tracker composes exactly only in that operator view.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.accounting.tracker import BudgetTracker
from dpfusion_integrations.errors import BudgetExceededError, InvalidParameterError
from dpfusion_integrations.unit_aliases import alias_units, is_unit_alias, resolve_unit_alias

KEY = bytes(range(32))
TEXT = "Patient Ann Lee was seen in Oslo."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION")]


@given(st.text(min_size=1, max_size=60).filter(lambda s: s.encode("utf-8") and len(s.encode()) <= 4096))
@settings(max_examples=80, deadline=None)
def test_when_an_id_is_aliased_then_the_operator_view_resolves_it_and_only_it(unit):
    (alias,) = alias_units([unit], unit_key=KEY).values()
    assert is_unit_alias(alias) and (len(unit) < 4 or unit not in alias)
    assert resolve_unit_alias(alias, unit_key=KEY) == unit


def test_when_the_same_unit_is_aliased_in_two_calls_then_the_aliases_are_unrelated():
    first = alias_units(["u_abc", "patient-17"], unit_key=KEY)
    second = alias_units(["u_abc", "patient-17"], unit_key=KEY)
    assert set(first.values()).isdisjoint(second.values())
    assert len(set(first.values())) == 2  # within a call, one alias per unit


def test_when_a_value_equals_the_alias_label_then_its_unit_id_reveals_no_alias_key_material():
    """The alias key comes from HKDF (HMAC keyed by a salt), unit ids from HMAC keyed by the unit key:
    a value chosen to equal the derivation label gets an id unrelated to the key."""
    import hashlib
    import hmac

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from dpfusion_integrations.tagging import unit_id
    from dpfusion_integrations.unit_aliases import _CONTEXT, _SALT

    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=_CONTEXT).derive(KEY)
    stable = unit_id(_CONTEXT.decode(), key=KEY)[2:]
    assert stable not in key.hex()
    # The old derivation (HMAC under the unit key of the label) did leak: the id was its prefix.
    assert hmac.new(KEY, _CONTEXT, hashlib.sha256).hexdigest().startswith(stable)


def test_when_ids_differ_in_length_within_a_block_then_aliases_have_one_length():
    aliases = alias_units(["p1", "patient-000017", "x" * 29], unit_key=KEY)
    assert len({len(a) for a in aliases.values()}) == 1


def test_when_an_alias_is_forged_or_from_another_key_then_resolving_refuses_without_echoing_it():
    (alias,) = alias_units(["patient-17"], unit_key=KEY).values()
    tampered = alias[:-3] + ("A" if alias[-3] != "A" else "B") + alias[-2:]
    for bad, key in [(tampered, KEY), (alias, bytes(32)), ("u_0123456789abcdef0123", KEY), ("a_" + "x" * 50, KEY)]:
        with pytest.raises(InvalidParameterError) as info:
            resolve_unit_alias(bad, unit_key=key)
        assert bad not in str(info.value) and "patient-17" not in str(info.value)


def test_when_privatizing_twice_then_reports_cannot_be_linked_but_the_operator_can(tiny_dp):
    a = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=2, seed=1)
    b = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=2, seed=1)
    assert set(a.report.units).isdisjoint(b.report.units)
    stable_a = {resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in a.report.units}
    stable_b = {resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in b.report.units}
    assert stable_a == stable_b and all(u.startswith("u_") for u in stable_a)
    for stable in stable_a:
        assert stable not in a.report.model_dump_json() and stable not in repr(a)


def test_when_one_batch_holds_one_person_twice_then_its_documents_get_different_aliases(tiny_dp):
    results = tiny_dp.privatize_many([TEXT, TEXT], epsilon=4.0, spans=[SPANS, SPANS], max_new_tokens=2, seed=1)
    assert set(results[0].report.units).isdisjoint(results[1].report.units)


def test_when_a_ledger_refuses_then_the_error_names_aliases_and_hides_the_ledger_error(tiny_dp):
    class Refusing:
        alpha = 4.0

        def reserve(self, call_id, units, rdp=None, *, label=None):
            raise BudgetExceededError("over", call_id=call_id, units=tuple(units))

        def refund(self, call_id):
            pass

    with pytest.raises(BudgetExceededError) as info:
        tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, max_new_tokens=2, ledger=Refusing(), units=["patient-17"])
    err = info.value
    assert "patient-17" not in str(err) and "patient-17" not in repr(err.args)
    assert [resolve_unit_alias(u, unit_key=tiny_dp.unit_key) for u in err.units] == ["patient-17"]
    assert err.__context__ is None and err.__cause__ is None


def test_when_tracking_without_the_operator_view_then_the_bound_covers_one_unit_in_every_call(tiny_dp):
    default, operator = BudgetTracker(), BudgetTracker(resolve_units=True, unit_key=tiny_dp.unit_key)
    reports = [tiny_dp.privatize(TEXT, epsilon=2.0, spans=SPANS, max_new_tokens=3, seed=i).report for i in range(3)]
    for report in reports:
        default.record(report)
        operator.record(report)
    per_call = default.summary()
    exact = operator.summary()
    # The default view cannot link calls: six aliases, one call each; its bound is the worst case.
    assert len(per_call.epsilon_per_unit) == 6
    assert len(exact.epsilon_per_unit) == 2 and all(u.startswith("u_") for u in exact.epsilon_per_unit)
    assert per_call.max_epsilon == pytest.approx(exact.max_epsilon)  # here one unit is in every call
    assert per_call.max_epsilon > max(per_call.epsilon_per_unit.values())


def test_when_a_call_failed_after_release_then_the_tracker_can_charge_the_whole_budget(tiny_dp):
    report = tiny_dp.privatize(TEXT, epsilon=2.0, spans=SPANS, max_new_tokens=8, seed=1).report
    refunded, full = BudgetTracker(), BudgetTracker()
    refunded.record(report.model_copy(update={"tokens_emitted": 0}))
    full.record(report.model_copy(update={"tokens_emitted": 0}), refund_unused=False)
    assert full.summary().max_epsilon > refunded.summary().max_epsilon
    assert full.summary().max_epsilon == pytest.approx(report.epsilon)
