"""The recall profile's round-12 development set for value completion: values that rounds 3 to 11 tag
in part, and public look-alikes of the parts they leave.

Sentences written by hand for this round (forms, chats, letters, tickets, address lines from many
countries); names are invented, numbers made up, none taken from a held-out set or its tables.
Classes:

- ``names``: a person's, an organisation's or a place's name with a very short part ("Bo", "Ka",
  "Le"), an ordinary capitalised word before or after its rare part ("Rua", "Ulitsa", "Glaziers",
  "Street"), or written in ordinary words only ("Liberty Avenue");
- ``numbers``: a phone number's extension with a label in some language ("ramal 22", "εσωτ. 14",
  "(interno 305)"), a place's label noun in an address field ("rumah 14", "scala 3"), dates written
  with a comma after the month or a month name of another calendar ("March, 9", "14 Tir 1405");
- ``punctuation``: the punctuation and brackets inside one value ("(kavling 2210)", "3. sprat",
  "12 Feb (Thu)").

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R12_COMPLETION`` hold no
private value and look like what completion joins: capitalised words next to rare ones, headings
and notices in capitals, table and list separators between numbers, ranges and scores, works and
their composers, labels before ordinary numbers.
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R12_COMPLETION", "PUBLIC_SENTENCES_R12_COMPLETION"]

_RAW: dict[str, list[str]] = {
    "names": [
        "The form was signed by [[PERSON:Tsetsegmaa Bo Ganboldova]] on the ward.",
        "ok [[PERSON:Nomvuzo Ka Dlaminiso]] says the van is late again",
        "Parent: [[PERSON:Thi Le Vuongthanh]], reachable after six.",
        "Refund approved for [[PERSON:yerlanbek t ospanuly]] yesterday.",
        "Guard on duty: [[PERSON:Kyawswar Ko Thetnaing]].",
        "I spoke with [[PERSON:Mi Hnin Wutyee]] about the deposit.",
        "Estimate from [[ORGANIZATION:Ozolnieki Glaziers]] attached, valid for a month.",
        "Send the frames to [[ORGANIZATION:Tavakkoli Picture Framers]] before Friday.",
        "The cake is from [[ORGANIZATION:Wirrabara Bakehouse]] as usual.",
        "Deliver to [[LOCATION:Rua Itapuranga]], ring twice.",
        "Her flat is on [[LOCATION:Ulitsa Kuzhbalova]], third floor.",
        "Meet at [[LOCATION:Liberty Avenue]] by the old cinema.",
        "He moved to [[LOCATION:Baobab Street]] last spring.",
        "Pick-up point: [[LOCATION:ul. Wrzosowa]], next to the pharmacy.",
        "We live near [[LOCATION:Praça Cuiabana]] since the wedding.",
    ],
    "numbers": [
        "Call the site office on [[CONTACT:0712 448 903 ramal 22]] if the gate is shut.",
        "Reception: [[CONTACT:+30 210 555 0192 εσωτ. 14]], mornings only.",
        "Her desk phone is [[CONTACT:(03) 9555 0101 (interno 305)]].",
        "Technician reachable at [[CONTACT:044 812 77 30 lisa 9]] during the day.",
        "Ship to [[LOCATION:Jalan Kenanga]], [[LOCATION:rumah 14]], [[LOCATION:Sukajadi]].",
        "Address: [[LOCATION:Via Pietralata]], [[LOCATION:scala 3]], [[LOCATION:Caserta]]",
        "Return the parcel to [[LOCATION:Tavanbulag]], [[LOCATION:bair 27]], [[LOCATION:Erdenet]].",
        "Follow-up visit on [[DATE:March, 9]] at the clinic.",
        "Deadline moved to [[DATE:November, 21]].",
        "Viewing on [[DATE:April, 30]] from noon.",
        "Born [[DATE:14 Tir 1369]] in the old town.",
        "The lease starts [[DATE:2 Mehr 1406]]; keys from the agent.",
        "Contract signed [[DATE:19 Sivan 2026]] by both parties.",
    ],
    "punctuation": [
        "Site: [[LOCATION:Jalan Cempaka 12 (kavling 2210)]], Depok",
        "Delivered to [[LOCATION:Hlíðarvegur 7, 3. sprat]] on Tuesday.",
        "Next session [[DATE:12 Feb (Thu)]], same room.",
        "Trial ends [[DATE:3 Okt (Sa)]] unless renewed.",
        "Case closed on [[DATE:27 Jun (Mon)]] after the hearing.",
        "Deliver to [[LOCATION:Kalnciema iela 41 (korpuss 3)]], Rīga.",
        "Workshop on [[DATE:5 Mar (Wed)]] in the hall.",
    ],
}

#: Public sentences with the shapes completion reads: none holds a private value.
PUBLIC_SENTENCES_R12_COMPLETION: tuple[str, ...] = (
    "NEVER LEAVE THE DOOR OPEN. KEEP THE KEYS ON THE HOOK. REPORT DAMAGE AT ONCE.",
    "WARNING: HOT SURFACE. DO NOT TOUCH THE PLATE WHILE THE LAMP IS ON.",
    "Programme: Dvořák, Cello Concerto. Mahler, Symphony No. 5. Debussy, La Mer.",
    "| small | 12 | 15 |\n| large | 18 | 24 |\n| family | 30 | 36 |",
    "prices · wash 12 · cut 20 · colour 45 · trim 8",
    "Rooms 12 - 14 are closed; the final score was 3 - 1 after extra time.",
    "Read pages 4 / 5 / 9 before the quiz.",
    "Dear Customer, thank you for your order.",
    "Monday Lecture Series starts next week.",
    "Call Support if the screen stays black.",
    "The Road Ahead is a good read, and so is The Long Walk.",
    "We went on Main Avenue? No, on the ring road.",
    "Take the lift to floor 3 and turn left.",
    "Open the app, go to page 2, and tap Settings.",
    "In 2024 the club had 1 in 20 members under 18.",
    "Scores: 3 of 2026 entries were late, 2 for 2025.",
    "Chapter 7: The Harbour Lights.",
    "Population 12,400 (2021 census), area 38 km².",
    "The van der Waals force holds the layers together.",
    "Call 112 or 999 in an emergency; for the police non-emergency line call 101.",
    "Open Mon-Fri (9 to 5), Sat (10 to 2).",
    "The Great Barrier Reef and the Grand Canyon are on her list.",
    "Use Python 3 and Firefox OK; the Rust crate also works.",
    "See the Terms of Service and the Privacy Policy for details.",
    "Boil for 10 minutes (stirring often), then rest for 5 (covered).",
)

DEV_SENTENCES_R12_COMPLETION: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, items in _RAW.items() for marked in items
)
