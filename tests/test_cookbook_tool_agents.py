"""The tool-agent cookbooks (``cookbook/langchain_tool_agent.py``, ``cookbook/llama_index_tool_agent.py``)
run offline end to end on the session's engine, and their checks fail when they should.

End to end (a few dozen tokens each: the call is mostly forced by the grammar, the answer is short):
the agent's model is the DP model itself; its one call is schema-valid and names an existing record;
the record travels by reference and is tagged once resolved; ε is recorded for that patient only;
no planted identifier reaches the state, the trace, the events or the console. The checks
themselves are tested on hand-made conversations, without decoding."""

from __future__ import annotations

import asyncio
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

COOKBOOK = Path(__file__).resolve().parents[1] / "cookbook"


def _cookbook(stem: str) -> ModuleType:
    """``cookbook/<stem>.py`` imported once per session (its own imports find ``cookbook/``)."""
    name = f"cookbook_{stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, COOKBOOK / f"{stem}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # pydantic and dataclasses resolve the module's annotations here
        spec.loader.exec_module(module)
    return sys.modules[name]


def _langchain() -> ModuleType:
    pytest.importorskip("langchain.agents", reason="needs the `agents` extra (langchain's create_agent)")
    return _cookbook("langchain_tool_agent")


def _llama_index() -> ModuleType:
    return _cookbook("llama_index_tool_agent")


def _planted() -> list[str]:
    """Every planted name, MRN and phone of the cookbooks' records."""
    return [value for note in _cookbook("patient_notes").NOTES for value in note.planted.values()]


def _assert_nothing_planted(*texts: str) -> None:
    planted = _planted()
    assert planted  # the check is not vacuous
    for text in texts:
        assert not any(value in text for value in planted)


# ---------------------------------------------------------------- end to end, on the embedded model
@pytest.mark.e2e
def test_when_the_langchain_tool_agent_runs_then_one_valid_call_reads_a_record_and_eps_is_per_patient(smol_dp,
                                                                                                      capsys):
    cookbook = _langchain()
    result = cookbook.run(smol_dp)
    out = capsys.readouterr().out
    records = cookbook.NOTE_TEXT
    assert len(result.references) == 1 and result.references[0] in records  # the call named a real record
    patient = result.references[0]
    assert result.epsilon_per_patient.keys() == {patient} and result.epsilon_per_patient[patient] > 0
    assert f"  {patient}: ε = {result.epsilon_per_patient[patient]:.2f}" in out and "Checks:" in out
    assert result.answer.strip() and result.answer.strip() in out
    # The record reached the model only by reference, and was tagged once resolved (the question and the
    # system prompt are public, so the answering turn's groups come from the tool result alone).
    assert any(f'"{{{{private:{patient}}}}}"' in m for m in result.outside.model_inputs)
    assert result.answer_groups >= 1
    # The answering turn was charged to the patient as a caller unit; the trace saw only a count.
    assert any("<1 caller unit(s)>" in run for run in result.outside.trace)
    _assert_nothing_planted(*result.outside.model_inputs, *result.outside.trace, out)


@pytest.mark.e2e
def test_when_the_llama_index_tool_agent_runs_then_one_valid_call_reads_a_record_and_eps_is_per_patient(smol_dp,
                                                                                                        capsys):
    cookbook = _llama_index()
    result = asyncio.run(cookbook.run(smol_dp))
    out = capsys.readouterr().out
    records = cookbook.NOTE_TEXT
    assert result.references and all(ref in records for ref in result.references)
    patients = set(result.references)
    assert result.epsilon_per_patient.keys() == patients and all(e > 0 for e in result.epsilon_per_patient.values())
    assert all(f"  {p}: ε = {result.epsilon_per_patient[p]:.2f}" in out for p in patients) and "Checks:" in out
    assert result.answer.strip() and result.answer.strip() in out
    assert any(f"{{{{private:{p}}}}}" in received for received in result.outside.model_inputs for p in patients)
    assert result.answer_groups >= 1  # the resolved record was tagged: the only private input of that step
    assert any(event.startswith("ToolCallResult") for event in result.outside.trace)
    _assert_nothing_planted(*result.outside.model_inputs, *result.outside.trace, out)


# ---------------------------------------------------------------- the tools and the LangChain middleware
@pytest.mark.parametrize("module", [_langchain, _llama_index], ids=["langchain", "llama_index"])
def test_when_the_lookup_tool_is_called_then_it_returns_a_reference_or_a_refusal_never_the_record(module):
    cookbook = module()
    seen: list[str] = []
    lookup = cookbook.make_lookup_tool(cookbook.NOTE_TEXT, seen)
    found = lookup.invoke({"reference": "p-103"}) if hasattr(lookup, "invoke") else lookup.call(reference="p-103")
    missing = lookup.invoke({"reference": "p-999"}) if hasattr(lookup, "invoke") else lookup.call(reference="p-999")
    assert str(found) == "{{private:p-103}}" and "{{private" not in str(missing)
    assert seen == ["p-103", "p-999"]
    schema = cookbook.LookupArgs.model_json_schema()  # what the grammar enforces on the call
    assert schema["additionalProperties"] is False and schema["required"] == ["reference"]
    assert all(cookbook.LookupArgs.model_validate({"reference": n.patient_id}) for n in _cookbook("patient_notes").NOTES)


def test_when_the_langchain_middleware_sees_no_tool_result_then_it_forces_the_call_and_after_it_charges_the_patient():
    from langchain.agents.middleware import ModelRequest
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
    from langchain_core.messages import HumanMessage, ToolMessage

    cookbook = _langchain()
    requests = []
    first = ModelRequest(model=GenericFakeChatModel(messages=iter([])), messages=[HumanMessage("q")])
    cookbook.lookup_then_answer.wrap_model_call(first, requests.append)
    after = first.override(messages=[HumanMessage("q"), ToolMessage("{{private:p-103}}", tool_call_id="c1"),
                                     ToolMessage("No record has that reference.", tool_call_id="c2")])
    cookbook.lookup_then_answer.wrap_model_call(after, requests.append)
    assert requests[0].tool_choice == cookbook.TOOL_NAME and requests[0].model_settings == {"parallel_tool_calls": False}
    assert requests[1].tool_choice == "none" and requests[1].model_settings == {"units": ["p-103"]}


# ---------------------------------------------------------------- the checks fail when they should
def _lc_call(name: str, args: dict) -> object:
    from langchain_core.messages import AIMessage

    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": "c1", "type": "tool_call"}])


BAD_CALLS = [("no call", None, "no tool call"),
             ("another tool", ("send_email", {"reference": "p-103"}), "not given"),
             ("no pattern match", ("lookup_patient", {"reference": "103"}), "schema"),
             ("extra key", ("lookup_patient", {"reference": "p-103", "name": "x"}), "schema"),
             ("not a string", ("lookup_patient", {"reference": 103}), "schema"),
             ("unknown record", ("lookup_patient", {"reference": "p-999"}), "exists")]


@pytest.mark.parametrize(("case", "call", "message"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_when_the_langchain_agent_call_is_missing_or_invalid_then_the_check_fails(case, call, message):
    from langchain_core.messages import HumanMessage

    cookbook = _langchain()
    messages = [HumanMessage("q")] + ([] if call is None else [_lc_call(*call)])
    with pytest.raises(AssertionError, match=message):
        cookbook.check_tool_calls(messages, cookbook.NOTE_TEXT)
    assert cookbook.check_tool_calls([HumanMessage("q"), _lc_call("lookup_patient", {"reference": "p-103"})],
                                     cookbook.NOTE_TEXT) == ["p-103"]


@pytest.mark.parametrize(("case", "call", "message"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_when_the_llama_index_agent_call_is_missing_or_invalid_then_the_check_fails(case, call, message):
    cookbook = _llama_index()
    with pytest.raises(AssertionError, match=message):
        cookbook.check_tool_calls([] if call is None else [call], cookbook.NOTE_TEXT)
    assert cookbook.check_tool_calls([("lookup_patient", {"reference": "p-103"})], cookbook.NOTE_TEXT) == ["p-103"]


def test_when_a_langchain_call_was_cut_or_the_run_ended_without_an_answer_then_the_checks_fail():
    from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

    cookbook = _langchain()
    cut = AIMessage("", invalid_tool_calls=[{"name": "lookup_patient", "args": '{"reference": "p-1',
                                             "id": "c1", "error": None, "type": "invalid_tool_call"}])
    with pytest.raises(AssertionError, match="unfinished"):
        cookbook.check_tool_calls([HumanMessage("q"), cut], cookbook.NOTE_TEXT)
    call, result = _lc_call("lookup_patient", {"reference": "p-103"}), ToolMessage("{{private:p-103}}",
                                                                                   tool_call_id="c1")
    for ending in ([HumanMessage("q"), call, result],  # stopped after the tool
                   [HumanMessage("q"), call, result, AIMessage("  ")],  # an empty answer
                   [HumanMessage("q"), AIMessage("an answer without looking anything up")]):
        with pytest.raises(AssertionError, match="answer"):
            cookbook.check_answer(ending)
    assert cookbook.check_answer([HumanMessage("q"), call, result, AIMessage("The dose was raised.")])


def test_when_a_llama_index_run_ended_without_an_answer_then_the_check_fails():
    from llama_index.core.agent.workflow import AgentOutput, ToolCallResult
    from llama_index.core.base.llms.types import ChatMessage
    from llama_index.core.llms.llm import ToolSelection
    from llama_index.core.tools import ToolOutput

    cookbook = _llama_index()
    selection = ToolSelection(tool_id="c1", tool_name="lookup_patient", tool_kwargs={"reference": "p-103"})
    call = AgentOutput(response=ChatMessage(role="assistant", content=""), tool_calls=[selection],
                       current_agent_name="Agent")
    result = ToolCallResult(tool_name="lookup_patient", tool_kwargs={"reference": "p-103"}, tool_id="c1",
                            tool_output=ToolOutput(content="{{private:p-103}}", tool_name="lookup_patient",
                                                   raw_input={}, raw_output="{{private:p-103}}"),
                            return_direct=False)

    def answer(text: str) -> AgentOutput:
        final = AgentOutput(response=ChatMessage(role="assistant", content=text), current_agent_name="Agent")
        final.tool_calls.extend([result])  # as LlamaIndex finalizes a run: the final output lists the tool results
        return final

    for ending in ([call, result], [call, result, answer(" ")], [answer("an answer without looking anything up")]):
        with pytest.raises(AssertionError, match="answer"):
            cookbook.check_answer(ending)
    assert cookbook.check_answer([call, result, answer("The dose was raised.")]) == "The dose was raised."
    assert cookbook.calls_made([call, result, answer("x")]) == [selection]


@pytest.mark.parametrize("module", [_langchain, _llama_index], ids=["langchain", "llama_index"])
def test_when_eps_is_not_recorded_for_exactly_the_patients_read_then_the_check_fails(module):
    cookbook = module()
    for recorded in ({}, {"p-103": 0.0}, {"p-103": 2.0, "u_3f9a": 1.0}, {"p-101": 2.0}):
        with pytest.raises(AssertionError, match="ε"):
            cookbook.check_epsilon_per_patient(recorded, ["p-103"])
    cookbook.check_epsilon_per_patient({"p-103": 2.0}, ["p-103"])
