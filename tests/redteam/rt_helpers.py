"""Red-team helpers: the planted canaries, a deep "render everything to text" function, and the
checks every red-team test runs on what crossed the trust boundary (DESIGN.md section 4).

A canary is a unique string that only ever occurs in private data (documents, messages, tool
results, metadata, resolver stores, inner-retriever data and errors). Stable unit ids (keyed hashes
of values, or a caller's data-subject id) must not cross either: only per-call aliases or counts.
"""

from __future__ import annotations

import base64
import collections
import dataclasses
import functools
import json
import re
import traceback
from collections.abc import Iterable, Mapping
from typing import Any

from dpfusion_integrations.tagging.units import unit_id

# ---------------------------------------------------------------------------------------------- canaries
NAME = "Zephyrine Okonkwo-Valdés"
SURNAME = "Okonkwo-Valdés"
ID = "ZX-9931-CANARY"
EMAIL = "canary.person@internal.corp"
PHONE = "+41 79 555 01 23"
# More canaries, each planted in one kind of place, so a failure names the path it crossed by.
META_SECRET = "Ottoline Brackenridge-Mbeki"  # a document's non-public metadata
STORE_SECRET = "Wenceslas Abernathy-Oduya"  # a resolver store, never referenced in a message
INNER_SECRET = "Philippa Szczepańska-Ruiz"  # an inner retriever's error message and logs
TOOL_SECRET = "Gwendolyn Thackeray-Osei"  # a tool's private result (resolved by reference)
#: A data subject's stable id chosen by the caller (e.g. a patient number): a stable unit id.
STABLE_UNIT = "pt-STABLE-0042"
STABLE_UNIT_2 = "pt-STABLE-0077"
#: The engine's unit key: it must never show anywhere (ids would become linkable to values).
UNIT_KEY = b"RT-UNIT-KEY-canary-0123456789abc"

VALUES = (NAME, ID, EMAIL, PHONE)
CANARIES = (NAME, SURNAME, "Zephyrine", ID, "9931-CANARY", EMAIL, "canary.person", PHONE, "79 555 01",
            META_SECRET, "Brackenridge", STORE_SECRET, "Abernathy", INNER_SECRET, "Szczepańska", TOOL_SECRET,
            "Thackeray")
#: Key material as it could be rendered (bytes repr, hex, base64).
KEY_FORMS = (UNIT_KEY.decode(), UNIT_KEY.hex(), base64.b64encode(UNIT_KEY).decode(), "RT-UNIT-KEY")

_STABLE_ID = re.compile(r"\bu_[0-9a-f]{20}\b")


def marked(value: str, group: str = "PERSON") -> str:
    """``value`` wrapped in inline markup (so the test does not depend on the tagger's recall)."""
    return f'<private group="{group}">{value}</private>'


def note(name: str = NAME) -> str:
    """A clinical note naming the canary person, every private value marked up."""
    return (f"Patient {marked(name)} (record {marked(ID, 'ID')}) reported chest pain. "
            f"Contact: {marked(EMAIL, 'EMAIL_ADDRESS')}, phone {marked(PHONE, 'PHONE_NUMBER')}.")


def stable_ids(key: bytes = UNIT_KEY, values: Iterable[str] = VALUES) -> set[str]:
    """The stable unit ids of the canary values (and the caller's stable units)."""
    return {unit_id(v, key=key) for v in values} | {STABLE_UNIT, STABLE_UNIT_2}


# ---------------------------------------------------------------------------------------------- rendering
def _safe(fn: Any, obj: Any) -> str:
    try:
        return str(fn(obj))
    except Exception as exc:  # noqa: BLE001 - a view the object refuses shows nothing but its type
        return f"<{type(exc).__name__}>"


def render_exception(exc: BaseException, *, locals_: bool = False) -> str:
    """Everything an error reporter shows of ``exc``: str, repr, args, attributes, the whole
    cause/context chain and the formatted traceback (with frame locals when ``locals_``)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [_safe(str, current), _safe(repr, current), _safe(repr, current.args),
                  _safe(lambda e: repr(vars(e)), current), _safe(lambda e: repr(getattr(e, "__notes__", "")), current)]
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                parts.append(f"linked: {linked!r}")
        current = current.__cause__ or current.__context__
    parts.append("".join(traceback.format_exception(exc)))
    if locals_:
        parts.append(_library_frame_locals(exc))
    return "\n".join(parts)


_HERE = __import__("os").path.dirname(__file__)


def _library_frame_locals(exc: BaseException) -> str:
    """The locals of every traceback frame an error reporter capturing locals would show, except
    the frames of these tests (the caller's own variables hold what the caller already has)."""
    out = []
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if not frame.f_code.co_filename.startswith(_HERE):
            for name, value in list(frame.f_locals.items()):
                out.append(f"{frame.f_code.co_name}.{name} = {_safe(repr, value)}")
        tb = tb.tb_next
    return "\n".join(out)


def render(obj: Any, *, _seen: set[int] | None = None, _depth: int = 0) -> str:
    """A generic tracer's view of ``obj``: repr and str, JSON dumps of pydantic models (and their
    private attributes' repr), every item of containers, dataclass fields, and exceptions with their
    chains and tracebacks. Recurses into containers and models (cycles and depth bounded)."""
    seen = set() if _seen is None else _seen
    if obj is None or isinstance(obj, (bool, int, float)):
        return repr(obj)
    if isinstance(obj, (str, bytes)):
        return obj if isinstance(obj, str) else obj.decode("utf-8", "replace")
    if id(obj) in seen or _depth > 12:
        return ""
    seen.add(id(obj))

    def sub(value: Any) -> str:
        return render(value, _seen=seen, _depth=_depth + 1)

    parts = [_safe(repr, obj), _safe(str, obj)]
    if isinstance(obj, BaseException):
        parts.append(render_exception(obj))
        return "\n".join(parts)
    try:
        from pydantic import BaseModel
    except ImportError:  # pragma: no cover
        BaseModel = ()  # type: ignore[assignment,misc]
    if isinstance(obj, BaseModel):
        parts.append(_safe(lambda m: m.model_dump_json(fallback=repr), obj))
        parts.append(_safe(lambda m: repr(m.__pydantic_private__), obj))
        for name, field in type(obj).model_fields.items():
            if field.exclude is not True and field.repr is not False:  # what serializers show
                parts.append(sub(getattr(obj, name, None)))
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            parts.append(sub(getattr(obj, f.name, None)))
    if isinstance(obj, Mapping):
        parts.append(_safe(lambda m: json.dumps(m, default=repr, ensure_ascii=False), obj))
        for key, value in list(obj.items()):
            parts.append(sub(key))
            parts.append(sub(value))
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for item in list(obj):
            parts.append(sub(item))
    return "\n".join(p for p in parts if p)


def render_all(*objs: Any) -> str:
    return "\n".join(render(o) for o in objs)


# ---------------------------------------------------------------------------------------------- checks
def leaks(text: str, *, allow_stable: Iterable[str] = (), canaries: Iterable[str] = CANARIES) -> list[str]:
    """What in ``text`` must not be outside: canaries, stable unit ids (incl. any ``u_<hex>`` id)
    and the unit key. ``allow_stable`` names stable ids the caller itself put on this channel."""
    allowed = set(allow_stable)
    found = [c for c in canaries if c in text]
    found += [f"stable id {s}" for s in sorted(stable_ids()) if s in text and s not in allowed]
    found += [f"stable id {s}" for s in sorted(set(_STABLE_ID.findall(text))) if s not in allowed
              and f"stable id {s}" not in found]
    found += [f"unit key ({k[:12]}...)" for k in KEY_FORMS if k in text]
    return found


def assert_clean(label: str, *objs: Any, allow_stable: Iterable[str] = ()) -> str:
    """Render ``objs`` and assert nothing private is in them; returns the rendering."""
    text = render_all(*objs)
    found = leaks(text, allow_stable=allow_stable)
    if found:
        where = {f: _excerpt(text, f.removeprefix("stable id ")) for f in found}
        raise AssertionError(f"{label}: crossed the trust boundary: {found}\n" +
                             "\n".join(f"  {k!r} in ...{v}..." for k, v in where.items()))
    return text


def _excerpt(text: str, needle: str, width: int = 160) -> str:
    i = text.find(needle)
    if i < 0:
        return ""
    return text[max(0, i - width): i + len(needle) + width].replace("\n", "\\n")


def log_text(records: Iterable[Any]) -> str:
    """Every log record as a handler would format it, with args, extras and exception text."""
    out = []
    for r in records:
        exc = "".join(traceback.format_exception(*r.exc_info)) if r.exc_info and r.exc_info[0] else ""
        extras = {k: v for k, v in vars(r).items() if k not in _STD_RECORD}
        out.append(f"{r.name} {r.levelname} {_safe(lambda x: x.getMessage(), r)} {r.msg!r} {r.args!r} "
                   f"{extras!r} {exc} {r.stack_info or ''}")
    return "\n".join(out)


_STD_RECORD = frozenset(vars(__import__("logging").LogRecord("n", 10, "p", 1, "m", (), None))) | {"message",
                                                                                                  "asctime"}


def aliases_unrelated(units_a: Iterable[str], units_b: Iterable[str]) -> bool:
    """Per-call aliases of two calls share nothing."""
    return not (set(units_a) & set(units_b))


# ----------------------------------------------------------------------------------------- resolver stores
#: Private notes behind references; resolvers built over it the ways an integrator would.
STORE = {
    "note-1": note(),
    "tool-result-1": f"Record holder: {marked(TOOL_SECRET)}, id {marked(ID, 'ID')}.",
    "unreferenced": f"{marked(STORE_SECRET)} is never asked for; only a dump of the store shows it.",
}


@dataclasses.dataclass
class NoteStore:
    notes: dict[str, str]

    def lookup(self, ref: str) -> str:
        return self.notes[ref]


RESOLVERS = {
    "partial": functools.partial(dict.__getitem__, STORE),
    "chainmap": collections.ChainMap({}, STORE).__getitem__,
    "dataclass-method": NoteStore(dict(STORE)).lookup,
}
