"""Round 8 (organisations): organisations after a cue of acting for, working for or trading as one,
and after organisation labels the earlier rounds lacked, in several languages.

- **phrase cues** (:data:`ORG_PHRASE_CUES`): "Signed for", "Received for", "for and on behalf of", "on
  behalf of", "per pro", "trading as", "t/a", "d/b/a", "a division of", "employed by", "works for",
  "contracted by", "instructed by", and their French, Spanish, Portuguese, Italian, German, Dutch,
  Polish and Nordic forms ("au nom de", "pour le compte de", "en nombre de", "em nome de", "per conto
  di", "im Auftrag von", "namens", "w imieniu", "på vegne af", "för räkning av"), followed (after an
  optional article) by a capitalised run of one to six words, particles and "&" inside, up to the
  first lower-case word or punctuation. A run of one public word alone ("on behalf of Council") is
  not taken;
- **labels** (:data:`ORG_LABELS_R8`, at a line's start or after a field separator, and a colon):
  "Business:", "Auction house:", "Debt collector:", "Collection agency:", "Association:", "Club:",
  "Foundation:", "Studio:", "Lab:", "Firma:", "Empresa:", "Société:", "Arbeitgeber:", "Werkgever:",
  "Pracodawca:", "Työnantaja:", "Arbetsgivare:", ...; the value runs to the field's end (two spaces, a
  tab, "|", ";" or the line's end) and must start with a capital or a digit; a value of one public word
  ("Trust: High", "Business: Retail") is not taken.

Typed ORGANIZATION. Decisions depend on the cue and the case of the words, never on the private
words. Over-tagging risk: a public body after a cue ("on behalf of the United Nations") is tagged,
which is an organisation anyway.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import (
    MONTHS,
    TITLES,
    WEEKDAYS,
    TextView,
    fold,
)
from dpfusion_integrations.tagging.recall.field_starts import opens_field
from dpfusion_integrations.tagging.spans import Span

__all__ = ["ORG_LABELS_R8", "ORG_PHRASE_CUES", "OrgActingCues"]

CUE_SCORE = 0.72
#: Phrases after which an organisation is named (regex alternatives, any case).
ORG_PHRASE_CUES = (
    r"(?:signed|received|accepted|approved|witnessed|countersigned|stamped|executed|collected)[ ]for"
    r"|for[ ]and[ ]on[ ]behalf[ ]of|on[ ]behalf[ ]of|per[ ]pro(?:curationem)?|trading[ ]as|t/a|d/b/a"
    r"|doing[ ]business[ ]as|a[ ]division[ ]of|a[ ]subsidiary[ ]of|a[ ]brand[ ]of|a[ ]trading[ ]name[ ]of"
    r"|employed[ ](?:by|at|with)|works[ ](?:for|at)|working[ ](?:for|at)|worked[ ](?:for|at)"
    r"|contracted[ ](?:by|to)|instructed[ ]by|retained[ ]by|hired[ ]by|acting[ ](?:for|on[ ]behalf[ ]of)"
    r"|au[ ]nom[ ](?:de|du|des)|pour[ ]le[ ]compte[ ](?:de|du|des)|en[ ]nombre[ ]de|por[ ]cuenta[ ]de"
    r"|em[ ]nome[ ](?:de|da|do)|por[ ]conta[ ](?:de|da|do)|per[ ]conto[ ](?:di|del|della)|a[ ]nome[ ](?:di|del|della)"
    r"|im[ ]auftrag[ ](?:von|der|des)|im[ ]namen[ ](?:von|der|des)|namens|w[ ]imieniu|na[ ]rzecz"
    r"|p[åa][ ]vegne[ ]a[fv]|f[öo]r[ ]r[äa]kning[ ]av|i[ ]opdrag[ ]van|in[ ]opdracht[ ]van"
)
#: Labels whose value is an organisation, beyond round 6's and 7's (regex alternatives, any case).
ORG_LABELS_R8 = (
    r"business|auction[ ]house|auctioneers?|debt[ ]collector|collection[ ]agency|collector|association|society"
    r"|club|foundation|trust|cooperative|co-op|union|studio|lab|laboratory|institute|research[ ]firm"
    r"|translation[ ]agency|interpreting[ ]agency|coworking[ ]space|registered[ ]with|member[ ]of"
    r"|firma|empresa|entidad|entidade|soci[ée]t[ée]|entreprise|employeur|unternehmen|arbeitgeber|betrieb"
    r"|azienda|ditta|datore[ ]di[ ]lavoro|empleador|empregador|werkgever|bedrijf|pracodawca|zak[łl]ad[ ]pracy"
    r"|zam[ěe]stnavatel|spole[čc]nost|ty[öo]nantaja|yritys|arbetsgivare|f[öo]retag|arbejdsgiver|arbeidsgiver"
    r"|virksomhed|bedrift|i[şs]veren|[şs]irket|munkaad[óo]|c[ée]g|angajator|poslodavac|delodajalec"
)
_ARTICLE = r"(?:(?:the|The|la|La|le|Le|les|Les|el|El|der|die|das|Der|Die|Das|de|De|het|Het)[ ])?"
_PHRASE = re.compile(rf"(?<![\w/])(?i:{ORG_PHRASE_CUES})[ ]+{_ARTICLE}")
#: A label from its first letter (the field start before it is checked by
#: :func:`~dpfusion_integrations.tagging.recall.field_starts.opens_field` on the blank run before it,
#: so a long run of blanks before a label costs linear time).
_LABEL = re.compile(rf"(?im)(?<![\w-])(?:{ORG_LABELS_R8})[ \t]*:[ \t]*(?P<value>[^\n\t|;]{{1,120}})")
_WORD = re.compile(r"[^\W\d_](?:[\w'’&-]|\.(?=\w)){0,30}\.?")
_PARTICLES = frozenset({
    "de", "del", "do", "da", "di", "du", "des", "della", "la", "le", "el", "of", "for", "and", "y", "e", "et",
    "und", "van", "von", "der", "den", "&", "d'", "l'",
})  # fmt: skip
#: The most capitalised words a cue takes.
MAX_WORDS = 6


def _run_end(text: str, pos: int, words: frozenset[str]) -> tuple[int, int, bool]:
    """End of the capitalised run at ``pos``, its number of capitalised words and whether one is unknown."""
    end, taken, unknown, at = pos, 0, False, pos
    while taken < MAX_WORDS:
        match = _WORD.match(text, at)
        if match is None:
            break
        word = match.group().rstrip(".") if not re.search(r"\.\w", match.group()) else match.group()
        lower = fold(word.lower())
        if word[0].isupper():
            if lower in MONTHS or lower in WEEKDAYS or lower in TITLES:
                break
            end, taken = at + len(word), taken + 1
            unknown = unknown or lower.removesuffix("'s") not in words
        elif lower not in _PARTICLES or taken == 0:
            break
        nxt = at + len(word)
        if text[nxt : nxt + 1] != " " and text[nxt : nxt + 2] not in ("'", "’"):
            break
        at = nxt + 1
    return end, taken, unknown


def _one_safe_word(value: str, safe: frozenset[str]) -> bool:
    """Whether a label's value is one public word ("Trust: High", "Business: Retail")."""
    words = value.split()
    return len(words) == 1 and fold(words[0].lower().rstrip(".")) in safe


class OrgActingCues:
    """Organisations after acting-for and trading-as cues, and after round 8's organisation labels."""

    name = "organization-acting-cues-r8"

    def __repr__(self) -> str:
        return "OrgActingCues()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text, view.words.safe)

    def find(self, text: str, safe: frozenset[str] = frozenset()) -> list[Span]:
        """The organisations in ``text``; ``safe`` holds the public words (none: every word is unknown)."""
        out: list[Span] = []
        for cue in _PHRASE.finditer(text):
            end, taken, unknown = _run_end(text, cue.end(), safe)
            if taken and (unknown or taken > 1):
                out.append(Span(cue.end(), end, ORGANIZATION, CUE_SCORE))
        for match in _LABEL.finditer(text):
            if not opens_field(text, match.start()):
                continue
            start, end = match.span("value")
            cut = text.find("  ", start, end)
            if cut >= 0:
                end = cut
            while end > start and text[end - 1] in " .,":
                end -= 1
            while start < end and text[start] == " ":
                start += 1
            if end > start and (text[start].isupper() or text[start].isdigit()):
                if _one_safe_word(text[start:end], safe):
                    continue
                out.append(Span(start, end, ORGANIZATION, CUE_SCORE))
        return out
