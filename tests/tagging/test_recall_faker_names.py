"""Person names from many locales (generated with Faker, test data only) in sentence templates
written for this test: the recall profile must cover nearly all of them. Skipped without Faker."""

from __future__ import annotations

import pytest
from recall_helpers import covered

faker = pytest.importorskip("faker")

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_MX", "it_IT", "pt_BR", "nl_NL", "pl_PL", "hu_HU", "tr_TR", "ru_RU",
           "el_GR", "fi_FI", "no_NO", "ro_RO", "id_ID", "vi_VN", "en_IN", "yo_NG", "zu_ZA", "ga_IE", "ar_AA", "ja_JP",
           "ko_KR", "he_IL"]  # fmt: skip
TEMPLATES = [
    ("Spoke with {first} today about the results.", "{first}"),
    ("Signed, {first}", "{first}"),
    ("Please ask {first} {last} to sign the form.", "{first} {last}"),
    ("The report was written by Dr. {last}.", "{last}"),
    ("hey {lower} can u send it", "{lower}"),
    ("I forwarded it to {first} {last} yesterday.", "{first} {last}"),
]


def _cases() -> list[tuple[str, str]]:
    cases = []
    for locale in LOCALES:
        fake = faker.Faker(locale)
        fake.seed_instance(7)
        for template, target in TEMPLATES:
            first, last = fake.first_name(), fake.last_name()
            values = {"first": first, "last": last, "lower": first.lower()}
            cases.append((template.format(**values), target.format(**values)))
    return cases


def test_when_names_of_many_locales_appear_in_templates_then_nearly_all_are_covered(recall_tagger) -> None:
    cases = _cases()
    hits = sum(covered(text, recall_tagger.tag(text), name) for text, name in cases)
    assert hits / len(cases) >= 0.97, (hits, len(cases))
