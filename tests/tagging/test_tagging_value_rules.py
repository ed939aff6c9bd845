"""Our own Presidio recognizers, tested without building an analyzer."""

from __future__ import annotations

import pytest

from dpfusion_integrations.tagging.presidio_components import (
    VALUE_RULES,
    OfflineEmailRecognizer,
    ValueRuleRecognizer,
)

RULES = {rule.name: rule for rule in VALUE_RULES}


def _values(rule_name: str, text: str) -> list[str]:
    return [m.group("value") for m in RULES[rule_name].pattern.finditer(text)]


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("medical record number", "Patient (MRN 483920, DOB 1/2/60)", ["483920"]),
        ("medical record number", "MRN: 00-48-3920.", ["00-48-3920"]),
        ("medical record number", "MRN#2290045", ["2290045"]),
        ("medical record number", "Medical record number 7734-221", ["7734-221"]),
        ("account or member id", "transfer from Account #12345678.", ["12345678"]),
        ("account or member id", "Policy No. AB-123456", ["AB-123456"]),
        ("account or member id", "member ID: 55-1234-9 and patient ID PT-99812", ["55-1234-9", "PT-99812"]),
        ("account or member id", "his acct is 9988776655", ["9988776655"]),
        ("labelled US SSN", "SSN 123-45-6789", ["123-45-6789"]),
        ("labelled US SSN", "social security number: 078051120", ["078051120"]),
        ("labelled passport number", "passport 123456789", ["123456789"]),
        ("labelled driver's license", "DL S530-4412-9931", ["S530-4412-9931"]),
        ("US phone layout", "call (617) 555-0123 or +1 212 555 0147 or 312.555.0199", ["(617) 555-0123", "+1 212 555 0147", "312.555.0199"]),
        ("street address", "lives at 42 Oak Street, Denver", ["42 Oak Street"]),
        ("street address", "1187 N Lakeview Ave, Apt 4B, Seattle", ["1187 N Lakeview Ave, Apt 4B"]),
        ("US state and ZIP code", "Denver, CO 80203-1234.", ["CO 80203-1234"]),
        ("numeric date", "seen 03/14/2024 and 2024-02-11, born 1/5/62", ["03/14/2024", "2024-02-11", "1/5/62"]),
    ],
)
def test_when_text_has_a_matching_value_then_only_the_value_is_captured(rule: str, text: str, expected: list[str]) -> None:
    assert _values(rule, text) == expected


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("account or member id", "Patient John Smith was admitted"),
        ("account or member id", "account 12 is short"),
        ("account or member id", "policy for 123456"),
        ("account or member id", "accountant 123456"),
        ("medical record number", "MRN 48392abc"),
        ("labelled US SSN", "SSN 123-45-67890"),
        ("labelled US SSN", "SSN 123-45 6789"),
        ("US phone layout", "on 2024-03-14 and 078-05-1120"),
        ("US phone layout", "order 1234-555-0123"),
        ("numeric date", "ratio 13/45/2024 or 3/14/2024/5"),
    ],
)
def test_when_text_has_no_matching_value_then_nothing_is_captured(rule: str, text: str) -> None:
    assert _values(rule, text) == []


def test_when_recognizer_analyzes_then_results_carry_value_offsets_and_metadata() -> None:
    recognizer = ValueRuleRecognizer()
    text = "MRN 483920; Account #12345678"
    results = recognizer.analyze(text, ["MEDICAL_RECORD_NUMBER", "ACCOUNT_ID"])
    assert sorted((r.entity_type, text[r.start : r.end], r.score) for r in results) == [
        ("ACCOUNT_ID", "12345678", 0.9),
        ("MEDICAL_RECORD_NUMBER", "483920", 0.9),
    ]
    assert all(r.recognition_metadata["recognizer_identifier"] == recognizer.id for r in results)


def test_when_recognizer_is_asked_for_one_entity_then_other_rules_are_skipped() -> None:
    results = ValueRuleRecognizer().analyze("MRN 483920; Account #12345678", ["ACCOUNT_ID"])
    assert [r.entity_type for r in results] == ["ACCOUNT_ID"]


@pytest.mark.usefixtures("no_network")
def test_when_email_domain_is_checked_then_no_network_is_used() -> None:
    recognizer = OfflineEmailRecognizer()
    assert recognizer.validate_result("ann@example.com")
    assert recognizer.validate_result("x@mail.hospital.org")
    assert not recognizer.validate_result("ann@localhost")
