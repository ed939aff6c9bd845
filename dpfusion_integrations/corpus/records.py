"""Sensitive text records and where they come from: a JSONL file or a directory of ``.txt`` files.

A record is ``{"id", "text", optional "label", optional "unit" | "units", optional "spans"}``. Its
privacy units default to ``[id]`` (one unit per document), so a corpus job or a synthetic dataset
charges every record to its own unit unless the caller groups records by data subject with
``"unit"``. Validation errors name the line and the field, never the text or any value.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["InvalidRecordError", "Label", "TextRecord", "iter_records", "record_from_mapping"]

logger = logging.getLogger(__name__)

Label = Union[str, int, float, bool, None]
"""A record's label: kept as is in outputs (labels are public; see docs/synthetic_data.md)."""

_MAX_ID_LENGTH = 256


class InvalidRecordError(InvalidParameterError):
    """A record is malformed. The message names where (line, file) and which field, never a value."""


@dataclass(frozen=True, repr=False)
class TextRecord:
    """One sensitive document. ``repr`` shows the id and the text length only (the text is private)."""

    id: str
    text: str
    label: Label = None
    units: tuple[str, ...] = ()
    spans: tuple[tuple[int, int, str], ...] | None = None

    def __post_init__(self) -> None:
        _check_id(self.id, "id", "record")
        if not isinstance(self.text, str):
            raise InvalidRecordError(f"record {self.id!r}: 'text' must be a string")
        if not _is_label(self.label):
            raise InvalidRecordError(f"record {self.id!r}: 'label' must be a string, number, boolean or null")
        units = tuple(self.units) or (self.id,)
        for unit in units:
            _check_id(unit, "unit", f"record {self.id!r}")
        if len(set(units)) != len(units):
            raise InvalidRecordError(f"record {self.id!r}: 'units' lists a unit twice")
        object.__setattr__(self, "units", units)
        if self.spans is not None:
            object.__setattr__(self, "spans", tuple(_check_span(s, self.id, i) for i, s in enumerate(self.spans)))

    def __repr__(self) -> str:
        return f"TextRecord(id={self.id!r}, text=<{len(self.text)} chars>, label={self.label!r}, units={self.units!r})"

    __str__ = __repr__


def record_from_mapping(obj: object, *, where: str = "record") -> TextRecord:
    """Build a record from a JSON object. ``unit`` (one id) or ``units`` (a list) name its privacy
    units; ``spans`` lists ``[start, end, group]`` private spans (otherwise markup or the tagger)."""
    if not isinstance(obj, Mapping):
        raise InvalidRecordError(f"{where}: a record must be a JSON object")
    for key in ("id", "text"):
        if key not in obj:
            raise InvalidRecordError(f"{where}: missing field {key!r}")
    if "unit" in obj and "units" in obj:
        raise InvalidRecordError(f"{where}: give 'unit' or 'units', not both")
    record_id = obj["id"]
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    _check_id(record_id, "id", where)
    units: Sequence[Any] = ()
    if obj.get("unit") is not None:
        units = (obj["unit"],)
    elif obj.get("units") is not None:
        units = obj["units"]
        if isinstance(units, str) or not isinstance(units, Sequence):
            raise InvalidRecordError(f"{where}: 'units' must be a list of ids")
    spans = obj.get("spans")
    if spans is not None and (isinstance(spans, str) or not isinstance(spans, Sequence)):
        raise InvalidRecordError(f"{where}: 'spans' must be a list of [start, end, group]")
    return TextRecord(id=record_id, text=obj["text"], label=obj.get("label"), units=tuple(units),
                      spans=None if spans is None else tuple(spans))


def iter_records(source: str | os.PathLike[str]) -> Iterator[TextRecord]:
    """Records of a JSONL file (one object a line; blank lines skipped) or of a directory (every
    ``*.txt`` below it, sorted; id = the path relative to the directory, no label)."""
    path = Path(source)
    if path.is_dir():
        yield from _iter_directory(path)
    elif path.is_file():
        yield from _iter_jsonl(path)
    else:
        raise InvalidParameterError(f"no such file or directory: {str(path)!r}")


def _iter_jsonl(path: Path) -> Iterator[TextRecord]:
    with path.open("r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path.name} line {number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise InvalidRecordError(f"{where}: not valid JSON") from None
            yield record_from_mapping(obj, where=where)


def _iter_directory(root: Path) -> Iterator[TextRecord]:
    files = sorted(p for p in root.rglob("*.txt") if p.is_file())
    if not files:
        logger.warning("the input directory holds no .txt files")
    for file in files:
        yield TextRecord(id=file.relative_to(root).as_posix(), text=file.read_text(encoding="utf-8"))


def _check_id(value: object, field: str, where: str) -> None:
    if not isinstance(value, str) or not value:
        raise InvalidRecordError(f"{where}: {field!r} must be a non-empty string")
    if len(value) > _MAX_ID_LENGTH or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise InvalidRecordError(f"{where}: {field!r} must be an opaque id (at most {_MAX_ID_LENGTH} printable "
                                 "characters)")


def _is_label(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return value is None or isinstance(value, (str, int, bool))


def _check_span(span: object, record_id: str, index: int) -> tuple[int, int, str]:
    if (isinstance(span, (str, bytes)) or not isinstance(span, Sequence) or len(span) != 3
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in span[:2])
            or not isinstance(span[2], str)):
        raise InvalidRecordError(f"record {record_id!r}: span {index} must be [start, end, group]")
    return int(span[0]), int(span[1]), str(span[2])
