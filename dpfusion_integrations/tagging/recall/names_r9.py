"""Round 9 (people): detectors and a post-union growth step of the ``recall-v9`` set.

The round's person rules live in small modules, one job each, each written for a class of names
across conventions rather than for the misses it was drawn from:

- :mod:`~dpfusion_integrations.tagging.recall.names_initials_cues_r9`: initials after a sign-off word
  ("thanks!! CP"), before a capacity phrase ("KT (for the Production)") or in brackets after a party
  noun ("the previous keeper (FK)");
- :mod:`~dpfusion_integrations.tagging.recall.names_lower_cues_r9`: names in any case in e-mail quote
  headers ("On 20270517, catine pascut wrote:"), after kinship nouns of any derivation ("my stepfather
  mphatso"), under a booking ("put it under yamaa shimabukuro"), after "exported by" and as the subject
  of a chat question ("is fotu still doing ...");
- :mod:`~dpfusion_integrations.tagging.recall.names_chat_timed_r9`: every repeated speaker of a timed
  chat export once one speaker is a name ("ni luh 18:03");
- :mod:`~dpfusion_integrations.tagging.recall.names_structure_r9` (growth): a particle inside a name
  ("Takamat walet Amastan") and an ALL-CAPS surname before a given name ("SHAMBA Adgura");
- :mod:`~dpfusion_integrations.tagging.recall.names_lower_repeats_r9` (growth): a lower-case name at its
  other mentions ("also tawonga asked us");
- :mod:`~dpfusion_integrations.tagging.recall.names_initials_match_r9` (growth): initials of a person
  named in the text, and initials cells of a table's people column ("| Khibla Tarba | TK |").

See :mod:`~dpfusion_integrations.tagging.recall.round_nine` for how the areas are run.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.names_chat_timed_r9 import TimedSpeakers
from dpfusion_integrations.tagging.recall.names_initials_cues_r9 import SignedInitials
from dpfusion_integrations.tagging.recall.names_initials_match_r9 import named_initials, table_initials
from dpfusion_integrations.tagging.recall.names_lower_cues_r9 import LowerNameCues
from dpfusion_integrations.tagging.recall.names_lower_repeats_r9 import repeat_lower_names
from dpfusion_integrations.tagging.recall.names_structure_r9 import caps_surnames, inner_particles
from dpfusion_integrations.tagging.spans import Span, merge_spans
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (SignedInitials(), LowerNameCues(), TimedSpeakers())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    PERSON spans take the particles and ALL-CAPS surnames that belong to them, then lower-case names are
    tagged at their other mentions, then initials of the people named and of tables' people columns."""
    spans = inner_particles(text, merge_spans(spans), words)
    spans = caps_surnames(text, spans, words)
    spans = repeat_lower_names(text, spans, words)
    spans = named_initials(text, spans)
    return table_initials(text, spans)
