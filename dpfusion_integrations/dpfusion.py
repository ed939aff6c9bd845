"""``DPFusion``: the public entry point. Reads top to bottom as the data path:
text → groups → aligned contexts → fused decode → report → ledger.
"""

from __future__ import annotations

import copy
import logging
import math
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from dpfusion_integrations.accounting import (
    Calibration,
    Relation,
    calibrate,
    enforcement_order,
    guarantee,
    rdp_to_epsilon,
)
from dpfusion_integrations.budget import (
    accounting_relation,
    charge_rdp,
    check_units,
    reserve_all,
    settle,
    unit_charges,
)
from dpfusion_integrations.accounting.events import refunded_steps
from dpfusion_integrations.accounting.slots import SlotCalibration, calibrate_slots
from dpfusion_integrations.contexts.prompts import strip_echo
from dpfusion_integrations.engine import DecodeRequest, FusedDecoder, LambdaSearch, PrivateSampler
from dpfusion_integrations.engine.faithful import FaithfulDecoder, FaithfulRequest
from dpfusion_integrations.engine.grammar import CompiledGrammar, Grammar, compiler_for
from dpfusion_integrations.errors import ContextTooLongError, InvalidParameterError
from dpfusion_integrations.models import eos_token_ids, output_vocab_size
from dpfusion_integrations.prepare import (
    MarkupMode,
    PreparedCall,
    SpanSource,
    parse_markup_mode,
    check_budget_fits,
    prepare_faithful,
    prepare_messages,
    prepare_text,
)
from dpfusion_integrations.release_settings import check_surrogates
from dpfusion_integrations.report import PrivacyReport, PrivateDebugInfo, PrivatizationResult
from dpfusion_integrations.stopping import RepeatStop, StopSequences
from dpfusion_integrations.tagging import (
    GroupPolicy,
    Tagger,
    TaggerProfile,
    TagPreview,
    default_tagger,
    load_or_create_unit_key,
    parse_policy,
    parse_profile,
    preview_text,
)
from dpfusion_integrations.tagging.language import LanguageCheck, parse_language_check
from dpfusion_integrations.unit_aliases import alias_units

if TYPE_CHECKING:
    from dpfusion_integrations.corpus import TextRecord
    from dpfusion_integrations.ledger import PrivacyLedger
    from dpfusion_integrations.synthesis import SyntheticDataset

__all__ = ["DPFusion"]

logger = logging.getLogger(__name__)

CONVERSION = "rdp-improved (Balle et al. 2020, Thm. 21)"
#: A ledger rounds each unit's charge up to whole micro-nats; calibration keeps that much unspent.
LEDGER_ROUNDING = 1e-6
#: Chat token budget when the caller gives none; the paraphrase derives its budget from the document.
DEFAULT_MAX_NEW_TOKENS = 256
MIN_DERIVED_TOKENS, MAX_DERIVED_TOKENS = 32, 512
#: Faithful release: the most steps one private slot may take. A placeholder is at most 6 tokens of
#: the embedded model's tokenizer; a date or a phone number is 10-13 (it writes one digit per token).
DEFAULT_SLOT_TOKENS = 12
RELEASES = ("faithful", "paraphrase")
#: Paraphrase and chat: a token that would repeat a 12-token n-gram of the output is banned (12 tokens
#: leave room for placeholders and short phrases that legitimately recur).
NO_REPEAT_NGRAM = 12
#: Constrained calls: most tokens a grammar may force (free) on top of the sampled budget.
MAX_FORCED_TOKENS = 1024
#: Constrained calls: the recommended closing budget, i.e. most closing-phase steps (drawn from the
#: public context alone, free) that may complete an output the sampled budget cut (``docs/guarantee.md``,
#: "Closing an output the budget cut"), and the default of ``generate``'s ``max_closing_tokens``
#: (0 leaves a cut output cut).
DEFAULT_CLOSING_TOKENS = 64
MAX_CLOSING_TOKENS = 1024


class DPFusion:
    """Differentially private generation with DP-Fusion over a local causal LM.

    Thread-safe: decodes are serialized on one lock, so several callers (threads, async adapters)
    can share one instance and one device.

    On CPU, decoding runs the model's linear layers on packed oneDNN weights (``cpu_kernels``,
    on by default): the N + 1 contexts of a step then cost about what one does. Stock weights
    whose pages the model's file backs are dropped from memory while packed, so the packed copy
    replaces them (weights built or converted in memory still cost a second copy). ``lambda_iterations``
    is the λ search's fixed number of evaluations per step.

    Private spans come from ``tagger`` if given, else from the default tagger of ``tagger_profile``:
    ``"recall"`` (default; a union of offline detectors that redacts by default) or ``"precision"``
    (Presidio with its default entities; fewer spans, more misses). Spans a tagger misses are not
    protected; :meth:`preview` shows what will be. Text in a language the tagger does not read is
    refused before tagging (``UnsupportedLanguageError``); ``language_check="off"`` tags it anyway
    (with ``tagger=``, set it on the tagger instead).
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        tagger: Tagger | None = None,
        group_policy: GroupPolicy | str = GroupPolicy.ENTITY_TYPE,
        relation: Relation | str = Relation.REDACTION,
        temperature: float = 0.5,
        unit_key: bytes | None = None,
        model_name: str | None = None,
        lambda_iterations: int = 8,
        cpu_kernels: bool = True,
        tagger_profile: TaggerProfile | str | None = None,
        language_check: LanguageCheck | str | None = None,
    ) -> None:
        if not (isinstance(temperature, (int, float)) and math.isfinite(temperature) and temperature > 0):
            raise InvalidParameterError("temperature must be > 0 (greedy decoding is not differentially private)")
        if tagger is not None and tagger_profile is not None:
            raise InvalidParameterError("pass either tagger or tagger_profile, not both")
        if tagger is not None and language_check is not None:
            raise InvalidParameterError("with tagger=, set language_check on the tagger itself")
        self.model = model
        self.tokenizer = tokenizer
        self._tagger = tagger
        self.tagger_profile = parse_profile(tagger_profile) if tagger_profile is not None else TaggerProfile.RECALL
        self._language_check = (LanguageCheck.REFUSE if language_check is None
                                else parse_language_check(language_check))
        self.group_policy = parse_policy(group_policy)
        self.relation = _parse_relation(relation)
        self.temperature = float(temperature)
        self._unit_key = unit_key
        self.model_name = model_name or getattr(getattr(model, "config", None), "name_or_path", None) or type(model).__name__
        self._decoder = FusedDecoder(
            model,
            eos_token_ids=eos_token_ids(model, tokenizer),
            pad_token_id=tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0,
            temperature=self.temperature,
            search=LambdaSearch(iterations=lambda_iterations),
            cpu_kernels=cpu_kernels,
        )
        self._lock = threading.Lock()

    @classmethod
    def from_pretrained(
        cls, model_id_or_path: str | None = None, *, device: str | None = None, dtype: Any = None, **kwargs: Any
    ) -> DPFusion:
        """Load the embedded SmolLM2-135M-Instruct (no argument) or a local HF model, offline."""
        from dpfusion_integrations.models import load_model_and_tokenizer

        model, tokenizer, name = load_model_and_tokenizer(model_id_or_path, device=device, dtype=dtype)
        kwargs.setdefault("model_name", name)
        return cls(model, tokenizer, **kwargs)

    def with_temperature(self, temperature: float) -> DPFusion:
        """A view of this engine that samples at another temperature; it shares the model, the
        tagger and the decode lock (so the device stays serialized)."""
        if not (isinstance(temperature, (int, float)) and math.isfinite(temperature) and temperature > 0):
            raise InvalidParameterError("temperature must be > 0 (greedy decoding is not differentially private)")
        clone = copy.copy(self)
        clone.temperature = float(temperature)
        clone._decoder = FusedDecoder(self.model, eos_token_ids=self._decoder.eos_token_ids,
                                      pad_token_id=self._decoder.pad_token_id, temperature=clone.temperature,
                                      search=self._decoder.search, cpu_kernels=self._decoder.cpu_kernels)
        return clone

    @property
    def tagger(self) -> Tagger:
        """The PII tagger: the one given, else the default tagger of ``tagger_profile``."""
        if self._tagger is None:
            self._tagger = default_tagger(self.tagger_profile, language_check=self._language_check)
        return self._tagger

    @property
    def unit_key(self) -> bytes:
        """Key of the privacy-unit ids (local, created once; keeps ids unlinkable to values)."""
        if self._unit_key is None:
            self._unit_key = load_or_create_unit_key()
        return self._unit_key

    @property
    def context_limit(self) -> int | None:
        return getattr(getattr(self.model, "config", None), "max_position_embeddings", None)

    # ------------------------------------------------------------------ public API
    def privatize(self, text: str, *, epsilon: float, delta: float = 1e-5, max_new_tokens: int | None = None,
                  seed: int | None = None, spans: SpanSource = None, group_policy: GroupPolicy | str | None = None,
                  relation: Relation | str | None = None, alpha: float | None = None, cap: float | None = None,
                  allow_no_spans: bool = False, instruction: str | None = None, debug: bool = False,
                  ledger: PrivacyLedger | None = None, units: Sequence[str] | None = None,
                  markup: MarkupMode | str = MarkupMode.AUGMENT,
                  on_token: Callable[[int], bool | None] | None = None,
                  on_start: Callable[[PrivacyReport], None] | None = None,
                  release: str = "paraphrase", slot_tokens: int | None = None,
                  repetition_control: bool | None = None, surrogates: bool = False) -> PrivatizationResult:
        """Paraphrase ``text`` so that the output is (ε, δ)-DP with respect to each privacy group.

        Spans come from ``spans=[(start, end, group)]`` (used alone), or from the tagger plus any inline
        ``<private>`` markup (``markup="exclusive"``: the markup alone). ``epsilon=0`` decodes from the
        public context only. ``alpha`` and ``cap`` override calibration. With a ``ledger``, the budget of
        every unit (``units``, or one per distinct entity value) is reserved before the first token and
        committed (unused tail refunded) afterwards. ``on_token(id)`` streams each released token and
        may return True to stop; ``on_start(report)`` receives, before the first token, the report of
        the full charge (what a ledger keeps if the decode fails after releasing tokens).

        ``release="faithful"`` keeps the public text verbatim (forced, free) and samples only the private
        slots, each by its own group with its own cap, charged ``slot_tokens`` steps per slot
        (``docs/guarantee.md``); ``max_new_tokens``, ``instruction`` and ``repetition_control`` belong to
        the paraphrase. ``repetition_control`` (default on) bans tokens that would repeat a 12-token
        n-gram of the output and stops at the first repeated sentence (rules on released tokens only).
        ``surrogates=True`` (faithful only) shows each private span to the public context as a fixed
        fake of its type (``Alex Morgan``) instead of its placeholder, so that the output reads
        naturally; the surrogates are public and data-independent, the charge is unchanged, and
        ``redacted_text`` is then the public context with its surrogates.
        """
        mode = _parse_release(release, max_new_tokens, slot_tokens, instruction, repetition_control)
        if _check_surrogates(mode, surrogates) == "faithful":
            prepared = [self._prepare_faithful(text, spans, group_policy, _slot_tokens(slot_tokens), allow_no_spans,
                                               markup, surrogates=surrogates)]
            return self._run_faithful(prepared, epsilon=epsilon, delta=delta, seed=seed, relation=relation,
                                      alpha=alpha, cap=cap, debug=debug, ledger=ledger, units=[units],
                                      on_token=_single(on_token), on_start=_single(on_start))[0]
        prepared = [self._prepare_text(text, spans, group_policy, 1 if max_new_tokens is None else max_new_tokens,
                                       allow_no_spans, instruction,
                                       markup)]
        return self._run(prepared, epsilon=epsilon, delta=delta, max_new_tokens=self._budgets(prepared, max_new_tokens),
                         seed=seed,
                         relation=relation, alpha=alpha, cap=cap, debug=debug, ledger=ledger,
                         units=[units], on_token=_single(on_token), on_start=_single(on_start),
                         repetition_control=repetition_control is not False)[0]

    def privatize_many(self, texts: Sequence[str], *, epsilon: float, delta: float = 1e-5,
                       max_new_tokens: int | None = None, seed: int | None = None,
                       spans: Sequence[SpanSource] | None = None,
                       group_policy: GroupPolicy | str | None = None, relation: Relation | str | None = None,
                       alpha: float | None = None, cap: float | None = None, allow_no_spans: bool = False,
                       instruction: str | None = None, debug: bool = False, ledger: PrivacyLedger | None = None,
                       units: Sequence[Sequence[str] | None] | None = None,
                       markup: MarkupMode | str = MarkupMode.AUGMENT, release: str = "paraphrase",
                       slot_tokens: int | None = None,
                       repetition_control: bool | None = None, surrogates: bool = False) -> list[PrivatizationResult]:
        """``privatize`` for many texts, decoded together (all documents × groups per forward).
        An integer ``seed`` gives document ``i`` the seed ``seed + i``."""
        mode = _check_surrogates(_parse_release(release, max_new_tokens, slot_tokens, instruction,
                                                repetition_control), surrogates)
        if isinstance(texts, str) or not isinstance(texts, Sequence):
            raise InvalidParameterError("texts must be a sequence of str")
        if not texts:
            return []
        for name, value in (("spans", spans), ("units", units)):
            if value is not None and len(value) != len(texts):
                raise InvalidParameterError(f"{name} must hold one entry per text")
        if mode == "faithful":
            prepared = [self._prepare_faithful(t, None if spans is None else spans[i], group_policy,
                                               _slot_tokens(slot_tokens), allow_no_spans, markup,
                                               surrogates=surrogates)
                        for i, t in enumerate(texts)]
            return self._run_faithful(prepared, epsilon=epsilon, delta=delta, seed=seed, relation=relation,
                                      alpha=alpha, cap=cap, debug=debug, ledger=ledger,
                                      units=list(units) if units is not None else [None] * len(texts))
        prepared = [self._prepare_text(t, None if spans is None else spans[i], group_policy,
                                       1 if max_new_tokens is None else max_new_tokens,
                                       allow_no_spans, instruction, markup) for i, t in enumerate(texts)]
        return self._run(prepared, epsilon=epsilon, delta=delta, max_new_tokens=self._budgets(prepared, max_new_tokens),
                         seed=seed,
                         relation=relation, alpha=alpha, cap=cap, debug=debug, ledger=ledger,
                         units=list(units) if units is not None else [None] * len(texts),
                         repetition_control=repetition_control is not False)

    def generate(self, messages: Sequence[Mapping[str, Any]], *, epsilon: float, delta: float = 1e-5,
                 max_new_tokens: int = 256, seed: int | None = None, spans: Sequence[SpanSource] | None = None,
                 group_policy: GroupPolicy | str | None = None, relation: Relation | str | None = None,
                 alpha: float | None = None, cap: float | None = None, allow_no_spans: bool = False,
                 debug: bool = False, ledger: PrivacyLedger | None = None, units: Sequence[str] | None = None,
                 stop: Sequence[str] | None = None, markup: MarkupMode | str = MarkupMode.AUGMENT,
                 on_token: Callable[[int], bool | None] | None = None,
                 on_start: Callable[[PrivacyReport], None] | None = None,
                 repetition_control: bool = True, grammar: Grammar | None = None,
                 max_closing_tokens: int = DEFAULT_CLOSING_TOKENS) -> PrivatizationResult:
        """Chat completion over ``messages`` (``{"role", "content"}``, optional ``"public": True``)
        whose private spans are tagged (plus inline markup), or given per message in ``spans``.
        Decoding ends at EOS, ``max_new_tokens``, the first ``stop`` string (which is cut from the
        text), or when ``on_token`` returns True. ``on_start`` as in :meth:`privatize`.

        ``grammar`` (a public :class:`~dpfusion_integrations.engine.grammar.Grammar`: JSON schema,
        regex or Lark) constrains the output: every context is masked to the tokens it allows, EOS
        only once the output is complete, and tokens it forces are free (``max_new_tokens`` counts
        the sampled ones; see ``docs/guarantee.md``). Repetition control is off for such calls (a
        JSON value may repeat itself legitimately). If the sampled budget runs out before the output
        is complete, up to ``max_closing_tokens`` more steps (``DEFAULT_CLOSING_TOKENS`` = 64; 0:
        none, the output stays cut) are drawn from the public
        context's masked distribution alone, at no ε, until it is; ``report.grammar_complete`` says
        whether it was and ``report.tokens_closing`` how many such steps were taken."""
        prepared = [self._prepare_messages(messages, spans, group_policy, max_new_tokens, allow_no_spans, markup)]
        return self._run(prepared, epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, seed=seed,
                         relation=relation, alpha=alpha, cap=cap, debug=debug, ledger=ledger,
                         units=[units], on_token=_single(on_token), stop=stop, on_start=_single(on_start),
                         repetition_control=repetition_control, grammar=grammar,
                         max_closing_tokens=max_closing_tokens)[0]

    def generate_many(self, conversations: Sequence[Sequence[Mapping[str, Any]]], *, epsilon: float,
                      delta: float = 1e-5, max_new_tokens: int = 256, seed: int | None = None,
                      group_policy: GroupPolicy | str | None = None, relation: Relation | str | None = None,
                      alpha: float | None = None, cap: float | None = None, allow_no_spans: bool = False,
                      ledger: PrivacyLedger | None = None, units: Sequence[Sequence[str] | None] | None = None,
                      stop: Sequence[str] | None = None,
                      markup: MarkupMode | str = MarkupMode.AUGMENT,
                      repetition_control: bool = True,
                      grammar: Grammar | None = None,
                      max_closing_tokens: int = DEFAULT_CLOSING_TOKENS) -> list[PrivatizationResult]:
        """``generate`` for many conversations, decoded together in one batch (one ``grammar``, if
        given, for all of them; ``max_closing_tokens`` as in :meth:`generate`)."""
        if isinstance(conversations, (str, Mapping)) or not isinstance(conversations, Sequence):
            raise InvalidParameterError("conversations must be a sequence of message lists")
        if not conversations:
            return []
        if units is not None and len(units) != len(conversations):
            raise InvalidParameterError("units must hold one entry per conversation")
        prepared = [self._prepare_messages(m, None, group_policy, max_new_tokens, allow_no_spans, markup)
                    for m in conversations]
        return self._run(prepared, epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, seed=seed,
                         relation=relation, alpha=alpha, cap=cap, debug=False, ledger=ledger,
                         units=list(units) if units is not None else [None] * len(prepared), stop=stop,
                         repetition_control=repetition_control, grammar=grammar,
                         max_closing_tokens=max_closing_tokens)

    def synthesize(self, records: Iterable[TextRecord | Mapping[str, Any]], *, epsilon: float, delta: float = 1e-5,
                   max_new_tokens: int | None = None, seed: int | None = None, batch_size: int = 8,
                   ledger: PrivacyLedger | None = None, group_policy: GroupPolicy | str | None = None,
                   relation: Relation | str | None = None, instruction: str | None = None,
                   allow_no_spans: bool = False, on_error: Literal["raise", "skip"] = "raise",
                   on_progress: Callable[[int], None] | None = None, release: str = "paraphrase",
                   slot_tokens: int | None = None, surrogates: bool = False) -> SyntheticDataset:
        """A DP synthetic dataset: each record rewritten under its own units, labels kept, with a
        manifest of ε per record and per unit (see ``dpfusion_integrations.synthesis``);
        ``release``, ``slot_tokens`` and ``surrogates`` as in :meth:`privatize`."""
        from dpfusion_integrations.synthesis import synthesize

        return synthesize(self, records, epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, seed=seed,
                          batch_size=batch_size, ledger=ledger, group_policy=group_policy, relation=relation,
                          instruction=instruction, allow_no_spans=allow_no_spans, on_error=on_error,
                          on_progress=on_progress, release=release, slot_tokens=slot_tokens,  # type: ignore[arg-type]
                          surrogates=surrogates)

    def preview(self, text: str, *, spans: SpanSource = None, group_policy: GroupPolicy | str | None = None,
                markup: MarkupMode | str = MarkupMode.AUGMENT) -> TagPreview:
        """What :meth:`privatize` would protect in ``text``, without decoding (no model run, no budget):
        the public context (``redacted_text``, exactly what the model sees with every private span
        replaced by its placeholder) and each span's offsets, type and group. Spans, markup and the
        group policy mean what they mean in :meth:`privatize`. Holds no private value."""
        return preview_text(text, tagger=self._lazy_tagger(), group_policy=self._policy(group_policy), spans=spans,
                            markup=markup)

    def calibrate(self, *, epsilon: float, delta: float = 1e-5, max_new_tokens: int = 256, n_groups: int = 1,
                  relation: Relation | str | None = None, alpha: float | None = None) -> Calibration:
        """The (α, cap) a call with these public parameters would use."""
        return calibrate(epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, n_groups=n_groups,
                         relation=self._relation(relation), alpha=alpha)

    # ------------------------------------------------------------------ internals
    def _policy(self, policy: GroupPolicy | str | None) -> GroupPolicy:
        return self.group_policy if policy is None else parse_policy(policy)

    def _relation(self, relation: Relation | str | None) -> Relation:
        return self.relation if relation is None else _parse_relation(relation)

    def _lazy_tagger(self) -> Tagger:
        return _LazyTagger(self)

    def _prepare_text(self, text: str, spans: SpanSource, policy: GroupPolicy | str | None, max_new_tokens: int,
                      allow_no_spans: bool, instruction: str | None, markup: MarkupMode | str) -> PreparedCall:
        return prepare_text(text, tokenizer=self.tokenizer, tagger=self._lazy_tagger(), policy=self._policy(policy),
                            unit_key=self.unit_key, max_new_tokens=_check_tokens(max_new_tokens),
                            context_limit=self.context_limit, spans=spans, instruction=instruction,
                            allow_no_spans=allow_no_spans, markup=parse_markup_mode(markup))

    def _prepare_faithful(self, text: str, spans: SpanSource, policy: GroupPolicy | str | None, slot_tokens: int,
                          allow_no_spans: bool, markup: MarkupMode | str, *, surrogates: bool = False) -> PreparedCall:
        return prepare_faithful(text, tokenizer=self.tokenizer, tagger=self._lazy_tagger(), policy=self._policy(policy),
                                unit_key=self.unit_key, slot_tokens=slot_tokens, context_limit=self.context_limit,
                                spans=spans, allow_no_spans=allow_no_spans, markup=parse_markup_mode(markup),
                                surrogates=surrogates)

    def _prepare_messages(self, messages: Sequence[Mapping[str, Any]], spans: Sequence[SpanSource] | None,
                          policy: GroupPolicy | str | None, max_new_tokens: int, allow_no_spans: bool,
                          markup: MarkupMode | str) -> PreparedCall:
        return prepare_messages(messages, tokenizer=self.tokenizer, tagger=self._lazy_tagger(),
                                policy=self._policy(policy), unit_key=self.unit_key,
                                max_new_tokens=_check_tokens(max_new_tokens), context_limit=self.context_limit,
                                spans=spans, allow_no_spans=allow_no_spans, markup=parse_markup_mode(markup))

    def _calibration(self, n_groups: int, epsilon: float, delta: float, max_new_tokens: int, relation: Relation,
                     alpha: float | None, cap: float | None, ledger: PrivacyLedger | None,
                     groups_changed: int) -> Calibration:
        alpha = _ledger_order(alpha, ledger)
        if n_groups == 0:  # nothing private: decoded from the public text, nothing to charge
            return calibrate(epsilon=0.0, delta=delta, max_new_tokens=max_new_tokens, n_groups=0,
                             relation=relation, alpha=alpha)
        if cap is None:
            return calibrate(epsilon=epsilon, delta=delta, max_new_tokens=max_new_tokens, n_groups=n_groups,
                             relation=relation, alpha=alpha, groups_changed=groups_changed,
                             rdp_headroom=LEDGER_ROUNDING if ledger is not None else 0.0)
        alpha, cap = _fixed_cap(alpha, cap)
        return guarantee(alpha=alpha, cap=cap, n_groups=n_groups, max_new_tokens=max_new_tokens,
                         delta=delta, relation=relation, groups_changed=groups_changed)

    def _run(self, prepared: list[PreparedCall], *, epsilon: float, delta: float, max_new_tokens: int | list[int],
             seed: int | None, relation: Relation | str | None, alpha: float | None, cap: float | None,
             debug: bool, ledger: PrivacyLedger | None, units: list[Sequence[str] | None],
             on_token: Callable[[int, int], bool | None] | None = None,
             stop: Sequence[str] | None = None,
             on_start: Callable[[int, PrivacyReport], None] | None = None,
             repetition_control: bool = True, grammar: Grammar | None = None,
             max_closing_tokens: int = DEFAULT_CLOSING_TOKENS) -> list[PrivatizationResult]:
        rel = self._relation(relation)
        closing = _check_closing(max_closing_tokens)
        compiled = self._compile(grammar)
        repetition_control = repetition_control and compiled is None
        stops = StopSequences(self.tokenizer, stop)
        repeats = RepeatStop(self.tokenizer, enabled=bool(repetition_control))
        _check_seed(seed)
        for unit_list in units:
            check_units(unit_list)
        budgets = max_new_tokens if isinstance(max_new_tokens, list) else [max_new_tokens] * len(prepared)
        charged = [unit_charges(p.unit_groups(), p.n_groups, u) for p, u in zip(prepared, units, strict=True)]
        relations = [accounting_relation(rel, p.has_partial_units(), u) for p, u in zip(prepared, units, strict=True)]
        calibrations = [self._calibration(p.n_groups, epsilon, delta, t, r, alpha, cap, ledger,
                                          max(ch.values(), default=1))
                        for p, t, ch, r in zip(prepared, budgets, charged, relations, strict=True)]
        requests = [
            DecodeRequest(contexts=p.contexts, order=enforcement_order(alpha=c.alpha, relation=c.relation), cap=c.cap,
                          max_new_tokens=c.max_new_tokens, no_repeat_ngram=NO_REPEAT_NGRAM if repeats else 0,
                          grammar=compiled,
                          **(self._free_budgets(p, c.max_new_tokens, closing) if compiled is not None else {}))
            for p, c in zip(prepared, calibrations, strict=True)
        ]
        call_ids = [uuid.uuid4().hex for _ in prepared]
        # Outside the boundary every unit is a per-call alias; stable ids go to the ledger only.
        aliases = [alias_units(ch, unit_key=self.unit_key) for ch in charged]
        reserved = reserve_all(ledger, call_ids,
                               [charge_rdp(c, ch, c.max_new_tokens) for c, ch in zip(calibrations, charged)],
                               aliases=aliases)
        sampler = PrivateSampler(len(requests), seed=seed, device=self._decoder.device)
        emitted: list[list[int]] = [[] for _ in requests]
        released = False

        def on_each(r: int, token: int) -> bool:
            nonlocal released
            released = released or on_token is not None  # the caller has seen a token
            emitted[r].append(token)
            # A caller's on_token may stop its request (a consumer that went away): like a stop string
            # it sees released tokens only, so the unused tail is refunded.
            wants_stop = bool(on_token(r, token)) if on_token is not None else False
            if not (stops or repeats):
                return wants_stop
            text = self.tokenizer.decode(emitted[r], skip_special_tokens=True)  # once for both rules
            return stops.hit_text(text) or repeats.hit_text(text) or wants_stop

        try:
            if on_start is not None:
                for r, (p, c, ch, al) in enumerate(zip(prepared, calibrations, charged, aliases, strict=True)):
                    on_start(r, self._report(p, c, [], sampler.seeded, ch, al, grammar=grammar))
            with self._lock:
                decoded = self._decoder.decode(requests, sampler, debug=debug,
                                               on_token=on_each if (stops or repeats or on_token) else None)
        except BaseException:
            # Refund only when nothing was released; a stream may have sent tokens: keep it charged.
            settle(ledger, reserved, reserved if released else None)
            raise
        # Stopping depends only on released tokens, so the unused tail is refunded (an RDP filter).
        settle(ledger, reserved, {
            call_id: charge_rdp(c, ch, refunded_steps(c.max_new_tokens, len(d.tokens), d.forced, d.closing))
            for call_id, c, ch, d in zip(call_ids, calibrations, charged, decoded, strict=True)
        })
        results = []
        for p, c, d, ch, al in zip(prepared, calibrations, decoded, charged, aliases, strict=True):
            report = self._report(p, c, d.tokens, sampler.seeded, ch, al, forced=d.forced, grammar=grammar,
                                  closing=d.closing, complete=d.grammar_complete)
            text = repeats.cut(stops.cut(self.tokenizer.decode(d.tokens, skip_special_tokens=True)))
            if p.instruction is not None:  # post-processing of released text: free
                text = strip_echo(text, p.instruction)
            debug_info = PrivateDebugInfo(d.lambdas or [], d.divergences or []) if debug else None
            results.append(PrivatizationResult(text=text, redacted_text=p.redacted, report=report,
                                               input_tokens=len(p.contexts[0]), private_debug=debug_info))
        return results

    def _compile(self, grammar: Grammar | None) -> CompiledGrammar | None:
        """``grammar`` checked against this model's tokenizer (``GrammarError`` when invalid)."""
        if grammar is None:
            return None
        return compiler_for(self.tokenizer, vocab_size=output_vocab_size(self.model),
                            eos_token_ids=self._decoder.eos_token_ids).compile(grammar)

    def _free_budgets(self, p: PreparedCall, max_new_tokens: int, closing: int) -> dict[str, int]:
        """Most closing-phase and forced tokens a constrained call may add (``max_closing_tokens``,
        ``max_forced_tokens``): ``closing`` and ``MAX_FORCED_TOKENS``, within what the window leaves
        after the *public* context and the sampled budget: closing first, then half of the rest.

        Where a decode stops must not depend on private values: sized from the longest context, the
        forced budget (where a tool call is cut) would move with the length of a private span. So the
        room is the public context's, and a call whose group contexts cannot hold that much is
        refused (``ContextTooLongError``) before anything is reserved or decoded."""
        if self.context_limit is None:
            return {"max_closing_tokens": closing, "max_forced_tokens": MAX_FORCED_TOKENS}
        room = max(0, self.context_limit - len(p.contexts[0]) - max_new_tokens)
        closing = min(closing, room)
        # Half of the rest: group contexts may be longer than the public one (a value is longer than
        # its placeholder) by that much and still fit.
        forced = min(MAX_FORCED_TOKENS, (room - closing) // 2)
        if max(len(c) for c in p.contexts) + max_new_tokens + closing + forced > self.context_limit:
            raise ContextTooLongError(
                context_tokens=len(p.contexts[0]), max_new_tokens=max_new_tokens, limit=self.context_limit,
                output=f"max_new_tokens={max_new_tokens} and the {closing + forced} grammar-forced and closing "
                       "tokens that the rest of the window allows it", remedy="shorten the input")
        return {"max_closing_tokens": closing, "max_forced_tokens": forced}

    def _budgets(self, prepared: list[PreparedCall], max_new_tokens: int | None) -> list[int]:
        """The paraphrase's token budget per document: the caller's, else one derived from the length of
        the document's public rendering (public, so the charge stays data-independent): 1.5 tokens per
        redacted token plus 16, within [32, 512] and what the public context leaves of the window.
        Each is checked against the window with every context."""
        if max_new_tokens is not None:
            return [max_new_tokens] * len(prepared)
        budgets = []
        for p in prepared:
            n = len(self.tokenizer(p.redacted, add_special_tokens=False)["input_ids"])
            budget = min(MAX_DERIVED_TOKENS, max(MIN_DERIVED_TOKENS, math.ceil(1.5 * n) + 16))
            if self.context_limit is not None:  # what the public context leaves of the window (public)
                budget = max(1, min(budget, self.context_limit - len(p.contexts[0])))
            check_budget_fits(p, budget, self.context_limit)
            budgets.append(budget)
        return budgets

    def _slot_calibration(self, p: PreparedCall, unit_groups: Mapping[str, list[int]], epsilon: float, delta: float,
                          relation: Relation, alpha: float | None, cap: float | None,
                          ledger: PrivacyLedger | None) -> SlotCalibration:
        assert p.plan is not None
        steps = p.plan.group_steps(p.n_groups)
        alpha = _ledger_order(alpha, ledger)
        if cap is None:
            return calibrate_slots(epsilon=epsilon if p.n_groups else 0.0, delta=delta, steps=steps,
                                   unit_groups=unit_groups, relation=relation, alpha=alpha,
                                   rdp_headroom=LEDGER_ROUNDING if ledger is not None else 0.0)
        alpha, cap = _fixed_cap(alpha, cap)
        calibrate_slots(epsilon=0.0, delta=delta, steps=steps, unit_groups=unit_groups, relation=relation,
                        alpha=alpha)  # validates delta and alpha
        return SlotCalibration(alpha=alpha, relation=relation, delta=delta, caps=(cap,) * p.n_groups,
                               steps=tuple(steps))

    def _run_faithful(self, prepared: list[PreparedCall], *, epsilon: float, delta: float, seed: int | None,
                      relation: Relation | str | None, alpha: float | None, cap: float | None, debug: bool,
                      ledger: PrivacyLedger | None, units: list[Sequence[str] | None],
                      on_token: Callable[[int, int], bool | None] | None = None,
                      on_start: Callable[[int, PrivacyReport], None] | None = None) -> list[PrivatizationResult]:
        """The faithful release of prepared texts: per-group caps from the slot steps, reserve, decode,
        settle on the steps actually taken (slot ends are rules on released tokens)."""
        rel = self._relation(relation)
        _check_seed(seed)
        for unit_list in units:
            check_units(unit_list)
        unit_groups = [p.unit_group_indices() if u is None else {x: list(range(p.n_groups)) for x in u}
                       for p, u in zip(prepared, units, strict=True)]
        unit_groups = [ug if p.n_groups else {} for p, ug in zip(prepared, unit_groups, strict=True)]
        relations = [accounting_relation(rel, p.has_partial_units(), u) for p, u in zip(prepared, units, strict=True)]
        calibrations = [self._slot_calibration(p, ug, epsilon, delta, r, alpha, cap, ledger)
                        for p, ug, r in zip(prepared, unit_groups, relations, strict=True)]
        requests = [FaithfulRequest(contexts=p.contexts, plan=p.plan, caps=c.caps,  # type: ignore[arg-type]
                                    order=enforcement_order(alpha=c.alpha, relation=c.relation))
                    for p, c in zip(prepared, calibrations, strict=True)]
        call_ids = [uuid.uuid4().hex for _ in prepared]
        aliases = [alias_units({u: len(gs) for u, gs in ug.items()}, unit_key=self.unit_key) for ug in unit_groups]
        budget = [{u: c.unit_rdp(gs) for u, gs in ug.items()} if any(c.caps) else {}
                  for c, ug in zip(calibrations, unit_groups, strict=True)]
        reserved = reserve_all(ledger, call_ids, budget, aliases=aliases)
        sampler = PrivateSampler(len(requests), seed=seed, device=self._decoder.device)
        released = False

        def on_each(r: int, token: int) -> bool:
            nonlocal released
            released = True
            return bool(on_token(r, token)) if on_token is not None else False

        try:
            if on_start is not None:
                for r, (p, c, ug, al) in enumerate(zip(prepared, calibrations, unit_groups, aliases, strict=True)):
                    on_start(r, self._faithful_report(p, c, ug, al, None, sampler.seeded))
            with self._lock:
                decoded = FaithfulDecoder(self._decoder).decode(requests, sampler, debug=debug,
                                                                on_token=on_each if on_token else None)
        except BaseException:
            settle(ledger, reserved, reserved if released else None)
            raise
        used = [d.group_steps(p.plan, p.n_groups)  # type: ignore[arg-type]
                for p, d in zip(prepared, decoded, strict=True)]
        settle(ledger, reserved, {
            call_id: {u: c.unit_rdp(gs, steps) for u, gs in ug.items()}
            for call_id, c, ug, steps in zip(call_ids, calibrations, unit_groups, used, strict=True)
            if call_id in reserved
        })
        results = []
        for p, c, ug, al, d, steps in zip(prepared, calibrations, unit_groups, aliases, decoded, used, strict=True):
            report = self._faithful_report(p, c, ug, al, steps, sampler.seeded)
            debug_info = PrivateDebugInfo([[lam] for lam in d.lambdas or []], []) if debug else None
            results.append(PrivatizationResult(text=self.tokenizer.decode(d.tokens, skip_special_tokens=True),
                                               redacted_text=p.redacted, report=report,
                                               input_tokens=len(p.contexts[0]), private_debug=debug_info))
        return results

    def _faithful_report(self, p: PreparedCall, c: SlotCalibration, unit_groups: Mapping[str, list[int]],
                         aliases: Mapping[str, str], steps_used: list[int] | None, seeded: bool) -> PrivacyReport:
        labels = [g.label for g in p.grouping.groups]
        used = steps_used if steps_used is not None else [0] * p.n_groups
        worst = max((c.unit_rdp(gs) for gs in unit_groups.values()), default=0.0) if any(c.caps) else 0.0
        epsilon = rdp_to_epsilon(rdp=worst, alpha=c.alpha, delta=c.delta)
        return PrivacyReport(
            relation=c.relation, alpha=c.alpha, cap=c.cap, delta=c.delta, n_groups=p.n_groups,
            max_new_tokens=max(1, sum(c.steps)), tokens_emitted=sum(used), rdp=worst, epsilon=epsilon,
            epsilon_per_group={label: c.group_epsilon(g) for g, label in enumerate(labels)}, conversion=CONVERSION,
            units=sorted(aliases[u] for u in unit_groups),
            units_groups=dict(sorted((aliases[u], len(set(gs))) for u, gs in unit_groups.items())),
            release="faithful", slot_tokens=p.plan.slot_tokens if p.plan is not None else None,
            surrogates=p.surrogates,
            group_caps=dict(zip(labels, c.caps, strict=True)), group_steps=dict(zip(labels, c.steps, strict=True)),
            group_steps_emitted=dict(zip(labels, used, strict=True)),
            units_group_labels=dict(sorted((aliases[u], [labels[g] for g in sorted(set(gs))])
                                           for u, gs in unit_groups.items())),
            seeded=seeded, tagger=p.tagger_name, model_name=self.model_name,
        )

    def _report(self, p: PreparedCall, c: Calibration, tokens: list[int], seeded: bool,
                units: dict[str, int], aliases: Mapping[str, str], *, forced: int = 0,
                grammar: Grammar | None = None, closing: int = 0, complete: bool | None = None) -> PrivacyReport:
        named = {aliases[u]: k for u, k in units.items()}
        return PrivacyReport(
            relation=c.relation, alpha=c.alpha, cap=c.cap, delta=c.delta, n_groups=p.n_groups,
            max_new_tokens=c.max_new_tokens, tokens_emitted=len(tokens), tokens_forced=forced,
            tokens_closing=closing, grammar=grammar.kind if grammar is not None else None,
            grammar_complete=complete if grammar is not None else None, rdp=c.rdp, epsilon=c.epsilon,
            epsilon_per_group={g.label: c.epsilon_per_group for g in p.grouping.groups}, conversion=CONVERSION,
            units=sorted(named), units_groups=dict(sorted(named.items())), seeded=seeded, tagger=p.tagger_name,
            model_name=self.model_name,
        )


class _LazyTagger:
    """Defers building the Presidio engine until a text actually needs the tagger."""

    def __init__(self, owner: DPFusion) -> None:
        self._owner = owner

    @property
    def name(self) -> str:
        return self._owner.tagger.name

    def tag(self, text: str) -> list[Any]:
        return self._owner.tagger.tag(text)

    @property
    def languages(self) -> Any:
        return getattr(self._owner.tagger, "languages", None)

    @property
    def language_check(self) -> Any:
        return getattr(self._owner.tagger, "language_check", LanguageCheck.REFUSE)


def _single(callback: Callable[..., Any] | None) -> Callable[..., Any] | None:
    """A one-request callback as the batch form ``(request_index, value)`` used by ``_run``."""
    return None if callback is None else (lambda _r, value: callback(value))


def _parse_relation(relation: Relation | str) -> Relation:
    try:
        return Relation(relation)
    except ValueError:
        raise InvalidParameterError(
            f"unknown relation; valid relations are {', '.join(repr(r.value) for r in Relation)}"
        ) from None


def _ledger_order(alpha: float | None, ledger: PrivacyLedger | None) -> float | None:
    """The order a call is accounted at: the ledger's (a different ``alpha`` is refused), else ``alpha``."""
    if ledger is None:
        return alpha
    if alpha is not None and alpha != ledger.alpha:
        raise InvalidParameterError("alpha must equal the ledger's alpha (one order per ledger)")
    return ledger.alpha


def _fixed_cap(alpha: float | None, cap: float) -> tuple[float, float]:
    """``(alpha, cap)`` of a caller-fixed cap, checked: a cap needs the order it is enforced at."""
    if alpha is None:
        raise InvalidParameterError("cap requires alpha (the order it is enforced at)")
    if not (isinstance(cap, (int, float)) and math.isfinite(cap) and cap >= 0):
        raise InvalidParameterError("cap must be a finite number >= 0")
    return float(alpha), float(cap)


def _check_seed(seed: int | None) -> None:
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise InvalidParameterError("seed must be an int or None")


def _parse_release(release: str, max_new_tokens: int | None, slot_tokens: int | None,
                   instruction: str | None, repetition_control: bool | None = None) -> str:
    """Validate the release mode and refuse parameters that mean nothing in it (a parameter that
    would change the cost is never dropped silently)."""
    if release not in RELEASES:
        raise InvalidParameterError(f"unknown release; valid releases are {', '.join(map(repr, RELEASES))}")
    if release == "faithful":
        if max_new_tokens is not None:
            raise InvalidParameterError("release='faithful' is charged per private slot: pass slot_tokens "
                                        "(steps per slot), not max_new_tokens")
        if instruction is not None:
            raise InvalidParameterError("release='faithful' copies the text; instruction belongs to 'paraphrase'")
        if repetition_control is not None:
            raise InvalidParameterError("release='faithful' copies the text; repetition_control belongs to "
                                        "'paraphrase'")
    elif slot_tokens is not None:
        raise InvalidParameterError("slot_tokens belongs to release='faithful'; the paraphrase is charged "
                                    "max_new_tokens steps")
    return release


def _check_surrogates(release: str, surrogates: bool) -> str:
    """``release``, after refusing a ``surrogates`` that is not a bool or that the release cannot use."""
    check_surrogates(release, surrogates)
    return release


def _slot_tokens(slot_tokens: int | None) -> int:
    if slot_tokens is None:
        return DEFAULT_SLOT_TOKENS
    if isinstance(slot_tokens, bool) or not isinstance(slot_tokens, int) or slot_tokens < 1:
        raise InvalidParameterError(f"slot_tokens must be an integer >= 1, got {slot_tokens!r}")
    return slot_tokens


def _check_closing(max_closing_tokens: int) -> int:
    """The closing budget, checked: an integer in ``[0, MAX_CLOSING_TOKENS]``."""
    if (isinstance(max_closing_tokens, bool) or not isinstance(max_closing_tokens, int)
            or not 0 <= max_closing_tokens <= MAX_CLOSING_TOKENS):
        raise InvalidParameterError(f"max_closing_tokens must be an integer in [0, {MAX_CLOSING_TOKENS}], "
                                    f"got {max_closing_tokens!r}")
    return max_closing_tokens


def _check_tokens(max_new_tokens: int) -> int:
    if isinstance(max_new_tokens, bool) or not isinstance(max_new_tokens, int) or max_new_tokens < 1:
        raise InvalidParameterError(f"max_new_tokens must be an integer >= 1, got {max_new_tokens!r}")
    return max_new_tokens
