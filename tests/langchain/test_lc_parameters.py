"""Parameter names of the LangChain adapter: unknown constructor and call arguments are refused, never
ignored; LangChain's ``max_tokens`` and the core's ``max_new_tokens`` are one setting (names that
disagree are an error); what langchain-core passes itself keeps working; errors never quote a
private value given alongside."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import BaseModel, ValidationError

from dpfusion_integrations.errors import InvalidParameterError
from langchain_dpfusion import ChatDPFusion, DPFusionRetriever, PrivacyBudgetCallbackHandler, get_privacy_budget_callback
from langchain_dpfusion._parameters import CHAT_CALL_OPTIONS

from lc_helpers import ListRetriever

PROMPT = 'Summarize: <private group="PERSON">Ann Lee</private> has asthma.'
SECRET_UNIT = "patient-5521-secret"
SECRET_TEXT = "Zora Vantablack 555-0199"
FIXED = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


class Answer(BaseModel):
    """An answer."""

    text: str


def _report(message) -> dict:
    return message.response_metadata["dpfusion"]


@pytest.fixture
def core_calls(tiny_dp, monkeypatch):
    """Keyword arguments of every ``generate`` / ``generate_many`` call on the engine (the call runs)."""
    seen: list[dict] = []
    for name in ("generate", "generate_many"):
        real = getattr(tiny_dp, name)

        def spy(conversations, _real=real, **kwargs):
            seen.append(kwargs)
            return _real(conversations, **kwargs)

        monkeypatch.setattr(tiny_dp, name, spy)
    return seen


def _accepted_names(cls: type[BaseModel], aliases: tuple[str, ...]) -> set[str]:
    fields = cls.model_fields
    return {*fields, *(f.alias for f in fields.values() if f.alias), *aliases}


def _field_defaults(cls: type[BaseModel]) -> dict[str, object]:
    return {name: field.get_default(call_default_factory=True) for name, field in cls.model_fields.items()
            if not field.is_required()}


# ----------------------------------------------------------------------------- constructors
@FIXED
@given(name=st.from_regex(r"[a-z][a-z_]{1,20}", fullmatch=True))
def test_when_a_constructor_gets_an_unknown_name_then_it_fails_without_quoting_values(tiny_dp, name):
    builds = ((ChatDPFusion, {"engine": tiny_dp, "units": [SECRET_UNIT]}, ("max_new_tokens",)),
              (DPFusionRetriever, {"engine": tiny_dp, "retriever": ListRetriever(docs=[]),
                                   "unit_metadata_key": SECRET_UNIT}, ("max_tokens",)))
    for cls, known, aliases in builds:
        if name in _accepted_names(cls, aliases):
            continue
        with pytest.raises(ValidationError) as info:
            cls(**known, **{name: SECRET_TEXT})
        assert name in str(info.value) and "extra_forbidden" in str(info.value)
        assert SECRET_TEXT not in str(info.value) and SECRET_UNIT not in str(info.value)


@pytest.mark.parametrize("cls", [ChatDPFusion, DPFusionRetriever])
def test_when_every_declared_field_is_given_its_default_then_construction_succeeds(tiny_dp, cls):
    """The refusal above is of unknown names only: each declared field (at a valid value) is accepted,
    and its misspelling is not."""
    base = {"retriever": ListRetriever(docs=[])} if cls is DPFusionRetriever else {}
    for name, default in _field_defaults(cls).items():
        if name == "engine":
            continue
        cls(**base, engine=tiny_dp, **{name: default})
        with pytest.raises(ValidationError, match=f"{name}x"):
            cls(**base, engine=tiny_dp, **{f"{name}x": default})


def test_when_the_issue_examples_are_built_then_the_alias_is_kept_and_the_bogus_name_refused(tiny_dp, core_calls):
    llm = ChatDPFusion(engine=tiny_dp, max_new_tokens=3, seed=1)
    assert llm.max_tokens == 3
    assert _report(llm.invoke(PROMPT))["max_new_tokens"] == 3 and core_calls[-1]["max_new_tokens"] == 3
    with pytest.raises(ValidationError, match="bogus_kw"):
        ChatDPFusion(bogus_kw=1)


@FIXED
@given(first=st.integers(1, 10**6), second=st.integers(1, 10**6))
def test_when_both_budget_names_are_given_then_they_must_agree(tiny_dp, first, second):
    retriever = ListRetriever(docs=[])
    builds = (lambda: ChatDPFusion(engine=tiny_dp, max_tokens=first, max_new_tokens=second),
              lambda: DPFusionRetriever(retriever=retriever, engine=tiny_dp, max_tokens=first, max_new_tokens=second))
    for build in builds:
        if first == second:
            built = build()
            assert getattr(built, "max_tokens", None) == first or getattr(built, "max_new_tokens", None) == first
        else:
            with pytest.raises(InvalidParameterError, match="max_(new_)?tokens and max_(new_)?tokens name the same setting and disagree"):
                build()


def test_when_validated_from_a_dict_then_aliases_apply_and_conflicts_fail():
    assert ChatDPFusion.model_validate({"max_new_tokens": 5}).max_tokens == 5
    with pytest.raises(ValidationError, match="disagree"):
        ChatDPFusion.model_validate({"max_new_tokens": 5, "max_tokens": 6})


def test_when_the_retriever_gets_the_langchain_name_then_the_core_is_charged_for_it(
        list_retriever, tiny_dp, privatize_many_calls):
    retriever = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_tokens=3, seed=0, cache=False)
    docs = retriever.invoke("asthma")
    assert privatize_many_calls[-1]["max_new_tokens"] == 3
    assert {d.metadata["dpfusion"]["report"]["max_new_tokens"] for d in docs} == {3}
    assert DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, model_name="m").model_name == "m"


def test_when_callback_handlers_get_an_unknown_argument_then_they_fail():
    with pytest.raises(TypeError, match="bogus"):
        PrivacyBudgetCallbackHandler(bogus=1)
    with pytest.raises(TypeError, match="bogus"), get_privacy_budget_callback(bogus=1):
        pass


# ----------------------------------------------------------------------------- per call
@pytest.fixture
def llm(tiny_dp):
    return ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=5, seed=2)


@pytest.mark.parametrize("option", [{"bogus": 1}, {"top_p": 0.9}, {"relation": "substitution"}, {"alpha": 4.0},
                                    {"model": "other"}, {"max_tokens": 3, "max_new_tokens": 4}])
def test_when_a_call_option_is_unknown_or_a_setting_then_every_path_fails_before_decoding(llm, core_calls, option):
    calls = (lambda: llm.invoke(PROMPT, **option), lambda: list(llm.stream(PROMPT, **option)),
             lambda: llm.batch([PROMPT, PROMPT], **option))
    for call in calls:
        with pytest.raises(InvalidParameterError):
            call()
    assert core_calls == []


async def test_when_an_async_call_gets_an_unknown_option_then_it_fails_before_decoding(llm, core_calls):
    with pytest.raises(InvalidParameterError, match="bogus"):
        await llm.ainvoke(PROMPT, bogus=1)
    with pytest.raises(InvalidParameterError, match="bogus"):
        async for _ in llm.astream(PROMPT, bogus=1):
            pass
    assert core_calls == []


def test_when_an_unknown_option_is_bound_then_bind_fails_at_once(llm):
    with pytest.raises(InvalidParameterError, match="bogus"):
        llm.bind(bogus=1)
    with pytest.raises(InvalidParameterError, match="bogus"):
        llm.bind_tools([Answer], bogus=1)
    with pytest.raises(InvalidParameterError, match="top_k"):
        llm.bind(top_k=5)


@pytest.mark.parametrize("name", ["max_tokens", "max_new_tokens"])
def test_when_the_budget_is_given_per_call_under_either_name_then_the_call_is_charged_for_it(llm, core_calls, name):
    assert _report(llm.invoke(PROMPT, **{name: 2}))["max_new_tokens"] == 2
    assert _report(llm.bind(**{name: 3}).invoke(PROMPT))["max_new_tokens"] == 3
    assert [c["max_new_tokens"] for c in core_calls] == [2, 3]
    assert llm._get_ls_params(**{name: 2})["ls_max_tokens"] == 2


def test_when_the_batch_gets_the_core_name_then_every_input_is_charged_for_it(llm, core_calls):
    out = llm.batch([PROMPT, PROMPT], max_new_tokens=2)
    assert [_report(m)["max_new_tokens"] for m in out] == [2, 2] and core_calls[-1]["max_new_tokens"] == 2


def test_when_a_temperature_is_given_per_call_then_the_call_samples_at_it(llm, tiny_dp):
    assert llm._engine_for_call({"temperature": 0.3}).temperature == 0.3
    assert llm._engine_for_call({"temperature": 0}).temperature == pytest.approx(0.05)
    assert llm._engine_for_call({}) is tiny_dp
    for bad in (-1.0, float("nan"), "0.3", True):
        with pytest.raises(InvalidParameterError, match="temperature"):
            llm.invoke(PROMPT, temperature=bad)


def test_when_langchain_passes_its_own_options_then_they_are_accepted(llm, core_calls):
    """``with_structured_output`` binds tools, ``tool_choice`` and a tracing tag (kept by ``batch``);
    ``stream=True`` is langchain-core's streaming switch; ``parallel_tool_calls`` is a common bind."""
    assert "raw" in llm.with_structured_output(Answer, include_raw=True).invoke(PROMPT)
    # 5 sampled tokens cannot finish `text`: the completion rule closes it, so both answers parse
    answers = llm.with_structured_output(Answer).batch([PROMPT, PROMPT])  # ChatDPFusion.batch gets the tag
    assert all(isinstance(a, Answer) for a in answers)
    assert _report(llm.invoke(PROMPT, stream=True))["max_new_tokens"] == 5
    assert len(llm.bind_tools([Answer], parallel_tool_calls=False).invoke(PROMPT).tool_calls) <= 1
    assert len(core_calls) == 4
    assert set(CHAT_CALL_OPTIONS) >= {"tools", "tool_choice", "epsilon", "delta", "seed", "units", "temperature"}


def test_when_a_call_is_refused_then_the_error_quotes_no_private_value(llm):
    secret_prompt = f'Note: <private group="PERSON">{SECRET_TEXT}</private>.'
    for option in ({"bogus": SECRET_TEXT}, {"max_tokens": 3, "max_new_tokens": 4}, {"relation": SECRET_TEXT}):
        with pytest.raises(InvalidParameterError) as info:
            llm.invoke(secret_prompt, units=[SECRET_UNIT], **option)
        assert SECRET_TEXT not in str(info.value) and SECRET_UNIT not in str(info.value)


# ----------------------------------------------------------------------------- retriever per call
class PlainRetriever(BaseRetriever):
    """An inner retriever that takes no keyword arguments."""

    def _get_relevant_documents(self, query, *, run_manager):
        return [Document(page_content="Patient <private>Ann Lee</private> has asthma.")]


def test_when_the_retriever_gets_its_own_setting_per_call_then_it_is_refused_not_passed_on(
        list_retriever, tiny_dp, privatize_many_calls):
    retriever = DPFusionRetriever(retriever=list_retriever, engine=tiny_dp, max_new_tokens=3, seed=0)
    for option in ({"epsilon": 1.0}, {"max_tokens": 2}, {"max_new_tokens": 2}, {"units": [SECRET_UNIT]},
                   {"relation": "substitution"}, {"alpha": 2.0}, {"k": 0}, {"k": "2"}):
        with pytest.raises(InvalidParameterError) as info:
            retriever.invoke("asthma", **option)
        assert SECRET_UNIT not in str(info.value)
    assert privatize_many_calls == []


def test_when_the_retriever_gets_other_keywords_then_only_an_inner_retriever_that_takes_them_gets_them(
        tiny_dp, privatize_many_calls):
    seen: list[dict] = []

    class Recording(ListRetriever):
        def _get_relevant_documents(self, query, *, run_manager, **kwargs):
            seen.append(kwargs)
            return super()._get_relevant_documents(query, run_manager=run_manager, **kwargs)

    docs = [Document(page_content="Patient <private>Ann Lee</private> has asthma.")]
    taking = DPFusionRetriever(retriever=Recording(docs=docs), engine=tiny_dp, max_new_tokens=2, seed=0)
    assert len(taking.invoke("asthma", search_filter={"ward": 3}, k=1)) == 1
    assert seen == [{"search_filter": {"ward": 3}}]
    plain = DPFusionRetriever(retriever=PlainRetriever(), engine=tiny_dp, max_new_tokens=2, seed=0)
    with pytest.raises(InvalidParameterError, match="search_filter"):
        plain.invoke("asthma", search_filter={"ward": 3})
    assert len(plain.invoke("asthma", k=1, verbose=True)) == 1  # k is ours, verbose LangChain's
    assert len(privatize_many_calls) == 2
