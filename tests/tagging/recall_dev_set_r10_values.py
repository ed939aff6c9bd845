"""The recall profile's round-10 development set for dates, identifiers and phone numbers: the conventions
behind round 9's misses on held-out v9 (development data for this round), written anew with other
words, values, layouts and languages than the misses.

Sentences written by hand for this round; names are invented, numbers made up. Classes:

- ``dates``: Mongolian year-month-day dates with case words and suffixes, Uzbek, Azerbaijani, Turkmen
  and Kazakh month names joined to the day by a dash or followed by a year, ordinals alone in a date
  position (chat timestamps, before a time or a part of the day, after a date label, after a
  scheduling phrase, ending a day-sheet heading), numeric dates with their own dot, a day/month after
  a passive verb of scheduling;
- ``ids``: series letters before number/year on invoices and receipts, keypad codes with stars and
  hashes, references wrapped onto the next line, short capital labels written with their identifier;
- ``phones``: extension words of more languages after a phone, phones with a slash after the area code.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R10_VALUES`` hold no private
value and look like the new cues: ordinals before nouns and as rankings, fractions and sizes after a
capital, "Lisa" as a name on the line after a phone, year/number pairs in citations.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R10_VALUES", "PUBLIC_SENTENCES_R10_VALUES"]

_RAW: dict[str, list[str]] = {
    "dates": [
        "Хурлын тэмдэглэл: [[DATE:2024 оны 7 сарын 14]] Pickup at the depot.",
        "Membership valid from [[DATE:2026 оны 12 сарын 3-нд]] for twelve months.",
        "The contract ran between [[DATE:2023 оны 2 сарын 28]] and [[DATE:2024 оны 9 сарын 30]].",
        "Issued [[DATE:2027 оны 4-р сарын 9-ний]] өдөр by the registry.",
        "Season opening: [[DATE:2025 оны 11 сар]], details to follow.",
        "Tashkent Cycling Club — route briefing, [[DATE:14-noyabr 2026]]",
        "Delivery slot ([[DATE:3-sentyabr]]) confirmed by the warehouse.",
        "Baku meetup moved to [[DATE:21 avqust 2027]], same venue.",
        "Aşgabat office: closed on [[DATE:5-ýanwar]] for the holiday.",
        "Almaty recital, [[DATE:18 наурыз 2026]] at the conservatory.",
        "Hisobot: [[DATE:2025-yil 11-oktyabr]] holatiga ko'ra.",
        "Ariza [[DATE:9-martda]] qabul qilindi.",
        "[sms with Tomasz]\n[[DATE:14th]] 08:55  tomasz: morning! is the van free?\n[[DATE:14th]] 09:03  me: yes",
        "Can you do [[DATE:11th]] at 3pm? Otherwise the week after.",
        "Sure, see you [[DATE:2nd]] 10:30 at the gate.",
        "Engineer booked for [[DATE:17th]] (afternoon), access via the side door.",
        "REPAIR CARD R-118\nIn: [[DATE:12th]]     Ready: [[DATE:19th]]\nOwner: [[PERSON:Ilse Marchetti]]",
        "Collected: [[DATE:22nd]]\nPaid: cash",
        "Tutoring sheet [[DATE:28th]]\n16:00 maths, 17:00 physics",
        "The parcel is due by the [[DATE:9th]]. Please sign for it.",
        "Appointment moved to the [[DATE:30th]], same time.",
        "Primljeno [[DATE:14.6.2026.]], broj predmeta to follow.",
        "Approved on [[DATE:3.10.2027.]] by the committee.",
        "Carpets to be fitted [[DATE:23/11]]. Keys with the neighbour.",
    ],
    "ids": [
        "Račun [[ID:R 4471/26]] je plaćen.",
        "Factura [[ID:FV 0912/25]] pendiente de pago.",
        "Receipt no. [[ID:B 38/2027]] issued at the till.",
        "Nota de crédito [[ID:NC 2026/0457]] aplicada.",
        "Door code: [[ID:*42917*]]\nKey in the blue box.",
        "key safe [[ID:5530#]] on the left of the porch",
        "The PIN is [[ID:#8816]] for the side gate.",
        "Please quote the incident number\n[[ID:7712/26]] when you call back.",
        "Our claim no.:\n[[ID:CL-55120-B]]\nThank you.",
        "Patient ([[ID:MRN QX508812]]) seen today.",
        "Referral for [[PERSON:Borek Halvorsen]], [[ID:NHS 485 777 3610]], routine.",
        "Applicant [[ID:SSN 219-09-9999]] on file.",
    ],
    "phones": [
        "Call the office on [[CONTACT:+372 5567 1204 lisa 14]] before noon.",
        "Helistage: [[CONTACT:612 4490 lisa 7]]",
        "Холбоо барих: [[CONTACT:9911-4532 дотор 208]]",
        "Reception [[CONTACT:7011-2288 дотоод 15]], ask for the clerk.",
        "Puhelin [[CONTACT:09 4321 7766 alanumero 310]]",
        "Tālrunis [[CONTACT:6712 3344 iekš. 45]]",
        "Telefon: [[CONTACT:+994 12 498 11 20 daxili 112]]",
        "Telefon raqami [[CONTACT:+998 71 233 45 67 ichki 204]]",
        "Telefon [[CONTACT:021 312 4455 interior 19]]",
        "Тел.: [[CONTACT:+7 727 250 11 90 ішкі 33]]",
        "csv: 4411,[[ID:ORD-55102]],[[CONTACT:+372 600 1122 lisa 31]],2026-05-01",
        "if no answer try my brother, his mobile is [[CONTACT:075/318-409]]",
        "Büro: [[CONTACT:0316/872-4410]], Fax dasselbe.",
        "Kontakt [[CONTACT:01/234 56 78]] (Zentrale)",
    ],
}

_PUBLIC: list[str] = [
    "The 5th edition of the handbook has a new chapter on safety.",
    "Our office is on the 3rd floor, next to the lift.",
    "Problems of the 21st century need new answers.",
    "She came 3rd in the race and 2nd in the relay.",
    "Floor: 3rd\nRoom: 12",
    "Place: 2nd",
    "Beethoven's Symphony No. 5 opened the concert.",
    "Shoot at F 1/2 for a soft background, or A 3/4 turn of the ring.",
    "Sizes M 10/12 and L 14/16 are in stock.",
    "See Smith 2019/20 season report for details.",
    "Call reception on 020 7946 0118.\nLisa 12 years old joined the class.",
    "Mix 1/2 cup of sugar with 3/4 cup of flour.",
    "Scores were 12/20 and 15/20 in the two papers.",
    "The 4th of the items was broken, the 9th was fine.",
    "Her 30th birthday party was great fun.",
    "May 5 results are in and the mart is open.",
    "The code is in the README file.",
    "Ratio 16/9 screens and 4/3 screens both work.",
]

DEV_SENTENCES_R10_VALUES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R10_VALUES: tuple[str, ...] = tuple(_PUBLIC)
