"""One list of the LlamaIndex methods that may carry per-call ``units`` (``calls.UNIT_METHODS``) serves
``DPFusionLLM`` and ``DPFusionStructuredLLM``: every such method either class has is its own untraced
hook or the wrapper that takes ``units`` out before LlamaIndex traces the arguments. (That the
wrappers keep ids out of spans and events is tested end to end in
``tests/redteam/test_tool_paths_boundary.py``.)"""

from __future__ import annotations

import inspect

import pytest
from llama_index.core.instrumentation.dispatcher import DISPATCHER_SPAN_DECORATED_ATTR
from llama_index.core.llms.function_calling import FunctionCallingLLM
from llama_index.core.llms.structured_llm import StructuredLLM

from llama_index.llms.dpfusion import DPFusionLLM
from llama_index.llms.dpfusion.calls import UNIT_METHODS, hand_units_along
from llama_index.llms.dpfusion.structured import DPFusionStructuredLLM

CLASSES = [(DPFusionLLM, FunctionCallingLLM), (DPFusionStructuredLLM, StructuredLLM)]


@pytest.mark.parametrize(("cls", "owner"), CLASSES, ids=["DPFusionLLM", "DPFusionStructuredLLM"])
def test_when_a_listed_method_exists_then_the_class_replaces_it_with_an_untraced_one(cls, owner):
    covered = [name for name, _ in UNIT_METHODS if inspect.getattr_static(owner, name, None) is not None]
    assert covered, "the list names methods the class has"
    for name in covered:
        method = inspect.getattr_static(cls, name)
        wrapped = getattr(method, "__wrapped__", None)
        if wrapped is not None:  # the wrapper around LlamaIndex's method
            assert wrapped is inspect.getattr_static(owner, name), name
        else:  # the class's own hook (DPFusionLLM's, over call_scope)
            assert name in vars(cls) and method is not inspect.getattr_static(owner, name), name
        assert getattr(method, DISPATCHER_SPAN_DECORATED_ATTR, False), name  # no span on the raw arguments


def test_both_classes_cover_the_hooks_and_the_structured_methods_from_the_one_list():
    names = {name for name, _ in UNIT_METHODS}
    assert {"chat", "astream_complete", "chat_with_tools", "predict_and_call", "structured_predict"} <= names
    in_llm_kwargs = {name for name, flag in UNIT_METHODS if flag}
    assert in_llm_kwargs == {n for n in names if n.endswith("structured_predict")}  # units ride in llm_kwargs there


def test_when_a_class_defines_a_listed_method_itself_then_the_decorator_leaves_it():
    class Own(StructuredLLM):
        def chat(self, messages, **kwargs):  # the class's own hook
            raise NotImplementedError

    own = Own.__dict__["chat"]
    decorated = hand_units_along(StructuredLLM)(Own)
    assert decorated is Own and inspect.getattr_static(Own, "chat") is own
    assert inspect.getattr_static(Own, "achat").__wrapped__ is inspect.getattr_static(StructuredLLM, "achat")
