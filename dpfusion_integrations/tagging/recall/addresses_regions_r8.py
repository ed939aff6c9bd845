"""Round 8: a state, province or region code after a town the union found ("Tulsa OK", "Halifax, NS
B3H 1A1", "Perth WA 6000", "Springfield, Ill.", "Campinas/SP", "Pune MH 411001", "Monza (MB)").

Many countries write the region after the town, as a code: US states and territories, Canadian
provinces and territories, Australian states and territories (two or three capitals, or the older
dotted abbreviations "Calif.", "Mass.", "Ont.", "Qld."), Brazilian states after a slash or a dash
("Recife - PE"), Indian states, Italian and Spanish provinces or French departments in brackets
("Lecco (LC)", "Lyon (69)"). The codes are too short to be taken alone (most are also words or
initials: "OK", "IN", "ME", "OR"), so one joins only a LOCATION span that ends in a letter right
before it, with the ZIP or postal code after it when one follows ("Bozeman, MT 59715"). A code that is
also a word after a span in capitals ("LONDON OR PARIS") joins only when a postal code follows.

Over-tagging risk: a place followed by a capitalised two-letter word ("Berlin IT team"). Decisions
depend on the shapes only. Typed LOCATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import LOCATION
from dpfusion_integrations.tagging.spans import Span, merge_spans

__all__ = ["STATES", "WORDLIKE_STATES", "grow_regions"]

REGION_SCORE = 0.9

#: US states and territories, Canadian provinces and territories, Australian states and territories.
STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND"
    r"|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
    r"|NSW|VIC|QLD|TAS|ACT|SA"
)
#: Codes that are also English words: after a place cue alone they are no state.
WORDLIKE_STATES = frozenset({"OK", "IN", "ME", "OR", "HI", "AS", "ON", "ID", "ACT", "SA", "DE", "AL", "LA", "PA", "MA"})
#: Older dotted abbreviations (US, Canada, Australia).
_DOTTED = (
    r"Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nebr"
    r"|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Oreg|Pa|Penn|R\.I|S\.C|S\.D|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo"
    r"|Alta|B\.C|Man|N\.B|Nfld|N\.S|Ont|P\.E\.I|Que|Sask|N\.S\.W|Vic|Qld|Tas|W\.A|S\.A"
)
#: Indian states and union territories (post-2014 codes).
_INDIA = r"AP|AR|AS|BR|CG|GA|GJ|HR|HP|JH|KA|KL|MP|MH|MN|ML|MZ|NL|OD|PB|RJ|SK|TN|TS|TR|UP|UK|WB|DL|JK|PY|CH"
#: Brazilian states, written after a slash or a dash.
_BRAZIL = r"AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_POSTAL = r"(?:[ ](?:\d{5}(?:-\d{3,4})?|\d{6}|\d{3}[ ]\d{3}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4}))"
_AFTER = re.compile(
    rf"(?:,?[ ](?P<code>{STATES}|{_INDIA})(?P<postal>{_POSTAL})?(?![\w]|\.\w)"
    rf"|,?[ ](?:{_DOTTED})\.{_POSTAL}?(?![\w])"
    rf"|[ ]?[/–-][ ]?(?:{_BRAZIL})(?![\w])"
    rf"|[ ]\((?:[A-Z]{{2}}|\d{{2,3}}|2[AB])\))"
)


def grow_regions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with a region code (and a postal code after it) right after a LOCATION span ending in a
    letter joined to it (see module doc); sorted and non-overlapping."""
    out = list(spans)
    for span in spans:
        if span.entity_type != LOCATION or not text[span.end - 1 : span.end].isalpha():
            continue
        match = _AFTER.match(text, span.end)
        if match is None:
            continue
        code, postal = match.group("code"), match.group("postal")
        if code in WORDLIKE_STATES and postal is None and text[span.start : span.end].isupper():
            continue  # "LONDON OR PARIS": a word in capitals, not a state
        out.append(Span(span.start, match.end(), LOCATION, REGION_SCORE))
    return merge_spans(out)
