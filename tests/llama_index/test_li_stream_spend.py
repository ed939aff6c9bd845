"""A stream's spend is recorded whenever a token was released: when the consumer reads it to the end,
closes or drops the generator, has its task cancelled, or the decode fails half-way. The spend is
reported once, from the side that ran the decode, attributed to the call's trace; a consumer that
left stops the decode (the ledger refunds the unused tail) and a failed decode is charged in full,
by the ledger and by both handlers alike."""

from __future__ import annotations

import asyncio
import gc
import time

import pytest
from llama_index.core.callbacks import CallbackManager
from llama_index.core.instrumentation import get_dispatcher

from dpfusion_integrations.accounting.tracker import events_from_report
from li_helpers import CANARY_NAME, Recorders
from llama_index.callbacks.dpfusion import DPFUSION_KEY, DPFusionCallbackHandler, DPFusionEventHandler
from llama_index.llms.dpfusion import DPFusionLLM

ledger_module = pytest.importorskip("dpfusion_integrations.ledger")

PROMPT = f'Summarize: <private group="PERSON">{CANARY_NAME}</private> has asthma.'
UNIT = "user-1"
MAX = 40
UNIT_KEY = b"k" * 32  # the tiny engine's
dispatcher = get_dispatcher(__name__)


class Decoder:
    """The engine's decoder made slow (so a consumer can leave mid-decode) and, with ``fail_after``,
    failing after that many released tokens."""

    def __init__(self, engine, monkeypatch) -> None:
        self.fail_after: int | None = None
        original = engine._decoder.decode

        def decode(requests, sampler, *, on_token=None, **kwargs):
            count = [0]

            def step(r, token):
                count[0] += 1
                time.sleep(0.03)
                stop = on_token(r, token) if on_token is not None else False
                if self.fail_after is not None and count[0] >= self.fail_after:
                    raise RuntimeError("decoder failed")
                return stop

            return original(requests, sampler, on_token=step, **kwargs)

        monkeypatch.setattr(engine._decoder, "decode", decode)


@pytest.fixture
def decoder(tiny_dp, monkeypatch):
    return Decoder(tiny_dp, monkeypatch)


@pytest.fixture
def ledger(tmp_path):
    with ledger_module.PrivacyLedger.open(f"sqlite:///{tmp_path / 'budget.db'}", alpha=4.0, create=True) as handle:
        yield handle


@pytest.fixture
def watch():
    """(recorders, the instrumentation handler in the operator view, the legacy handler)."""
    rec = Recorders()
    budget = DPFusionEventHandler(operator_view=True, unit_key=UNIT_KEY).attach()
    legacy = DPFusionCallbackHandler(operator_view=True, unit_key=UNIT_KEY)
    yield rec, budget, legacy
    budget.detach()
    rec.detach()


@pytest.fixture
def llm(tiny_dp, ledger, watch, decoder):
    return DPFusionLLM(engine=tiny_dp, ledger=ledger, units=[UNIT], max_new_tokens=MAX, seed=4,
                       callback_manager=CallbackManager([watch[2]]))


def spends(rec, count: int = 1, timeout: float = 30.0) -> list:
    """The PrivacySpendEvents once ``count`` of them arrived (the producing thread sends them)."""
    deadline = time.monotonic() + timeout
    while len(rec.events.of("PrivacySpendEvent")) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)  # and no more than that
    return rec.events.of("PrivacySpendEvent")


async def aspends(rec, count: int = 1, timeout: float = 30.0) -> list:
    return await asyncio.to_thread(spends, rec, count, timeout)


def charged(event, *, refund_unused: bool) -> float:
    """RDP that the event's report charges its one unit."""
    [rdp] = [e.rdp for e in events_from_report(event.report, refund_unused=refund_unused).values()]
    return rdp


def check_recorded(event, ledger, watch, *, refundable: bool) -> None:
    """The ledger, the instrumentation handler and the legacy handler all hold exactly this spend."""
    _, budget, legacy = watch
    assert event.refundable is refundable and event.units[0].startswith("a_")
    expected = charged(event, refund_unused=refundable)
    assert ledger.spent_rdp(UNIT) == pytest.approx(expected, abs=1e-5)
    assert budget.summary().calls == 1 and legacy.summary().calls == 1
    assert budget.epsilon(UNIT) == pytest.approx(legacy.epsilon(UNIT))
    assert budget.tracker.summary().epsilon_per_unit == legacy.tracker.summary().epsilon_per_unit


@pytest.mark.parametrize("leave", ["close", "drop"])
def test_when_a_stream_is_abandoned_then_the_decode_stops_and_its_spend_is_recorded(llm, ledger, watch, leave):
    rec = watch[0]
    stream = llm.stream_complete(PROMPT)
    first = next(stream)
    assert first.delta and DPFUSION_KEY not in first.additional_kwargs
    if leave == "close":
        stream.close()
    else:
        del stream
        gc.collect()
    [event] = spends(rec)
    assert 1 <= event.tokens_emitted < MAX  # the decode stopped: the unused tail is refunded
    check_recorded(event, ledger, watch, refundable=True)


def test_when_a_stream_is_read_to_the_end_then_its_spend_counts_once(llm, ledger, watch):
    chunks = list(llm.stream_complete(PROMPT))
    [event] = spends(watch[0])
    assert chunks[-1].additional_kwargs[DPFUSION_KEY]["spend_id"] == event.spend_id
    check_recorded(event, ledger, watch, refundable=True)


async def test_when_an_async_stream_is_closed_then_its_spend_is_recorded(llm, ledger, watch):
    stream = await llm.astream_complete(PROMPT)
    await stream.__anext__()
    await stream.aclose()
    [event] = await aspends(watch[0])
    assert 1 <= event.tokens_emitted < MAX
    check_recorded(event, ledger, watch, refundable=True)


async def test_when_the_consuming_task_is_cancelled_then_its_spend_is_recorded(llm, ledger, watch):
    started = asyncio.Event()

    async def read() -> None:
        async for _ in await llm.astream_complete(PROMPT):
            started.set()

    task = asyncio.create_task(read())
    await asyncio.wait_for(started.wait(), 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [event] = await aspends(watch[0])
    assert 1 <= event.tokens_emitted < MAX
    check_recorded(event, ledger, watch, refundable=True)


async def test_when_an_awaited_call_is_cancelled_then_its_spend_is_still_recorded(llm, ledger, watch):
    task = asyncio.create_task(llm.acomplete(PROMPT, max_new_tokens=6))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    [event] = await aspends(watch[0])  # the decode ran to its end in the worker: the ledger charged it
    check_recorded(event, ledger, watch, refundable=True)


def test_when_the_decode_fails_after_tokens_then_the_full_charge_is_recorded(llm, ledger, watch, decoder):
    decoder.fail_after = 3
    with pytest.raises(RuntimeError, match="decoder failed"):
        list(llm.stream_complete(PROMPT))
    [event] = spends(watch[0])
    assert event.tokens_emitted == 0 and event.report["max_new_tokens"] == MAX  # the report of the full charge
    check_recorded(event, ledger, watch, refundable=False)
    assert charged(event, refund_unused=False) > charged(event, refund_unused=True)


def test_when_a_stream_is_made_in_a_span_and_read_later_then_its_spend_belongs_to_that_trace(llm, watch):
    @dispatcher.span
    def pipeline():
        return llm.stream_complete(PROMPT)

    stream = pipeline()  # the span has closed when the stream is read
    list(stream)
    spends(watch[0])
    [trace] = watch[1].epsilon_per_trace()
    assert "pipeline" in trace

