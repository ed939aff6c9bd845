"""Annotated public facts in the synthetic corpus, the fact-retention metric over releases, and how
``dpfusion eval`` reports it per release mode and ε."""

from __future__ import annotations

import json
import re

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.evaluation.corpus import (
    CorpusDocument,
    FactSpan,
    GoldSpan,
    generate_corpus,
    load_corpus,
    save_corpus,
)
from dpfusion_integrations.evaluation.templates import (
    DOMAINS,
    FACT_KINDS,
    SLOTS,
    TEMPLATES,
)
from dpfusion_integrations.evaluation.release_modes import (
    EVAL_MECHANISM_NAMES,
    RELEASE_MODES,
    SURROGATES_MECHANISM,
    build_eval_mechanisms,
    release_mode_table,
)
from dpfusion_integrations.evaluation.report import markdown_report
from dpfusion_integrations.evaluation.utility import fact_retention, normalise_fact, pooled_fact_retention

_FACT_MARK = re.compile(r"\[\[(\w+):([^\[\]{}]+)\]\]")


def test_when_templates_are_read_then_every_one_annotates_public_facts_of_known_kinds():
    for domain in DOMAINS:
        for template in TEMPLATES[domain]:
            marks = _FACT_MARK.findall(template)
            assert len(marks) + template.count("{amount}") >= 2, template[:40]
            assert {kind for kind, _ in marks} <= set(FACT_KINDS)
    assert SLOTS["amount"].fact == "amount" and SLOTS["amount"].entity_type is None


def test_when_generated_then_facts_point_at_public_text_and_no_marker_is_left():
    for doc in generate_corpus(32, seed=0):
        assert "[[" not in doc.text and "]]" not in doc.text
        assert len(doc.facts) >= 2 and all(f.kind in FACT_KINDS for f in doc.facts)
        for fact in doc.facts:
            text = doc.text[fact.start:fact.end]
            assert text == text.strip() and text
            assert not any(s.start < fact.end and fact.start < s.end for s in doc.spans)  # never private
        template = TEMPLATES[doc.domain][(int(doc.id[4:]) // len(DOMAINS)) % len(TEMPLATES[doc.domain])]
        assert [f.kind for f in doc.facts if f.kind != "amount"] == [k for k, _ in _FACT_MARK.findall(template)]
        assert sum(f.kind == "amount" for f in doc.facts) == template.count("{amount}")


def test_when_the_release_is_the_original_or_the_redacted_text_then_every_fact_is_kept():
    for doc in generate_corpus(8, seed=2):
        n = len(doc.facts)
        assert fact_retention(doc, doc.text) == (n, n)
        assert fact_retention(doc, doc.render(None)) == (n, n)  # facts are public: redaction keeps them


def test_when_a_fact_is_dropped_then_retention_counts_exactly_one_less():
    doc = generate_corpus(1, seed=0)[0]
    for fact in doc.facts:
        release = doc.text[:fact.start] + "something else" + doc.text[fact.end:]
        kept, total = fact_retention(doc, release)
        assert total == len(doc.facts) and kept == total - sum(
            normalise_fact(doc.text[f.start:f.end]) == normalise_fact(doc.text[fact.start:fact.end])
            for f in doc.facts)


@pytest.mark.parametrize("fact, release, kept", [
    ("$4,250.00", "a payment of 4250.00 was made", True),
    ("$4,250.00", "a payment of $4,250.00.", True),
    ("$4,250.00", "a payment of $4,250 was made", False),
    ("aspirin", "Started on ASPIRIN.", True),
    ("aspirin", "started on aspirins", False),
    ("follow-up meeting", "a follow up meeting is set", True),
    ("card was blocked", "the card, was blocked", True),
    ("card was blocked", "the card is blocked", False),
])
def test_when_normalising_then_case_punctuation_and_thousands_separators_do_not_matter(fact, release, kept):
    text = f"Note: {fact}"
    probe = CorpusDocument("d0", "test", text, (), None, (FactSpan(6, 6 + len(fact), "action"),))
    assert fact_retention(probe, release) == (int(kept), 1)


def test_when_saved_and_loaded_then_facts_round_trip_and_bad_facts_are_refused(tmp_path):
    docs = generate_corpus(6, seed=4)
    path = tmp_path / "corpus.json"
    save_corpus(docs, path)
    assert [d.facts for d in load_corpus(path)] == [d.facts for d in docs]
    records = json.loads(path.read_text(encoding="utf-8"))
    for bad, message in (({"start": 0}, "fact #0 is malformed"),
                         ({"start": 0, "end": 10 ** 6, "kind": "drug"}, "fact #0 is out of bounds")):
        records[0]["facts"] = [bad]
        path.write_text(json.dumps(records), encoding="utf-8")
        with pytest.raises(InvalidParameterError, match=message) as err:
            load_corpus(path)
        assert docs[0].text[:20] not in str(err.value)


# ---------------------------------------------------------------- fact retention in `dpfusion eval`

def _row(mechanism, epsilon, facts, **utility):
    return {"mechanism": mechanism, "epsilon": epsilon,
            "utility": {"fact_retention": facts, "similarity": None, "span_leak": 0.0, "target_leak": 0.0,
                        "sampled_steps": 1.0, **utility}}


def test_when_pooled_then_fact_retention_weighs_documents_by_their_facts_and_is_none_without_facts():
    docs = generate_corpus(3, seed=5)
    assert pooled_fact_retention(docs, [d.text for d in docs]) == 1.0
    assert pooled_fact_retention(docs, ["" for _ in docs]) == 0.0
    kept_first = [docs[0].text, "", ""]
    assert pooled_fact_retention(docs, kept_first) == len(docs[0].facts) / sum(len(d.facts) for d in docs)
    bare = [CorpusDocument("u0", "user", "Ann was here.", ())]
    assert pooled_fact_retention(bare, ["Ann was here."]) is None  # a user corpus without facts


def test_when_rows_are_tabulated_then_each_epsilon_lists_the_release_modes_in_order_and_nothing_else():
    rows = [_row("dp-fusion", 4.0, 0.5), _row("redaction", None, 1.0), _row("dp-prompt", 4.0, 0.1),
            _row(SURROGATES_MECHANISM, 4.0, 1.0), _row("dp-fusion-faithful", 4.0, 0.9),
            _row("dp-fusion", 0.0, 0.4), _row("dp-fusion-faithful", 0.0, 1.0)]
    table = release_mode_table(rows)
    assert [e["epsilon"] for e in table] == [0.0, 4.0]
    assert list(table[1]["modes"]) == list(RELEASE_MODES.values())  # paraphrase, faithful, + surrogates
    assert [m["fact_retention"] for m in table[1]["modes"].values()] == [0.5, 0.9, 1.0]
    assert list(table[0]["modes"]) == ["paraphrase", "faithful"]  # a mode not run at that ε is absent
    assert release_mode_table([_row("redaction", None, 1.0)]) == []


def test_when_reported_then_the_markdown_shows_fact_retention_per_release_mode_and_epsilon():
    rows = [_row("dp-fusion", 1.0, 0.625), _row("dp-fusion-faithful", 1.0, 1.0), _row(SURROGATES_MECHANISM, 1.0, 1.0)]
    for r in rows:
        r.update(notion="group-redaction", claimed_epsilon=1.0, delta=1e-5, attack={"n": 0})
        r["utility"].update(ppl_original=5.0, ppl_text=9.0, placeholder_leak=0.0)
    results = {"meta": {"model": "m", "documents": 2, "attacked_documents": 0, "temperature": 0.5,
                        "relation": "redaction", "group_policy": "entity_type",
                        "settings": {"max_new_tokens": 8, "delta": 1e-5, "seed": 0}},
               "rows": rows, "release_modes": release_mode_table(rows)}
    text = markdown_report(results)
    assert "## DP-Fusion release modes" in text
    assert "| 1 | paraphrase | 0.625 |" in text and "| 1 | faithful + surrogates | 1 |" in text
    assert "| dp-fusion | 1 |" in text and "| facts kept |" in text


def test_when_mechanisms_are_built_then_the_surrogate_line_sits_with_the_other_release_modes(tiny_dp):
    assert EVAL_MECHANISM_NAMES.index(SURROGATES_MECHANISM) == EVAL_MECHANISM_NAMES.index("dp-fusion-faithful") + 1
    built = build_eval_mechanisms([SURROGATES_MECHANISM, "redaction", SURROGATES_MECHANISM], dp=tiny_dp)
    assert [m.name for m in built] == [SURROGATES_MECHANISM, "redaction"] and built[0].is_dp
    for names in ([], ["dp-magic"]):
        with pytest.raises(InvalidParameterError, match="unknown mechanism"):
            build_eval_mechanisms(names, dp=tiny_dp)


def _short_document() -> CorpusDocument:
    """One sentence with two private spans and three annotated facts (cheap to decode)."""
    text = "Ann Lee was given aspirin in Oslo and paid $4,250.00 for the follow-up meeting."
    spans = tuple(GoldSpan(text.index(v), text.index(v) + len(v), kind, "DIRECT", f"e{i}")
                  for i, (v, kind) in enumerate((("Ann Lee", "PERSON"), ("Oslo", "LOCATION"))))
    facts = tuple(FactSpan(text.index(v), text.index(v) + len(v), kind)
                  for v, kind in (("aspirin", "drug"), ("$4,250.00", "amount"), ("follow-up meeting", "action")))
    return CorpusDocument("d-short", "clinical", text, spans, None, facts)


def test_when_the_faithful_modes_release_a_document_then_every_public_fact_is_kept(tiny_dp):
    # The public text is forced, never sampled: even a random-weight model keeps every fact, at any ε.
    doc = _short_document()
    for mechanism in build_eval_mechanisms(["dp-fusion-faithful", SURROGATES_MECHANISM], dp=tiny_dp):
        for epsilon in (0.0, 8.0):
            (release,) = mechanism.release([doc.spanned()], epsilon=epsilon, delta=1e-5, max_new_tokens=8, seed=0)
            assert pooled_fact_retention([doc], [release.text]) == 1.0, (mechanism.name, epsilon)
            assert release.epsilon is not None and release.epsilon <= epsilon + 1e-9
    (paraphrase,) = build_eval_mechanisms(["dp-fusion"], dp=tiny_dp)
    (cut,) = paraphrase.release([doc.spanned()], epsilon=8.0, delta=1e-5, max_new_tokens=2, seed=0)
    assert pooled_fact_retention([doc], [cut.text]) < 1.0  # two sampled tokens cannot hold three facts
