"""Mechanism plumbing on the tiny random Llama: interface, claims, seeding and private randomness."""

from __future__ import annotations

import math

import pytest
import torch

from dpfusion_integrations.evaluation.corpus import generate_corpus
from dpfusion_integrations.mechanisms import (
    MECHANISM_NAMES,
    DPDecodingMechanism,
    DPPromptMechanism,
    Mechanism,
    PrivacyNotion,
    SpannedText,
    build_mechanisms,
    redacted_text,
)
from dpfusion_integrations.errors import InvalidParameterError

#: Two documents (of nine spans each, every type among them): the checks are per document and the
#: faithful modes decode each span, so a third document only adds time.
DOCS = [d.spanned() for d in generate_corpus(2, seed=5)]
KW = {"delta": 1e-5, "max_new_tokens": 4}


@pytest.fixture
def mechanisms(tiny_dp):
    return {m.name: m for m in build_mechanisms(list(MECHANISM_NAMES), dp=tiny_dp)}


def test_when_built_then_every_mechanism_follows_the_protocol(mechanisms):
    assert list(mechanisms) == list(MECHANISM_NAMES)
    assert all(isinstance(m, Mechanism) for m in mechanisms.values())
    assert {n for n, m in mechanisms.items() if not m.is_dp} == {"redaction", "paraphrase"}
    with pytest.raises(InvalidParameterError, match="valid"):
        build_mechanisms(["dp-magic"], dp=mechanisms["dp-fusion"].dp)


@pytest.mark.parametrize("eps", [0.0, 2.0])
def test_when_releasing_then_one_release_per_document_with_an_honest_claim(mechanisms, eps):
    expected = {"dp-fusion": PrivacyNotion.GROUP_REDACTION, "dp-fusion-faithful": PrivacyNotion.GROUP_REDACTION,
                "dp-fusion-faithful-surrogates": PrivacyNotion.GROUP_REDACTION,
                "redaction": PrivacyNotion.NONE,
                "paraphrase": PrivacyNotion.NONE, "dp-prompt": PrivacyNotion.PURE_DOCUMENT,
                "dp-decoding": PrivacyNotion.PURE_DOCUMENT}
    for name, mech in mechanisms.items():
        out = mech.release(DOCS, epsilon=eps, seed=3, **KW)
        assert len(out) == len(DOCS) and all(isinstance(r.text, str) for r in out)
        assert all(r.notion is expected[name] for r in out)
        if not name.startswith("dp-fusion-faithful"):  # charged per private slot, not max_new_tokens
            assert all(r.tokens_emitted <= KW["max_new_tokens"] for r in out)
        if mech.is_dp:
            assert all(r.epsilon is not None and r.epsilon <= eps + 1e-12 for r in out)
        else:
            assert all(r.epsilon is None for r in out)


def test_when_seeded_then_releases_repeat_and_the_global_rng_is_untouched(mechanisms):
    torch.manual_seed(99)
    state = torch.get_rng_state()
    for name in ("dp-fusion", "dp-fusion-faithful", "paraphrase", "dp-prompt", "dp-decoding"):
        a = mechanisms[name].release(DOCS[:1], epsilon=4.0, seed=11, **KW)  # one document of nine spans
        b = mechanisms[name].release(DOCS[:1], epsilon=4.0, seed=11, **KW)
        assert [r.text for r in a] == [r.text for r in b]
    assert torch.equal(torch.get_rng_state(), state)


def test_when_redacting_then_placeholders_replace_every_span_value(mechanisms):
    out = mechanisms["redaction"].release(DOCS, epsilon=0.0, seed=None, **KW)
    for doc, r in zip(DOCS, out):
        assert r.text == redacted_text(doc) and "[PERSON]" in r.text
        for s, e, _ in doc.spans:
            assert doc.text[s:e] not in r.text


def test_when_dp_fusion_epsilon_is_zero_then_its_output_ignores_the_private_values(mechanisms):
    a = SpannedText("Patient Ann Lee has asthma.", ((8, 15, "PERSON"),))
    b = SpannedText("Patient Bo Zhuang has asthma.", ((8, 17, "PERSON"),))
    for name in ("dp-fusion", "dp-fusion-faithful"):
        ra = mechanisms[name].release([a], epsilon=0.0, seed=5, **KW)[0]
        rb = mechanisms[name].release([b], epsilon=0.0, seed=5, **KW)[0]
        assert ra.text == rb.text and ra.epsilon == 0.0


def test_when_baselines_are_calibrated_then_their_claims_match_the_closed_forms(tiny_model, tokenizer):
    prompt = DPPromptMechanism(tiny_model, tokenizer, clip=(0.0, 10.0))
    dec = DPDecodingMechanism(tiny_model, tokenizer)
    for eps in (0.0, 1.0, 16.0):
        assert prompt.release(DOCS[:1], epsilon=eps, seed=0, **KW)[0].epsilon == pytest.approx(eps, abs=1e-12)
        r = dec.release(DOCS[:1], epsilon=eps, seed=0, **KW)[0]
        assert r.epsilon <= eps and r.epsilon == pytest.approx(eps, abs=1e-9) and r.delta == 0.0


def test_when_arguments_are_bad_then_typed_errors_without_text(mechanisms):
    for bad in ({"epsilon": -1.0}, {"epsilon": math.inf}, {"epsilon": 1.0, "delta": 0.0},
                {"epsilon": 1.0, "max_new_tokens": 0}):
        args = {"epsilon": 1.0, "delta": 1e-5, "max_new_tokens": 4, "seed": None} | bad
        with pytest.raises(InvalidParameterError):
            mechanisms["dp-prompt"].release(DOCS, **args)
    with pytest.raises(InvalidParameterError):
        mechanisms["redaction"].release("a text", epsilon=1.0, delta=1e-5, max_new_tokens=4, seed=None)
    assert "Patient" not in repr(DOCS[0])
