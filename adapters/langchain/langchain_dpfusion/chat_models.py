"""``ChatDPFusion``: a LangChain chat model whose every answer is differentially private with
respect to the private spans of its input messages (DP-Fusion over a local model)."""

from __future__ import annotations

import asyncio
import json
import logging
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Literal

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput, LangSmithParams
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, PrivateAttr, SecretStr

from dpfusion_integrations import DPFusion, PrivatizationResult
from dpfusion_integrations.engines import DEFAULT_MODEL, shared_engine
from dpfusion_integrations.streaming import TextStream
from langchain_dpfusion._ledger import ledger_from_callbacks
from langchain_dpfusion._messages import convert_messages, resolve_references, parse_tool_calls, tools_system_message

logger = logging.getLogger(__name__)

#: The sharpest sampling a DP call allows; ``temperature=0`` (greedy) maps here, see ``temperature``.
MIN_DP_TEMPERATURE = 0.05


class ChatDPFusion(BaseChatModel):
    """Chat model over a local LLM where each answer is (ε, δ)-DP per privacy group of the input.

    Private spans in the messages are tagged automatically (Presidio, offline), or marked inline with
    ``<private>…</private>``; messages marked with :func:`langchain_dpfusion.mark_public` (or whose role
    is in ``public_roles``) are used as is. ``response_metadata["dpfusion"]`` carries the
    ``PrivacyReport``. Calls share one engine per model and are serialized on it.

    Example:
        ```python
        from langchain_dpfusion import ChatDPFusion

        llm = ChatDPFusion(epsilon=8.0, max_tokens=128)
        llm.invoke("Summarize: Patient John Smith, MRN 483920, has a cough.")
        ```
    """

    model_config = ConfigDict(populate_by_name=True, arbitrary_types_allowed=True, protected_namespaces=())

    model_name: str = Field(default=DEFAULT_MODEL, alias="model",
                            description="Local model directory, or the embedded default SmolLM2-135M-Instruct.")
    device: str | None = Field(default=None, description="Torch device (default: CPU).")
    dtype: str | None = Field(default=None, description="float32, bfloat16 or float16 (default: the model's).")
    epsilon: float = Field(default=8.0, ge=0, description="ε per privacy group for each call; 0 = public-only.")
    delta: float = Field(default=1e-5, gt=0, lt=1, description="δ of the (ε, δ) guarantee.")
    max_tokens: int = Field(default=256, ge=1, description="Token budget of each answer; the guarantee is charged "
                                                           "for it (the unused tail is refunded in a ledger).")
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
    public_roles: tuple[str, ...] = Field(default=(), description="Roles whose messages are public (never tagged), "
                                                                  "e.g. ('system',).")
    allow_no_spans: bool = Field(default=True, description="A conversation with no private span is decoded as "
                                                           "public at zero ε (False: raise NoPrivateSpansError).")
    units: list[str] | None = Field(default=None, description="Privacy units charged for every call (e.g. a "
                                                              "patient id); default: one per tagged value.")
    ledger: Any = Field(default=None, exclude=True, description="A PrivacyLedger enforcing per-unit budgets.")
    streaming: bool = Field(default=False, description="Stream tokens from invoke (LangChain convention).")
    timeout: float | None = Field(default=None, description="Accepted for compatibility and ignored: decoding is "
                                                            "local and has no network timeout.")
    max_retries: int = Field(default=0, ge=0, description="Accepted for compatibility and ignored: a retry would "
                                                          "spend the privacy budget twice.")
    api_key: SecretStr | None = Field(default=None, description="Accepted for compatibility and ignored: the "
                                                                "model is local.")
    engine: DPFusion | None = Field(default=None, exclude=True,
                                    description="A ready engine (otherwise one shared engine per model).")
    resolver: Callable[[str], str] | None = Field(default=None, exclude=True, description=(
        "Resolves private references {{private:ID}} in messages to text inside the trust boundary, so that "
        "callbacks and tracers, which see the model's input, only ever see the reference."))

    _resolved: DPFusion | None = PrivateAttr(default=None)

    # ------------------------------------------------------------------ LangChain hooks
    @property
    def _llm_type(self) -> str:
        return "dpfusion"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "epsilon": self.epsilon, "delta": self.delta,
                "max_tokens": self.max_tokens, "relation": self.relation, "group_policy": self.group_policy}

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        params = LangSmithParams(ls_provider="dpfusion", ls_model_name=kwargs.get("model", self.model_name),
                                 ls_model_type="chat", ls_max_tokens=kwargs.get("max_tokens", self.max_tokens))
        if self.temperature is not None:
            params["ls_temperature"] = self.temperature
        if stop or self.stop:
            params["ls_stop"] = stop or self.stop
        return params

    def bind_tools(self, tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool], *,
                   tool_choice: str | None = None, **kwargs: Any) -> Runnable[LanguageModelInput, AIMessage]:
        """Describe ``tools`` to the model in a public system message and parse its tool calls."""
        formatted = [convert_to_openai_tool(t) for t in tools]
        if tool_choice is True:
            tool_choice = "any"
        return super().bind(tools=formatted, tool_choice=tool_choice, **kwargs)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        if self.streaming:
            chunks = list(self._stream(messages, stop=stop, run_manager=run_manager, **kwargs))
            message = chunks[0].message
            for chunk in chunks[1:]:
                message = message + chunk.message
            return ChatResult(generations=[ChatGeneration(message=AIMessage(**_ai_fields(message)))])
        result = self._call(messages, stop, kwargs, ledger_from_callbacks(run_manager))
        return self._chat_result(result, kwargs)

    async def _agenerate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                         run_manager: AsyncCallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        ledger = ledger_from_callbacks(run_manager)
        result = await asyncio.to_thread(self._call, messages, stop, kwargs, ledger)
        return self._chat_result(result, kwargs)

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
        ledger = ledger_from_callbacks(run_manager)
        worker = threading.Thread(target=self._produce, args=(messages, stop, kwargs, ledger, pieces.put), daemon=True)
        worker.start()
        stream = TextStream(self.dp_engine.tokenizer, stop if stop is not None else self.stop)
        yield from self._consume(iter(pieces.get, None), run_manager, kwargs, stream)
        worker.join()

    async def _astream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                       run_manager: AsyncCallbackManagerForLLMRun | None = None,
                       **kwargs: Any) -> AsyncIterator[ChatGenerationChunk]:
        loop = asyncio.get_running_loop()
        pieces: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        ledger = ledger_from_callbacks(run_manager)
        task = loop.run_in_executor(None, self._produce, messages, stop, kwargs, ledger,
                                    lambda item: loop.call_soon_threadsafe(pieces.put_nowait, item))
        stream = TextStream(self.dp_engine.tokenizer, stop if stop is not None else self.stop)
        while True:
            item = await pieces.get()
            if item is None:
                break
            for chunk in self._consume(iter([item]), None, kwargs, stream):
                if run_manager is not None and chunk.text:
                    await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
                yield chunk
        await task

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
        converted = resolve_references(convert_messages(messages, self.public_roles), self.resolver)
        tools = kwargs.get("tools")
        if tools and kwargs.get("tool_choice") != "none":
            converted.insert(0, tools_system_message(tools, kwargs.get("tool_choice")))
        return converted

    def call_options(self, stop: list[str] | None, kwargs: dict[str, Any], ledger: Any) -> dict[str, Any]:
        """Keyword arguments of the core call for one invocation (per-call overrides win)."""
        return {
            "epsilon": kwargs.get("epsilon", self.epsilon), "delta": kwargs.get("delta", self.delta),
            "max_new_tokens": kwargs.get("max_tokens", self.max_tokens), "seed": kwargs.get("seed", self.seed),
            "group_policy": self.group_policy, "relation": self.relation, "allow_no_spans": self.allow_no_spans,
            "ledger": self.ledger if self.ledger is not None else ledger,
            "units": kwargs.get("units", self.units), "stop": stop if stop is not None else self.stop,
        }

    def _engine_for_call(self) -> DPFusion:
        engine = self.dp_engine
        temperature = self.temperature
        if temperature is None or temperature == engine.temperature:
            return engine
        return engine.with_temperature(max(temperature, MIN_DP_TEMPERATURE))

    def _call(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any], ledger: Any,
              on_token: Callable[[int], None] | None = None) -> PrivatizationResult:
        options = self.call_options(stop, kwargs, ledger)
        return self._engine_for_call().generate(self._core_messages(messages, kwargs), on_token=on_token, **options)

    def _chat_result(self, result: PrivatizationResult, kwargs: dict[str, Any]) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self.to_message(result, kwargs))])

    def to_message(self, result: PrivatizationResult, kwargs: dict[str, Any]) -> AIMessage:
        """The AIMessage of one core result: text (or parsed tool calls), report and usage."""
        names = [t.get("function", t)["name"] for t in kwargs.get("tools") or []]
        content, tool_calls = parse_tool_calls(result.text, names) if names else (result.text, [])
        return AIMessage(content=content, tool_calls=tool_calls, response_metadata=self._metadata(result),
                         usage_metadata=_usage(result))

    def _metadata(self, result: PrivatizationResult) -> dict[str, Any]:
        return {"model_name": self.model_name, "model_provider": "dpfusion",
                "finish_reason": "length" if result.report.tokens_emitted >= result.report.max_new_tokens else "stop",
                "dpfusion": result.report.model_dump(mode="json")}

    def _produce(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any], ledger: Any,
                 put: Callable[[Any], None]) -> None:
        """Worker: run the core and push ("token", id), then ("result", r) or ("error", exc), then None."""
        try:
            result = self._call(messages, stop, kwargs, ledger, on_token=lambda tok: put(("token", tok)))
            put(("result", result))
        except BaseException as exc:  # handed to the consumer, re-raised there
            put(("error", exc))
        finally:
            put(None)

    def _consume(self, items: Iterator[tuple[str, Any]], run_manager: CallbackManagerForLLMRun | None,
                 kwargs: dict[str, Any], stream: TextStream) -> Iterator[ChatGenerationChunk]:
        """Text deltas as tokens arrive; the last chunk carries the rest, the report, usage and tool
        calls. With tools bound, the text is sent only at the end, once tool calls are parsed."""
        for kind, value in items:
            if kind == "error":
                raise value
            if kind == "token":
                delta = "" if kwargs.get("tools") else stream.push(value)
                if delta:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta))
                    if run_manager is not None:
                        run_manager.on_llm_new_token(delta, chunk=chunk)
                    yield chunk
            elif kind == "result":
                final = self.to_message(value, kwargs)
                rest = stream.finish(final.content if isinstance(final.content, str) else value.text)
                yield ChatGenerationChunk(message=AIMessageChunk(
                    content=rest, response_metadata=final.response_metadata, usage_metadata=final.usage_metadata,
                    tool_call_chunks=[{"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i}
                                      for i, c in enumerate(final.tool_calls)], chunk_position="last"))


def _usage(result: PrivatizationResult) -> UsageMetadata:
    out = result.report.tokens_emitted
    return UsageMetadata(input_tokens=result.input_tokens, output_tokens=out, total_tokens=result.input_tokens + out)


def _ai_fields(message: AIMessageChunk) -> dict[str, Any]:
    return {"content": message.content, "tool_calls": message.tool_calls, "response_metadata": message.response_metadata,
            "usage_metadata": message.usage_metadata, "id": message.id}
