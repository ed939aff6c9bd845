"""Round 6 organisation vocabulary: the words that say what kind of body a name is (written from general
knowledge for many industries and countries, not from any held-out set).

Three lists, all lower case with diacritics folded (compare with :func:`~dpfusion_integrations.tagging.recall.base.fold`):

- :data:`TRADE_WORDS`: words that, written capitalised **after** a name or place, make the run a firm
  or body ("<Name> Advocates", "<Town> Bookkeeping", "<Name> Customs Brokers", "<Town> Water",
  "<Town> Secondary"). Many are ordinary words alone ("Power", "Water", "Travel", "Secondary"), so they
  are used only as the tail of a run whose head another detector already tagged as a name, place or
  organisation, never to start a span;
- :data:`HEAD_WORDS`: capitalised words that, joined by "of"/"for"/"de"... to a tagged name or place,
  make one body of both ("Friends of <Town>", "Ministry of ...", "Banco de ...", "Hope for ...");
- :data:`PRACTICE_HEADS`: words that lead a practice or firm named after a person ("Praxis Dr. <Name>",
  "Cabinet <Name>", "Kanzlei <Name>", "Bufete <Name>").

Over-tagging risk: public look-alikes with the same shape ("Bank of England", "Paris Legal Aid") are
tagged one or two words wider; the words themselves are never tagged alone.
"""

from __future__ import annotations

__all__ = ["HEAD_WORDS", "PRACTICE_HEADS", "TRADE_WORDS"]

_LEGAL = {
    "advocates", "advocate", "advocaten", "avocats", "avocat", "abogados", "advogados", "avvocati", "advokater",
    "advokatbyra", "advokatfirma", "asianajotoimisto", "rechtsanwalte", "rechtsanwaelte", "anwalte", "lawyers",
    "law", "legal", "solicitors", "attorneys", "barristers", "notaries", "notary", "notaires", "notariat",
    "conveyancing", "conveyancers", "paralegals", "litigation", "mediation", "mediators", "immigration",
    "aid", "advice", "rights", "chambers", "counsel",
}  # fmt: skip
_FINANCE = {
    "bookkeeping", "bookkeepers", "accounting", "accountancy", "accountants", "audit", "auditors", "tax",
    "taxation", "payroll", "finance", "financial", "investments", "investment", "wealth", "advisory",
    "advisers", "advisors", "brokers", "broker", "brokerage", "broking", "securities", "credit", "lending",
    "loans", "mortgages", "savings", "exchange", "remittance", "remittances", "money", "pensions", "fund",
    "funds", "assets", "bankers", "treasury", "underwriters", "actuaries", "leasing", "microfinance",
    "fintech", "pay", "payments", "collections", "recoveries",
}  # fmt: skip
_PROPERTY = {
    "property", "properties", "estates", "estate", "lettings", "letting", "realty", "realtors", "homes",
    "housing", "residential", "rentals", "management", "developments", "developers", "facilities",
    "maintenance", "immobilien", "makelaars", "makelaardij", "inmobiliaria", "imobiliaria", "immobiliare",
    "immobilier", "nekretnine", "nieruchomosci", "emlak", "block", "tenancies", "living",
}  # fmt: skip
_HEALTH = {
    "doctors", "physicians", "gps", "medical", "medicine", "medics", "health", "healthcare", "care", "carers",
    "dental", "dentistry", "dentists", "pharmacy", "chemist", "chemists", "apothecary", "drugstore",
    "pharmacie", "apotheke", "apteka", "farmacia", "eczanesi", "optometry", "optical", "optics", "opticians",
    "eye", "eyecare", "hearing", "audiology", "physiotherapy", "physio", "chiropractic", "osteopathy",
    "podiatry", "dermatology", "cardiology", "radiology", "imaging", "diagnostics", "pathology", "nursing",
    "homecare", "therapy", "therapies", "counselling", "counseling", "psychology", "psychiatry", "rehab",
    "rehabilitation", "wellbeing", "wellness", "veterinary", "vets", "polyclinic", "polyclinique",
    "poliklinik", "poliklinika", "ambulatorium", "praxis", "maternity", "fertility", "orthopaedics",
    "orthopedics", "paediatrics", "pediatrics", "midwives", "hospice",
}  # fmt: skip
_EDUCATION = {
    "secondary", "grammar", "primary", "high", "elementary", "junior", "juniors", "infants", "middle",
    "comprehensive", "preparatory", "prep", "academy", "college", "school", "schools", "preschool",
    "nursery", "kindergarten", "montessori", "tutoring", "tuition", "tutors", "learning", "education",
    "training", "languages", "lyceum", "gymnasium", "collegiate", "polytechnic", "seminary", "madrasa",
    "madrassa", "conservatory", "conservatoire",
}  # fmt: skip
_UTILITIES = {
    "power", "water", "waters", "energy", "electric", "electricity", "gas", "utilities", "utility",
    "telecom", "telecoms", "broadband", "internet", "mobile", "wireless", "cable", "fibre", "fiber", "solar",
    "waste", "recycling", "sewerage", "heating", "grid", "networks", "telecommunications",
}  # fmt: skip
_TRANSPORT = {
    "customs", "freight", "forwarding", "forwarders", "shipping", "logistics", "transport", "haulage",
    "hauliers", "haulers", "trucking", "cargo", "couriers", "express", "delivery", "removals", "movers",
    "relocation", "relocations", "moving", "storage", "warehousing", "airlines", "air", "airways",
    "aviation", "rail", "railways", "buses", "coaches", "taxis", "cabs", "ferries", "marine", "maritime",
    "travel", "travels", "tours", "tourism", "holidays", "voyages", "cruises", "transfers", "limousines",
    "motors", "auto", "autos", "automotive", "cars", "garage", "tyres", "tires", "towing", "charters",
    "expeditions", "safaris", "visas",
}  # fmt: skip
_RETAIL = {
    "outdoor", "outdoors", "sports", "sport", "apparel", "clothing", "fashion", "fashions", "footwear",
    "shoes", "furniture", "furnishings", "homeware", "hardware", "electronics", "appliances", "books",
    "toys", "gifts", "jewellery", "jewelry", "cosmetics", "beauty", "pets", "petcare", "garden", "gardens",
    "nurseries", "flowers", "florist", "foods", "food", "grocery", "groceries", "market", "markets", "mart",
    "supermarket", "traders", "trading", "imports", "exports", "supplies", "supply", "wholesale",
    "distributors", "distribution", "stationery", "printing", "print", "signs", "packaging", "textiles",
    "goods", "emporium", "outlet", "store", "stores", "shop", "shops", "boutique", "optics", "tackle",
}  # fmt: skip
_HOSPITALITY = {
    "hotel", "hotels", "inn", "lodge", "suites", "hostel", "resort", "cafe", "coffee", "bakery", "kitchen",
    "catering", "caterers", "restaurant", "grill", "bar", "bistro", "brasserie", "diner", "pizzeria",
    "takeaway", "brewery", "brewing", "winery", "events", "venues", "banqueting", "grand", "palace",
    "plaza", "tavern", "eatery", "canteen", "patisserie", "confectionery",
}  # fmt: skip
_SERVICES = {
    "services", "service", "solutions", "consulting", "consultants", "consultancy", "associates", "partners",
    "group", "agency", "agencies", "bureau", "recruitment", "staffing", "employment", "personnel", "security",
    "cleaning", "cleaners", "laundry", "repairs", "construction", "builders", "building", "contractors",
    "contracting", "engineering", "engineers", "electrical", "electricians", "plumbing", "plumbers",
    "roofing", "glazing", "joinery", "carpentry", "decorating", "landscaping", "gardening", "interiors",
    "architects", "architecture", "design", "designs", "surveyors", "surveying", "media", "marketing",
    "advertising", "communications", "publishing", "productions", "films", "pictures", "records", "music",
    "studios", "studio", "photography", "software", "systems", "technologies", "technology", "tech",
    "digital", "data", "analytics", "labs", "robotics", "computing", "computers", "cloud", "web", "works",
    "industries", "manufacturing", "holdings", "ventures", "enterprises", "international", "global",
    "worldwide", "translations", "translation", "interpreting", "funeral", "funerals", "undertakers",
    "salon", "barbers", "spa", "fitness", "gym", "club", "collective",
}  # fmt: skip
_PUBLIC_AND_NGO = {
    "relief", "welcome", "rescue", "refuge", "shelter", "support", "outreach", "advocacy", "action",
    "foundation", "trust", "charity", "society", "association", "alliance", "coalition", "network", "union",
    "federation", "league", "cooperative", "co-op", "council", "committee", "commission", "authority",
    "board", "ministry", "department", "office", "police", "fire", "ambulance", "tribunal", "court",
    "registry", "library", "museum", "archives", "parish", "diocese", "church", "mosque", "temple", "mission",
    "ministries", "fellowship", "centre", "center", "hub", "volunteers", "project", "initiative", "forum",
    "institute", "commune", "municipality", "prefecture", "gemeinde", "kommune", "congregation",
}  # fmt: skip

#: Capitalised after a tagged name or place, these make the run a firm or body (see module doc).
TRADE_WORDS: frozenset[str] = frozenset(
    _LEGAL | _FINANCE | _PROPERTY | _HEALTH | _EDUCATION | _UTILITIES | _TRANSPORT | _RETAIL | _HOSPITALITY
    | _SERVICES | _PUBLIC_AND_NGO
)

#: Capitalised words that lead a body named "<head> of/for/de <name or place>".
HEAD_WORDS: frozenset[str] = frozenset({
    "friends", "friend", "ministry", "bank", "banco", "banque", "banca", "department", "office", "board",
    "council", "court", "embassy", "consulate", "university", "universidad", "universite", "universita",
    "universidade", "college", "colegio", "school", "escuela", "escola", "ecole", "academy", "academia",
    "institute", "instituto", "institut", "museum", "museo", "musee", "library", "biblioteca",
    "bibliotheque", "hospital", "hopital", "clinica", "church", "iglesia", "eglise", "cathedral", "society",
    "sociedad", "societe", "association", "asociacion", "associacao", "federation", "federacion", "union",
    "league", "chamber", "camara", "chambre", "commission", "comision", "committee", "comite", "authority",
    "agency", "agencia", "agence", "bureau", "centre", "center", "centro", "foundation", "fundacion",
    "fundacao", "fondation", "fondazione", "fund", "trust", "diocese", "archdiocese", "parish", "mission",
    "ministerio", "ministere", "ministero", "secretaria", "ayuntamiento", "prefeitura", "mairie", "comune",
    "municipalidad", "alcaldia", "gobierno", "governo", "gouvernement", "government", "tribunal", "tribunale",
    "registry", "registro", "hope", "voices", "voice", "mothers", "children", "women", "refugees", "action",
    "aid", "partners", "coalition", "alliance", "network", "collective", "cooperativa",
    "cooperative", "caja", "caixa", "cassa", "credit", "savings", "sisters", "brothers", "knights",
    "daughters", "sons", "people", "citizens", "residents", "neighbours", "neighbors",
})  # fmt: skip

#: Words that lead a practice or firm named after a person, in several languages.
PRACTICE_HEADS: frozenset[str] = frozenset({
    "praxis", "gemeinschaftspraxis", "arztpraxis", "zahnarztpraxis", "hausarztpraxis", "kanzlei",
    "anwaltskanzlei", "rechtsanwaltskanzlei", "steuerkanzlei", "ordination", "ordinace", "ordinacija",
    "ambulanta", "cabinet", "etude", "bufete", "despacho", "consultorio", "clinica", "clinique", "escritorio",
    "gabinet", "kancelaria", "kancelar", "notaria", "notariat", "studio", "ambulatorio", "ambulatorium",
    "farmacia", "pharmacie", "apotheke", "apteka", "lekarna", "eczane", "atelier", "maison", "taller",
    "autohaus", "bakerei", "baeckerei", "metzgerei", "drogerie", "optik", "salon", "zahnarzt", "tierarztpraxis",
    "klinik", "clinic", "surgery", "pharmacy", "chambers", "office",
})  # fmt: skip
