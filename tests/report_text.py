"""Report JSON with the unit aliases blanked out, for tests that check a short private value never
shows in a report: an alias is a keyed hash written in base64url (``a_...``, 86 characters), so
a value as short as "Ann" turns up inside one now and then by chance, which says nothing about a
leak."""

from __future__ import annotations

import re

from dpfusion_integrations.unit_aliases import ALIAS_PREFIX

_ALIAS = re.compile(re.escape(ALIAS_PREFIX) + r"[A-Za-z0-9_-]{16,}")


def without_aliases(text: str) -> str:
    """``text`` with every unit alias replaced by ``<alias>``."""
    return _ALIAS.sub("<alias>", text)
