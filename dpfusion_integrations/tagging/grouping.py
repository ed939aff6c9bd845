"""Privacy groups: which private spans are protected together, and which privacy units they charge.

DP-Fusion bounds how much the output depends on each *group* of private spans. The policy decides
what a group is:

- ``entity_type`` (the paper's default): one group per entity type, so all names form one group,
  all dates another;
- ``entity``: one group per distinct normalized value of an entity type, i.e. per data subject
  (``"John Smith"`` and ``"john  smith"`` are the same group);
- ``single``: one group holding every span.

Labels are public (``"PERSON"``, ``"PERSON_2"``, ``"PRIVATE"``) and never contain a value; values
enter only as keyed unit ids (:func:`~dpfusion_integrations.tagging.units.unit_id`), so a
:class:`Grouping` and its ``repr`` are safe to log or report.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from enum import Enum

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging.spans import Span, validate_spans
from dpfusion_integrations.tagging.units import load_or_create_unit_key, normalize_value, unit_id

__all__ = [
    "GroupPolicy",
    "Grouping",
    "PrivacyGroup",
    "group_spans",
    "load_or_create_unit_key",
    "normalize_value",
    "parse_policy",
    "unit_id",
]

#: Label of the one group under :attr:`GroupPolicy.SINGLE`.
SINGLE_GROUP_LABEL = "PRIVATE"


class GroupPolicy(str, Enum):
    """How private spans are gathered into privacy groups (see the module docstring)."""

    ENTITY_TYPE = "entity_type"
    ENTITY = "entity"
    SINGLE = "single"


@dataclass(frozen=True)
class PrivacyGroup:
    """One privacy group: a public ``label``, its spans (sorted) and the unit ids they charge."""

    label: str
    spans: tuple[Span, ...]
    units: tuple[str, ...]


@dataclass(frozen=True)
class Grouping:
    """All spans of a text and the privacy groups they form.

    ``span_group[k]`` is the index into ``groups`` of ``spans[k]``; ``groups`` are ordered by first
    occurrence in the text; ``units`` are all distinct unit ids, sorted.
    """

    spans: tuple[Span, ...]
    groups: tuple[PrivacyGroup, ...]
    span_group: tuple[int, ...]
    units: tuple[str, ...]

    @property
    def labels(self) -> tuple[str, ...]:
        """The group labels, in group order."""
        return tuple(group.label for group in self.groups)


def parse_policy(policy: GroupPolicy | str) -> GroupPolicy:
    """Return ``policy`` as a :class:`GroupPolicy`; an unknown name lists the valid ones."""
    if isinstance(policy, GroupPolicy):
        return policy
    if isinstance(policy, str):
        try:
            return GroupPolicy(policy.strip().lower())
        except ValueError:
            pass
    valid = ", ".join(repr(p.value) for p in GroupPolicy)
    raise InvalidParameterError(f"unknown grouping policy; valid policies are {valid}")


def group_spans(
    text: str,
    spans: Sequence[Span | tuple[int, int, str]],
    policy: GroupPolicy | str = GroupPolicy.ENTITY_TYPE,
    *,
    unit_key: bytes,
) -> Grouping:
    """Group the private ``spans`` of ``text`` under ``policy``.

    Spans are first passed through
    :func:`~dpfusion_integrations.tagging.spans.validate_spans` (bounds checked, whitespace trimmed,
    overlaps resolved), so ``Grouping.spans`` may differ from the input. Each distinct normalized
    span value is one privacy unit, ``unit_id(value, key=unit_key)``, whatever its entity type.
    Under ``entity`` the groups are keyed by ``(entity_type, normalized value)`` and labelled
    ``<TYPE>_<n>``, numbered from 1 per type in order of first occurrence.
    """
    chosen = parse_policy(policy)
    if not isinstance(unit_key, (bytes, bytearray)):
        raise InvalidParameterError("unit_key must be bytes (see load_or_create_unit_key)")
    clean = validate_spans(text, spans)

    unit_of_value: dict[str, str] = {}
    span_units: list[str] = []
    keys: list[Hashable] = []
    for span in clean:
        normalized = normalize_value(text[span.start : span.end])
        if normalized not in unit_of_value:
            unit_of_value[normalized] = unit_id(normalized, key=unit_key)
        span_units.append(unit_of_value[normalized])
        if chosen is GroupPolicy.ENTITY_TYPE:
            keys.append(span.entity_type)
        elif chosen is GroupPolicy.ENTITY:
            keys.append((span.entity_type, normalized))
        else:
            keys.append(SINGLE_GROUP_LABEL)

    index_of_key: dict[Hashable, int] = {}
    labels: list[str] = []
    per_type_count: dict[str, int] = {}
    span_group: list[int] = []
    for span, key in zip(clean, keys):
        if key not in index_of_key:
            index_of_key[key] = len(labels)
            if chosen is GroupPolicy.ENTITY:
                per_type_count[span.entity_type] = per_type_count.get(span.entity_type, 0) + 1
                labels.append(f"{span.entity_type}_{per_type_count[span.entity_type]}")
            else:
                labels.append(str(key))
        span_group.append(index_of_key[key])

    groups = tuple(
        PrivacyGroup(
            label=label,
            spans=tuple(s for s, g in zip(clean, span_group) if g == index),
            units=tuple(sorted({u for u, g in zip(span_units, span_group) if g == index})),
        )
        for index, label in enumerate(labels)
    )
    return Grouping(
        spans=tuple(clean),
        groups=groups,
        span_group=tuple(span_group),
        units=tuple(sorted(set(span_units))),
    )
