"""Privacy accounting for DP-Fusion: pure math, immutable spend events, and calibration."""

from dpfusion_integrations.accounting.analysis import (
    cap_for_step_rdp,
    compose,
    effective_cap,
    enforcement_order,
    rdp_budget_for_epsilon,
    rdp_to_epsilon,
    rdp_to_epsilon_classic,
    step_rdp,
)
from dpfusion_integrations.accounting.calibration import (
    ALPHA_GRID,
    Calibration,
    calibrate,
    guarantee,
    smallest_feasible_epsilon,
)
from dpfusion_integrations.accounting.events import SpendEvent, total_rdp
from dpfusion_integrations.accounting.relation import Relation

__all__ = [
    "ALPHA_GRID",
    "Calibration",
    "Relation",
    "SpendEvent",
    "calibrate",
    "cap_for_step_rdp",
    "compose",
    "effective_cap",
    "enforcement_order",
    "guarantee",
    "rdp_budget_for_epsilon",
    "rdp_to_epsilon",
    "rdp_to_epsilon_classic",
    "smallest_feasible_epsilon",
    "step_rdp",
    "total_rdp",
]
