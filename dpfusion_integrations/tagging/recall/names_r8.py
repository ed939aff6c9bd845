"""Round 8 (people): detectors and a post-union growth step of the ``recall-v8`` set.

The round's person rules live in small modules, one job each, each written for a class of names
across traditions rather than for the misses it was drawn from:

- :mod:`~dpfusion_integrations.tagging.recall.names_honorifics_r8`: names after a name prefix or an
  honorific of many traditions, also when that word is English ("Saw Eh Kler", "Daw Khin", "Bapak
  Budi", "Alhaji Musa", "W/ro Tigist"), capitalised or, in chats, lower case;
- :mod:`~dpfusion_integrations.tagging.recall.names_lead_words_r8`: a given name that is also an
  English word before a surname, mid-sentence or first in a field ("Pupil: Men Camenisch");
- :mod:`~dpfusion_integrations.tagging.recall.names_role_initials_r8`: initials alone after an action
  or role word, in brackets after a person noun, or closing a log line ("Call handler CC.");
- :mod:`~dpfusion_integrations.tagging.recall.names_chat_labels_r8`: whole chat speaker labels before a
  time or a colon ("selorm 09:14", "dil bahadur: ok");
- :mod:`~dpfusion_integrations.tagging.recall.names_lead_particles_r8` (growth): lower-case particles
  that open a name before a PERSON span ("ole Kipury", "arap Koech", "van Rooyen");
- :mod:`~dpfusion_integrations.tagging.recall.names_repeats_r8` (growth): a full name's first word
  repeated alone elsewhere in the text, also when it is an English word ("Men").

See :mod:`~dpfusion_integrations.tagging.recall.round_eight` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.names_chat_labels_r8 import ChatLabels
from dpfusion_integrations.tagging.recall.names_honorifics_r8 import HonorificNames
from dpfusion_integrations.tagging.recall.names_lead_particles_r8 import lead_particles
from dpfusion_integrations.tagging.recall.names_lead_words_r8 import LeadingNameWords
from dpfusion_integrations.tagging.recall.names_repeats_r8 import repeat_given_names
from dpfusion_integrations.tagging.recall.names_role_initials_r8 import RoleInitials
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (HonorificNames(), LeadingNameWords(), RoleInitials(), ChatLabels())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    PERSON spans take the name particles right before them, then a full name's first word is tagged
    at its other mentions."""
    spans = lead_particles(text, sorted(spans, key=lambda s: (s.start, s.end)))
    return repeat_given_names(text, spans, words)
