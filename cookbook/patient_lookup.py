"""What the two tool-agent cookbooks share: the lookup tool's schema and behaviour, the run's result,
and the framework-neutral checks.

``cookbook/langchain_tool_agent.py`` and ``cookbook/llama_index_tool_agent.py`` build the same demo in
their own framework: an agent looks a patient's record up by reference with ``lookup_patient``,
answers from it, and ε is recorded per patient. The tool, its arguments' schema (what the grammar
enforces on the call), the demo's settings and the checks on calls and ε are the same for both and
live here; each cookbook keeps only what its framework does differently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from patient_notes import OutsideView

TOOL_NAME = "lookup_patient"
QUESTION = "What was changed in the treatment of patient p-103?"
SYSTEM_PROMPT = "You answer questions about patients' clinical records in one sentence."
ANSWER_TOKENS = 12  # the prose answer's token budget (each token's share of ε grows as it shrinks)
CALL_TOKENS = 8  # sampled-token budget of the call: the grammar forces all but the reference's digits
SEED = 0  # a fixed seed makes the demo (and its checks) reproducible; never seed in production


class LookupArgs(BaseModel):
    """The tool's arguments. Its JSON schema is what the grammar enforces (closed: no other keys)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    reference: str = Field(pattern=r"^p-[0-9]{3}$", description="The patient's record reference, e.g. p-101.")


@dataclass(frozen=True)
class ToolAgentRun:
    """One checked run: what left the trust boundary, and what the checks read."""

    outside: OutsideView
    references: list[str]  # the references the agent's calls asked for, in order
    answer: str  # the agent's final answer (DP output)
    answer_groups: int  # privacy groups tagged in the answering turn's input (the record's identifiers)
    epsilon_per_patient: dict[str, float]  # operator view: ε per patient id


def lookup_function(records: Mapping[str, str], looked_up: list[str],
                    reference_for: Callable[[str], str]) -> Callable[[str], str]:
    """The body of ``lookup_patient``: the record of a reference as a private reference
    (``reference_for``, the adapter's ``private_reference``), resolved only inside the DP model. It
    runs inside the trust boundary and notes each reference it was asked for in ``looked_up``."""

    def lookup_patient(reference: str) -> str:
        """Look up a patient's clinical record by its record reference."""
        looked_up.append(reference)
        if reference not in records:
            return "No record has that reference."
        return reference_for(reference)

    return lookup_patient


def check_tool_calls(calls: Sequence[tuple[str, dict[str, Any]]], records: Mapping[str, str]) -> list[str]:
    """The references of the agent's calls ``(tool name, arguments)``; ``AssertionError`` unless every
    call is a schema-valid call of the lookup tool and at least one names a record that exists."""
    if not calls:
        raise AssertionError("the agent made no tool call")
    references = []
    for name, args in calls:
        if name != TOOL_NAME:
            raise AssertionError("the agent called a tool it was not given")
        try:
            references.append(LookupArgs.model_validate(args).reference)
        except ValidationError:
            raise AssertionError(f"a call's arguments do not validate against {TOOL_NAME}'s schema") from None
    if not any(ref in records for ref in references):
        raise AssertionError("no call named a record that exists")
    return references


def check_epsilon_per_patient(epsilon_per_unit: Mapping[str, float], patients: Sequence[str]) -> None:
    """``AssertionError`` unless ε was recorded for each patient whose record was read, and for no one else."""
    if set(epsilon_per_unit) != set(patients):
        raise AssertionError("ε was not recorded per patient: the budget names other units than the records read")
    if not all(epsilon_per_unit[p] > 0 for p in patients):
        raise AssertionError("a patient whose record was read has no ε recorded")


def epsilon_lines(epsilon_per_patient: Mapping[str, float]) -> Iterable[str]:
    """The console lines that print ε per patient (operator view)."""
    yield "ε spent per patient (operator view):"
    yield from (f"  {patient}: ε = {eps:.2f}" for patient, eps in sorted(epsilon_per_patient.items()))
