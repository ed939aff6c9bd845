"""Progress lines and the closing summary of the ``dpfusion`` commands, on standard error.

Standard output carries the result (released text, JSON lines), so pipelines read exactly what they
read without progress; everything here goes to standard error, and ``--quiet`` turns it off. On a
terminal the current stage and the decoding rate are redrawn in place; elsewhere (a log file, a pipe)
only the completed lines are written, so logs stay readable.

What is written is public by construction: stage names, elapsed seconds, token counts and rates, file
positions (``file 2/3``; never file names, which may themselves name a person), and the public fields
of privacy reports (ε, δ, relation, group labels, token counts). The methods take numbers and reports,
never text: document text, span values, tagger output and unit ids cannot reach this module.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from dpfusion_integrations.report import PrivacyReport

__all__ = ["DecodeMeter", "Progress", "summary_text"]

PREFIX = "dpfusion: "
_CLEAR = "\r\x1b[K"  # back to the start of the line and clear it (terminals only)
_MAX_LABELS = 8  # group labels shown in the summary; the rest are counted


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):  # a closed or detached stream
        return False


class Progress:
    """Stage lines (``loading model … done (3.2 s)``), decoding meters and a final line, on ``stream``.

    ``enabled=False`` (``--quiet``) writes nothing. ``live`` (default: whether ``stream`` is a
    terminal) redraws the current line in place; otherwise each line is written once, complete.
    ``clock`` and ``interval`` (seconds between redraws) exist for tests.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True, live: bool | None = None,
                 clock: Callable[[], float] = time.monotonic, interval: float = 0.25) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = enabled
        self.live = enabled and (_is_terminal(self.stream) if live is None else live)
        self.clock = clock
        self.interval = interval
        self.started = clock()

    def elapsed(self) -> float:
        """Seconds since this object was made (the command's wall time)."""
        return self.clock() - self.started

    def line(self, text: str) -> None:
        """One complete line."""
        self._write(f"{PREFIX}{text}\n")

    def status(self, text: str) -> None:
        """An unfinished line, redrawn in place on a terminal and not written anywhere else."""
        if self.live:
            self._write(f"{_CLEAR}{PREFIX}{text}")

    def finish(self, text: str) -> None:
        """Replace the unfinished line (if any) with a complete one."""
        self._write(f"{_CLEAR if self.live else ''}{PREFIX}{text}\n")

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """``NAME …`` while the block runs, then ``NAME … done (1.2 s)``, or ``failed`` if it raises (the
        caller reports the error itself)."""
        t0 = self.clock()
        self.status(f"{name} …")
        try:
            yield
        except BaseException:
            self.finish(f"{name} … failed after {self.clock() - t0:.1f} s")
            raise
        self.finish(f"{name} … done ({self.clock() - t0:.1f} s)")

    def meter(self, label: str) -> DecodeMeter:
        """A meter for one decode, its lines prefixed with ``label`` (public, e.g. ``file 1/2``)."""
        return DecodeMeter(self, label)

    def _write(self, text: str) -> None:
        if self.enabled:
            self.stream.write(text)
            self.stream.flush()


class DecodeMeter:
    """Counts the tokens one decode releases (never their values) and shows the rate.

    Pass :meth:`started` as the engine's ``on_start`` and :meth:`token` as its ``on_token``; then call
    :meth:`done` or :meth:`failed`. The time before ``on_start`` is preparation (tagging, calibration,
    the ledger's reservation); the rate counts from ``on_start`` on.
    """

    def __init__(self, progress: Progress, label: str) -> None:
        self._progress = progress
        self._label = label
        self._t0 = progress.clock()
        self._t_decode: float | None = None
        self._shown = self._t0
        self._budget: int | None = None
        self.tokens = 0
        progress.status(f"{label}: tagging and preparing …")

    def started(self, report: PrivacyReport | None = None) -> None:
        """The engine's ``on_start``: decoding begins. A paraphrase's report gives the token budget
        (public), shown as ``N/budget``; a faithful release also streams its forced public tokens, so
        its count has no budget to show."""
        self._t_decode = self._progress.clock()
        if report is not None and report.release == "paraphrase":
            self._budget = report.max_new_tokens
        self._progress.status(f"{self._label}: decoding …")

    def token(self, _token: object = None) -> None:
        """The engine's ``on_token``: one more released token. Returns None, so it never stops the decode."""
        self.tokens += 1
        now = self._progress.clock()
        if self._progress.live and now - self._shown >= self._progress.interval:
            self._shown = now
            count = self.tokens if self._budget is None else f"{self.tokens}/{self._budget}"
            self._progress.status(f"{self._label}: decoding: {count} tokens, {self._rate(now)}")

    def done(self) -> None:
        """The complete line: preparation time, tokens, decoding time and rate."""
        now = self._progress.clock()
        begun = self._t_decode if self._t_decode is not None else now
        self._progress.finish(f"{self._label}: prepared in {begun - self._t0:.1f} s; decoding: {self.tokens} tokens "
                              f"in {now - begun:.1f} s ({self._rate(now)})")

    def failed(self) -> None:
        """The complete line of a decode that raised (the caller prints the error)."""
        self._progress.finish(f"{self._label}: failed after {self._progress.clock() - self._t0:.1f} s")

    def _rate(self, now: float) -> str:
        seconds = now - (self._t_decode if self._t_decode is not None else self._t0)
        return f"{self.tokens / seconds:.1f} tok/s" if seconds > 0 else "- tok/s"


def _labels(reports: Sequence[PrivacyReport]) -> str:
    seen: dict[str, None] = {}
    for report in reports:
        seen.update(dict.fromkeys(report.epsilon_per_group))
    names = list(seen)
    shown = ", ".join(names[:_MAX_LABELS])
    return shown + (f", +{len(names) - _MAX_LABELS} more" if len(names) > _MAX_LABELS else "")


def summary_text(reports: Sequence[PrivacyReport], *, failed: int, seconds: float) -> str:
    """One line over a run's released documents: files, time, ε, δ, relation, groups (count and
    labels), tokens sampled / charged. Only public fields of the reports are read."""
    n = len(reports)
    head = f"done: {n} file{'' if n == 1 else 's'} privatized" + (f", {failed} failed," if failed else "")
    head += f" in {seconds:.1f} s"
    if not reports:
        return head
    epsilons = {r.epsilon for r in reports}
    eps = f"epsilon={max(epsilons):.3g}" if len(epsilons) == 1 else f"epsilon<={max(epsilons):.3g}"
    relations = "/".join(sorted({r.relation.value for r in reports}))
    groups = sum(r.n_groups for r in reports)
    labels = _labels(reports)
    sampled = sum(r.tokens_emitted for r in reports)
    charged = sum(r.max_new_tokens for r in reports)
    return (f"{head}; {eps} delta={max(r.delta for r in reports):g} per group ({relations}); "
            f"groups: {groups}" + (f" ({labels})" if labels else "") +
            f"; tokens: {sampled} sampled / {charged} charged")
