"""LangChain's standard test suites (langchain-tests, pinned in pyproject) for ChatDPFusion.

The integration suite runs on the embedded SmolLM2-135M-Instruct. Tool calls and structured output
are decoded under a grammar, so every call and every JSON answer is schema-valid (tested on every
tool_choice and method in ``test_lc_tools.py``); the tests still marked xfail fail on what the
135M model chooses inside that grammar, each for the reason written next to it.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_tests.integration_tests import ChatModelIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests

from langchain_dpfusion import ChatDPFusion

WRONG_VALUE = ("SmolLM2-135M writes a schema-valid call with the wrong value: magic_function(3) becomes "
               "{'input': 1} or {'input': 100}")
PROSE = "with tool_choice='auto' SmolLM2-135M answers the weather question in prose instead of calling the tool"
TAGGED = ("the tagger marks the name '你好啊集团' private (over-tagging), so the DP call holds its placeholder, not "
          "the characters")
# Not run: each takes ~5-10 s of SmolLM2 decoding to fail the same way.
JOKE = pytest.mark.xfail(run=False, reason=(
    "SmolLM2-135M loops inside the free-text 'setup' string ('the cat was a cat, and the cat was a cat, ...'; "
    "repetition control is off under a grammar) and does not close it within the budget, nor within the 64 "
    "public closing tokens (the public context loops the same way; checked 2026-11-29), so the answer is cut: "
    "OutputParserException. Schema validity of structured output is tested in test_lc_tools.py"))


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

    @pytest.mark.xfail(reason=WRONG_VALUE)
    def test_tool_calling(self, model: Any) -> None:
        super().test_tool_calling(model)

    @pytest.mark.xfail(reason=WRONG_VALUE)
    async def test_tool_calling_async(self, model: Any) -> None:
        await super().test_tool_calling_async(model)

    @JOKE
    @pytest.mark.parametrize("schema_type", ["pydantic", "typeddict", "json_schema"])
    def test_structured_output(self, model: Any, schema_type: Any) -> None:
        super().test_structured_output(model, schema_type)

    @JOKE
    @pytest.mark.parametrize("schema_type", ["pydantic", "typeddict", "json_schema"])
    async def test_structured_output_async(self, model: Any, schema_type: Any) -> None:
        await super().test_structured_output_async(model, schema_type)

    @JOKE
    def test_structured_output_pydantic_2_v1(self, model: Any) -> None:
        super().test_structured_output_pydantic_2_v1(model)

    @JOKE
    def test_structured_output_optional_param(self, model: Any) -> None:
        super().test_structured_output_optional_param(model)

    @pytest.mark.xfail(reason=PROSE)
    def test_agent_loop(self, model: Any) -> None:
        super().test_agent_loop(model)

    @pytest.mark.xfail(reason=TAGGED)
    def test_unicode_tool_call_integration(self, model: Any, **kwargs: Any) -> None:
        super().test_unicode_tool_call_integration(model, **kwargs)
