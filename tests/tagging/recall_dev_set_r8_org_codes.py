"""The recall profile's round-8 development set for organisations and identifiers: the failure classes of
round 7's misses on held-out v7 (development data for this round), written anew with other words,
countries, languages, layouts and positions than the misses.

Sentences written by hand for this round, with values of their own: brand words are invented; people's
names come from Samoan, Māori, Quechua, Icelandic, Persian, Igbo, Polish and Finnish naming; codes are
made up in other countries' and systems' shapes. Classes:

- ``tails``: an invented or family head and title-case trade words filling a segment of their own (a
  letterhead or signature line, after a comma, after "Signed for"), trades of other industries and
  languages than the misses;
- ``cues``: organisations after acting-for and trading-as cues ("For and on behalf of", "Received
  for", "au nom de", "en nombre de", "W imieniu") and after organisation labels of several languages;
- ``heads``: organisations led by a kind-of-body head of many languages ("Maison de Ventes <Name>",
  "Stiftung <Name>", "Fundação <Name>", "Studio Legale <Name>", "Nadace <Name>");
- ``references``: court and file references of many countries with their register abbreviations,
  number-sign values and number/year identifiers in brackets after a name;
- ``shapes``: hexadecimal byte-pair identifiers, plates joined by middle dots or alone in a table
  cell, a short code after another code in a subject, and number fields with spaced groups.

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R8_ORG_CODES`` hold no
private value and look like the new cues: title-case headings of trade words without a name, hex
colours, clock times and timecodes, version strings, ordinals after "No.", fractions, standards and
quarters, bullet separators, "on behalf of the team", page and item ranges after an abbreviation
("S. 12-14"), seasons and spans of years in brackets, product and memory cells of a table, and labels
whose value is one public word ("Trust: High").
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R8_ORG_CODES", "PUBLIC_SENTENCES_R8_ORG_CODES"]

_RAW: dict[str, list[str]] = {
    "tails": [
        "Kind regards,\n[[PERSON:Mele Tuilagi]]\nArchivist\n[[ORGANIZATION:Ostrevin Origins]]",
        "Prepared by [[PERSON:Dagny Jónsdóttir]], [[ORGANIZATION:Kalupta Lineage Tracing]]",
        "Signed for [[ORGANIZATION:Yrvane Quarters]]: [[PERSON:Tupac Quispe]], site lead",
        "Tel. [[CONTACT:+354 555 0192]]\n[[ORGANIZATION:Brenvash Tongues]]",
        "[[ORGANIZATION:Qorvalis Arrears Settlement]] – notice of assignment",
        "[[ORGANIZATION:Drumsketh Tenancy Dialogue]]\nPlease keep this letter.",
        "Assessor: [[PERSON:Kaveh Rostami]], [[ORGANIZATION:Velquora Loss Adjusting]]",
        "Interpreting booked with [[ORGANIZATION:Tzimoka Voices]] (invoice to follow)",
        "Best wishes from everyone at [[ORGANIZATION:Harnuvik Stories]]",
        "Issued by [[ORGANIZATION:Sorvaleth Probate Desks]]; valid for one year.",
        "Your contact at [[ORGANIZATION:Marvossa Desks]] is [[PERSON:Lagi Faleolo]].",
        "[[ORGANIZATION:ODRAVIK CLAIMS PATHWAYS]]\nRepairs request form",
    ],
    "cues": [
        "For and on behalf of [[ORGANIZATION:Hollundar Claims Desk]]",
        "Received for [[ORGANIZATION:Ketsaro Quarters]] by [[PERSON:Aroha Ngata]]",
        "Il a signé au nom de [[ORGANIZATION:Vauclaire Dialogue]] hier.",
        "Firmado en nombre de [[ORGANIZATION:Ilaquita Horizons]] por el gerente.",
        "Arbeitgeber: [[ORGANIZATION:Brünnerhof Gerüstbau]]    Eintritt: 2023",
        "Pracodawca: [[ORGANIZATION:Wielgosz Transport]]",
        "She is trading as [[ORGANIZATION:Seaglass Stories]] from her kitchen.",
        "The statement was made on behalf of [[ORGANIZATION:Tamarindo Voices]].",
        "W imieniu [[ORGANIZATION:Zorvelli Pathways]] podpisał kierownik.",
        "Debt collector: [[ORGANIZATION:Nkemdirim Arrears]] | Balance: 412.00",
        "Auction house: [[ORGANIZATION:Farrowgate & Lisle]]",
        "He works for [[ORGANIZATION:Quenmoor Tracing]] in the city.",
    ],
    "heads": [
        "Lot bought at [[ORGANIZATION:Maison de Ventes Durvaleix]] in the spring.",
        "Spende an [[ORGANIZATION:Stiftung Helmkraut]], Verwendungszweck Schule",
        "Mitglied im [[ORGANIZATION:Verein Tannbergler Freunde]] seit Jahren.",
        "Doação para a [[ORGANIZATION:Fundação Irapuã]] recebida.",
        "Pratica seguita dallo [[ORGANIZATION:Studio Legale Arvenzi]].",
        "Umowa z [[ORGANIZATION:Kancelaria Wróblewski-Mazur]] podpisana.",
        "Bestelling via [[ORGANIZATION:Stichting Oudervreugd]] geplaatst.",
        "Rapport du [[ORGANIZATION:Cabinet Lhermitte]] reçu ce matin.",
        "Příspěvek pro [[ORGANIZATION:Nadace Vltavínek]] odeslán.",
        "Stampato da [[ORGANIZATION:Tipografia Scarnelli]] a maggio.",
        "Katalog von [[ORGANIZATION:Auktionshaus Wendrichs]] angefordert.",
        "Tilaus: [[ORGANIZATION:Osuuskunta Räkkölä]] toimittaa.",
    ],
    "references": [
        "Ve věci [[ID:sp. zn. 23 Co 118/2023]] rozhodl soud.",
        "Bitte geben Sie [[ID:Az. 7 S 45/25]] an.",
        "Fascicolo [[ID:R.G. 4471/2022]] – udienza rinviata",
        "Le dossier [[ID:RG 22/01873]] est renvoyé.",
        "Ärendet har [[ID:Dnr 4.2.1-1187/24]] hos myndigheten.",
        "Police report [[ID:Rk. 338/26]] attached to the claim.",
        "Wyrok w sprawie [[ID:II K 512/24]] zapadł wczoraj.",
        "Ügyszám: [[ID:12.P.20.114/2024]]",
        "Processo n.º [[ID:1234/23.5T8LSB]] – audiência",
        "Roll check: [[PERSON:Sione Vaifale]] ([[ID:8812/41]]) has voted.",
        "Receipt Nº [[ID:20931-7]] issued at the desk.",
        "Rechnung Nr. [[ID:2025/0441]] ist offen.",
    ],
    "shapes": [
        "Door log 14:02 [[ID:9F:12:4C:E0]] accepted",
        "Device MAC [[ID:3c-5a-b4-01-9f-22]] was blocked.",
        "Reader saw card [[ID:04:7B:21:AA:3F:80:81]] twice.",
        "The van [[ID:LM·47·KX]] left the depot.",
        "vehicle;driver\n[[ID:9KD 114]];[[PERSON:Kaveh Rostami]]",
        "Re: Incident 55120 – [[ID:WX 88 301]]",
        "Tax ref. on file: [[ID:702 118 554 RT]]",
        "Personal no.: [[ID:881204-5521 A]]    Status: active",
        "Codice fiscale n.: [[ID:RSS MRA 85T10 A944S]]",
        "Voter number given: [[ID:4410 2298 K]] | ward 3",
        "Switch port [[ID:a4c1.38ff.02be]] flapped.",
        "Plate: [[ID:B•KR•2210]] (white estate)",
    ],
}

_PUBLIC: list[str] = [
    "Debt Collection Guide\nHow agencies must treat you when you owe money.",
    "Family Research Methods\nStart with what your relatives remember.",
    "Set the colour to #AC7469 and the border to #1B2C3D.",
    "The meeting ran from 12:30:45 to 13:05:10 according to the log.",
    "Upgrade to version 3.12.1 or 4.0.2 before Friday.",
    "Symphony No. 9 was followed by No. 5 in the second half.",
    "See Fig. 2/3 and Art. 12/2024 of the regulation.",
    "The service runs 24/7 and half (1/2) of the staff work nights.",
    "ISO 9001, Q3 2024 and FY 2025 figures are in the annex.",
    "Home · About · Contact · Careers",
    "On behalf of the team, thank you for coming.",
    "He works for a small charity in the north.",
    "Studio apartments and bureau staff were advertised.",
    "Our Coworking Spaces Handbook explains the house rules.",
    "Timecode 01:02:03:04 marks the first cut.",
    "Section 3 – Data Protection\nThis section explains retention.",
    "Regional Debt Advice Services\nFree, confidential help.",
    "Language Services Overview\nInterpreters work in courts and hospitals.",
    "Signed for by the resident on arrival.",
    "Ancestry research can start with a census record.",
    "Rep 100 times and rest for two minutes.",
    "The recipe serves 4-6 and takes 1:30 to cook.",
    "Siehe S. 12-14 und Abb. 3-7 in Bd. 3/2024, vgl. Kap. 2-5.",
    "Read Pg. 12-15, then Nos. 3-14 of the series before Thurs. 2-4 pm.",
    "Their best Season (2019/20) came after the war years (1939-1945).",
    "| GPU | Memory |\n| A100 80GB | 80 GB |\n| H100 SXM5 | 94 GB |",
    "Trust: High\nBusiness: Retail\nClub: Private",
]

DEV_SENTENCES_R8_ORG_CODES: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R8_ORG_CODES: tuple[str, ...] = tuple(_PUBLIC)
