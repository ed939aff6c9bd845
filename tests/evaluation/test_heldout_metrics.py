"""Held-out tagging metrics on hand-made cases (issue 13, item 4)."""

from __future__ import annotations

import json
import math

import pytest

from dpfusion_integrations.evaluation.heldout import HeldoutDocument, Mention, save_heldout
from dpfusion_integrations.evaluation.heldout_metrics import (
    EverythingTagger,
    NothingTagger,
    OracleTagger,
    evaluate_heldout,
    evaluate_taggers,
    gazetteer_overlap,
    main,
    markdown_report,
    resolve_tagger,
    skeleton,
    wilson_interval,
)
from dpfusion_integrations.tagging.spans import Span

T1 = "Call Anna Berg on 555 0101 today."
T2 = "Anna wrote."
T3 = "Call Li Wei on 0201 today."
TP = "The clinic opens at nine."
DOCS = [
    HeldoutDocument("d1", "support", "t", "private", "x", T1,
                    (Mention(5, 14, "PERSON", "full", "p1"), Mention(18, 26, "CONTACT", "phone", "ph"))),
    HeldoutDocument("d2", "support", "u", "private", None, T2, (Mention(0, 4, "PERSON", "first", "p1"),)),
    HeldoutDocument("d3", "support", "t", "private", "x", T3,
                    (Mention(5, 11, "PERSON", "full", "p1"), Mention(15, 19, "CONTACT", "phone", "ph"))),
    HeldoutDocument("p1", "support", "v", "public", None, TP, ()),
]


class FixedTagger:
    """Returns fixed ``(start, end)`` ranges per text."""

    name = "fixed"

    def __init__(self, table):
        self.table = table

    def tag(self, text):
        return [Span(s, e, "X") for s, e in self.table.get(text, [])]


def test_wilson_interval_values():
    lo, hi = wilson_interval(5, 10)
    assert lo == pytest.approx(0.236593, abs=1e-6) and hi == pytest.approx(0.763407, abs=1e-6)
    z2 = 1.959963984540054 ** 2
    assert wilson_interval(0, 10) == (0.0, pytest.approx(z2 / (10 + z2)))
    assert wilson_interval(10, 10) == (pytest.approx(10 / (10 + z2)), 1.0)
    lo, hi = wilson_interval(81, 100)
    assert lo == pytest.approx(0.72221, abs=1e-4) and hi == pytest.approx(0.87485, abs=1e-4)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


def test_the_cases_are_well_formed():
    assert T1[5:14] == "Anna Berg" and T1[18:26] == "555 0101"
    assert T3[5:11] == "Li Wei" and T3[15:19] == "0201"


def test_nothing_tagger():
    r = evaluate_heldout(NothingTagger(), DOCS)
    assert r["mention_recall"]["ALL"]["k"] == 0 and r["mention_recall"]["ALL"]["n"] == 5
    assert r["entity_recall"]["ALL"]["n"] == 5  # entities are per document
    assert r["token_precision"]["n"] == 0 and r["token_precision"]["rate"] is None
    assert r["public_words_tagged"] == {**r["public_words_tagged"], "k": 0, "n": 5}
    assert r["stability"]["k"] == 0 and r["stability"]["n"] == 1  # the raw values differ
    assert r["gold_stability"]["k"] == 1


def test_everything_tagger():
    r = evaluate_heldout(EverythingTagger(), DOCS)
    assert r["mention_recall"]["ALL"]["rate"] == 1.0
    assert r["entity_recall"]["ALL"]["rate"] == 1.0
    # predicted non-space chars: 27 + 10 + 21; inside gold: 15 + 4 + 9
    assert r["token_precision"]["k"] == 28 and r["token_precision"]["n"] == 58
    assert r["public_words_tagged"]["k"] == 5 and r["public_words_tagged"]["n"] == 5
    assert r["public_docs_with_spans"]["k"] == 1
    assert r["stability"]["k"] == 0  # 7 words against 6: different skeletons


def test_oracle_tagger():
    r = evaluate_heldout(OracleTagger(DOCS), DOCS)
    assert r["mention_recall"]["ALL"]["rate"] == 1.0
    assert r["token_precision"]["rate"] == 1.0
    assert r["public_words_tagged"]["k"] == 0
    assert r["stability"]["rate"] == 1.0
    assert r["mention_recall"]["PERSON"]["n"] == 3 and r["mention_recall"]["CONTACT"]["n"] == 2


def test_shifted_spans_fail_strict_recall():
    shifted = FixedTagger({d.text: [(m.start + 1, m.end + 1) for m in d.mentions] for d in DOCS})
    r = evaluate_heldout(shifted, DOCS)
    assert r["mention_recall"]["ALL"]["k"] == 0
    assert r["gold_char_recall"]["k"] == 23 and r["gold_char_recall"]["n"] == 28
    assert r["token_precision"]["rate"] == 1.0  # the shifted-in characters are spaces
    assert r["stability"]["k"] == 0  # the uncovered first characters differ between the pair


def test_split_spans_and_spaces_count_as_covered():
    # "Anna" and "Berg" tagged separately still cover every non-space character of "Anna Berg"
    split = FixedTagger({T1: [(5, 9), (10, 14), (18, 21), (22, 26)]})
    r = evaluate_heldout(split, DOCS[:1])
    assert r["mention_recall"]["ALL"]["k"] == 2
    assert r["subtype_recall"]["PERSON/full"]["rate"] == 1.0


def test_entity_recall_needs_every_mention():
    doc = HeldoutDocument("e", "chat", "t", "private", None, "ana said ana is late",
                          (Mention(0, 3, "PERSON", "lower", "p1"), Mention(9, 12, "PERSON", "lower", "p1")))
    r = evaluate_heldout(FixedTagger({doc.text: [(0, 3)]}), [doc])
    assert r["mention_recall"]["PERSON"]["k"] == 1 and r["mention_recall"]["PERSON"]["n"] == 2
    assert r["entity_recall"]["PERSON"]["k"] == 0 and r["entity_recall"]["PERSON"]["n"] == 1


def test_partial_word_tagged_counts_on_public_text():
    r = evaluate_heldout(FixedTagger({TP: [(4, 7)]}), DOCS[3:])
    assert r["public_words_tagged"]["k"] == 1 and r["public_words_tagged"]["n"] == 5


def test_public_stability_ignores_misses_but_not_public_tagging():
    # nothing tagged: skeletons differ (values visible), public decisions identical
    r = evaluate_heldout(NothingTagger(), DOCS)
    assert r["stability"]["k"] == 0 and r["public_stability"]["k"] == 1
    # "on" tagged after one person's name only: a value decided a public word
    on1, on3 = T1.index(" on ") + 1, T3.index(" on ") + 1
    r = evaluate_heldout(FixedTagger({T1: [(5, 14), (on1, on1 + 2)], T3: [(5, 11)]}), DOCS)
    assert r["public_stability"]["k"] == 0
    r = evaluate_heldout(FixedTagger({T1: [(5, 14), (on1, on1 + 2)], T3: [(5, 11), (on3, on3 + 2)]}), DOCS)
    assert r["public_stability"]["k"] == 1


def test_skeleton_merges_overlaps_and_ignores_types():
    assert skeleton("ab cd ef", [(0, 2), (3, 5)]) == "\x00 \x00 ef"
    assert skeleton("ab cd ef", [(0, 5), (3, 8)]) == "\x00"
    assert skeleton("abc", []) == "abc"


def test_out_of_range_spans_are_clipped():
    class Wild:
        name = "wild"

        def tag(self, text):
            return [(-5, 3, "X"), (len(text) - 1, len(text) + 10, "X")]

    r = evaluate_heldout(Wild(), DOCS[:1])
    assert r["mention_recall"]["ALL"]["k"] == 0


def test_report_and_cli(tmp_path, capsys):
    report = evaluate_taggers({"oracle": OracleTagger(DOCS), "none": NothingTagger()}, DOCS)
    assert set(report["results"]) == {"oracle", "none"}
    assert len(report["meta"]["dataset_sha256"]) == 64
    table = markdown_report(report)
    assert "strict mention recall, PERSON" in table and "1.000" in table
    assert "Anna" not in table and "Anna" not in json.dumps(report)  # aggregates only
    data = tmp_path / "set.jsonl"
    save_heldout(DOCS, data)
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    assert main(["--data", str(data), "--tagger", "oracle", "--tagger", "zero=nothing",
                 "--json", str(out_json), "--markdown", str(out_md)]) == 0
    saved = json.loads(out_json.read_text())
    assert saved["results"]["oracle"]["mention_recall"]["ALL"]["rate"] == 1.0
    assert saved["results"]["zero"]["mention_recall"]["ALL"]["rate"] == 0.0
    assert out_md.read_text().startswith("| metric |")
    assert "oracle" in capsys.readouterr().out


def test_resolve_tagger_specs():
    assert isinstance(resolve_tagger("nothing"), NothingTagger)
    assert isinstance(resolve_tagger("everything"), EverythingTagger)
    t = resolve_tagger("dpfusion_integrations.evaluation.heldout_metrics:NothingTagger")
    assert isinstance(t, NothingTagger)
    with pytest.raises(ValueError):
        resolve_tagger("no-such-profile-xyz")
    assert math.isclose(evaluate_heldout(resolve_tagger("oracle", DOCS), DOCS)["stability"]["rate"], 1.0)


def test_gazetteer_overlap_counts_only():
    o = gazetteer_overlap(["anna"], ["berg", "wei"], DOCS, safe_words=["li"])
    # first tokens {anna, li}, last tokens {berg, wei}
    assert o["distinct_first_tokens"] == 2 and o["first_in_first_list"] == 0.5
    assert o["last_in_last_list"] == 1.0
    assert o["mentions_fully_listed"] == pytest.approx(2 / 3)
    assert o["tokens_on_safe_list"] == 0.25
    assert all(isinstance(v, (int, float)) for v in o.values())
