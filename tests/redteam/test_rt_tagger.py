"""Red team, the default tagger's recall on the canary forms. Tagger misses are not protected
(DESIGN 3), so the boundary tests mark their canaries; but the default tagger must be recall-first,
and a value it misses (or only partly covers) is copied verbatim into the public context, the
redacted text, and every channel that shows them. Each case checks that every character of the
value lies inside a tagged span."""

from __future__ import annotations

import pytest

from rt_helpers import EMAIL, NAME, PHONE

CASES = {
    "email-private-tld": f"Reach the patient at {EMAIL} today.",
    "email-common-tld": "Reach the patient at canary.person@example.com today.",
    "phone-e164-spaced": f"Call the patient on {PHONE} after 5pm.",
    "name-after-verb": f"Contact {NAME} about the results.",
    "name-as-subject": f"{NAME} has asthma.",
}
VALUES = {"email-private-tld": EMAIL, "email-common-tld": "canary.person@example.com", "phone-e164-spaced": PHONE,
          "name-after-verb": NAME, "name-as-subject": NAME}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_default_tagger_covers_each_canary_value_whole(dp, case):
    text, value = CASES[case], VALUES[case]
    start = text.index(value)
    spans = dp.tagger.tag(text)
    uncovered = "".join(ch for i, ch in enumerate(value, start)
                        if not ch.isspace() and not any(s.start <= i < s.end for s in spans))
    redacted = dp.privatize(text, epsilon=0.0, max_new_tokens=1, allow_no_spans=True).redacted_text
    assert uncovered == "", f"{case}: left public: {uncovered!r}; redacted text: {redacted!r}"
