"""Red team, the tool-calling and structured-output paths (issue 16) at the trust boundary.

What crosses the boundary on these paths: LlamaIndex's wrappers around the LLM hooks
(``chat_with_tools``, ``predict_and_call``, ``structured_predict`` and their async and streaming
forms, ``as_structured_llm``) open their own spans and events on their own arguments, so a caller's
per-call ``units`` (stable data-subject ids) must be taken out before them, and still be charged.
LangChain's ``bind_tools`` / ``with_structured_output`` runs (invoke, stream, batch, async,
``include_raw``) and their errors must carry no canary into callbacks, the LangSmith tracer, logs
or exceptions, and charge every call exactly once.

Private content reaches the models by reference (``{{private:ID}}``, resolved inside the
boundary), as the design requires when callbacks and tracers are on: the inputs those see are then
public by construction, and anything private they show crossed the boundary.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.prompts import PromptTemplate
from llama_index.core.tools import FunctionTool
from pydantic import BaseModel, Field

from dpfusion_integrations.unit_aliases import resolve_unit_alias
from langchain_dpfusion import ChatDPFusion, PrivacyBudgetCallbackHandler, mark_public
from llama_index.callbacks.dpfusion import DPFusionEventHandler, PrivacySpendEvent
from llama_index.llms.dpfusion import DPFusionLLM, private_reference
from rt_helpers import NAME, STABLE_UNIT, STORE_SECRET, UNIT_KEY, assert_clean, log_text, marked
from test_rt_langchain import Recorder, traced, tracer  # noqa: F401 - tracer: LangSmith from the env, faked client
from test_rt_llama_index import rec  # noqa: F401 - the recorders on every channel, shared


class Verdict(BaseModel):
    """Whether the note reports chest pain."""

    chest_pain: bool


def find_record(urgent: bool) -> str:
    """Find the most recent record, urgent ones first; returns a reference to it."""
    return f"Found {private_reference('tool-result-1')}"


TOOL = FunctionTool.from_defaults(fn=find_record)
QUESTION = f"Does {private_reference('note-1')} report chest pain?"
PROMPT = PromptTemplate("Does {note} report chest pain?")


#: The private store behind the references (one privacy group: few contexts to decode).
NOTES = {"note-1": f"Patient {marked(NAME)} reported chest pain.",
         "note-2": f"Patient {marked(STORE_SECRET)} was discharged."}


def li_llm(dp: Any, **kwargs: Any) -> DPFusionLLM:
    options = {"engine": dp, "epsilon": 4.0, "max_new_tokens": 4, "min_tool_call_tokens": 4, "seed": 3,
               "resolver": functools.partial(dict.__getitem__, NOTES)}
    options.update(kwargs)
    return DPFusionLLM(**options)


def _drain(result: Any) -> Any:
    """Run a sync or async result to its end (streams consumed, coroutines awaited)."""

    async def go() -> Any:
        value = await result if inspect.iscoroutine(result) else result
        if hasattr(value, "__aiter__"):
            return [item async for item in value]
        return value

    if inspect.iscoroutine(result) or hasattr(result, "__aiter__"):
        return asyncio.run(go())
    if hasattr(result, "__next__"):
        return list(result)
    return result


UNITS = [STABLE_UNIT]
#: Each LlamaIndex path that wraps the LLM hooks, with per-call units given as that path takes them.
WRAPPER_PATHS: dict[str, Callable[[DPFusionLLM], Any]] = {
    "chat_with_tools": lambda llm: llm.chat_with_tools([TOOL], QUESTION, tool_required=True, units=UNITS),
    "achat_with_tools": lambda llm: llm.achat_with_tools([TOOL], QUESTION, tool_required=True, units=UNITS),
    "stream_chat_with_tools": lambda llm: llm.stream_chat_with_tools([TOOL], QUESTION, tool_required=True,
                                                                     units=UNITS),
    "astream_chat_with_tools": lambda llm: llm.astream_chat_with_tools([TOOL], QUESTION, tool_required=True,
                                                                       units=UNITS),
    "predict_and_call": lambda llm: llm.predict_and_call([TOOL], QUESTION, tool_required=True, units=UNITS),
    "apredict_and_call": lambda llm: llm.apredict_and_call([TOOL], QUESTION, tool_required=True, units=UNITS),
    "structured_predict": lambda llm: llm.structured_predict(Verdict, PROMPT, llm_kwargs={"units": UNITS},
                                                             note=private_reference("note-1")),
    "structured_predict (llm_kwargs positional)": lambda llm: llm.structured_predict(
        Verdict, PROMPT, {"units": UNITS}, note=private_reference("note-1")),
    "astructured_predict": lambda llm: llm.astructured_predict(Verdict, PROMPT, llm_kwargs={"units": UNITS},
                                                               note=private_reference("note-1")),
    "stream_structured_predict": lambda llm: llm.stream_structured_predict(
        Verdict, PROMPT, llm_kwargs={"units": UNITS}, note=private_reference("note-1")),
    "astream_structured_predict": lambda llm: llm.astream_structured_predict(
        Verdict, PROMPT, llm_kwargs={"units": UNITS}, note=private_reference("note-1")),
    "as_structured_llm.chat": lambda llm: llm.as_structured_llm(Verdict).chat(
        [ChatMessage(role=MessageRole.USER, content=QUESTION)], units=UNITS),
    "as_structured_llm.achat": lambda llm: llm.as_structured_llm(Verdict).achat(
        [ChatMessage(role=MessageRole.USER, content=QUESTION)], units=UNITS),
    "as_structured_llm.stream_chat": lambda llm: llm.as_structured_llm(Verdict).stream_chat(
        [ChatMessage(role=MessageRole.USER, content=QUESTION)], units=UNITS),
    "as_structured_llm.astream_chat": lambda llm: llm.as_structured_llm(Verdict).astream_chat(
        [ChatMessage(role=MessageRole.USER, content=QUESTION)], units=UNITS),
    "as_structured_llm.complete": lambda llm: llm.as_structured_llm(Verdict).complete(QUESTION, units=UNITS),
    "as_structured_llm.acomplete": lambda llm: llm.as_structured_llm(Verdict).acomplete(QUESTION, units=UNITS),
}


class Stop(Exception):
    """Ends a call at the engine, once its arguments are recorded (nothing is decoded)."""


@pytest.fixture
def engine_units(dp, monkeypatch):
    """The ``units`` of every engine call on ``dp``; the call then stops (no decoding)."""
    seen: list[Any] = []

    def capture(messages: Any, **kwargs: Any) -> Any:
        seen.append(kwargs.get("units"))
        raise Stop

    monkeypatch.setattr(dp, "generate", capture)
    return seen


@pytest.mark.parametrize("path", sorted(WRAPPER_PATHS))
def test_when_units_go_through_a_llama_index_wrapper_then_no_span_or_event_holds_them_and_they_are_charged(
        dp, rec, engine_units, path, debug_logs):  # noqa: F811 - the shared fixture
    """LlamaIndex opens spans and dispatches start events on these wrappers' own arguments (the
    ``units`` in ``**kwargs`` or ``llm_kwargs``) before the LLM's hooks can take them out: the ids
    must be taken out first, and still reach the engine."""
    rec.clear()
    with pytest.raises(Stop):
        _drain(WRAPPER_PATHS[path](li_llm(dp)))
    assert engine_units == [UNITS], "the per-call units reach the engine (not dropped for the defaults)"
    rec.assert_clean(path)
    assert_clean("logs", log_text(debug_logs.records))


@pytest.mark.parametrize("path", ["predict_and_call", "astream_structured_predict"])
def test_when_a_wrapper_call_decodes_then_its_one_spend_charges_the_handed_units(
        dp, rec, spends, ledger, path):  # noqa: F811 - the shared fixture
    """Decoded for real: one spend event, naming (an alias of) the handed unit, and the ledger
    charged exactly what the operator's view of the events says that unit spent."""
    operator = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY).attach()
    try:
        rec.clear()
        _drain(WRAPPER_PATHS[path](li_llm(dp, ledger=ledger)))
    finally:
        operator.detach()
    assert len(spends) == 1, "one decode, one spend"
    assert {resolve_unit_alias(a, unit_key=UNIT_KEY) for a in spends[0].units} == {STABLE_UNIT}
    assert operator.summary().epsilon_per_unit[STABLE_UNIT] == pytest.approx(ledger.spent(STABLE_UNIT, 1e-5),
                                                                             rel=1e-3)
    rec.assert_clean(path)


class SpendCollector(BaseEventHandler):
    """The ``PrivacySpendEvent`` objects dispatched (to read their unit aliases)."""

    spends: list[Any] = Field(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "RTSpendCollector"

    def handle(self, event: Any, **kwargs: Any) -> None:
        if isinstance(event, PrivacySpendEvent):
            self.spends.append(event)


@pytest.fixture
def spends():
    collector = SpendCollector()
    root = get_dispatcher()
    root.add_event_handler(collector)
    yield collector.spends
    root.event_handlers = [h for h in root.event_handlers if h is not collector]


def test_when_units_are_handed_to_a_wrapper_then_a_nested_call_inside_its_tool_keeps_its_own_units(
        dp, rec):  # noqa: F811 - the shared fixture
    """The units handed to ``predict_and_call`` charge its one decode; an LLM call the tool itself
    makes (another data subject's text) is charged to its own units, not the wrapper's."""
    llm = li_llm(dp)
    inner_units: list[list[str]] = []

    def lookup(urgent: bool) -> str:
        """Look up a record."""
        response = llm.chat([ChatMessage(role=MessageRole.USER, content=f"Summarize {private_reference('note-2')}")])
        inner_units.append(response.raw["dpfusion"]["report"]["units"])
        return "done"

    rec.clear()
    llm.predict_and_call([FunctionTool.from_defaults(fn=lookup)], QUESTION, tool_required=True, units=UNITS)
    assert inner_units, "control: the tool ran and called the LLM"
    assert {resolve_unit_alias(a, unit_key=UNIT_KEY) for a in inner_units[0]} == {"note-2"}


# ------------------------------------------------------------------------------------------ LangChain
def lc_chat(dp: Any, **kwargs: Any) -> ChatDPFusion:
    options = {"engine": dp, "epsilon": 4.0, "max_tokens": 4, "structured_max_tokens": 4, "seed": 3,
               "resolver": functools.partial(dict.__getitem__, NOTES)}
    options.update(kwargs)
    return ChatDPFusion(**options)


def flag_urgent(urgent: bool) -> str:
    """Flag the note as urgent or not."""
    return "ok"


def lc_question() -> list[Any]:
    return [mark_public(SystemMessage("You triage clinical notes.")), HumanMessage(QUESTION)]


def lc_tool_round() -> list[Any]:
    """A history whose tool result is a reference to a private record (resolved inside)."""
    return [*lc_question(),
            AIMessage("", tool_calls=[{"name": "flag_urgent", "args": {"urgent": True}, "id": "call_1"}]),
            ToolMessage(f"Record: {private_reference('note-2')}", tool_call_id="call_1")]


def test_when_langchain_tool_and_structured_paths_are_traced_then_nothing_leaks_and_each_call_is_charged_once(
        dp, tracer, ledger, debug_logs, capsys):  # noqa: F811 - the shared fixture
    """``bind_tools`` (a forced single call; auto with parallel calls) and ``with_structured_output`` (each method, with
    ``include_raw``), sync, streamed, batched and async, with tool results by reference: callbacks,
    the LangSmith tracer, logs, stdout and every returned object hold no canary and no stable id;
    the budget handler and the ledger agree on what each unit spent, call by call."""
    llm = lc_chat(dp, ledger=ledger, units=UNITS)
    recorder = Recorder()
    budget = PrivacyBudgetCallbackHandler(operator_view=True, unit_key=UNIT_KEY)
    config = {"callbacks": [recorder, budget]}
    forced = llm.bind_tools([flag_urgent], tool_choice="required", parallel_tool_calls=False)
    auto = llm.bind_tools([flag_urgent, Verdict])
    structured = [llm.with_structured_output(Verdict, method=m, include_raw=raw)
                  for m, raw in (("json_schema", True), ("function_calling", False), ("json_mode", True))]

    async def run_async() -> list[Any]:
        return [await forced.ainvoke(lc_question(), config=config),
                [c async for c in auto.astream(lc_tool_round(), config=config)],
                await structured[0].ainvoke(lc_question(), config=config)]

    outputs = [forced.invoke(lc_question(), config=config),
               list(forced.stream(lc_tool_round(), config=config)),
               auto.batch([lc_question(), lc_tool_round()], config=config),
               structured[0].invoke(lc_question(), config=config),
               structured[1].invoke(lc_tool_round(), config=config),
               structured[2].invoke(lc_question(), config=config),
               *asyncio.run(run_async())]
    assert budget.summary().calls == 10, "each decode recorded once"
    assert budget.summary().epsilon_per_unit[STABLE_UNIT] == pytest.approx(ledger.spent(STABLE_UNIT, 1e-5),
                                                                           rel=1e-3)
    out = capsys.readouterr()
    assert_clean("returned messages and parsed outputs", outputs)
    assert_clean("callbacks", recorder.dump())
    assert_clean("LangSmith tracer", traced(tracer))
    assert_clean("stdout/stderr", out.out, out.err)
    assert_clean("logs", log_text(debug_logs.records))


def test_when_structured_output_is_cut_then_the_closed_answer_carries_no_private_text_and_the_call_is_charged(
        dp, ledger, debug_logs):
    """One sampled token cannot finish a JSON object, and no closing tokens are allowed: the fixed
    completion rule closes it (``tool_call_fallback``), so the answer parses; neither it nor the raw
    message holds a canary, and each decode is still charged."""
    class Note(BaseModel):
        summary: str
        follow_up: str

    llm = lc_chat(dp, ledger=ledger, units=UNITS, structured_max_tokens=1, max_closing_tokens=0)
    budget = PrivacyBudgetCallbackHandler()
    parsed = llm.with_structured_output(Note).invoke(lc_question(), config={"callbacks": [budget]})
    raw = llm.with_structured_output(Note, include_raw=True).invoke(lc_question(), config={"callbacks": [budget]})
    assert isinstance(parsed, Note) and isinstance(raw["parsed"], Note) and raw["parsing_error"] is None
    assert raw["raw"].response_metadata["tool_call_fallback"] is True
    assert budget.summary().calls == 2 and ledger.spent(STABLE_UNIT, 1e-5) > 0
    assert_clean("closed answers", parsed, raw)
    assert_clean("logs", log_text(debug_logs.records))
