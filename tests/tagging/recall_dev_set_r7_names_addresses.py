"""The recall profile's round-7 development set for people and addresses (issue 13, round 7): the
PERSON and LOCATION failure classes left after round 6, as seen in the misses of held-out v6
(development data for this round) and written anew.

Sentences written by hand for this round, with values of their own: no name, street or town of a
held-out set is reused, and the layouts differ from the misses (other countries, other positions,
other documents). Classes:

- ``particles``: names joined by particle chains of many traditions (Gaelic "Nic an t-", "Ó h",
  "Uí", Welsh "ap"/"ferch", Arabic and Malay "bin"/"binti", Saharan "Ould"/"Ag", Portuguese "dos",
  Dutch "van der", Nordic "af");
- ``initials``: initials and a surname after a role label in a form ("Inspector: R. Haumono");
- ``lower``: lower-case full names as list items, after a chat interjection, before a bracketed
  relationship word, and chat speakers at a line's start under a channel header;
- ``streets``: streets named by a number ("7. Sokak", "4th Cross", "Calle 9", "ul. 11 Listopada",
  "Rua 12", "3. Gasse", "Jalan 5");
- ``units``: unit, floor, building and door parts of many languages beside an address ("2. OG rechts",
  "Vorderhaus", "entresuelo", "3º 1ª", "Daire 7", "porte 12", "lgh 1203", "No. 44"), and the district,
  postcode and town after them.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``FRESH_SENTENCES_R7_NAMES_ADDRESSES`` were
written after the rules and measured once; ``PUBLIC_SENTENCES_R7_NAMES_ADDRESSES`` hold no private
value and look like the new cues (numbered levels, "bin" and "van" as words, interjections before
ordinary words, bulleted lists of things, option letters after a label, floor words in prose).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = [
    "DEV_SENTENCES_R7_NAMES_ADDRESSES",
    "FRESH_SENTENCES_R7_NAMES_ADDRESSES",
    "PUBLIC_SENTENCES_R7_NAMES_ADDRESSES",
]

_RAW: dict[str, list[str]] = {
    "particles": [
        "Next of kin: [[PERSON:Catrìona Nic an t-Sealgair]], daughter.",
        "The lease is signed by [[PERSON:Peadar Ó hEochaidh]] and witnessed.",
        "Tutor: [[PERSON:Siobhán Uí Chonaill]] (Thursdays)",
        "Passenger [[PERSON:Iolo ap Dafydd]] asked for a window seat.",
        "Consent given by [[PERSON:Nia ferch Gwilym]] on the form.",
        "Applicant: [[PERSON:Zulkifli bin Osman]], permanent resident",
        "Beneficiary [[PERSON:Siti Aishah binti Razak]] to receive half.",
        "Driver [[PERSON:Ahmed Ould Abdallah]] arrived late at the depot.",
        "We met [[PERSON:Intalla Ag Alghabass]] at the market in the afternoon.",
        "Referred by: [[PERSON:Joaquim dos Reis]], community nurse",
        "Landlord: [[PERSON:Marijke van der Veen]]",
        "The report was written by [[PERSON:Ebba af Klercker]] last spring.",
        "Witness: [[PERSON:Aonghas Mac an t-Srònaich]] (neighbour)",
        "Guardian: [[PERSON:Ruth bat Shimon]], aunt",
    ],
    "initials": [
        "Inspector: [[PERSON:R. Haumono]]    Visit type: announced",
        "Caseworker: [[PERSON:T. Waititi]]\nNext review: March",
        "Assessor:  [[PERSON:M.-L. Fauchon]]",
        "Approved by: [[PERSON:K. J. Oyelaran]]",
        "Counsellor: [[PERSON:B. Nakashima]]\tRoom 4",
        "Assigned to: [[PERSON:F. Castelnuovo]]",
        "Interviewer: [[PERSON:A. Rasulova]]    Duration: 40 min",
    ],
    "lower": [
        "Team this week:\n- [[PERSON:tamati horomona]] (we call him Tam): nights\n- [[PERSON:ilka szabadkai]]: days",
        "Carers:\n1. [[PERSON:nkechi obiora]] – mornings\n2. [[PERSON:wiremu tane]] – evenings",
        'Message: "omg [[PERSON:tavita]] you left your keys again"',
        'Reported comment: "haha [[PERSON:inoke]] nobody invited you"',
        "ugh [[PERSON:sefo]] the bus is late again",
        "lmao [[PERSON:kahurangi]] stop it",
        "We left a note with [[PERSON:paora]] (brother, lives next door).",
        "Call back via [[PERSON:akosua]] (my partner) after six.",
        "Messages left with [[PERSON:yerlan]] (the landlord) on Friday.",
        "#sportsdesk – Friday\n[[PERSON:tevite]]: who is covering the late game?\n[[PERSON:kalani]]: me, after the presser",
        "Channel: #ops\n[[PERSON:rangi]]: server is back\n[[PERSON:mose]]: thanks",
    ],
    "streets": [
        "Her flat is on [[LOCATION:7. Sokak No: 12/4]], [[LOCATION:Bornova]], [[LOCATION:İzmir]].",
        "Deliver to [[LOCATION:1204 Sokak No. 9]], [[LOCATION:Karşıyaka]]",
        "Office: [[LOCATION:No. 18]], [[LOCATION:4th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]]",
        "They live at [[LOCATION:12th Main Road]], [[LOCATION:Jayanagar]].",
        "Dirección: [[LOCATION:Calle 9 # 14-22]], [[LOCATION:Barranquilla]]",
        "Casa em [[LOCATION:Rua 12, 340]], [[LOCATION:Goiânia]]",
        "Adres: [[LOCATION:ul. 11 Listopada 8]], [[LOCATION:Lublin]]",
        "Wohnhaft in [[LOCATION:3. Gasse 7]], [[LOCATION:Wien]]",
        "Send it to [[LOCATION:Jalan 5]], [[LOCATION:Taman Melati]], [[LOCATION:Kuala Lumpur]]",
        "Pick-up at [[LOCATION:Avenida 25 de Mayo 880]], [[LOCATION:Rosario]]",
        "He moved to [[LOCATION:5. Cadde No: 31]], [[LOCATION:Çankaya]], [[LOCATION:Ankara]].",
    ],
    "units": [
        "Mieter: Wohnung in [[LOCATION:Vorderhaus]], [[LOCATION:2. OG rechts]], [[LOCATION:Kastanienallee 41]], [[LOCATION:10435 Berlin]]",
        "Billing: [[LOCATION:Lindenweg 3]], [[LOCATION:EG links]], [[LOCATION:04109 Leipzig]]",
        "Domicilio: [[LOCATION:C/ Portal 14]], [[LOCATION:entresuelo]], [[LOCATION:46003 Valencia]]",
        "Vive en [[LOCATION:Av. Diagonal 412]], [[LOCATION:3º 1ª]], [[LOCATION:08037 Barcelona]]",
        "Address: [[LOCATION:Atatürk Bulvarı No: 56]], [[LOCATION:Daire 7]], [[LOCATION:Çankaya]], [[LOCATION:06420 Ankara]]",
        "Adresse : [[LOCATION:18 rue des Tanneurs]], [[LOCATION:porte 12]], [[LOCATION:67000 Strasbourg]]",
        "Adress: [[LOCATION:Storgatan 9]], [[LOCATION:lgh 1203]], [[LOCATION:753 20 Uppsala]]",
        "Morada: [[LOCATION:Rua do Almada 77]], [[LOCATION:3º Esq]], [[LOCATION:4050-037 Porto]]",
        "The rent is owed at [[LOCATION:Hinterhaus]], [[LOCATION:3. Stock]], [[LOCATION:Wiener Straße 12]], [[LOCATION:01219 Dresden]].",
        "Indirizzo: [[LOCATION:Via Garibaldi 5]], [[LOCATION:scala B]], [[LOCATION:interno 9]], [[LOCATION:16124 Genova]]",
        "Ev: [[LOCATION:Gazi Caddesi No: 14]], [[LOCATION:D: 3]], [[LOCATION:Konak]], [[LOCATION:35250 İzmir]]",
        "Címe: [[LOCATION:Király utca 8]], [[LOCATION:2. em. 5.]], [[LOCATION:1061 Budapest]]",
        "Adresse: [[LOCATION:Nørregade 14]], [[LOCATION:2. tv]], [[LOCATION:1165 København K]]",
        "Bezorgen: [[LOCATION:Kerkstraat 12]], [[LOCATION:3 hoog]], [[LOCATION:1017 GC Amsterdam]]",
        "Adresse : [[LOCATION:4 rue Victor Hugo]], [[LOCATION:bât. B]], [[LOCATION:3e étage]], [[LOCATION:69002 Lyon]]",
        "Dostawa: [[LOCATION:ul. Polna 14]], [[LOCATION:m. 7]], [[LOCATION:00-950 Warszawa]]",
    ],
}

_FRESH: list[str] = [
    "Emergency contact: [[PERSON:Mairead Ní Bhraonáin]] (sister)",
    "Signed for by [[PERSON:Hamza ibn Yusuf]] at the gate.",
    "Reviewer: [[PERSON:S. Tuilagi]]\nOutcome: approved",
    "Helpers:\n- [[PERSON:talia faleolo]] (we call her Tali): setup\n- [[PERSON:mikael lindqvist]]: tickets",
    'Message: "lol [[PERSON:siaosi]] you owe me a coffee"',
    "Tried calling, spoke with [[PERSON:ximeno]] (husband) instead.",
    "#metro – Tuesday\n[[PERSON:lagi]]: anyone have the council number?",
    "Flat: [[LOCATION:2. Sokak No: 7/2]], [[LOCATION:Nilüfer]], [[LOCATION:Bursa]]",
    "Shop at [[LOCATION:No. 9]], [[LOCATION:6th Cross]], [[LOCATION:Malleshwaram]]",
    "Lives at [[LOCATION:Carrera 15 # 80-24]], [[LOCATION:Bogotá]]",
    "Rechnung an [[LOCATION:Seitenflügel]], [[LOCATION:1. OG links]], [[LOCATION:Gneisenaustraße 8]], [[LOCATION:10961 Berlin]]",
    "Piso en [[LOCATION:C/ Alfonso 20]], [[LOCATION:ático]], [[LOCATION:50003 Zaragoza]]",
    "Home: [[LOCATION:İnönü Caddesi No: 21]], [[LOCATION:Kat 3]], [[LOCATION:Seyhan]], [[LOCATION:01120 Adana]]",
]

_PUBLIC: list[str] = [
    "The game has 40 levels; Street 5 is the hardest one and the 3rd stage is easy.",
    "Put the cans in the recycling bin on Monday and the glass in the blue bin.",
    "We rented a van for the move and the van broke down on the motorway.",
    "lol thats wild, omg nice one, haha true, ugh mondays again",
    "Shopping list:\n- tomato soup (two tins)\n- olive oil: extra virgin\n- green tea",
    "Answer: B. True    Question: 4. Which is larger?",
    "Step 3: choose the ground floor plan, then the first floor plan.",
    "The museum has exhibits on every floor; the café is on the ground floor.",
    "Bus 12 stops at the 5th stop after the bridge, via 3 stations.",
    "Note: the meeting moved to Tuesday.\nupdate: slides are in the shared folder",
    "The van der Waals force keeps the layers together.",
    "Version 2.1 adds a dark mode, and release 3 adds sync.",
    "Please read section 4 of the handbook before the first shift.",
    "She said the office is downstairs, near the lifts on the left.",
    "Our team won the match 3-1 and the coach was happy with it.",
    "oh well, hey there, yo what's up, ok cool",
]

DEV_SENTENCES_R7_NAMES_ADDRESSES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _RAW.items() for marked in items
)
FRESH_SENTENCES_R7_NAMES_ADDRESSES: tuple[DevSentence, ...] = tuple(parse_dev_sentence("fresh", m) for m in _FRESH)
PUBLIC_SENTENCES_R7_NAMES_ADDRESSES: tuple[str, ...] = tuple(_PUBLIC)
