"""Per-call options of DPFusionLLM: whatever changes what a call costs is honoured and checked, never
dropped. An empty unit list is an error (it must never mean "charge nobody" nor quietly "the
default units"); options that would change the guarantee but are settings are refused per call;
errors name the option, never a unit id. Unknown options are refused too (see test_li_parameters.py)."""

from __future__ import annotations

import math

import pytest
from llama_index.core.base.llms.types import ChatMessage, MessageRole

from dpfusion_integrations.errors import InvalidParameterError
from li_helpers import CANARY_NAME
from llama_index.callbacks.dpfusion import DPFUSION_KEY
from llama_index.llms.dpfusion import DPFusionLLM

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'
SECRET_UNIT = "patient-483920"


@pytest.fixture
def calls(tiny_dp, monkeypatch):
    """The keyword arguments of every engine call."""
    seen: list[dict] = []
    original = tiny_dp.generate

    def spy(messages, **kwargs):
        seen.append(kwargs)
        return original(messages, **kwargs)

    monkeypatch.setattr(tiny_dp, "generate", spy)
    return seen


@pytest.fixture
def llm(tiny_dp):
    return DPFusionLLM(engine=tiny_dp, epsilon=4.0, max_new_tokens=6, seed=3)


def report(response) -> dict:
    return response.additional_kwargs[DPFUSION_KEY]["report"]


@pytest.mark.parametrize("units", [[], (), [SECRET_UNIT, ""], SECRET_UNIT, [SECRET_UNIT, 7]])
def test_when_units_are_empty_or_malformed_then_construction_fails_without_naming_them(tiny_dp, units):
    with pytest.raises(InvalidParameterError) as info:
        DPFusionLLM(engine=tiny_dp, units=units)
    assert SECRET_UNIT not in str(info.value)


@pytest.mark.parametrize("units", [[], (), SECRET_UNIT, [""]])
def test_when_a_call_gives_empty_or_malformed_units_then_it_fails_before_decoding(llm, calls, units):
    message = ChatMessage(role=MessageRole.USER, content=PROMPT)
    for call in (lambda: llm.complete(PROMPT, units=units), lambda: llm.chat([message], units=units),
                 lambda: llm.stream_complete(PROMPT, units=units), lambda: llm.stream_chat([message], units=units)):
        with pytest.raises(InvalidParameterError) as info:
            call()
        assert SECRET_UNIT not in str(info.value)
    assert calls == []


async def test_when_an_async_call_gives_empty_units_then_it_fails_before_decoding(llm, calls):
    with pytest.raises(InvalidParameterError):
        await llm.acomplete(PROMPT, units=[])
    with pytest.raises(InvalidParameterError):
        await llm.astream_complete(PROMPT, units=[])
    assert calls == []


def test_when_units_are_set_on_the_llm_then_every_call_charges_them(tiny_dp, calls):
    llm = DPFusionLLM(engine=tiny_dp, units=[SECRET_UNIT], max_new_tokens=3, seed=1)
    response = llm.complete(PROMPT)
    assert calls[-1]["units"] == [SECRET_UNIT] and len(report(response)["units"]) == 1
    llm.complete(PROMPT, units=["other-unit"])
    assert calls[-1]["units"] == ["other-unit"]


def test_when_cost_options_are_overridden_then_the_call_is_charged_for_them(llm, calls):
    assert report(llm.complete(PROMPT, max_tokens=3))["max_new_tokens"] == 3
    assert report(llm.complete(PROMPT, max_new_tokens=4, max_tokens=4))["max_new_tokens"] == 4
    overridden = report(llm.complete(PROMPT, epsilon=1.5, delta=1e-6, seed=8))
    assert overridden["epsilon"] <= 1.5 and overridden["delta"] == 1e-6 and overridden["seeded"]
    assert calls[-1]["epsilon"] == 1.5 and calls[-1]["seed"] == 8


@pytest.mark.parametrize("option", [
    {"epsilon": -1.0}, {"epsilon": math.nan}, {"epsilon": math.inf}, {"epsilon": "8"}, {"epsilon": True},
    {"delta": 0.0}, {"delta": 1.5}, {"delta": None},
    {"max_new_tokens": 0}, {"max_tokens": 2.5}, {"max_tokens": None}, {"max_new_tokens": True},
    {"max_new_tokens": 3, "max_tokens": 5},
    {"seed": True}, {"seed": "7"},
])
def test_when_a_cost_option_is_invalid_then_the_call_fails_before_decoding(llm, calls, option):
    with pytest.raises(InvalidParameterError):
        llm.complete(PROMPT, **option)
    assert calls == []


@pytest.mark.parametrize("option", ["relation", "group_policy", "alpha", "cap", "ledger", "allow_no_spans",
                                    "markup", "spans"])
def test_when_a_setting_that_changes_the_guarantee_is_passed_per_call_then_it_is_refused(llm, calls, option):
    with pytest.raises(InvalidParameterError, match=option):
        llm.complete(PROMPT, **{option: "substitution"})
    assert calls == []


def test_when_an_unknown_or_unsupported_option_is_passed_then_it_is_refused_before_decoding(llm, calls):
    for option in ({"top_p": 0.9}, {"bogus": 1}, {"temperature": 0.3, "top_p": 0.9}):
        with pytest.raises(InvalidParameterError, match="top_p|bogus"):
            llm.complete(PROMPT, **option)
    assert calls == []
