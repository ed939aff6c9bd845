"""``release="faithful"`` through DPFusion: report, ledger charges per group, refunds on the steps
taken, batch = single calls, parameters that mean nothing in the mode refused before any spend."""

from __future__ import annotations

import pytest

from dpfusion_integrations import PrivacyLedger
from dpfusion_integrations.accounting import rdp_to_epsilon
from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.unit_aliases import resolve_unit_alias

from report_text import without_aliases

TEXT = "Patient Ann Lee was seen in Oslo by Ann Lee's doctor."
SPANS = [(8, 15, "PERSON"), (28, 32, "LOCATION"), (36, 43, "PERSON")]


@pytest.fixture
def ledger(tmp_path):
    with PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as led:
        yield led


def test_report_charges_each_group_its_slots(tiny_dp):
    res = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", slot_tokens=5, seed=1)
    r = res.report
    assert r.release == "faithful" and r.slot_tokens == 5 and r.n_groups == 2
    assert r.group_steps == {"PERSON": 10, "LOCATION": 5}
    assert r.max_new_tokens == 15 and r.tokens_emitted == sum(r.group_steps_emitted.values())
    assert all(0 < r.group_steps_emitted[g] <= r.group_steps[g] for g in r.group_steps)
    assert r.group_caps["LOCATION"] > r.group_caps["PERSON"] > 0  # fewer steps, larger cap
    assert r.epsilon <= 4.0 and max(r.epsilon_per_group.values()) == pytest.approx(4.0, rel=1e-6)
    assert res.text.startswith("Patient") and res.redacted_text == "Patient [PERSON] was seen in [LOCATION] by " \
                                                                   "[PERSON]'s doctor."
    shown = without_aliases(r.model_dump_json())  # an alias may hold "Ann" by chance
    assert "Ann" not in shown and "Oslo" not in shown and "<alias>" in shown


def test_public_text_is_kept_verbatim_at_every_epsilon(tiny_dp):
    for eps in (0.0, 1.0, 16.0):
        text = tiny_dp.privatize(TEXT, epsilon=eps, spans=SPANS, release="faithful", seed=3).text
        cursor = 0
        for piece in ("Patient", " was seen in", " by", "'s doctor."):
            found = text.find(piece, cursor)
            assert found >= 0, (eps, piece)
            cursor = found + len(piece)


def test_ledger_reserves_the_budget_and_commits_the_steps_taken(tiny_dp, ledger):
    res = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", slot_tokens=6, seed=2,
                            ledger=ledger, units=["pat-1"])
    r = res.report
    expected = sum(r.group_steps_emitted[g] * r.group_caps[g] for g in r.group_caps)  # redaction, N = 1
    assert ledger.spent_rdp("pat-1") == pytest.approx(expected, abs=2e-6)
    assert ledger.spent_rdp("pat-1") <= sum(r.group_steps[g] * r.group_caps[g] for g in r.group_caps) + 2e-6
    assert events_from_report(r, refund_unused=True)[r.units[0]].rdp == pytest.approx(expected)
    assert ledger.spent("pat-1", 1e-5) <= 4.0 and ledger.outstanding() == []


def test_default_units_are_charged_their_own_groups_only(tiny_dp, ledger):
    res = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", slot_tokens=6, seed=2,
                            ledger=ledger, group_policy="entity")
    r = res.report
    assert sorted(r.units_groups.values()) == [1, 1]
    for alias, labels in r.units_group_labels.items():
        unit = resolve_unit_alias(alias, unit_key=tiny_dp.unit_key)
        (label,) = labels
        assert ledger.spent_rdp(unit) == pytest.approx(r.group_steps_emitted[label] * r.group_caps[label], abs=2e-6)


def test_batch_equals_single_calls(tiny_dp):
    texts = [TEXT, "Call Bo Chen on 555-0101 today.", "Nothing to hide here, Bo."]
    spans = [SPANS, [(5, 12, "PERSON"), (16, 24, "PHONE")], [(23, 25, "PERSON")]]
    batch = tiny_dp.privatize_many(texts, epsilon=6.0, spans=spans, release="faithful", seed=10)
    for i, (t, s) in enumerate(zip(texts, spans, strict=True)):
        single = tiny_dp.privatize(t, epsilon=6.0, spans=s, release="faithful", seed=10 + i)
        assert batch[i].text == single.text
        assert batch[i].report.group_steps_emitted == single.report.group_steps_emitted


def test_on_token_streams_everything_and_can_stop(tiny_dp, ledger):
    seen: list[int] = []
    res = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", seed=4, on_token=seen.append)
    assert tiny_dp.tokenizer.decode(seen, skip_special_tokens=True) == res.text
    stopped: list[int] = []
    short = tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, release="faithful", seed=4, ledger=ledger,
                              units=["pat-s"], on_token=lambda t: stopped.append(t) or len(stopped) >= 3)
    # "Patient" is one forced token: the stop came after two steps of the first (PERSON) slot
    assert len(stopped) == 3 and short.report.tokens_emitted == 2
    assert short.report.group_steps_emitted == {"PERSON": 2, "LOCATION": 0}
    assert ledger.spent_rdp("pat-s") == pytest.approx(2 * short.report.group_caps["PERSON"], abs=2e-6)


@pytest.mark.parametrize("kwargs, message", [
    ({"release": "faithful", "max_new_tokens": 32}, "slot_tokens"),
    ({"release": "faithful", "instruction": "Summarise."}, "instruction"),
    ({"slot_tokens": 4}, "faithful"),
    ({"release": "verbatim"}, "unknown release"),
    ({"release": "faithful", "slot_tokens": 0}, "slot_tokens"),
    ({"release": "faithful", "slot_tokens": True}, "slot_tokens"),
])
def test_parameters_that_mean_nothing_in_the_mode_are_refused_before_any_spend(tiny_dp, ledger, kwargs, message):
    before = len(ledger.audit())
    with pytest.raises(InvalidParameterError, match=message):
        tiny_dp.privatize(TEXT, epsilon=4.0, spans=SPANS, ledger=ledger, units=["pat-x"], **kwargs)
    with pytest.raises(InvalidParameterError, match=message):
        tiny_dp.privatize_many([TEXT], epsilon=4.0, spans=[SPANS], ledger=ledger, **kwargs)
    assert len(ledger.audit()) == before


def test_epsilon_zero_charges_nothing(tiny_dp, ledger):
    res = tiny_dp.privatize(TEXT, epsilon=0.0, spans=SPANS, release="faithful", seed=1, ledger=ledger, units=["z"])
    assert res.report.epsilon == 0.0 and res.report.rdp == 0.0 and ledger.audit() == []
    assert rdp_to_epsilon(rdp=res.report.rdp, alpha=res.report.alpha, delta=1e-5) == 0.0
