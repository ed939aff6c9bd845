"""The job's output: an append-only JSONL file of privatized records, written durably.

Lines are appended with one ``write``, then ``flush`` and ``fsync``. A crash can leave only a partial
*last* line; :meth:`OutputLog.recover` cuts it off (its record is rewritten from the job state) and
returns the ids already complete, which the resumed job skips.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from dpfusion_integrations.corpus.state import CorpusStateError

__all__ = ["OutputLog", "iter_output"]


#: Fields of a record's line kept in the job state and the manifest but never written to the released
#: output: a caller's unit (a patient id shared by several records) would link them for any recipient.
OPERATOR_ONLY_FIELDS = frozenset({"units"})


class OutputLog:
    """Append-only JSONL output with crash recovery of the last line."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.path.open("ab")

    def recover(self) -> set[str]:
        """Cut a partial last line, check the rest, and return the ids of the complete lines."""
        self._handle.flush()
        ids: set[str] = set()
        complete = 0  # bytes up to the end of the last complete line
        with self.path.open("rb") as reader:
            for number, raw in enumerate(reader, start=1):
                if not raw.endswith(b"\n"):
                    break  # a crash cut this line short; its record is rewritten from the job state
                complete += len(raw)
                if not raw.strip():
                    continue
                try:
                    record_id = json.loads(raw)["id"]
                except (ValueError, KeyError, TypeError):
                    raise CorpusStateError(f"{self.path.name} line {number} is not an output record") from None
                if record_id in ids:
                    raise CorpusStateError(f"{self.path.name} holds record {record_id!r} twice")
                ids.add(record_id)
        if complete < self.path.stat().st_size:
            os.truncate(self.path, complete)
            os.fsync(self._handle.fileno())
        return ids

    def append(self, lines: Sequence[dict[str, Any]]) -> None:
        """Append ``lines`` (one JSON object each, less :data:`OPERATOR_ONLY_FIELDS`) and make them
        durable before returning."""
        if not lines:
            return
        released = ({k: v for k, v in line.items() if k not in OPERATOR_ONLY_FIELDS} for line in lines)
        payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in released).encode("utf-8")
        self._handle.write(payload)
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        if not self._handle.closed:
            self._handle.close()

    def __enter__(self) -> OutputLog:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def iter_output(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The complete records of an output file (a partial last line is ignored)."""
    with Path(path).open("r", encoding="utf-8") as handle:
        for line in handle:
            if line.endswith("\n") and line.strip():
                yield json.loads(line)
