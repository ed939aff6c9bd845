"""Round 6: identifiers after label words the earlier lists lacked, and court docket numbers.

- **more labels**: registers of people and things number them after words such as "participant",
  "pupil", "candidate", "donor", "specimen", "inmate", "beneficiary", "container", "seal", "asset",
  "device", "batch", "waybill", "prescription", "warrant", "exhibit", "job", "quote", "loan", "meter"
  (written here from general knowledge of such registers in many countries). The value is one token
  holding three digits or more, so "visit 2", "batch of 20" or "subject 3" stay public (a short
  upper-case prefix before it, "tag QT 551203", joins it through
  :func:`~dpfusion_integrations.tagging.recall.code_prefixes_r6.grow_code_prefixes`); the label stays
  public. Flight numbers and ship numbers are public timetable and registry codes and are not taken;
- **US federal docket numbers** ("4:21-cv-11872", "1:19-cr-00412-JMF"): an office digit and a colon
  before the year, case type and number (the earlier rules took only what followed the colon).

Typed ID.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["LABELLED_CODE_RULES", "LABELS_R6", "labelled_code_detector"]

#: Label words (regex alternatives, any case) of registers of people and things.
LABELS_R6 = (
    r"participant|subject|pupil|learner|candidate|examinee|applicant|donor|recipient|specimen|sample|respondent"
    r"|enrol(?:l)?ment|registrant|inmate|prisoner|detainee|offender|beneficiary|claimant|pensioner|tenant"
    r"|container|seal|tag|asset|device|handset|laptop|equipment|lot|batch|waybill|airway[ ]bill|awb|b/l"
    r"|bill[ ]of[ ]lading|consignment|manifest|prescription|script|rx|referral|visa|warrant|exhibit|docket"
    r"|complaint|dispute|grievance|transaction|txn|receipt|quote|quotation|estimate|job|work[ ]order|rma"
    r"|warranty|loan|mortgage|pension|benefit|payroll|matriculation|admission|chassis|engine|frame|meter"
    r"|mpan|mprn|connection|sim|iccid|msisdn|microchip|chip|transponder"
)
_VALUE = r"(?P<value>[A-Za-z0-9][A-Za-z0-9/._:-]{0,30}[A-Za-z0-9])"
_DIGIT = re.compile(r"\d")


def _three_digits(match: re.Match[str]) -> bool:
    return len(_DIGIT.findall(match.group("value"))) >= 3


LABELLED_CODE_RULES = (
    RegexRule("code after a register label", ID,
              re.compile(rf"(?<![\w-])(?i:{LABELS_R6})(?![\w-])\.?[ \t]*(?:(?i:no|nr|number|num|id|code|ref|reference)\b\.?[ \t]*)?"
                         rf"[:#]?[ \t]*(?:(?i:is|was)[ \t]+)?{_VALUE}(?![\w@])"),
              0.85, _three_digits),
    RegexRule("US docket number", ID,
              re.compile(r"(?<![\w:])\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z]{2,5}){0,3}(?![\w-])"), 0.9),
)  # fmt: skip


def labelled_code_detector() -> RegexDetector:
    return RegexDetector("labelled-code-r6", LABELLED_CODE_RULES)
