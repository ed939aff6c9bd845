"""The recall profile's round-6 development set for people (issue 13, round 6): the PERSON failure
classes left after round 5, as seen in the misses of held-out v1-v5 (development data) and written anew.

Sentences written by hand for this round, with values of their own: no name of a held-out set is
reused; names come from traditions such as Basque, Welsh, Faroese, Icelandic, Hungarian, Yoruba,
Quechua, Georgian, Kazakh, Tongan, Samoan, Catalan, Malay, Irish and Dutch. Classes:

- ``initials``: two or three capitals that are also abbreviations after "by" ("Closed by IT"),
  initials signing a note after a dash ("... set. – GN"), after a role label ("Screener: HK"), after a
  caret ("^FL") and in brackets after a full name ("Eneko Goikoetxea (EG)");
- ``lower``: lower-case names after a person noun ("my flatmate keza"), after a title ("Mr petek"),
  after "Signed by", opening a chat message before a verb, lower-case names with letters English does
  not use in English text, a lower-case surname after a lower-case given name;
- ``joins``: name parts joined by a particle ("ROIG I PUIG", "bt."), upper-case particles
  ("VAN DEN BERGH"), "SURNAME, Given" after a label;
- ``roles``: a first name after a role word ("driver Koro will wait"; recall-v5 already covers these
  sentences, which guard the rule against regressions).

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``FRESH_SENTENCES_R6_PEOPLE`` were written
after the first version of the rules and before any measurement, then measured and left as they were
(only one mark was split into surname and given name, as the development set marks them); ``PUBLIC_SENTENCES_R6_PEOPLE`` hold no private value and
look like the new cues ("approved by HR", "– see FAQ", "(PDF)", "my flatmate said", "it's fine",
English words with accents).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R6_PEOPLE", "FRESH_SENTENCES_R6_PEOPLE", "PUBLIC_SENTENCES_R6_PEOPLE"]

_RAW: dict[str, list[str]] = {
    "initials": [
        "Right to work: passport checked, seen by [[PERSON:MS]] on 02/04/25\nContract signed.",
        "Right to work: passport checked, seen by [[PERSON:PM]] on 9 May 2024",
        "Picked up by: [[PERSON:PC]]    Outcome: called back",
        "Picked up by: [[PERSON:BS]]    Outcome: no answer",
        "10:14 Closed by [[PERSON:IT]]",
        "Recorded by [[PERSON:ID]], DSL, Gwynedd High School",
        "Checked by [[PERSON:PR]] and [[PERSON:TW]] before dispatch.",
        "Follow-up call booked for Friday; letter sent. – [[PERSON:GN]]",
        "Second dose given, no reaction. – [[PERSON:IU]]",
        "Please change the address on file.\n– [[PERSON:PR]], Reykjavík Accounts",
        "Invoice reissued to the new address.\n– [[PERSON:HD]], Cardiff Tax Services",
        "With kind regards,\n[[PERSON:Eneko Goikoetxea]] ([[PERSON:EG]])\nSmall animal surgery",
        "Best wishes,\n[[PERSON:Gwenllian Prydderch]] ([[PERSON:GP]])\nOutpatients",
        "Sorry for the wait, we'll rebook you now. ^[[PERSON:FL]]",
        "Please DM us your order number. ^[[PERSON:TKO]]",
        "Screener: [[PERSON:HK]], 04/02/2023",
        "Reviewer: [[PERSON:DV]]",
        "Handled by [[PERSON:MA]] at the front desk.",
    ],
    "lower": [
        "ME: can my flatmate [[PERSON:keza]] pick it up instead? she has the code",
        "ME: can my neighbour [[PERSON:bounmy]] collect it? he has my card",
        "can my housemate [[PERSON:tavaga]] sign for the parcel?",
        "my friend [[PERSON:aizhan]] will drop it off tomorrow",
        "\"hi, it's [[PERSON:rhiannon gwyndaf]], calling about my dad's prescription.",
        "hello it's [[PERSON:ilona kovács]] again about the refund",
        "@lleucu.p: [[PERSON:síofra]] unlocked. was it the new laptop?",
        "@teuvo.m: [[PERSON:zhanar]] restarted the server, all good now",
        "@oana.r: ty! also [[PERSON:bjørk]] from payroll says the same",
        "Known associates: [[PERSON:Gergő Sárközi]], [[PERSON:ülle]] (online only).",
        "Dear Mr [[PERSON:petek]], your reference is still missing.",
        "yes Tuesday at 4 with dr [[PERSON:qənizadə]]",
        "Driver Aitor: nobody home. Signed by [[PERSON:mustapha]]. Card left.",
        "@nahuel_q: ximena is off today, try [[PERSON:tupaq]] instead",
        "ok so [[PERSON:sjúrður]] is bringing the cake",
        "the keys are with [[PERSON:eyþór]] until monday",
    ],
    "joins": [
        "ITINERARY FOR [[PERSON:FONT I BOSCH Queralt]]\nBooking reference 7KXQ2M",
        "CASE LIST  SURI v [[PERSON:CASALS I PUJOL]] – 2 days – in person",
        "Passenger: [[PERSON:Montserrat Vilaró i Serra]]",
        "my daughter, [[PERSON:Nurul bt. Hassan]], and I were delayed by five hours",
        "Travelling companion: [[PERSON:Siti binti Razak]], mobile 012-448 9031",
        "A. No, never.\n[[PERSON:VAN DER WOUDE]]: Objection.",
        "10:47  [[PERSON:DE LA FUENTE]], Itziar – Rx 5531207 – amoxicillin",
        "Child: [[PERSON:TAUFA]], [[PERSON:Sione]]    Class: 4 Elm",
        "Attendees: [[PERSON:OKONJO]], [[PERSON:Adebayo]]; [[PERSON:ABENOV]], [[PERSON:Dias]]",
        "Consultant: Dr. [[PERSON:Cathal Mac an Bhaird]]",
        "Candidate: [[PERSON:Maarten van 't Hoff]] (CAND-55120)",
    ],
    "roles": [
        "Airport transfer: driver [[PERSON:Lemi]] will call 30 minutes before pick-up.",
        "Your courier [[PERSON:Tavita]] is 5 minutes away.",
        "The technician [[PERSON:Levan]] replaced the boiler valve.",
        "Our guide [[PERSON:Wayra]] meets you at the hotel lobby.",
        "Interpreter [[PERSON:Aigerim]] is booked for the hearing.",
        "Pick-up confirmed: driver [[PERSON:Koro]] will wait at arrivals.",
        "Your courier [[PERSON:Fetu]] is on the way.",
        "the cleaner [[PERSON:Hemi]] has a spare key",
    ],
}

_FRESH: list[str] = [
    "Dispensed by [[PERSON:AM]] on 14/02/25, checked by [[PERSON:NB]].",
    "Parcel left with neighbour; photo taken. – [[PERSON:KW]]",
    "Kind regards,\n[[PERSON:Tēvita Fifita]] ([[PERSON:TF]])\nClaims team",
    "can my roommate [[PERSON:oyelola]] pick up the keys?",
    "\"hi, it's [[PERSON:ainhoa etxeberria]] from flat 4",
    "@kaito.s: [[PERSON:bolat]] fixed it, thanks all",
    "Witness: [[PERSON:CASTELLS I ROCA]], [[PERSON:Núria]]",
    "Your driver [[PERSON:Sefo]] is waiting outside.",
    "Approved by [[PERSON:PC]].",
    "Known contacts: [[PERSON:Ágnes Fehér]], [[PERSON:dóra]] (met online)",
    "we will check with [[PERSON:VAN DEN BROEK]], Sanne tomorrow",
    "Complaint logged by [[PERSON:ID]] on Monday.",
    "dr [[PERSON:ðórunn]] said to rest",
    "Assessor: [[PERSON:QL]], 03/03/2024",
    "Collected by [[PERSON:rangi]] at 5pm.",
    "Mrs [[PERSON:Hine Te Awa]] ([[PERSON:HTA]]) signed the form.",
    "Please confirm by Friday. – [[PERSON:OS]]",
    "my flatmate [[PERSON:teuila]] has the spare key",
    "@mele_f: [[PERSON:iolo]] joined the call",
    "Reception: courier [[PERSON:Tane]] will return tomorrow.",
]

_PUBLIC: list[str] = [
    "The request was approved by HR on Monday and sent by SMS the same day.",
    "Laptops are handled by IT support and badges by Facilities.",
    "Patients are seen by GP practices first, then referred to a clinic.",
    "The build is run by CI on every push; see FAQ for details.",
    "Download the form (PDF) or the data (CSV) from the portal.",
    "Agenda – HR\nMeeting notes – Q3 plan",
    "Results are stored by ID and sorted by date.",
    "my flatmate said it's fine, and my neighbour agreed with me.",
    "We met at the café for a naïve chat about my résumé and a crème brûlée.",
    "The driver will call when the van is near, and the courier leaves a note.",
    "It's fine, it's done, and it's on the list now.",
    "Signed by hand and sent by post, the letter arrived late.",
    "Screener: none assigned yet.",
    "Reviewed by QA and approved by the CEO before release.",
    "The version shipped by PM was signed off by the board.",
    "ok so the build is done, try again later",
    "Results (see below) were checked twice.",
    "The technician will arrive between 9 and 12 on Tuesday.",
    "A crêpe, a jalapeño and a piñata were on the menu at the fête.",
    "Policy owner: Legal. Reviewer: Compliance team.",
]

DEV_SENTENCES_R6_PEOPLE: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
FRESH_SENTENCES_R6_PEOPLE: tuple[DevSentence, ...] = tuple(parse_dev_sentence("fresh", m) for m in _FRESH)
PUBLIC_SENTENCES_R6_PEOPLE: tuple[str, ...] = tuple(_PUBLIC)
