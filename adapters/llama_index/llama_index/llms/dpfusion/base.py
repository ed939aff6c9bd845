"""``DPFusionLLM``: a LlamaIndex function-calling LLM whose every answer is differentially private
with respect to the private spans of its input (DP-Fusion over a local model).

The hooks stay thin: conversions live in :mod:`.messages`, per-call options (and the call's grammar)
in :mod:`.options`, the thread/queue bridge in :mod:`.streaming`; a constrained output the token
budget cut is closed by the core's fixed rule (:mod:`dpfusion_integrations.engine.grammar_completion`,
shared with the LangChain adapter). Async methods run the blocking decode in a worker thread, so the
event loop keeps running; streaming hands tokens back through a thread-safe queue.

Every call reports its spend from the side that ran the decode, as soon as the core returns: a
``PrivacySpendEvent`` (in the call's context, so handlers attribute it to the call's trace) and the
spend record to the ``DPFusionCallbackHandler``s of the callback manager. A stream whose consumer
leaves, or an awaited call whose task is cancelled, is therefore still counted; the response
carries the same spend id, so nothing is counted twice. A decode that fails after releasing
tokens reports the full charge it keeps (``refundable=False``).
"""

from __future__ import annotations

import asyncio
import contextvars
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Literal, NamedTuple

from llama_index.core.base.llms.types import (
    ChatMessage,
    ChatResponse,
    ChatResponseAsyncGen,
    ChatResponseGen,
    CompletionResponse,
    CompletionResponseAsyncGen,
    CompletionResponseGen,
    LLMMetadata,
    MessageRole,
    TextBlock,
    ToolCallBlock,
)
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.llms.callbacks import llm_chat_callback, llm_completion_callback
from llama_index.core.llms.function_calling import FunctionCallingLLM
from llama_index.core.llms.llm import ToolSelection
from llama_index.core.types import PydanticProgramMode
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from dpfusion_integrations import DPFusion, PrivacyReport, PrivatizationResult
from dpfusion_integrations.dpfusion import DEFAULT_CLOSING_TOKENS, MAX_CLOSING_TOKENS
from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.engine.grammar_completion import FALLBACK_KEY, complete_output
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.streaming import TextStream
from llama_index.callbacks.dpfusion.callback_handler import DPFusionCallbackHandler
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, new_spend_id, spend_event, spend_record
from llama_index.callbacks.dpfusion.parameters import CONSTRUCTOR_ALIASES, merge_aliases
from llama_index.callbacks.dpfusion.sealed import Sealed, refuse_pickling
from llama_index.llms.dpfusion.calls import call_scope, current_scope, hand_units_along, traced_as, untraced
from llama_index.llms.dpfusion.messages import (
    PUBLIC_FLAG,
    parse_tool_calls,
    to_core_messages,
    tool_specs,
    tools_system_message,
)
from llama_index.llms.dpfusion.options import CallOptions, call_options, check_units
from llama_index.llms.dpfusion.streaming import Produce, aclosing, astream_in_thread, closing, stream_in_thread
from llama_index.llms.dpfusion.structured import DPFusionStructuredLLM

__all__ = ["DPFusionLLM"]

dispatcher = get_dispatcher(__name__)
#: Engine views kept per LLM, one per temperature (a view shares the model; it costs a decoder).
_MAX_VIEWS = 8
#: Default sampled-token floor of a call that must call a tool (``DPFusionLLM.min_tool_call_tokens``).
#: Measured on the embedded SmolLM2 at ε = 8 (required call, two tools, string arguments, 8 seeds): 3 to
#: 16 sampled tokens in 6 calls, 33 and 64+ in the others; the JSON around them is forced and free.
MIN_TOOL_CALL_TOKENS = 64


class Decoded(NamedTuple):
    """One decoded call: the core's result, its spend id, and the released text with the
    completion of a constrained output cut by the budget (``completed``: one was needed)."""

    result: PrivatizationResult
    spend_id: str
    text: str
    completed: bool


@hand_units_along(FunctionCallingLLM)  # chat_with_tools, predict_and_call, structured_predict, ...
class DPFusionLLM(FunctionCallingLLM):
    """LLM over a local model where each answer is (ε, δ)-DP per privacy group of the input.

    Private spans are tagged automatically (Presidio, offline) or marked inline with
    ``<private>…</private>``; messages flagged with :func:`mark_public` (or whose role is in
    ``public_roles``) are used as is. Private context can be passed by reference
    (:func:`private_reference`) and resolved by ``resolver`` inside the trust boundary, so callbacks and
    tracers, which see the prompt, see only the id. Responses carry the ``PrivacyReport`` in
    ``additional_kwargs["dpfusion"]`` and ``raw["dpfusion"]`` (units as per-call aliases); a
    ``PrivacySpendEvent`` is dispatched per call, streams included. With a ``ledger``, every unit's
    budget is reserved before the first token. With tools bound (``chat_with_tools``, agents,
    ``structured_predict``) the output follows the tool-call grammar, so every call parses and its
    arguments validate against the tool's schema; ``grammar`` constrains calls without tools (e.g.
    :func:`~llama_index.llms.dpfusion.react.react_grammar` for a ``ReActAgent``). The engine, ledger
    and resolver are kept out of ``repr``, serialization, ``vars()`` and tracing (see
    ``llama_index.callbacks.dpfusion.sealed``); the LLM cannot be pickled.

    The token budget is ``max_new_tokens``, also accepted as ``num_output`` or ``max_tokens`` (in the
    constructor and per call; names that disagree are an error), and ``model_name`` as ``model``.
    Unknown constructor arguments and call options are refused, never ignored (see
    ``docs/llama_index.md``, "Parameter names").

    Example:
        ```python
        from llama_index.llms.dpfusion import DPFusionLLM

        llm = DPFusionLLM(epsilon=8.0, max_new_tokens=128)
        print(llm.complete("Summarize: Patient John Smith, MRN 483920, has a cough.").text)
        ```
    """

    model_config = ConfigDict(protected_namespaces=(), extra="forbid", hide_input_in_errors=True)

    model_name: str = Field(default=DEFAULT_MODEL, description="Local model directory, or the embedded default "
                                                               "SmolLM2-135M-Instruct (offline).")
    device: str | None = Field(default=None, description="Torch device of the shared engine (default: CPU).")
    dtype: str | None = Field(default=None, description="float32, bfloat16 or float16 (default: the model's).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each call; 0 = public-only.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_new_tokens: int = Field(default=256, ge=1, description="Token budget of each answer (aliases: num_output, "
                                                               "max_tokens); the guarantee is charged for all of it.")
    temperature: float | None = Field(default=None, gt=0, description="Sampling temperature; None: the engine's. "
                                                                      "Greedy decoding would not be private.")
    context_window: int | None = Field(default=None, ge=1, description="Context window; None: the model's.")
    stop: list[str] | None = Field(default=None, description="Stop strings (cut from the answer; cost nothing).")
    seed: int | None = Field(default=None, description="Fixed seed: tests and demos only; reported as seeded.")
    group_policy: Literal["entity_type", "entity", "single"] = Field(default="entity_type",
                                                                      description="How spans form privacy groups.")
    relation: Literal["redaction", "substitution"] = Field(default="redaction",
                                                           description="Neighbouring relation of the guarantee.")
    public_roles: tuple[str, ...] = Field(default=(), description=(
        "Roles whose messages are public (never tagged), e.g. ('system',). Whole roles: text a framework puts "
        "in such a message (memory, retrieved context) is public too; prefer public_texts."))
    public_texts: tuple[str, ...] = Field(default=(), description=(
        "Exact message texts that are public (e.g. the agent's system prompt): bound to the content, so a "
        "message with anything added to it is tagged as usual."))
    allow_no_spans: bool = Field(default=True, description="A conversation without private spans is decoded as "
                                                           "public at zero ε (False: raise NoPrivateSpansError).")
    max_closing_tokens: int = Field(default=DEFAULT_CLOSING_TOKENS, ge=0, le=MAX_CLOSING_TOKENS, description=(
        "A tool call or JSON answer that the sampled budget cuts is completed by at most this many more "
        "tokens drawn from the public context alone (free: ε = 0; see docs/guarantee.md). 0: off (the "
        "fixed completion rule then closes it, tool_call_fallback=True)."))
    min_tool_call_tokens: int = Field(default=MIN_TOOL_CALL_TOKENS, ge=1,
                                      description="Smallest sampled-token budget of a call that must call a tool "
                                                  "(tool_required, a named tool_choice, structured_predict) and "
                                                  "gives no budget of its own: it decodes max(max_new_tokens, "
                                                  "this). Tokens the grammar forces are free and not counted.")
    grammar: Grammar | None = Field(default=None, description="A public grammar every call without tools must "
                                                              "follow, e.g. react_grammar(tools) for a ReActAgent "
                                                              "(llama_index.llms.dpfusion.react).")

    _sealed: Sealed = PrivateAttr(default_factory=Sealed)

    def __init__(self, *, engine: DPFusion | None = None, ledger: Any = None,
                 resolver: Callable[[str], str | None] | None = None, units: Sequence[str] | None = None,
                 **fields: Any) -> None:
        """``engine``: a ready ``DPFusion`` (default: one shared engine per model); ``ledger``: a
        ``PrivacyLedger`` enforcing per-unit budgets; ``resolver``: reference id → private text;
        ``units``: the privacy units every call charges (a non-empty list of stable ids; default:
        the resolved reference ids, else one per tagged value), kept with the private state since
        stable ids never leave the boundary. Every other keyword is a declared field or one of its
        aliases (``num_output``/``max_tokens``, ``model``); unknown ones are an error."""
        checked = check_units(units)
        super().__init__(**merge_aliases(fields, CONSTRUCTOR_ALIASES, owner="DPFusionLLM"))  # typed error
        self._sealed = Sealed(engine=engine, views={}, ledger=ledger, resolver=resolver, units=checked)

    @model_validator(mode="before")
    @classmethod
    def _merge_aliases(cls, data: Any) -> Any:
        """The aliases also on ``model_validate`` (``__init__`` has merged them already)."""
        return merge_aliases(data, CONSTRUCTOR_ALIASES, owner="DPFusionLLM") if isinstance(data, dict) else data

    def __getstate__(self) -> dict[str, Any]:
        refuse_pickling(self)

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionLLM"

    @property
    def dp_engine(self) -> DPFusion:
        """The engine this LLM decodes on (the shared one is loaded on first use)."""
        if self._sealed.engine is None:
            self._sealed.engine = shared_engine(self.model_name, self.device, self.dtype)
        return self._sealed.engine

    @property
    def ledger(self) -> Any:
        """The ``PrivacyLedger`` enforcing budgets, if any."""
        return self._sealed.ledger

    @property
    def units(self) -> list[str] | None:
        """The privacy units every call charges (``None``: the default units)."""
        units = self._sealed.units
        return None if units is None else list(units)

    @property
    def metadata(self) -> LLMMetadata:
        engine = self.dp_engine
        return LLMMetadata(context_window=self.context_window or engine.context_limit or 2048,
                           num_output=self.max_new_tokens, is_chat_model=True, is_function_calling_model=True,
                           model_name=engine.model_name, system_role=MessageRole.SYSTEM)

    # ------------------------------------------------------------------ LlamaIndex hooks
    # The public hooks take per-call unit ids out of the arguments and hand the call to the traced
    # inner hooks below (see .calls); streams return the consumer's end (see .streaming).
    @untraced
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        with call_scope(kwargs) as (inner, _):
            return self._chat(messages, **inner)

    @untraced
    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        with call_scope(kwargs) as (inner, _):
            return await self._achat(messages, **inner)

    @untraced
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        with call_scope(kwargs) as (inner, scope):
            return closing(self._stream_chat(messages, **inner), scope.gone)

    @untraced
    async def astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseAsyncGen:
        with call_scope(kwargs) as (inner, scope):
            return aclosing(await self._astream_chat(messages, **inner), scope.gone)

    @untraced
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        with call_scope(kwargs) as (inner, _):
            return self._complete(prompt, formatted, **inner)

    @untraced
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        with call_scope(kwargs) as (inner, _):
            return await self._acomplete(prompt, formatted, **inner)

    @untraced
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        with call_scope(kwargs) as (inner, scope):
            return closing(self._stream_complete(prompt, formatted, **inner), scope.gone)

    @untraced
    async def astream_complete(self, prompt: str, formatted: bool = False,
                               **kwargs: Any) -> CompletionResponseAsyncGen:
        with call_scope(kwargs) as (inner, scope):
            return aclosing(await self._astream_complete(prompt, formatted, **inner), scope.gone)

    @traced_as("chat", llm_chat_callback)
    def _chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        call = self._options(kwargs)
        return self._chat_response(self._decode(messages, call), call)

    @traced_as("achat", llm_chat_callback)
    async def _achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        call = self._options(kwargs)
        return self._chat_response(await asyncio.to_thread(self._decode, messages, call), call)

    @traced_as("stream_chat", llm_chat_callback)
    def _stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        call = self._options(kwargs)
        return self._stream(stream_in_thread(self._producer(messages, call), context=contextvars.copy_context(),
                                             gone=current_scope().gone), call, chat=True)

    @traced_as("astream_chat", llm_chat_callback)
    async def _astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseAsyncGen:
        call = self._options(kwargs)
        return self._astream(astream_in_thread(self._producer(messages, call), context=contextvars.copy_context(),
                                               gone=current_scope().gone), call, chat=True)

    @traced_as("complete", llm_completion_callback)
    def _complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        call = self._options(kwargs)
        return self._completion_response(self._decode(self._prompt(prompt, formatted), call), call)

    @traced_as("acomplete", llm_completion_callback)
    async def _acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        call = self._options(kwargs)
        decoded = await asyncio.to_thread(self._decode, self._prompt(prompt, formatted), call)
        return self._completion_response(decoded, call)

    @traced_as("stream_complete", llm_completion_callback)
    def _stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        call, messages = self._options(kwargs), self._prompt(prompt, formatted)
        return self._stream(stream_in_thread(self._producer(messages, call), context=contextvars.copy_context(),
                                             gone=current_scope().gone), call, chat=False)

    @traced_as("astream_complete", llm_completion_callback)
    async def _astream_complete(self, prompt: str, formatted: bool = False,
                                **kwargs: Any) -> CompletionResponseAsyncGen:
        call, messages = self._options(kwargs), self._prompt(prompt, formatted)
        return self._astream(astream_in_thread(self._producer(messages, call), context=contextvars.copy_context(),
                                               gone=current_scope().gone), call, chat=False)

    def _prepare_chat_with_tools(self, tools: Sequence[Any], user_msg: str | ChatMessage | None = None,
                                 chat_history: list[ChatMessage] | None = None, verbose: bool = False,
                                 allow_parallel_tool_calls: bool = False, tool_required: bool = False,
                                 tool_choice: str | dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
        """The ``chat`` arguments of a tool call: the tools are described to the model in a public
        system message at decode time, the output follows the tool-call grammar (a named
        ``tool_choice`` or ``tool_required=True``: one call, or several with
        ``allow_parallel_tool_calls``; otherwise ``"auto"``: prose or calls), and the calls are parsed
        into ``ToolCallBlock``s whose arguments validate against their tool's schema."""
        messages = list(chat_history or [])
        if user_msg is not None:
            messages.append(ChatMessage(role=MessageRole.USER, content=user_msg) if isinstance(user_msg, str)
                            else user_msg)
        return {"messages": messages, "tools": tool_specs(tools), "tool_choice": tool_choice,
                "tool_required": tool_required, "allow_parallel_tool_calls": allow_parallel_tool_calls, **kwargs}

    def as_structured_llm(self, output_cls: type[BaseModel], **kwargs: Any) -> DPFusionStructuredLLM:
        """LlamaIndex's ``StructuredLLM`` around this LLM, whose hooks take per-call ``units`` out of
        their arguments before LlamaIndex traces them, as this LLM's do."""
        return DPFusionStructuredLLM(llm=self, output_cls=output_cls, **kwargs)

    def get_tool_calls_from_response(self, response: ChatResponse, error_on_no_tool_call: bool = True,
                                     **kwargs: Any) -> list[ToolSelection]:
        blocks = [b for b in response.message.blocks if isinstance(b, ToolCallBlock)]
        if not blocks and error_on_no_tool_call:
            raise ValueError("Expected at least one tool call, but got 0 tool calls.")
        return [ToolSelection(tool_id=b.tool_call_id or "", tool_name=b.tool_name,
                              tool_kwargs=b.tool_kwargs if isinstance(b.tool_kwargs, dict) else {}) for b in blocks]

    # ------------------------------------------------------------------ structured output
    # ``structured_predict`` / ``astructured_predict`` (and so ``as_structured_llm``) run LlamaIndex's
    # ``FunctionCallingProgram``: a required call of a tool made from the output class, whose
    # arguments the tool-call grammar makes valid. Its streaming forms pass no ``tool_required``, so
    # the two hooks below name that tool as the ``tool_choice``: every stream ends with the call too.
    def _structured_program(self, output_cls: type[BaseModel], prompt: Any) -> Any:
        """LlamaIndex's program for ``output_cls`` in this LLM's ``pydantic_program_mode``; the
        function-calling one with its tool as the ``tool_choice``."""
        from llama_index.core.program.function_program import get_function_tool
        from llama_index.core.program.utils import get_program_for_llm

        extra: dict[str, Any] = {}
        if self.pydantic_program_mode in (PydanticProgramMode.DEFAULT, PydanticProgramMode.FUNCTION):
            extra["tool_choice"] = get_function_tool(output_cls).metadata.get_name()
        return get_program_for_llm(output_cls, prompt, self, pydantic_program_mode=self.pydantic_program_mode,
                                   **extra)

    def _structured_stream_call(self, output_cls: type[BaseModel], prompt: Any,
                                llm_kwargs: dict[str, Any] | None = None, **prompt_args: Any) -> Any:
        return self._structured_program(output_cls, prompt).stream_call(llm_kwargs=llm_kwargs, **prompt_args)

    async def _structured_astream_call(self, output_cls: type[BaseModel], prompt: Any,
                                       llm_kwargs: dict[str, Any] | None = None, **prompt_args: Any) -> Any:
        return await self._structured_program(output_cls, prompt).astream_call(llm_kwargs=llm_kwargs,
                                                                                **prompt_args)

    # ------------------------------------------------------------------ internals
    def _options(self, kwargs: Mapping[str, Any]) -> CallOptions:
        scope = current_scope()
        units = scope.units if scope.units_given else self.units
        return call_options(kwargs, epsilon=self.epsilon, delta=self.delta, max_new_tokens=self.max_new_tokens,
                            seed=self.seed, units=units, stop=self.stop, temperature=self.temperature,
                            settings={*type(self).model_fields, "model"}, grammar=self.grammar,
                            min_tool_call_tokens=self.min_tool_call_tokens)

    def _prompt(self, prompt: str, formatted: bool) -> list[ChatMessage]:
        text = prompt if formatted else self.completion_to_prompt(prompt)
        return [ChatMessage(role=MessageRole.USER, content=text)]

    def _engine_for_call(self, call: CallOptions | None = None) -> DPFusion:
        """The engine at the call's temperature (default: the field's; None: the engine's own), one
        cached view per temperature."""
        engine, views = self.dp_engine, self._sealed.views
        temperature = call.temperature if call is not None else self.temperature
        if temperature is None or temperature == engine.temperature:
            return engine
        if temperature not in views:
            if len(views) >= _MAX_VIEWS:  # per-call temperatures: keep the cache small
                return engine.with_temperature(temperature)
            views[temperature] = engine.with_temperature(temperature)
        return views[temperature]

    def _generate(self, messages: Sequence[ChatMessage], call: CallOptions,
                  on_token: Callable[[int], bool] | None = None,
                  on_start: Callable[[PrivacyReport], None] | None = None) -> PrivatizationResult:
        """The blocking core call (runs in a worker thread for async and streaming calls)."""
        converted = to_core_messages(messages, public_roles=self.public_roles, public_texts=self.public_texts,
                                     resolver=self._sealed.resolver)
        if converted.error is not None:
            error = converted.error
            del converted  # raised from here, the traceback holds no resolved text
            raise error
        core, refs = converted.messages, converted.refs
        if call.specs:
            core.insert(0, tools_system_message(call.specs, call.forced))
        units = call.units if call.units is not None else (refs or None)  # never `or`: [] is not "default"
        return self._engine_for_call(call).generate(
            core, epsilon=call.epsilon, delta=call.delta, max_new_tokens=call.max_new_tokens, seed=call.seed,
            group_policy=self.group_policy, relation=self.relation, allow_no_spans=self.allow_no_spans,
            ledger=self._sealed.ledger, units=units, stop=call.stop, on_token=on_token, on_start=on_start,
            grammar=call.grammar, max_closing_tokens=self.max_closing_tokens)

    def _producer(self, messages: Sequence[ChatMessage], call: CallOptions) -> Produce[Decoded]:
        return lambda on_token: self._decode(messages, call, on_token)

    def _decode(self, messages: Sequence[ChatMessage], call: CallOptions,
                on_token: Callable[[int], bool] | None = None) -> Decoded:
        """The core call, with its spend reported here, on the producing side, as soon as the core
        returns (see the module doc), then the completion of a constrained output the budget cut
        (post-processing: free). ``on_token`` makes it a stream. Runs in the worker thread of
        async and streaming calls, so the completion does not block the event loop either."""
        spend_id, started, released = new_spend_id(), [], [0]

        def count(token: int) -> bool:
            released[0] += 1
            return bool(on_token(token)) if on_token is not None else False

        try:
            result = self._generate(messages, call, None if on_token is None else count, started.append)
        except BaseException:
            if released[0] and started:  # tokens left, then it failed: the ledger keeps the full charge
                self._report_spend(started[0], spend_id, refundable=False)
            raise
        self._report_spend(result.report, spend_id, refundable=True)
        if call.grammar is None:
            return Decoded(result, spend_id, result.text, completed=False)
        suffix = complete_output(self.dp_engine, call.grammar, result.text)
        return Decoded(result, spend_id, result.text + suffix, completed=bool(suffix))

    def _report_spend(self, report: PrivacyReport, spend_id: str, *, refundable: bool) -> None:
        """Dispatch the spend event and hand the record to this LLM's DP-Fusion callback handlers."""
        dispatcher.event(spend_event(report, spend_id, "llm", refundable=refundable))
        record = spend_record(report, spend_id, refundable=refundable)
        for handler in list(self.callback_manager.handlers):
            if isinstance(handler, DPFusionCallbackHandler):
                handler.record_spend(record)

    @staticmethod
    def _record(result: PrivatizationResult, spend_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(additional_kwargs, raw) of a response (its spend was reported by :meth:`_decode`)."""
        record = spend_record(result.report, spend_id)
        usage = {"prompt_tokens": result.input_tokens, "completion_tokens": result.report.tokens_emitted,
                 "total_tokens": result.input_tokens + result.report.tokens_emitted}
        return {DPFUSION_KEY: record, **usage}, {DPFUSION_KEY: record, "model": result.report.model_name,
                                                   "usage": usage}

    @staticmethod
    def _completion_flag(decoded: Decoded, call: CallOptions, kwargs: dict[str, Any], raw: dict[str, Any]) -> None:
        """``tool_call_fallback`` on constrained responses: True when the budget ended the output early
        and the core's fixed rule (``engine.grammar_completion``) closed it (the model did not choose
        that part)."""
        if call.grammar is not None:
            kwargs[FALLBACK_KEY] = raw[FALLBACK_KEY] = decoded.completed

    def _chat_response(self, decoded: Decoded, call: CallOptions) -> ChatResponse:
        content, calls = parse_tool_calls(decoded.text, call.specs) if call.specs else (decoded.text, [])
        kwargs, raw = self._record(decoded.result, decoded.spend_id)
        self._completion_flag(decoded, call, kwargs, raw)
        # The answer is DP output: flagged public, so it is not tagged again when fed back. Calls are
        # also listed OpenAI-style in ``tool_calls``, where LlamaIndex's streaming programs look.
        extra: dict[str, Any] = {PUBLIC_FLAG: True}
        if calls:
            extra["tool_calls"] = [{"id": c.tool_call_id, "type": "function",
                                    "function": {"name": c.tool_name, "arguments": json.dumps(c.tool_kwargs)}}
                                   for c in calls]
        message = ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=content), *calls],
                              additional_kwargs=extra)
        return ChatResponse(message=message, raw=raw, additional_kwargs=kwargs)

    def _completion_response(self, decoded: Decoded, call: CallOptions) -> CompletionResponse:
        kwargs, raw = self._record(decoded.result, decoded.spend_id)
        self._completion_flag(decoded, call, kwargs, raw)
        return CompletionResponse(text=decoded.text, raw=raw, additional_kwargs=kwargs)

    def _step(self, kind: str, value: Any, call: CallOptions, deltas: TextStream, sofar: list[str],
              chat: bool) -> ChatResponse | CompletionResponse | None:
        """One streamed item → a response to yield (or None): token deltas, then the final response
        carrying the report. With tools, text is sent only at the end, once calls are parsed."""
        if kind == "token":
            delta = "" if call.specs else deltas.push(value)
            if not delta:
                return None
            sofar.append(delta)
            if chat:
                return ChatResponse(message=ChatMessage(role=MessageRole.ASSISTANT, content="".join(sofar)),
                                    delta=delta)
            return CompletionResponse(text="".join(sofar), delta=delta)
        if chat:
            final = self._chat_response(value, call)
            final.delta = deltas.finish(final.message.content or "")
            return final
        done = self._completion_response(value, call)
        done.delta = deltas.finish(done.text)
        return done

    def _stream(self, items: Iterator[tuple[str, Any]], call: CallOptions, chat: bool) -> Iterator[Any]:
        deltas, sofar = TextStream(self.dp_engine.tokenizer, call.stop), []
        for kind, value in items:
            response = self._step(kind, value, call, deltas, sofar, chat)
            if response is not None:
                yield response

    async def _astream(self, items: AsyncIterator[tuple[str, Any]], call: CallOptions,
                       chat: bool) -> AsyncIterator[Any]:
        deltas, sofar = TextStream(self.dp_engine.tokenizer, call.stop), []
        async for kind, value in items:
            response = self._step(kind, value, call, deltas, sofar, chat)
            if response is not None:
                yield response
