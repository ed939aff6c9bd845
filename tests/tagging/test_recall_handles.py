"""Recall profile, handle rule: @handles, but not the host part of an e-mail address."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.handles import handle_detector


@pytest.mark.parametrize("handle", ["@jdoe_92", "@Kofi_Mensah", "@ama.serwaa", "@the_real_kofi"])
def test_when_a_handle_is_mentioned_then_it_is_a_contact_span(handle: str) -> None:
    text = f"dm {handle}, please."
    spans = handle_detector().find(text)
    assert texts_of(text, spans) == [handle] and spans[0].entity_type == "CONTACT"


def test_when_an_email_address_appears_then_its_domain_is_no_handle() -> None:
    assert handle_detector().find("write to ann@clinic.org") == []
