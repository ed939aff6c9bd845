"""A streamed answer as LangChain chunks: text deltas for prose, ``tool_call_chunks`` for tool calls.

:class:`AnswerStream` sits on the core's :class:`~dpfusion_integrations.streaming.TextStream`
(which holds back what a stop string or a split character could still change) and routes each safe
delta by the call's :class:`~langchain_dpfusion._output.OutputSpec`:

- free text and structured output (JSON text that LangChain's parsers read as it grows) stream as
  content;
- with ``tool_choice="auto"``, the first released character tells prose from calls (the grammar
  never lets prose start with ``<``), so prose streams as soon as it starts;
- a tool call is emitted as one ``tool_call_chunk`` (name, id and its whole arguments) as soon as its
  block is complete, so parallel calls stream one by one. Arguments are not streamed piecemeal:
  LangChain's chunk merging repairs partial JSON, so a piecemeal stream would show arguments no call
  has. A block the budget cut is finished by the final text (``finish``: the released text with
  the completion of ``_output.close_answer``), so it arrives last as a complete call. A block that
  still does not parse is emitted with its raw text as ``args``, which LangChain cannot parse, so it
  lands in ``invalid_tool_calls``.
"""

from __future__ import annotations

import json
from typing import Literal

from langchain_core.messages import ToolCallChunk
from langchain_core.messages.tool import tool_call_chunk

from dpfusion_integrations.streaming import TextStream
from langchain_dpfusion._output import OutputSpec, call_name, new_call_id, split_calls

__all__ = ["AnswerStream"]


class AnswerStream:
    """Token ids of one answer → ``(content delta, tool call chunks)``; see the module docstring."""

    def __init__(self, text: TextStream, spec: OutputSpec) -> None:
        self._text = text
        self._names = spec.tool_names
        # "maybe" (tool_choice="auto") is decided by the first released character.
        self._mode: Literal["prose", "calls"] | None = (
            "prose" if spec.calls == "never" else "calls" if spec.calls == "always" else None)
        self._pending = ""  # released call text after the last complete block
        self._emitted = 0  # complete calls emitted so far

    def push(self, token: int) -> tuple[str, list[ToolCallChunk]]:
        """What a newly released token makes safe to emit."""
        return self._route(self._text.push(token), final=False)

    def finish(self, final_text: str) -> tuple[str, list[ToolCallChunk]]:
        """The rest of the answer, given its final text (stop-cut, and closed if the budget cut it)."""
        return self._route(self._text.finish(final_text), final=True)

    def _route(self, delta: str, *, final: bool) -> tuple[str, list[ToolCallChunk]]:
        if self._mode is None:
            if not delta and not final:
                return "", []
            self._mode = "calls" if delta.startswith("<") else "prose"
        if self._mode == "prose":
            return delta, []
        calls, self._pending = split_calls(self._pending + delta, self._names)
        chunks = [self._chunk(name, json.dumps(args)) for name, args in calls]
        if final and self._pending:
            chunks.append(self._chunk(call_name(self._pending), self._pending))
            self._pending = ""
        return "", chunks

    def _chunk(self, name: str | None, args: str) -> ToolCallChunk:
        index, self._emitted = self._emitted, self._emitted + 1
        return tool_call_chunk(name=name, args=args, id=new_call_id(), index=index)

    def __repr__(self) -> str:  # never the released text
        return f"AnswerStream(mode={self._mode!r}, emitted={self._emitted})"
