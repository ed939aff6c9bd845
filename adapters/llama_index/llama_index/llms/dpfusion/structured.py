"""``DPFusionStructuredLLM``: what ``DPFusionLLM.as_structured_llm`` returns.

LlamaIndex's ``StructuredLLM`` opens a span and dispatches its start event (``additional_kwargs``)
on each hook's own arguments before it calls ``structured_predict`` on the wrapped LLM, so a
caller's per-call ``units`` (stable data-subject ids) would reach instrumentation there. This
subclass changes only that: each hook takes ``units`` out first and hands them to the DP-Fusion call
it makes (:func:`~llama_index.llms.dpfusion.calls.hand_units_along`: every method of
:data:`~llama_index.llms.dpfusion.calls.UNIT_METHODS` it inherits, the list ``DPFusionLLM`` uses
too). Like ``DPFusionLLM``, it cannot be
pickled (LlamaIndex's default would drop the unpicklable LLM from the live object, with a warning).
Everything else is LlamaIndex's.
"""

from __future__ import annotations

from llama_index.core.llms.structured_llm import StructuredLLM

from llama_index.callbacks.dpfusion.sealed import refuse_pickling
from llama_index.llms.dpfusion.calls import hand_units_along

__all__ = ["DPFusionStructuredLLM"]


@hand_units_along(StructuredLLM)
class DPFusionStructuredLLM(StructuredLLM):
    """A ``StructuredLLM`` whose hooks keep per-call ``units`` out of LlamaIndex's instrumentation."""

    def __getstate__(self) -> dict[str, object]:
        refuse_pickling(self)
