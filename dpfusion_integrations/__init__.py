"""dpfusion-integrations: differentially private LLM inference with DP-Fusion.

The heavy parts (torch, transformers, Presidio) load on first use, so importing the ledger or
the accounting alone stays cheap. Importing the package sets ``GOMP_SPINCOUNT`` when torch is not
loaded yet and the user set no OpenMP wait policy (``DPFUSION_THREADING=off`` prevents it); see
:mod:`~dpfusion_integrations.threading_policy`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from dpfusion_integrations import threading_policy as _threading_policy
from dpfusion_integrations._lazy import lazy_exports

logging.getLogger(__name__).addHandler(logging.NullHandler())
# Before torch loads (this package imports it only on first use): bounded OpenMP spinning, unless the
# user set their own or DPFUSION_THREADING=off. See threading_policy for why and for the side effects.
_threading_policy.configure_openmp()
_threading_policy.remember_load()

__all__ = [
    "BudgetExceededError",
    "DPFusion",
    "DPFusionError",
    "Grammar",
    "GroupPolicy",
    "PrivacyLedger",
    "PrivacyReport",
    "PrivatizationResult",
    "Relation",
]

_LAZY = {
    "DPFusion": "dpfusion_integrations.dpfusion",
    "PrivatizationResult": "dpfusion_integrations.report",
    "PrivacyReport": "dpfusion_integrations.report",
    "PrivacyLedger": "dpfusion_integrations.ledger",
    "BudgetExceededError": "dpfusion_integrations.errors",
    "DPFusionError": "dpfusion_integrations.errors",
    "Grammar": "dpfusion_integrations.engine.grammar",
    "GroupPolicy": "dpfusion_integrations.tagging.grouping",
    "Relation": "dpfusion_integrations.accounting.relation",
}

if TYPE_CHECKING:
    from dpfusion_integrations.accounting.relation import Relation
    from dpfusion_integrations.dpfusion import DPFusion
    from dpfusion_integrations.engine.grammar import Grammar
    from dpfusion_integrations.errors import BudgetExceededError, DPFusionError
    from dpfusion_integrations.ledger import PrivacyLedger
    from dpfusion_integrations.report import PrivacyReport, PrivatizationResult
    from dpfusion_integrations.tagging.grouping import GroupPolicy

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, __all__)
