"""Identifiers announced by a label word: ``Ticket 4821``, ``Case #45120``, ``Badge number 47-11029``,
``Invoice 2024/INV/00317``, ``Student ID 20231187``, ``policy PLX-88310-22``. Only the value (which
must hold a digit) becomes the span; the label is public."""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["LABELLED_ID_RULE", "LABELS", "labelled_id_detector"]

_LABELS = (
    r"ticket|case|ref(?:erence)?|order|invoice|incident|claim|policy|account|acct|a/c|member(?:ship)?"
    r"|badge|booking|confirmation|tracking|serial|student|employee|staff|patient|customer|client"
    r"|subscriber|record|file|request|application|permit|licen[cs]e|plate|registration|reg|vin"
    r"|passport|nhs|nino|tax|vat|ein|tin|pin|id|mrn|sort[ ]code|routing|swift|bic|iban|voucher"
    r"|certificate|cert|parcel|shipment|contract|folio|docket|matter|dossier"
)
#: The label words (regex alternatives, matched in any case), shared with round 5's ``id_codes``.
LABELS = _LABELS
LABELLED_ID_RULE = RegexRule(
    "labelled identifier",
    ID,
    re.compile(
        rf"\b(?i:{_LABELS})\b\.?[ \t]*+(?:(?i:no|nr|number|num|id|code)\b\.?[ \t]*+)?[:#]?[ \t]*+(?:(?i:is)[ \t]++)?"
        r"(?P<value>\#?[A-Za-z0-9][A-Za-z0-9/._-]{1,40}[A-Za-z0-9])"
    ),
    0.9,
    lambda m: any(c.isdigit() for c in m.group("value")),
)


def labelled_id_detector() -> RegexDetector:
    return RegexDetector("labelled-id", [LABELLED_ID_RULE])
