"""Tagging profiles: which detector finds the private spans by default.

- ``recall`` (the default everywhere: core, CLI, adapters): :class:`~dpfusion_integrations.tagging.recall.RecallTagger`
  with its latest detector set (``recall-v14``), the union of offline detectors typed onto six group
  types (PERSON, ORGANIZATION, LOCATION, DATE, CONTACT, ID). It redacts by default: a false positive
  costs utility, never privacy, while a miss is released unprotected.
- ``recall-v13``: the recall tagger with the round-13 detector set (before round 14's plates, initials and
  address words: see :mod:`~dpfusion_integrations.tagging.recall.round_fourteen`), kept so that results
  measured with it (held-out v13–v15) can be reproduced.
- ``recall-v12``: the recall tagger with the round-12 detector set (before round 13's release of public time
  expressions and table quantities: see :mod:`~dpfusion_integrations.tagging.recall.round_thirteen`), kept so
  that results measured with it (held-out v12) can be reproduced.
- ``recall-v11``: the recall tagger with the round-11 detector set (before round 12's value completion:
  see :mod:`~dpfusion_integrations.tagging.recall.round_twelve`), kept so that results measured with it
  (held-out v11) can be reproduced.
- ``recall-v10``: the recall tagger with the round-10 detector set (before round 11's residual sweep:
  see :mod:`~dpfusion_integrations.tagging.recall.round_eleven`), kept so that results measured with it
  (held-out v10) can be reproduced.
- ``recall-v9``: the recall tagger with the round-9 detector set (before round 10: see
  :mod:`~dpfusion_integrations.tagging.recall.round_ten`), kept so that results measured with it
  (held-out v9) can be reproduced.
- ``recall-v8``: the recall tagger with the round-8 detector set (before round 9: see
  :mod:`~dpfusion_integrations.tagging.recall.round_nine`), kept so that results measured with it
  (held-out v8) can be reproduced.
- ``recall-v7``: the recall tagger with the round-7 detector set (before round 8: see
  :mod:`~dpfusion_integrations.tagging.recall.round_eight`), kept so that results measured with it
  (held-out v7) can be reproduced.
- ``recall-v6``: the recall tagger with the round-6 detector set (before round 7: see
  :mod:`~dpfusion_integrations.tagging.recall.round_seven`), kept so that results measured with it
  (held-out v6) can be reproduced.
- ``recall-v5``: the recall tagger with the round-5 detector set (before round 6: see
  :mod:`~dpfusion_integrations.tagging.recall.round_six` for what round 6 adds), kept so that results
  measured with it (held-out v5 and v6) can be reproduced.
- ``recall-v4``: the recall tagger with the round-4 detector set (before round 5: no address parts
  around a street, unit and floor designators, ``#`` and slashed identifiers, spaced identifier
  values, nor the other round-5 rules listed in ``docs/tagging.md``), kept so that results measured
  with it (held-out v4) can be reproduced.
- ``recall-v3``: the recall tagger with the detector set of round 3 (before round 4: no phone
  extensions in brackets, cued initials, extra titles, possessive, introduced and object names,
  handle shapes, name fields or token completion), kept so that results can be reproduced.
- ``precision``: :class:`~dpfusion_integrations.tagging.presidio_tagger.PresidioTagger` with its
  default entities (this library's tagger before the recall profile): fewer spans and Presidio's
  entity types, but it misses single first names, organisations, non-US addresses, unlabelled IDs,
  internal e-mail domains and more. Opt in with ``DPFusion(tagger_profile="precision")`` or
  ``dpfusion privatize --tagger-profile precision``.

Each profile's tagger is built once per process, on first use (once per ``language_check`` setting:
``"refuse"``, the default, refuses text in a language the tagger does not read; ``"off"`` tags it
anyway; see :mod:`~dpfusion_integrations.tagging.language`).
"""

from __future__ import annotations

import threading
from enum import Enum

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.language import LanguageCheck, parse_language_check
from dpfusion_integrations.tagging.tagger import Tagger

__all__ = ["DEFAULT_PROFILE", "TaggerProfile", "default_tagger", "parse_profile"]


class TaggerProfile(str, Enum):
    """Which default tagger to use (see the module doc)."""

    RECALL = "recall"
    RECALL_V13 = "recall-v13"
    RECALL_V12 = "recall-v12"
    RECALL_V11 = "recall-v11"
    RECALL_V10 = "recall-v10"
    RECALL_V9 = "recall-v9"
    RECALL_V8 = "recall-v8"
    RECALL_V7 = "recall-v7"
    RECALL_V6 = "recall-v6"
    RECALL_V5 = "recall-v5"
    RECALL_V4 = "recall-v4"
    RECALL_V3 = "recall-v3"
    PRECISION = "precision"


#: The profile used when none is named.
DEFAULT_PROFILE = TaggerProfile.RECALL

_TAGGERS: dict[tuple[TaggerProfile, LanguageCheck], Tagger] = {}
_LOCK = threading.Lock()


def parse_profile(profile: TaggerProfile | str) -> TaggerProfile:
    """``profile`` as a :class:`TaggerProfile`; an unknown name lists the valid ones."""
    try:
        return TaggerProfile(profile)
    except ValueError:
        raise InvalidParameterError(
            f"unknown tagger profile; valid profiles are {', '.join(repr(p.value) for p in TaggerProfile)}"
        ) from None


def default_tagger(profile: TaggerProfile | str = DEFAULT_PROFILE, *,
                   language_check: LanguageCheck | str = LanguageCheck.REFUSE) -> Tagger:
    """The process-wide tagger of ``profile`` (``"recall"`` unless told otherwise; ``"recall-v13"``, ``"recall-v12"``, ``"recall-v11"``, ``"recall-v10"``, ``"recall-v9"``, ``"recall-v8"``, ``"recall-v7"``, ``"recall-v6"``, ``"recall-v5"``,
    ``"recall-v4"``, ``"recall-v3"``, ``"precision"``) with the given ``language_check``, built on first call."""
    chosen = parse_profile(profile)
    check = parse_language_check(language_check)
    key = (chosen, check)
    tagger = _TAGGERS.get(key)
    if tagger is None:
        with _LOCK:
            tagger = _TAGGERS.get(key)
            if tagger is None:
                if chosen is not TaggerProfile.PRECISION:
                    from dpfusion_integrations.tagging.recall import RecallTagger
                    from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION

                    version = RECALL_VERSION if chosen is TaggerProfile.RECALL else chosen.value
                    tagger = RecallTagger(language_check=check, version=version)
                elif check is LanguageCheck.REFUSE:
                    from dpfusion_integrations.tagging.presidio_tagger import precision_tagger

                    tagger = precision_tagger()
                else:
                    from dpfusion_integrations.tagging.presidio_tagger import PresidioTagger

                    tagger = PresidioTagger(language_check=check)
                _TAGGERS[key] = tagger
    return tagger
