"""Red team, core API: canaries planted in documents and chat messages; every result, report, error,
log record (DEBUG, all loggers) and byte written to stdout/stderr is checked. The released text is
the mechanism's output, so it is only checked at epsilon=0 (public-only decoding)."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from dpfusion_integrations import BudgetExceededError
from dpfusion_integrations.errors import ContextTooLongError, DPFusionError, InvalidParameterError
from dpfusion_integrations.unit_aliases import resolve_unit_alias
from rt_helpers import (
    CANARIES,
    EMAIL,
    ID,
    NAME,
    PHONE,
    STABLE_UNIT,
    UNIT_KEY,
    aliases_unrelated,
    assert_clean,
    log_text,
    marked,
    note,
    render,
    stable_ids,
)

TOKENS = 4


def result_views(result) -> list:
    """Everything a caller can hand on from a result (the text itself excluded)."""
    return [result.report, repr(result), str(result), result.to_dict(), result.model_dump_json(),
            result.redacted_text, repr(result.report), result.report.model_dump_json()]


def check_outside(label, capsys, caplog, *objs, allow_stable=()):
    out = capsys.readouterr()
    assert_clean(f"{label} (results)", *objs, allow_stable=allow_stable)
    assert_clean(f"{label} (stdout/stderr)", out.out, out.err)
    assert_clean(f"{label} (logs)", log_text(caplog.records))


# ------------------------------------------------------------------------------------------- results
def test_privatize_results_reports_and_logs_hold_no_canary(dp, capsys, debug_logs):
    result = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    assert result.report.n_groups == 4 and len(result.report.units) == 4
    check_outside("privatize", capsys, debug_logs, *result_views(result))


def test_privatize_at_epsilon_zero_releases_no_canary_even_in_the_text(dp, capsys, debug_logs):
    result = dp.privatize(note(), epsilon=0.0, max_new_tokens=8, seed=3)
    assert result.report.epsilon == 0
    check_outside("privatize eps=0", capsys, debug_logs, result.text, *result_views(result))


def test_privatize_many_and_generate_many_results_hold_no_canary(dp, capsys, debug_logs):
    texts = [note(), f"{marked(NAME)} was discharged; reach {marked(EMAIL, 'EMAIL_ADDRESS')}."]
    many = dp.privatize_many(texts, epsilon=4.0, max_new_tokens=TOKENS, seed=2)
    chats = dp.generate_many([[{"role": "user", "content": t}] for t in texts], epsilon=4.0,
                             max_new_tokens=TOKENS, seed=2)
    assert len(many) == len(chats) == 2
    check_outside("privatize_many/generate_many", capsys, debug_logs,
                  *[v for r in [*many, *chats] for v in result_views(r)])


def test_generate_with_canaries_in_every_role_holds_no_canary(dp, capsys, debug_logs):
    messages = [
        {"role": "system", "content": "You summarize clinical notes.", "public": True},
        {"role": "user", "content": note()},
        {"role": "assistant", "content": f"Noted the record {marked(ID, 'ID')}."},
        {"role": "tool", "content": f"lookup result: phone {marked(PHONE, 'PHONE_NUMBER')} belongs to {marked(NAME)}"},
        {"role": "user", "content": "Summarize."},
    ]
    result = dp.generate(messages, epsilon=4.0, max_new_tokens=TOKENS, seed=4, stop=["\n\n"])
    streamed: list[int] = []
    starts: list = []
    dp.generate(messages, epsilon=4.0, max_new_tokens=TOKENS, seed=4, on_token=streamed.append,
                on_start=starts.append)
    assert starts and starts[0].tokens_emitted == 0
    check_outside("generate", capsys, debug_logs, *result_views(result), *starts)


def test_debug_info_stays_off_the_report_and_every_serialization(dp):
    result = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=5, debug=True)
    debug = result.private_debug
    assert debug is not None and len(debug.lambdas) >= result.report.tokens_emitted
    shown = render([result.to_dict(), result.model_dump(), result.model_dump_json(), repr(result), str(result),
                    result.report, repr(debug)])
    assert "lambdas" not in shown and "divergences" not in shown and "private_debug" not in shown
    # No realized λ is printed by any view either (divergences are left out of this check: at the
    # boundary of the λ search they equal the public cap).
    values = {f"{v:.6g}" for step in debug.lambdas for v in step if 0 < v < 1}
    assert not [v for v in values if v in result.model_dump_json() or v in repr(result)]


def test_a_pickled_result_does_not_carry_the_private_debug_info(dp):
    """Pickling is how results are cached on disk or shipped to workers (Ray, multiprocessing):
    the realized λs/divergences must not travel with them (refused, or dropped)."""
    result = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=5, debug=True)
    assert result.private_debug is not None
    try:
        blob = pickle.dumps(result)
    except TypeError:
        return  # refused: fine
    assert pickle.loads(blob).private_debug is None, "the pickle holds the realized lambdas/divergences"


def test_public_context_and_report_do_not_depend_on_private_value_lengths(dp):
    """One fixed placeholder per span: documents that differ only in a private value's length give
    the same redacted text, input token count and report (units aside)."""
    short = dp.privatize(note("Al Wu"), epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    long = dp.privatize(note(NAME + " " + NAME + " Jr."), epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    assert short.redacted_text == long.redacted_text and short.input_tokens == long.input_tokens
    keep = {"units", "units_groups", "tokens_emitted"}
    assert short.report.model_dump(exclude=keep) == long.report.model_dump(exclude=keep)


# ------------------------------------------------------------------------------------------- unit ids
def test_reports_name_per_call_aliases_never_stable_ids(dp):
    first = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    second = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    assert aliases_unrelated(first.report.units, second.report.units)
    assert not stable_ids() & (set(first.report.units) | set(first.report.units_groups))
    # The operator view maps both calls' aliases to the same stable ids (inside the boundary).
    resolved = [{resolve_unit_alias(a, unit_key=UNIT_KEY) for a in r.report.units} for r in (first, second)]
    assert resolved[0] == resolved[1] and resolved[0] <= stable_ids()


def test_one_person_in_two_documents_of_a_batch_gets_unrelated_aliases(dp):
    a, b = dp.privatize_many([note(), note()], epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    assert aliases_unrelated(a.report.units, b.report.units)


def test_caller_units_are_aliased_in_reports(dp, ledger):
    result = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger, units=[STABLE_UNIT])
    assert STABLE_UNIT not in render(result_views(result))
    assert [resolve_unit_alias(a, unit_key=UNIT_KEY) for a in result.report.units] == [STABLE_UNIT]


def test_group_labels_under_the_entity_policy_hold_no_value(dp):
    result = dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, group_policy="entity")
    assert result.report.n_groups == 4
    assert_clean("entity-policy report", *result_views(result))


# ------------------------------------------------------------------------------------------- errors
def _raised(fn, *args, **kwargs) -> BaseException:
    with pytest.raises(Exception) as info:
        fn(*args, **kwargs)
    return info.value


def test_strict_markup_errors_do_not_quote_the_text(dp, capsys, debug_logs):
    bad = [f"Patient <private group=\"{NAME}\">{NAME}</private> was seen.",  # a value as group name
           f"Patient <private>{NAME} (ID {ID}) was seen.",  # unclosed
           f"Patient <private>{NAME} <private>{ID}</private></private>",  # nested
           f"Patient {NAME} </private> {EMAIL}",  # close without open
           f"Patient < private group={ID}>{NAME}</private>"]  # malformed
    errors = [_raised(dp.privatize, t, epsilon=4.0, max_new_tokens=TOKENS, markup="exclusive") for t in bad]
    assert all(isinstance(e, InvalidParameterError) for e in errors)
    check_outside("strict markup errors", capsys, debug_logs, *errors)


def test_markup_in_data_never_fails_and_never_quotes_the_text(dp, capsys, debug_logs):
    texts = [f"Patient < private {NAME} </private> record {marked(ID, 'ID')}", note()]
    results = dp.privatize_many(texts, epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    assert len(results) == 2
    check_outside("lenient markup", capsys, debug_logs, *[v for r in results for v in result_views(r)])


def test_context_too_long_errors_name_no_private_length_or_text(dp, capsys, debug_logs):
    short = dp.privatize(f"Patient {marked(NAME)} is here.", epsilon=4.0, max_new_tokens=TOKENS, seed=1)
    body = "The ward was quiet. " * 90
    texts = [f"{body}Patient {marked(NAME * k)} is here." for k in (1, 6)]
    errors = [_raised(dp.privatize, t, epsilon=4.0, max_new_tokens=200) for t in texts]
    assert all(isinstance(e, ContextTooLongError) for e in errors)
    # Two texts that differ only in the private value give the same error (no private length shows).
    assert str(errors[0]) == str(errors[1])
    assert errors[0].context_tokens in (None, errors[1].context_tokens)
    check_outside("context too long", capsys, debug_logs, *errors, short.report)


def test_no_private_spans_and_empty_text_errors_do_not_quote_the_text(dp, capsys, debug_logs):
    errors = [_raised(dp.privatize, "The canary.person report shows nothing private.", epsilon=4.0,
                      max_new_tokens=TOKENS, markup="exclusive", spans=[]),
              _raised(dp.generate, [{"role": "user", "content": "   "}], epsilon=4.0, max_new_tokens=TOKENS),
              _raised(dp.privatize, note(), epsilon=-1.0, max_new_tokens=TOKENS),
              _raised(dp.privatize, note(), epsilon=4.0, max_new_tokens=TOKENS, units=[]),
              _raised(dp.privatize, note(), epsilon=4.0, max_new_tokens=TOKENS, spans=[(0, 10**6, "PERSON")]),
              _raised(dp.privatize, note(), epsilon=1e-9, max_new_tokens=TOKENS)]
    assert all(isinstance(e, DPFusionError) for e in errors)
    check_outside("parameter errors", capsys, debug_logs, *errors)


def test_budget_exceeded_errors_carry_aliases_and_no_stable_id(dp, ledger, capsys, debug_logs):
    dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger, units=[STABLE_UNIT])
    ledger.set_cap(STABLE_UNIT, ledger.spent(STABLE_UNIT, 1e-5) + 0.05, 1e-5)  # the next call exceeds it
    error = _raised(dp.privatize, note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger,
                    units=[STABLE_UNIT])
    assert isinstance(error, BudgetExceededError) and error.units
    assert [resolve_unit_alias(a, unit_key=UNIT_KEY) for a in error.units] == [STABLE_UNIT]
    # Also over default (per-value) units, whose stable ids are keyed hashes of the values.
    for unit in stable_ids():
        if unit.startswith("u_"):
            ledger.set_cap(unit, 0.001, 1e-5)
    per_value = _raised(dp.privatize, note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger)
    assert isinstance(per_value, BudgetExceededError) and per_value.units
    check_outside("budget exceeded", capsys, debug_logs, error, per_value)


def test_budget_exceeded_in_a_batch_names_no_stable_id(dp, ledger, capsys, debug_logs):
    ledger.set_cap(STABLE_UNIT, 0.5, 1e-5)
    error = _raised(dp.privatize_many, [note(), note()], epsilon=4.0, max_new_tokens=TOKENS, ledger=ledger,
                    units=[["pt-OTHER-1"], [STABLE_UNIT]])
    assert isinstance(error, BudgetExceededError)
    check_outside("batch budget exceeded", capsys, debug_logs, error, allow_stable=())
    assert "pt-OTHER-1" not in render(error)


def test_an_on_token_callback_error_does_not_attach_private_state(dp, capsys, debug_logs):
    def boom(token: int) -> None:
        raise RuntimeError("consumer went away")

    error = _raised(dp.privatize, note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, on_token=boom)
    check_outside("on_token error", capsys, debug_logs, error)


# ------------------------------------------------------------------------------------------- ledger
def test_the_ledger_keeps_stable_ids_but_never_a_raw_value(dp, ledger, ledger_url):
    dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger)
    dp.privatize(note(), epsilon=4.0, max_new_tokens=TOKENS, seed=1, ledger=ledger, units=[STABLE_UNIT])
    audit = ledger.audit()
    assert audit and {e.unit for e in audit} >= {STABLE_UNIT}
    text = render([list(audit), ledger.balances(), ledger.units()])
    assert [c for c in CANARIES if c in text] == []
    path = Path(ledger_url.removeprefix("sqlite:///"))
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert [c for c in CANARIES if c.encode() in raw] == []
    with sqlite3.connect(path) as db:  # every stored value, also in tables the API does not show
        cells = [repr(row) for (table,) in db.execute("select name from sqlite_master where type='table'")
                 for row in db.execute(f'select * from "{table}"')]
    assert [c for c in CANARIES if c in "\n".join(cells)] == []
