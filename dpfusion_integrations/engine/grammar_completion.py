"""Closing a constrained output that the token budget cut short, by a fixed rule (both adapters).

A constrained decode (tools bound, structured output, a ``grammar``) ends at EOS, which the grammar
allows only once the output is complete, or when its budgets run out: ``max_new_tokens`` sampled
steps, then the public closing phase (``DecodeRequest.max_closing_tokens``), which may still end
inside a tool call or a JSON value (a small model that loops inside a free-text string). What was
released is then a prefix of the grammar's language, and :func:`complete_output` appends a
completion chosen by a fixed rule, one token at a time:

- a token the grammar forces is taken;
- otherwise the candidates are the allowed tokens among :data:`PREFERRED` (quotes, brackets, a
  newline, short literals) and the allowed token with the lowest id; the rule takes the candidate
  after which the output is complete, else one that moves the grammar state (closing a string or a
  line beats staying inside it or adding whitespace), then the one after which the grammar allows the
  fewest tokens, the shorter one on a tie.

So a string cut short ends where it was cut, a missing required value gets a short value the schema
allows, and the call still validates. The rule reads only the released text, the public grammar and
the tokenizer: the completion is **post-processing of released output under the public grammar**. It
is a deterministic function of what the DP mechanism already released and of public inputs, so it
costs no ε and reveals nothing more about the private spans (``docs/guarantee.md``, "Closing an
output the budget cut"). It is not the model's choice, so the adapters say it was used
(``tool_call_fallback``, LangChain's ``response_metadata`` and LlamaIndex's ``additional_kwargs``
and ``raw``).
"""

from __future__ import annotations

import threading
import weakref
from typing import Any, Protocol

import numpy as np

from dpfusion_integrations.engine.grammar import Grammar, compiler_for
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.models import eos_token_ids, output_vocab_size

__all__ = ["FALLBACK_KEY", "MAX_COMPLETION_TOKENS", "PREFERRED", "ModelAndTokenizer", "complete_output"]

#: Where both adapters say whether the rule closed a constrained answer (True) or the model and the
#: closing phase did (False): a key of LangChain's ``response_metadata`` and of LlamaIndex's
#: ``additional_kwargs`` and ``raw``.
FALLBACK_KEY = "tool_call_fallback"

#: Texts the rule considers first (when they are single tokens of the model's vocabulary).
PREFERRED = ('"', '"}', '"}}', '"]', "}", "}}", "]", "\n", "0", "false", "null")
#: Most tokens a completion may add (a schema needing more, e.g. a long ``minLength``, is an error).
MAX_COMPLETION_TOKENS = 512


class ModelAndTokenizer(Protocol):
    """What :func:`complete_output` reads of an engine (a ``DPFusion`` has both)."""

    @property
    def model(self) -> Any: ...

    @property
    def tokenizer(self) -> Any: ...


class _Completer:
    """The rule for one tokenizer and vocabulary: its llguidance tokenizer and the ids of
    :data:`PREFERRED`. It keeps its own llguidance tokenizer (built once, ~1 s for a 49k
    vocabulary), on which it looks one token ahead on copies of the grammar state. It holds no
    reference to the Hugging Face tokenizer (the cache below is keyed by it, weakly)."""

    def __init__(self, tokenizer: Any, vocab_size: int, eos: list[int]) -> None:
        import llguidance.hf

        self.vocab_size = vocab_size
        self.eos = eos
        self._llg = llguidance.hf.from_tokenizer(tokenizer, n_vocab=vocab_size, eos_token=eos[0])
        ids = [tokenizer.encode(text, add_special_tokens=False) for text in PREFERRED]
        self.preferred = tuple(dict.fromkeys(i[0] for i in ids if len(i) == 1))

    def matcher(self, tokenizer: Any, grammar: Grammar) -> Any:
        """A fresh llguidance matcher of ``grammar``, checked and compiled by the engine's own
        compiler (``GrammarError`` if invalid)."""
        from llguidance import LLMatcher

        compiler = compiler_for(tokenizer, vocab_size=self.vocab_size, eos_token_ids=self.eos)
        matcher = LLMatcher(self._llg, compiler.compile(grammar).text, log_level=0)
        if matcher.is_error():
            raise GrammarError("the grammar could not be loaded for completion")
        return matcher

    def _allowed(self, matcher: Any) -> np.ndarray:
        """The allowed-token bitmask after the matcher's prefix (a fresh array: thread-safe)."""
        bits = np.zeros((self.vocab_size + 31) // 32, dtype=np.uint32)
        matcher.unsafe_compute_mask_ptr(bits.ctypes.data, bits.nbytes)
        return bits

    @staticmethod
    def _has(mask: np.ndarray, token: int) -> bool:
        return bool((int(mask[token >> 5]) >> (token & 31)) & 1)

    @staticmethod
    def _count(mask: np.ndarray) -> int:
        return int(np.unpackbits(mask.view(np.uint8)).sum())

    @staticmethod
    def _lowest(mask: np.ndarray) -> int | None:
        words = np.flatnonzero(mask)
        if words.size == 0:
            return None
        word = int(mask[words[0]])
        return int(words[0]) * 32 + ((word & -word).bit_length() - 1)

    def _score(self, tokenizer: Any, matcher: Any, token: int, before: np.ndarray) -> tuple[int, int, int, int]:
        """How far ``token`` leaves the output from complete: (0 if it completes it; 1 if the grammar
        state did not move, as inside a string or on whitespace; tokens allowed next; text length)."""
        after = matcher.deep_copy()
        after.consume_token(token)
        length = len(tokenizer.decode([token]))
        if after.is_accepting():
            return 0, 0, 0, length
        mask = self._allowed(after)
        return 1, int(np.array_equal(mask, before)), self._count(mask), length

    def next_token(self, tokenizer: Any, matcher: Any) -> int:
        """The rule's next token (see the module doc)."""
        mask = self._allowed(matcher)
        lowest = self._lowest(mask)
        if lowest is None:
            raise GrammarError("the grammar allows no token after the released output")
        candidates = [t for t in self.preferred if self._has(mask, t)]
        if lowest not in candidates:
            candidates.append(lowest)
        if len(candidates) == 1 or self._count(mask) == 1:  # one candidate, or a forced token
            return candidates[0] if len(candidates) == 1 else lowest
        return min(candidates, key=lambda t: self._score(tokenizer, matcher, t, mask))


_COMPLETERS: weakref.WeakKeyDictionary[Any, _Completer] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _completer(engine: ModelAndTokenizer) -> _Completer:
    """The rule for the engine's tokenizer and vocabulary (built once and cached)."""
    vocab = output_vocab_size(engine.model)
    eos = sorted(eos_token_ids(engine.model, engine.tokenizer))
    if not eos:
        raise GrammarError("completing a constrained output needs the model's end-of-sequence token")
    with _LOCK:
        found = _COMPLETERS.get(engine.tokenizer)
        if found is None or found.vocab_size != vocab or found.eos != eos:
            found = _COMPLETERS[engine.tokenizer] = _Completer(engine.tokenizer, vocab, eos)
        return found


def complete_output(engine: ModelAndTokenizer, grammar: Grammar, text: str) -> str:
    """The text to append to the released ``text`` so that it is a complete sentence of ``grammar``
    (``""`` when it already is). ``engine`` is the ``DPFusion`` (or anything with its ``model`` and
    ``tokenizer``) that decoded ``text``. Raises ``GrammarError`` if ``text`` does not follow the
    grammar (an engine bug) or no completion within :data:`MAX_COMPLETION_TOKENS` is found; the
    message never quotes ``text``."""
    tokenizer = engine.tokenizer
    completer = _completer(engine)
    matcher = completer.matcher(tokenizer, grammar)
    # Released text is plain text (special tokens were skipped): a "<|im_end|>" in it is characters.
    tokens = tokenizer.encode(text, add_special_tokens=False, split_special_tokens=True)
    if not matcher.consume_tokens(tokens):
        raise GrammarError("the released output does not follow the call's grammar")
    added: list[int] = []
    while not matcher.is_accepting():
        if len(added) >= MAX_COMPLETION_TOKENS:
            raise GrammarError(f"the grammar needs more than {MAX_COMPLETION_TOKENS} tokens to complete the output")
        token = completer.next_token(tokenizer, matcher)
        matcher.consume_token(token)
        added.append(token)
    return tokenizer.decode(added, skip_special_tokens=True) if added else ""
