"""``ChatDPFusion``: a LangChain chat model whose every answer is differentially private with
respect to the private spans of its input messages (DP-Fusion over a local model)."""

from __future__ import annotations

import asyncio
import contextvars
import math
import queue
import threading
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, Literal

from langchain_core.caches import BaseCache
from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManager, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput, LangSmithParams
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, InvalidToolCall, ToolCall
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig, ensure_config
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, model_validator

from dpfusion_integrations import DPFusion, PrivatizationResult
from dpfusion_integrations.dpfusion import DEFAULT_CLOSING_TOKENS, MAX_CLOSING_TOKENS
from dpfusion_integrations.budget import check_units
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.streaming import TextStream
from langchain_dpfusion._ledger import ledger_from_callbacks
from langchain_dpfusion._answer_stream import AnswerStream
from langchain_dpfusion._messages import convert_messages, resolve_references
from langchain_dpfusion._output import (
    FALLBACK_KEY,
    ClosedAnswer,
    OutputSpec,
    close_answer,
    normalize_tool_choice,
    output_spec,
    parse_output,
)
from langchain_dpfusion._parameters import (
    CHAT_ALIASES,
    CHAT_CALL_OPTIONS,
    LANGCHAIN_CALL_OPTIONS,
    merge_aliases,
    refuse_unknown,
)
from langchain_dpfusion._repr import public_repr_args
from langchain_dpfusion._streaming import Delivery, RunLink, asteps_with_link, current_link, steps_with_link
from langchain_dpfusion._structured import StructuredMethod, structured_output

#: The sharpest sampling a DP call allows; ``temperature=0`` (greedy) maps here, see ``temperature``.
MIN_DP_TEMPERATURE = 0.05

#: The settings ``repr``/``str`` show (and hence ``dumpd(model)["repr"]`` in callbacks and traces); the
#: resolver, engine, ledger, units, cache and any field added later stay out (see ``_repr``).
_PUBLIC_FIELDS = ("model_name", "device", "dtype", "epsilon", "delta", "max_tokens", "structured_max_tokens",
                  "max_closing_tokens", "temperature", "stop", "seed", "group_policy", "relation", "public_roles",
                  "public_texts", "allow_no_spans", "streaming")


class ChatDPFusion(BaseChatModel):
    """Chat model over a local LLM where each answer is (ε, δ)-DP per privacy group of the input.

    Private spans in the messages are tagged automatically (Presidio, offline), or marked inline with
    ``<private>…</private>``; messages marked with :func:`langchain_dpfusion.mark_public` (or whose role
    is in ``public_roles``) are used as is. ``response_metadata["dpfusion"]`` carries the
    ``PrivacyReport``. Calls share one engine per model and are serialized on it.

    ``max_tokens`` (LangChain's name) is also accepted as ``max_new_tokens`` (the core's), in the
    constructor and per call; unknown constructor or call arguments are refused, never ignored
    (see ``docs/langchain.md``, "Parameter names").

    Example:
        ```python
        from langchain_dpfusion import ChatDPFusion

        llm = ChatDPFusion(epsilon=8.0, max_tokens=128)
        llm.invoke("Summarize: Patient John Smith, MRN 483920, has a cough.")
        ```
    """

    model_config = ConfigDict(populate_by_name=True, arbitrary_types_allowed=True, protected_namespaces=(),
                              extra="forbid",  # an unknown argument is an error, never silently dropped
                              hide_input_in_errors=True)  # a ValidationError must not quote a private store

    model_name: str = Field(default=DEFAULT_MODEL, alias="model",
                            description="Local model directory, or the embedded default SmolLM2-135M-Instruct.")
    device: str | None = Field(default=None, description="Torch device (default: CPU).")
    dtype: str | None = Field(default=None, description="float32, bfloat16 or float16 (default: the model's).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each call; 0 = public-only.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_tokens: int = Field(default=256, ge=1, description="Token budget of each answer (alias: max_new_tokens, "
                                                           "the core's name); the guarantee is charged for it (the "
                                                           "unused tail is refunded in a ledger).")
    structured_max_tokens: int | None = Field(default=None, ge=1, description=(
        "Sampled-token budget of an answer that is JSON only: a forced tool call (tool_choice 'required', 'any' "
        "or a tool's name) or with_structured_output. Tokens the grammar forces (punctuation, key and tool "
        "names) are free and not counted, so this counts argument values only. None: max_tokens. A smaller "
        "budget sharpens each token's share of ε; one too small for the values cuts the answer, which the "
        "public closing phase and then a fixed completion rule close (response_metadata['tool_call_fallback']). "
        "A per-call max_tokens wins."))
    max_closing_tokens: int = Field(default=DEFAULT_CLOSING_TOKENS, ge=0, le=MAX_CLOSING_TOKENS, description=(
        "A tool call or JSON answer that the sampled budget cuts is completed by at most this many more "
        "tokens drawn from the public context alone (free: ε = 0; see docs/guarantee.md). 0: off. Whatever "
        "is still cut after it is closed by a fixed completion rule (free post-processing), and "
        "response_metadata['tool_call_fallback'] is True."))
    temperature: float | None = Field(default=None, ge=0, description=(
        "Sampling temperature applied to every context before mixing. None: the engine's default (0.5). "
        f"0 requests the sharpest DP sampling, temperature {MIN_DP_TEMPERATURE}: exact greedy decoding "
        "would not be differentially private."))
    stop: list[str] | None = Field(default=None, description="Stop strings (cut from the answer; costs nothing).")
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
    allow_no_spans: bool = Field(default=True, description="A conversation with no private span is decoded as "
                                                           "public at zero ε (False: raise NoPrivateSpansError).")
    units: list[str] | None = Field(default=None, exclude=True, repr=False, description=(
        "Privacy units charged for every call (e.g. a patient id); default: one per tagged value. Never shown "
        "in repr, callbacks or traces (those see per-call aliases only); [] is an error."))
    ledger: Any = Field(default=None, exclude=True, repr=False,
                        description="A PrivacyLedger enforcing per-unit budgets.")
    streaming: bool = Field(default=False, description="Stream tokens from invoke (LangChain convention).")
    timeout: float | None = Field(default=None, description="Accepted for compatibility and ignored: decoding is "
                                                            "local and has no network timeout.")
    max_retries: int = Field(default=0, ge=0, description="Accepted for compatibility and ignored: a retry would "
                                                          "spend the privacy budget twice.")
    api_key: SecretStr | None = Field(default=None, description="Accepted for compatibility and ignored: the "
                                                                "model is local.")
    engine: DPFusion | None = Field(default=None, exclude=True, repr=False,
                                    description="A ready engine (otherwise one shared engine per model).")
    resolver: Callable[[str], str] | None = Field(default=None, exclude=True, repr=False, description=(
        "Resolves private references {{private:ID}} in messages to text inside the trust boundary, so that "
        "callbacks and tracers, which see the model's input, only ever see the reference. It runs quarantined "
        "(no callbacks, traces or log text); its errors leave naming only their type."))
    cache: BaseCache | bool | None = Field(default=False, exclude=True, repr=False, description=(
        "LangChain LLM cache. Off by default: the cache key is the raw input messages, so a SQLite or Redis "
        "cache would write private text to disk or send it to a server. An answer replayed from a cache you "
        "enable is post-processing: PrivacyBudgetCallbackHandler never charges a cache hit again."))

    _resolved: DPFusion | None = PrivateAttr(default=None)

    # ------------------------------------------------------------------ LangChain hooks
    def __init__(self, **kwargs: Any) -> None:
        kwargs = merge_aliases(kwargs, CHAT_ALIASES, owner="ChatDPFusion")  # typed errors, before pydantic
        check_units(kwargs.get("units"))  # [] would charge nobody
        super().__init__(**kwargs)

    @model_validator(mode="before")
    @classmethod
    def _merge_aliases(cls, data: Any) -> Any:
        """The aliases also on ``model_validate`` (``__init__`` has merged them already)."""
        return merge_aliases(data, CHAT_ALIASES, owner="ChatDPFusion") if isinstance(data, dict) else data

    def __repr_args__(self) -> Any:
        return public_repr_args(self, _PUBLIC_FIELDS)

    @property
    def _llm_type(self) -> str:
        return "dpfusion"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "epsilon": self.epsilon, "delta": self.delta,
                "max_tokens": self.max_tokens, "relation": self.relation, "group_policy": self.group_policy}

    def _get_invocation_params(self, stop: list[str] | None = None, **kwargs: Any) -> dict[str, Any]:
        """What callbacks and traces see of a call: per-call unit ids become a count."""
        params = super()._get_invocation_params(stop=stop, **kwargs)
        if params.get("units") is not None:
            params["units"] = f"<{len(params['units'])} caller unit(s)>"
        return params

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        max_tokens = kwargs.get("max_tokens", kwargs.get("max_new_tokens", self.max_tokens))
        params = LangSmithParams(ls_provider="dpfusion", ls_model_name=kwargs.get("model", self.model_name),
                                 ls_model_type="chat", ls_max_tokens=max_tokens)
        temperature = kwargs.get("temperature", self.temperature)
        if temperature is not None:
            params["ls_temperature"] = temperature
        if stop or self.stop:
            params["ls_stop"] = stop or self.stop
        return params

    def _should_stream(self, *, async_api: bool, run_manager: Any = None, **kwargs: Any) -> bool:
        # LangChain's generate path would call _stream without its run manager (no budget ledger, no
        # spend report if the stream breaks off); _generate / _agenerate stream with it instead.
        if run_manager is not None:
            return False
        return super()._should_stream(async_api=async_api, **kwargs)

    def _streams(self, async_api: bool, run_manager: Any, kwargs: dict[str, Any]) -> bool:
        return run_manager is not None and BaseChatModel._should_stream(
            self, async_api=async_api, run_manager=run_manager, **kwargs)

    def bind(self, **kwargs: Any) -> Any:
        """LangChain's ``bind``, refusing at once a call option that no call would accept."""
        self._check_call_options(kwargs)
        return super().bind(**kwargs)

    def bind_tools(self, tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool], *,
                   tool_choice: str | bool | dict[str, Any] | None = None, strict: bool | None = None,
                   **kwargs: Any) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind ``tools``: they are described to the model in a public system message, and every answer
        is decoded under their grammar, so each tool call it makes names a bound tool and carries
        arguments valid against that tool's schema.

        ``tool_choice``: ``"auto"`` (the default with tools: the model answers in prose or calls
        tools), ``"required"`` / ``"any"`` / ``True`` (at least one call), a tool's name (calls to that
        tool), ``"none"`` (no call); OpenAI- and Anthropic-style dicts are accepted too.
        ``parallel_tool_calls=False`` (a call option) allows one call per answer. ``strict`` is
        accepted for compatibility: calls are always schema-valid. Other keyword arguments are call
        options, as in :meth:`bind`.
        """
        formatted = [convert_to_openai_tool(t) for t in tools]
        names = [t["function"]["name"] for t in formatted]
        if strict is not None and not isinstance(strict, bool):
            raise InvalidParameterError("strict must be True, False or None")
        return self.bind(tools=formatted, tool_choice=normalize_tool_choice(tool_choice, names), **kwargs)

    def with_structured_output(self, schema: dict[str, Any] | type | None = None, *,  # type: ignore[override]
                               method: StructuredMethod = "json_schema", include_raw: bool = False,
                               strict: bool | None = None) -> Runnable[LanguageModelInput, dict[str, Any] | BaseModel]:
        """A runnable whose answers follow ``schema`` (a pydantic model, TypedDict, JSON schema or
        OpenAI tool schema) and come back parsed: the model instance for a pydantic schema, else a dict.

        ``method``: ``"json_schema"`` (default; the answer is decoded under the schema's grammar),
        ``"function_calling"`` (a forced call to the schema as a tool) or ``"json_mode"`` (any JSON
        object). ``include_raw=True`` returns ``{"raw", "parsed", "parsing_error"}``. An answer the token
        budget cut is closed (see ``max_closing_tokens``), so it parses; the raw message's
        ``response_metadata["tool_call_fallback"]`` says whether a fixed rule had to close it.
        ``strict`` is accepted for compatibility: the grammar makes every method strict.
        """
        return structured_output(self, schema, method=method, include_raw=include_raw, strict=strict)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        if self.streaming or self._streams(False, run_manager, kwargs):
            chunks = list(self._stream(messages, stop=stop, run_manager=run_manager, **kwargs))
            return _chunks_result(chunks)
        result, answer = self._decode(messages, stop, kwargs, ledger_from_callbacks(run_manager))
        return self._chat_result(result, kwargs, answer)

    async def _agenerate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                         run_manager: AsyncCallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        if self.streaming or self._streams(True, run_manager, kwargs):
            chunks = [c async for c in self._astream(messages, stop=stop, run_manager=run_manager, **kwargs)]
            return _chunks_result(chunks)
        ledger = ledger_from_callbacks(run_manager)
        result, answer = await asyncio.to_thread(self._decode, messages, stop, kwargs, ledger)
        return self._chat_result(result, kwargs, answer)

    # ------------------------------------------------------------------ streaming
    def stream(self, input: LanguageModelInput, config: RunnableConfig | None = None, *,
               stop: list[str] | None = None, **kwargs: Any) -> Iterator[AIMessageChunk]:
        """LangChain's ``stream``, with this run's budget ledger and spend reporting reaching ``_stream``."""
        config, link = self._linked(config)
        return steps_with_link(link, super().stream(input, config, stop=stop, **kwargs))

    async def astream(self, input: LanguageModelInput, config: RunnableConfig | None = None, *,
                      stop: list[str] | None = None, **kwargs: Any) -> AsyncIterator[AIMessageChunk]:
        config, link = self._linked(config)
        chunks = asteps_with_link(link, super().astream(input, config, stop=stop, **kwargs))
        try:
            async for chunk in chunks:
                yield chunk
        finally:
            await chunks.aclose()

    def _linked(self, config: RunnableConfig | None) -> tuple[RunnableConfig, RunLink]:
        """The config with a run id fixed in advance, and the handlers LangChain will configure for it."""
        config = ensure_config(config)
        run_id = config.get("run_id") or uuid.uuid4()
        manager = CallbackManager.configure(config.get("callbacks"), self.callbacks, self.verbose, config.get("tags"),
                                            self.tags, config.get("metadata"), self.metadata)
        return {**config, "run_id": run_id}, RunLink.of(manager, run_id)

    def _link(self, run_manager: Any) -> RunLink:
        return RunLink.of(run_manager) if run_manager is not None else (current_link() or RunLink())

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        delivery = Delivery(self._link(run_manager))
        pieces: queue.Queue[tuple[str, Any] | None] = queue.Queue()
        worker = threading.Thread(target=contextvars.copy_context().run, daemon=True,
                                  args=(self._produce, messages, stop, kwargs, delivery, pieces.put))
        worker.start()
        stream = self._answer_stream(stop, kwargs)
        completed = False
        try:
            yield from self._consume(iter(pieces.get, None), run_manager, kwargs, stream, delivery.spend_id)
            completed = True
        finally:
            delivery.consumer_done(completed=completed)
        worker.join()

    async def _astream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                       run_manager: AsyncCallbackManagerForLLMRun | None = None,
                       **kwargs: Any) -> AsyncIterator[ChatGenerationChunk]:
        delivery = Delivery(self._link(run_manager))
        loop = asyncio.get_running_loop()
        pieces: asyncio.Queue[tuple[str, Any] | None] = asyncio.Queue()

        def put(item: tuple[str, Any] | None) -> None:
            try:
                loop.call_soon_threadsafe(pieces.put_nowait, item)
            except RuntimeError:  # the loop closed after the consumer went away
                pass

        worker = asyncio.ensure_future(asyncio.to_thread(self._produce, messages, stop, kwargs, delivery, put))
        stream = self._answer_stream(stop, kwargs)
        completed = False
        try:
            while (item := await pieces.get()) is not None:
                for chunk in self._consume(iter([item]), None, kwargs, stream, delivery.spend_id):
                    if run_manager is not None and (chunk.text or chunk.message.tool_call_chunks):
                        await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
                    yield chunk
            completed = True
        finally:
            delivery.consumer_done(completed=completed)
        await worker

    # ------------------------------------------------------------------ batching
    def batch(self, inputs: list[LanguageModelInput], config: RunnableConfig | list[RunnableConfig] | None = None,
              *, return_exceptions: bool = False, **kwargs: Any) -> list[AIMessage]:  # type: ignore[override]
        """Decode all inputs together in one batched engine call (not one by one)."""
        from langchain_dpfusion._batching import batch_generate

        return batch_generate(self, inputs, config, return_exceptions=return_exceptions, **kwargs)

    async def abatch(self, inputs: list[LanguageModelInput],
                     config: RunnableConfig | list[RunnableConfig] | None = None, *, return_exceptions: bool = False,
                     **kwargs: Any) -> list[AIMessage]:  # type: ignore[override]
        return await asyncio.to_thread(self.batch, inputs, config, return_exceptions=return_exceptions, **kwargs)

    # ------------------------------------------------------------------ internals
    @property
    def dp_engine(self) -> DPFusion:
        """The engine this model decodes on (loaded on first use)."""
        if self.engine is not None:
            return self.engine
        if self._resolved is None:
            self._resolved = shared_engine(self.model_name, self.device, self.dtype)
        return self._resolved

    def _core_messages(self, messages: list[BaseMessage], kwargs: dict[str, Any]) -> list[dict[str, Any]]:
        converted = resolve_references(convert_messages(messages, self.public_roles, self.public_texts), self.resolver)
        hint = output_spec(kwargs).hint
        if hint is not None:  # public: the tools' or the schema's description, never message text
            converted.insert(0, hint)
        return converted

    def _check_call_options(self, kwargs: Mapping[str, Any]) -> None:
        """Refuse a call option nothing would read (``InvalidParameterError``, naming it only)."""
        refuse_unknown(kwargs, accepted=CHAT_CALL_OPTIONS, internal=LANGCHAIN_CALL_OPTIONS,
                       settings={*type(self).model_fields, "model"}, owner="ChatDPFusion")

    def call_options(self, stop: list[str] | None, kwargs: dict[str, Any], ledger: Any) -> dict[str, Any]:
        """Keyword arguments of the core call for one invocation (per-call overrides win). Every
        call path comes through here before anything is reserved or decoded: an unknown option, or
        ``max_tokens`` and ``max_new_tokens`` that disagree, is an ``InvalidParameterError``."""
        self._check_call_options(kwargs)
        given = merge_aliases(kwargs, CHAT_ALIASES, owner="ChatDPFusion")
        units = given["units"] if "units" in given else self.units
        check_units(units)
        spec = output_spec(given)
        return {
            "epsilon": given.get("epsilon", self.epsilon), "delta": given.get("delta", self.delta),
            "max_new_tokens": given.get("max_tokens", self._budget(spec)), "seed": given.get("seed", self.seed),
            "group_policy": self.group_policy, "relation": self.relation, "allow_no_spans": self.allow_no_spans,
            "ledger": self.ledger if self.ledger is not None else ledger,
            "units": units, "stop": stop if stop is not None else self.stop, "grammar": spec.grammar,
            "max_closing_tokens": self.max_closing_tokens,
        }

    def _budget(self, spec: OutputSpec) -> int:
        """The sampled-token budget of a call without a per-call ``max_tokens``."""
        if spec.json_only and self.structured_max_tokens is not None:
            return self.structured_max_tokens
        return self.max_tokens

    def _engine_for_call(self, kwargs: Mapping[str, Any] | None = None) -> DPFusion:
        """The engine at the call's temperature (per-call ``temperature`` wins over the field)."""
        engine = self.dp_engine
        temperature = (kwargs or {}).get("temperature", self.temperature)
        if temperature is not None and (isinstance(temperature, bool) or not isinstance(temperature, (int, float))
                                        or not (math.isfinite(temperature) and temperature >= 0)):
            raise InvalidParameterError("temperature must be a finite number >= 0 (0: the sharpest DP sampling)")
        if temperature is None or temperature == engine.temperature:
            return engine
        return engine.with_temperature(max(temperature, MIN_DP_TEMPERATURE))

    def _call(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any], ledger: Any,
              on_token: Callable[[int], bool] | None = None,
              on_start: Callable[[Any], None] | None = None) -> PrivatizationResult:
        options = self.call_options(stop, kwargs, ledger)
        if on_start is not None:
            options["on_start"] = on_start
        engine = self._engine_for_call(kwargs)
        return engine.generate(self._core_messages(messages, kwargs), on_token=on_token, **options)

    def _close(self, result: PrivatizationResult, kwargs: dict[str, Any]) -> ClosedAnswer:
        """The answer text of a core result: a constrained output the budgets cut is closed by the
        core's fixed completion rule (free post-processing; see ``_output.close_answer``). Runs where
        the decode ran (a worker thread for async and streaming calls), never on the event loop."""
        return close_answer(self.dp_engine, output_spec(kwargs), result.text)

    def _decode(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any],
                ledger: Any) -> tuple[PrivatizationResult, ClosedAnswer]:
        """The core call and its closed answer text."""
        result = self._call(messages, stop, kwargs, ledger)
        return result, self._close(result, kwargs)

    def _chat_result(self, result: PrivatizationResult, kwargs: dict[str, Any], answer: ClosedAnswer) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.to_message(result, kwargs, answer=answer))])

    def to_message(self, result: PrivatizationResult, kwargs: dict[str, Any], spend_id: str | None = None, *,
                   answer: ClosedAnswer | None = None) -> AIMessage:
        """The AIMessage of one core result: text or tool calls, report, spend id and usage.
        ``answer``: the result's closed text (closed here when not given: a constrained output the
        budget cut is completed, and ``response_metadata["tool_call_fallback"]`` says so)."""
        answer = answer if answer is not None else self._close(result, kwargs)
        content, tool_calls, invalid = parse_output(answer.text, output_spec(kwargs))
        return AIMessage(content=content, tool_calls=tool_calls, invalid_tool_calls=invalid,
                         response_metadata=self._metadata(result, spend_id, tool_calls, invalid, answer),
                         usage_metadata=_usage(result))

    def _metadata(self, result: PrivatizationResult, spend_id: str | None, tool_calls: list[ToolCall],
                  invalid: list[InvalidToolCall], answer: ClosedAnswer) -> dict[str, Any]:
        report = result.report
        sampled = report.tokens_emitted - report.tokens_forced - report.tokens_closing  # neither is budgeted
        if invalid or report.grammar_complete is False:  # the budget (or a stop string) cut the call or JSON
            finish = "length"
        elif tool_calls:
            finish = "tool_calls"
        elif report.grammar_complete:  # the grammar accepted (the closing phase may have finished it)
            finish = "stop"
        else:
            finish = "length" if sampled >= report.max_new_tokens else "stop"
        metadata = {"model_name": self.model_name, "model_provider": "dpfusion", "finish_reason": finish,
                    "dpfusion": report.model_dump(mode="json"), "dpfusion_spend_id": spend_id or uuid.uuid4().hex}
        if answer.completed is not None:  # constrained: did the fixed rule close what the budget cut?
            metadata[FALLBACK_KEY] = answer.completed
        return metadata

    def _produce(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any],
                 delivery: Delivery, put: Callable[[Any], None]) -> None:
        """Worker: run the core and push ("token", id), then ("result", (r, its closed answer)) or
        ("error", exc), then None."""
        result = None
        try:
            result = self._call(messages, stop, kwargs, delivery.link.ledger,
                                on_token=lambda tok: delivery.on_token(put, tok), on_start=delivery.on_start)
            put(("result", (result, self._close(result, kwargs))))
        except BaseException as exc:  # handed to the consumer, re-raised there
            put(("error", exc))
        finally:
            delivery.worker_done(None if result is None else result.report)
            put(None)

    def _answer_stream(self, stop: list[str] | None, kwargs: dict[str, Any]) -> AnswerStream:
        """One stream's detokenizer (stop strings held back) and router of text and tool calls."""
        text = TextStream(self.dp_engine.tokenizer, stop if stop is not None else self.stop)
        return AnswerStream(text, output_spec(kwargs))

    def _consume(self, items: Iterator[tuple[str, Any]], run_manager: CallbackManagerForLLMRun | None,
                 kwargs: dict[str, Any], stream: AnswerStream, spend_id: str) -> Iterator[ChatGenerationChunk]:
        """Chunks as tokens arrive: text deltas, and each tool call once it is complete (see
        ``_answer_stream``); the last chunk carries the rest (with the completion of an output the
        budget cut), the report and usage."""
        for kind, value in items:
            if kind == "error":
                raise value
            if kind == "token":
                delta, calls = stream.push(value)
                if delta or calls:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta, tool_call_chunks=calls))
                    if run_manager is not None:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk
            elif kind == "result":
                result, answer = value
                final = self.to_message(result, kwargs, spend_id, answer=answer)
                rest, calls = stream.finish(answer.text)
                yield ChatGenerationChunk(message=AIMessageChunk(
                    content=rest, response_metadata=final.response_metadata, usage_metadata=final.usage_metadata,
                    tool_call_chunks=calls, chunk_position="last"))


def _chunks_result(chunks: list[ChatGenerationChunk]) -> ChatResult:
    message = chunks[0].message
    for chunk in chunks[1:]:
        message = message + chunk.message
    return ChatResult(generations=[ChatGeneration(message=AIMessage(**_ai_fields(message)))])


def _usage(result: PrivatizationResult) -> UsageMetadata:
    out = result.report.tokens_emitted
    return UsageMetadata(input_tokens=result.input_tokens, output_tokens=out, total_tokens=result.input_tokens + out)


def _ai_fields(message: AIMessageChunk) -> dict[str, Any]:
    return {"content": message.content, "tool_calls": message.tool_calls,
            "invalid_tool_calls": message.invalid_tool_calls, "response_metadata": message.response_metadata,
            "usage_metadata": message.usage_metadata, "id": message.id}
