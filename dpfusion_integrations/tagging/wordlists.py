"""Offline word lists of the recall profile: public safe words and name gazetteers.

The lists come from ``philter-lite`` (BSD-3-Clause, a maintained fork of UCSF's Philter, on PyPI),
which ships them in ``philter_lite/filters/set.toml``:

- ``nonames`` (about 195,000 lower-case words): ordinary English and clinical vocabulary that is not a
  name. A capitalised word on this list is not a proper-noun candidate by itself.
- ``firstnames`` (about 97,000) and ``lastnames`` (about 161,000): lower-case given names and surnames.

philter-lite's given-name list is mostly Anglo-American; :data:`EXTRA_GIVEN_NAMES` adds given names
of other locales that it lacks (Zulu, Sotho, Kenyan, Yoruba, Turkish, Azerbaijani, Uzbek, Kazakh,
Polish, Hungarian, Icelandic, Czech, Dutch, Māori, Amharic...), written by hand for this project;
they are also taken off the safe list ("ana").

They were chosen for their licence (permissive, no share-alike), their size (5.5 MB, installed with
the package, nothing downloaded at run time) and their origin (public census-style and dictionary
lists, not leaked data). Parsing the TOML takes seconds, so the lists are parsed once per
installed philter-lite version and cached as plain text under ``$DPFUSION_HOME/wordlists/``
(``~/.cache/dpfusion`` by default), and loaded once per process (a fraction of a second). If the
cache cannot be written the lists are parsed from the TOML in every process.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from dpfusion_integrations.errors import TaggingError

__all__ = ["EXTRA_GIVEN_NAMES", "WordLists", "load_wordlists", "wordlist_cache_dir"]

logger = logging.getLogger(__name__)

_PACKAGE = "philter-lite"
_LISTS = ("nonames", "firstnames", "lastnames")
_FORMAT = 1


#: Given names of many locales missing from philter-lite's ``firstnames`` (lower case, no diacritics).
EXTRA_GIVEN_NAMES = frozenset({
    # Southern and Eastern Africa
    "zanele", "sipho", "thabo", "lwazi", "nomvula", "thandeka", "zodwa", "mbali", "sizwe", "lerato", "palesa",
    "kagiso", "bongani", "nokuthula", "sibusiso", "mandla", "nthabiseng", "refilwe", "tshepo", "otieno",
    "achieng", "akinyi", "wambui", "nyambura", "mwangi", "kipchoge", "chebet", "jepkosgei", "abebe",
    "tigist", "eyerusalem", "mekdes", "tesfaye", "haile",
    # West Africa
    "seun", "bayo", "funmi", "yemi", "folake", "bukola", "chinonso", "nnamdi", "ikenna", "chukwudi",
    "uchenna", "nkechi", "obiageli", "adaora", "kelechi", "afua", "kwaku", "kojo", "adwoa", "yaa",
    # Turkey, Azerbaijan, Central Asia
    "ilkay", "ozge", "tugba", "volkan", "nigar", "gunay", "orkhan", "dilshod", "nodira", "gulnara",
    "dilnoza", "bekzod", "shahlo", "aigerim", "aizhan", "nurlan", "askar", "saule", "kairat", "yerlan",
    "gulshan", "sevinch", "ulugbek", "nargiza", "tural", "sevda", "gulnar", "elnur", "cansu", "berkay",
    "gokhan", "sibel", "selin", "tolga", "oguzhan",
    # Central and Northern Europe
    "ana", "malgosia", "wojtek", "jedrzej", "przemek", "zsofi", "orsolya", "olafur", "bjork", "hrafn",
    "vojtech", "zdenek", "wouter", "frederikke", "anastasiia", "szymon", "wieslaw", "bozena", "grazyna",
    "jadwiga", "zbigniew", "miklos", "zoltan", "gyorgyi", "tunde", "hrafnhildur", "sigridur", "thorunn",
    "kristjan", "jitka", "vlasta", "bozidar", "radka", "ruud", "sjoerd", "gerrit", "hendrik", "merel",
    # Oceania
    "wiremu", "rangi", "tamati", "anahera", "mereana", "ihaia", "keoni", "makana", "noelani",
})  # fmt: skip


@dataclass(frozen=True, repr=False)
class WordLists:
    """Lower-case word sets: ``safe`` (public words), ``first`` and ``last`` (names)."""

    safe: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    source: str

    def __repr__(self) -> str:
        return (f"WordLists(source={self.source!r}, safe={len(self.safe)}, first={len(self.first)}, "
                f"last={len(self.last)})")

    def is_safe(self, lower: str) -> bool:
        """Whether ``lower`` is a public word (on the safe list)."""
        return lower in self.safe

    def is_name(self, lower: str) -> bool:
        """Whether ``lower`` is a given name or a surname."""
        return lower in self.first or lower in self.last


def wordlist_cache_dir() -> Path:
    """``$DPFUSION_HOME/wordlists``; ``DPFUSION_HOME`` defaults to ``~/.cache/dpfusion``."""
    home = os.environ.get("DPFUSION_HOME") or os.path.join(os.path.expanduser("~"), ".cache", "dpfusion")
    return Path(home) / "wordlists"


def _version() -> str:
    try:
        return metadata.version(_PACKAGE)
    except metadata.PackageNotFoundError as exc:
        raise TaggingError(
            "the recall tagger needs the word lists of philter-lite; install it with `pip install philter-lite`"
        ) from exc


def _parse_toml() -> dict[str, frozenset[str]]:
    # Located through the distribution, not imported: importing philter_lite loads nltk and parses
    # every one of its filter files (about 4 s).
    source = Path(str(metadata.distribution(_PACKAGE).locate_file("philter_lite/filters/set.toml")))
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    out: dict[str, frozenset[str]] = {}
    for name in _LISTS:
        words = data.get(name)
        if not isinstance(words, list):
            raise TaggingError(f"philter-lite's set.toml has no list {name!r}")
        out[name] = frozenset(w.strip().lower() for w in words if isinstance(w, str) and w.strip())
    return out


def _cache_file(directory: Path, version: str, name: str) -> Path:
    return directory / f"philter-lite-{version}-{name}-v{_FORMAT}.txt"


def _read_cached(directory: Path, version: str) -> dict[str, frozenset[str]] | None:
    out: dict[str, frozenset[str]] = {}
    for name in _LISTS:
        path = _cache_file(directory, version, name)
        try:
            header, _, body = path.read_text(encoding="utf-8").partition("\n")
        except (OSError, UnicodeDecodeError):
            return None
        words = body.split("\n") if body else []
        if header != f"# philter-lite {version} {name} {len(words)}":  # truncated or foreign
            return None
        out[name] = frozenset(words)
    return out


def _write_cached(directory: Path, version: str, lists: dict[str, frozenset[str]]) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name in _LISTS:
            words = sorted(lists[name])
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", dir=directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(f"# philter-lite {version} {name} {len(words)}\n")
                    handle.write("\n".join(words))
                os.replace(tmp, _cache_file(directory, version, name))
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    except OSError as exc:
        logger.debug("could not cache the word lists (%s); they will be parsed again", type(exc).__name__)


_LOADED: WordLists | None = None
_LOCK = threading.Lock()


def load_wordlists() -> WordLists:
    """The process-wide word lists (loaded from the cache, or parsed and cached, on first call)."""
    global _LOADED
    if _LOADED is None:
        with _LOCK:
            if _LOADED is None:
                version = _version()
                directory = wordlist_cache_dir()
                lists = _read_cached(directory, version)
                if lists is None:
                    logger.info("parsing philter-lite %s word lists once (a few seconds)", version)
                    lists = _parse_toml()
                    _write_cached(directory, version, lists)
                _LOADED = WordLists(safe=lists["nonames"] - EXTRA_GIVEN_NAMES,
                                    first=lists["firstnames"] | EXTRA_GIVEN_NAMES, last=lists["lastnames"],
                                    source=f"philter-lite-{version}")
    return _LOADED
