"""Grammar-constrained decoding: a token mask per step from a public grammar and the released tokens.

A ``Grammar`` is a public output format: a JSON schema (tool arguments, structured output), a regular
expression or a Lark grammar. ``GrammarCompiler`` turns it into a matcher for one tokenizer with
llguidance (the grammar engine behind llama.cpp's and vLLM's structured output: a small Rust wheel
with no dependencies that computes a mask over the whole vocabulary in tens of microseconds on CPU,
which is what a CPU-first engine needs; xgrammar would pull triton and a TVM runtime).

Each decoding step of a constrained request removes, from **every** context's distribution (public
and per group alike), the tokens the grammar does not allow after the released prefix, and
renormalises (``apply_allowed``). The mask is a function of the public grammar and the released
tokens only, so it is one of the "transformations from released tokens" of ``docs/guarantee.md``:
the λ search bounds the divergence of the masked distributions, which are exactly what is mixed and
sampled. A step at which the grammar allows exactly one token releases that token whatever the
contexts say (zero divergence): it is **forced** and is not counted against the sampled-token
budget, so JSON punctuation and key names cost no ε.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import torch

from dpfusion_integrations.errors import GrammarError

__all__ = ["Grammar", "GrammarCompiler", "GrammarMatcher", "apply_allowed", "compiler_for"]

GrammarKind = Literal["json_schema", "regex", "lark"]


@dataclass(frozen=True)
class Grammar:
    """A public constraint on the output: ``kind`` and its source text (a schema as JSON text).

    It is public by construction: it comes from the caller's code (a tool's schema, a response
    model), never from the private data, and it is the same for every context of a request.
    """

    kind: GrammarKind
    source: str

    @classmethod
    def json_schema(cls, schema: Mapping[str, Any] | str) -> Grammar:
        """Output one JSON value valid against ``schema`` (a dict or its JSON text)."""
        if isinstance(schema, str):
            try:
                parsed = json.loads(schema)
            except json.JSONDecodeError as exc:
                raise GrammarError(f"the JSON schema is not valid JSON ({exc.msg})") from None
        else:
            parsed = schema
        if not isinstance(parsed, Mapping):
            raise GrammarError("a JSON schema must be an object")
        return cls("json_schema", json.dumps(parsed))  # key order kept: it is the output order

    @classmethod
    def regex(cls, pattern: str) -> Grammar:
        """Output text matching the regular expression ``pattern`` (whole output)."""
        return cls("regex", _text(pattern, "regex"))

    @classmethod
    def lark(cls, grammar: str) -> Grammar:
        """Output text derived from the Lark grammar ``grammar`` (llguidance's Lark dialect)."""
        return cls("lark", _text(grammar, "lark grammar"))

    def _llguidance(self) -> str:
        from llguidance import LLMatcher

        if self.kind == "json_schema":
            # Compact JSON: no free whitespace between tokens, so the model spends no steps on it.
            return LLMatcher.grammar_from_json_schema(self.source, defaults={"whitespace_flexible": False})
        if self.kind == "regex":
            return LLMatcher.grammar_from_regex(self.source)
        return LLMatcher.grammar_from_lark(self.source)


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise GrammarError(f"the {what} must be a non-empty string")
    return value


class GrammarCompiler:
    """Compiles grammars for one tokenizer and model vocabulary (the llguidance tokenizer is built
    once: ~0.5 s for a 49k vocabulary)."""

    def __init__(self, tokenizer: Any, *, vocab_size: int, eos_token_ids: Iterable[int]) -> None:
        import llguidance.hf

        eos = sorted(int(t) for t in eos_token_ids)
        if not eos:
            raise GrammarError("grammar-constrained decoding needs the model's end-of-sequence token")
        self.vocab_size = int(vocab_size)
        self.eos_token_ids = frozenset(eos)
        try:
            self._tokenizer = llguidance.hf.from_tokenizer(tokenizer, n_vocab=self.vocab_size, eos_token=eos[0])
        except ValueError as exc:  # slow (Python) tokenizers are not supported
            raise GrammarError(f"grammar-constrained decoding needs a fast tokenizer: {exc}") from None
        self._words = (self.vocab_size + 31) // 32

    def compile(self, grammar: Grammar) -> CompiledGrammar:
        """Check ``grammar`` once and return what each request starts a matcher from."""
        from llguidance import LLMatcher

        if not isinstance(grammar, Grammar):
            raise GrammarError("expected a Grammar (Grammar.json_schema / .regex / .lark)")
        try:
            text = grammar._llguidance()
        except ValueError as exc:
            raise GrammarError(f"invalid {grammar.kind}: {exc}") from None
        is_error, messages = LLMatcher.validate_grammar_with_warnings(text, self._tokenizer)
        if is_error:
            raise GrammarError(f"invalid {grammar.kind}: {messages[0] if messages else 'rejected'}")
        return CompiledGrammar(self, grammar, text)


@dataclass(frozen=True)
class CompiledGrammar:
    """A grammar checked against one tokenizer; ``matcher()`` starts a fresh per-request state."""

    compiler: GrammarCompiler
    grammar: Grammar
    text: str

    def matcher(self) -> GrammarMatcher:
        return GrammarMatcher(self)


class GrammarMatcher:
    """One request's grammar state, advanced with the released tokens only."""

    __slots__ = ("_compiled", "_matcher", "_bits")

    def __init__(self, compiled: CompiledGrammar) -> None:
        from llguidance import LLMatcher

        self._compiled = compiled
        self._matcher = LLMatcher(compiled.compiler._tokenizer, compiled.text, log_level=0)
        if self._matcher.is_error():
            raise GrammarError(f"invalid {compiled.grammar.kind}: {self._matcher.get_error()}")
        self._bits = np.zeros(compiled.compiler._words, dtype=np.int32)

    def allowed(self) -> torch.Tensor:
        """Bool ``[V]`` on CPU: the tokens the grammar allows next (EOS only once it accepts)."""
        self._matcher.unsafe_compute_mask_ptr(self._bits.ctypes.data, self._bits.nbytes)
        self._check()
        bits = np.unpackbits(self._bits.view(np.uint8), bitorder="little")[: self._compiled.compiler.vocab_size]
        return torch.from_numpy(bits.astype(bool))

    def consume(self, token: int) -> None:
        """Advance past a released token; a token the mask did not allow is an engine bug."""
        if not self._matcher.consume_token(int(token)):
            raise GrammarError("the grammar rejected a released token (an engine bug: it was not allowed by the mask)")

    @property
    def accepting(self) -> bool:
        """The output so far is a complete sentence of the grammar."""
        return bool(self._matcher.is_accepting())

    @property
    def finished(self) -> bool:
        """Nothing but EOS can follow (the grammar is complete)."""
        return bool(self._matcher.is_stopped())

    def _check(self) -> None:
        if self._matcher.is_error():
            raise GrammarError("the grammar matcher failed while decoding (its message may quote released text, so it is withheld)")


def apply_allowed(logprobs: torch.Tensor, allowed: torch.Tensor) -> torch.Tensor:
    """``logprobs [R, V]`` restricted to ``allowed [R, V]`` (bool) and renormalised, row by row.

    A row with no mass on any allowed token (every allowed token underflowed at a low temperature)
    becomes uniform over the allowed tokens: the same fixed map for every context of a request, and
    never a token the grammar forbids. Rows whose mask allows every token are returned unchanged.
    """
    masked = logprobs.masked_fill(~allowed, float("-inf"))
    norm = torch.logsumexp(masked, dim=-1, keepdim=True)
    count = allowed.sum(-1, keepdim=True).to(logprobs.dtype)
    uniform = torch.where(allowed, -torch.log(count), torch.full_like(logprobs, float("-inf")))
    restricted = torch.where(torch.isfinite(norm), masked - norm, uniform)
    return torch.where(allowed.all(-1, keepdim=True), logprobs, restricted)


_COMPILERS: weakref.WeakKeyDictionary[Any, GrammarCompiler] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def compiler_for(tokenizer: Any, *, vocab_size: int, eos_token_ids: Iterable[int]) -> GrammarCompiler:
    """The ``GrammarCompiler`` of ``tokenizer`` (built once per tokenizer object and cached)."""
    eos = frozenset(int(t) for t in eos_token_ids)
    with _LOCK:
        found = _COMPILERS.get(tokenizer)
        if found is None or found.vocab_size != vocab_size or found.eos_token_ids != eos:
            found = GrammarCompiler(tokenizer, vocab_size=vocab_size, eos_token_ids=eos)
            _COMPILERS[tokenizer] = found
        return found
