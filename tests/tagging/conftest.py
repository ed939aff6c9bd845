"""Fixtures for the tagging tests: one shared Presidio tagger, and a network block."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from dpfusion_integrations.tagging import PresidioTagger

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
    """The default tagger, built once per session (seconds) with the network blocked."""
    with pytest.MonkeyPatch.context() as mp:
        _block_network(mp)
        tagger = PresidioTagger()
        tagger.tag("Warm-up: John Smith, john@example.com, 617-555-0123.")
    yield tagger
