"""Record parsing: JSONL and directories, units, spans, and errors that never show a value."""

from __future__ import annotations

import json

import pytest

from dpfusion_integrations.corpus import InvalidRecordError, TextRecord, iter_records, record_from_mapping

SECRET = "Zebulon Quartermaine"


def test_when_a_record_has_no_unit_then_its_id_is_its_unit():
    record = record_from_mapping({"id": "doc-1", "text": "x", "label": "a"})
    assert record.units == ("doc-1",) and record.label == "a" and record.spans is None


def test_when_a_record_names_a_unit_or_units_then_they_are_used():
    assert record_from_mapping({"id": "d", "text": "x", "unit": "patient-7"}).units == ("patient-7",)
    assert record_from_mapping({"id": "d", "text": "x", "units": ["a", "b"]}).units == ("a", "b")
    assert record_from_mapping({"id": 17, "text": "x"}).id == "17"


def test_when_spans_are_given_then_they_are_kept_as_triples():
    record = record_from_mapping({"id": "d", "text": "Ann is here", "spans": [[0, 3, "PERSON"]]})
    assert record.spans == ((0, 3, "PERSON"),)


@pytest.mark.parametrize("obj, field", [
    ({"text": SECRET}, "id"),
    ({"id": "d"}, "text"),
    ({"id": "d", "text": SECRET, "unit": "a", "units": ["b"]}, "unit"),
    ({"id": "d", "text": SECRET, "units": SECRET}, "units"),
    ({"id": "d", "text": SECRET, "label": {"x": SECRET}}, "label"),
    ({"id": "d", "text": SECRET, "spans": [[0, SECRET, "P"]]}, "span"),
    ({"id": "d", "text": SECRET, "units": ["a", "a"]}, "twice"),
])
def test_when_a_record_is_malformed_then_the_error_names_the_field_but_no_value(obj, field):
    with pytest.raises(InvalidRecordError) as info:
        record_from_mapping(obj, where="line 3")
    assert field in str(info.value) and SECRET not in str(info.value)


def test_when_a_record_is_printed_then_its_text_is_hidden():
    record = TextRecord(id="d", text=f"Patient {SECRET}")
    assert SECRET not in repr(record) and SECRET not in str(record) and "chars" in repr(record)


def test_when_reading_jsonl_then_blank_lines_are_skipped_and_bad_json_names_the_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x"}) + "\n\n" + '{"id": "b", "text": "' + SECRET + '"\n')
    records = iter_records(path)
    assert next(records).id == "a"
    with pytest.raises(InvalidRecordError) as info:
        next(records)
    assert "line 3" in str(info.value) and SECRET not in str(info.value)


def test_when_reading_a_directory_then_txt_files_are_records_by_relative_path(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("second")
    (tmp_path / "sub" / "a.txt").write_text("first")
    (tmp_path / "skip.md").write_text("not a record")
    records = list(iter_records(tmp_path))
    assert [r.id for r in records] == ["b.txt", "sub/a.txt"]
    assert records[1].text == "first" and records[1].units == ("sub/a.txt",)
