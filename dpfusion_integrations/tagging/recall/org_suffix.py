"""Organisation words: a capitalised run that holds a word such as Hospital, Clinic, Infirmary,
University, School, Bank, GmbH, Ltd or S.A. is an ORGANIZATION ("Saint Bartholomew's Infirmary",
"University of Lagos", "Northwind Traders GmbH", "Hospital das Clínicas").

The run is grown from the organisation word over capitalised neighbours and connectors exactly as
the proper-noun sweep grows names, so the whole institution is one span of one type; a lone
organisation word ("Hospital staff said") is not enough. In chat-like text a lower-case
organisation word preceded by a name or an unknown word is one too ("st thomas hospital").
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import (
    TextView,
    Tok,
    fold,
    grow,
    joinable,
    run_span,
)
from dpfusion_integrations.tagging.recall.firm_names import firm_names
from dpfusion_integrations.tagging.recall.org_words_r5 import LEGAL_FORMS_R5
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ORGANIZATION_WORDS", "SUFFIX_ONLY_WORDS", "OrganizationSuffixRule"]

ORG_SCORE = 0.9

#: Lower-case, diacritics folded. Words that name the kind of institution, in several languages,
#: and legal-form abbreviations.
ORGANIZATION_WORDS = frozenset({
    # health
    "hospital", "hospitals", "hopital", "hospice", "infirmary", "clinic", "clinics", "klinik", "klinikum",
    "clinica", "clinique", "krankenhaus", "ziekenhuis", "ospedale", "pharmacy", "apotheke", "pharmacie",
    "farmacia", "healthcare", "surgery", "sanatorium", "medical", "dental",
    # education
    "university", "universitat", "universite", "universidad", "universita", "universiteit", "uniwersytet",
    "college", "school", "schule", "academy", "akademie", "institute", "institut", "instituto", "istituto",
    "lycee", "ecole", "gymnasium", "polytechnic", "polytechnique", "seminary", "kindergarten", "escuela",
    "escola", "liceo", "colegio",
    # business and legal forms
    "bank", "banco", "banque", "sparkasse", "gmbh", "ag", "kg", "ohg", "ltd", "limited", "llc", "llp",
    "lp", "inc", "incorporated", "corp", "corporation", "company", "plc", "sa", "s.a", "sas", "sarl",
    "srl", "s.r.l", "spa", "s.p.a", "bv", "b.v", "nv", "n.v", "ab", "asa", "oy", "oyj", "pty", "d.o.o",
    "kft", "zrt", "s.r.o", "a.s", "e.v", "kk", "cie", "sl", "s.l", "ltda", "sapi", "bhd", "tbk", "pte",
    "group", "gruppe", "grupo", "holdings", "holding", "partners", "partneri", "partnerschaft",
    "associates", "capital", "ventures", "labs", "laboratories", "laboratory", "technologies",
    "solutions", "systems", "consulting", "consultants", "insurance", "assurance", "versicherung",
    "versicherungen", "seguros", "mutual", "traders", "trading", "logistics", "industries",
    "enterprises", "manufacturing", "motors", "airlines", "airways", "pharmaceuticals", "pharma",
    "brauerei", "autohaus", "hotel", "bakery", "garage", "foundation", "stiftung", "fondation",
    "fundacion", "trust", "association", "society", "verein", "cooperative",
    # public bodies and places of worship
    "station", "police", "council", "ministry", "department", "agency", "church", "mosque",
    "synagogue", "temple", "cathedral", "parish", "prison", "embassy", "consulate",
    "center", "centre", "centrum", "zentrum",
    # round 2: firms named by their trade, hospitality
    "analytics", "robotics", "software", "studios", "media", "digital", "design", "builders", "construction",
    "freight", "maritime", "shipping", "haulage", "transport", "logistik", "consultancy", "accountants",
    "realty", "properties", "estates", "foods", "brewery", "nursery", "kitchen", "catering",
    "inn", "lodge", "hostel", "hostal", "motel", "resort", "guesthouse", "pension", "albergo", "ryokan",
    "trattoria", "pizzeria", "brasserie", "bistro", "restaurant", "ristorante", "taverna", "cafe",
    "coffee", "pub", "tavern", "diner", "salon", "boutique", "pharmaceutical", "biotech", "therapeutics",
    "energy", "telecom", "networks", "engineering", "architects", "chambers", "solicitors", "attorneys",
    # round 3: lodging, schools, banks, shops and NGOs in several languages
    "suites", "residency", "residence", "apartments", "aparthotel", "gasthof", "gasthaus", "auberge", "cottage",
    "cottages", "cabins", "chalet", "chalets", "manor", "riad", "pousada", "posada", "hacienda", "agriturismo",
    "b&b", "bnb", "gimnazjum", "liceum", "szkola", "szkoła", "hochschule", "grundschule",
    "banca", "caixa", "bankasi", "bankası", "privatbank", "volksbank", "raiffeisenbank", "union", "unions",
    "hardware", "deli", "delicatessen", "florist", "florists", "grocers", "butchers", "bookshop", "books",
    "supermarket", "market", "mart", "store", "stores", "shop", "boulangerie", "patisserie",
    "fundacja", "stichting", "asociacion", "associacao", "fundacao", "fondazione", "dernegi", "vakfi", "vakfı", "network", "partnership", "alliance", "coalition", "federation", "league", "collective",
    "charity", "relief",
})  # fmt: skip

#: Words that make a run an organisation only as its last word, after a capitalised or unknown word
#: ("Hillcrest High", "Maplewood Primary", "Carlton Arms", "Meadowbank House"): alone or first they are
#: ordinary ("High blood pressure", "Primary care", "House rules").
SUFFIX_ONLY_WORDS = frozenset({
    "high", "primary", "elementary", "grammar", "juniors", "infants", "arms", "house",
})  # fmt: skip
#: Two-word organisation words whose parts are ordinary alone ("Guest House", "Credit Union").
_PAIRS = frozenset({("guest", "house"), ("guest", "houses"), ("credit", "union"), ("bed", "breakfast")})

_ABBREVIATIONS = frozenset({"inc", "ltd", "corp", "co", "bros", "assn", "dept", "univ", "cie"})
_CHAT_LEAD = frozenset({"st", "saint", "san", "santa", "sankt"})


def _org_word(view: TextView, k: int, words: frozenset[str] = ORGANIZATION_WORDS) -> bool:
    tok = view.toks[k]
    if tok.norm in ("b&b", "b'n'b"):
        return True
    if not tok.wordlike:
        return False
    folded = fold(tok.norm)
    if folded in words:
        return True
    nxt = view.toks[k + 1] if k + 1 < len(view.toks) else None
    return nxt is not None and (folded, nxt.norm) in _PAIRS


def _suffix_word(view: TextView, k: int, words: frozenset[str] = SUFFIX_ONLY_WORDS, *,
                 possessive: bool = False) -> bool:
    """A capitalised :data:`SUFFIX_ONLY_WORDS` word that ends a run after a capitalised or unknown word
    (with ``possessive``, also after one with "'s": "St. Columba's Primary", "Moyo's Gym")."""
    toks = view.toks
    tok = toks[k]
    if not (tok.cap and tok.wordlike and tok.norm in words) or k == 0:
        return False
    prev = toks[k - 1]
    if possessive and k >= 2 and prev.text in ("'s", "’s") and not toks[k - 2].space_after:
        prev = toks[k - 2]
    if not (prev.wordlike and prev.cap and not prev.title) or (prev.sent_start and prev.safe):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not (nxt.cap and nxt.wordlike)


def _abbreviation(tok: Tok) -> bool:
    return "." in tok.text or tok.norm in _ABBREVIATIONS


class OrganizationSuffixRule:
    """Capitalised runs holding an organisation word (see module doc). ``extra_words`` and
    ``extra_suffix_words`` add to :data:`ORGANIZATION_WORDS` and :data:`SUFFIX_ONLY_WORDS` (round 5
    passes :data:`~dpfusion_integrations.tagging.recall.org_words_r5.ORGANIZATION_WORDS_R5` and
    :data:`~dpfusion_integrations.tagging.recall.org_words_r5.SUFFIX_ONLY_WORDS_R5`); with
    ``extended`` (round 5) capitalised words joined by "&" are one too ("Bloom & Stem", "Okafor & Sons"), a
    suffix-only word may follow a possessive ("St. Columba's Primary"), a run that ends in a legal form
    takes the full stop after it ("Théraulaz Sàrl."), and firms named after partners are found
    (:func:`~dpfusion_integrations.tagging.recall.firm_names.firm_names`: "Kemboi and Sons", "Jones,
    Peterson and Ching", "Vass és társa Bt.", "Peixoto - ME")."""

    name = "organization-words"

    def __init__(self, *, extra_words: frozenset[str] = frozenset(),
                 extra_suffix_words: frozenset[str] = frozenset(), extended: bool = False) -> None:
        self._words = ORGANIZATION_WORDS | extra_words
        self._suffix_words = SUFFIX_ONLY_WORDS | extra_suffix_words
        self._extended = extended

    def __repr__(self) -> str:
        return f"OrganizationSuffixRule(words={len(self._words)})"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        covered_to = -1
        for k, tok in enumerate(toks):
            if k <= covered_to:
                continue
            if self._extended and tok.text == "&" and 0 < k < len(toks) - 1 \
                    and joinable(view, k - 1, sentence_start=True) and joinable(view, k + 1):
                i, j = grow(view, k - 1, k + 1, sentence_start=True)  # "Bloom & Stem", "Okafor & Sons"
                out.append(run_span(view, i, j, ORGANIZATION, ORG_SCORE))
                covered_to = j
                continue
            if _suffix_word(view, k, self._suffix_words, possessive=self._extended):
                i, j = grow(view, k, k, sentence_start=True)
                out.append(run_span(view, i, k, ORGANIZATION, ORG_SCORE))
                covered_to = k
                continue
            if not _org_word(view, k, self._words):
                continue
            if tok.cap or "." in tok.text or tok.norm == "b&b":  # "GmbH", "S.A.", "d.o.o."
                i, j = grow(view, k, k, sentence_start=True)
                if i == j:
                    continue
                words = [t for t in toks[i : j + 1] if t.wordlike and (t.cap or "." in t.text)]
                if len(words) < 2:
                    continue
                span = run_span(view, i, j, ORGANIZATION, ORG_SCORE)
                legal = self._extended and fold(toks[j].norm) in LEGAL_FORMS_R5
                if view.text[span.end : span.end + 1] == "." and (_abbreviation(toks[j]) or legal):
                    span = Span(span.start, span.end + 1, ORGANIZATION, ORG_SCORE)  # "d.o.o." "Inc."
                out.append(span)
                covered_to = j
            elif view.chat_like and tok.text.islower():
                i = k
                while i > 0 and k - i < 4:
                    prev = toks[i - 1]
                    if not (prev.text.isalpha() and prev.text.islower()):
                        break
                    if not (prev.name or not prev.safe or prev.norm in _CHAT_LEAD):
                        break
                    i -= 1
                if any(t.name or not t.safe for t in toks[i:k]):
                    out.append(run_span(view, i, k, ORGANIZATION, ORG_SCORE))
        if self._extended:
            out.extend(firm_names(view))
        return out
