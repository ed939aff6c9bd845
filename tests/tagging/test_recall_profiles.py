"""Profiles: recall is the default everywhere, precision (the previous default) is opt-in and unchanged."""

from __future__ import annotations

import pytest

from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.tagging import (
    PresidioTagger,
    RecallTagger,
    TaggerProfile,
    default_tagger,
    parse_profile,
)
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION, RECALL_VERSIONS

NOTE = ("Patient John Smith (MRN 483920, DOB 03/14/1962) was seen at Lakeside Community Clinic. "
        "Spoke with Ottilie; write to ops@billing.internal or call +44 20 7946 0018 ext. 214.")


def test_when_no_profile_is_named_then_the_default_tagger_is_the_recall_tagger() -> None:
    tagger = default_tagger()
    assert isinstance(tagger, RecallTagger) and tagger is default_tagger("recall") is default_tagger()
    assert RECALL_VERSION == "recall-v14" == tagger.version == RECALL_VERSIONS[-1]
    assert tagger.name.startswith("recall-v14/presidio-") and "philter-lite-" in tagger.name


@pytest.mark.parametrize(("profile", "text"), [
    # round 4 adds the initials and the bracketed extension
    (TaggerProfile.RECALL_V3, "Checked by: TK. Switchboard 0161 496 0418 (ext. 2210)."),
    # round 5 adds the "#" code's prefix, the flat, the floor and the district
    (TaggerProfile.RECALL_V4, "Dispute CASE#41271. Ship to Flat C, 23/F, 197 Nathan Road, Mong Kok."),
])
def test_when_an_earlier_recall_profile_is_named_then_its_detector_set_tags(recall_tagger, profile, text) -> None:
    old = default_tagger(profile.value)
    assert isinstance(old, RecallTagger) and old.version == profile.value and old is default_tagger(profile)
    assert old.name.startswith(f"{profile.value}/presidio-") and set(old.detectors) < set(recall_tagger.detectors)
    covered_old = {i for s in old.tag(text) for i in range(s.start, s.end)}
    covered_new = {i for s in recall_tagger.tag(text) for i in range(s.start, s.end)}
    assert covered_old < covered_new


def test_when_a_recall_version_is_unknown_then_the_tagger_refuses_it() -> None:
    with pytest.raises(InvalidParameterError, match="recall-v3, recall-v4, recall-v5, recall-v6, recall-v7, recall-v8, recall-v9, recall-v10, recall-v11, recall-v12, recall-v13, recall-v14"):
        RecallTagger(version="recall-v99")


def test_when_the_precision_profile_is_named_then_it_is_the_presidio_tagger_with_default_settings(presidio_tagger) -> None:
    tagger = default_tagger(TaggerProfile.PRECISION)
    assert isinstance(tagger, PresidioTagger) and tagger is default_tagger("precision")
    assert tagger.entities == presidio_tagger.entities and tagger.score_threshold == presidio_tagger.score_threshold
    assert tagger.tag(NOTE) == presidio_tagger.tag(NOTE)  # behaves as the old default did


def test_when_a_profile_name_is_unknown_then_the_error_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidParameterError, match="'recall', 'recall-v13', 'recall-v12', 'recall-v11', 'recall-v10', 'recall-v9', 'recall-v8', 'recall-v7', 'recall-v6', 'recall-v5', 'recall-v4', 'recall-v3', 'precision'"):
        parse_profile("fast")


def test_when_both_profiles_tag_a_note_then_recall_covers_what_precision_covers(presidio_tagger, recall_tagger) -> None:
    precise = {i for s in presidio_tagger.tag(NOTE) for i in range(s.start, s.end)}
    recalled = {i for s in recall_tagger.tag(NOTE) for i in range(s.start, s.end)}
    assert precise <= recalled and len(recalled) > len(precise)


def test_when_dpfusion_is_built_without_a_tagger_then_it_uses_the_recall_profile(tiny_model, tokenizer) -> None:
    from dpfusion_integrations import DPFusion

    dp = DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32)
    assert dp.tagger_profile is TaggerProfile.RECALL and dp.tagger is default_tagger("recall")
    precise = DPFusion(tiny_model, tokenizer, unit_key=b"k" * 32, tagger_profile="precision")
    assert precise.tagger is default_tagger("precision")


def test_when_dpfusion_gets_a_tagger_and_a_profile_then_it_refuses(tiny_model, tokenizer) -> None:
    from dpfusion_integrations import DPFusion

    with pytest.raises(InvalidParameterError, match="either tagger or tagger_profile"):
        DPFusion(tiny_model, tokenizer, tagger=default_tagger(), tagger_profile="recall")
    with pytest.raises(InvalidParameterError, match="unknown tagger profile"):
        DPFusion(tiny_model, tokenizer, tagger_profile="nope")


def test_when_privatizing_with_the_default_then_the_report_names_the_recall_tagger(tiny_dp) -> None:
    res = tiny_dp.privatize(NOTE, epsilon=0, max_new_tokens=2, seed=0)
    assert res.report.tagger.startswith(f"{RECALL_VERSION}/") and "Ottilie" not in res.redacted_text
    assert "ops@billing.internal" not in res.redacted_text and "Lakeside" not in res.redacted_text


@pytest.mark.parametrize("command", ["privatize", "privatize-corpus", "synth"])
def test_when_a_decoding_command_is_run_then_it_takes_the_tagger_profile(command, capsys):
    from dpfusion_integrations.cli import main

    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0 and "--tagger-profile" in capsys.readouterr().out


def test_when_a_corpus_engine_factory_names_a_profile_then_the_engine_uses_it(monkeypatch):
    from dpfusion_integrations.corpus.engines import PretrainedEngineFactory
    from dpfusion_integrations.dpfusion import DPFusion

    seen = {}
    monkeypatch.setattr(DPFusion, "from_pretrained", classmethod(lambda cls, model, **kw: seen.update(kw)))
    PretrainedEngineFactory(tagger_profile="precision")()
    assert seen["tagger_profile"] == "precision"
