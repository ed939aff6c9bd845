"""Recall profile, e-mail rule: any local@host address, internal domains included."""

from __future__ import annotations

import pytest
from recall_helpers import texts_of

from dpfusion_integrations.tagging.recall.emails import email_detector


@pytest.mark.parametrize("address", [
    "svc-backup@billing.internal", "k.moreau@hr.corp", "scanner03@office.local", "qa.user+42@staging.test",
    "ines.carvalho@example", "HELPDESK@Fabrikam.LAN", "tobi.o@gmx.de", "a_b%c@sub.domain.example.org",
])  # fmt: skip
def test_when_an_address_has_any_domain_then_it_is_one_contact_span(address: str) -> None:
    text = f"Please write to {address}, thanks."
    spans = email_detector().find(text)
    assert texts_of(text, spans) == [address] and spans[0].entity_type == "CONTACT"


def test_when_the_precision_profile_drops_internal_domains_then_the_recall_rule_still_tags_them(presidio_tagger) -> None:
    text = "Escalate to k.moreau@hr.corp today."
    assert not any(text[s.start : s.end].endswith("hr.corp") for s in presidio_tagger.tag(text))
    assert texts_of(text, email_detector().find(text)) == ["k.moreau@hr.corp"]


@pytest.mark.parametrize("text", ["Use the @ sign.", "decorated with @pytest.fixture", "price: 3 @ 5 EUR"])
def test_when_there_is_no_local_part_then_no_email(text: str) -> None:
    assert email_detector().find(text) == []
