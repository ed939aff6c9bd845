"""The framework-free quarantine: a per-context flag, log scrubbing installed once, and gates."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from dpfusion_integrations import quarantine
from dpfusion_integrations.quarantine import WITHHELD, agated, gated, is_gated, is_quarantined, quarantined

CANARY = "Zelda Quartermaine-Okafor"


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def kept():
    logger = logging.getLogger("dpfusion-test-quarantine")
    handler = _Keep()
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield logger, handler.records
    logger.removeHandler(handler)


def _everything(record: logging.LogRecord) -> str:
    return repr(record.__dict__) + record.getMessage() + logging.Formatter().format(record)


def test_when_logging_inside_then_records_carry_only_the_fixed_message(kept):
    logger, records = kept
    with quarantined():
        logger.debug("chunk: %s", CANARY, extra={"chunk": CANARY}, stack_info=True)
        try:
            raise ValueError(CANARY)
        except ValueError:
            logger.exception("failed on %r", CANARY)
        logging.LoggerAdapter(logger, {"who": CANARY}).warning(CANARY)
    assert len(records) == 3
    for record in records:
        assert record.getMessage() == WITHHELD and record.args == () and record.exc_info is None
        assert record.stack_info is None and CANARY not in _everything(record)


def test_when_logging_outside_then_records_are_untouched(kept):
    logger, records = kept
    with quarantined():
        pass
    logger.info("hello %s", "world", extra={"tag": 1})
    assert records[0].getMessage() == "hello world" and records[0].tag == 1  # type: ignore[attr-defined]


def test_when_nested_then_leaving_the_inner_block_keeps_the_outer_one():
    assert not is_quarantined()
    with quarantined():
        with quarantined():
            assert is_quarantined()
        assert is_quarantined()
    assert not is_quarantined()


def test_when_another_thread_logs_meanwhile_then_its_records_are_kept(kept):
    logger, records = kept
    inside, done = threading.Event(), threading.Event()

    def other() -> None:
        inside.wait(5)
        logger.info("public %s", "line")
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with quarantined():
        inside.set()
        done.wait(5)
        logger.info("private %s", CANARY)
    thread.join()
    assert sorted(r.getMessage() for r in records) == sorted(["public line", WITHHELD])


async def test_when_a_task_is_started_inside_then_it_is_quarantined_too(kept):
    logger, records = kept

    async def work() -> bool:
        logger.info("task %s", CANARY)
        return is_quarantined()

    with quarantined():
        flag = await asyncio.create_task(work())
        threaded = await asyncio.to_thread(is_quarantined)
    assert flag and threaded and records[0].getMessage() == WITHHELD
    assert not await asyncio.create_task(asyncio.sleep(0, result=is_quarantined()))


def test_when_installed_from_many_threads_then_the_factory_is_wrapped_once():
    threads = [threading.Thread(target=quarantine.install_log_scrubbing) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    quarantine.install_log_scrubbing()
    factory = logging.getLogRecordFactory()
    assert is_gated(factory) and not is_gated(factory.__wrapped__)  # type: ignore[attr-defined]
    make_record = logging.Logger.makeRecord
    assert is_gated(make_record) and not is_gated(make_record.__wrapped__)  # type: ignore[attr-defined]


async def test_when_gated_then_the_silent_path_runs_only_inside():
    calls: list[str] = []

    def loud(x: int) -> int:
        calls.append("loud")
        return x

    async def aloud(x: int) -> int:
        calls.append("aloud")
        return x

    g, ag = gated(loud, lambda x: -x), agated(aloud, lambda x: -x)
    assert g(2) == 2 and await ag(2) == 2
    with quarantined():
        assert g(2) == -2 and await ag(2) == -2
    assert calls == ["loud", "aloud"] and is_gated(g) and is_gated(ag) and not is_gated(loud)
