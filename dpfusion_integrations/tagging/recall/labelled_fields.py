"""Form fields: the value after a field label at the start of a line or after a separator is
private whatever it looks like ("Name: ottilie brandt", "Address: 14 Larkspur Close, Milton
Keynes", "Employer: Fabrikam", "DOB: 02/11/1975"). The value runs to the end of the line, a tab, a
double space, a ``;`` or a ``|`` (at most 120 characters); the label is public. The label chooses
the group type.

Round 4 (``LabelledFields(extended=True)``) also takes the value after any label of one or two words
ending in "name" or "names" ("Guest name:", "Preferred name:", "Player names:"), typed by the words
before "name" (company/business/trading/shop/school/employer names are ORGANIZATION, street/road/
town/city names LOCATION, the rest PERSON).
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import CONTACT, DATE, LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.recall.field_starts import field_matches
from dpfusion_integrations.tagging.spans import Span

__all__ = ["FIELD_LABELS", "LabelledFields"]

FIELD_SCORE = 0.88

#: Field label (a regex, case-insensitive) -> group type of its value.
FIELD_LABELS: tuple[tuple[str, str], ...] = (
    (r"(?:full[ ]|patient(?:'s)?[ ]|customer[ ]|client[ ]|employee[ ]|applicant[ ]|student[ ]|account[ ]holder(?:'s)?[ ]"
     r"|first[ ]|last[ ]|given[ ]|family[ ]|maiden[ ]|middle[ ]|sur)?name|patient|employee|customer|client|applicant"
     r"|guardian|parent|mother|father|spouse|partner|next[ ]of[ ]kin|nok|emergency[ ]contact|contact[ ]person|witness"
     r"|signed(?:[ ]by)?|signature|from|to|attn|cc|bcc|author|reporter|caller|complainant|victim|suspect"
     r"|claimant|defendant|plaintiff|tenant|landlord|beneficiary|insured|policyholder|driver|owner|gp"
     r"|physician|doctor|referring[ ]physician|attending|nurse|manager|supervisor|recipient|sender|user(?:name)?",
     PERSON),
    (r"(?:home[ ]|postal[ ]|mailing[ ]|street[ ]|billing[ ]|shipping[ ]|delivery[ ]|current[ ]|previous[ ])?address"
     r"|residence|street|city|town|village|postcode|post[ ]code|zip(?:[ ]code)?|place[ ]of[ ]birth|birthplace"
     r"|county|district|neighbou?rhood|location",
     LOCATION),
    (r"employer|company|organi[sz]ation|hospital|clinic|practice|school|university|college|institution|insurer"
     r"|bank|firm|agency|facility|pharmacy|workplace|employment|accommodation|hotel|lodging|guest[ ]house"
     r"|holiday[ ]let|kindergarten|nursery|pre-?school|day-?care|charity|shop|store|merchant|retailer",
     ORGANIZATION),
    (r"dob|d\.o\.b\.?|date[ ]of[ ]birth|birth[ ]?date|born|date[ ]of[ ]death|admitted|admission[ ]date"
     r"|discharge(?:d|[ ]date)?|visit[ ]date|date[ ]of[ ][a-z]{2,12}|dos|incident[ ]date|loss[ ]date|date",
     DATE),
    (r"phone|tel(?:ephone)?|mobile|cell|fax|e-?mail|contact|whatsapp|skype|twitter|instagram|telegram|signal"
     r"|handle|website|url",
     CONTACT),
)  # fmt: skip

#: A label (from its first letter: the field start before it is checked by ``field_matches``, which
#: keeps the search linear on long blank runs), optional blanks and a bracket, ``:`` or ``=``, the value.
#: The blanks around the bracket are possessive: giving one back never helps, and trying to is
#: quadratic on a label followed by a long blank run.
_FIELD = re.compile(
    r"(?i)(?P<label>" + "|".join(f"(?:{label})" for label, _ in FIELD_LABELS) + r")"
    r"[ \t]*+(?:\([^)\n]{0,20}\))?[ \t]*+[:=][ \t]*(?P<value>[^\n\t|;]{1,120})"
)
_TYPE_OF = tuple((re.compile(rf"(?i)(?:{label})\Z"), group_type) for label, group_type in FIELD_LABELS)
_CUT = re.compile(r"[ ]{2,}")
_NAME_FIELD = re.compile(
    r"(?i)(?P<label>(?:[A-Za-z][\w'’-]{1,20}[ ]){1,2}names?)"
    r"[ \t]*+(?:\([^)\n]{0,20}\))?[ \t]*+[:=][ \t]*(?P<value>[^\n\t|;]{1,120})"
)
_ORG_NAME = re.compile(r"(?i)\b(?:company|business|trading|shop|store|school|employer|organi[sz]ation|firm|hotel|venue"
                       r"|club|bank|practice|clinic|brand)\b")
_PLACE_NAME = re.compile(r"(?i)\b(?:street|road|town|city|village|place|building|estate)\b")


class LabelledFields:
    """Values of labelled form fields (see module doc)."""

    name = "labelled-fields"

    def __init__(self, *, extended: bool = False) -> None:
        self._extended = extended

    def __repr__(self) -> str:
        return f"LabelledFields(labels={len(FIELD_LABELS)}, extended={self._extended})"

    def detect(self, view: TextView) -> list[Span]:
        out: list[Span] = []
        matches = [(m, next((t for pattern, t in _TYPE_OF if pattern.match(m.group("label"))), PERSON))
                   for m in field_matches(_FIELD, view.text)]
        if self._extended:
            for m in field_matches(_NAME_FIELD, view.text):
                label = m.group("label")
                kind = ORGANIZATION if _ORG_NAME.search(label) else LOCATION if _PLACE_NAME.search(label) else PERSON
                matches.append((m, kind))
        for match, group_type in matches:
            start, end = match.span("value")
            value = match.group("value")
            cut = _CUT.search(value)
            if cut is not None:
                end = start + cut.start()
            while end > start and view.text[end - 1] in " .,":
                end -= 1
            while start < end and view.text[start] == " ":
                start += 1
            if end > start:
                out.append(Span(start, end, group_type, FIELD_SCORE))
        return out
