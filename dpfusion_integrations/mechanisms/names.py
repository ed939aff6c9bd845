"""Mechanism names (a constant module, so that parsers can list them without importing torch)."""

from __future__ import annotations

__all__ = ["MECHANISM_NAMES"]

#: Every mechanism name, in the order tables and plots list them.
MECHANISM_NAMES: tuple[str, ...] = ("dp-fusion", "dp-fusion-faithful", "dp-fusion-faithful-surrogates", "redaction",
                                    "paraphrase", "dp-prompt", "dp-decoding")
