"""The neighbouring relation a privacy guarantee is stated for."""

from __future__ import annotations

from enum import Enum

__all__ = ["Relation"]


class Relation(str, Enum):
    """Which pairs of inputs the guarantee makes indistinguishable.

    ``REDACTION`` (the paper's relation): a privacy group's true tokens versus the placeholder,
    i.e. adding or removing one group. ``SUBSTITUTION``: any value of the group versus any other
    value; the engine then enforces the per-token cap at order ``2 * alpha``.
    """

    REDACTION = "redaction"
    SUBSTITUTION = "substitution"
