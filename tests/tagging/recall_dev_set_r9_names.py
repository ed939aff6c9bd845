"""The recall profile's round-9 development set for people (issue 13, round 9): the PERSON failure
classes left after round 8, as seen in the misses of held-out v8 (development data for this round) and
written anew for each class across conventions and naming traditions.

Sentences written by hand for this round, with values of their own: no name of a held-out set is
reused, and the layouts, words and positions differ from the misses. Classes:

- ``signoff_initials``: initials closing a message after a sign-off word;
- ``capacity_initials``: initials before a capacity phrase ("(for the Seller)", "on behalf of");
- ``bracket_initials``: initials in brackets after a party noun ("the former owner (RW)");
- ``table_initials``: initials cells of a pipe table's people column, and initials of a person the
  text names in full;
- ``quote_headers``: the person of an e-mail quote header, in any case and several languages;
- ``kinship``: a lower-case name after a kinship noun of any derivation;
- ``bookings``: a name a booking or order is held under, or a record was made by;
- ``chat``: speakers of timed chat exports, question subjects and lower-case names repeated;
- ``structure``: particles inside a name and ALL-CAPS surnames before a given name.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``FRESH_SENTENCES_R9_NAMES`` were written after
the rules and measured once; ``PUBLIC_SENTENCES_R9_NAMES`` hold no private value and look like the new
cues (sign-off acronyms, set phrases after "for the", acronyms in brackets, code columns, "under the
table", role quote headers, timetables, form labels in capitals).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R9_NAMES", "FRESH_SENTENCES_R9_NAMES", "PUBLIC_SENTENCES_R9_NAMES"]

_RAW: dict[str, list[str]] = {
    "signoff_initials": [
        "Can you send the invoice again? The first one bounced.\nthanks!! [[PERSON:RQ]]",
        "See you at the rehearsal.\ncheers, [[PERSON:JW]]",
        "I'll bring the spare keys tomorrow.\nta – [[PERSON:MK]]",
        "Boxes are in the hallway.\nBest,\n[[PERSON:D.F.]]",
        "> please confirm the new date\n> many thanks, [[PERSON:OTB]]",
        "That works for us. Kind regards - [[PERSON:HV]]",
    ],
    "capacity_initials": [
        "Signed: Morwenna Treloar (Landlord)    [[PERSON:PZ]] (for the Tenant)",
        "Received in good order, [[PERSON:GF]] on behalf of Halvern Logistics.",
        "Countersigned [[PERSON:YU]] (for the Company) on 3 March.",
        "Witnessed: [[PERSON:LB]] for the landlord",
        "[[PERSON:SQ]] (on behalf of the estate)",
    ],
    "bracket_initials": [
        "We have contacted the former owner ([[PERSON:RW]]) about the service history.",
        "The tenant ([[PERSON:AE]]) reported a leak on Tuesday.",
        "The adopter ([[PERSON:NV]]) collected the cat this morning.",
        "Transfer from the registered keeper ([[PERSON:OB]]) is pending.",
        "Our new lodger ([[PERSON:TS]]) moves in on the 1st.",
    ],
    "table_initials": [
        "| # | date | route | checked by |\n|---|---|---|---|\n| 1 | 4 May | north ridge | [[PERSON:QL]] |\n"
        "| 2 | 5 May | south gully | [[PERSON:QL]] |",
        "| lesson | pupil | instructor |\n|---|---|---|\n| 3 | [[PERSON:Oriane Vasseur]] | [[PERSON:KD]] |",
        "| session | attendee | stamp |\n|---|---|---|\n| 7 | [[PERSON:Ingvild Hauge]] | [[PERSON:PW]] |\n"
        "| 8 | [[PERSON:Ingvild]] | [[PERSON:PW]] |",
        "Trainer: [[PERSON:Ximena Quispe]]\nAll three drills signed off by [[PERSON:XQ]].\n"
        "File closed ([[PERSON:XQ]]).",
        "Escrow agent [[PERSON:Brannoc Tegwyn]] confirmed the funds. Ref BT-55, initialled [[PERSON:BT]].",
    ],
    "quote_headers": [
        "Sounds good.\n\n> On 03/04/2026, [[PERSON:ravenna odwuor]] wrote:\n> is the hall free on sunday?",
        "On Tue, 9 Jun 2026 at 08:41, [[PERSON:Selvon Marraquin]] <s.m@example.org> wrote:\n> see attached",
        "On Wed, Jun 10, 2026 at 7:02 PM [[PERSON:quillan roswith]] <q@example.net> wrote:\n> hi all",
        "[[PERSON:tamsin oakhurst]] wrote:\n> the gate code changed",
        "Am 12.05.2026 um 09:15 schrieb [[PERSON:lenhardt quaas]] <l.q@example.de>:\n> bitte bestätigen",
        "Le 2 mai 2026, [[PERSON:maëlys carbonnel]] a écrit :\n> merci",
    ],
    "kinship": [
        "yes. my stepfather [[PERSON:okwudili]] will be home all day",
        "her mother-in-law [[PERSON:nkemdirim]] is staying with us",
        "our goddaughter [[PERSON:ysolde]] starts school next week",
        "my half-brother [[PERSON:tavorian]] can sign for it",
        "the bunkmate [[PERSON:corvanne]] lost her key",
        "my great-grandson [[PERSON:eldrich wamuyu]] wants to visit",
    ],
    "bookings": [
        "yes pls, can you put it under [[PERSON:thandolwethu mabaso]], she is paying",
        "book it under [[PERSON:quorra]] please, table for four",
        "The reservation is in the name of [[PERSON:ilvaro tessendorf]].",
        "the name on the booking is [[PERSON:marisol quenby]]",
        "exported by [[PERSON:i nyoman sudarta]] from the front desk",
        "report generated by [[PERSON:fenwyck]] on 2 June",
    ],
    "chat": [
        "#front-desk\n[[PERSON:ni made]] 09:02  opening now\n[[PERSON:zephyrine]] 09:04  thanks\n"
        "[[PERSON:ni made]] 09:10  till is short by 5",
        "is [[PERSON:quenneth]] still doing the late shift on friday??",
        "can [[PERSON:oriwia]] do it tomorrow instead",
        "[[PERSON:wendeline]] 10:01  who has the float\n[[PERSON:rose]] 10:02  me\n[[PERSON:rose]] 10:05  counted",
        "my flatmate [[PERSON:jorvik]] says hi. also [[PERSON:jorvik]] can lend us the van",
        "hey! [[PERSON:mirabeth]] is off today\nok so is [[PERSON:mirabeth]] in tomorrow?",
    ],
    "structure": [
        "Passengers: [[PERSON:Tinhinane walet Ahaggar]], one car",
        "Chair: [[PERSON:Moussa ag Intalla]]",
        "Treasurer: [[PERSON:Amenokal ult Idrissa]]",
        "INJURED PERSON: [[PERSON:QUARTEY Abena]]     DOB: 2001",
        "PATIENT NAME: [[PERSON:VOROSHILOVA Dariya]]",
    ],
}

_FRESH: list[str] = [
    "We'll drop the paperwork at reception.\ncheers!! [[PERSON:WZ]]",
    "Signed: Aurelio Pantaleo (Vendor)    [[PERSON:EM]] (for the Purchaser)",
    "The previous occupier ([[PERSON:HL]]) left the meter readings.",
    "> On 2026-08-30, [[PERSON:fidelma oyelaran]] wrote:\n> still on for saturday?",
    "my sister-in-law [[PERSON:tunrayo]] will collect the parcel",
    "also can u put it under [[PERSON:kaveh zamanpour]], he is paying",
    "[[PERSON:bayarmaa]] 14:02  cash up done\n[[PERSON:nyambura]] 14:05  ok\n[[PERSON:bayarmaa]] 14:07  leaving",
    "| run | diver | buddy check |\n|---|---|---|\n| 1 | [[PERSON:Saoirse Ni Bhraoin]] | [[PERSON:FK]] |",
    "Secretary: [[PERSON:Tahanint walet Elkhair]]",
    "WITNESS: [[PERSON:MENSAH Kofi]]",
    "is [[PERSON:tivoli]] still around today? [[PERSON:tivoli]] had my keys",
    "Instructor [[PERSON:Dariusz Wrzosek]], log stamped [[PERSON:DW]] on every page.",
]

_PUBLIC: list[str] = [
    "Got the parcel, all good.\nthanks!! OK",
    "Forms attached as requested.\nRegards, HR",
    "See the attached file.\ncheers, FYI",
    "Minutes are in the shared drive.\nthanks all, GG",
    "The agreement is signed (for the record) and filed.",
    "UK (for the avoidance of doubt) law applies to this contract.",
    "Download the form (PDF) and return it by Friday.",
    "The meeting starts at 14:00 (UTC) on Monday.",
    "The data controller (DC) publishes the notice.",
    "| country | customer count |\n|---|---|\n| DE | 14 |\n| FR | 9 |",
    "| size | colour | stock |\n|---|---|---|\n| XL | red | 4 |\n| SM | blue | 2 |",
    "The cat hid under the table all evening and we booked under pressure.",
    "In the name of science, the museum opens late on Fridays.",
    "As the team wrote: the release is delayed.\nSupport wrote:\n> we are on it",
    "Breakfast 08:00  hall\nLunch 12:30  terrace\nDinner 19:00  garden",
    "STATUS: OPEN Monday to Friday\nNOTE: PLEASE bring ID",
    "Is the gym still open on bank holidays? Can someone check?",
    "my stepmother is visiting and my flatmate is away",
    "Treat online family trees as clues, not proof.",
    "The climate report was exported by the system on Monday.",
]

DEV_SENTENCES_R9_NAMES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _RAW.items() for marked in items
)
FRESH_SENTENCES_R9_NAMES: tuple[DevSentence, ...] = tuple(parse_dev_sentence("fresh", m) for m in _FRESH)
PUBLIC_SENTENCES_R9_NAMES: tuple[str, ...] = tuple(_PUBLIC)
