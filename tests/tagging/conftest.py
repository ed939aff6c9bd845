"""Fixtures for the tagging tests: one shared Presidio tagger and recall tagger, and a network block."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
import spacy

from dpfusion_integrations.tagging import PresidioTagger, RecallTagger
from dpfusion_integrations.tagging.recall import TextView
from dpfusion_integrations.tagging.wordlists import load_wordlists

def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network access is disabled in the tagging tests")


def _block_network(mp: pytest.MonkeyPatch) -> None:
    mp.setattr(socket.socket, "connect", _refuse)
    mp.setattr(socket.socket, "connect_ex", _refuse)
    mp.setattr(socket, "create_connection", _refuse)
    mp.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection raises ``OSError``."""
    _block_network(monkeypatch)


@pytest.fixture(scope="session")
def presidio_tagger() -> Iterator[PresidioTagger]:
    """The precision profile's tagger, built once per session (seconds) with the network blocked."""
    with pytest.MonkeyPatch.context() as mp:
        _block_network(mp)
        tagger = PresidioTagger()
        tagger.tag("Warm-up: John Smith, john@example.com, 617-555-0123.")
    yield tagger


@pytest.fixture(scope="session")
def recall_tagger() -> Iterator[RecallTagger]:
    """The recall profile's tagger, built once per session with the network blocked."""
    with pytest.MonkeyPatch.context() as mp:
        _block_network(mp)
        tagger = RecallTagger()
        tagger.tag("Warm-up: Ottilie Brandt, ops@billing.internal, +49 30 1234567.")
    yield tagger


@pytest.fixture(scope="session")
def recall_v10_tagger(recall_tagger: RecallTagger) -> RecallTagger:
    """The round-10 detector set (``recall-v10``, before round 11's residual sweep), sharing the session's
    Presidio engine: the public look-alike tests of rounds 2 to 10 measure those rounds' rules with it
    (the sweep's own over-tagging is measured in test_recall_r11_residual.py and on the docs)."""
    return RecallTagger(version="recall-v10")


@pytest.fixture(scope="session")
def recall_v11_tagger(recall_tagger: RecallTagger) -> RecallTagger:
    """The round-11 detector set (``recall-v11``, before round 12's value completion), sharing the
    session's Presidio engine: round 11's tests measure the residual sweep with it (value completion's
    own additions are measured in test_recall_r12_completion.py)."""
    return RecallTagger(version="recall-v11")


@pytest.fixture(scope="session")
def recall_v12_tagger(recall_tagger: RecallTagger) -> RecallTagger:
    """The round-12 detector set (``recall-v12``, before round 13's release), sharing the session's
    Presidio engine: round 12's tests measure value completion with it (round 13's release is measured
    in test_recall_r13_release.py)."""
    return RecallTagger(version="recall-v12")


@pytest.fixture(scope="session")
def recall_v13_tagger(recall_tagger: RecallTagger) -> RecallTagger:
    """The round-13 detector set (``recall-v13``, before round 14's additions), sharing the session's
    Presidio engine: round 13's tests measure the release with it (round 14's additions are measured in
    test_recall_r14_additions.py)."""
    return RecallTagger(version="recall-v13")


@pytest.fixture(scope="session")
def quick_view() -> Callable[[str], TextView]:
    """Builds a view over spaCy's tokenizer alone (no parse): for long adversarial inputs."""
    nlp = spacy.blank("en")
    words = load_wordlists()

    def build(text: str) -> TextView:
        return TextView(text, nlp.make_doc(text), words)

    return build


@pytest.fixture(scope="session")
def make_view(recall_tagger: RecallTagger) -> Callable[[str], TextView]:
    """Builds the :class:`TextView` the recall detectors see for a text (spaCy parse + word lists)."""

    def build(text: str) -> TextView:
        nlp = recall_tagger._engine.analyzer.nlp_engine.nlp["en"]
        return TextView(text, nlp(text), load_wordlists())

    return build

