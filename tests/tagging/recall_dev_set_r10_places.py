"""The recall profile's round-10 development set for organisations and addresses: the conventions of
round 9's misses on held-out v9 (development data for this round), written anew with other names,
towns, countries and layouts than the misses.

Sentences written by hand for this round; street, district, business and people names are invented or
common towns; numbers are made up. Classes:

- ``streets``: Latvian, Estonian and Lithuanian streets with block and flat numbers, Balkan "ul. …
  br.", Uzbek, Kazakh and Azerbaijani street words, Ecuadorian quadrant numbers, Francophone lots and
  post boxes after a district number;
- ``districts``: district words after the name ("tumani", "düüreg", "district") and quarter words
  before it ("quartier", "bairro"), and a district line inside an address block;
- ``brands``: businesses named by an invented word and a business noun, catch-phrase brands in a
  letterhead, a heading or a bracket.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R10_PLACES`` hold no private
value and look like the new cues: "the Lake District", "a lot 5 times", "Lost in Translation", public
business headings, "Golf tee 3".
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R10_PLACES", "PUBLIC_SENTENCES_R10_PLACES"]

_RAW: dict[str, list[str]] = {
    "streets": [
        "Deliver to [[LOCATION:Kalnciema iela 88k2, dz. 14]], [[LOCATION:Liepāja]], [[LOCATION:LV-3401]].",
        "Yours,\n[[PERSON:Ilze Vairogs]]\n[[LOCATION:Dzirnavu iela 51k1, dzīv. 6]]\n[[LOCATION:Daugavpils, LV-5401]]",
        "Pickup from [[LOCATION:Tartu maantee 74, korter 9]], [[LOCATION:Tallinn]] tomorrow.",
        "New tenant at [[LOCATION:Raekoja puiestee 12]], [[LOCATION:Pärnu]].",
        "Invoice to [[LOCATION:Savanorių pr. 144-7]], [[LOCATION:Kaunas]].",
        "She moved to [[LOCATION:Žalgirio gatvė 9, butas 21]], [[LOCATION:Vilnius]] in May.",
        "Site: [[LOCATION:ul. Marshal Tito br. 33/4]], [[LOCATION:1000 Skopje]]",
        "Send the keys to [[LOCATION:bul. Knyaz Boris 71]], [[LOCATION:Plovdiv]].",
        "Courier to [[LOCATION:Bobur ko'chasi 17]], [[LOCATION:Samarqand]] before noon.",
        "Office: [[LOCATION:Abay köshesi 52]], [[LOCATION:Almaty]]",
        "Meet at [[LOCATION:Av. Shyris N35-52]], [[LOCATION:Quito]] at nine.",
        "Delivery: [[LOCATION:Calle Rocafuerte E4-112]], [[LOCATION:Quito]]",
        "Billing address: [[LOCATION:Rue des Jardins, lot 214]], [[LOCATION:Treichville]], [[LOCATION:18 BP 2210 Abidjan]]",
        "Works at [[LOCATION:Boulevard Lamblin, parcelle 8]], [[LOCATION:Cotonou]].",
    ],
    "districts": [
        "Ship it to [[LOCATION:Olmazor tumani]], [[LOCATION:Navoiy ko'chasi 12]], [[LOCATION:Toshkent]].",
        "Stolen near Building 12, apt 7, [[LOCATION:Songinokhairkhan district]], [[LOCATION:Ulaanbaatar]].",
        "Flat 4, [[LOCATION:Sükhbaatar düüreg]], [[LOCATION:Ulaanbaatar]]",
        "[[PERSON:Hortense Mbarga]]\n[[LOCATION:18 Rue Manga Bell, quartier Akwa]]\n[[LOCATION:Douala]]",
        "Our rep lives in [[LOCATION:bairro Maxaquene]], [[LOCATION:Maputo]].",
        "[[ORGANIZATION:Kouassi Frères Menuiserie]]\n[[LOCATION:Avenue Terrasson, lot 12]]\n[[LOCATION:Adjamé]]\n[[LOCATION:01 BP 4471 Abidjan]]",
    ],
    "brands": [
        "FLIGHT LOG — [[ORGANIZATION:Vesperine Balloon Tours]]     Date 3-4-2026",
        "INCIDENT NOTE ([[ORGANIZATION:The Morvath Vault]]) logged by staff",
        "[[ORGANIZATION:The Quillon Stage]] — Season tickets\nPatron: [[PERSON:Ofelia Brandt]]",
        "Two nights on the refractor at [[ORGANIZATION:Tessaly Planetarium]] next week.",
        "[[ORGANIZATION:Paws at Kelvedon]]  ·  INTAKE FORM\nOwner: [[PERSON:Ruth Omondi]]",
        "INCIDENT NOTE ([[ORGANIZATION:Locked in Cartago]]) 2026/3/4",
        "Booking confirmation\n[[ORGANIZATION:Escape Durnovia]] — The Pharaoh's Tomb",
        "[[ORGANIZATION:Stash-it Quorra]] — STORAGE AGREEMENT\nUnit: 14B",
        "# exported by staff from [[ORGANIZATION:The Brellin Playhouse]] ticketing",
        "Beans from [[ORGANIZATION:Okavi Roasters]] arrive Tuesday.",
    ],
}

_PUBLIC: list[str] = [
    "We hiked in the Lake District and the Peak District last spring.",
    "I have told you a lot 5 times already.",
    "Lost in Translation — a film review",
    "INCIDENT NOTE (The Last Train) room reset overdue",
    "The Globe Theatre reopened after the winter break.",
    "Cheap Flights and Package Tours\nCompare prices before you book.",
    "The Main Stage opens at noon and the Escape Rooms close at ten.",
    "Golf tee times are posted at the clubhouse.",
    "Happy Birthday — from all of us",
    "The Central Business District is busy at rush hour.",
    "Storage tips · keep boxes off the floor",
    "The avenue was lined with trees, and each lot 3 metres wide.",
]

DEV_SENTENCES_R10_PLACES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R10_PLACES: tuple[str, ...] = tuple(_PUBLIC)
