"""Presidio components this library adds or replaces: value rules, offline e-mail and NLP engine.

Presidio's defaults find names, e-mails and card numbers well, but not identifiers that are only
recognizable by the word in front of them (``MRN 483920``, ``Account #12345678``,
``Policy No. AB-123456``); they drop well-known sample SSNs (``123-45-6789``) even when the text
says ``SSN``; they score unlabelled US phone numbers at only 0.4; and they have no street addresses.
:class:`ValueRuleRecognizer` covers these with small :class:`ValueRule` s: a label word, an
optional separator (``#``, ``No.``, ``ID``, ``:``, ``is``), then the value, or an unambiguous layout.
Only the value becomes the span; a label is public.

The regexes use bounded quantifiers without nested ambiguity, so matching stays linear in the text
length (no catastrophic backtracking, hence no timeout is needed). The module also provides an
e-mail recognizer and a spaCy NLP engine that never go online (:class:`OfflineEmailRecognizer`,
:class:`OfflineSpacyNlpEngine`).

This module imports Presidio at import time; :mod:`presidio_tagger` imports it lazily.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import spacy
import tldextract
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import EmailRecognizer

__all__ = [
    "VALUE_RULES",
    "ValueRule",
    "ValueRuleRecognizer",
    "OfflineEmailRecognizer",
    "OfflineSpacyNlpEngine",
    "custom_recognizers",
]

#: Score of a labelled match: above spaCy's default NER score (0.85) so an ``MRN 483920`` is not
#: relabelled as a date, below the checksum-validated recognizers (credit card, IBAN, e-mail: 1.0).
LABELLED_SCORE = 0.9
#: Score of an unlabelled but unambiguous format (US phone layout, street address): above the 0.4
#: Presidio gives unlabelled phone numbers, below spaCy's NER score.
FORMAT_SCORE = 0.7

# Between the label and the value: "#", "No.", "Nr.", "number", "ID", then ":" or "#", then "is".
_SEP = r"[ \t]*(?:(?i:\#|no\.?|nr\.?|num(?:ber)?\.?|id)[ \t]*)?(?:[:#][ \t]*)?(?:(?i:is)[ \t]+)?"
# An identifier: optional upper-case prefix ("AB-"), then 4-24 digits/hyphens starting and ending
# with a digit, not followed by another name character.
_ID_VALUE = r"(?P<value>(?:[A-Z]{1,4}-?)?\d[\d-]{2,22}\d)(?![\w-])"
_SSN_VALUE = r"(?P<value>\d{3}(?P<dash>[- ]?)\d{2}(?P=dash)\d{4})(?![\w-])"
_US_PHONE = (
    r"(?<![\w+])(?P<value>(?:\+1[-. ]?|1[-. ])?(?:\(\d{3}\)[ ]?|\d{3}[-. ])\d{3}[-. ]\d{4})(?![\w-])"
)
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace"
    r"|Parkway|Pkwy|Highway|Hwy|Circle|Cir"
)
_STREET = (
    rf"\b(?P<value>\d{{1,6}}(?:[ ][NSEW]\.?)?(?:[ ][A-Z][A-Za-z'-]{{1,30}}){{1,4}}[ ](?:{_STREET_TYPES})\b\.?"
    r"(?:,?[ ](?:Apt|Suite|Ste|Unit)\.?[ ]?#?[A-Za-z0-9-]{1,8})?)"
)
_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_NUMERIC_DATE = (
    r"(?<![\w/.-])(?P<value>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})"
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}"
    r"|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w/-])"
)
_STATE_ZIP = rf"\b(?P<value>(?:{_STATES})[ ]{{1,2}}\d{{5}}(?:-\d{{4}})?)(?![\w-])"


@dataclass(frozen=True)
class ValueRule:
    """One rule: ``entity`` is emitted, scored ``score``, for the ``value`` group of ``pattern``."""

    name: str
    entity: str
    pattern: re.Pattern[str]
    score: float


def _labelled(name: str, entity: str, labels: str, value: str) -> ValueRule:
    """A value recognizable by the (case-insensitive) label word in front of it."""
    return ValueRule(name, entity, re.compile(rf"\b(?i:{labels}){_SEP}{value}"), LABELLED_SCORE)


def _format(name: str, entity: str, pattern: str, score: float = FORMAT_SCORE) -> ValueRule:
    """A value recognizable by its layout alone."""
    return ValueRule(name, entity, re.compile(pattern), score)


VALUE_RULES: tuple[ValueRule, ...] = (
    _labelled(
        "medical record number",
        "MEDICAL_RECORD_NUMBER",
        r"MRN|MR\#|med(?:ical)?\.?[ \t]*rec(?:ord)?s?\.?|hospital[ \t]+(?:number|no\.?)",
        _ID_VALUE,
    ),
    _labelled(
        "account or member id",
        "ACCOUNT_ID",
        r"account|acct\.?|a/c|member(?:ship)?|policy|patient|customer|client|employee|staff"
        r"|subscriber|claim|loan|insurance|beneficiary",
        _ID_VALUE,
    ),
    _labelled("labelled US SSN", "US_SSN", r"SSN|SS\#|social[ \t]+security", _SSN_VALUE),
    _labelled("labelled passport number", "US_PASSPORT", r"passport", _ID_VALUE),
    _labelled(
        "labelled driver's license",
        "US_DRIVER_LICENSE",
        r"DL|driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e",
        _ID_VALUE,
    ),
    _format("US phone layout", "PHONE_NUMBER", _US_PHONE),
    # scored like a labelled value so "42 Oak Street" beats spaCy's "Oak Street" (0.85)
    _format("street address", "LOCATION", _STREET, LABELLED_SCORE),
    _format("US state and ZIP code", "LOCATION", _STATE_ZIP, LABELLED_SCORE),
    # spaCy sometimes calls "01/05/2019" a PERSON (0.85); the layout says it is a date
    _format("numeric date", "DATE_TIME", _NUMERIC_DATE, LABELLED_SCORE),
)


class ValueRuleRecognizer(LocalRecognizer):
    """Presidio recognizer running :data:`VALUE_RULES` (labelled IDs, US phone layout, addresses)."""

    def __init__(self, rules: tuple[ValueRule, ...] = VALUE_RULES, supported_language: str = "en") -> None:
        self._rules = rules
        super().__init__(
            supported_entities=sorted({rule.entity for rule in rules}),
            name="DPFusionValueRuleRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the rules are compiled at import time."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Return one result per rule match, for the requested entity types only."""
        wanted = set(entities) if entities else set(self.supported_entities)
        results: list[RecognizerResult] = []
        for rule in self._rules:
            if rule.entity not in wanted:
                continue
            for match in rule.pattern.finditer(text):
                results.append(
                    RecognizerResult(
                        entity_type=rule.entity,
                        start=match.start("value"),
                        end=match.end("value"),
                        score=rule.score,
                        analysis_explanation=AnalysisExplanation(
                            recognizer=self.name, original_score=rule.score, pattern_name=rule.name
                        ),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            # a label or layout is its own context; no further boost
                            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                        },
                    )
                )
        return results


# The bundled Public Suffix List snapshot, never fetched: suffix_list_urls=() disables HTTP.
_OFFLINE_TLD = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer with its domain check done offline.

    The stock recognizer validates domains with ``tldextract``'s default extractor, which downloads
    the Public Suffix List on first use. This library never goes online at run time, so the check
    uses the snapshot bundled with ``tldextract`` instead.
    """

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, name="DPFusionOfflineEmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        """Accept the match when its domain ends in a known public suffix."""
        return _OFFLINE_TLD(pattern_text).fqdn != ""


def custom_recognizers(language: str) -> list[LocalRecognizer]:
    """The recognizers this library adds to Presidio's defaults for ``language``."""
    return [ValueRuleRecognizer(supported_language=language), OfflineEmailRecognizer(language)]


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine without its side effects: no model download, no GPU switch.

    The stock ``load()`` downloads a missing model and calls ``spacy.require_gpu()`` when CUDA is
    present, which would move every spaCy pipeline in the process onto the GPU. This engine only
    loads installed models on the CPU; the caller checks first that they are installed.
    """

    engine_name = "spacy"

    def load(self) -> None:
        """Load each configured (installed) spaCy model."""
        self.nlp = {model["lang_code"]: spacy.load(model["model_name"]) for model in self.models}
