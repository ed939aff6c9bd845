"""Parameter names of the LlamaIndex adapter: one vocabulary with the core, and nothing ignored.

The token budget is ``max_new_tokens`` in the core, the CLI and here (as in LlamaIndex's
``HuggingFaceLLM``); LlamaIndex also calls it ``num_output`` (``LLMMetadata``, ``Settings``) and many
of its LLMs ``max_tokens``. All three are accepted wherever a token budget is set, and two names
given for one setting must agree (:func:`merge_aliases`). ``model`` is accepted for ``model_name``.

A keyword argument nobody reads is an error, never a silent no-op (:func:`refuse_unknown`): a
dropped ``num_output`` or ``epsilon`` would change what a call costs without anyone noticing.
Errors name the offending parameters, never a value (values may be unit ids or private text).
Shared by the LLM and the postprocessor (this package is the one both already depend on).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from dpfusion_integrations.parameters import merge_aliases
from dpfusion_integrations.parameters import refuse_unknown as _refuse_unknown

__all__ = ["CALL_ALIASES", "CONSTRUCTOR_ALIASES", "CORE_SETTINGS", "merge_aliases", "refuse_unknown"]

#: Per-call names of the token budget: canonical name -> accepted aliases.
CALL_ALIASES: Mapping[str, tuple[str, ...]] = {"max_new_tokens": ("max_tokens", "num_output")}
#: Constructor names of ``DPFusionLLM`` and ``DPFusionPostprocessor``.
CONSTRUCTOR_ALIASES: Mapping[str, tuple[str, ...]] = {**CALL_ALIASES, "model_name": ("model",)}

#: Options of the core call that are settings of an adapter object (they change the guarantee).
CORE_SETTINGS = frozenset({"relation", "group_policy", "alpha", "cap", "ledger", "spans", "markup", "allow_no_spans",
                           "public_roles", "public_texts", "resolver", "engine", "debug", "release", "slot_tokens", "instruction"})


def refuse_unknown(names: Iterable[str], *, accepted: Collection[str], settings: Collection[str], owner: str,
                   internal: Collection[str] = ()) -> None:
    """The core's :func:`~dpfusion_integrations.parameters.refuse_unknown` with this adapter's
    ``CORE_SETTINGS`` counted among the owner's settings."""
    _refuse_unknown(names, accepted=accepted, settings=set(settings) | CORE_SETTINGS, owner=owner,
                    internal=internal)
