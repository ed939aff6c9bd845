"""Round 6: support groups named "Friends of <place or cause>", in several languages.

"Friends of <Town>", "Friends of the <Park>", "Amigos de <Town>", "Amis de <Town>", "Freunde des
<Museums>", "Amici di <Town>": a common way to name a local charity, support group or volunteer
network. The place after it is often an ordinary word or on the public word list (so no name detector
takes it), and even when it is tagged the head stays public; the whole phrase is the organisation.

The rule: the capitalised head ("Friends", "Amigos", ...), its linking word and an optional article,
then one to four capitalised words (single spaces, the same line). "Friends of the library" (lower
case) and "friends of mine" stay public. Over-tagging risk: a public society of that shape ("Friends
of the Earth") is tagged; costs utility only. Typed ORGANIZATION.
"""

from __future__ import annotations

import re

from dpfusion_integrations.tagging.group_types import ORGANIZATION
from dpfusion_integrations.tagging.recall.base import TextView
from dpfusion_integrations.tagging.spans import Span

__all__ = ["FriendsOf"]

FRIENDS_SCORE = 0.86
_HEAD = re.compile(
    r"(?<![\w])(?:Friends[ ]of|Amigos[ ]d[eo]|Amigas[ ]d[eo]|Amis[ ]d[eu]|Freunde[ ](?:von|des|der)|Amici[ ]d[ie]"
    r"|Vrienden[ ]van)(?:[ ](?:the|la|el|los|las|le|les|l'|l’|der|die|das|dem|den|del|della|do|da|dos|das|het|de))?[ ]"
)
_WORD = re.compile(r"(?P<word>[^\W\d_][\w'’-]{0,30})")
_GAP = re.compile(r"[ ]")
#: The most capitalised words after the head.
MAX_WORDS = 4


def _name_end(text: str, pos: int) -> int:
    """End of the capitalised words (single spaces) from ``pos``, or ``pos`` when there are none."""
    end = pos
    for n in range(MAX_WORDS):
        if n and _GAP.match(text, end) is None:
            break
        match = _WORD.match(text, end + (1 if n else 0))
        if match is None or not match.group("word")[0].isupper():
            break
        end = match.end()
    return end


class FriendsOf:
    """"Friends of <Name>" support groups and their equivalents in other languages (see module doc)."""

    name = "organization-friends-of"

    def __repr__(self) -> str:
        return "FriendsOf()"

    def detect(self, view: TextView) -> list[Span]:
        return self.find(view.text)

    def find(self, text: str) -> list[Span]:
        """The groups in ``text`` (no parse needed)."""
        out: list[Span] = []
        for match in _HEAD.finditer(text):
            end = _name_end(text, match.end())
            if end > match.end():
                out.append(Span(match.start(), end, ORGANIZATION, FRIENDS_SCORE))
        return out
