"""Round 8 (codes): file and case references written with a register abbreviation, numbers after a
number sign, and number/year identifiers in brackets after a name.

Courts, police, registries and offices of many countries print a file's reference as a register
abbreviation and a number/year, often with a chamber or register letter between ("Az. 3 O 123/24",
"Sp. zn. 12 C 45/2024", "č.j. 1234/2024-56", "GZ 12 Cg 34/24", "Sygn. akt I C 123/24", "RG n.
1234/2023", "Expte. 123/2024", "Dnr 123-24", "Rg. 06/25"). Earlier rounds knew English labels
("Case", "Ref") only. Three rules, typed ID, the abbreviation inside the span (it is the register's
part of the reference as it is written, a word or two):

- **register abbreviation** (:data:`REGISTER_ABBREVIATIONS`, many languages) and a reference value:
  up to three chamber/register groups (one to four digits, a roman numeral or a capitalised
  abbreviation of up to four letters) and a number with a "/", "-" or "." part ("123/24", "45/2024",
  "123-24", "1234/2024-56", "1234/23.5T8LSB", "12.P.20.114/2024"), or a plain number of three digits or more; a capitalised abbreviation
  of one to four letters with a dot, directly before a number/year ("Rg. 06/25", "Rk. 14/26"), is
  taken as such a register too, except the public ones of :data:`PUBLIC_DOTTED` ("Fig. 2/3",
  "Art. 12/2024" stay public);
- **number sign** ("No.", "Nr.", "Nº", "N°", "№", "Nro.", "Núm.", "Br.", "Sz.", "Čís.") and a value with
  four digits or more, or with a "-"/"/" group ("No. 9824-05", "Nr. 2024/118"); short ordinals
  ("Symphony No. 9", "No. 10") stay public;
- **bracketed number/year** right after a word: "(5247/87)", "(3310-52)", "(ref 44120/26)" is a
  register or roll number; the first part needs three digits or more, so fractions, "24/7" and
  day/month dates ("(12/24)") are left to the date rules.

Page and item citations ("S. 12-14", "Pg. 12-15", "Nos. 3-14") and seasons or spans of years in
brackets ("Season (2019/20)", "(1998-2004)") are refused. Over-tagging risk: a legal citation
("Regulation No. 2016/679") and a dotted abbreviation before a number/year are tagged, one or two
words each.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ID
from dpfusion_integrations.tagging.recall.base import RegexDetector, RegexRule

__all__ = ["NUMBER_SIGN", "PUBLIC_DOTTED", "REFERENCE_RULES_R8", "REGISTER_ABBREVIATIONS", "reference_detector"]

REFERENCE_SCORE = 0.88

#: Register and file-reference abbreviations and words of many countries (regex alternatives, matched
#: in any case; a final dot is optional and added by the rule).
REGISTER_ABBREVIATIONS = (
    # German, Austrian, Swiss
    r"az|aktenzeichen|gz|gesch[äa]ftszahl|gesch[äa]ftszeichen|gesch\.-?z|tgb\.-?nr|tagebuch-?nr|vorgangs-?nr"
    r"|vorgangsnummer|zeichen|unser[ ]zeichen|ihr[ ]zeichen|dossiernummer|gesch[äa]ftsnummer"
    # Czech, Slovak
    r"|sp\.[ ]?zn|spis\.[ ]?zn|spisov[áa][ ]zna[čc]ka|[čc]\.[ ]?j|[čc]j|[čc]\.[ ]?sp|ev\.[ ]?[čc]|[čc]\.[ ]?spisu"
    # Polish
    r"|sygn\.[ ]akt|sygn|sygnatura(?:[ ]akt)?|znak[ ]sprawy|nr[ ]sprawy|l\.[ ]?dz"
    # Italian
    r"|r\.[ ]?g|rg|n\.[ ]?r\.[ ]?g|r\.[ ]?g\.[ ]?n\.[ ]?r|r\.[ ]?g\.[ ]?e|prot|protocollo|rep|fasc|ruolo(?:[ ]generale)?"
    # French, Belgian
    r"|n°[ ]rg|r[ée]f|aff|dossier|n/r[ée]f|v/r[ée]f|num[ée]ro[ ]de[ ]dossier|rep\.[ ]?n°"
    # Spanish, Portuguese
    r"|expte|exp|expediente|autos|rollo|proc|procedimiento|processo|p\.[ºo°]|n/ref|v/ref|ref\.[ ]?n\.?[ºo°]"
    # Dutch
    r"|zaaknr|zaaknummer|kenmerk|ons[ ]kenmerk|uw[ ]kenmerk|rolnr|rolnummer|dossiernr|registratienr"
    # Nordic, Finnish
    r"|dnr|diarienr|diarienummer|dnro|dno|asianro|diaarinro|j\.[ ]?nr|journalnr|journalnummer|saksnr|sak[ ]nr"
    r"|m[åa]lnr|m[åa]l[ ]nr|[äa]rendenr|arkivnr"
    # Hungarian, Romanian, South Slavic, Baltic, Turkish
    r"|[üu]gysz[áa]m|[üu]gysz|iktat[óo]sz[áa]m|ikt\.[ ]?sz|dosar(?:[ ]nr)?|nr\.[ ]dosar|posl\.[ ]?br|poslovni[ ]broj"
    r"|opr\.[ ]?[šs]t|li[eė]tas|bylos[ ]nr|esas(?:[ ]no)?|dosya(?:[ ]no)?|karar(?:[ ]no)?"
    # English registers
    r"|rg|reg|regd|crn|docket|cause(?:[ ]no)?|index(?:[ ]no)?|our[ ]ref|your[ ]ref|file[ ]ref|crime[ ]ref"
)
#: Number signs written after a label or an abbreviation ("no.", "Nr", "Nº", "n.º"; regex alternatives,
#: matched in any case), shared with :mod:`codes_fields_r8`.
NUMBER_SIGN = r"n|no|nr|nro|num|n[º°o]|n\.[º°o]"
#: Dotted abbreviations before a number that name a part of a text, not a register.
PUBLIC_DOTTED = frozenset({
    "fig", "figs", "art", "arts", "vol", "vols", "ch", "chap", "sec", "sect", "tab", "eq", "eqs", "pp", "p",
    "ed", "eds", "ex", "ps", "cf", "ibid", "op", "cit", "approx", "ca", "est", "min", "max", "mr", "mrs", "ms",
    "dr", "st", "ave", "rd", "mt", "ft", "no", "nr", "tel", "fax", "mob", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "ver", "rev", "v", "vs", "abs", "para", "cl", "sch", "reg", "s", "pg", "pgs", "pag", "bd", "nos", "abb",
    "kap", "vgl", "fol", "col", "tues", "thur", "thurs", "wk",
})  # fmt: skip

#: A number of a reference: digits with a "/", "-" or "." part ("123/24", "1234/2024-56", "06.25").
_NUMBER = (
    r"(?:\d{1,7}(?:[/.-]\d{1,5}){1,3}|\d{1,4}\.[A-Za-z]{1,4}\.\d{1,6}(?:[./]\d{1,6}){0,3})(?:[/.-][A-Z0-9]{1,8})?"
)
#: Chamber or register groups before the number ("3 O", "12 C", "I C", "12 Cg", "123 Js").
_GROUPS = r"(?:(?:\d{1,4}|[IVXLC]{1,5}|[A-Z][A-Za-z]{0,3})[ ]){0,3}"
_END = r"(?![\w/-]|\.\d)"

_REGISTER = re.compile(
    rf"(?<![\w.])(?i:{REGISTER_ABBREVIATIONS})(?P<mark>\.?(?:[ ]?(?i:{NUMBER_SIGN})\.?)?[ ]?[:#]?)[ ]?"
    rf"(?:{_GROUPS}{_NUMBER}|(?P<plain>\d{{3,12}})){_END}"
)
_DOTTED = re.compile(
    rf"(?<![\w.])(?P<abbr>[A-Z][a-z]{{0,3}})\.[ ]?{_GROUPS}(?P<first>\d{{1,7}})(?P<sep>[/-])(?P<second>\d{{2,4}}){_END}"
)
_NUMBER_SIGN = re.compile(
    r"(?<![\w.])(?:No|NO|Nr|NR|Nº|N°|N\.º|№|Nro|Núm|Num|Br|Sz|Čís|Cis|nr|nº|n°|núm)\.?[ ]?"
    r"(?P<value>\d{4,12}(?:[/-][0-9A-Z]{1,8}){0,2}|\d{1,3}[/-]\d{2,8}(?:[/-][0-9A-Z]{1,8})?)(?![\w/-]|\.\d)"
)
_BRACKETED = re.compile(
    r"(?<=[^\W\d_])[ ]\((?:(?i:ref|no|nr|id|roll|reg)\.?[ ]?)?(?P<value>(?P<first>\d{3,8})[/-](?P<second>\d{2,4}))\)"
)


def _marked_if_plain(match: re.Match[str]) -> bool:
    """A plain number needs a dot, colon, "#" or "no." after the abbreviation ("rep 100" stays public)."""
    return match.group("plain") is None or match.group("mark").strip() != ""


def _not_public_dotted(match: re.Match[str]) -> bool:
    """Not a public abbreviation ("S. 12/3", "Bd. 3/2024") nor a range after one ("Rk. 12-14": a
    hyphenated pair whose second number is above the first reads as pages or items)."""
    if match.group("abbr").lower() in PUBLIC_DOTTED:
        return False
    return not (match.group("sep") == "-" and int(match.group("second")) > int(match.group("first")))


#: The years a season or span in brackets is written with ("(2019/20)", "(1998-2004)").
_YEARS = range(1000, 2200)
#: The most years a bracketed span of years covers ("(2019/22)", "(1914-1918)").
_MAX_YEARS = 200


def _not_years(match: re.Match[str]) -> bool:
    """Not a season or span of years: "yyyy/yy" or "yyyy-yy" whose two digits follow the year's within
    ten years ("(2019/20)"), or two increasing years ("(1998-2004)")."""
    first, second = match.group("first"), match.group("second")
    if len(first) != 4 or int(first) not in _YEARS:
        return True
    if len(second) == 2:
        return not 1 <= (int(second) - int(first) % 100) % 100 <= 10
    if len(second) == 4:
        return not 0 < int(second) - int(first) <= _MAX_YEARS
    return True


#: Round 8's reference rules (see module doc).
REFERENCE_RULES_R8 = (
    RegexRule("register reference", ID, _REGISTER, REFERENCE_SCORE, accept=_marked_if_plain),
    RegexRule("dotted register reference", ID, _DOTTED, REFERENCE_SCORE, accept=_not_public_dotted),
    RegexRule("number-sign reference", ID, _NUMBER_SIGN, REFERENCE_SCORE),
    RegexRule("bracketed number and year", ID, _BRACKETED, REFERENCE_SCORE, accept=_not_years),
)


def reference_detector() -> RegexDetector:
    """File and case references, number-sign values and bracketed number/year identifiers."""
    return RegexDetector("codes-references-r8", REFERENCE_RULES_R8)
