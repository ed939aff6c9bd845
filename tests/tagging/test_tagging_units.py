"""Privacy-unit ids: normalization, keyed HMAC ids, and the on-disk unit key."""

from __future__ import annotations

import errno
import multiprocessing
import os
import re
import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import load_or_create_unit_key, normalize_value, unit_id
from dpfusion_integrations.tagging import units as units_module

KEY = bytes(range(32))


@pytest.mark.parametrize(
    ("a", "b"),
    [("John  Smith", "john smith"), ("John Smith.", "john smith"), ('"Smith,"', "SMITH"),
     ("ＪＯＨＮ", "john"), ("  Ann\n\tLee ", "ann lee"), ("Straße", "STRASSE")],
)
def test_when_values_differ_only_in_form_then_they_normalize_equal(a: str, b: str) -> None:
    assert normalize_value(a) == normalize_value(b)


def test_when_value_has_brackets_then_they_are_kept() -> None:
    assert normalize_value("(617) 555-0123") == "(617) 555-0123"


def test_when_value_is_only_punctuation_then_it_is_not_emptied() -> None:
    assert normalize_value(" ... ") == "..."


def test_when_value_is_not_a_string_then_invalid_parameter_error() -> None:
    with pytest.raises(InvalidParameterError):
        normalize_value(5)  # type: ignore[arg-type]


@given(st.text(max_size=30))
def test_when_normalizing_twice_then_result_is_unchanged(value: str) -> None:
    once = normalize_value(value)
    assert normalize_value(once) == once


def test_when_unit_id_is_computed_then_it_is_u_and_20_hex_digits_of_the_hmac() -> None:
    import hashlib
    import hmac

    expected = "u_" + hmac.new(KEY, b"john smith", hashlib.sha256).hexdigest()[:20]
    assert unit_id("John  Smith.", key=KEY) == expected
    assert re.fullmatch(r"u_[0-9a-f]{20}", expected)


def test_when_key_differs_then_unit_id_differs() -> None:
    assert unit_id("John Smith", key=KEY) != unit_id("John Smith", key=bytes(32))


def test_when_key_is_missing_or_short_then_invalid_parameter_error() -> None:
    for bad in (b"short", "a string key of 32 characters!!", None):
        with pytest.raises(InvalidParameterError):
            unit_id("x", key=bad)  # type: ignore[arg-type]


def test_when_key_file_is_absent_then_32_private_bytes_are_created(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "unit.key"
    key = load_or_create_unit_key(path)
    assert len(key) == 32 and path.read_bytes() == key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_unit_key(path) == key
    assert [p.name for p in path.parent.iterdir()] == ["unit.key"]  # temp file removed


def test_when_no_path_is_given_then_dpfusion_home_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path))
    key = load_or_create_unit_key()
    assert (tmp_path / "unit.key").read_bytes() == key


def test_when_dpfusion_home_is_unset_then_default_is_under_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DPFUSION_HOME", raising=False)
    path = units_module.default_unit_key_path()
    assert path.parts[-3:] == (".cache", "dpfusion", "unit.key")


def test_when_key_file_exists_then_it_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "unit.key"
    path.write_bytes(b"k" * 32)
    os.chmod(path, 0o600)
    assert load_or_create_unit_key(path) == b"k" * 32


def test_when_key_file_has_wrong_length_then_invalid_parameter_error(tmp_path: Path) -> None:
    path = tmp_path / "unit.key"
    path.write_bytes(b"k" * 40)
    with pytest.raises(InvalidParameterError, match="40 bytes"):
        load_or_create_unit_key(path)


def test_when_another_writer_publishes_first_then_its_key_is_returned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "unit.key"
    real_link = os.link

    def link_after_rival(src: str, dst: str) -> None:
        Path(dst).write_bytes(b"r" * 32)  # a rival process wins the race
        real_link(src, dst)

    monkeypatch.setattr(units_module.os, "link", link_after_rival)
    assert load_or_create_unit_key(path) == b"r" * 32


def test_when_hard_links_are_unsupported_then_exclusive_create_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(src: str, dst: str) -> None:
        raise OSError(errno.EPERM, "hard links not supported")

    monkeypatch.setattr(units_module.os, "link", no_link)
    path = tmp_path / "unit.key"
    key = load_or_create_unit_key(path)
    assert path.read_bytes() == key and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_when_threads_race_to_create_the_key_then_all_get_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "unit.key"
    barrier = threading.Barrier(8)

    def create() -> bytes:
        barrier.wait()
        return load_or_create_unit_key(path)

    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: create(), range(8)))
    assert len(set(keys)) == 1 and path.read_bytes() == keys[0]


def _create_at(path: str, start_at: float) -> bytes:
    time.sleep(max(0.0, start_at - time.time()))
    return load_or_create_unit_key(path)


def test_when_processes_race_to_create_the_key_then_all_get_the_same_key(tmp_path: Path) -> None:
    path = str(tmp_path / "unit.key")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(4, mp_context=context) as pool:
        pool.submit(time.sleep, 0).result()  # start the workers before timing the race
        start_at = time.time() + 0.5
        keys = list(pool.map(_create_at, [path] * 8, [start_at] * 8))
    assert len(set(keys)) == 1 and Path(path).read_bytes() == keys[0]
