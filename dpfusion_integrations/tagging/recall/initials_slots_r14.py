"""Round 14 (``recall-v14``): initials in minutes, in agent slots of forms and markup, and after their name.

Records name people by initials in more places than the earlier initials rules read
(``cued_initials.py``, ``signed_initials_r6.py``, ``names_role_initials_r8.py``, ``names_initials_cues_r9.py``,
``names_initials_match_r9.py``):

- **minutes, panels and action lists**: after "proposed", "seconded", "moved", "present", "apologies",
  "absent", "attendees", "cc", "action(s)", "owner", "assigned (to)", "panel", "interviewers", "sign-off",
  "approval", "oversight", a list of initials joined by commas, "and", "&" or "/" ("(proposed PM,
  seconded OD)", "Present: AB, CK and TT", "Action: JS/MK to call the bank", "Panel: JO, FJ.");
- **agent slots**: a field whose label ends with an agent noun or "by" (:func:`is_agent_label`), holding
  initials alone, in the layouts of forms, configuration files, dot-leader lists and markup
  ("taken_by = "GN"", "<cutter>KK</cutter>", "Taxidermist ...... SE", "BUYER      NI");
- **after the person's own name**, in brackets, when the capitals are that name's initials ("Pelyma
  Rusmilenko (PR)"), even when they spell a public acronym elsewhere ("PR", "HR"): the name says whose;
- **before a bracketed role** ("Signed: KR (guardian)     MR (band secretary)", "TT (chair)");
- **in a log's column** after a clock time, before the logged action ("Sep 18 09:10  PK  acknowledged",
  "14:02:11  DT: escalated");
- **closing a line** after a full stop or a semicolon ("Pt settled overnight, obs stable. JS"), or after a
  dash on a line that opens with a date, a time or a bullet ("- keys returned – JM").

Initials are two or three capitals, or two or three dotted capitals. Except after their own name, capitals
that stay public wherever a cue says initials ("OK", "HR", "UK", "PDF": ``placed_public`` of round 9) are
left alone; after a motion's cue ("proposed", "seconded", "moved"), whose value is always someone, only
a team's name is ("proposed PM" is a person). Agent nouns are known words for a person's role or trade
(:data:`TRADE_AGENTS` and the earlier rules' role words) or an English noun ending in -ist, -ian or -eer
that is not a noun for a thing (:data:`NOT_AGENTS`: "checklist", "median"); nouns in -er and -or are
taken only from the lists, as many name devices ("Converter: DC", "Timer: ON", "Speaker: JBL"). Menu and
label markers that close a line ("– GF", "– DF", "– TV") and function words in capitals ("moved ON") stay
public. Typed PERSON.

Over-tagging risk: a code of two or three capitals in an agent slot ("Supplier: BT", "Carrier: UPS") is
tagged as a person; such a slot names a party either way.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.name_initials_r7 import ROLE_WORDS
from dpfusion_integrations.tagging.recall.names_initials_cues_r9 import (
    PARTY_NOUNS,
    initials_letters,
    placed_public,
)
from dpfusion_integrations.tagging.recall.names_initials_match_r9 import name_initials
from dpfusion_integrations.tagging.recall.names_role_initials_r8 import ACTION_CUES
from dpfusion_integrations.tagging.recall.public_prefixes_r6 import STOP_WORDS
from dpfusion_integrations.tagging.recall.signed_initials_r6 import ROLE_LABELS
from dpfusion_integrations.tagging.spans import Span

__all__ = [
    "NOT_AGENTS", "TRADE_AGENTS", "agent_slot_initials", "is_agent_label", "minutes_initials", "named_bracket_initials",
]

SLOT_INITIALS_SCORE = 0.72

#: Common nouns for things or lists that end like agent nouns (-ist, -ian, -eer), lower case.
NOT_AGENTS = frozenset({"list", "playlist", "checklist", "wishlist", "shortlist", "twist", "median", "meridian",
                        "career", "veneer"})
#: Words for a trade or a task's doer that form labels take ("Cutter: KK", "weigher = "OT""), besides the
#: role words of the earlier initials rules. Nouns in -er or -or are listed one by one, since as many
#: name devices ("Converter", "Timer", "Speaker", "Encoder").
TRADE_AGENTS = frozenset("""
cutter setter weigher packer picker loader stacker sorter fitter welder plumber joiner carpenter baker butcher
brewer farmer grower trader dealer broker valuer underwriter adjuster embalmer designer draughtsman drafter
stitcher tailor barber waiter bartender caterer cook chef cleaner painter plasterer roofer glazier bricklayer
mason miner logger herder shearer jockey groomer keeper warden ranger guard porter runner messenger biller
planner estimator merchandiser scorer timekeeper umpire referee lecturer researcher proofreader approver
signer signatory shopper buyer seller cashier teller boxer rower skipper helmsman deckhand fisher fisherman
surveyor inspector examiner assessor assistant attendant clerk officer agent handler operator driver rider
manager supervisor foreman forewoman leader earner partner associate paralegal solicitor barrister
""".split())
_AGENT_END = re.compile(r"[a-z]{3,}(?:ist|ian|eer)")
_INITIALS = r"(?:[A-Z]{2,3}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)"
_END = r"(?=[ \t]*(?:$|[,;)\]]|\.(?:\s|$)|\t|[ ]{2}))"
_MINUTES = re.compile(
    r"(?mi)(?<![\w-])(?P<cue>proposed|seconded|moved|present|apologies|apologies[ ]from|absent|attendees|attending"
    r"|in[ ]attendance|cc|actions?|owners?|assigned[ ]to|responsible|panel|panellists|panelists|interviewers"
    r"|sign-off|signoff|approval|oversight|assigned)[ \t]*+(?:by[ \t]*+)?(?::|[-–](?=[ \t]))?[ \t]*+"
    rf"(?-i:(?P<list>{_INITIALS}(?:[ \t]*+(?:,|/|&|\band\b)[ \t]*+{_INITIALS})*+))(?:{_END}|(?=[ ](?:to|will|by|for|on)\b))"
)
_ONE = re.compile(_INITIALS)
#: A log line's stamp ending in a clock time, a gap, initials, a gap (or ": ", " - ") and a lower-case word.
_LOG_COLUMN = re.compile(
    rf"(?m)^[^\n]{{0,40}}?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?(?:[ \t]{{2,}}+|[ \t](?={_INITIALS}:))(?P<value>{_INITIALS})"
    r"(?:[ \t]{2,}+|:[ \t]++|[ \t]+[-–][ \t]++)(?=[a-z])"
)
#: Cues of a motion, whose value is always someone: only a team's name stays public after them.
_MOTION_CUES = frozenset({"proposed", "seconded", "moved"})
_TEAMS = frozenset({"HR", "QA", "QC", "IT", "HQ", "OK", "UK", "US", "EU", "UN"})
#: Markers that close a line of a menu, a listing or a room list ("Soup – GF", "Room 4 – TV").
_MARKERS = frozenset({"GF", "DF", "VG", "VE", "NF", "SF", "EF", "LF", "TV", "AC", "WC", "EV", "DIY", "NEW", "SOLD"})
_LABEL = r"(?P<label>[A-Za-z][A-Za-z_ -]{0,30}?)"
#: A field at a line start or after a gap of two spaces or a tab: a label, then ":" "=" or dot leaders (or,
#: for a label in capitals, a gap), then initials, maybe quoted. Possessive runs keep the pass linear.
_SLOT = re.compile(
    rf"(?m)(?:^|(?<=[ ]{{2}})|(?<=\t)){_LABEL}(?:[ \t]*+(?:[:=]|\.{{2,}}+|…++)[ \t]*+|(?<=[A-Z])[ \t]{{2,}}+)"
    rf"(?P<quote>[\"']?)(?P<value>{_INITIALS})(?P=quote){_END}"
)
_MARKUP = re.compile(rf"<(?P<label>[A-Za-z][\w-]{{0,30}})>[ \t]*(?P<value>{_INITIALS})[ \t]*</(?P=label)>")
_BRACKET_AFTER = re.compile(rf"[ \t]?\((?P<value>{_INITIALS})\)")
_BEFORE_ROLE = re.compile(rf"(?<![\w.&/@'’-])(?P<value>{_INITIALS})[ \t]?\((?P<label>[A-Za-z][A-Za-z _-]{{1,30}})\)")
#: A line closed by initials after ". " or "; " (after a word), or after a dash on a log line (one opening
#: with a digit, a bracketed stamp or a bullet).
_LOG_CLOSE = re.compile(
    rf"(?m)(?:^[ \t]*+(?:\d|\[|[-*•–][ \t])[^\n]{{0,300}}?[ \t][-–—][ \t]*|[^\W\d_][.;][ \t]+)(?P<value>{_INITIALS})[ \t]*$"
)
_KNOWN_AGENTS = ACTION_CUES | ROLE_LABELS | ROLE_WORDS | PARTY_NOUNS


def is_agent_label(label: str) -> bool:
    """Whether a field label names who acted: its last word (split at spaces, "_" and "-") is "by", a known
    word for a role or a trade, or a noun in -ist, -ian or -eer that is no noun for a thing."""
    words = [w for w in re.split(r"[ _\-]+", label.strip().lower()) if w]
    if not words:
        return False
    last = words[-1]
    if last in _KNOWN_AGENTS or last in TRADE_AGENTS:
        return True
    return _AGENT_END.fullmatch(last) is not None and last not in NOT_AGENTS


def _public(letters: str) -> bool:
    """Whether capitals stay public in a slot or closing a line: round 9's placed acronyms, function words
    in capitals, menu and listing markers."""
    return placed_public(letters) or letters in STOP_WORDS or letters in _MARKERS


def minutes_initials(text: str) -> list[Span]:
    """Spans over each initials of a list after a minutes or action cue (after a motion's cue, only the
    names of teams stay public: "proposed PM" is a person, "Action: HR" a department)."""
    found: list[Span] = []
    for match in _MINUTES.finditer(text):
        motion = match.group("cue").lower() in _MOTION_CUES
        for one in _ONE.finditer(text, match.start("list"), match.end("list")):
            letters = initials_letters(one.group())
            if letters not in STOP_WORDS and ((letters not in _TEAMS) if motion else not placed_public(letters)):
                found.append(Span(one.start(), one.end(), PERSON, SLOT_INITIALS_SCORE))
    return found


def agent_slot_initials(text: str) -> list[Span]:
    """Spans over initials alone in a field or markup element whose label names who acted, before a
    bracketed role, in a log's column or closing a log line."""
    found = [Span(*m.span("value"), PERSON, SLOT_INITIALS_SCORE)
             for pattern in (_LOG_CLOSE, _LOG_COLUMN) for m in pattern.finditer(text)
             if not _public(initials_letters(m.group("value")))]
    for pattern in (_SLOT, _MARKUP, _BEFORE_ROLE):
        for match in pattern.finditer(text):
            if is_agent_label(match.group("label")) and not _public(initials_letters(match.group("value"))):
                found.append(Span(*match.span("value"), PERSON, SLOT_INITIALS_SCORE))
    return found


def named_bracket_initials(text: str, spans: list[Span]) -> list[Span]:
    """Spans over bracketed initials right after a PERSON span whose name they are the initials of."""
    found: list[Span] = []
    for span in spans:
        if span.entity_type != PERSON:
            continue
        match = _BRACKET_AFTER.match(text, span.end)
        if match is not None and initials_letters(match.group("value")) in name_initials(text, span):
            found.append(Span(*match.span("value"), PERSON, SLOT_INITIALS_SCORE))
    return found
