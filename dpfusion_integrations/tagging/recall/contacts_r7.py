"""Round 7 (contacts): detectors and a post-union growth step of the ``recall-v7`` set.

Round 6's misses on held-out v6 named two classes, written here for every language and layout:

- :func:`~dpfusion_integrations.tagging.recall.contact_handles_r7.role_and_app_handle_detector`:
  lower-case user names after a role label and a colon ("Moderator: x", "Assignee: x", "Handled by:
  x"), handles named by a messaging app ("Prefers KakaoTalk (x)", "on Telegram as x", "Signal: x",
  "Viber @x");
- :func:`~dpfusion_integrations.tagging.recall.contact_extensions_r7.grow_phone_extensions` (after the
  union): a phone grows over its extension written with the extension words of many languages ("loc.
  328", "local 12", "App. 45", "доб. 7", "内線 12", "#580"), and the span is typed CONTACT.
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector
from dpfusion_integrations.tagging.recall.contact_extensions_r7 import (
    grow_phone_extensions,
)
from dpfusion_integrations.tagging.recall.contact_handles_r7 import (
    role_and_app_handle_detector,
)
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import WordLists

__all__ = ["detectors", "grow"]


def detectors() -> tuple[Detector, ...]:
    """This area's new detectors, in a fixed order."""
    return (role_and_app_handle_detector(),)


def grow(text: str, spans: list[Span], words: WordLists) -> list[Span]:
    """Grow the merged spans over what belongs to them (run after the union); sorted, non-overlapping.

    Phones grow over an extension written after them; ``words`` is not needed by this step."""
    del words
    return grow_phone_extensions(text, spans)
