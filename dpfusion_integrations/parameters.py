"""Parameter checking shared by the adapters: one vocabulary with the core, and nothing ignored.

Each adapter accepts its ecosystem's conventional names as aliases of the core's
(:func:`merge_aliases`: two names for one setting must agree) and refuses every keyword argument
nobody reads (:func:`refuse_unknown`): a dropped ``max_new_tokens`` or ``epsilon`` would change what a
call costs without anyone noticing. Errors name the offending parameters, never a value (values may
be unit ids or private text). The adapters' own tables of names live next to them
(``langchain_dpfusion._parameters``, ``llama_index.callbacks.dpfusion.parameters``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError

__all__ = ["UNSUPPORTED_SAMPLING", "merge_aliases", "refuse_unknown"]

#: Sampling controls of other LLMs that a DP call cannot honour: they look at the (private)
#: per-context distributions, which the mechanism forbids (``docs/guarantee.md``).
UNSUPPORTED_SAMPLING = frozenset({"top_p", "top_k", "min_p", "frequency_penalty", "presence_penalty",
                                  "repetition_penalty", "logit_bias", "logprobs", "top_logprobs", "n"})


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

    ``settings`` are the owner's settings (its fields, and the core options it fixes): those are
    refused with a pointer to the constructor, sampling controls a DP call cannot honour with the
    reason, the rest as unknown.
    """
    rest = set(names) - set(accepted) - set(internal)
    if not rest:
        return
    sampling = rest & UNSUPPORTED_SAMPLING
    if sampling:
        raise InvalidParameterError(
            f"{owner} does not support {_shown(sampling)}: DP-Fusion samples from the fused distribution, and "
            "controls that look at the per-context (private) distributions are not allowed")
    fixed = rest & set(settings)
    if fixed:
        raise InvalidParameterError(f"{_shown(fixed)} cannot be set per call (a setting of {owner}: it may change "
                                    f"the guarantee); set it when building the {owner}")
    raise InvalidParameterError(f"{owner} got unknown call option(s) {_shown(rest)}; per call it accepts "
                                f"{_shown(accepted)}. Unknown options are refused, not ignored: "
                                "one could change what the call costs")
