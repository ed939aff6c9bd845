"""The recall profile's round-6 development set for organisations: the failure classes left after round 5
(seen in the round-5 misses of held-out v1-v5, development data for this round) written anew.

Sentences written by hand for this round, with values of their own: no organisation, person or place
name of a held-out set is reused; names come from Georgian, Samoan, Basque, Quechua, Tamil, Yoruba,
Hungarian, Polish, Vietnamese and Korean naming, places from towns the held-out sets do not name.
Classes:

- ``tails``: a name or place, then the words that say what kind of body it is, in many trades
  ("<Surname> Advocates", "<Town> Bookkeeping", "<Name> Customs Brokers", "<Town> Water",
  "<Town> Secondary", "<Name> Apothecary"), in headers, signatures and chats (lower case there), and
  a short form in brackets after a firm with its later uses ("<Town> Power Company (NPC) ... NPC");
- ``trade-runs``: firms named with ordinary words before a trade that almost only names a firm
  ("Blue Ridge Bookkeeping"), and on the firm's line of a signature block ("<Name>\\n<Words> Water | phone");
- ``heads``: a kind-of-body word with "of"/"for" before a name or place ("Friends of <Town>");
- ``edges``: practices named after a person ("Praxis Dr. <Name>", "Cabinet <Name> Avocats"),
  place-type abbreviations ("TP. <City> ..."), particles inside place-named firms, "The" before a
  hotel, legal forms with a final full stop, firms of three surnames after a comma, lower-case "plc";
- ``legal-phrases``: legal forms written in several words ("Sp. z o.o.", "Co., Ltd.", "Công ty TNHH").

Marked as in :mod:`recall_dev_set` (``[[TYPE:value]]``). ``PUBLIC_SENTENCES_R6_ORGS`` hold no private
value and use the same cue words and shapes ("the Legal Aid scheme", "Water Rates", a title-case
heading with trade words at a document's start).
"""

from __future__ import annotations

from recall_dev_set import DevSentence, parse_dev_sentence

__all__ = ["DEV_SENTENCES_R6_ORGS", "PUBLIC_SENTENCES_R6_ORGS"]

_RAW: dict[str, list[str]] = {
    "tails": [
        "Questions: [[PERSON:Ngozi Eze]], [[ORGANIZATION:Ravindran Advocates]], [[CONTACT:0412 555 019]]",
        "Representative: [[PERSON:Tamar Gelashvili]], [[ORGANIZATION:Oyelowo Advocates]]",
        "Please update our records.\n– TK, [[ORGANIZATION:Ayacucho Bookkeeping]]",
        "CLIENT INTAKE – [[ORGANIZATION:Kutaisi Bookkeeping]]\nClient: [[PERSON:Lasha Beridze]]",
        "[[PERSON:Ioane]] ([[ORGANIZATION:Tuilagi Customs Brokers]]): the crate clears on [[DATE:Friday]]",
        "Complaint 88213/02 – [[ORGANIZATION:Kobuleti Power]]\nAccount holder: [[PERSON:Nino Kapanadze]]",
        "Hardship application – [[ORGANIZATION:Tskaltubo Water]]\nName: [[PERSON:Eka Tsiklauri]]",
        "Recorded by the DSL, [[ORGANIZATION:Ayacucho Secondary]]",
        "[[PERSON:Itziar Uriarte]] ([[ORGANIZATION:Uriarte Property Management]]): the plumber comes tomorrow.",
        "Prescriber: Dr [[PERSON:Okafor]], [[ORGANIZATION:Mahendran Family Doctors]]",
        "Best wishes,\n[[PERSON:Miren Zubiri]]\n[[ORGANIZATION:Zubiri Tax Services]] | [[CONTACT:+34 943 555 210]]",
        "Importer: [[ORGANIZATION:Sefo Outdoor]], [[LOCATION:Vaea Street]], [[LOCATION:Apia]]",
        "Refill request (submitted through the [[ORGANIZATION:Oruro Apothecary]] app)",
        "Collect it at [[ORGANIZATION:Adeyemi Chemist]] after five.",
        "Thanks,\n[[PERSON:Lusia]]\n[[ORGANIZATION:Fonoti Travel]] · book a call",
        "Frequent flyer number on file · arranged by [[PERSON:Aitor Etxeberria]], [[ORGANIZATION:Etxeberria Relocation]]",
        "[WhatsApp] [[ORGANIZATION:Huancayo Legal Aid]] volunteers\n[[PERSON:Rosa]]: any news?",
        "Meter reading sent to [[ORGANIZATION:Zugdidi Gas]] this morning.",
        "Yours faithfully,\n[[PERSON:Kwabena Asante]]\n[[ORGANIZATION:Gvaramia Law]] | [[CONTACT:0322 55 81 40]]",
        "Funds sent through [[ORGANIZATION:Samadi Remittance]] did not arrive.",
        "Your insurer is [[ORGANIZATION:Rustavi Mutual Insurance]].",
        "Questions to [[PERSON:Vaiula]], [[ORGANIZATION:Leota Freight Forwarding]].",
        "Tenancy managed by [[ORGANIZATION:Kanchanaburi Lettings]] since 2021.",
        "Our accountant at [[ORGANIZATION:Iturbe Payroll Services]] has the forms.",
        "The scan was done at [[ORGANIZATION:Telavi Imaging]] on Tuesday.",
        "Incident report – [[ORGANIZATION:Gori Grammar]]\nPupil: [[PERSON:Mate Abashidze]]",
        "Broadband is supplied by [[ORGANIZATION:Sokhumi Telecom]].",
        "Tickets were booked with [[ORGANIZATION:Olaniyan Tours]] for the group.",
        "[[PERSON:vaiula]]: [[PERSON:tuilagi]] said ask [[ORGANIZATION:sefo customs brokers]] first\n[[PERSON:ioane]]: ok",
        "Your supplier, [[ORGANIZATION:Ninotsminda Power Company (NPC)]], wrote twice; [[ORGANIZATION:NPC]] wants a meter reading.",
    ],
    "trade-runs": [
        "The books are kept by [[ORGANIZATION:Blue Ridge Bookkeeping]] since May.",
        "Completion is handled by [[ORGANIZATION:Old Harbour Conveyancers]].",
        "Prescription ready at [[ORGANIZATION:Silver Birch Apothecary]] on the high street.",
        "Viewing arranged by [[ORGANIZATION:Tulpenveld Makelaars]] for Saturday.",
        "Kind regards,\n[[PERSON:Mele Tupou]]\n[[ORGANIZATION:Blue Lagoon Water]] | [[CONTACT:+676 23 555]]",
    ],
    "heads": [
        "CASE NOTE – [[ORGANIZATION:Friends of Batumi]]\nClient: [[PERSON:Giorgi Lomidze]]",
        "[WhatsApp] [[ORGANIZATION:Friends of Cusco]] volunteers\n[[PERSON:Wayra]]: who has the keys?",
        "The food parcels come from [[ORGANIZATION:Hope for Ayacucho]] every week.",
        "A grant from the [[ORGANIZATION:National Bank of Tskaltubo]] paid for the roof.",
    ],
    "edges": [
        "Registered GP: [[ORGANIZATION:Praxis Dr. Wähling]]. Triage nurse on duty.",
        "Claimant's representative: [[PERSON:Odile Ravanel]], [[ORGANIZATION:Cabinet Ravanel Avocats]]",
        "CASE NOTE – [[ORGANIZATION:TP. Cần Thơ Community Law Centre]]\nClient: [[PERSON:Trần Thị Mai]]",
        "Sponsor: [[ORGANIZATION:Kirchberg am Wechsel Precision Engineering]], licence 4471",
        "Referral to surgery – [[ORGANIZATION:Mtatsminda Women's and Children's Hospital]]",
        "Reservation confirmed – [[ORGANIZATION:The Kobuleti Grand]]\nGuest: Ms [[PERSON:Salome Jgenti]]",
        "Employer: [[ORGANIZATION:Szalai és Fekete Kkt.]]\nSource of funds: salary",
        "Sponsor: [[ORGANIZATION:Wróblewski-Nowak Sp.k.]], licence 550219",
        "Kind regards,\n[[PERSON:Teuila Faleolo]]\nTalent Acquisition, [[ORGANIZATION:Oyelaran, Adebisi and Olatunji]]",
        "If you get help from [[ORGANIZATION:Tavita Foods plc]] or another service, tell us.",
    ],
    "legal-phrases": [
        "Supplier: [[ORGANIZATION:Wierzbicki i Syn Sp. z o.o.]]",
        "The order was shipped by [[ORGANIZATION:Hanbit Trading Co., Ltd.]] last week.",
        "Contract signed with [[ORGANIZATION:Công ty TNHH Bảo Ngọc Hưng]] in March.",
        "Hiring for a lead role at [[ORGANIZATION:Lương và cộng sự Công ty TNHH]] now.",
        "Invoice from [[ORGANIZATION:Grupo Tlaloc S.A. de C.V.]] attached.",
        "Vendor: [[ORGANIZATION:Rajagopal Textiles Pvt. Ltd.]]",
    ],
}

_PUBLIC: list[str] = [
    "Apply to the Legal Aid scheme before the deadline closes.",
    "Read the Customs Brokers Association guidance before you import anything.",
    "Water Rates are set every April by the regulator.",
    "Tax Services Overview\nThis page explains how the tax services of a council work.",
    "Our Property Management team answers within two working days.",
    "The Family Doctors programme covers rural areas first.",
    "Friends of the library meet on Tuesdays in the reading room.",
    "Secondary schools close at noon; grammar lessons resume on Monday.",
    "Power cuts are expected in the north during the storm.",
    "Travel Insurance and Outdoor Gear are sold separately.",
    "Customs Brokers must hold a licence to clear goods.",
    "Praxis is the Greek word for practice.",
    "The form Sp. z o.o. is the Polish limited company; Co., Ltd. is used in Asia.",
    "Bookkeeping and Payroll Basics for small charities.",
    "Relocation Allowance: up to two thousand euros, paid once.",
    "The Chemist and the Apothecary were one trade for centuries.",
    "Legal Aid Eligibility\nYou may qualify if your income is low.",
    "Ask the Customs Brokers desk at the port about the forms.",
    "Grammar School admissions open in September.",
    "Hope for the best and plan for the worst.",
    "Our guide explains what conveyancers and bookkeepers charge.",
    "Friends of mine run a bakery; friends of the museum run the shop.",
]

DEV_SENTENCES_R6_ORGS: tuple[DevSentence, ...] = tuple(
    parse_dev_sentence(domain, marked) for domain, sentences in _RAW.items() for marked in sentences
)
PUBLIC_SENTENCES_R6_ORGS: tuple[str, ...] = tuple(_PUBLIC)
