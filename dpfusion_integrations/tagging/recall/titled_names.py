"""Round 4: the name after a title that ``base.TITLES`` does not list: civic, religious, police,
professional and honorific titles of many countries ("Cllr Green", "Pastor Young", "Insp. Long",
"Imam Sheikhov", "Matron Akinyemi", "Shri Bose", "Datuk Rahim", "Ing. Novák").

After such a title the next capitalised word is a name even when it is an ordinary word (so "Cllr
Green" is tagged, where the proper-noun sweep needs a word that is not ordinary); it grows over the
following capitalised name parts as in the sweep. The title itself stays public. Typed PERSON.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.group_types import PERSON
from dpfusion_integrations.tagging.recall.base import (
    TextView,
    grow,
    joinable,
    name_part,
    run_span,
)
from dpfusion_integrations.tagging.spans import Span

__all__ = ["EXTRA_TITLES", "TitledNames"]

TITLED_SCORE = 0.75

#: Titles besides ``base.TITLES`` (lower case, without the dot).
EXTRA_TITLES = frozenset({
    "cllr", "councillor", "councilor", "alderman", "insp", "supt", "superintendent", "pastor", "imam",
    "rabbi", "sheikh", "shaykh", "cantor", "elder", "bishop", "archbishop", "deacon", "canon", "vicar", "cardinal",
    "matron", "midwife", "chef", "ustaz", "ustadh", "ustadz", "sri", "shri", "smt", "shrimati", "kumari", "haji",
    "hajji", "hajja", "datuk", "dato", "datin", "puan", "encik", "tuan", "pandit", "guru", "sensei",
    "engr", "atty", "mgr", "dipl", "drs", "amb", "ambassador", "cpl", "pte", "pvt",
    "cmdr", "cdr", "brig", "headteacher", "msgr", "mons", "sra", "srta", "signora", "signor", "dott", "avv",
    "maître", "meneer", "mevrouw", "mevr", "dhr", "pani", "gospodin", "gospozha", "bwana", "mwalimu",
    "ato", "woizero", "w/ro", "alhaji", 
})  # fmt: skip


class TitledNames:
    """The capitalised name after an extra title (see module doc)."""

    name = "titled-names"

    def __repr__(self) -> str:
        return "TitledNames()"

    def detect(self, view: TextView) -> list[Span]:
        toks = view.toks
        out: list[Span] = []
        for k, tok in enumerate(toks[:-1]):
            if tok.norm not in EXTRA_TITLES or not tok.cap:
                continue
            m = k + 1
            if toks[m].text == "." and m + 1 < len(toks):
                m += 1
            nxt = toks[m]
            if not (nxt.wordlike and nxt.cap and len(nxt.norm) >= 2) or nxt.title or nxt.norm in EXTRA_TITLES:
                continue
            if "\n" in view.text[tok.end : nxt.start]:
                continue
            _, j = grow(view, m, m, part=name_part) if joinable(view, m, sentence_start=True) else (m, m)
            out.append(run_span(view, m, j, PERSON, TITLED_SCORE))
        return out
