"""The options of one ``DPFusionLLM`` call: per-call overrides checked as strictly as the fields.

A call option that changes what the call costs (ε, δ, the token budget under any of its names
``max_new_tokens`` / ``max_tokens`` / ``num_output``, the units charged) is honoured and validated,
never dropped: a bad value is an ``InvalidParameterError`` naming the option only (never its value:
unit ids stay out of errors). ``temperature`` and ``stop`` are honoured too, and the tool options
that ``chat_with_tools`` / ``predict_and_call`` / ``structured_predict`` pass: they decide the call's
grammar (``dpfusion_integrations.tool_grammar``), which makes every tool call the model writes
valid. Options that would change the guarantee but are settings of the LLM (relation, grouping,
calibration, ledger...) are refused per call, and so is any other unknown option: none is ignored.
The one exception is ``extra_headers``, which LlamaIndex's ``DocumentContextExtractor`` passes to
any LLM: HTTP headers mean nothing to a local model and cannot change the cost.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dpfusion_integrations.budget import check_units as core_check_units
from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tool_grammar import tool_call_grammar
from llama_index.callbacks.dpfusion.parameters import CALL_ALIASES, merge_aliases, refuse_unknown
from llama_index.llms.dpfusion.messages import tool_specs
from dpfusion_integrations.schema_refs import inline_refs

__all__ = ["CALL_OPTIONS", "CallOptions", "call_options", "check_units"]

#: What one call may override (``complete(..., **options)``, ``chat``, their stream and async forms).
CALL_OPTIONS = frozenset({"epsilon", "delta", "max_new_tokens", "max_tokens", "num_output", "seed", "units", "stop",
                          "temperature", "tools", "tool_choice", "tool_required", "allow_parallel_tool_calls"})
#: Passed by LlamaIndex components to any LLM and meaningless here (no HTTP request): accepted, unused.
_TRANSPORT = frozenset({"extra_headers"})
#: The ``tool_choice`` keywords (a dict ``{"type": keyword}`` means the keyword).
_CHOICE_KEYWORDS = frozenset({"auto", "none", "any", "required"})


@dataclass(frozen=True)
class CallOptions:
    """The options of one call, per-call overrides applied and checked."""

    epsilon: float
    delta: float
    max_new_tokens: int
    seed: int | None
    units: list[str] | None
    stop: list[str] | None
    temperature: float | None = None
    specs: list[dict[str, Any]] = field(default_factory=list)
    forced: str | None = None
    required: bool = False
    parallel: bool = True
    #: The public grammar the output must follow (tools bound, or the LLM's ``grammar``), if any.
    grammar: Grammar | None = None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check_units(units: Any) -> list[str] | None:
    """``None`` (the default units) or a non-empty list of non-empty unit ids, as the core checks
    them: an empty list would charge nobody, so it is an error, never "no units"."""
    core_check_units(units)
    return None if units is None else list(units)


def _epsilon(value: Any) -> float:
    if not (_is_number(value) and value >= 0):
        raise InvalidParameterError("epsilon must be a finite number >= 0")
    return float(value)


def _delta(value: Any) -> float:
    if not (_is_number(value) and 0 < value < 1):
        raise InvalidParameterError("delta must be a number in (0, 1)")
    return float(value)


def _budget_given(kwargs: Mapping[str, Any]) -> bool:
    return any(k in kwargs for k in ("max_new_tokens", *CALL_ALIASES["max_new_tokens"]))


def _max_new_tokens(kwargs: Mapping[str, Any], default: int) -> int:
    """The call's token budget under any of its names (they must agree), else ``default``."""
    given = [k for k in ("max_new_tokens", *CALL_ALIASES["max_new_tokens"]) if k in kwargs]
    value = merge_aliases(kwargs, CALL_ALIASES, owner="DPFusionLLM").get("max_new_tokens", default)
    if not (_is_int(value) and value >= 1):
        raise InvalidParameterError(f"{given[0] if given else 'max_new_tokens'} must be an int >= 1")
    return value


def _temperature(value: Any) -> float | None:
    if value is not None and not (_is_number(value) and value > 0):
        raise InvalidParameterError("temperature must be a finite number > 0, or None for the LLM's "
                                    "(greedy decoding would not be differentially private)")
    return None if value is None else float(value)


def _seed(value: Any) -> int | None:
    if value is not None and not _is_int(value):
        raise InvalidParameterError("seed must be an int or None")
    return value


def _stop(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    if not (isinstance(value, Sequence) and all(isinstance(s, str) for s in value)):
        raise InvalidParameterError("stop must be a string or a list of strings")
    return list(value)


def _tool_choice(value: Any) -> str | None:
    """``tool_choice`` as ``None`` or a string: the keyword or tool name of the provider-style dicts
    ``{"type": "function", "function": {"name": ...}}`` (OpenAI), ``{"type": "tool", "name": ...}``
    and ``{"type": "auto" | "none" | "any" | "required"}`` (Anthropic), or ``{"name": ...}``. Any
    other form is an ``InvalidParameterError``: read as ``"auto"``, a ``"none"`` or ``"any"`` would
    be ignored."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        kind, function = value.get("type"), value.get("function")
        if kind in _CHOICE_KEYWORDS:
            return str(kind)
        if kind in ("function", None) and isinstance(function, Mapping):
            name = function.get("name")
        elif kind in ("tool", None):
            name = value.get("name")
        else:
            name = None
        if isinstance(name, str) and name:
            return name
    raise InvalidParameterError("tool_choice must be 'auto', 'none', 'any', 'required', a bound tool's name, or a "
                                "provider-style dict naming one of those")


def _grammar_choice(choice: Any, names: Sequence[str], required: bool) -> Any:
    """The ``tool_call_grammar`` choice of a call: a named tool, ``"required"``, or ``"auto"``; any
    other value is passed on, and refused there (``GrammarError``)."""
    if choice in names:
        return choice
    if required:
        return "required"
    return "auto" if choice in (None, "auto") else choice


def call_options(kwargs: Mapping[str, Any], *, epsilon: float, delta: float, max_new_tokens: int,
                 seed: int | None, units: list[str] | None, stop: list[str] | None,
                 temperature: float | None = None, settings: Collection[str] = (),
                 grammar: Grammar | None = None, min_tool_call_tokens: int = 1) -> CallOptions:
    """The options of a call: the LLM's settings (keyword arguments) overridden by ``kwargs``.
    ``settings``: the LLM's field names, refused per call with a pointer to the constructor.

    With tools bound (and ``tool_choice`` not ``"none"``) the call's grammar is the tool-call grammar:
    a named ``tool_choice``, ``"required"``/``"any"`` or ``tool_required=True`` make at least one call
    mandatory (exactly one unless ``allow_parallel_tool_calls``), anything else is ``"auto"``. Without
    tools it is ``grammar`` (the LLM's). A call that must hold a tool call and gives no budget of its
    own gets at least ``min_tool_call_tokens`` sampled tokens."""
    refuse_unknown(kwargs, accepted=CALL_OPTIONS, internal=_TRANSPORT, settings=settings, owner="DPFusionLLM")
    specs = tool_specs(kwargs.get("tools") or [])
    choice = _tool_choice(kwargs.get("tool_choice"))
    if choice == "none":
        specs = []
    names = [s["name"] for s in specs]
    required = bool(specs) and bool(kwargs.get("tool_required") or choice in ("required", "any") or choice in names)
    forced = choice if choice in names else (names[0] if required and len(names) == 1 else None)
    parallel = bool(kwargs.get("allow_parallel_tool_calls", True))
    if specs:
        embeddable = [{**s, "parameters": inline_refs(s["parameters"] or {})} for s in specs]
        grammar = tool_call_grammar(embeddable, _grammar_choice(choice, names, required), parallel=parallel)
    budget = _max_new_tokens(kwargs, max_new_tokens)
    if required and not _budget_given(kwargs):
        budget = max(budget, min_tool_call_tokens)
    return CallOptions(epsilon=_epsilon(kwargs.get("epsilon", epsilon)), delta=_delta(kwargs.get("delta", delta)),
                       max_new_tokens=budget, seed=_seed(kwargs.get("seed", seed)),
                       units=check_units(kwargs.get("units", units)), stop=_stop(kwargs.get("stop", stop)),
                       temperature=_temperature(kwargs.get("temperature", temperature)), specs=specs, forced=forced,
                       required=required, parallel=parallel, grammar=grammar)
