"""The recall profile's round-8 development set for addresses (issue 13, round 8): the LOCATION failure
classes left after round 7, as seen in the misses of held-out v7 (development data for this round) and
written anew.

Sentences written by hand for this round, with values of their own: no building, street, box or town
of a held-out set is reused, and the layouts differ from the misses (other countries, other languages,
other positions and documents). Classes:

- ``buildings``: named houses and buildings in an address position, with the building word after or
  before the name and a short dotted prefix ("H. Sunny Villa", "Shanti Niwas", "Casa Amarela",
  "Wisma Seri", "Haus Bergblick");
- ``boxes``: post-office boxes and private bags of many countries ("B.P. 2210", "Casilla 118",
  "Private Bag X41", "Skrytka pocztowa 19");
- ``units``: unit and floor words inline after a house number or as a part beside an address ("bus
  7", "bte 12", "2ος όροφος", "3. krs", "эт. 5", "Lantai 3");
- ``streets``: streets led by a street word the earlier lists lack, streets named alone before a unit
  or a postcode and town, South Asian and Maldivian street words;
- ``towns``: postcode and town lines under a street, towns with a state or territory abbreviation.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``FRESH_SENTENCES_R8_ADDRESSES`` were
written after the rules and measured once; ``PUBLIC_SENTENCES_R8_ADDRESSES`` hold no private value and
look like the new cues (buses and boxes in prose, building words in club and stadium names, floors
and rooms in plans, state abbreviations as ordinary words).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R8_ADDRESSES", "FRESH_SENTENCES_R8_ADDRESSES", "PUBLIC_SENTENCES_R8_ADDRESSES"]

_RAW: dict[str, list[str]] = {
    "buildings": [
        "Send the forms to [[LOCATION:H. Sunny Villa]], [[LOCATION:Ameeru Ahmed Magu]], [[LOCATION:Malé]].",
        "Permanent address: [[LOCATION:G. Blue Lagoon House]]\n[[LOCATION:Sosun Goalhi]], [[LOCATION:Hulhumale 23000]]",
        "The tenant lives at [[LOCATION:Shanti Niwas]], [[LOCATION:14 Laxmi Road]], [[LOCATION:Pune 411030]].",
        "Correspondence: [[LOCATION:Gulmohar Kothi]], [[LOCATION:Civil Lines]], [[LOCATION:Jaipur]]",
        "We rented [[LOCATION:Quinta das Oliveiras]], [[LOCATION:Estrada do Sobral 12]], [[LOCATION:Sintra]] for the summer.",
        "Address: [[LOCATION:Casa Amarela]], [[LOCATION:Rua do Norte 48]], [[LOCATION:1200-284 Lisboa]]",
        "The retreat is at [[LOCATION:Haus Bergblick]], [[LOCATION:Dorfstraße 7]], [[LOCATION:6020 Innsbruck]].",
        "Invoice to [[LOCATION:Wisma Seri Kenanga]], [[LOCATION:Jalan Tun Razak 88]], [[LOCATION:Kuala Lumpur]]",
        "She moved to [[LOCATION:Flat 3]], [[LOCATION:Thornbury Mansions]], [[LOCATION:22 Elm Row]], [[LOCATION:Bristol]].",
        "Deliver to [[LOCATION:Kingfisher Cottage]]\n[[LOCATION:Mill Lane]]\n[[LOCATION:Ashby]] [[LOCATION:LE65 2QT]]",
        "Residence: [[LOCATION:Palazzo Ferretti]], [[LOCATION:Via dei Mille 5]], [[LOCATION:Ancona]]",
        "Keys were left at [[LOCATION:M. Dhoores Villa]] for the cleaner.",
        "Mailing address: [[LOCATION:Vila Ružica]], [[LOCATION:Ulica Lipa 3]], [[LOCATION:Split]]",
        "Venue: [[LOCATION:Edificio Torres del Sol]], [[LOCATION:Calle Ocho 140]], [[LOCATION:Cali]]",
        "Ballot papers go to [[LOCATION:Hm. Sea Breeze Lodge]], [[LOCATION:Dhanbu Goalhi]].",
        "The van stopped outside [[LOCATION:G. Morning Star House]], [[LOCATION:Chandhanee Magu]].",
        "Tenant: [[PERSON:Aishath Rasheeda]], [[LOCATION:S. Palm Grove Villa]], [[LOCATION:Hithadhoo]]",
    ],
    "boxes": [
        "Write to [[LOCATION:B.P. 2210]], [[LOCATION:Niamey]], before the end of the month.",
        "[[PERSON:Koffi Adjoumani]]\n[[LOCATION:BP 915]]\n[[LOCATION:Bouaké]]",
        "Postal address: [[LOCATION:Casilla 118]], [[LOCATION:Valparaíso]]",
        "Send the cheque to [[LOCATION:Private Bag X41]], [[LOCATION:Polokwane 0700]].",
        "Correspondence: [[LOCATION:Skrytka pocztowa 19]], [[LOCATION:80-958 Gdańsk]]",
        "Our box is [[LOCATION:Postboks 7123]], [[LOCATION:0307 Oslo]].",
        "Remit to [[LOCATION:Caixa Postal 2044]], [[LOCATION:Curitiba]]",
        "Mail goes to [[LOCATION:PMB 5021]], [[LOCATION:Ibadan]].",
        "Address: [[LOCATION:Apdo. 311]], [[LOCATION:San Pedro Sula]]",
        "Reply to [[LOCATION:Locked Bag 44]], [[LOCATION:Parramatta NSW 2124]].",
        "Please use [[LOCATION:Postbus 9120]], [[LOCATION:3007 AC Rotterdam]] for returns.",
        "Kontakt: [[LOCATION:Posta Kutusu 63]], [[LOCATION:Kadıköy]]",
    ],
    "units": [
        "The notary is at [[LOCATION:Avenue Brugmann 311 bte 12]], [[LOCATION:1180 Uccle]].",
        "Levering: [[LOCATION:Kerkstraat 44 bus 7]], [[LOCATION:9000 Gent]]",
        "Διεύθυνση: [[LOCATION:Οδός Αθηνάς 12]], [[LOCATION:2ος όροφος]], [[LOCATION:105 51 Αθήνα]]",
        "Pick up at [[LOCATION:Leoforos Vouliagmenis 301]], [[LOCATION:isogeio]], [[LOCATION:Glyfada]].",
        "Osoite: [[LOCATION:Hämeenkatu 19]], [[LOCATION:3. krs]], [[LOCATION:33100 Tampere]]",
        "Toimitus osoitteeseen [[LOCATION:Puistotie 8 as. 14]], [[LOCATION:Espoo]].",
        "Адрес: [[LOCATION:ул. Садовая 17]], [[LOCATION:кв. 42]], [[LOCATION:Санкт-Петербург]]",
        "Office: [[LOCATION:Jalan Sudirman 45]], [[LOCATION:Lantai 3]], [[LOCATION:Jakarta]]",
        "Adrese: [[LOCATION:Brīvības iela 88]], [[LOCATION:dz. 7]], [[LOCATION:Rīga]]",
        "Court summons served at [[LOCATION:Rue Haute 9]], [[LOCATION:boîte 3]], [[LOCATION:Liège]].",
        "住所: [[LOCATION:Sakura Heights 302号室]]",
        "Meet at [[LOCATION:Nevsky Prospekt 28]], [[LOCATION:эт. 4]].",
        "Доставка: г. Тверь, [[LOCATION:пр. Чайковского, д. 21, кв. 87]]",
        "Адреса для листів: [[LOCATION:вул. Коновальця, буд. 9, кв. 14]], [[LOCATION:Тернопіль]]",
    ],
    "streets": [
        "Please send it to [[LOCATION:Chaussée de Louvain 540]], [[LOCATION:1030 Schaerbeek]].",
        "The shop moved to [[LOCATION:Groenplaats 7]], [[LOCATION:2000 Antwerpen]].",
        "Guests arrive at [[LOCATION:Voie Romaine 14]], [[LOCATION:Nivelles]].",
        "She grew up on [[LOCATION:Frère-Orbanlaan 2 bus 5]] near the park.",
        "Delivery: [[LOCATION:Lange Voorhout 31]]\n[[LOCATION:2514 EC Den Haag]]",
        "The clinic is on [[LOCATION:Nehru Marg]], [[LOCATION:Udaipur]].",
        "Our flat is off [[LOCATION:Anna Salai]], [[LOCATION:Chennai 600002]].",
        "He stays at [[LOCATION:Fareedhee Hingun]], [[LOCATION:Malé]].",
        "Meeting point: [[LOCATION:Sentier des Vignes 3]], [[LOCATION:1009 Pully]]",
        "Forward parcels to [[LOCATION:Triq il-Kbira 44]], [[LOCATION:Mosta]].",
        "The car was parked at [[LOCATION:Rondo Wiatraka 2]], [[LOCATION:Kraków]].",
        "Registered at [[LOCATION:Località Poggio Alto 9]], [[LOCATION:53024 Montalcino]].",
    ],
    "towns": [
        "Courier to [[LOCATION:Dorpsstraat 12]]\n[[LOCATION:8340 Damme]]",
        "My cousin [[PERSON:Wiremu]] settled in [[LOCATION:Boise ID]] after the war.",
        "The family lived near [[LOCATION:Moncton NB]] for years.",
        "The records came from [[LOCATION:Wagga Wagga NSW]], I think.",
        "Ship to [[LOCATION:412 Cedar Hollow Rd]], [[LOCATION:Bozeman MT 59715]].",
        "He worked in [[LOCATION:Kamloops BC]] before moving.",
        "Return address:\n[[LOCATION:Rue du Marché 5]]\n[[LOCATION:2000 Neuchâtel]]",
        "Parcel for [[LOCATION:Stationsweg 9]]\n[[LOCATION:6711 PM Ede]]",
        "Her grandmother stayed in [[LOCATION:Launceston TAS]] until 1960.",
        "Forwarding: [[LOCATION:Flat 12]], [[LOCATION:Harbourview]], [[LOCATION:Darwin NT 0800]]",
    ],
}

#: Written after the rules were done and measured once.
_FRESH: list[str] = [
    "Bring the documents to [[LOCATION:K. Ocean Breeze Villa]], [[LOCATION:Buruzu Magu]].",
    "Postal: [[LOCATION:Boîte postale 1204]], [[LOCATION:Libreville]]",
    "Send it to [[LOCATION:Rue Royale 77 bus 4]], [[LOCATION:1000 Bruxelles]].",
    "Address: [[LOCATION:Odos Tsimiski 48]], [[LOCATION:5os orofos]], [[LOCATION:546 23 Thessaloniki]]",
    "The family lived in [[LOCATION:Red Deer AB]] in the sixties.",
    "Correspondence address: [[LOCATION:Sai Krupa Bhavan]], [[LOCATION:MG Road]], [[LOCATION:Mysuru]]",
    "Payments to [[LOCATION:Apartado de Correos 211]], [[LOCATION:29080 Málaga]].",
    "Visit us: [[LOCATION:Kortrijksesteenweg 612 bte 2]]\n[[LOCATION:9830 Sint-Martens-Latem]]",
    "He was registered at [[LOCATION:Menara Citra]], [[LOCATION:Jalan Ampang 12]], [[LOCATION:Kuala Lumpur]].",
    "Pick-up from [[LOCATION:Aleksanterinkatu 15]], [[LOCATION:porras B]], [[LOCATION:Helsinki]].",
    "Return to [[LOCATION:Private Bag 3007]], [[LOCATION:Hamilton 3240]].",
    "Site office: [[LOCATION:Chaussée de Charleroi 101]], [[LOCATION:1060 Saint-Gilles]]",
]

#: No private value; the new cues in public text.
_PUBLIC: list[str] = [
    "Building on the Villa Park result, the coach kept the same eleven.",
    "The bus 21 leaves at 9 from the main square, and bus 40 at ten.",
    "Team 7, then the choir sang; Meeting 3 bus 4 was late.",
    "Room 4 of the plan shows the kitchen; room 5 is the pantry.",
    "Tick box 12 on the form if you agree, then box 13.",
    "The Court House museum is open on weekdays.",
    "Our guide to the Manor House gardens covers roses and herbs.",
    "The second floor houses the archive, the third floor the library.",
    "Is that OK with you? Please say OK or cancel.",
    "Version 2 of the Opera House tour adds a backstage visit.",
    "The Supreme Court, 12 May: the appeal was dismissed.",
    "Chapter 3 covers the Apartments Act and chapter 4 the Building Code.",
    "The Royal Albert Hall hosts the proms every summer.",
    "Buy a box of 24 pencils and a bus pass for the term.",
    "The old Customs House is now a café with a view of the bay.",
    "Step 2, click Save; step 3, close the window.",
    "Casa Batlló and Palazzo Vecchio are among the most visited buildings in Europe.",
    "Park in lot 5 and take the lift to level 2.",
    "Tested in Firefox OK and in Safari OK; it runs ON or OFF.",
    "Windows 10 is out, and the 2005 Release notes too.",
    "Marque la casilla 5 del formulario y lea el apartado 3.",
    "Square Enix 2 sold well, and the Passage Two 3 exhibit opens soon.",
    "The Opera House, Act 2 opens after the interval.",
    "We met at the Grand Hotel and walked to the Villa Borghese gardens.",
]

DEV_SENTENCES_R8_ADDRESSES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, rows in _RAW.items() for marked in rows
)
FRESH_SENTENCES_R8_ADDRESSES: tuple[DevSentence, ...] = tuple(parse_dev_sentence("fresh", m) for m in _FRESH)
PUBLIC_SENTENCES_R8_ADDRESSES: tuple[str, ...] = tuple(_PUBLIC)
