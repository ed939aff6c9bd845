"""Helpers for the LlamaIndex adapter tests: an offline hashing embedding, recorders for every
observability channel a top-level user can attach, and a tiny record set with planted canaries."""

from __future__ import annotations

import hashlib
import inspect
import math
import pickle
import re
from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.callbacks.schema import CBEventType
from llama_index.core.instrumentation import get_dispatcher
from llama_index.core.instrumentation.event_handlers import BaseEventHandler
from llama_index.core.instrumentation.events.base import BaseEvent
from llama_index.core.instrumentation.span import BaseSpan
from llama_index.core.instrumentation.span_handlers import BaseSpanHandler
from llama_index.core.schema import Document
from pydantic import PrivateAttr

CANARY_NAME = "Zelda Quixbury"
CANARY_ID = "QX-778812"
CANARIES = (CANARY_NAME, "Quixbury", CANARY_ID, "Ignatius Wobbleton", "Wobbleton")


class HashEmbedding(BaseEmbedding):
    """Bag-of-words hashing embedding: deterministic, offline, lexical similarity."""

    dim: int = 64

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedding"

    def _vector(self, text: str) -> list[float]:
        vec = [0.0] * self.dim
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        return [v / norm for v in vec]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._vector(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vector(text)


def records() -> list[Document]:
    """Three synthetic patient records; the first two hold canary PII (tagged by markup and by
    Presidio), the third none."""
    return [
        Document(text=f'Record rec-001. Patient <private group="PERSON">{CANARY_NAME}</private>, ID '
                      f'<private group="ID">{CANARY_ID}</private>, was treated for asthma with an inhaler.',
                 metadata={"record_id": "rec-001", "patient": CANARY_NAME, "ward": "pulmonology"}),
        Document(text="Record rec-002. Ignatius Wobbleton was admitted to Mercy Hospital in Boston on "
                      "2021-03-02 with a broken wrist.",
                 metadata={"record_id": "rec-002", "patient": "Ignatius Wobbleton", "ward": "orthopedics"}),
        Document(text="Record rec-003. Routine checkup, no findings, follow-up in one year.",
                 metadata={"record_id": "rec-003", "ward": "general"}),
    ]


class EventRecorder(BaseEventHandler):
    """Keeps the JSON of every instrumentation event it sees."""

    _seen: list[tuple[str, str]] = PrivateAttr(default_factory=list)
    _events: list[BaseEvent] = PrivateAttr(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "EventRecorder"

    def handle(self, event: BaseEvent, **kwargs: Any) -> None:
        self._events.append(event)
        self._seen.append((event.class_name(), f"{event.model_dump_json()} {event!r}"))

    def of(self, name: str) -> list[BaseEvent]:
        return [e for e in self._events if e.class_name() == name]

    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._seen]

    def dump(self) -> str:
        return "\n".join(t for _, t in self._seen)


class SpanRecorder(BaseSpanHandler[BaseSpan]):
    """Keeps the bound arguments and results of every span, as a tracer would."""

    _seen: list[str] = PrivateAttr(default_factory=list)

    @classmethod
    def class_name(cls) -> str:
        return "SpanRecorder"

    def new_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                 parent_span_id: str | None = None, tags: dict[str, Any] | None = None, **kw: Any) -> BaseSpan:
        self._seen.append(f"enter {id_} {bound_args.arguments!r}")
        return BaseSpan(id_=id_, parent_id=parent_span_id)

    def prepare_to_exit_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             result: Any | None = None, **kw: Any) -> BaseSpan | None:
        self._seen.append(f"exit {id_} {result!r}")
        return self.open_spans.get(id_)

    def prepare_to_drop_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                             err: BaseException | None = None, **kw: Any) -> BaseSpan | None:
        self._seen.append(f"drop {id_} {err!r}")
        return self.open_spans.get(id_)

    def dump(self) -> str:
        return "\n".join(self._seen)


def instance_views(instance: Any) -> str:
    """Everything a generic tracer can read from a component without naming a private attribute:
    ``repr``/``str``, ``vars()``, pydantic's private namespace, ``to_dict()``/``model_dump()``, and
    its pickle (a snapshot of its state); a view that fails shows as the exception type."""
    parts = [repr(instance), str(instance)]
    views = (vars, lambda o: o.__pydantic_private__, lambda o: o.to_dict(), lambda o: o.model_dump(),
             pickle.dumps)
    for view in views:
        try:
            parts.append(repr(view(instance)))
        except Exception as exc:  # noqa: BLE001 - a view the object refuses shows nothing
            parts.append(type(exc).__name__)
    return " ".join(parts)


class TracerSpanRecorder(SpanRecorder):
    """A ``SpanRecorder`` that also keeps every view of each span's ``instance`` (see
    :func:`instance_views`), as a tracer that snapshots the component would."""

    def new_span(self, id_: str, bound_args: inspect.BoundArguments, instance: Any | None = None,
                 parent_span_id: str | None = None, tags: dict[str, Any] | None = None, **kw: Any) -> BaseSpan:
        if instance is not None:
            self._seen.append(f"instance {id_} {instance_views(instance)}")
        return super().new_span(id_, bound_args, instance, parent_span_id, tags, **kw)


class CallbackRecorder(BaseCallbackHandler):
    """Legacy callback handler keeping the repr of every payload."""

    def __init__(self) -> None:
        super().__init__(event_starts_to_ignore=[], event_ends_to_ignore=[])
        self.seen: list[str] = []
        self.types: list[CBEventType] = []

    def on_event_start(self, event_type: CBEventType, payload: dict[str, Any] | None = None, event_id: str = "",
                       parent_id: str = "", **kwargs: Any) -> str:
        self.types.append(event_type)
        self.seen.append(f"start {event_type} {payload!r}")
        return event_id

    def on_event_end(self, event_type: CBEventType, payload: dict[str, Any] | None = None, event_id: str = "",
                     **kwargs: Any) -> None:
        self.seen.append(f"end {event_type} {payload!r}")

    def start_trace(self, trace_id: str | None = None) -> None:
        self.seen.append(f"trace {trace_id}")

    def end_trace(self, trace_id: str | None = None, trace_map: dict[str, list[str]] | None = None) -> None:
        self.seen.append(f"end-trace {trace_id}")

    def dump(self) -> str:
        return "\n".join(self.seen)


class Recorders:
    """Every top-level observability channel at once, attached to the root dispatcher and to a
    callback manager; ``detach`` restores the root."""

    def __init__(self, *, deep: bool = False) -> None:
        """``deep``: also record every view of each span's instance (:class:`TracerSpanRecorder`)."""
        self.events = EventRecorder()
        self.spans = TracerSpanRecorder() if deep else SpanRecorder()
        self.callbacks = CallbackRecorder()
        root = get_dispatcher()
        root.add_event_handler(self.events)
        root.add_span_handler(self.spans)

    def detach(self) -> None:
        root = get_dispatcher()
        root.event_handlers = [h for h in root.event_handlers if h is not self.events]
        root.span_handlers = [h for h in root.span_handlers if h is not self.spans]

    def clear(self) -> None:
        """Forget everything seen so far (e.g. the ingestion of the index)."""
        self.events._seen.clear()
        self.events._events.clear()
        self.spans._seen.clear()
        self.callbacks.seen.clear()
        self.callbacks.types.clear()

    def dump(self) -> str:
        return "\n".join([self.events.dump(), self.spans.dump(), self.callbacks.dump()])


def leaked(text: str) -> list[str]:
    """The canaries that occur in ``text``."""
    return [c for c in CANARIES if c in text]
