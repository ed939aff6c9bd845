"""The recall-first tagger: the union of offline detectors, typed onto six group types.

``tag(text)`` parses the text once with spaCy (through Presidio's NLP engine, so Presidio reuses
the parse), runs Presidio's recognizers with every entity type on, then every detector of
:func:`default_detectors` on the same parse, and returns the union: overlapping detections are
merged into one span covering all of their characters (:func:`~dpfusion_integrations.tagging.spans.merge_spans`),
so the result never covers less than any single detector. The merged span takes the type of its
best detection (score, then length). Same-type name, organisation and place spans separated only
by spaces are fused, so "[PERSON] [PERSON]" does not reveal how many words a name has; LOCATION
spans separated by a comma and spaces are fused too, so the parts of one address ("Flat 3, 12 Rose
Lane, Bristol BS1 4DJ") are one span, commas included.

Redacting by default costs utility, never privacy: a falsely tagged public word is still
available to the model through its group's context, within the ε bound.

Versions: ``recall-v14`` (the default, :data:`RECALL_VERSION`) runs ``recall-v13`` with round 14's additions
before the release (:mod:`~dpfusion_integrations.tagging.recall.round_fourteen`: plates after any vehicle's
name, initials in minutes, agent slots and after their own name, "c/o" and Russian address words; it only
adds spans). ``recall-v13`` runs ``recall-v12`` with round 13's wider
completion (phone extensions with two-word labels, code prefixes, place kind words, number signs:
:mod:`~dpfusion_integrations.tagging.recall.completion_labels_r13`) and then releases the spans that hold
only public time expressions and table quantities
(:mod:`~dpfusion_integrations.tagging.recall.round_thirteen`: "every 10 years", "19:00 to 21:30", a price
column; it only removes whole spans, never an age, a time next to a kept date or a cell in a row with a
kept value). ``recall-v12`` runs ``recall-v11`` and then value
completion (:mod:`~dpfusion_integrations.tagging.recall.round_twelve`: the short, ordinary and label words,
extensions, date parts and punctuation written next to a final span, as parts of its value; it only adds
spans). ``recall-v11`` runs ``recall-v10`` and then the residual sweep (:mod:`~dpfusion_integrations.tagging.recall.round_eleven`: every untagged number without
a quantity reading and every word a frequency lexicon does not know, plus the joining words inside a
value and a number's label word; it only adds spans). ``recall-v10`` adds the round-10 detectors and
growth steps (:mod:`~dpfusion_integrations.tagging.recall.round_ten`) to ``recall-v9``, which adds the
round-9 detectors and growth
steps (:mod:`~dpfusion_integrations.tagging.recall.round_nine`: initials and lower-case names in more
positions, rows whose cells do not line up with their header, venue and club names, numbered roads)
to ``recall-v8``, which adds the round-8 detectors and growth
steps (:mod:`~dpfusion_integrations.tagging.recall.round_eight`: dates in many languages, table cells,
honorific-led names, buildings and post boxes, organisation and code shapes) to ``recall-v7``
(:mod:`~dpfusion_integrations.tagging.recall.round_seven`), which adds round 7's to ``recall-v6``
(:mod:`~dpfusion_integrations.tagging.recall.round_six`). ``recall-v5`` adds the round-5 detectors
(:mod:`~dpfusion_integrations.tagging.recall.round_five`: address parts around a street, units and
floors, street layouts of many countries, ``#``/slashed/spaced identifiers, chat speakers and
unknown lower-case words in chats, names after kinship words and in attendance lists, day-month
dates, handle endings, places after a preposition, trade words and partner firms) and, after the
union, grows spans over adjacent initials, name particles and "the" before a day and tags every
repetition of a found name (:mod:`~dpfusion_integrations.tagging.recall.span_edges`).
``recall-v4`` is the round-4 set (phone extensions and bracketed country codes, cued undotted
initials, more titles, possessive and object names in chats, handle shapes, platform lists, and
completion of a token that a span covers only in part: "Seo-hyeon", "saltwater.kid"); ``recall-v3``
the round-3 set. All stay selectable (``RecallTagger(version=...)``, profiles ``"recall-v12"`` to
``"recall-v3"``), so results measured with them can be reproduced.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from functools import partial
from importlib import metadata
from typing import Any

from dpfusion_integrations.errors import InvalidParameterError, TaggingError
from dpfusion_integrations.tagging.group_types import LOCATION, ORGANIZATION, PERSON
from dpfusion_integrations.tagging.language import LanguageCheck, language_settings
from dpfusion_integrations.tagging.presidio_tagger import (
    DEFAULT_SPACY_MODEL,
    _shared_engine,
)
from dpfusion_integrations.tagging.recall.addresses import AddressRule
from dpfusion_integrations.tagging.recall.base import Detector, TextView
from dpfusion_integrations.tagging.recall.booking_codes import booking_code_detector
from dpfusion_integrations.tagging.recall.chat_names import OBJECT_CUES, ChatNames
from dpfusion_integrations.tagging.recall.cued_initials import CuedInitials
from dpfusion_integrations.tagging.recall.dates import date_detector
from dpfusion_integrations.tagging.recall.digit_runs import digit_run_detector
from dpfusion_integrations.tagging.recall.emails import email_detector
from dpfusion_integrations.tagging.recall.foreign_script import ForeignScriptWords
from dpfusion_integrations.tagging.recall.greeting_names import GreetingNames
from dpfusion_integrations.tagging.recall.handle_shapes import HandleShapes
from dpfusion_integrations.tagging.recall.handles import handle_detector
from dpfusion_integrations.tagging.recall.id_shapes import id_shape_detector
from dpfusion_integrations.tagging.recall.initials import InitialsRule
from dpfusion_integrations.tagging.recall.introduced_names import IntroducedNames
from dpfusion_integrations.tagging.recall.ip_addresses import ip_detector
from dpfusion_integrations.tagging.recall.labelled_fields import LabelledFields
from dpfusion_integrations.tagging.recall.labelled_ids import labelled_id_detector
from dpfusion_integrations.tagging.recall.name_gazetteer import NameGazetteer
from dpfusion_integrations.tagging.recall.org_context import OrganizationContextRule
from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule
from dpfusion_integrations.tagging.recall.phone_extensions import (
    phone_extension_detector,
)
from dpfusion_integrations.tagging.recall.phones import phone_detector
from dpfusion_integrations.tagging.recall.plates import plate_detector
from dpfusion_integrations.tagging.recall.platform_handles import PlatformHandles
from dpfusion_integrations.tagging.recall.possessive_names import PossessiveNames
from dpfusion_integrations.tagging.recall.postcodes import PostcodeRule
from dpfusion_integrations.tagging.recall.presidio_entities import (
    PRESIDIO_THRESHOLD,
    presidio_spans,
)
from dpfusion_integrations.tagging.recall.proper_nouns import ProperNounSweep
from dpfusion_integrations.tagging.recall.round_five import round_five_detectors
from dpfusion_integrations.tagging.recall.round_nine import round_nine_detectors, round_nine_edges
from dpfusion_integrations.tagging.recall.residual_lexicon_r11 import FrequentWords, load_frequent_words
from dpfusion_integrations.tagging.recall.round_eleven import (
    residual_sweep,
    round_eleven_detectors,
    round_eleven_edges,
)
from dpfusion_integrations.tagging.recall.round_fourteen import add_round_fourteen
from dpfusion_integrations.tagging.recall.round_thirteen import release_public_values
from dpfusion_integrations.tagging.recall.round_twelve import complete_values
from dpfusion_integrations.tagging.recall.round_ten import round_ten_detectors, round_ten_edges
from dpfusion_integrations.tagging.recall.round_eight import round_eight_detectors, round_eight_edges
from dpfusion_integrations.tagging.recall.round_seven import round_seven_detectors, round_seven_edges
from dpfusion_integrations.tagging.recall.round_six import round_six_detectors, round_six_edges
from dpfusion_integrations.tagging.recall.spacy_entities import SpacyEntities
from dpfusion_integrations.tagging.recall.span_edges import (
    grow_span_edges,
    repeat_person_names,
)
from dpfusion_integrations.tagging.recall.titled_names import TitledNames
from dpfusion_integrations.tagging.recall.token_completion import (
    JOINERS_R5,
    complete_tokens,
)
from dpfusion_integrations.tagging.recall.urls import url_detector
from dpfusion_integrations.tagging.recall.usernames import username_detector
from dpfusion_integrations.tagging.spans import (
    Span,
    is_valid_group_name,
    merge_spans,
    trim_span,
)
from dpfusion_integrations.tagging.wordlists import WordLists, load_wordlists

__all__ = ["PRESIDIO_DETECTOR", "RECALL_VERSION", "RECALL_VERSIONS", "RecallTagger", "default_detectors"]

logger = logging.getLogger(__name__)

#: Bumped whenever the detectors change what they tag; part of the tagger's name in reports.
RECALL_VERSION = "recall-v14"
#: The detector sets that can be chosen (``RecallTagger(version=...)``), oldest first.
RECALL_VERSIONS = ("recall-v3", "recall-v4", "recall-v5", "recall-v6", "recall-v7", "recall-v8",
                   "recall-v9", "recall-v10", "recall-v11", "recall-v12", "recall-v13",
                   "recall-v14")
#: The name under which Presidio's detections appear in :meth:`RecallTagger.detect_all`.
PRESIDIO_DETECTOR = "presidio"
_FUSED_TYPES = frozenset({PERSON, ORGANIZATION, LOCATION})
#: The versions that run round 11's residual sweep after the union.
_SWEPT = frozenset({"recall-v11", "recall-v12", "recall-v13", "recall-v14"})
#: The versions that run value completion after the sweep.
_COMPLETED = frozenset({"recall-v12", "recall-v13", "recall-v14"})
#: The versions that complete with round 13's wider steps and release public spans (round 13).
_RELEASED = frozenset({"recall-v13", "recall-v14"})


def _check_version(version: str) -> str:
    if version not in RECALL_VERSIONS:
        raise InvalidParameterError(f"unknown recall version; valid versions are {', '.join(RECALL_VERSIONS)}")
    return version


def default_detectors(version: str = RECALL_VERSION) -> tuple[Detector, ...]:
    """The detectors of the recall profile besides Presidio, in a fixed order, for ``version``."""
    level = RECALL_VERSIONS.index(_check_version(version)) + 3
    if level >= 11:
        return round_eleven_detectors()
    if level == 10:
        return round_ten_detectors()
    if level == 9:
        return round_nine_detectors()
    if level == 8:
        return round_eight_detectors()
    if level == 7:
        return round_seven_detectors()
    if level == 6:
        return round_six_detectors()
    if level == 5:
        return round_five_detectors()
    v4 = level == 4
    chat = ChatNames(extra_cues=OBJECT_CUES) if v4 else ChatNames()
    v3 = (
        SpacyEntities(), ProperNounSweep(), NameGazetteer(), chat, ForeignScriptWords(),
        InitialsRule(), GreetingNames(), OrganizationSuffixRule(), OrganizationContextRule(), email_detector(),
        url_detector(), ip_detector(), handle_detector(), username_detector(), PlatformHandles(extended=v4),
        phone_detector(), id_shape_detector(), labelled_id_detector(), booking_code_detector(), plate_detector(),
        LabelledFields(extended=v4), digit_run_detector(), PostcodeRule(), AddressRule(), date_detector(),
    )  # fmt: skip
    if not v4:
        return v3
    return (*v3, phone_extension_detector(), CuedInitials(), TitledNames(), PossessiveNames(), IntroducedNames(),
            HandleShapes())


def _fuse_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """Join consecutive same-type PERSON/ORGANIZATION/LOCATION spans separated by spaces only, and
    LOCATION spans separated by one comma and spaces (the parts of one address)."""
    out: list[Span] = []
    for span in spans:
        if out:
            prev = out[-1]
            gap = text[prev.end : span.start]
            same = prev.entity_type == span.entity_type and span.entity_type in _FUSED_TYPES
            joined = gap.strip(" \t") == "" or (span.entity_type == LOCATION and gap.strip(" \t") == ",")
            if same and gap and joined:
                out[-1] = Span(prev.start, span.end, prev.entity_type, max(prev.score, span.score))
                continue
        out.append(span)
    return out


def _fail_closed(step: Callable[..., list[Span]], *args: Any) -> list[Span]:
    """``step(*args)``, failing closed like the detectors: any exception becomes a
    :class:`~dpfusion_integrations.errors.TaggingError` that names only the exception's type (raised
    outside the handler, so no ``__context__`` can quote the text)."""
    failure: str | None = None
    try:
        return step(*args)
    except Exception as exc:  # re-raised below, outside the handler, so no __context__
        failure = type(exc).__name__
    raise TaggingError(f"recall tagging failed ({failure}); details withheld because they may quote the text")


class RecallTagger:
    """A :class:`~dpfusion_integrations.tagging.tagger.Tagger` that redacts by default (see module doc).

    ``version`` chooses the detector set (:data:`RECALL_VERSIONS`; the latest by default);
    ``detectors`` replaces the word-level and shape detectors (default :func:`default_detectors` of
    ``version``); Presidio always runs. Building it builds (or reuses) the process-wide Presidio analyzer and
    loads the word lists, so a missing spaCy model or word list fails here, not at the first ``tag``.
    ``languages`` is ``{language}``: every entry point refuses text in another language before
    tagging it, unless ``language_check="off"`` (see :mod:`~dpfusion_integrations.tagging.language`).
    """

    def __init__(
        self,
        *,
        language: str = "en",
        spacy_model: str = DEFAULT_SPACY_MODEL,
        detectors: tuple[Detector, ...] | list[Detector] | None = None,
        language_check: LanguageCheck | str = LanguageCheck.REFUSE,
        version: str = RECALL_VERSION,
    ) -> None:
        if not isinstance(version, str):
            raise InvalidParameterError("version must be a str")
        self._version = _check_version(version)
        if not is_valid_group_name(language):
            raise InvalidParameterError("language must be a language code such as 'en'")
        self._languages, self._language_check = language_settings(language, language_check)
        if not isinstance(spacy_model, str) or not spacy_model:
            raise InvalidParameterError("spacy_model must be a non-empty string")
        chosen = default_detectors(self._version) if detectors is None else tuple(detectors)
        if not all(isinstance(d, Detector) for d in chosen):
            raise InvalidParameterError("detectors must have a name and a detect(view) method")
        self._engine = _shared_engine(spacy_model, language)
        self._words: WordLists = load_wordlists()
        self._frequent: FrequentWords | None = (load_frequent_words(self._words.safe)
                                                if self._version in _SWEPT else None)
        self._detectors = chosen
        self._language = language
        self._entities = sorted(self._engine.supported)
        self._name = (f"{self._version}/presidio-{metadata.version('presidio-analyzer')}/{spacy_model}"
                      f"+{self._words.source}")
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        """``"recall-v6/presidio-<version>/<spaCy model>+philter-lite-<version>"``, for reports."""
        return self._name

    @property
    def version(self) -> str:
        """The detector set (one of :data:`RECALL_VERSIONS`, ``"recall-v14"`` by default)."""
        return self._version

    @property
    def languages(self) -> frozenset[str]:
        """The language this tagger reads (its ``language``); text in another is refused before tagging."""
        return self._languages

    @property
    def language_check(self) -> LanguageCheck:
        """``refuse`` (default) or ``off``: whether text in other languages is refused."""
        return self._language_check

    @property
    def detectors(self) -> tuple[str, ...]:
        """Names of the detectors whose union is tagged (Presidio first)."""
        return (PRESIDIO_DETECTOR, *(d.name for d in self._detectors))

    def __repr__(self) -> str:
        return f"RecallTagger(name={self._name!r}, detectors={len(self._detectors) + 1})"

    def detect_all(self, text: str) -> dict[str, list[Span]]:
        """Each detector's own (whitespace-trimmed) spans, by detector name, before the union (the
        residual sweep of ``recall-v11``, value completion of ``recall-v12`` and round 13's release are no
        detectors: they run on the union, in :meth:`tag`)."""
        return self._detect(text)[0]

    def _detect(self, text: str) -> tuple[dict[str, list[Span]], TextView | None]:
        """:meth:`detect_all` and the view the detectors read (``None`` for blank text)."""
        if not isinstance(text, str):
            raise InvalidParameterError("text must be a str")
        if not text.strip():
            return {name: [] for name in self.detectors}, None
        failure: str | None = None
        found: dict[str, list[Span]] = {}
        view: TextView | None = None
        try:
            engine = self._engine
            with engine.lock:
                artifacts = engine.analyzer.nlp_engine.process_text(text, self._language)
                results = engine.analyzer.analyze(text=text, language=self._language, entities=self._entities,
                                                  score_threshold=PRESIDIO_THRESHOLD, nlp_artifacts=artifacts)
            found[PRESIDIO_DETECTOR] = presidio_spans(results, len(text))
            view = TextView(text, artifacts.tokens, self._words)
            for detector in self._detectors:
                found[detector.name] = detector.detect(view)
        except Exception as exc:  # re-raised below, outside the handler, so no __context__
            failure = type(exc).__name__
        if failure is not None:
            raise TaggingError(f"recall tagging failed ({failure}); details withheld because they may quote the text")
        for name, spans in found.items():
            trimmed = (trim_span(text, s) for s in spans if 0 <= s.start < s.end <= len(text))
            found[name] = [s for s in trimmed if s is not None]
        return found, view

    def _round_five_edges(self, text: str, merged: list[Span]) -> list[Span]:
        """Token completion over ``#`` and ``/``, span edges and repeated names (``recall-v5``), then the
        version's own growth steps."""
        merged = complete_tokens(text, merged, joiners=JOINERS_R5)
        merged = repeat_person_names(text, grow_span_edges(text, merged), self._words)
        if self._version == "recall-v6":
            merged = round_six_edges(text, merged, self._words)
        elif self._version == "recall-v7":
            merged = round_seven_edges(text, merged, self._words)
        elif self._version == "recall-v8":
            merged = round_eight_edges(text, merged, self._words)
        elif self._version == "recall-v9":
            merged = round_nine_edges(text, merged, self._words)
        elif self._version == "recall-v10":
            merged = round_ten_edges(text, merged, self._words)
        elif self._version in _SWEPT:
            merged = round_eleven_edges(text, merged, self._words)
        return merged

    def tag(self, text: str) -> list[Span]:
        """The union of every detector's spans, grown by the version's steps, then (``recall-v11`` and
        later) the residual sweep's additions, (``recall-v12`` and later) value completion's and
        (``recall-v14``) round 14's additions and (``recall-v13`` and later) without the released public spans:
        sorted, non-overlapping, whitespace-trimmed."""
        found, view = self._detect(text)
        merged = merge_spans(s for spans in found.values() for s in spans)
        if self._version == "recall-v4":
            merged = complete_tokens(text, merged)
        elif self._version != "recall-v3":
            merged = _fail_closed(self._round_five_edges, text, merged)
        merged = _fuse_adjacent(text, merged)
        if self._frequent is not None and view is not None:
            merged = _fail_closed(residual_sweep, view, merged, self._frequent)
            if self._version in _COMPLETED:
                merged = _fail_closed(partial(complete_values, round_thirteen=self._version in _RELEASED),
                                      view, merged)
            if self._version == "recall-v14":
                merged = _fail_closed(add_round_fourteen, text, merged)
            if self._version in _RELEASED:
                merged = _fail_closed(release_public_values, text, merged)
        if logger.isEnabledFor(logging.DEBUG):
            counts = Counter(span.entity_type for span in merged)
            logger.debug("recall tagger: %d spans: %s", len(merged), dict(sorted(counts.items())))
        return merged
