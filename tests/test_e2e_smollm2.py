"""End to end on the embedded SmolLM2-135M-Instruct with the default (recall) tagger: the README's main job."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from dpfusion_integrations.cli import main
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSION

pytestmark = pytest.mark.e2e

SAMPLE = Path(__file__).resolve().parents[1] / "cookbook" / "patient_note.txt"
CANARIES = ["John Smith", "483920", "617-555-0199", "john.smith@example.com", "Maria Garcia"]


@pytest.fixture
def loaded_default(smol, monkeypatch):
    """The CLI's model load hands back the session's SmolLM2 (what loading the embedded default from
    its local cache gives), so that one CLI test, the JSON one, pays for the load from disk and the
    others test what they are about: output, errors and the ledger."""
    from dpfusion_integrations import models

    model, tokenizer = smol

    def load(model_id_or_path=None, *, device=None, dtype=None):
        assert (model_id_or_path, device, dtype) == (None, None, None)  # the CLI's defaults: the embedded model
        return model, tokenizer, models.DEFAULT_MODEL_NAME

    monkeypatch.setattr(models, "load_model_and_tokenizer", load)


def test_when_privatizing_the_sample_then_identifiers_are_hidden_and_reported(smol_dp, caplog):
    caplog.set_level(logging.DEBUG)
    # 48 tokens: enough for several words of output; ε is calibrated to the budget, so fewer tokens
    # mean a looser per-token cap, not a weaker leak check.
    res = smol_dp.privatize(SAMPLE.read_text(), epsilon=8.0, max_new_tokens=48, seed=4)
    for canary in CANARIES:
        assert canary not in res.redacted_text
        assert canary not in res.text
        assert canary not in res.report.model_dump_json()
        assert canary not in caplog.text
    assert res.report.epsilon <= 8.0 and res.report.n_groups >= 3
    assert res.report.tagger.startswith(f"{RECALL_VERSION}/presidio")  # the recall profile is the default
    assert len(res.text.split()) >= 5  # the model actually wrote something
    assert res.report.model_name == "SmolLM2-135M-Instruct"


def test_when_cli_json_then_one_object_with_text_and_report(capsys):
    code = main(["privatize", str(SAMPLE), "--epsilon", "8", "--max-new-tokens", "24", "--seed", "1", "--json",
                 "--no-progress"])
    out = capsys.readouterr()
    assert code == 0
    record = json.loads(out.out.strip().splitlines()[-1])
    assert set(record) >= {"file", "text", "redacted_text", "report"}
    assert record["report"]["epsilon"] <= 8 and record["report"]["seeded"] is True
    for canary in CANARIES:
        assert canary not in out.out and canary not in out.err


def test_when_cli_text_then_a_one_line_summary_follows(capsys, loaded_default):
    code = main(["privatize", str(SAMPLE), "--epsilon", "0", "--max-new-tokens", "16", "--no-progress"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and out[-1].startswith("privacy: epsilon=0 ")


def test_when_cli_file_is_missing_then_exit_code_2(capsys):
    assert main(["privatize", "/nonexistent/file.txt", "--epsilon", "8"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_when_cli_epsilon_invalid_then_error_without_text(capsys, tmp_path, loaded_default):
    note = tmp_path / "n.txt"
    note.write_text("Patient John Smith was seen today.")
    assert main(["privatize", str(note), "--epsilon", "-1", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "epsilon" in err and "John" not in err


def test_when_a_file_is_not_utf8_then_one_line_names_the_file_and_quotes_none_of_its_bytes(
        capsys, tmp_path, loaded_default):
    note = tmp_path / "latin1.txt"
    note.write_bytes("Patient Jürgen Müller was seen today.".encode("latin-1"))  # ü is 0xfc: not UTF-8
    assert main(["privatize", str(note), "--epsilon", "8", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "not UTF-8" in err and str(note) in err and len(err.strip().splitlines()) == 1
    assert "xfc" not in err and "Traceback" not in err and "J" not in err.replace(str(note), "")


def test_when_help_then_it_explains_epsilon(capsys):
    with pytest.raises(SystemExit):
        main(["privatize", "--help"])
    assert "epsilon" in capsys.readouterr().out


def test_when_cli_uses_a_ledger_then_the_unit_is_charged_and_then_refused(capsys, tmp_path, loaded_default):
    from dpfusion_integrations.ledger import PrivacyLedger

    url = f"sqlite:///{tmp_path / 'l.db'}"
    assert main(["ledger", "init", url, "--alpha", "4"]) == 0
    with PrivacyLedger.open(url) as ledger:
        ledger.set_cap("patient-1", 9.0, 1e-5)
    args = ["privatize", str(SAMPLE), "--epsilon", "8", "--max-new-tokens", "8", "--no-progress", "--ledger", url,
            "--unit", "patient-1", "--seed", "0"]
    assert main(args) == 0
    assert main(args) == 1  # the second release would exceed the cap: refused, nothing generated
    assert "exceed" in capsys.readouterr().err
    with PrivacyLedger.open(url) as ledger:
        assert 0 < ledger.spent("patient-1", 1e-5) <= 9.0
