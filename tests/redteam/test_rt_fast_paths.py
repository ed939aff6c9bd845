"""Red team of two fast paths: a lone constrained request's forced run fed in one forward
(``engine.decode.forced_run``) and the CPU search of open groups only
(``LambdaSearch._settle_open_groups``). Each must release exactly what the plain path releases
(``record=[]`` forces one step per token; ``early_exit=False`` searches every group)."""

from __future__ import annotations

from dataclasses import replace

import pytest
import torch

from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, PrivateSampler
from dpfusion_integrations.engine.divergence import symmetric_renyi
from dpfusion_integrations.engine.grammar import Grammar, compiler_for
from dpfusion_integrations.engine.lambda_search import LambdaSearch

# ---------------------------------------------------------------- λ search: open groups only


def _edge_batch(seed: int, caps: list[float]) -> tuple[torch.Tensor, ...]:
    """Four requests of five groups with every edge at once: a padding group (p = q), a NaN in p, a
    group with no mass where q has some, a public row with zeros, a NaN public row, different orders."""
    g = torch.Generator().manual_seed(seed)
    r, groups, v = 4, 5, 300
    logq = torch.log_softmax(torch.randn(r, 1, v, generator=g, dtype=torch.float64) * 3, -1)
    spread = torch.rand(r, groups, 1, generator=g, dtype=torch.float64) * 2
    logp = torch.log_softmax(logq + torch.randn(r, groups, v, generator=g, dtype=torch.float64) * spread, -1)
    logp[:, 0] = logq[:, 0]  # padding groups: equal to the public row, never open
    logp[0, 1, 5] = float("nan")  # a private context with a non-finite logit
    logp[1, 2, :10] = float("-inf")
    logp[1, 2] = torch.log_softmax(logp[1, 2], -1)
    logq[2, 0, :3] = float("-inf")  # public zeros: groups with mass there are blocked (λ = 0)
    logq[2] = torch.log_softmax(logq[2], -1)
    logq[3, 0, 7] = float("nan")  # a non-finite public row: nothing may be mixed in
    order = torch.tensor([2.0, 3.0, 5.0, 1.5], dtype=torch.float64).view(r, 1, 1)
    cap = torch.tensor(caps, dtype=torch.float64).view(r, 1)
    return logp, logq, order, cap


def _same(x: torch.Tensor, y: torch.Tensor) -> bool:
    return torch.equal(torch.isnan(x), torch.isnan(y)) and torch.equal(x.nan_to_num(0.0), y.nan_to_num(0.0))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("caps", [[1e-13, 0.05, 0.5, 5.0], [3.0, 1e-12, 0.02, 0.4]])
def test_open_groups_only_equal_every_group_bit_for_bit_on_edge_inputs(seed, caps):
    logp, logq, order, cap = _edge_batch(seed, caps)
    fast = LambdaSearch(early_exit=True)(logp, logq, order, cap)
    slow = LambdaSearch(early_exit=False)(logp, logq, order, cap)
    for a, b in zip(fast, slow, strict=True):
        assert _same(a, b)


def test_when_every_group_takes_lambda_one_nothing_is_searched_and_the_result_is_the_same(monkeypatch):
    logp, logq, order, cap = _edge_batch(0, [1.0, 1.0, 1.0, 1.0])
    logp = logq.expand(-1, 5, -1).clone()  # every group is padding
    logq, logp = logq[:3], logp[:3]
    logp[1, 3] = torch.log_softmax(logp[1, 3] + 1e-4 * torch.arange(logp.shape[-1], dtype=torch.float64), -1)
    order, cap = order[:3], torch.full((3, 1), 2.0, dtype=torch.float64)
    slow = LambdaSearch(early_exit=False)(logp, logq, order, cap)
    monkeypatch.setattr(LambdaSearch, "_propose", lambda *a, **k: pytest.fail("searched a group that takes λ = 1"))
    fast = LambdaSearch(early_exit=True)(logp, logq, order, cap)
    assert torch.equal(fast.lam, torch.ones_like(fast.lam))
    for a, b in zip(fast, slow, strict=True):
        assert _same(a, b)


@pytest.mark.parametrize("seed", range(4))
def test_open_groups_only_keep_the_cap_and_release_q_where_nothing_is_checked(seed):
    logp, logq, order, cap = _edge_batch(seed, [0.0, 1e-13, 0.3, 2.0])
    lam, _div, logm = LambdaSearch(early_exit=True)(logp, logq, order, cap)
    exact = symmetric_renyi(logm, logq, order)
    live = (cap > 0).expand_as(lam).clone()
    live[3] = False  # a non-finite public row: no divergence is finite (sampling refuses it)
    assert (exact[live] <= cap.expand_as(lam)[live]).all()  # NaN would fail this too
    assert torch.equal(lam[~live], torch.zeros_like(lam[~live]))  # cap 0 and the NaN public row
    assert _same(logm[0], logq[0].expand_as(logm[0]))  # cap 0: q itself
    assert lam[0, 1] == 0 or not torch.isnan(logp[0, 1]).any()  # NaN in a group: never mixed in
    assert lam[3].eq(0).all() and _same(logm[3], logq[3].expand_as(logm[3]))  # non-finite public row: q


# Found by this file (it was an xfail): the all-groups path reported D(q||q) as rounded (~1e-16) for a
# cap-0 request; both paths now report exactly 0, the divergence of q from itself.
@pytest.mark.parametrize("seed", [3, 5])
def test_a_cap_zero_request_reports_the_same_divergence_on_both_paths(seed):
    logp, logq, order, cap = _edge_batch(seed, [0.0, 0.05, 0.5, 1.0])
    fast = LambdaSearch(early_exit=True)(logp, logq, order, cap)
    slow = LambdaSearch(early_exit=False)(logp, logq, order, cap)
    assert _same(fast.lam, slow.lam) and _same(fast.log_mixture, slow.log_mixture)  # the release agrees
    assert torch.equal(fast.divergence[0], slow.divergence[0])


# ---------------------------------------------------------------- forced runs in one forward


#: Report fields that differ between two ledgers whatever the decode: the units' pseudonyms are keyed
#: per ledger.
VOLATILE = {"units", "units_groups", "units_group_labels"}


def _contexts(tokenizer, texts):
    from dpfusion_integrations.contexts import encode_chat, paraphrase_messages

    return tuple(tuple(encode_chat(tokenizer, paraphrase_messages(t))) for t in texts)


@pytest.fixture(scope="module")
def compiler(tiny_model, tokenizer):
    return compiler_for(tokenizer, vocab_size=tiny_model.config.vocab_size, eos_token_ids=[tokenizer.eos_token_id])


@pytest.fixture(scope="module")
def grammars(compiler):
    # "fixed": every token forced, then a forced EOS; "mixed": a choice, then a long forced tail
    return {"fixed": compiler.compile(Grammar.regex("The patient record number is hidden")),
            "mixed": compiler.compile(Grammar.regex("(yes|no|maybe), the patient record is closed now")),
            "repeat": compiler.compile(Grammar.regex("(ab|cd){1,6}x{12}"))}


@pytest.fixture(scope="module")
def contexts(tokenizer):
    return _contexts(tokenizer, ["[PERSON] has MRN [ID].", "Ann Lee has MRN [ID].", "[PERSON] has MRN 483920."])


def _decode(model, tokenizer, requests, seed, slow, stop_at=None):
    """``(per-request outcome, what on_token saw, width of each forward)``."""
    decoder = FusedDecoder(model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    seen: list[tuple[int, int]] = []
    widths: list[int] = []

    def on_token(r, t):
        seen.append((r, t))
        return stop_at is not None and sum(1 for q, _ in seen if q == r) >= stop_at

    def counted(*args, **kwargs):
        widths.append(kwargs["input_ids"].shape[-1])
        return original(*args, **kwargs)

    original = model.forward
    model.forward = counted
    try:
        results = decoder.decode(requests, PrivateSampler(len(requests), seed=seed), on_token=on_token,
                                 record=[] if slow else None)
    finally:
        del model.forward
    return [(x.tokens, x.forced, x.closing, x.stopped_by_eos, x.grammar_complete) for x in results], seen, widths


def _both(model, tokenizer, requests, seed, stop_at=None):
    """Decode with forced runs and one step per token; the releases must agree. Returns the fast
    path's outcome and stream, and whether it skipped any step's forward (a run fed in one forward,
    or a run that ends the decode and needs none)."""
    fast = _decode(model, tokenizer, requests, seed, False, stop_at)
    slow = _decode(model, tokenizer, requests, seed, True, stop_at)
    assert fast[:2] == slow[:2]
    assert all(w == 1 for w in slow[2][2:]) and sum(fast[2]) <= sum(slow[2])
    return fast[0], fast[1], len(fast[2]) < len(slow[2])


@pytest.mark.parametrize("seed", [1, 2])
def test_a_wholly_forced_output_ends_by_a_forced_eos_the_same_way(tiny_model, tokenizer, grammars, contexts, seed):
    req = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=8, grammar=grammars["fixed"])
    [(tokens, forced, closing, eos, complete)], _, ran = _both(tiny_model, tokenizer, [req], seed)
    assert ran and eos and complete and forced == len(tokens) and closing == 0
    assert tokenizer.decode(tokens).startswith("The")


def test_the_forced_budget_hitting_each_position_of_a_run_exactly(tiny_model, tokenizer, grammars, contexts):
    req = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=8, grammar=grammars["mixed"])
    [(full, forced, *_)], _, ran = _both(tiny_model, tokenizer, [req], 4)
    assert ran
    for budget in range(1, forced + 1):
        [(tokens, got, _c, eos, _g)], _, _ = _both(tiny_model, tokenizer, [replace(req, max_forced_tokens=budget)], 4)
        assert got == budget and not eos and tokens == full[: len(tokens)]


def test_a_consumer_stop_at_each_position_of_a_run(tiny_model, tokenizer, grammars, contexts):
    req = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=8, grammar=grammars["mixed"])
    [(full, *_)], _, ran = _both(tiny_model, tokenizer, [req], 6)
    assert ran
    for stop_at in range(1, len(full) + 1, 3):
        [(tokens, *_)], seen, _ = _both(tiny_model, tokenizer, [req], 6, stop_at=stop_at)
        assert tokens == full[:stop_at] and [t for _, t in seen] == tokens


@pytest.mark.parametrize("max_new", [1, 2, 3])
def test_a_closing_phase_that_starts_right_before_a_run(tiny_model, tokenizer, grammars, contexts, max_new):
    req = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=max_new, grammar=grammars["repeat"],
                        max_closing_tokens=6)
    [(tokens, forced, closing, _e, _g)], _, ran = _both(tiny_model, tokenizer, [req], 8)
    assert ran and closing > 0 and len(tokens) - forced - closing <= max_new and closing <= 6


def test_a_request_whose_batch_mates_finish_becomes_lone_and_still_releases_the_same(tiny_model, tokenizer,
                                                                                    grammars, contexts):
    lone = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=6, grammar=grammars["mixed"])
    mate = DecodeRequest(contexts=contexts[:2], order=2.0, cap=0.5, max_new_tokens=2)
    other = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=3, grammar=grammars["repeat"],
                          max_closing_tokens=0)  # cut after 3 steps: the constrained request is then lone
    out, seen, ran = _both(tiny_model, tokenizer, [mate, lone, other], 12)
    assert ran and out[1][1] > 0 and [t for r, t in seen if r == 1] == out[1][0]


def test_dpfusion_generate_with_stop_strings_releases_charges_and_streams_the_same(tiny_dp, grammars, tmp_path,
                                                                                  monkeypatch):
    from dpfusion_integrations.ledger import PrivacyLedger

    messages = [{"role": "user", "content": "Is Ann Lee, MRN 483920, discharged?"}]
    spans = [[(3, 10, "PERSON"), (16, 22, "ID")]]
    grammar = Grammar.regex("(yes|no|maybe), the patient record is closed now")
    real = tiny_dp._decoder.decode

    def run(slow: bool, stop: list[str] | None):
        monkeypatch.setattr(tiny_dp._decoder, "decode",
                            lambda *a, **k: real(*a, **{**k, "record": [] if slow else k.get("record")}))
        seen: list[int] = []
        with PrivacyLedger.open(f"sqlite:///{tmp_path / f'{slow}{stop}.db'}", alpha=4.0, create=True) as ledger:
            out = tiny_dp.generate(messages, epsilon=4.0, max_new_tokens=4, spans=spans, seed=5, ledger=ledger,
                                   units=["pat-1"], grammar=grammar, stop=stop, on_token=seen.append)
            spent = ledger.spent_rdp("pat-1")
        monkeypatch.setattr(tiny_dp._decoder, "decode", real)
        report = out.report.model_dump()
        return out.text, report, spent, seen

    def comparable(result):  # per ledger: the call id, the time and the units' pseudonyms
        text, report, spent, seen = result
        return text, {k: v for k, v in report.items() if k not in VOLATILE}, spent, seen

    full = run(False, None)
    assert comparable(full) == comparable(run(True, None))
    cut = full[0].split(",")[1][:8].strip() or "patient"
    fast, slow = run(False, [cut]), run(True, [cut])
    assert comparable(fast) == comparable(slow) and cut not in fast[0]


def test_a_langchain_tool_call_streamed_releases_the_same_call_and_report(tiny_dp, monkeypatch):
    """A forced tool call through ``ChatDPFusion.stream``: a grammar with long forced runs (keys,
    punctuation) and a budget cut closed by the public phase; same arguments, same report."""
    from langchain_core.messages import HumanMessage
    from langchain_dpfusion import ChatDPFusion
    from pydantic import BaseModel

    class Lookup(BaseModel):
        """Look a patient up."""

        ref: str
        urgent: bool

    llm = ChatDPFusion(engine=tiny_dp, epsilon=4.0, max_tokens=4, seed=5).bind_tools([Lookup], tool_choice="Lookup")
    messages = [HumanMessage("Book a visit for <private>Ann Lee</private>, urgently.")]
    real = tiny_dp._decoder.decode

    def run(slow: bool):
        widths: list[int] = []
        original = tiny_dp.model.forward

        def counted(*args, **kwargs):
            widths.append(kwargs["input_ids"].shape[-1])
            return original(*args, **kwargs)

        monkeypatch.setattr(tiny_dp.model, "forward", counted)
        monkeypatch.setattr(tiny_dp._decoder, "decode",
                            lambda *a, **k: real(*a, **{**k, "record": [] if slow else k.get("record")}))
        chunks = list(llm.stream(messages))
        monkeypatch.undo()
        tiny_dp.model.__dict__.pop("forward", None)  # undo leaves the bound method as an instance attribute
        calls = [(c["name"], c["args"]) for chunk in chunks for c in chunk.tool_call_chunks]
        report = chunks[-1].response_metadata["dpfusion"]
        report = report.model_dump() if hasattr(report, "model_dump") else dict(report)
        return calls, {k: v for k, v in report.items() if k not in VOLATILE}, widths

    fast, slow = run(False), run(True)
    assert fast[:2] == slow[:2] and fast[1]["tokens_forced"] > 0
    assert max(fast[2][2:]) > 1 and all(w == 1 for w in slow[2][2:])  # the fast path did run


class _Script:
    """A public grammar stand-in: ``allowed()`` from a script of masks (wider than the model's
    logits, as when the tokenizer's vocabulary is), ``consume`` advances it."""

    def __init__(self, masks: list[list[int]], width: int) -> None:
        self.masks, self.width, self.consumed = masks, width, []

    def allowed(self) -> torch.Tensor:
        mask = torch.zeros(self.width, dtype=torch.bool)
        mask[self.masks[len(self.consumed)]] = True
        return mask

    def consume(self, token: int) -> None:
        self.consumed.append(token)

    @property
    def accepting(self) -> bool:
        return len(self.consumed) == len(self.masks) - 1


def test_forced_run_counts_only_tokens_within_the_logits_width_and_draws_once_per_booked_step():
    """Token ids at or beyond the logits width are ignored exactly as the step's mask ignores them:
    one allowed id inside plus one beyond is forced; one beyond alone is not forced (no draw)."""
    from dpfusion_integrations.engine.decode import DecodeResult, forced_run

    vocab, eos = 10, 9
    req = DecodeRequest(contexts=((1, 2),), order=2.0, cap=0.5, max_new_tokens=4, grammar=object())
    script = _Script([[3, 12], [4], [11]], width=16)  # forced 3 (12 is beyond), forced 4, then only 11
    draws: list[int] = []
    result = DecodeResult()
    run, done = forced_run(req, result, script, vocab, frozenset({eos}), lambda: draws.append(1), None)
    assert (run, done, result.forced, len(draws), result.stopped_by_eos) == ([3, 4], False, 2, 2, False)
    # a forced EOS: drawn for, not a token, the decode ends
    script = _Script([[5], [eos, 14]], width=16)
    result, draws = DecodeResult(), []
    run, done = forced_run(req, result, script, vocab, frozenset({eos}), lambda: draws.append(1), None)
    assert (run, done, result.tokens, result.stopped_by_eos, len(draws)) == ([5], True, [5], True, 2)
    assert script.consumed == [5]  # EOS is not consumed (as on the step path)


class _Scripted(PrivateSampler):
    """Uniform 0.5 at every step but ``at``, which draws ``value``: places a draw on a CDF edge."""

    def __init__(self, at: int, value: float) -> None:
        super().__init__(1, seed=0)
        self.at, self.value, self.calls = at, value, 0

    def uniforms(self, rows: list[int]) -> torch.Tensor:
        self.calls += 1
        return torch.full((len(rows),), self.value if self.calls - 1 == self.at else 0.5, dtype=torch.float64)


# Not strict: whether the two forwards round differently depends on the CPU kernels chosen at run time
# (a loaded machine was seen to give identical logits), so an unexpected pass is not a failure.
@pytest.mark.xfail(strict=False, reason=(
    "a run fed in one forward gives float32 logits that differ from one forward per token in the last "
    "bits (~1e-6), so a later private draw that falls that close to a CDF edge may release another token: "
    "releases are identical up to float rounding, not bit for bit"))
def test_a_draw_on_a_cdf_edge_after_a_run_releases_the_same_token(tiny_model, tokenizer, compiler, contexts):
    grammar = compiler.compile(Grammar.regex("(yes|no), the patient record is ([a-z]{1,3})"))
    req = DecodeRequest(contexts=contexts, order=3.0, cap=0.3, max_new_tokens=3, grammar=grammar)
    decoder = FusedDecoder(tiny_model, eos_token_ids=[tokenizer.eos_token_id], cpu_kernels=False)
    record: list[dict] = []
    decoder.decode([req], _Scripted(-1, 0.5), record=record)
    # the first step after the forced run with a choice: the edge between its two likeliest tokens
    free = [k for k, step in enumerate(record) if (step["released"][0] > -float("inf")).sum() > 1]
    k = free[1]
    probs = torch.softmax(torch.as_tensor(record[k]["released"][0]), -1)
    cdf = torch.cumsum(probs, -1)
    j = int(torch.topk(probs, 2).indices.min())
    edge = float(cdf[j] / cdf[-1])
    for value in (edge - 1e-9, edge + 1e-9):
        fast = decoder.decode([req], _Scripted(k, value))[0].tokens
        slow = decoder.decode([req], _Scripted(k, value), record=[])[0].tokens
        assert fast == slow
