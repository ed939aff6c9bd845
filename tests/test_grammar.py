"""The grammar mask (engine/grammar.py): compiled from a public grammar, advanced by released tokens.

Properties: every token sequence the masks allow, up to an accepting state, is a sentence of the
grammar (a JSON value that validates against its schema, a full regex match); ``apply_allowed``
keeps exactly the allowed support, renormalised, proportional to the input, with a data-independent
fallback.
"""

from __future__ import annotations

import json
import re

import jsonschema
import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from dpfusion_integrations.engine.grammar import Grammar, GrammarCompiler, apply_allowed, compiler_for
from dpfusion_integrations.errors import GrammarError, InvalidParameterError

SCHEMAS = [
    {"type": "object", "properties": {"name": {"type": "string", "enum": ["get_weather", "lookup_patient"]},
                                      "arguments": {"type": "object",
                                                    "properties": {"city": {"type": "string", "maxLength": 12}},
                                                    "required": ["city"], "additionalProperties": False}},
     "required": ["name", "arguments"], "additionalProperties": False},
    {"type": "object", "properties": {"ids": {"type": "array", "items": {"type": "integer", "minimum": 0,
                                                                          "maximum": 999},
                                              "minItems": 1, "maxItems": 3},
                                      "urgent": {"type": "boolean"}},
     "required": ["ids", "urgent"], "additionalProperties": False},
    {"type": "object", "properties": {"level": {"enum": ["low", "medium", "high"]},
                                      "note": {"type": "string", "maxLength": 8},
                                      "nested": {"type": "object", "properties": {"x": {"type": "number"}},
                                                 "required": ["x"], "additionalProperties": False}},
     "required": ["level", "nested"], "additionalProperties": False},
]


@pytest.fixture(scope="module")
def compiler(smol) -> GrammarCompiler:
    model, tokenizer = smol
    return compiler_for(tokenizer, vocab_size=model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])


def _walk(compiled, rng: np.random.Generator, eos: int, limit: int = 200) -> tuple[list[int], bool]:
    """Sample uniformly among allowed tokens until EOS; returns (tokens without EOS, ended by EOS)."""
    matcher = compiled.matcher()
    out: list[int] = []
    for _ in range(limit):
        allowed = matcher.allowed()
        assert allowed.any()
        choices = torch.nonzero(allowed).flatten().tolist()
        if eos in choices and (matcher.finished or rng.random() < 0.5):
            assert matcher.accepting
            return out, True
        choices = [c for c in choices if c != eos] or [eos]
        tok = int(rng.choice(choices))
        if tok == eos:
            return out, True
        matcher.consume(tok)
        out.append(tok)
    return out, False


@pytest.mark.parametrize("schema", SCHEMAS, ids=["tool-call", "array-bool", "enum-nested"])
@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_every_walk_the_masks_allow_is_valid_json(compiler, tokenizer, schema, seed):
    compiled = compiler.compile(Grammar.json_schema(schema))
    tokens, ended = _walk(compiled, np.random.default_rng(seed), tokenizer.eos_token_id)
    if not ended:  # a random walk may wander in a long string; nothing to check then
        return
    value = json.loads(tokenizer.decode(tokens))
    jsonschema.validate(value, schema)


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_regex_walks_match_the_whole_pattern(compiler, tokenizer, seed):
    pattern = r"(yes|no): [0-9]{2,4}"
    tokens, ended = _walk(compiler.compile(Grammar.regex(pattern)), np.random.default_rng(seed),
                          tokenizer.eos_token_id)
    assert ended
    assert re.fullmatch(pattern, tokenizer.decode(tokens))


def test_eos_is_allowed_only_in_accepting_states(compiler, tokenizer):
    matcher = compiler.compile(Grammar.regex("ab")).matcher()
    eos = tokenizer.eos_token_id
    assert not matcher.allowed()[eos]
    for tok in tokenizer.encode("ab", add_special_tokens=False):
        matcher.consume(tok)
    allowed = matcher.allowed()
    assert matcher.accepting and matcher.finished
    assert allowed[eos] and int(allowed.sum()) == 1


def test_a_token_outside_the_mask_is_an_error(compiler, tokenizer):
    matcher = compiler.compile(Grammar.regex("[0-9]+")).matcher()
    letter = tokenizer.encode("x", add_special_tokens=False)[0]
    assert not matcher.allowed()[letter]
    with pytest.raises(GrammarError):
        matcher.consume(letter)


@pytest.mark.parametrize("make", [
    lambda: Grammar.json_schema("{not json"),
    lambda: Grammar.json_schema("[1, 2]"),
    lambda: Grammar.regex(""),
    lambda: Grammar.lark(None),  # type: ignore[arg-type]
])
def test_malformed_grammars_are_typed_errors(make):
    with pytest.raises(GrammarError) as info:
        make()
    assert isinstance(info.value, InvalidParameterError)


@pytest.mark.parametrize("grammar", [Grammar.regex("(unclosed"), Grammar.lark("start: undefined_rule"),
                                     Grammar.json_schema({"type": "no-such-type"})])
def test_grammars_the_engine_rejects_are_typed_errors(compiler, grammar):
    with pytest.raises(GrammarError):
        compiler.compile(grammar)


def test_compiler_is_built_once_per_tokenizer(smol):
    model, tokenizer = smol
    a = compiler_for(tokenizer, vocab_size=model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])
    b = compiler_for(tokenizer, vocab_size=model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])
    assert a is b


def _rows(draw_seed: int, rows: int = 4, vocab: int = 50) -> tuple[torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(draw_seed)
    logprobs = torch.log_softmax(torch.randn(rows, vocab, generator=gen, dtype=torch.float64) * 4, -1)
    allowed = torch.rand(rows, vocab, generator=gen) < 0.3
    allowed[torch.arange(rows), torch.randint(vocab, (rows,), generator=gen)] = True  # never empty
    return logprobs, allowed


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 2**31 - 1))
def test_apply_allowed_keeps_exactly_the_allowed_support_renormalised(seed):
    logprobs, allowed = _rows(seed)
    out = apply_allowed(logprobs, allowed)
    assert torch.all(torch.isneginf(out[~allowed]))
    assert torch.allclose(torch.logsumexp(out, -1), torch.zeros(out.shape[0], dtype=out.dtype), atol=1e-12)
    # proportional to the input on the allowed support: constant log-ratio per row
    diff = torch.where(allowed, out - logprobs, torch.nan)
    for row in diff:
        vals = row[~torch.isnan(row)]
        assert torch.allclose(vals, vals[0].expand_as(vals), atol=1e-9)


def test_apply_allowed_full_mask_is_identity_and_underflow_is_uniform():
    logprobs, _ = _rows(7)
    assert torch.equal(apply_allowed(logprobs, torch.ones_like(logprobs, dtype=torch.bool)), logprobs)
    under = torch.full((1, 6), float("-inf"), dtype=torch.float64)
    under[0, 0] = 0.0  # all mass on a forbidden token
    allowed = torch.tensor([[False, True, False, True, True, False]])
    out = apply_allowed(under, allowed)
    assert torch.allclose(out[0, allowed[0]].exp(), torch.full((3,), 1 / 3, dtype=torch.float64))
    assert torch.all(torch.isneginf(out[0, ~allowed[0]]))
