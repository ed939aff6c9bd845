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

from dpfusion_integrations.parameters import merge_aliases
from dpfusion_integrations.parameters import refuse_unknown as _refuse_unknown

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

#: Options of the core call that are settings of an adapter object here (they change the guarantee).
CORE_SETTINGS = frozenset({"alpha", "cap", "spans", "markup", "debug", "relation", "group_policy", "ledger",
                            "allow_no_spans", "release", "slot_tokens", "surrogates", "instruction"})


def refuse_unknown(names: Iterable[str], *, accepted: Collection[str], settings: Collection[str], owner: str,
                   internal: Collection[str] = ()) -> None:
    """The core's :func:`~dpfusion_integrations.parameters.refuse_unknown` with this adapter's
    ``CORE_SETTINGS`` counted among the owner's settings."""
    _refuse_unknown(names, accepted=accepted, settings=set(settings) | CORE_SETTINGS, owner=owner,
                    internal=internal)
