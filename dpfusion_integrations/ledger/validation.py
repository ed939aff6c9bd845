"""Input checks and the integer budget rule, run before the ledger opens a transaction.

Everything a caller passes is validated here first, so a bad argument raises
:class:`InvalidParameterError` without touching the store. The cap rule lives here too, as a pure
function, so reserve and set_cap apply exactly the same test.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence, Set

from dpfusion_integrations.accounting.analysis import rdp_budget_for_epsilon, rdp_to_epsilon
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.ledger.models import MICRO_NATS_PER_NAT

__all__ = [
    "MAX_ID_LENGTH",
    "MAX_MICRO_NATS",
    "check_alpha",
    "check_call_id",
    "check_cap",
    "check_delta",
    "check_label",
    "check_unit",
    "cap_budget_micro_nats",
    "epsilon_of",
    "normalize_commit",
    "normalize_reservation",
    "resolve_commit",
    "to_micro_nats",
    "within_cap",
]

MAX_ID_LENGTH = 256
"""Unit ids, call ids and labels are opaque identifiers, not text; longer strings are refused."""

MAX_MICRO_NATS = 2**62
"""Headroom below the signed 64-bit columns, so sums of a few amounts cannot overflow."""


def _check_identifier(value: object, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidParameterError(f"{what} must be a non-empty string")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidParameterError(f"{what} must be at most {MAX_ID_LENGTH} characters (an opaque id, not text)")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise InvalidParameterError(f"{what} must not contain control characters")
    return value


def check_call_id(call_id: object) -> str:
    """A call id: non-empty, short, printable. Its content is not shown in the error."""
    return _check_identifier(call_id, "call_id")


def check_unit(unit: object) -> str:
    """A privacy unit id (for example ``"u_ab12..."`` or ``"patient-17"``): opaque, short, printable."""
    return _check_identifier(unit, "unit id")


def check_label(label: object) -> str | None:
    """The caller's optional label for the audit log (never raw private text: the ledger cannot tell)."""
    if label is None:
        return None
    return _check_identifier(label, "label")


def check_alpha(alpha: object) -> float:
    """The ledger's Rényi order: a finite real number > 1."""
    if isinstance(alpha, bool) or not isinstance(alpha, (int, float)) or not (math.isfinite(alpha) and alpha > 1):
        raise InvalidParameterError(f"alpha must be a finite number > 1, got {alpha!r}")
    return float(alpha)


def check_delta(delta: object) -> float:
    """A δ in the open interval (0, 1)."""
    if isinstance(delta, bool) or not isinstance(delta, (int, float)) or not (0.0 < delta < 1.0):
        raise InvalidParameterError(f"delta must be a number in (0, 1), got {delta!r}")
    return float(delta)


def check_cap(epsilon: object, delta: object) -> tuple[float, float]:
    """A cap ``(ε, δ)``: ε finite and ≥ 0, δ in (0, 1)."""
    if isinstance(epsilon, bool) or not isinstance(epsilon, (int, float)) or not (
        math.isfinite(epsilon) and epsilon >= 0
    ):
        raise InvalidParameterError(f"cap epsilon must be a finite number >= 0, got {epsilon!r}")
    return float(epsilon), check_delta(delta)


def to_micro_nats(rdp: object, what: str = "rdp") -> int:
    """``ceil(rdp · 10⁶)``: amounts are rounded up, so rounding charges and never forgives.

    The product is taken in double precision, so ``0.2`` is stored as 200000 micro-nats; its own
    rounding (half an ulp, about 1e-10 micro-nats for realistic amounts) is far below the
    floating-point error with which ``rdp`` itself was computed.
    """
    if isinstance(rdp, bool) or not isinstance(rdp, (int, float)):
        raise InvalidParameterError(f"{what} must be a number, got {type(rdp).__name__}")
    try:
        value = float(rdp)
    except OverflowError:
        raise InvalidParameterError(f"{what} is too large for the ledger") from None
    if not (math.isfinite(value) and value >= 0):
        raise InvalidParameterError(f"{what} must be finite and >= 0, got {rdp!r}")
    if value * MICRO_NATS_PER_NAT > MAX_MICRO_NATS:
        raise InvalidParameterError(f"{what}={rdp!r} is too large for the ledger")
    return math.ceil(value * MICRO_NATS_PER_NAT)


def normalize_reservation(units: object, rdp: object) -> dict[str, int]:
    """Turn ``reserve``'s ``(units, rdp)`` into ``{unit: micro-nats}`` sorted by unit id.

    Either a sequence (or set) of distinct unit ids plus one ``rdp`` charged to each, or a mapping
    ``unit -> rdp`` with ``rdp`` left ``None``. A bare string is refused (it would be read as a
    sequence of one-letter units), and so are duplicate ids (charging a unit twice for one call
    is almost certainly a caller bug; the ledger does not silently merge them).
    """
    if isinstance(units, (str, bytes)):
        raise InvalidParameterError("units must be a sequence or mapping of unit ids, not a single string")
    if isinstance(units, Mapping):
        if rdp is not None:
            raise InvalidParameterError("pass rdp=None when units is a mapping unit -> rdp")
        amounts = {check_unit(unit): to_micro_nats(value, "rdp of a unit") for unit, value in units.items()}
    elif isinstance(units, (Sequence, Set)):
        if rdp is None:
            raise InvalidParameterError("rdp is required when units is a sequence of unit ids")
        micro = to_micro_nats(rdp)
        ids = [check_unit(unit) for unit in units]
        if len(set(ids)) != len(ids):
            raise InvalidParameterError("units contains the same unit id more than once")
        amounts = {unit: micro for unit in ids}
    else:
        raise InvalidParameterError(f"units must be a sequence or mapping of unit ids, got {type(units).__name__}")
    if not amounts:
        raise InvalidParameterError("a reservation needs at least one privacy unit")
    return dict(sorted(amounts.items()))


def normalize_commit(rdp: object) -> int | dict[str, int] | None:
    """``commit``'s amount: None (the full reservation), one rdp for every unit, or a mapping."""
    if rdp is None:
        return None
    if isinstance(rdp, Mapping):
        return {check_unit(unit): to_micro_nats(value, "rdp of a unit") for unit, value in rdp.items()}
    return to_micro_nats(rdp)


def resolve_commit(call_id: str, reserved: dict[str, int], spec: int | dict[str, int] | None) -> dict[str, int]:
    """The amount to commit per reserved unit, checked against the reservation."""
    if spec is None:
        return dict(reserved)
    if isinstance(spec, int):
        actual = {unit: spec for unit in reserved}
    else:
        if set(spec) != set(reserved):
            raise InvalidParameterError(
                f"a commit mapping for call {call_id!r} must name exactly the units it reserved"
            )
        actual = spec
    over = [unit for unit, held in reserved.items() if actual[unit] > held]
    if over:
        raise InvalidParameterError(
            f"commit for call {call_id!r} exceeds its reservation on {len(over)} unit(s); nothing was changed"
        )
    return actual


def epsilon_of(total_micro_nats: int, *, alpha: float, delta: float) -> float:
    """ε at ``delta`` of a unit that has spent ``total_micro_nats`` of RDP at ``alpha``.

    Zero RDP is exactly (0, 0)-DP, so it reports 0 rather than the conversion's offset
    ``log(1−1/α) − log(δα)/(α−1)``; any positive amount uses the improved conversion
    (Balle et al. 2020, Thm. 21) through :func:`rdp_to_epsilon`.
    """
    if total_micro_nats <= 0:
        return 0.0
    return rdp_to_epsilon(rdp=total_micro_nats / MICRO_NATS_PER_NAT, alpha=alpha, delta=delta)


def cap_budget_micro_nats(*, epsilon: float, delta: float, alpha: float) -> int:
    """Largest RDP total (micro-nats at ``alpha``, rounded down) whose ε at ``delta`` stays within
    ``epsilon``; 0 when ``epsilon`` is below the conversion's offset (then only zero-cost calls fit)."""
    budget = rdp_budget_for_epsilon(epsilon=epsilon, alpha=alpha, delta=delta)
    if budget <= 0:
        return 0
    return min(math.floor(budget * MICRO_NATS_PER_NAT), MAX_MICRO_NATS)


def within_cap(total_micro_nats: int, *, epsilon: float, delta: float, alpha: float) -> bool:
    """The one budget rule: a unit may hold ``total_micro_nats`` (committed + outstanding) under
    the cap ``(epsilon, delta)`` iff it is 0 or at most the cap's budget rounded down."""
    if total_micro_nats <= 0:
        return True
    return total_micro_nats <= cap_budget_micro_nats(epsilon=epsilon, delta=delta, alpha=alpha)
