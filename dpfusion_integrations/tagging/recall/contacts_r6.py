"""Round 6 (contacts: phones, handles, e-mail): detectors and a post-union growth step of the ``recall-v6`` set.

The round's contact rules aim at breadth across countries and platforms rather than at one data set:

- :class:`~dpfusion_integrations.tagging.recall.phone_variants_r6.PhoneVariants`: phones written with
  Unicode spaces, dashes or full-width digits, vanity numbers ("1-800-FLOWERS"), short numbers after a
  phone label in many languages ("Tel. 41 27 78") or a verb of calling, phones broken over two lines;
- :class:`~dpfusion_integrations.tagging.recall.ticket_user_names_r6.TicketUserNames`: plain lower-case
  user names in IT and security tickets ("User brandtko reported", "including walbergm"), before
  "on the <app>", leading an event-log line, in home folders and Windows domain accounts;
- :func:`~dpfusion_integrations.tagging.recall.handle_variants_r6.handle_variant_detector`: ``@`` handles
  and e-mail addresses in any script, Mastodon and Matrix ids, Skype ids, Discord tags in any script,
  e-mail addresses written out as "name(at)host.tld";
- :class:`~dpfusion_integrations.tagging.recall.handle_variants_r6.JoinedHandles`: dotted or
  underscored lower-case handles in any text ("the.karishma", "okeke_c"), not only in chats.

After the union, :func:`grow` joins an extension written after a phone ("…, anexo 2210", "… wew. 31",
"… доб. 214") to the phone's span.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.handle_variants_r6 import (
    JoinedHandles,
    handle_variant_detector,
)
from dpfusion_integrations.tagging.recall.phone_variants_r6 import (
    PhoneVariants,
    grow_extensions,
)
from dpfusion_integrations.tagging.recall.ticket_user_names_r6 import TicketUserNames
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (PhoneVariants(), TicketUserNames(), handle_variant_detector(), JoinedHandles())


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Phones grow over an extension written after them; ``words`` is not needed by this step."""
    del words
    return grow_extensions(text, spans)
