"""LangChain's standard test suites (langchain-tests, pinned in pyproject) for ChatDPFusion.

The integration suite runs on the embedded SmolLM2-135M-Instruct. Tests that need a model able to
follow a JSON schema or choose tools (a 135M model under a DP constraint cannot do that reliably)
are marked xfail with the reason written next to them (they still run); the tool-calling plumbing itself is covered by
``test_chat_model.py`` with deterministic outputs.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_tests.integration_tests import ChatModelIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests

from langchain_dpfusion import ChatDPFusion

SMALL_MODEL = "a 135M model does not follow tool/JSON schemas reliably; plumbing is tested in test_chat_model.py"


class TestChatDPFusionUnit(ChatModelUnitTests):
    @property
    def chat_model_class(self) -> type[ChatDPFusion]:
        return ChatDPFusion

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"epsilon": 8.0}

    @property
    def init_from_env_params(self) -> tuple[dict, dict, dict]:
        return {}, {}, {}


@pytest.mark.e2e
class TestChatDPFusionIntegration(ChatModelIntegrationTests):
    @property
    def chat_model_class(self) -> type[ChatDPFusion]:
        return ChatDPFusion

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"epsilon": 8.0, "max_tokens": 24, "seed": 0}

    @property
    def returns_usage_metadata(self) -> bool:
        return True

    @property
    def has_tool_choice(self) -> bool:
        return False

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_tool_calling(self, model: Any) -> None:
        super().test_tool_calling(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    async def test_tool_calling_async(self, model: Any) -> None:
        await super().test_tool_calling_async(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_tool_calling_with_no_arguments(self, model: Any) -> None:
        super().test_tool_calling_with_no_arguments(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_bind_runnables_as_tools(self, model: Any) -> None:
        super().test_bind_runnables_as_tools(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_structured_output(self, model: Any, schema_type: Any) -> None:
        super().test_structured_output(model, schema_type)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    async def test_structured_output_async(self, model: Any, schema_type: Any) -> None:
        await super().test_structured_output_async(model, schema_type)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_structured_output_pydantic_2_v1(self, model: Any) -> None:
        super().test_structured_output_pydantic_2_v1(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_structured_output_optional_param(self, model: Any) -> None:
        super().test_structured_output_optional_param(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_structured_few_shot_examples(self, model: Any, my_adder_tool: Any) -> None:
        super().test_structured_few_shot_examples(model, my_adder_tool)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_agent_loop(self, model: Any) -> None:
        super().test_agent_loop(model)

    @pytest.mark.xfail(reason=SMALL_MODEL)
    def test_unicode_tool_call_integration(self, model: Any, **kwargs: Any) -> None:
        super().test_unicode_tool_call_integration(model, **kwargs)
