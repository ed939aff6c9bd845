"""Parameter names of the LlamaIndex adapter: unknown constructor arguments and call options are
refused, never ignored; the token budget is one setting under LlamaIndex's names (``max_new_tokens``,
``num_output``, ``max_tokens``; names that disagree are an error); what LlamaIndex passes itself
(tool options, ``extra_headers``) keeps working; errors never quote a private value given alongside."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.prompts import PromptTemplate
from llama_index.core.schema import NodeWithScore, TextNode
from pydantic import BaseModel, ValidationError

from dpfusion_integrations.errors import InvalidParameterError
from li_helpers import CANARY_NAME
from llama_index.callbacks.dpfusion import (
    DPFUSION_KEY,
    DPFusionCallbackHandler,
    DPFusionEventHandler,
    DPFusionSpanTracker,
    PrivacySpendEvent,
)
from llama_index.llms.dpfusion import DPFusionLLM
from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
from llama_index.retrievers.dpfusion import DPFusionRetriever

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'
SECRET_UNIT = "patient-5521-secret"
SECRET_TEXT = "Zora Vantablack 555-0199"
BUDGET_NAMES = ("max_new_tokens", "num_output", "max_tokens")
FIXED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class Answer(BaseModel):
    """An answer."""

    text: str


class NoRetriever(BaseRetriever):
    def _retrieve(self, query_bundle):
        return []


def _report(response) -> dict:
    return response.additional_kwargs[DPFUSION_KEY]["report"]


@pytest.fixture
def core_calls(tiny_dp, monkeypatch):
    """Keyword arguments of every ``generate`` call on the engine (the call still runs)."""
    seen: list[dict] = []
    real = tiny_dp.generate

    def spy(messages, **kwargs):
        seen.append(kwargs)
        return real(messages, **kwargs)

    monkeypatch.setattr(tiny_dp, "generate", spy)
    return seen


@pytest.fixture
def llm(tiny_dp):
    return DPFusionLLM(engine=tiny_dp, epsilon=4.0, max_new_tokens=5, seed=2)


def _accepted(cls: type[BaseModel]) -> set[str]:
    return {*cls.model_fields, "model", "num_output", "max_tokens", "engine", "ledger", "resolver", "units",
            "unit_key"}


# ----------------------------------------------------------------------------- constructors
@FIXED
@given(name=st.from_regex(r"[a-z][a-z_]{1,20}", fullmatch=True))
def test_when_a_constructor_gets_an_unknown_name_then_it_fails_without_quoting_values(tiny_dp, name):
    builds = ((DPFusionLLM, {"engine": tiny_dp, "units": [SECRET_UNIT]}),
              (DPFusionPostprocessor, {"engine": tiny_dp, "unit_metadata_key": SECRET_UNIT}),
              (DPFusionEventHandler, {"operator_view": False}))
    for cls, known in builds:
        if name in _accepted(cls):
            continue
        with pytest.raises(ValidationError) as info:
            cls(**known, **{name: SECRET_TEXT})
        assert name in str(info.value) and "extra_forbidden" in str(info.value)
        assert SECRET_TEXT not in str(info.value) and SECRET_UNIT not in str(info.value)


@pytest.mark.parametrize("cls", [DPFusionLLM, DPFusionPostprocessor, DPFusionEventHandler])
def test_when_every_declared_field_is_given_its_default_then_construction_succeeds(tiny_dp, cls):
    """The refusal above is of unknown names only: each declared field (at a valid value) is accepted,
    and its misspelling is not."""
    extra = {} if cls is DPFusionEventHandler else {"engine": tiny_dp}
    for name, field in cls.model_fields.items():
        if field.is_required():
            continue
        default = field.get_default(call_default_factory=True)
        cls(**extra, **{name: default})
        with pytest.raises(ValidationError, match=f"{name}x"):
            cls(**extra, **{f"{name}x": default})


def test_when_plain_components_get_an_unknown_argument_then_they_fail():
    with pytest.raises(TypeError, match="bogus"):
        DPFusionRetriever(NoRetriever(), bogus=1)
    with pytest.raises(TypeError, match="epsilon"):  # settings belong to its privatizer
        DPFusionRetriever(NoRetriever(), epsilon=1.0)
    with pytest.raises(TypeError, match="bogus"):
        DPFusionCallbackHandler(bogus=1)
    with pytest.raises(TypeError, match="bogus"):
        DPFusionSpanTracker(bogus=1)


def test_when_a_spend_event_gets_an_unknown_field_then_it_fails_without_quoting_it():
    fields = {"source": "llm", "spend_id": "s1", "epsilon": 1.0, "delta": 1e-5, "tokens_emitted": 2, "report": {}}
    assert PrivacySpendEvent(**fields).epsilon == 1.0
    with pytest.raises(ValidationError, match="text") as info:
        PrivacySpendEvent(**fields, text=SECRET_TEXT)
    assert SECRET_TEXT not in str(info.value)


@pytest.mark.parametrize("name", BUDGET_NAMES)
def test_when_the_llm_gets_any_budget_name_then_calls_are_charged_for_it(tiny_dp, core_calls, name):
    llm = DPFusionLLM(engine=tiny_dp, seed=1, **{name: 3})
    assert llm.max_new_tokens == 3 and llm.metadata.num_output == 3
    assert _report(llm.complete(PROMPT))["max_new_tokens"] == 3 and core_calls[-1]["max_new_tokens"] == 3


@pytest.mark.parametrize("name", BUDGET_NAMES)
def test_when_the_postprocessor_gets_any_budget_name_then_nodes_are_charged_for_it(tiny_dp, privatize_many_calls,
                                                                                   name):
    post = DPFusionPostprocessor(engine=tiny_dp, seed=0, **{name: 3})
    [node] = post.postprocess_nodes([NodeWithScore(node=TextNode(text=PROMPT))])
    assert privatize_many_calls[-1]["max_new_tokens"] == 3
    assert node.node.metadata[DPFUSION_KEY]["report"]["max_new_tokens"] == 3


@FIXED
@given(values=st.lists(st.integers(1, 10**6), min_size=2, max_size=3), names=st.permutations(BUDGET_NAMES))
def test_when_several_budget_names_are_given_then_they_must_agree(tiny_dp, values, names):
    given_ = dict(zip(names, values, strict=False))
    for cls in (DPFusionLLM, DPFusionPostprocessor):
        if len(set(values)) == 1:
            assert cls(engine=tiny_dp, **given_).max_new_tokens == values[0]
        else:
            with pytest.raises(InvalidParameterError, match="name the same setting and disagree"):
                cls(engine=tiny_dp, **given_)


def test_when_validated_from_a_dict_or_given_model_then_aliases_apply():
    assert DPFusionLLM.model_validate({"num_output": 7}).max_new_tokens == 7
    assert DPFusionLLM(model="some/local-dir").model_name == "some/local-dir"
    with pytest.raises(ValidationError, match="disagree"):
        DPFusionLLM.model_validate({"num_output": 7, "max_tokens": 8})


# ----------------------------------------------------------------------------- per call
@pytest.mark.parametrize("option", [{"bogus": 1}, {"top_p": 0.9}, {"relation": "substitution"}, {"alpha": 4.0},
                                    {"context_window": 512}, {"max_tokens": 3, "num_output": 4},
                                    {"temperature": 0}])
def test_when_a_call_option_is_unknown_or_a_setting_then_every_hook_fails_before_decoding(llm, core_calls, option):
    message = ChatMessage(role=MessageRole.USER, content=PROMPT)
    hooks = (lambda: llm.complete(PROMPT, **option), lambda: llm.chat([message], **option),
             lambda: list(llm.stream_complete(PROMPT, **option)), lambda: list(llm.stream_chat([message], **option)))
    for hook in hooks:
        with pytest.raises(InvalidParameterError):
            hook()
    assert core_calls == []


async def test_when_an_async_call_gets_an_unknown_option_then_it_fails_before_decoding(llm, core_calls):
    message = ChatMessage(role=MessageRole.USER, content=PROMPT)
    with pytest.raises(InvalidParameterError, match="bogus"):
        await llm.achat([message], bogus=1)
    with pytest.raises(InvalidParameterError, match="bogus"):
        async for _ in await llm.astream_complete(PROMPT, bogus=1):
            pass
    assert core_calls == []


@pytest.mark.parametrize("name", BUDGET_NAMES)
def test_when_the_budget_is_given_per_call_under_any_name_then_the_call_is_charged_for_it(llm, core_calls, name):
    assert _report(llm.complete(PROMPT, **{name: 2}))["max_new_tokens"] == 2
    *_, last = llm.stream_chat([ChatMessage(role=MessageRole.USER, content=PROMPT)], **{name: 3})
    assert _report(last)["max_new_tokens"] == 3
    assert [c["max_new_tokens"] for c in core_calls] == [2, 3]


def test_when_a_temperature_is_given_per_call_then_the_call_samples_at_it(llm, tiny_dp, core_calls, monkeypatch):
    views: list[float] = []
    real = tiny_dp.with_temperature

    def spy(temperature):
        views.append(temperature)
        return real(temperature)

    monkeypatch.setattr(tiny_dp, "with_temperature", spy)
    llm.complete(PROMPT, temperature=0.3)
    llm.complete(PROMPT, temperature=0.3)
    llm.complete(PROMPT)
    assert views == [0.3] and len(core_calls) == 3  # one view, cached; none without an override


async def test_when_llama_index_passes_its_own_options_then_they_are_accepted(llm, core_calls):
    """``predict``, ``structured_predict`` (a function-calling program: tools, ``tool_choice``,
    ``tool_required``...), ``predict_and_call`` and the call ``DocumentContextExtractor`` makes
    (``max_tokens`` and ``extra_headers``) all reach the engine."""
    assert isinstance(llm.predict(PromptTemplate("Summarize: {text}"), text=PROMPT), str)
    assert isinstance(llm.structured_predict(Answer, PromptTemplate("Answer: {q}"), q=PROMPT), Answer)
    response = await llm.achat([ChatMessage(role=MessageRole.USER, content=PROMPT)], max_tokens=4,
                               extra_headers={"anthropic-beta": "prompt-caching-2024-07-31"})
    assert _report(response)["max_new_tokens"] == 4
    assert len(core_calls) == 3


def test_when_a_call_is_refused_then_the_error_quotes_no_private_value(llm):
    secret_prompt = f'Note: <private group="PERSON">{SECRET_TEXT}</private>.'
    for option in ({"bogus": SECRET_TEXT}, {"max_tokens": 3, "num_output": 4}, {"relation": SECRET_TEXT},
                   {"top_k": SECRET_TEXT}):
        with pytest.raises(InvalidParameterError) as info:
            llm.complete(secret_prompt, units=[SECRET_UNIT], **option)
        assert SECRET_TEXT not in str(info.value) and SECRET_UNIT not in str(info.value)
