"""Parameter names of the LangChain adapter: one vocabulary with the core, and nothing ignored.

LangChain's conventional name for a chat model's token budget is ``max_tokens``; the core (and the
CLI, and the retriever's field) call it ``max_new_tokens``. Both are accepted wherever a token
budget is set, and two names given for one setting must agree (:func:`merge_aliases`).

A keyword argument nobody reads is an error here, never a silent no-op (:func:`refuse_unknown`): a
dropped ``max_new_tokens`` or ``epsilon`` would change what a call costs without anyone noticing.
Errors name the offending parameters, never a value (values may be unit ids or private text).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["CHAT_ALIASES", "CHAT_CALL_OPTIONS", "CORE_SETTINGS", "LANGCHAIN_CALL_OPTIONS", "RETRIEVER_ALIASES",
           "merge_aliases", "refuse_unknown"]

#: Constructor and call names of ``ChatDPFusion``: canonical name -> accepted aliases.
CHAT_ALIASES: Mapping[str, tuple[str, ...]] = {"max_tokens": ("max_new_tokens",)}
#: Constructor names of ``DPFusionRetriever`` (its field is the core's ``max_new_tokens``).
RETRIEVER_ALIASES: Mapping[str, tuple[str, ...]] = {"max_new_tokens": ("max_tokens",)}

#: What one ``ChatDPFusion`` call may override (``invoke(..., **options)`` or ``.bind(**options)``).
CHAT_CALL_OPTIONS = frozenset({"epsilon", "delta", "max_tokens", "max_new_tokens", "seed", "units", "temperature",
                               "stop", "tools", "tool_choice", "parallel_tool_calls", "response_format"})
#: Call keyword arguments langchain-core itself passes to or reads from a chat model: ``stream``
#: (its streaming switch, honoured by ``BaseChatModel``) and the structured-output tracing tag that
#: ``with_structured_output`` binds (``batch`` keeps it; ``invoke`` and ``stream`` pop it first).
LANGCHAIN_CALL_OPTIONS = frozenset({"stream", "ls_structured_output_format", "structured_output_format"})

#: Sampling controls of other providers that a DP call cannot honour: they look at the (private)
#: per-context distributions, which the mechanism forbids (``docs/guarantee.md``).
_UNSUPPORTED_SAMPLING = frozenset({"top_p", "top_k", "min_p", "frequency_penalty", "presence_penalty",
                                   "repetition_penalty", "logit_bias", "logprobs", "top_logprobs", "n"})
#: Options of the core call that are settings of an adapter object here (they change the guarantee).
CORE_SETTINGS = frozenset({"alpha", "cap", "spans", "markup", "debug", "relation", "group_policy", "ledger",
                            "allow_no_spans", "release", "slot_tokens", "instruction"})


def _shown(names: Iterable[str]) -> str:
    """The names for an error message: identifiers only (a name is the caller's code, but a
    ``**{text: ...}`` mistake could make one out of data)."""
    return ", ".join(repr(n) if n.isidentifier() and len(n) <= 48 else "<a non-identifier name>"
                     for n in sorted(names))


def merge_aliases(given: Mapping[str, Any], aliases: Mapping[str, tuple[str, ...]], *,
                  owner: str) -> dict[str, Any]:
    """``given`` with every alias renamed to its canonical name.

    Raises ``InvalidParameterError`` when two names of one setting are given different values
    (``max_tokens=8, max_new_tokens=16``): which one was meant cannot be known, and either changes
    the cost. The same value under both names is accepted.
    """
    out = dict(given)
    for canonical, others in aliases.items():
        names = [n for n in (canonical, *others) if n in out]
        if not names:
            continue
        values = [out.pop(n) for n in names]
        first = values[0]
        if any(type(v) is not type(first) or v != first for v in values[1:]):
            raise InvalidParameterError(f"{owner}: {' and '.join(names)} name the same setting and disagree; "
                                        "give one of them")
        out[canonical] = first
    return out


def refuse_unknown(names: Iterable[str], *, accepted: Collection[str], settings: Collection[str], owner: str,
                   internal: Collection[str] = ()) -> None:
    """Raise ``InvalidParameterError`` if any of ``names`` is neither ``accepted`` (the options a
    caller may give, listed in the message) nor ``internal`` (those the framework passes itself).

    ``settings`` are the owner's own settings (its fields): those are refused with a pointer to the
    constructor, sampling controls a DP call cannot honour with the reason, the rest as unknown.
    """
    rest = set(names) - set(accepted) - set(internal)
    if not rest:
        return
    sampling = rest & _UNSUPPORTED_SAMPLING
    if sampling:
        raise InvalidParameterError(
            f"{owner} does not support {_shown(sampling)}: DP-Fusion samples from the fused distribution, and "
            "controls that look at the per-context (private) distributions are not allowed")
    fixed = rest & (set(settings) | CORE_SETTINGS)
    if fixed:
        raise InvalidParameterError(f"{_shown(fixed)} cannot be set per call (a setting of {owner}: it may change "
                                    f"the guarantee); set it when building the {owner}")
    raise InvalidParameterError(f"{owner} got unknown call option(s) {_shown(rest)}; per call it accepts "
                                f"{_shown(accepted)}. Unknown options are refused, not ignored: "
                                "one could change what the call costs")
