"""The round-14 step (``recall-v14``): ``recall-v13``'s completed spans, plus plates, initials and addresses.

Round 14 adds spans in places the detectors of earlier rounds do not read, each a convention of the
records the product is for, written from general knowledge and development data (held-out v13–v15):

- plates after any vehicle's name, across a line break after a plate word, and a second plate right
  after one (:mod:`~dpfusion_integrations.tagging.recall.plates_vehicles_r14`);
- initials in minutes and action lists, in agent slots of forms and markup, and in brackets after the
  person's own name (:mod:`~dpfusion_integrations.tagging.recall.initials_slots_r14`);
- names in quotes after "called", "known as" or "nicknamed"
  (:mod:`~dpfusion_integrations.tagging.recall.names_nicknames_r14`);
- "Private Mail Bag" boxes (:mod:`~dpfusion_integrations.tagging.recall.addresses_mail_bags_r14`), and the
  other end of a route written with an arrow (:mod:`~dpfusion_integrations.tagging.recall.places_routes_r14`);
- "c/o" and Russian address abbreviations next to a tagged place
  (:mod:`~dpfusion_integrations.tagging.recall.completion_places_r14`, with a floor after its ordinal, a
  Dutch postcode's letters and an address abbreviation's full stop), the mask before a card's last
  digits (:mod:`~dpfusion_integrations.tagging.recall.completion_masks_r14`) and the legal form after a
  firm's name (:mod:`~dpfusion_integrations.tagging.recall.completion_legal_forms_r14`).

It runs after value completion and before round 13's release, and only adds: every character
``recall-v13``'s completion covers stays covered with its type (new parts go only where nothing is tagged,
:func:`~dpfusion_integrations.tagging.recall.round_twelve.add_parts`). The release then reads the new
spans as kept values: a plate or initials in a sentence keep a schedule in it tagged, never the reverse.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.addresses_mail_bags_r14 import mail_bags
from dpfusion_integrations.tagging.recall.completion_legal_forms_r14 import (
    legal_forms_after_names,
)
from dpfusion_integrations.tagging.recall.completion_masks_r14 import masked_digits
from dpfusion_integrations.tagging.recall.completion_places_r14 import (
    abbreviation_dots,
    care_of,
    dutch_postcode_letters,
    floors_after_ordinals,
    russian_address_words,
)
from dpfusion_integrations.tagging.recall.initials_slots_r14 import (
    agent_slot_initials,
    minutes_initials,
    named_bracket_initials,
)
from dpfusion_integrations.tagging.recall.names_nicknames_r14 import quoted_nicknames
from dpfusion_integrations.tagging.recall.places_routes_r14 import route_ends
from dpfusion_integrations.tagging.recall.plates_vehicles_r14 import vehicle_plates
from dpfusion_integrations.tagging.recall.round_twelve import add_parts, join_parts
from dpfusion_integrations.tagging.spans import Span

__all__ = ["add_round_fourteen"]


def add_round_fourteen(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (final, sorted, non-overlapping) with round 14's plates, initials, nicknames, boxes and route
    ends added where nothing is tagged; address words, masks and legal forms are joined to the values they
    complete."""
    found = [*vehicle_plates(text), *minutes_initials(text), *agent_slot_initials(text),
             *named_bracket_initials(text, spans), *quoted_nicknames(text), *mail_bags(text),
             *route_ends(text, spans)]
    merged = add_parts(text, spans, found)
    for step in (care_of, russian_address_words, floors_after_ordinals, dutch_postcode_letters, masked_digits,
                 legal_forms_after_names, abbreviation_dots):
        merged = add_parts(text, merged, step(text, merged))
    return join_parts(text, merged)
