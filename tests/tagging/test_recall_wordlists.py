"""The recall profile's word lists: philter-lite's lists, parsed once and cached under DPFUSION_HOME."""

from __future__ import annotations

import time

from dpfusion_integrations.tagging import wordlists


def test_when_lists_are_loaded_then_they_hold_safe_words_and_names() -> None:
    words = wordlists.load_wordlists()
    assert len(words.safe) > 150_000 and len(words.first) > 80_000 and len(words.last) > 150_000
    assert words.is_safe("hospital") and not words.is_safe("ottilie")
    assert words.is_name("ottilie") and words.is_name("smith") and not words.is_name("hospital")
    assert "safe=" in repr(words) and "hospital" not in repr(words)


def test_when_the_cache_is_cold_then_it_is_written_and_the_next_load_reads_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path))
    monkeypatch.setattr(wordlists, "_LOADED", None)
    small = {"nonames": frozenset({"hospital", "the"}), "firstnames": frozenset({"ottilie"}),
             "lastnames": frozenset({"smith", "van der berg"})}
    monkeypatch.setattr(wordlists, "_parse_toml", lambda: small)  # the real parse takes seconds
    first = wordlists.load_wordlists()
    assert first.safe == small["nonames"] and first.last == small["lastnames"]
    files = sorted(p.name for p in (tmp_path / "wordlists").iterdir())
    assert len(files) == 3 and all(name.startswith("philter-lite-") for name in files)
    monkeypatch.setattr(wordlists, "_LOADED", None)
    monkeypatch.setattr(wordlists, "_parse_toml", lambda: (_ for _ in ()).throw(AssertionError("parsed again")))
    start = time.perf_counter()
    second = wordlists.load_wordlists()
    assert second.safe == first.safe and second.first == first.first and time.perf_counter() - start < 5.0


def test_when_a_cache_file_is_truncated_then_it_is_ignored_and_rewritten(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DPFUSION_HOME", str(tmp_path))
    version = wordlists._version()
    directory = tmp_path / "wordlists"
    directory.mkdir()
    for name in ("nonames", "firstnames", "lastnames"):
        (directory / f"philter-lite-{version}-{name}-v1.txt").write_text(f"# philter-lite {version} {name} 99\nab")
    assert wordlists._read_cached(directory, version) is None


def test_when_the_home_is_not_writable_then_lists_still_load(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DPFUSION_HOME", str(blocker))
    monkeypatch.setattr(wordlists, "_LOADED", None)
    monkeypatch.setattr(wordlists, "_parse_toml", lambda: {"nonames": frozenset({"a"}), "firstnames": frozenset({"b"}),
                                                            "lastnames": frozenset({"c"})})
    assert wordlists.load_wordlists().first == frozenset({"b"}) | wordlists.EXTRA_GIVEN_NAMES
