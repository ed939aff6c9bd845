"""The language check: text in a language the configured tagger does not support is refused.

A tagger reads one language: its spaCy model, Presidio's recognizers and the recall profile's word
lists are built for it. On text in another language it misses identifiers (a German first name is
released as public text) and tags ordinary words instead (a diagnosis becomes ``[PERSON]``). So
before a tagger runs on a text, :func:`checked_tag` identifies the text's language offline and
refuses a text in a language the tagger does not declare with
:class:`~dpfusion_integrations.errors.UnsupportedLanguageError`. It is called from
:func:`~dpfusion_integrations.prepare.find_spans`, the one place where every entry point (``DPFusion``
calls, ``preview``, ``dpfusion tag`` / ``privatize``, the adapters, corpus jobs) applies the tagger;
explicit spans and ``markup="exclusive"`` do not run the tagger, so they are not checked.

A tagger declares its languages with an optional ``languages`` attribute (ISO 639-1 codes; taken as
``{"en"}`` when absent, like every tagger this library ships by default) and may turn the check off
with ``language_check = "off"``. :class:`~dpfusion_integrations.tagging.recall.RecallTagger` and
:class:`~dpfusion_integrations.tagging.presidio_tagger.PresidioTagger` derive ``languages`` from
their configured ``language`` and take ``language_check=`` in their constructor.

The rule (:func:`assess_language`; its measured rates are in ``docs/tagging.md``):

1. E-mail addresses, URLs, ``@handles`` and tokens holding a digit are removed; a text written
   mostly in capitals is lower-cased.
2. Words are split by script. A word in a bicameral script (Latin, Cyrillic, Greek, Armenian) that
   holds a capital ("Müller", "d'Artagnan"), or a name connector ("van", "de", "bin", ...), is a
   likely name and is not evidence of the text's language; every other word is. Caseless scripts
   cannot show names, so their words weigh less: a spaced word (Arabic, Hebrew, Devanagari, Hangul,
   Georgian, ...) half a word, and :data:`CHARS_PER_WORD` characters of an unspaced script (Han,
   kana, Thai, ...) one word.
3. Script rule: the text is refused when the evidence in scripts that none of the tagger's languages
   use weighs at least :data:`MIN_EVIDENCE_WORDS` and at least :data:`SCRIPT_DOMINANCE` times all the
   words in the tagger's scripts (names included).
4. Identifier rule: otherwise, when the evidence in the tagger's scripts weighs at least
   :data:`MIN_EVIDENCE_WORDS`, py3langid identifies it. The text is refused when the language found
   is not supported, is found with probability at least :data:`MIN_CONFIDENCE`, and a strict
   majority of the bicameral-script evidence words that decide between it and the supported
   languages, each identified on its own, side with it (so a few strongly marked foreign words, such
   as a company name's, do not outvote the sentence around them; caseless words are too ambiguous
   alone, so there the text as a whole decides). Latin (loan phrases in medical and legal English)
   and py3langid's "not a language" class never refuse.
5. Anything shorter passes: a one-line message, a list of IDs or "Call me at 555-0100" has too
   little language in it to judge, and a false refusal is a usability bug.

py3langid (BSD-3-Clause; 139 languages, its model ships inside a 4.6 MB wheel, deterministic) is
loaded on the first check (about 2 s) and shared process-wide. Nothing here logs or raises with any
of the text; the language found and its probability are public in the error.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

import regex

from dpfusion_integrations.errors import InvalidParameterError, TaggingError, UnsupportedLanguageError
from dpfusion_integrations.tagging.spans import Span

if TYPE_CHECKING:
    from dpfusion_integrations.tagging.tagger import Tagger

__all__ = [
    "CASELESS_WORD",
    "CHARS_PER_WORD",
    "DEFAULT_LANGUAGES",
    "MAX_VOTES",
    "MIN_CONFIDENCE",
    "MIN_EVIDENCE_WORDS",
    "SCRIPT_DOMINANCE",
    "LanguageAssessment",
    "LanguageCheck",
    "assess_language",
    "check_language",
    "checked_tag",
    "identifiable_languages",
    "language_settings",
    "normalize_language",
    "parse_language_check",
    "tagger_language_check",
    "tagger_languages",
    "validate_languages",
]

logger = logging.getLogger(__name__)

#: The languages of a tagger that does not declare ``languages``: the default taggers read English.
DEFAULT_LANGUAGES: frozenset[str] = frozenset({"en"})
#: Evidence (in words) a text must hold before its language is judged; shorter texts pass.
MIN_EVIDENCE_WORDS = 5.0
#: The script rule refuses when foreign-script evidence outweighs the tagger's scripts this many times.
SCRIPT_DOMINANCE = 2.0
#: The identifier's probability the unsupported language must reach before it can refuse.
MIN_CONFIDENCE = 0.5
#: Characters of an unspaced script that count as one word (a Han, kana or Thai run has no spaces).
CHARS_PER_WORD: dict[str, float] = {
    "HAN": 4.0, "HIRAGANA": 4.0, "KATAKANA": 4.0,
    "THAI": 8.0, "LAO": 8.0, "KHMER": 8.0, "MYANMAR": 8.0, "TIBETAN": 8.0,
}  # fmt: skip
#: Weight of one word of a caseless spaced script (Arabic, Hebrew, Devanagari, Hangul, ...).
CASELESS_WORD = 0.5
#: At most this many evidence words are identified one by one in the identifier rule's vote.
MAX_VOTES = 100

# py3langid labels folded onto the code a tagger would be configured with.
_ALIASES = {
    "nb": "no", "nn": "no", "yue": "zh", "wuu": "zh", "ary": "ar", "arz": "ar", "hbo": "he", "grc": "el",
    "uzs": "uz", "pcm": "en", "gug": "gn", "iw": "he", "in": "id", "ji": "yi",
}  # fmt: skip
# Identified but never a reason to refuse: Latin phrases in English clinical and legal writing, and
# py3langid's class for numbers, markup and identifiers.
_NEUTRAL = frozenset({"la", "zxx", "und"})


def _script_table() -> dict[str, frozenset[str]]:
    """The scripts a language is written in; every language not listed is written in Latin script."""
    rows = (
        ("ru uk bg mk be kk ky tg tt ba mn", ("CYRILLIC",)), ("sr uz", ("CYRILLIC", "LATIN")),
        ("el", ("GREEK",)), ("ar fa ur ps ug sdh sd ckb", ("ARABIC",)), ("he yi", ("HEBREW",)),
        ("zh", ("HAN",)), ("ja", ("HAN", "HIRAGANA", "KATAKANA")), ("ko", ("HANGUL", "HAN")),
        ("th", ("THAI",)), ("lo", ("LAO",)), ("km", ("KHMER",)), ("my", ("MYANMAR",)), ("dz bo", ("TIBETAN",)),
        ("hi mr ne sa gom mai", ("DEVANAGARI",)), ("bn as", ("BENGALI",)), ("pa", ("GURMUKHI",)),
        ("gu", ("GUJARATI",)), ("or", ("ORIYA",)), ("ta", ("TAMIL",)), ("te", ("TELUGU",)),
        ("kn", ("KANNADA",)), ("ml", ("MALAYALAM",)), ("si", ("SINHALA",)), ("hy", ("ARMENIAN",)),
        ("ka", ("GEORGIAN",)), ("am ti", ("ETHIOPIC",)), ("dv", ("THAANA",)),
    )  # fmt: skip
    return {code: frozenset(scripts) for codes, scripts in rows for code in codes.split()}


_SCRIPTS = _script_table()
_LATIN = frozenset({"LATIN"})
# Scripts whose writers capitalise names (Georgian has capitals in Unicode, but names are not written
# with them).
_BICAMERAL = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})
# Lower-case words that join the parts of a name ("Ilse van der Berg", "Ahmad bin Rashid").
_CONNECTORS = frozenset({
    "van", "von", "de", "der", "den", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le",
    "les", "los", "las", "bin", "binti", "bint", "ibn", "ben", "al", "el", "ter", "ten", "y", "e", "zu", "zum",
    "zur", "op", "het", "ní", "nic", "mac", "mc", "wa", "ap", "ua", "d", "l", "o", "st",
})  # fmt: skip
_SCRIPT_NAMES = {"CJK": "HAN", "IDEOGRAPHIC": "HAN", "KATAKANA-HIRAGANA": "KATAKANA"}

# Shapes carry no language: e-mail addresses, URLs, handles, and tokens holding a digit. Each
# alternative starts only where a run of its characters starts, so matching stays linear in the text.
_SHAPES = regex.compile(
    r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|@\w+|(?<![\w/-])(?=[\w/-]*\d)[\w/-]+",
    regex.ASCII,
)
_WORD = regex.compile(r"\p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*")


class LanguageCheck(str, Enum):
    """Whether a tagger's input is checked for its language (see the module doc)."""

    REFUSE = "refuse"
    OFF = "off"


@dataclass(frozen=True)
class LanguageAssessment:
    """What the rule decided about one text. Holds codes and numbers only, never text.

    ``rule`` is ``"short"`` (too little language to judge), ``"supported"`` (judged and accepted),
    ``"script"`` or ``"identifier"`` (refused by that rule). ``language`` is the identified code, if
    the identifier ran, and ``confidence`` its probability.
    """

    refused: bool
    rule: Literal["short", "supported", "script", "identifier"]
    language: str | None = None
    confidence: float = 0.0


def parse_language_check(value: LanguageCheck | str) -> LanguageCheck:
    """``value`` as a :class:`LanguageCheck`; an unknown value lists the valid ones."""
    try:
        return LanguageCheck(value)
    except ValueError:
        raise InvalidParameterError(
            f"unknown language_check; valid values are {', '.join(repr(c.value) for c in LanguageCheck)}"
        ) from None


def normalize_language(code: object) -> str:
    """``code`` as the identifier names it: lower case, region dropped (``"en-US"`` -> ``"en"``),
    variants folded (``"nb"`` -> ``"no"``)."""
    if not isinstance(code, str) or not code.strip():
        raise InvalidParameterError("a language must be a language code such as 'en'")
    base = code.strip().lower().replace("_", "-").split("-", 1)[0]
    return _ALIASES.get(base, base)


_IDENTIFIER: Any = None
_IDENTIFIER_LOCK = threading.Lock()


def _identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process (about 2 s)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        with _IDENTIFIER_LOCK:
            if _IDENTIFIER is None:
                try:
                    from py3langid.langid import MODEL_FILE, LanguageIdentifier
                except ImportError as exc:
                    raise TaggingError(
                        "py3langid could not be imported; install it with `pip install py3langid`, or turn "
                        "the language check off with language_check='off'"
                    ) from exc
                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def identifiable_languages() -> frozenset[str]:
    """The (normalised) codes the identifier can report."""
    return frozenset(normalize_language(label) for label in _identifier().labels) - _NEUTRAL


def validate_languages(languages: Iterable[str]) -> frozenset[str]:
    """``languages`` normalised; a code the identifier cannot report is an
    :class:`InvalidParameterError` (no text in it could ever pass the check)."""
    codes = frozenset(normalize_language(code) for code in languages)
    if not codes:
        raise InvalidParameterError("a tagger must support at least one language")
    unknown = sorted(codes - identifiable_languages())
    if unknown:
        raise InvalidParameterError(
            f"the language check cannot identify {', '.join(repr(c) for c in unknown)}; pass "
            "language_check='off' to tag such text without the check"
        )
    return codes


def language_settings(language: str, language_check: LanguageCheck | str) -> tuple[frozenset[str], LanguageCheck]:
    """A built-in tagger's ``(languages, language_check)`` for its configured ``language``. With
    ``"refuse"`` the language must be one the identifier can report (this loads the identifier)."""
    check = parse_language_check(language_check)
    languages = frozenset({normalize_language(language)})
    if check is LanguageCheck.REFUSE:
        validate_languages(languages)
    return languages, check


def tagger_languages(tagger: object) -> frozenset[str]:
    """The languages ``tagger`` declares (its ``languages`` attribute), else :data:`DEFAULT_LANGUAGES`."""
    declared = getattr(tagger, "languages", None)
    if declared is None:
        return DEFAULT_LANGUAGES
    if isinstance(declared, str) or not isinstance(declared, Collection) or not declared:
        raise InvalidParameterError("a tagger's languages must be a non-empty collection of language codes")
    return frozenset(normalize_language(code) for code in declared)


def tagger_language_check(tagger: object) -> LanguageCheck:
    """The tagger's ``language_check`` attribute, :attr:`LanguageCheck.REFUSE` when absent."""
    return parse_language_check(getattr(tagger, "language_check", LanguageCheck.REFUSE))


def _script(word: str) -> str | None:
    """The script of the first letter of ``word`` that has one (``None`` for none)."""
    for char in word:
        head = unicodedata.name(char, "").split(" ", 1)[0]
        if head and head != "MODIFIER":
            return _SCRIPT_NAMES.get(head, head)
    return None


def _weight(word: str, script: str) -> float:
    """How many words of evidence ``word`` is (see the module doc, step 2)."""
    if script in _BICAMERAL:
        return 1.0
    per_word = CHARS_PER_WORD.get(script)
    if per_word is None:
        return CASELESS_WORD
    return sum(1 for char in word if char.isalpha()) / per_word


@dataclass
class _Evidence:
    own_words: list[str]
    own_evidence: float
    own_total: float
    foreign_words: list[str]
    foreign_evidence: float


def _evidence(text: str, scripts: frozenset[str]) -> _Evidence:
    """Split ``text``'s words into evidence in the tagger's ``scripts`` and in other scripts."""
    words = _WORD.findall(_SHAPES.sub(" ", unicodedata.normalize("NFKC", text)))
    cased = [char for word in words for char in word if char.lower() != char.upper()]
    if len(cased) >= 20 and sum(char.isupper() for char in cased) >= 0.8 * len(cased):
        words = [word.lower() for word in words]  # a text in capitals: every word is evidence
    found = _Evidence([], 0.0, 0.0, [], 0.0)
    for word in words:
        script = _script(word)
        if script is None:
            continue
        weight = _weight(word, script)
        evidence = script not in _BICAMERAL or (not any(char.isupper() for char in word) and word not in _CONNECTORS)
        if script in scripts:
            found.own_total += weight
            if evidence:
                found.own_words.append(word)
                found.own_evidence += weight
        elif evidence:
            found.foreign_words.append(word)
            found.foreign_evidence += weight
    return found


def _identify(words: list[str]) -> tuple[str, float]:
    """The most probable (normalised) language of ``words`` and its probability."""
    totals: dict[str, float] = {}
    for label, probability in _identifier().rank(" ".join(words)):
        code = normalize_language(label)
        totals[code] = totals.get(code, 0.0) + float(probability)
    code = max(totals, key=totals.__getitem__)
    return code, totals[code]


def _majority_sides_with(language: str, supported: frozenset[str], words: list[str]) -> bool:
    """Whether most evidence words that decide between ``language`` and ``supported``, each identified
    on its own (padded with spaces so short function words have features), side with ``language``.

    Only words of bicameral scripts vote: the vote keeps lower-case parts of foreign names from
    outvoting a sentence, and in caseless scripts single words are too ambiguous to vote (a Han word
    reads as Chinese and as Japanese), so when most evidence words are caseless the text as a whole
    decides.
    """
    cased = [word for word in words if _script(word) in _BICAMERAL]
    if 2 * len(cased) < len(words):
        return True
    words = cased
    step = max(1, -(-len(words) // MAX_VOTES))
    against = votes = 0
    for word in words[::step]:
        totals: dict[str, float] = {}
        for label, probability in _identifier().rank(f" {word} "):
            code = normalize_language(label)
            totals[code] = totals.get(code, 0.0) + float(probability)
        other = totals.get(language, 0.0)
        ours = max(totals.get(code, 0.0) for code in supported)
        if other != ours:  # a word without features is uniform: it decides nothing
            votes += 1
            against += other > ours
    return votes > 0 and against > votes / 2


def assess_language(text: str, languages: Collection[str]) -> LanguageAssessment:
    """Apply the rule of the module doc to ``text`` for a tagger supporting ``languages``."""
    if not isinstance(text, str):
        raise InvalidParameterError("text must be a str")
    supported = frozenset(normalize_language(code) for code in languages)
    if not supported:
        raise InvalidParameterError("a tagger must support at least one language")
    scripts = frozenset().union(*(_SCRIPTS.get(code, _LATIN) for code in supported))
    found = _evidence(text, scripts)
    if found.foreign_evidence >= MIN_EVIDENCE_WORDS and found.foreign_evidence >= SCRIPT_DOMINANCE * found.own_total:
        language, confidence = _identify(found.foreign_words)
        return LanguageAssessment(True, "script", language, confidence)
    if found.own_evidence < MIN_EVIDENCE_WORDS:
        return LanguageAssessment(False, "short")
    language, confidence = _identify(found.own_words)
    refused = (
        language not in supported
        and language not in _NEUTRAL
        and confidence >= MIN_CONFIDENCE
        and _majority_sides_with(language, supported, found.own_words)
    )
    return LanguageAssessment(refused, "identifier" if refused else "supported", language, confidence)


def check_language(text: str, tagger: object) -> LanguageAssessment | None:
    """Refuse ``text`` with :class:`~dpfusion_integrations.errors.UnsupportedLanguageError` unless
    ``tagger`` supports its language; ``None`` when the tagger's ``language_check`` is ``"off"``. A
    tagger declaring a language the identifier cannot report is an :class:`InvalidParameterError`."""
    if tagger_language_check(tagger) is LanguageCheck.OFF:
        return None
    supported = validate_languages(tagger_languages(tagger))
    assessment = assess_language(text, supported)
    logger.debug("language check: %s (%s, %.2f)", assessment.rule, assessment.language, assessment.confidence)
    if assessment.refused:
        raise UnsupportedLanguageError(
            language=assessment.language or "und",
            confidence=assessment.confidence,
            supported=sorted(supported),
            by_script=assessment.rule == "script",
        )
    return assessment


def checked_tag(tagger: Tagger, text: str) -> list[Span]:
    """``tagger.tag(text)`` after :func:`check_language`: what every entry point tags through."""
    check_language(text, tagger)
    return tagger.tag(text)
