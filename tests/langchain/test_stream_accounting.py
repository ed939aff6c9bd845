"""A stream whose tokens reached the caller is always counted: when the consumer stops iterating,
closes the stream or is cancelled (the decode then stops and the ledger refunds the unused tail),
and when decoding fails after tokens were released (the full reservation stays charged). Never
counted twice."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

import pytest

from dpfusion_integrations import PrivacyLedger
from langchain_dpfusion import ChatDPFusion, get_privacy_budget_callback

PROMPT = 'Summarize: <private group="PERSON">Ann Lee</private> has asthma and a cough.'
UNIT, KEY, MAX = "patient-1", b"k" * 32, 40


@pytest.fixture
def ledger(tmp_path):
    ledger = PrivacyLedger.open(f"sqlite:///{tmp_path / 'stream.db'}", alpha=4.0, create=True)
    yield ledger
    ledger.close()


@pytest.fixture
def llm(tiny_dp):
    return ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=MAX, seed=0, units=[UNIT])


@pytest.fixture
def failing_decode(tiny_dp, monkeypatch):
    """The decoder fails after releasing two tokens (a device error, say)."""
    original = tiny_dp._decoder.decode

    def decode(requests, sampler, *, debug=False, on_token=None):
        seen: list[int] = []

        def step(r: int, token: int) -> bool:
            if len(seen) == 2:
                raise RuntimeError("device lost")
            seen.append(token)
            return on_token(r, token)

        return original(requests, sampler, debug=debug, on_token=step)

    monkeypatch.setattr(tiny_dp._decoder, "decode", decode)


@pytest.fixture
def paced(tiny_dp, monkeypatch):
    """Tokens come at a model's pace (the tiny model could finish before the consumer leaves)."""
    original = tiny_dp._decoder.decode

    def decode(requests, sampler, *, debug=False, on_token=None):
        def step(r: int, token: int) -> bool:
            time.sleep(0.01)
            return on_token(r, token)

        return original(requests, sampler, debug=debug, on_token=step)

    monkeypatch.setattr(tiny_dp._decoder, "decode", decode)


def _wait(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert condition()


async def _await(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert condition()


def _tokens_charged(cb) -> list[int]:
    return [event.tokens for event in cb.tracker._by_unit[UNIT]]


def _assert_matches_ledger(cb, ledger) -> None:
    assert ledger.outstanding() == []
    assert cb.epsilon(UNIT) == pytest.approx(ledger.spent(UNIT, 1e-5), rel=1e-3)


def test_when_the_consumer_stops_iterating_then_the_decode_stops_and_the_spend_is_recorded(llm, ledger, paced):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        for chunk in llm.stream(PROMPT):
            if chunk.content:
                break
        _wait(lambda: cb.summary().calls == 1)
    assert len(_tokens_charged(cb)) == 1 and _tokens_charged(cb)[0] < MAX  # the unused tail was refunded
    _assert_matches_ledger(cb, ledger)


def test_when_the_stream_is_closed_then_the_spend_is_recorded(llm, ledger, paced):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        stream = llm.stream(PROMPT)
        next(stream)
        stream.close()
        _wait(lambda: cb.summary().calls == 1)
    assert _tokens_charged(cb)[0] < MAX
    _assert_matches_ledger(cb, ledger)


def test_when_the_stream_ends_normally_or_stops_at_its_last_chunk_then_it_is_counted_once(llm, ledger):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        chunks = list(llm.stream(PROMPT))
        for chunk in llm.stream(PROMPT):
            if chunk.response_metadata.get("dpfusion"):
                break  # the final report arrived, but on_llm_end never fires
        _wait(lambda: cb.summary().calls >= 2)
        time.sleep(0.2)
    assert cb.summary().calls == 2 and chunks[-1].response_metadata.get("dpfusion")
    _assert_matches_ledger(cb, ledger)


def test_when_decoding_fails_after_tokens_were_released_then_the_full_charge_is_recorded(llm, ledger,
                                                                                           failing_decode):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        with pytest.raises(RuntimeError, match="device lost"):
            for _ in llm.stream(PROMPT):
                pass
        _wait(lambda: cb.summary().calls == 1)
    assert _tokens_charged(cb) == [MAX]  # refund_unused=False: the ledger keeps the whole reservation
    _assert_matches_ledger(cb, ledger)


async def test_when_an_async_consumer_breaks_off_then_the_spend_is_recorded(llm, ledger, paced):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        async for chunk in llm.astream(PROMPT):
            if chunk.content:
                break
        await _await(lambda: cb.summary().calls == 1)
    assert _tokens_charged(cb)[0] < MAX
    _assert_matches_ledger(cb, ledger)


async def test_when_an_async_consumer_is_cancelled_then_the_spend_is_recorded(llm, ledger, paced):
    started = asyncio.Event()

    async def consume() -> None:
        async for _chunk in llm.astream(PROMPT):
            started.set()
            await asyncio.sleep(3600)

    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        task = asyncio.create_task(consume())
        await started.wait()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await _await(lambda: cb.summary().calls == 1)
    assert _tokens_charged(cb)[0] < MAX
    _assert_matches_ledger(cb, ledger)


async def test_when_async_decoding_fails_after_release_then_the_full_charge_is_recorded(llm, ledger,
                                                                                         failing_decode):
    with get_privacy_budget_callback(ledger=ledger, operator_view=True, unit_key=KEY) as cb:
        with pytest.raises(RuntimeError, match="device lost"):
            async for _ in llm.astream(PROMPT):
                pass
        await _await(lambda: cb.summary().calls == 1)
    assert _tokens_charged(cb) == [MAX]
    _assert_matches_ledger(cb, ledger)
