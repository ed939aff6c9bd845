"""Controls for the red-team checks themselves: the renderer and the leak detector see a canary
wherever a generic error reporter, tracer or log handler would (so a passing red-team test means
something)."""

from __future__ import annotations

import logging

from pydantic import BaseModel, PrivateAttr

from rt_helpers import EMAIL, NAME, STABLE_UNIT, UNIT_KEY, leaks, log_text, render, render_exception, stable_ids


class _Model(BaseModel):
    public: str = "ok"
    _secret: str = PrivateAttr(default=NAME)


def _chained() -> BaseException:
    try:
        try:
            raise KeyError(NAME)
        except KeyError:
            raise ValueError("outer") from None  # __cause__ hidden, __context__ still set
    except ValueError as exc:
        return exc


_LIBRARY = """
def library_call(email):
    chunk = "raw chunk " + email  # a frame local, as a traceback with locals shows it
    raise RuntimeError("no text here")
"""


def _with_local() -> BaseException:
    namespace: dict = {}
    exec(compile(_LIBRARY, "/site-packages/some_library.py", "exec"), namespace)  # a library frame
    try:
        namespace["library_call"](EMAIL)
    except RuntimeError as exc:
        return exc
    raise AssertionError("unreachable")


def test_the_renderer_sees_canaries_in_exception_chains_locals_private_attributes_and_containers():
    assert NAME in render(_chained())  # through __context__
    assert EMAIL not in render_exception(_with_local()) and EMAIL in render_exception(_with_local(), locals_=True)
    assert NAME in render(_Model())  # pydantic private attributes
    assert NAME in render({"a": [({"b": (NAME,)},)]})
    assert NAME in render(ValueError("x", {"k": NAME}))  # args


def test_the_detector_flags_stable_ids_key_material_and_canaries():
    some_id = sorted(s for s in stable_ids() if s.startswith("u_"))[0]
    assert leaks(f"units: {some_id}") and leaks(f"unit {STABLE_UNIT}") and leaks(UNIT_KEY.hex())
    assert leaks("u_0123456789abcdef0123")  # any keyed-hash id, whatever its key
    assert leaks(f"mail {EMAIL}") and not leaks("a_alias-only report")
    assert leaks(f"unit {STABLE_UNIT}", allow_stable=[STABLE_UNIT]) == []


def test_log_text_shows_args_extras_and_exception_text(caplog):
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("rt.control")
    log.debug("row %s", NAME)
    log.info("structured", extra={"chunk": EMAIL})
    try:
        raise ValueError(STABLE_UNIT)
    except ValueError:
        log.exception("failed")
    text = log_text(caplog.records)
    assert NAME in text and EMAIL in text and STABLE_UNIT in text
