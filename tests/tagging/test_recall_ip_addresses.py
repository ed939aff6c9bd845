"""Recall profile, IP rule: IPv4, IPv6 and MAC addresses; times and versions are not addresses."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.ip_addresses import ip_detector


@pytest.mark.parametrize(("address", "group_type"), [
    ("10.24.8.201", "CONTACT"), ("192.168.0.1", "CONTACT"), ("2001:db8:85a3::8a2e:370:7334", "CONTACT"),
    ("fe80::1ff:fe23:4567:890a", "CONTACT"), ("00:1A:2B:3C:4D:5E", "ID"),
])  # fmt: skip
def test_when_an_address_appears_then_it_is_tagged_whole(address: str, group_type: str) -> None:
    text = f"The login came from {address} at night."
    spans = ip_detector().find(text)
    assert texts_of(text, spans) == [address] and spans[0].entity_type == group_type


@pytest.mark.parametrize("text", ["Meet at 12:30:45 sharp.", "Version 3.8.0 was released.", "Ratio 1:2:3."])
def test_when_text_holds_times_or_versions_then_no_address(text: str) -> None:
    assert ip_detector().find(text) == []
