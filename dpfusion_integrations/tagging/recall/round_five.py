"""The round-5 detector set (``recall-v5``): round 4's detectors with the round-5 changes.

Kept apart from :mod:`~dpfusion_integrations.tagging.recall.tagger` so that the earlier sets stay as
they were (``recall-v3`` and ``recall-v4`` are still selectable) and the changes of this round read
in one place:

- new detectors: :class:`~dpfusion_integrations.tagging.recall.address_blocks.AddressBlocks` (address
  parts around a street, units and floors, the street shapes of
  :mod:`~dpfusion_integrations.tagging.recall.street_shapes`),
  :func:`~dpfusion_integrations.tagging.recall.id_codes.id_code_detector` (``#`` and slashed codes,
  spaced values after labels, bracketed codes, long grouped numbers),
  :class:`~dpfusion_integrations.tagging.recall.chat_speakers.ChatSpeakers`,
  :class:`~dpfusion_integrations.tagging.recall.person_cues.PersonCues`,
  :func:`~dpfusion_integrations.tagging.recall.day_month_dates.day_month_detector`,
  :func:`~dpfusion_integrations.tagging.recall.handle_suffixes.handle_suffix_detector` and
  :class:`~dpfusion_integrations.tagging.recall.place_cues.PlaceCues`;
- changed settings: organisation words with the round-5 trades, legal forms and partner firms
  (:mod:`~dpfusion_integrations.tagging.recall.org_words_r5`,
  :mod:`~dpfusion_integrations.tagging.recall.firm_names`), undotted initials after a person noun
  ("client EP");
- after the union (in :class:`~dpfusion_integrations.tagging.recall.tagger.RecallTagger`): token
  completion over ``#`` and ``/`` too, then :mod:`~dpfusion_integrations.tagging.recall.span_edges`
  (initials, particles and "the" beside a span; repeated names).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.address_blocks import AddressBlocks
from dpfusion_integrations.tagging.recall.addresses import AddressRule
from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.booking_codes import booking_code_detector
from dpfusion_integrations.tagging.recall.chat_names import OBJECT_CUES, ChatNames
from dpfusion_integrations.tagging.recall.chat_speakers import ChatSpeakers
from dpfusion_integrations.tagging.recall.cued_initials import (
    PERSON_NOUN_CUES,
    CuedInitials,
)
from dpfusion_integrations.tagging.recall.dates import date_detector
from dpfusion_integrations.tagging.recall.day_month_dates import day_month_detector
from dpfusion_integrations.tagging.recall.digit_runs import digit_run_detector
from dpfusion_integrations.tagging.recall.emails import email_detector
from dpfusion_integrations.tagging.recall.foreign_script import ForeignScriptWords
from dpfusion_integrations.tagging.recall.greeting_names import GreetingNames
from dpfusion_integrations.tagging.recall.handle_shapes import HandleShapes
from dpfusion_integrations.tagging.recall.handle_suffixes import handle_suffix_detector
from dpfusion_integrations.tagging.recall.handles import handle_detector
from dpfusion_integrations.tagging.recall.id_codes import id_code_detector
from dpfusion_integrations.tagging.recall.id_shapes import id_shape_detector
from dpfusion_integrations.tagging.recall.initials import InitialsRule
from dpfusion_integrations.tagging.recall.introduced_names import IntroducedNames
from dpfusion_integrations.tagging.recall.ip_addresses import ip_detector
from dpfusion_integrations.tagging.recall.labelled_fields import LabelledFields
from dpfusion_integrations.tagging.recall.labelled_ids import labelled_id_detector
from dpfusion_integrations.tagging.recall.name_gazetteer import NameGazetteer
from dpfusion_integrations.tagging.recall.org_context import OrganizationContextRule
from dpfusion_integrations.tagging.recall.org_suffix import OrganizationSuffixRule
from dpfusion_integrations.tagging.recall.org_words_r5 import (
    ORGANIZATION_WORDS_R5,
    SUFFIX_ONLY_WORDS_R5,
)
from dpfusion_integrations.tagging.recall.person_cues import PersonCues
from dpfusion_integrations.tagging.recall.phone_extensions import (
    phone_extension_detector,
)
from dpfusion_integrations.tagging.recall.phones import phone_detector
from dpfusion_integrations.tagging.recall.place_cues import PlaceCues
from dpfusion_integrations.tagging.recall.plates import plate_detector
from dpfusion_integrations.tagging.recall.platform_handles import PlatformHandles
from dpfusion_integrations.tagging.recall.possessive_names import PossessiveNames
from dpfusion_integrations.tagging.recall.postcodes import PostcodeRule
from dpfusion_integrations.tagging.recall.proper_nouns import ProperNounSweep
from dpfusion_integrations.tagging.recall.spacy_entities import SpacyEntities
from dpfusion_integrations.tagging.recall.titled_names import TitledNames
from dpfusion_integrations.tagging.recall.urls import url_detector
from dpfusion_integrations.tagging.recall.usernames import username_detector

__all__ = ["round_five_detectors"]


def _organisation_words() -> OrganizationSuffixRule:
    return OrganizationSuffixRule(extra_words=ORGANIZATION_WORDS_R5, extra_suffix_words=SUFFIX_ONLY_WORDS_R5,
                                  extended=True)


def round_five_detectors() -> tuple[Detector, ...]:
    """The ``recall-v5`` detectors besides Presidio, in a fixed order."""
    return (
        SpacyEntities(), ProperNounSweep(), NameGazetteer(), ChatNames(extra_cues=OBJECT_CUES), ForeignScriptWords(),
        InitialsRule(), GreetingNames(), _organisation_words(), OrganizationContextRule(), email_detector(),
        url_detector(), ip_detector(), handle_detector(), username_detector(), PlatformHandles(extended=True),
        phone_detector(), id_shape_detector(), labelled_id_detector(), booking_code_detector(), plate_detector(),
        LabelledFields(extended=True), digit_run_detector(), PostcodeRule(), AddressRule(), date_detector(),
        phone_extension_detector(), CuedInitials(extra_cues=PERSON_NOUN_CUES), TitledNames(), PossessiveNames(),
        IntroducedNames(), HandleShapes(), AddressBlocks(), id_code_detector(), ChatSpeakers(), PersonCues(),
        day_month_detector(), handle_suffix_detector(), PlaceCues(),
    )  # fmt: skip
