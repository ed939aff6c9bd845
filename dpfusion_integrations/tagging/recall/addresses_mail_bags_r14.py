"""Round 14 (``recall-v14``): "Private Mail Bag" boxes.

Round 8's post-office boxes (:mod:`~dpfusion_integrations.tagging.recall.addresses_boxes_r8`) know "Private
Bag", "Locked Bag" and "PMB", but not the spelled-out "Private Mail Bag 1997" that the postal services of
Fiji, Vanuatu, Papua New Guinea, Tuvalu, Samoa, Nigeria and Malawi write in addresses. The words and the
box number are taken together, with "No." or "#" between them; the phrase names a box only with its
number, capitalised as a name ("our private mail bag 5 service" stays public). Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.spans import Span

__all__ = ["mail_bags"]

MAIL_BAG_SCORE = 0.8
_MAIL_BAG = re.compile(r"(?<![\w-])(?:Private[ ]Mail[ ]Bag|PRIVATE[ ]MAIL[ ]BAG)[ \t]*+(?:(?i:no\.?|nr\.?|#)[ \t]*+)?\d{1,6}(?![\w-])")


def mail_bags(text: str) -> list[Span]:
    """Spans over each "Private Mail Bag" with its number."""
    return [Span(m.start(), m.end(), LOCATION, MAIL_BAG_SCORE) for m in _MAIL_BAG.finditer(text)]
