"""The interface every text-release mechanism implements, so that DP-Fusion and the baselines are
run, attacked and measured the same way.

A mechanism takes documents with their private spans (gold spans in an evaluation, so that the
tagger is not a confound) and returns one :class:`Release` per document: the text and the privacy
claim that comes with it. The claim is ``None`` for baselines without a DP guarantee; for the others
it names the *notion* it is stated in, because the ε of DP-Fusion (per privacy group, (ε, δ), the
redaction relation) and the ε of DP-Prompt / DP-Decoding (pure ε for any change of the whole
document) are not the same promise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import Span, validate_spans

__all__ = ["Mechanism", "PrivacyNotion", "Release", "SpannedText", "check_release_args"]


class PrivacyNotion(str, Enum):
    """What a claimed ε covers."""

    #: No differential-privacy claim (redaction, plain paraphrase).
    NONE = "none"
    #: Pure ε-DP for ANY change of the whole input document (DP-Prompt, DP-Decoding).
    PURE_DOCUMENT = "pure-document"
    #: (ε, δ)-DP per privacy group; neighbours differ by one group's values vs. its placeholder.
    GROUP_REDACTION = "group-redaction"
    #: (ε, δ)-DP per privacy group; neighbours differ by one group's values vs. any other values.
    GROUP_SUBSTITUTION = "group-substitution"


@dataclass(frozen=True)
class SpannedText:
    """A document and its private spans ``(start, end, entity_type)`` (offsets into ``text``)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]

    def clean_spans(self) -> list[Span]:
        """The spans as validated, sorted, non-overlapping :class:`Span` objects."""
        return validate_spans(self.text, self.spans)

    def __repr__(self) -> str:  # never show the text: it is private
        return f"SpannedText(<{len(self.text)} chars>, {len(self.spans)} spans)"


@dataclass(frozen=True)
class Release:
    """One released text and its privacy claim (``epsilon``/``delta`` ``None`` when there is none)."""

    text: str
    notion: PrivacyNotion
    epsilon: float | None
    delta: float | None
    tokens_emitted: int

    def __repr__(self) -> str:
        return (f"Release(<{len(self.text)} chars>, notion={self.notion.value}, epsilon={self.epsilon}, "
                f"delta={self.delta}, tokens_emitted={self.tokens_emitted})")


@runtime_checkable
class Mechanism(Protocol):
    """A text-release mechanism.

    ``name`` is a short public identifier (``"dp-fusion"``); ``is_dp`` tells whether ``release``
    depends on ``epsilon`` (non-DP baselines ignore it and return the same kind of text for every ε).
    """

    name: str
    is_dp: bool

    def release(self, documents: Sequence[SpannedText], *, epsilon: float, delta: float, max_new_tokens: int,
                seed: int | None) -> list[Release]:
        """Release every document. An integer ``seed`` makes the draws reproducible (document ``i``
        uses ``seed + i``); ``None`` draws from the OS CSPRNG."""
        ...


def check_release_args(documents: Sequence[SpannedText], epsilon: float, delta: float, max_new_tokens: int) -> None:
    """Shared argument checks (messages carry no document text)."""
    if isinstance(documents, (str, SpannedText)) or not isinstance(documents, Sequence):
        raise InvalidParameterError("documents must be a sequence of SpannedText")
    if any(not isinstance(d, SpannedText) for d in documents):
        raise InvalidParameterError("documents must be a sequence of SpannedText")
    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)) or not 0 <= epsilon < float("inf"):
        raise InvalidParameterError(f"epsilon must be a finite number >= 0, got {epsilon!r}")
    if isinstance(delta, bool) or not isinstance(delta, (int, float)) or not 0 < delta < 1:
        raise InvalidParameterError(f"delta must be in (0, 1), got {delta!r}")
    if isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, int) or max_new_tokens < 1:
        raise InvalidParameterError(f"max_new_tokens must be an integer >= 1, got {max_new_tokens!r}")
