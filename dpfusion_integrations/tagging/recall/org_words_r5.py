"""Round 5 organisation words: trades and kinds of venue the earlier lists lacked.

Added to :data:`~dpfusion_integrations.tagging.recall.org_suffix.ORGANIZATION_WORDS` and
:data:`~dpfusion_integrations.tagging.recall.org_suffix.SUFFIX_ONLY_WORDS` by the ``recall-v5``
:class:`~dpfusion_integrations.tagging.recall.org_suffix.OrganizationSuffixRule`, so a capitalised run
holding one of them is an ORGANIZATION: gyms and clubs ("Tengri Fitness", "Ironbark CrossFit",
"Rovers FC"), couriers and hire firms ("Baltic Express", "Ozols Couriers", "Daugava Car Rental"),
trades ("Petrova Ceramics Co.", "Ganbold Plumbing", "Horvat Auto Repairs", "Studio Lumen"), care
("Korhonen Physiotherapy", "Bērziņš Family Dentistry") and venues. The suffix-only words count only as
the last word of a run after a capitalised word ("The Venka Rooms", "Riverside Women's Health",
"Aster Family Medicine", "Linden Midwifery Practice"), because alone or first they are ordinary ("Health
and safety", "Practice makes perfect").

Over-tagging risk: a title-case phrase of two words with one of them is tagged ("Same-Day Delivery",
"Book Club"); the rule needs two capitalised words, so a lone word at a sentence start stays public.
"""

from __future__ import annotations

__all__ = ["LEGAL_FORMS_R5", "ORGANIZATION_WORDS_R5", "PARTNER_WORDS_R5", "SUFFIX_ONLY_WORDS_R5"]

#: Legal forms of many countries (lower case, dots kept where they are written inside): a run ending
#: in one takes the full stop after it ("Théraulaz Sàrl.", "Vass és társa Bt.").
LEGAL_FORMS_R5 = frozenset({
    "bt", "kht", "nyrt", "rt", "s.coop", "s.com", "s.c", "me", "epp", "eireli", "pfa", "spi", "asc", "mmc",
    "ooo", "oao", "zao", "pao", "tnhh", "jsc", "gbr", "ug", "e.k", "kgaa", "se", "as", "oü", "uab", "sia", "aps",
    "a/s", "bvba", "vzw", "asbl", "sprl", "scs", "snc", "eurl", "sci", "sàrl", "sarl", "ltda", "s.l", "s.a.s",
    "co", "cie", "inc", "ltd", "llc", "plc", "gmbh", "ag", "kg", "srl", "sa", "spa", "bv", "nv", "ab", "oy",
    "pty", "bhd", "sdn", "tbk", "pte", "kk", "kft", "zrt", "d.o.o", "s.r.o", "a.s", "sp", "v.o.s", "j.d.o.o",
    "k.s", "s.p", "d.d", "vof", "cv", "cvba", "nyrt.", "sas", "s.a", "s.r.l", "s.p.a", "b.v", "n.v",
})  # fmt: skip
#: Words after "and"/"&" (or "és", "und", "et", "y", "e", "i", "en", "og") that make the run a firm
#: ("Kemboi and Sons", "Vass és társa", "Bryant and Sons Ltd").
PARTNER_WORDS_R5 = frozenset({
    "sons", "son", "daughters", "daughter", "brothers", "bros", "sisters", "partners", "partner", "associates",
    "co", "company", "cie", "társa", "társai", "sohn", "söhne", "soehne", "fils", "figli", "hijos",
    "filhos", "zonen", "sønner", "søn", "söner", "syn", "synowie", "family", "friends",
})  # fmt: skip

#: Lower case, diacritics folded.
ORGANIZATION_WORDS_R5 = frozenset({
    # fitness and clubs
    "gym", "gyms", "fitness", "crossfit", "club", "clubs", "fc", "afc", "rfc", "cf", "dojo", "pilates", "yoga",
    # couriers, removals, hire
    "express", "couriers", "courier", "delivery", "deliveries", "parcels", "forwarding", "removals", "movers",
    "rental", "rentals", "hire", "autos", "repairs", "tyres", "tires", "cycles", "carriers",
    # trades and shops
    "studio", "atelier", "ceramics", "pottery", "textiles", "crafts", "furniture", "interiors", "joinery",
    "plumbing", "roofing", "landscaping", "cleaning", "cleaners", "laundry", "laundrette", "barbers",
    "barbershop", "tailors", "jewellers", "jewelers", "printing", "publishing", "publishers", "stationers",
    "electronics", "computers", "telecoms", "grooming", "kennels", "cattery", "events", "photography",
    "weddings", "winery", "distillery", "vineyards", "dairy", "farms", "bakehouse", "creamery", "roastery",
    "eatery", "canteen", "grill", "brewing", "lettings", "surveyors", "notaries", "co", "bros", "cos",
    "outfitters", "supplies", "wholesale", "wholesalers", "distributors", "imports", "exports", "merchants",
    # care
    "veterinary", "vets", "physiotherapy", "physio", "chiropractic", "osteopathy", "dentistry", "dentists",
    "opticians", "optometrists", "midwifery", "paediatrics", "pediatrics", "orthodontics", "counselling",
    "wellness", "montessori",
}) | {form for form in LEGAL_FORMS_R5 if len(form) > 2 or form in ("co", "bt")}  # fmt: skip
# Two-letter legal forms that are also English or Romance words ("me", "as", "se") count only as a
# legal form after a firm's name, never to start one.

#: Words that make a run an organisation only as its last word.
SUFFIX_ONLY_WORDS_R5 = frozenset({
    "rooms", "medicine", "health", "practice", "vintage", "sons", "daughters", "arena", "stadium", "gallery",
    "theatre", "theater", "cinema", "museum", "hub",
})  # fmt: skip
