"""The recall-first tagging profile: a union of offline detectors, one per module.

See :mod:`~dpfusion_integrations.tagging.recall.tagger` for how the union is formed and
:mod:`~dpfusion_integrations.tagging.group_types` for the six group types. Importing this package
does not import Presidio or spaCy (they load when a :class:`RecallTagger` is built).
"""

from __future__ import annotations

from dpfusion_integrations.tagging.recall.base import Detector, RegexDetector, RegexRule, TextView
from dpfusion_integrations.tagging.recall.tagger import RecallTagger, default_detectors

__all__ = ["Detector", "RecallTagger", "RegexDetector", "RegexRule", "TextView", "default_detectors"]
