"""Progress of the ``dpfusion`` command on stderr: stages, decoding rate and a closing summary that
agree with the privacy report; stdout (the result) is the same with and without it; ``--quiet``
silences it; and no private value of the input (nor a file name) ever appears in it."""

from __future__ import annotations

import io
import json
import re

import pytest

from dpfusion_integrations.accounting import Relation
from dpfusion_integrations.cli import build_parser, main
from dpfusion_integrations.cli_progress import Progress, summary_text
from dpfusion_integrations.report import PrivacyReport

NAME, PHONE, MRN, EMAIL = "Zebulon Quayle", "617-555-0199", "4471932", "zq.private@example.org"
PLANTED = (NAME, "Zebulon", "Quayle", PHONE, MRN, EMAIL)
NOTE = (f"Discharge note. Patient <private>{NAME}</private> (MRN {MRN}) was seen on 03/02/2026 for chest pain. "
        f"Phone {PHONE}, e-mail {EMAIL}.")


class FakeClock:
    """A clock the test moves by hand, so that timings are exact and nothing is timed for real."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _report(*, epsilon: float = 8.0, labels: tuple[str, ...] = ("PERSON", "DATE"), emitted: int = 5,
            budget: int = 8, relation: Relation = Relation.REDACTION) -> PrivacyReport:
    return PrivacyReport(relation=relation, alpha=4.0, cap=0.1, delta=1e-5, n_groups=len(labels),
                         max_new_tokens=budget, tokens_emitted=emitted, rdp=1.0, epsilon=epsilon,
                         epsilon_per_group=dict.fromkeys(labels, epsilon), conversion="test", seeded=True,
                         tagger="test-tagger", model_name="test-model")


# ---------------------------------------------------------------- the progress writer, without a model
def test_when_a_stage_runs_then_one_complete_line_names_it_with_its_time():
    clock, out = FakeClock(), io.StringIO()
    progress = Progress(out, live=False, clock=clock)
    with progress.stage("loading model"):
        clock.now += 2.5
    assert out.getvalue() == "dpfusion: loading model … done (2.5 s)\n"


def test_when_a_stage_raises_then_it_says_failed_and_the_error_propagates():
    clock, out = FakeClock(), io.StringIO()
    progress = Progress(out, live=False, clock=clock)
    with pytest.raises(KeyError), progress.stage("building tagger (recall)"):
        clock.now += 1.0
        raise KeyError("boom")
    assert out.getvalue() == "dpfusion: building tagger (recall) … failed after 1.0 s\n"


def test_when_disabled_then_nothing_is_written():
    out = io.StringIO()
    progress = Progress(out, enabled=False, live=True)
    with progress.stage("loading model"):
        meter = progress.meter("file 1/1")
        meter.started()
        meter.token(7)
        meter.done()
    progress.line(summary_text([_report()], failed=0, seconds=1.0))
    assert out.getvalue() == ""


def test_when_not_a_terminal_then_the_meter_writes_only_its_final_line_with_the_rate():
    clock, out = FakeClock(), io.StringIO()
    meter = Progress(out, live=False, clock=clock).meter("file 2/3")
    clock.now += 0.5
    meter.started()
    for _ in range(30):
        clock.now += 0.1
        assert meter.token(123) is None  # never asks the engine to stop
    meter.done()
    assert out.getvalue() == "dpfusion: file 2/3: prepared in 0.5 s; decoding: 30 tokens in 3.0 s (10.0 tok/s)\n"


def test_when_on_a_terminal_then_the_meter_redraws_in_place_at_most_once_per_interval():
    clock, out = FakeClock(), io.StringIO()
    meter = Progress(out, live=True, clock=clock, interval=1.0).meter("file 1/1")
    meter.started(_report(budget=32))  # a paraphrase's public token budget
    for _ in range(20):
        clock.now += 0.25
        meter.token(5)
    meter.done()
    text = out.getvalue()
    redraws = [part for part in text.split("\r\x1b[K") if "decoding: " in part and "tok/s" in part]
    # 20 tokens over 5 s, redrawn every 1 s: 5 live redraws, then the final line
    assert len(redraws) == 6 and redraws[-1].endswith("(4.0 tok/s)\n")
    assert redraws[0].endswith("decoding: 4/32 tokens, 4.0 tok/s")
    assert text.count("\n") == 1  # one finished line; the rest were redrawn over


def test_when_summarizing_one_report_then_the_line_carries_its_public_quantities():
    line = summary_text([_report(epsilon=4.0, labels=("PERSON", "ID", "CONTACT"), emitted=7, budget=9)],
                        failed=0, seconds=3.25)
    assert line.startswith("done: 1 file privatized in 3.2 s; ")
    assert "epsilon=4 delta=1e-05 per group (redaction)" in line
    assert "groups: 3 (PERSON, ID, CONTACT)" in line and line.endswith("tokens: 7 sampled / 9 charged")


def test_when_summarizing_several_reports_then_counts_add_labels_merge_and_epsilon_is_the_largest():
    reports = [_report(epsilon=2.0, labels=("PERSON",), emitted=3, budget=4),
               _report(epsilon=8.0, labels=("PERSON", "DATE"), emitted=5, budget=8, relation=Relation.SUBSTITUTION)]
    line = summary_text(reports, failed=1, seconds=10.0)
    assert line.startswith("done: 2 files privatized, 1 failed, in 10.0 s")
    assert "epsilon<=8 " in line and "(redaction/substitution)" in line
    assert "groups: 3 (PERSON, DATE)" in line and "tokens: 8 sampled / 12 charged" in line


def test_when_there_are_many_group_labels_then_the_summary_counts_the_rest():
    labels = tuple(f"PERSON_{i}" for i in range(1, 13))
    line = summary_text([_report(labels=labels)], failed=0, seconds=1.0)
    assert "PERSON_8, +4 more)" in line and "PERSON_9" not in line


def test_when_nothing_was_released_then_the_summary_says_so_without_a_guarantee():
    line = summary_text([], failed=2, seconds=1.0)
    assert line == "done: 0 files privatized, 2 failed, in 1.0 s"


@pytest.mark.parametrize("command", [["privatize", "f.txt", "--epsilon", "1"], ["tag", "f.txt"],
                                     ["synth", "r.jsonl", "-o", "o.jsonl", "--epsilon", "1"],
                                     ["privatize-corpus", "d", "-o", "o.jsonl", "--epsilon", "1"]])
@pytest.mark.parametrize("flag", ["-q", "--quiet", "--no-progress"])
def test_when_quiet_or_its_old_name_is_given_then_every_command_reads_it_as_no_progress(command, flag):
    parser = build_parser()
    assert parser.parse_args([*command, flag]).no_progress is True
    assert parser.parse_args(command).no_progress is False


def test_when_asking_for_help_then_it_points_to_the_docs(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "docs/index.md" in out and "mkdocs serve" in out and "--quiet" in out


# ---------------------------------------------------------------- the command, on the tiny model
@pytest.fixture
def note_file(tmp_path):
    path = tmp_path / "zebulon_quayle.txt"  # a file name can name a person: never shown in progress
    path.write_text(NOTE, encoding="utf-8")
    return path


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _assert_nothing_private(err: str) -> None:
    for value in (*PLANTED, "zebulon_quayle"):
        assert value.lower() not in err.lower(), value


def test_when_privatizing_then_stderr_shows_stages_and_a_summary_that_matches_the_report(tiny_model_dir, note_file,
                                                                                         capsys):
    base = ["privatize", str(note_file), "--epsilon", "4", "--model", str(tiny_model_dir), "--max-new-tokens", "4",
            "--seed", "1"]
    code, out, err = _run(capsys, *base)
    quiet_code, quiet_out, quiet_err = _run(capsys, *base, "--quiet")
    assert code == quiet_code == 0
    assert out == quiet_out  # progress never touches stdout
    assert out.splitlines()[-1].startswith("privacy: epsilon=4 ") and "dpfusion:" not in out
    assert "dpfusion:" not in quiet_err
    lines = [line for line in err.splitlines() if line.startswith("dpfusion: ")]
    assert lines[0].startswith("dpfusion: loading model … done (")
    assert lines[1].startswith("dpfusion: building tagger (recall) … done (")
    assert lines[2].startswith("dpfusion: file 1/1: prepared in ") and " tok/s)" in lines[2]
    json_code, json_out, json_err = _run(capsys, *base, "--json")
    report = json.loads(json_out)["report"]
    summary = json_err.strip().splitlines()[-1]
    untimed = re.compile(r" in [0-9.]+ s")
    assert json_code == 0 and untimed.sub("", summary) == untimed.sub("", lines[-1])  # same seeded call
    assert summary.startswith("dpfusion: done: 1 file privatized in ")
    assert f"epsilon={report['epsilon']:.3g} delta={report['delta']:g} per group ({report['relation']})" in summary
    assert f"groups: {report['n_groups']} ({', '.join(report['epsilon_per_group'])})" in summary
    assert summary.endswith(f"tokens: {report['tokens_emitted']} sampled / {report['max_new_tokens']} charged")
    _assert_nothing_private(err)
    _assert_nothing_private(json_err)


def test_when_a_file_fails_then_progress_counts_it_and_still_leaks_nothing(tiny_model_dir, note_file, tmp_path,
                                                                        capsys):
    plain = tmp_path / "plain.txt"
    plain.write_text("nothing here but ordinary words", encoding="utf-8")
    code, out, err = _run(capsys, "privatize", str(note_file), str(plain), "--epsilon", "4", "--model",
                          str(tiny_model_dir), "--max-new-tokens", "2", "--seed", "1")
    assert code == 1
    assert "dpfusion: file 2/2: failed after " in err and "dpfusion: error: " in err
    assert err.strip().splitlines()[-1].startswith("dpfusion: done: 1 file privatized, 1 failed, in ")
    assert out.count("privacy: epsilon=") == 1
    _assert_nothing_private(err)


def test_when_tagging_then_stderr_shows_the_tagger_stage_and_stdout_is_unchanged(note_file, capsys):
    code, out, err = _run(capsys, "tag", str(note_file))
    quiet_code, quiet_out, quiet_err = _run(capsys, "tag", str(note_file), "-q")
    assert code == quiet_code == 0 and out == quiet_out and "dpfusion:" not in quiet_err
    assert "[PRIVATE]" in out and "dpfusion:" not in out  # the marked name, hidden
    lines = err.strip().splitlines()
    assert lines[0].startswith("dpfusion: building tagger (recall) … done (")
    assert lines[-1].startswith("dpfusion: done: 1 file tagged in ") and "no budget spent" in lines[-1]
    _assert_nothing_private(err)
