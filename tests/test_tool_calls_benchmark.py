"""The tool-call benchmark's fixed prompt set and its scoring (benchmarks/tool_calls.py, issue 16).

No model decoding: the prompt file must be the frozen version, every prompt well-formed, every tool
schema a valid JSON schema the grammar compiler accepts, and the scoring functions right on
hand-made outputs.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_tool_calls", ROOT / "benchmarks" / "tool_calls.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


@pytest.fixture(scope="module")
def prompts(bench):
    return bench.load_prompts()


@pytest.fixture(scope="module")
def tools(prompts):
    """The clinical tool set (lookup_patient, schedule_appointment, order_lab_tests, record_vitals)."""
    return next(p.tools for p in prompts if p.tool_set == "clinical")


def _block(name: str, arguments: dict) -> str:
    return "<tool_call>" + json.dumps({"name": name, "arguments": arguments}) + "</tool_call>"


# ------------------------------------------------------------------------------- the prompt set
def test_prompt_file_matches_its_pinned_sha256(bench):
    assert bench.file_sha256(bench.PROMPTS_PATH) == bench.PROMPTS_SHA256


def test_a_changed_prompt_file_is_refused(bench, tmp_path):
    changed = tmp_path / "tool_prompts.jsonl"
    changed.write_bytes(bench.PROMPTS_PATH.read_bytes() + b"\n")
    with pytest.raises(ValueError, match="frozen"):
        bench.load_prompts(changed)


def test_prompt_set_has_enough_prompts_tool_sets_and_distinct_ids(prompts):
    assert len(prompts) >= 50
    assert len({p.tool_set for p in prompts}) >= 6
    assert len({p.id for p in prompts}) == len(prompts)


def test_every_expected_tool_is_among_the_offered_tools(prompts):
    for p in prompts:
        assert len(set(p.tool_names)) == len(p.tool_names), p.id
        assert p.expected_tool in p.tool_names, p.id


def test_every_offered_tool_is_expected_somewhere(prompts):
    offered = {(p.tool_set, name) for p in prompts for name in p.tool_names}
    expected = {(p.tool_set, p.expected_tool) for p in prompts}
    assert offered == expected  # no decoy tool that no prompt asks for: every tool is scored


def test_every_tool_schema_is_a_valid_json_schema(bench, prompts):
    for p in prompts:
        for tool in p.tools:
            jsonschema.Draft202012Validator.check_schema(bench.spec_of(tool)["parameters"])


def _kinds(schema: dict, found: set[str]) -> set[str]:
    if "enum" in schema:
        found.add("enum")
    kind = schema.get("type")
    found.add({"array": "array", "number": "number", "integer": "number", "boolean": "boolean"}.get(kind, "other"))
    if kind == "array":
        _kinds(schema["items"], found)
    if kind == "object":
        props = schema.get("properties", {})
        if set(props) - set(schema.get("required", [])):
            found.add("optional")
        for sub in props.values():
            if sub.get("type") == "object":
                found.add("nested_object")
            _kinds(sub, found)
    return found


def test_schemas_cover_flat_nested_enum_array_number_boolean_and_optional(bench, prompts):
    found: set[str] = set()
    flat = 0
    for p in prompts:
        for tool in p.tools:
            params = bench.spec_of(tool)["parameters"]
            _kinds(params, found)
            flat += all(sub.get("type") not in ("object", "array") for sub in params["properties"].values())
    assert {"nested_object", "enum", "array", "number", "boolean", "optional"} <= found
    assert flat > 0


def test_every_user_message_holds_a_private_looking_detail(prompts):
    # an identifier or date (a digit), or a Name Surname
    detail = re.compile(r"\d|\b[A-Z][a-zà-ÿ'-]+ [A-Z][A-Za-zà-ÿ'-]+")
    for p in prompts:
        user = " ".join(m["content"] for m in p.messages if m["role"] == "user")
        assert detail.search(user), p.id


def test_every_tool_set_compiles_to_a_tool_call_grammar(prompts, smol):
    from dpfusion_integrations.engine.grammar import compiler_for
    from dpfusion_integrations.tool_grammar import tool_call_grammar

    model, tokenizer = smol
    compiler = compiler_for(tokenizer, vocab_size=model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])
    for tool_set in {p.tool_set: p.tools for p in prompts}.values():
        compiler.compile(tool_call_grammar(tool_set, "required", parallel=False))  # GrammarError if not


# ------------------------------------------------------------------------------- scoring
def test_a_valid_call_to_the_expected_tool_scores_ok(bench, tools):
    text = _block("lookup_patient", {"mrn": "4471902"})
    score = bench.score_output(text, tools, "lookup_patient")
    assert (score.parsed, score.valid, score.strict_valid, score.right_tool) == (True, True, True, True)
    assert score.tool == "lookup_patient" and score.failure == "ok"


def test_a_valid_call_to_another_tool_is_the_wrong_tool(bench, tools):
    score = bench.score_output(_block("lookup_patient", {"mrn": "4471902"}), tools, "record_vitals")
    assert score.valid and not score.right_tool
    assert score.failure == "wrong_tool"


@pytest.mark.parametrize("name, arguments", [
    ("lookup_patient", {"mrn": "447190"}),  # pattern: 7 digits
    ("lookup_patient", {}),  # required key missing
    ("order_lab_tests", {"mrn": "6610033", "tests": ["cbc", "vitamin_d"], "priority": "routine"}),  # enum item
    ("order_lab_tests", {"mrn": "6610033", "tests": [], "priority": "routine"}),  # minItems
    ("order_lab_tests", {"mrn": "6610033", "tests": ["cbc"], "priority": "routine", "fasting": 1}),  # boolean
    ("record_vitals", {"mrn": "3390556", "heart_rate": 88.5, "temperature_c": 37.9}),  # integer
    ("record_vitals", {"mrn": "3390556", "heart_rate": 300, "temperature_c": 37.9}),  # maximum
    ("schedule_appointment", {"patient": {"name": "P N"}, "department": "cardiology",
                              "date": "2025-03-14"}),  # nested required key missing
    ("schedule_appointment", {"patient": {"name": "P N", "mrn": "5520147"}, "department": "cardio",
                              "date": "2025-03-14"}),  # enum
])
def test_arguments_that_break_the_schema_are_parsed_but_invalid(bench, tools, name, arguments):
    score = bench.score_output(_block(name, arguments), tools, name)
    assert score.parsed and score.right_tool
    assert not score.valid and not score.strict_valid
    assert score.failure == "invalid_args"


def test_an_undeclared_key_is_valid_but_not_strictly_valid(bench, tools):
    score = bench.score_output(_block("lookup_patient", {"mrn": "4471902", "name": "x"}), tools, "lookup_patient")
    assert score.valid and not score.strict_valid


def test_nested_and_optional_arguments_validate(bench, tools):
    args = {"patient": {"name": "P N", "mrn": "5520147"}, "department": "cardiology", "date": "2025-03-14",
            "time": "09:30", "telehealth": False}
    assert bench.score_output(_block("schedule_appointment", args), tools, "schedule_appointment").failure == "ok"


@pytest.mark.parametrize("text", [
    "The patient's chart is ready.",  # prose
    _block("delete_patient", {"mrn": "4471902"}),  # a tool that is not bound
    '<tool_call>{"name": "lookup_patient", "arguments": {"mrn": "44719',  # cut mid-JSON
    '<tool_call>{"name": "lookup_patient", "arguments": "4471902"}</tool_call>',  # arguments not an object
])
def test_outputs_without_a_usable_call_are_not_parsed(bench, tools, text):
    score = bench.score_output(text, tools, "lookup_patient")
    assert (score.parsed, score.valid, score.right_tool, score.tool) == (False, False, False, None)
    assert score.failure == "no_call"


def test_a_call_cut_at_the_stop_string_still_parses(bench, tools):
    text = '<tool_call>{"name":"lookup_patient","arguments":{"mrn":"4471902"}}'  # "</tool_call>" cut by stop
    assert bench.score_output(text, tools, "lookup_patient").failure == "ok"


def test_only_the_first_call_is_scored(bench, tools):
    text = _block("record_vitals", {"mrn": "1"}) + _block("lookup_patient", {"mrn": "4471902"})
    score = bench.score_output(text, tools, "lookup_patient")
    assert score.tool == "record_vitals" and not score.valid and not score.right_tool


# ------------------------------------------------------------------------------- summaries
def _record(tool_set: str, failure: str, sampled: int = 10) -> dict:
    ok = failure == "ok"
    return {"tool_set": tool_set, "expected_tool": f"t-{tool_set}", "parsed": failure != "no_call", "valid": failure in ("ok", "wrong_tool"),
            "strict_valid": failure in ("ok", "wrong_tool"), "right_tool": ok or failure == "invalid_args",
            "failure": failure, "budget_exhausted": sampled >= 48, "tokens_sampled": sampled, "tokens_forced": 20,
            "tokens_emitted": sampled + 20, "epsilon_reserved": 8.0, "epsilon_charged": 2.0, "n_groups": 2}


def test_cell_summary_counts_rates_failures_and_tokens(bench):
    records = [_record("a", "ok"), _record("a", "no_call", 48), _record("b", "invalid_args"), _record("b", "ok")]
    cell = bench.summarize_cell(records)
    assert (cell["parsed"]["k"], cell["valid"]["k"], cell["right_tool"]["k"]) == (3, 2, 3)
    assert cell["valid_and_right_tool"]["k"] == 2 and cell["parsed"]["n"] == 4
    assert cell["failures"] == {"ok": 2, "no_call": 1, "invalid_args": 1, "wrong_tool": 0}
    assert cell["budget_exhausted"] == 1 and cell["max_tokens_sampled"] == 48
    assert cell["budget_exhausted_by_tool"] == {"t-a": 1}
    assert (cell["valid_if_completed"]["k"], cell["valid_if_completed"]["n"]) == (2, 3)  # the cut call left out
    assert cell["mean_tokens_sampled"] == pytest.approx((10 + 48 + 10 + 10) / 4)
    assert cell["per_tool_set"]["b"]["valid"]["k"] == 1 and cell["per_tool_set"]["b"]["valid"]["n"] == 2
    for key in ("parsed", "valid", "right_tool"):
        assert cell[key]["lo"] <= cell[key]["rate"] <= cell[key]["hi"]


def test_all_successes_give_a_wilson_interval_closed_at_one(bench):
    r = bench.rate(56, 56)
    assert r["rate"] == 1.0 and r["hi"] == 1.0 and 0.9 < r["lo"] < 1.0


def test_paired_steps_compare_only_steps_where_every_request_is_live_in_both_modes(bench):
    def run(mode, steps, live, grammar):
        return {"ids": ["x-01", "x-02"], "epsilon": 8.0, "mode": mode, "step_s": steps, "live": live,
                "grammar_s": grammar}

    timings = [run("constrained", [1.2, 1.2, 0.1, 0.1], [2, 2, 1, 1], [0.1, 0.1, 0.0, 0.0]),
               run("unconstrained", [1.0, 1.0, 1.0], [2, 2, 2], [0.0, 0.0, 0.0])]
    out = bench.paired_steps(timings)
    assert out["steps"] == 2 and out["runs"] == 1
    assert out["ratio"] == pytest.approx(1.2)
    assert out["grammar_share"] == pytest.approx(0.2 / 2.4, abs=1e-4)  # rounded to 4 places
    assert bench.paired_steps(timings[:1]) == {}  # a run with no counterpart in the other mode
    repeated = timings + [{**t, "rep": 1, "step_s": [2 * x for x in t["step_s"]]} for t in timings]
    again = bench.paired_steps(repeated)  # repetitions pair with their own counterparts
    assert again["runs"] == 2 and again["steps"] == 4 and again["ratio"] == pytest.approx(1.2)
