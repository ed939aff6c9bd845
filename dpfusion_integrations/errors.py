"""Typed errors. None of them ever carries raw private text in its message or attributes."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DPFusionError",
    "InvalidParameterError",
    "InfeasibleEpsilonError",
    "EmptyTextError",
    "NoPrivateSpansError",
    "UnsupportedLanguageError",
    "ContextTooLongError",
    "TaggingError",
    "ModelLoadError",
    "BudgetExceededError",
    "InnerRetrieverError",
    "NumericalError",
    "GrammarError",
]


class DPFusionError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidParameterError(DPFusionError, ValueError):
    """A privacy or decoding parameter is out of its domain (ε < 0, δ ∉ (0, 1), unknown policy...)."""


class InfeasibleEpsilonError(InvalidParameterError):
    """The requested ε cannot be met by any supported (α, cap) for this δ and token budget."""

    def __init__(self, *, epsilon: float, min_epsilon: float, delta: float, max_new_tokens: int) -> None:
        self.epsilon = epsilon
        self.min_epsilon = min_epsilon
        self.delta = delta
        self.max_new_tokens = max_new_tokens
        super().__init__(
            f"epsilon={epsilon:g} is not reachable at delta={delta:g}: the smallest feasible epsilon is "
            f"{min_epsilon:.6g} (use epsilon=0 for public-only decoding, which leaks nothing about the "
            f"private groups)"
        )


class EmptyTextError(InvalidParameterError):
    """The input text (or every message) is empty."""


class NoPrivateSpansError(InvalidParameterError):
    """No private span was found or given; pass ``allow_no_spans=True`` to decode the text as public."""


class UnsupportedLanguageError(InvalidParameterError):
    """The text is in a language the configured tagger does not support; nothing was tagged or decoded.

    A tagger misses most identifiers of a language it was not built for, and a miss is released as
    public text, so the text is refused before tagging (see ``dpfusion_integrations.tagging.language``).
    ``language`` is the identified ISO 639-1 code (``"und"`` if none), ``confidence`` the identifier's
    probability, ``supported`` the tagger's languages. The message holds these and the ways out,
    never any of the text.
    """

    def __init__(self, *, language: str, supported: Sequence[str], confidence: float = 0.0,
                 by_script: bool = False) -> None:
        self.language = language
        self.supported = tuple(supported)
        self.confidence = float(confidence)
        self.by_script = by_script
        if by_script:
            found = f"most of its words are in a script none of them use (identified as {language!r})"
        else:
            found = f"it is identified as {language!r} (probability {confidence:.2f})"
        languages = ", ".join(repr(code) for code in self.supported)
        super().__init__(
            f"the text is not in a language the tagger supports ({languages}): "
            f"{found}. A tagger misses private values in a language it was not built for, and a miss is "
            "released as public text. Give the private spans yourself (spans=[(start, end, group)], or "
            "<private> markup with markup='exclusive'), configure a tagger for that language (docs/tagging.md, "
            "'Adding a language'), or turn the check off with language_check='off' (on DPFusion or the tagger)"
        )


class ContextTooLongError(InvalidParameterError):
    """A context plus ``max_new_tokens`` does not fit the model's context window.

    Only public lengths are reported: ``context_tokens`` is the public (redacted) context's length, or
    ``None`` when the check failed before it was built; the raw text's and the revealed contexts'
    lengths depend on the private values and are never given.
    """

    def __init__(self, *, context_tokens: int | None, max_new_tokens: int | None, limit: int,
                 output: str | None = None, remedy: str = "lower max_new_tokens") -> None:
        self.context_tokens = context_tokens
        self.max_new_tokens = max_new_tokens
        self.limit = limit
        size = "the input" if context_tokens is None else f"the public context ({context_tokens} tokens)"
        budget = output if output is not None else f"max_new_tokens={max_new_tokens}"
        super().__init__(
            f"{size} with {budget} does not fit the model's context window of "
            f"{limit} tokens once the private values are filled in; split the text or {remedy}"
        )


class TaggingError(DPFusionError):
    """The PII tagger could not run (for example its spaCy model is not installed)."""


class ModelLoadError(DPFusionError):
    """A model could not be loaded from local files (this library never downloads at run time)."""


class BudgetExceededError(DPFusionError):
    """A call would spend more than a privacy unit's cap; nothing was generated or charged.

    Raised by a call (``DPFusion.privatize`` and the adapters), ``units`` holds the call's per-call unit
    aliases, never stable unit ids (those stay in the ledger); raised by ``PrivacyLedger.reserve``
    itself (an operator API), it holds the ledger's unit ids.
    """

    def __init__(self, message: str, *, call_id: str | None = None, units: tuple[str, ...] = ()) -> None:
        self.call_id = call_id
        self.units = tuple(units)
        super().__init__(message)


class InnerRetrieverError(DPFusionError):
    """A wrapped (inner) retriever failed. Its message and traceback are withheld, because they may
    hold raw chunks; the message names only the exception type, and the original exception is
    neither the cause nor the context of this one."""


class NumericalError(DPFusionError):
    """The public context's next-token distribution is not finite (e.g. a float16 overflow), so no
    token can be released. Depends on public inputs only; nothing about the groups was released."""


class GrammarError(InvalidParameterError):
    """A grammar, JSON schema or regular expression given to constrain the output is invalid, or the
    tokenizer cannot be used with one. Grammars are public (the caller's code), so the message may
    quote the grammar engine's diagnosis; it never quotes the text being decoded."""
