"""``DPFusionLLM``: a LlamaIndex function-calling LLM whose every answer is differentially private
with respect to the private spans of its input (DP-Fusion over a local model).

The hooks stay thin: conversions live in :mod:`.messages`, the thread/queue bridge in
:mod:`.streaming`. Async methods run the blocking decode in a worker thread, so the event loop
keeps running; streaming hands tokens back through a thread-safe queue.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

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
from pydantic import ConfigDict, Field, PrivateAttr

from dpfusion_integrations import DPFusion, PrivatizationResult
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.streaming import TextStream
from llama_index.callbacks.dpfusion.events import DPFUSION_KEY, new_spend_id, spend_event, spend_record
from llama_index.llms.dpfusion.messages import (
    PUBLIC_FLAG,
    Resolver,
    fallback_arguments,
    parse_tool_calls,
    to_core_messages,
    tool_call_block,
    tool_specs,
    tools_system_message,
)
from llama_index.llms.dpfusion.streaming import astream_in_thread, stream_in_thread

__all__ = ["DPFusionLLM"]

logger = logging.getLogger(__name__)
dispatcher = get_dispatcher(__name__)

_CALL_OPTIONS = frozenset({"epsilon", "delta", "max_new_tokens", "max_tokens", "seed", "units", "stop", "tools",
                           "tool_choice", "tool_required", "allow_parallel_tool_calls"})


@dataclass(frozen=True)
class _Call:
    """The options of one call, per-call overrides applied."""

    epsilon: float
    delta: float
    max_new_tokens: int
    seed: int | None
    units: list[str] | None
    stop: list[str] | None
    specs: list[dict[str, Any]] = field(default_factory=list)
    forced: str | None = None
    required: bool = False
    parallel: bool = True


class DPFusionLLM(FunctionCallingLLM):
    """LLM over a local model where each answer is (ε, δ)-DP per privacy group of the input.

    Private spans are tagged automatically (Presidio, offline) or marked inline with
    ``<private>…</private>``; messages flagged with :func:`mark_public` (or whose role is in
    ``public_roles``) are used as is. Private context can be passed by reference
    (:func:`private_reference`) and resolved by ``resolver`` inside the trust boundary, so callbacks and
    tracers, which see the prompt, see only the id. Responses carry the ``PrivacyReport`` in
    ``additional_kwargs["dpfusion"]`` and ``raw["dpfusion"]``; a ``PrivacySpendEvent`` is dispatched
    per call. With a ``ledger``, every unit's budget is reserved before the first token.

    Example:
        ```python
        from llama_index.llms.dpfusion import DPFusionLLM

        llm = DPFusionLLM(epsilon=8.0, max_new_tokens=128)
        print(llm.complete("Summarize: Patient John Smith, MRN 483920, has a cough.").text)
        ```
    """

    model_config = ConfigDict(protected_namespaces=(), extra="forbid")

    model_name: str = Field(default=DEFAULT_MODEL, description="Local model directory, or the embedded default "
                                                               "SmolLM2-135M-Instruct (offline).")
    device: str | None = Field(default=None, description="Torch device of the shared engine (default: CPU).")
    dtype: str | None = Field(default=None, description="float32, bfloat16 or float16 (default: the model's).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each call; 0 = public-only.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_new_tokens: int = Field(default=256, ge=1, description="Token budget of each answer (num_output); the "
                                                               "guarantee is charged for all of it.")
    temperature: float | None = Field(default=None, gt=0, description="Sampling temperature; None: the engine's. "
                                                                      "Greedy decoding would not be private.")
    context_window: int | None = Field(default=None, ge=1, description="Context window; None: the model's.")
    stop: list[str] | None = Field(default=None, description="Stop strings (cut from the answer; cost nothing).")
    seed: int | None = Field(default=None, description="Fixed seed: tests and demos only; reported as seeded.")
    group_policy: Literal["entity_type", "entity", "single"] = Field(default="entity_type",
                                                                      description="How spans form privacy groups.")
    relation: Literal["redaction", "substitution"] = Field(default="redaction",
                                                           description="Neighbouring relation of the guarantee.")
    public_roles: tuple[str, ...] = Field(default=(), description="Roles whose messages are public (never tagged), "
                                                                  "e.g. ('system',).")
    allow_no_spans: bool = Field(default=True, description="A conversation without private spans is decoded as "
                                                           "public at zero ε (False: raise NoPrivateSpansError).")
    units: list[str] | None = Field(default=None, description="Privacy units charged by every call; default: the "
                                                              "resolved reference ids, else one per tagged value.")
    tool_fallback: bool = Field(default=True, description="When a tool call is required but the answer holds none, "
                                                          "call the required tool with the (private) answer as "
                                                          "its one string argument, or with its defaults.")

    _engine: DPFusion | None = PrivateAttr(default=None)
    _views: dict[float, DPFusion] = PrivateAttr(default_factory=dict)
    _ledger: Any = PrivateAttr(default=None)
    _resolver: Resolver | None = PrivateAttr(default=None)

    def __init__(self, *, engine: DPFusion | None = None, ledger: Any = None,
                 resolver: Callable[[str], str | None] | None = None, **fields: Any) -> None:
        """``engine``: a ready ``DPFusion`` (default: one shared engine per model); ``ledger``: a
        ``PrivacyLedger`` enforcing per-unit budgets; ``resolver``: reference id → private text.
        Every other keyword is a declared field (unknown ones are an error)."""
        super().__init__(**fields)
        self._engine = engine
        self._ledger = ledger
        self._resolver = resolver

    @classmethod
    def class_name(cls) -> str:
        return "DPFusionLLM"

    @property
    def dp_engine(self) -> DPFusion:
        """The engine this LLM decodes on (the shared one is loaded on first use)."""
        if self._engine is None:
            self._engine = shared_engine(self.model_name, self.device, self.dtype)
        return self._engine

    @property
    def ledger(self) -> Any:
        """The ``PrivacyLedger`` enforcing budgets, if any."""
        return self._ledger

    @property
    def metadata(self) -> LLMMetadata:
        engine = self.dp_engine
        return LLMMetadata(context_window=self.context_window or engine.context_limit or 2048,
                           num_output=self.max_new_tokens, is_chat_model=True, is_function_calling_model=True,
                           model_name=engine.model_name, system_role=MessageRole.SYSTEM)

    # ------------------------------------------------------------------ LlamaIndex hooks
    @llm_chat_callback()
    def chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        call = self._options(kwargs)
        return self._chat_response(self._generate(messages, call), call)

    @llm_chat_callback()
    async def achat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponse:
        call = self._options(kwargs)
        result = await asyncio.to_thread(self._generate, messages, call)
        return self._chat_response(result, call)

    @llm_chat_callback()
    def stream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseGen:
        call = self._options(kwargs)
        items = stream_in_thread(lambda on_token: self._generate(messages, call, on_token))
        return self._stream(items, call, chat=True)

    @llm_chat_callback()
    async def astream_chat(self, messages: Sequence[ChatMessage], **kwargs: Any) -> ChatResponseAsyncGen:
        call = self._options(kwargs)
        items = astream_in_thread(lambda on_token: self._generate(messages, call, on_token))
        return self._astream(items, call, chat=True)

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        call = self._options(kwargs)
        return self._completion_response(self._generate(self._prompt(prompt, formatted), call))

    @llm_completion_callback()
    async def acomplete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        call = self._options(kwargs)
        result = await asyncio.to_thread(self._generate, self._prompt(prompt, formatted), call)
        return self._completion_response(result)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        call, messages = self._options(kwargs), self._prompt(prompt, formatted)
        items = stream_in_thread(lambda on_token: self._generate(messages, call, on_token))
        return self._stream(items, call, chat=False)

    @llm_completion_callback()
    async def astream_complete(self, prompt: str, formatted: bool = False,
                               **kwargs: Any) -> CompletionResponseAsyncGen:
        call, messages = self._options(kwargs), self._prompt(prompt, formatted)
        items = astream_in_thread(lambda on_token: self._generate(messages, call, on_token))
        return self._astream(items, call, chat=False)

    def _prepare_chat_with_tools(self, tools: Sequence[Any], user_msg: str | ChatMessage | None = None,
                                 chat_history: list[ChatMessage] | None = None, verbose: bool = False,
                                 allow_parallel_tool_calls: bool = False, tool_required: bool = False,
                                 tool_choice: str | dict[str, Any] | None = None, **kwargs: Any) -> dict[str, Any]:
        """The ``chat`` arguments of a tool call: the tools are described to the model in a public
        system message at decode time, and its answer is parsed into ``ToolCallBlock``s."""
        messages = list(chat_history or [])
        if user_msg is not None:
            messages.append(ChatMessage(role=MessageRole.USER, content=user_msg) if isinstance(user_msg, str)
                            else user_msg)
        return {"messages": messages, "tools": tool_specs(tools), "tool_choice": tool_choice,
                "tool_required": tool_required, "allow_parallel_tool_calls": allow_parallel_tool_calls, **kwargs}

    def get_tool_calls_from_response(self, response: ChatResponse, error_on_no_tool_call: bool = True,
                                     **kwargs: Any) -> list[ToolSelection]:
        blocks = [b for b in response.message.blocks if isinstance(b, ToolCallBlock)]
        if not blocks and error_on_no_tool_call:
            raise ValueError("Expected at least one tool call, but got 0 tool calls.")
        return [ToolSelection(tool_id=b.tool_call_id or "", tool_name=b.tool_name,
                              tool_kwargs=b.tool_kwargs if isinstance(b.tool_kwargs, dict) else {}) for b in blocks]

    # ------------------------------------------------------------------ internals
    def _options(self, kwargs: Mapping[str, Any]) -> _Call:
        unknown = set(kwargs) - _CALL_OPTIONS
        if unknown:
            logger.debug("DPFusionLLM ignores call options %s", sorted(unknown))
        specs = tool_specs(kwargs.get("tools") or [])
        choice = kwargs.get("tool_choice")
        if isinstance(choice, Mapping):  # OpenAI style {"type": "function", "function": {"name": ...}}
            choice = (choice.get("function") or choice).get("name")
        if choice == "none":
            specs = []
        names = [s["name"] for s in specs]
        required = bool(specs) and bool(kwargs.get("tool_required") or choice in ("required", "any") or choice in names)
        forced = choice if choice in names else (names[0] if required and len(names) == 1 else None)
        return _Call(epsilon=kwargs.get("epsilon", self.epsilon), delta=kwargs.get("delta", self.delta),
                     max_new_tokens=kwargs.get("max_new_tokens", kwargs.get("max_tokens", self.max_new_tokens)),
                     seed=kwargs.get("seed", self.seed), units=kwargs.get("units", self.units),
                     stop=kwargs.get("stop", self.stop), specs=specs, forced=forced, required=required,
                     parallel=bool(kwargs.get("allow_parallel_tool_calls", True)))

    def _prompt(self, prompt: str, formatted: bool) -> list[ChatMessage]:
        text = prompt if formatted else self.completion_to_prompt(prompt)
        return [ChatMessage(role=MessageRole.USER, content=text)]

    def _engine_for_call(self) -> DPFusion:
        engine, temperature = self.dp_engine, self.temperature
        if temperature is None or temperature == engine.temperature:
            return engine
        if temperature not in self._views:
            self._views[temperature] = engine.with_temperature(temperature)
        return self._views[temperature]

    def _generate(self, messages: Sequence[ChatMessage], call: _Call,
                  on_token: Callable[[int], None] | None = None) -> PrivatizationResult:
        """The blocking core call (runs in a worker thread for async and streaming calls)."""
        core, refs = to_core_messages(messages, public_roles=self.public_roles, resolver=self._resolver)
        if call.specs:
            core.insert(0, tools_system_message(call.specs, call.forced))
        return self._engine_for_call().generate(
            core, epsilon=call.epsilon, delta=call.delta, max_new_tokens=call.max_new_tokens, seed=call.seed,
            group_policy=self.group_policy, relation=self.relation, allow_no_spans=self.allow_no_spans,
            ledger=self._ledger, units=call.units or (refs or None), stop=call.stop, on_token=on_token)

    def _tool_calls(self, text: str, call: _Call) -> tuple[str, list[ToolCallBlock], bool]:
        """(content, tool calls, whether the fallback made the call)."""
        if not call.specs:
            return text, [], False
        content, calls = parse_tool_calls(text, call.specs, forced=call.forced)
        if not calls and call.required and self.tool_fallback:
            spec = next(s for s in call.specs if s["name"] == (call.forced or call.specs[0]["name"]))
            calls = [tool_call_block(spec["name"], fallback_arguments(spec, text))]
            return "", calls, True
        return content, calls if call.parallel else calls[:1], False

    def _record(self, result: PrivatizationResult) -> tuple[dict[str, Any], dict[str, Any]]:
        """(additional_kwargs, raw) of a response; dispatches the spend event."""
        spend_id = new_spend_id()
        record = spend_record(result.report, spend_id)
        dispatcher.event(spend_event(result.report, spend_id, "llm"))
        usage = {"prompt_tokens": result.input_tokens, "completion_tokens": result.report.tokens_emitted,
                 "total_tokens": result.input_tokens + result.report.tokens_emitted}
        return {DPFUSION_KEY: record, **usage}, {DPFUSION_KEY: record, "model": result.report.model_name,
                                                   "usage": usage}

    def _chat_response(self, result: PrivatizationResult, call: _Call) -> ChatResponse:
        content, calls, fallback = self._tool_calls(result.text, call)
        kwargs, raw = self._record(result)
        if call.specs:
            kwargs["tool_call_fallback"] = raw["tool_call_fallback"] = fallback
        # The answer is DP output: flagged public, so it is not tagged again when fed back.
        message = ChatMessage(role=MessageRole.ASSISTANT, blocks=[TextBlock(text=content), *calls],
                              additional_kwargs={PUBLIC_FLAG: True})
        return ChatResponse(message=message, raw=raw, additional_kwargs=kwargs)

    def _completion_response(self, result: PrivatizationResult) -> CompletionResponse:
        kwargs, raw = self._record(result)
        return CompletionResponse(text=result.text, raw=raw, additional_kwargs=kwargs)

    def _step(self, kind: str, value: Any, call: _Call, deltas: TextStream, sofar: list[str],
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
        done = self._completion_response(value)
        done.delta = deltas.finish(done.text)
        return done

    def _stream(self, items: Iterator[tuple[str, Any]], call: _Call, chat: bool) -> Iterator[Any]:
        deltas, sofar = TextStream(self.dp_engine.tokenizer, call.stop), []
        for kind, value in items:
            response = self._step(kind, value, call, deltas, sofar, chat)
            if response is not None:
                yield response

    async def _astream(self, items: AsyncIterator[tuple[str, Any]], call: _Call, chat: bool) -> AsyncIterator[Any]:
        deltas, sofar = TextStream(self.dp_engine.tokenizer, call.stop), []
        async for kind, value in items:
            response = self._step(kind, value, call, deltas, sofar, chat)
            if response is not None:
                yield response
