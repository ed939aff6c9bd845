"""What a LlamaIndex tracer sees, for the cookbooks' checks: an event handler that keeps every
instrumentation event as JSON, and the messages each LLM chat call received."""

from __future__ import annotations

from typing import Any

from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.llm import LLMChatStartEvent
from pydantic import Field


class EventLog(BaseEventHandler):
    """Keeps every instrumentation event, as any tracer attached at the top would, and what each LLM
    chat call received (its input as the event carries it: before DPFusionLLM resolves references
    inside the trust boundary)."""

    events: list[str] = Field(default_factory=list)
    received: list[str] = Field(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "EventLog"

    def handle(self, event: Any, **kwargs: Any) -> None:
        self.events.append(f"{event.class_name()}: {event.model_dump_json()}")
        if isinstance(event, LLMChatStartEvent):
            self.received.append("\n".join(str(m.content) for m in event.messages))
