"""Round 13, the release of public time expressions and table quantities: it only removes whole spans of
recall-v12 (property tests); what it releases (durations, clock times, weekdays, quantity columns) and,
above all, what it must never release, written as an attacker would (ages, times counted from an event,
times next to a date, labelled codes, numbers in a row with a name, identifier columns, bare four-digit
numbers, names and places); each guard of the time and table rules on its own; the recall profile on
public look-alikes and on round 12's private set; failing closed without the text; linear time on
adversarial input; the version wiring."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from recall_dev_set_r12_completion import (
    DEV_SENTENCES_R12_COMPLETION,
    PUBLIC_SENTENCES_R12_COMPLETION,
)
from recall_helpers import best_seconds, covered, span_of, well_formed
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.errors import TaggingError
from dpfusion_integrations.tagging import TaggerProfile, default_tagger
from dpfusion_integrations.tagging.recall import RecallTagger, round_thirteen
from dpfusion_integrations.tagging.recall import tagger as tagger_module
from dpfusion_integrations.tagging.recall.completion_labels_r13 import (
    code_prefixes,
    month_dots,
    number_signs,
    place_kinds,
    weekdays_after_dates,
)
from dpfusion_integrations.tagging.recall.completion_numbers_r12 import extensions
from dpfusion_integrations.tagging.recall.release_quantities_r13 import (
    quantity_cells,
    read_tables,
    table_heads,
)
from dpfusion_integrations.tagging.recall.release_times_r13 import (
    counted_from_event,
    names_a_secret,
    public_time_ranges,
)
from dpfusion_integrations.tagging.recall.residual_cues_r11 import RESIDUAL_SCORE
from dpfusion_integrations.tagging.recall.round_thirteen import release_public_values
from dpfusion_integrations.tagging.recall.round_twelve import complete_values
from dpfusion_integrations.tagging.recall.tagger import RECALL_VERSIONS
from dpfusion_integrations.tagging.spans import Span


@pytest.fixture(scope="module")
def recall_v12(recall_v12_tagger) -> RecallTagger:
    """The round-12 detector set (before the release), sharing the session's Presidio engine."""
    return recall_v12_tagger


def _kept(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in release_public_values(text, spans)]


# --- 1. the release only removes whole spans ------------------------------------------------------

_FRAGMENTS = [
    "Rehearsals on Tuesday evenings from 19:00 to 21:30.", "Lots are collected within 5 working days.",
    "Seen last Monday, review in 2 weeks.", "Mr Okafor, 45 years,", "born at 04:17",
    "She is 34 years old.", "Seen 3 weeks ago by Dr Ottilie Brandt.", "Admitted Monday 4 March 2024, 14:30.",
    "Door code: 12:34.", "| item | price |\n|---|---|\n| shirt | 3 |\n| suit | 14 |\n",
    "| 12 | Okafor | 54 |\n| 14 | Brandt | 61 |\n", "every Monday", "call +49 30 1234567 ext 214", "\n",
    "ops@billing.internal", "Mon-Fri 9am-5pm", "Mobile: +266 5206 3278 (ligne directe 310)", "(+682 55 388 (dial 869))", "for 2 weeks after surgery", "Room 4pm", "2019", "(Thu)",
]  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8))
def test_when_any_text_is_tagged_then_recall_v13_keeps_a_subset_of_its_completed_spans_unchanged(
        recall_v13_tagger, recall_v11_tagger, recall_v12, make_view, parts: list[str]) -> None:
    text = " ".join(parts)
    completed = complete_values(make_view(text), recall_v11_tagger.tag(text), round_thirteen=True)
    after = recall_v13_tagger.tag(text)
    well_formed(text, after)
    assert after == release_public_values(text, completed)
    assert set(after) <= set(completed)
    for gone in set(completed) - set(after):
        assert gone.entity_type in ("DATE", "ID") or gone.score <= RESIDUAL_SCORE, gone
        assert any(ch.isalnum() for ch in text[gone.start : gone.end])
    # wider extensions only add: every character recall-v12 tags is tagged before the release
    v12_chars = {i for span in recall_v12.tag(text) for i in range(span.start, span.end)}
    assert v12_chars <= {i for span in completed for i in range(span.start, span.end)}


# --- 2. what is released ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Lots must be collected within 5 working days.", "within 5 working days"),
    ("Storage is reviewed every 10 years.", "every 10 years"),
    ("Allow 2-3 weeks for delivery.", "2-3 weeks"),
    ("Lessons can be moved with up to 48 hours' notice.", "up to 48 hours'"),
    ("Crossing time under 2 hours.", "under 2 hours"),
    ("Rehearsals from 19:00 to 21:30 in the hall.", "19:00 to 21:30"),
    ("Open 06:00-22:00 daily.", "06:00-22:00"),
    ("Deliveries 9am-5pm.", "9am-5pm"),
    ("The library is checked every Monday.", "every Monday"),
    ("Classes Mon-Fri.", "Mon-Fri"),
    ("Metal nights Tuesdays and Thursdays.", "Tuesdays and Thursdays"),
    ("Checked every Monday and Thursday.", "every Monday and Thursday"),
    ("The test lasts about 40 minutes.", "about 40 minutes"),
    ("Choir on Tuesday evenings.", "Tuesday evenings"),
    ("The committee meets on the first Tuesday of each month.", "the first Tuesday of each month"),
    ("Checked twice daily.", "daily"),
    ("Check-out by 11:00.", "11:00"),
])  # fmt: skip
def test_when_a_span_holds_only_a_public_time_expression_then_it_is_released(text, value) -> None:
    for kind, score in (("DATE", 0.85), ("ID", RESIDUAL_SCORE), ("PERSON", RESIDUAL_SCORE)):
        assert _kept(text, [span_of(text, value, kind, score)]) == [], (value, kind)


def test_when_a_table_has_quantity_columns_then_their_cells_are_released() -> None:
    text = ("| beer | abv | ibu | price |\n|---|---|---|---|\n| dry stout | 4.2 | 38 | £4.50 |\n"
            "| gose | 4.6 | 10 | £4.80 |\n| barley wine | 10.5 | 65 | from 7 |")
    spans = [span_of(text, value, "ID", RESIDUAL_SCORE) for value in ("38", "10", "65", "from 7")]
    spans += [span_of(text, "4.2", "DATE"), span_of(text, "10.5", "ID")]
    spans.sort(key=lambda s: s.start)
    assert _kept(text, spans) == []


# --- 3. what is never released (the attacker's list) ----------------------------------------------


@pytest.mark.parametrize(("text", "value", "kind"), [
    # ages
    ("She is 34 years old.", "34 years old", "DATE"),
    ("Patient aged 34 years, seen today.", "34 years", "DATE"),
    ("Mr Okafor, 45 years, unemployed.", "45 years", "DATE"),
    ("The victim, 17 years, was walking home.", "17 years", "DATE"),
    ("a 3-year-old boy", "3-year", "DATE"),
    ("Baby girl, 6 weeks old.", "6 weeks", "DATE"),
    # times counted from an event
    ("Seen 3 weeks ago.", "3 weeks ago", "DATE"),
    ("Seen 3 weeks ago.", "3 weeks", "DATE"),
    ("Discharged 2 days after surgery.", "2 days", "DATE"),
    ("Symptoms began 5 days before admission.", "5 days", "DATE"),
    ("Reviewed 4 months later.", "4 months", "DATE"),
    ("Follow-up in 6 weeks.", "6 weeks", "DATE"),
    ("living in Leeds since 3 years", "3 years", "DATE"),
    ("Off sick since 4 months.", "4 months", "DATE"),
    ("32 weeks gestation, stable.", "32 weeks", "DATE"),
    ("Readmitted 3 days postpartum.", "3 days", "DATE"),
    ("Walking by 12 months.", "12 months", "DATE"),
    ("Child, 18 months, brought in by grandmother.", "18 months", "DATE"),
    ("Baby of 6 weeks with fever.", "6 weeks", "DATE"),
    ("Pregnant, 32 weeks. Seen by midwife.", "32 weeks", "DATE"),
    # weekdays in a narrative
    ("Seen last Monday by the GP.", "last Monday", "DATE"),
    ("Review next Tuesday.", "Tuesday", "DATE"),
    ("Chest pain since Tuesday.", "Tuesday", "DATE"),
    ("Deactivated on Friday.", "Friday", "DATE"),
    ("metal (Thu)", "(Thu)", "DATE"),
    # codes, personal events, invalid clock times
    ("Door code: 12:34.", "12:34", "DATE"),
    ("The door code is 12:34, then push.", "12:34", "DATE"),
    ("Her PIN is 4:21 and the safe is 12:07.", "12:07", "DATE"),
    ("Key safe code 10:45", "10:45", "ID"),
    ("Room 4pm", "4pm", "ID"),
    ("Baby boy, born at 04:17, 3.2 kg.", "04:17", "DATE"),
    ("Alarm disarm 12:99 then press set.", "12:99", "DATE"),
    ("Meet me 25:10.", "25:10", "DATE"),
    # calendar dates and what only looks like a time
    ("Admitted in November.", "November", "DATE"),
    ("Born 2019.", "2019", "DATE"),
    ("Seen 12.05 at the clinic.", "12.05", "DATE"),  # day and month, not a clock time
    ("Seen 5.10. at the clinic.", "5.10.", "DATE"),
    ("Ref 2 days 4471", "2 days 4471", "ID"),  # a digit that is no time
    # typed names and places are never released
    ("Mr Friday called.", "Friday", "PERSON"),
    ("Meet at Monday Street.", "Monday Street", "LOCATION"),
    ("Sun Li called at 5pm.", "Sun Li", "PERSON"),
])  # fmt: skip
def test_when_a_time_span_is_part_of_a_personal_value_then_it_stays_tagged(text, value, kind) -> None:
    assert _kept(text, [span_of(text, value, kind)]) == [value]


@pytest.mark.parametrize(("text", "date", "times"), [
    ("Open Mon-Fri, 4 March 2024, 09:00-17:00 only.", "4 March 2024", ["Mon-Fri", "09:00-17:00"]),
    ("Clinic 3 May (Wednesdays) 08:15", "3 May", ["(Wednesdays)", "08:15"]),
    ("14:30 / 12.03.2024 / Tuesdays", "12.03.2024", ["14:30", "Tuesdays"]),
    ("Open 4 March 2024 at 14:30-16:00.", "4 March 2024", ["14:30-16:00"]),
    ("Ouvert le 4\u00a0mars\u00a02024\u00a0à\u00a014h30", "4\u00a0mars\u00a02024", ["14h30"]),
])  # fmt: skip
def test_when_time_spans_touch_a_kept_date_then_they_stay_tagged(text, date, times) -> None:
    spans = sorted([span_of(text, date, "DATE"), *(span_of(text, t, "DATE") for t in times)], key=lambda s: s.start)
    assert _kept(text, spans) == [text[s.start : s.end] for s in spans]
    # the same times with no date are released
    alone = text.replace(date, "and")
    spans = sorted((span_of(alone, t, "DATE") for t in times), key=lambda s: s.start)
    assert _kept(alone, spans) == []


def test_when_a_sentence_holds_a_kept_value_then_its_schedule_stays_tagged() -> None:
    text = "Mr Okafor works Mon-Fri 9am-5pm."
    spans = [span_of(text, "Okafor", "PERSON"), span_of(text, "Mon-Fri", "DATE"), span_of(text, "9am-5pm", "DATE")]
    assert _kept(text, spans) == ["Okafor", "Mon-Fri", "9am-5pm"]
    assert _kept(text, spans[1:]) == []  # no person: the schedule is public
    text = "Every Monday from 07:30 to 18:00 the house at 14 Elm St is empty."
    spans = [span_of(text, "Every Monday", "DATE"), span_of(text, "07:30 to 18:00", "DATE"),
             span_of(text, "14 Elm St", "LOCATION")]
    assert _kept(text, spans) == ["Every Monday", "07:30 to 18:00", "14 Elm St"]


def test_when_a_document_holds_a_kept_date_then_its_clock_times_stay_tagged() -> None:
    text = "Your appointment is confirmed for 5 March 2024.\n\nPlease arrive at 09:40. Parking opens at 08:00."
    spans = [span_of(text, "5 March 2024", "DATE"), span_of(text, "09:40", "DATE"), span_of(text, "08:00", "DATE")]
    assert _kept(text, spans) == ["5 March 2024", "09:40", "08:00"]
    assert _kept(text, spans[1:]) == []  # with no date, a time of day names no day


def test_when_a_table_title_or_header_holds_a_kept_value_then_the_table_stays_tagged() -> None:
    text = "Timesheet Anna Berg\n| Mon | 07:30-16:00 |\n| Tue | 07:30-16:00 |\n| Wed | off |"
    spans = [span_of(text, "Anna Berg", "PERSON"), span_of(text, "07:30-16:00", "DATE"),
             span_of(text, "07:30-16:00", "DATE", occurrence=1)]
    assert _kept(text, spans) == ["Anna Berg", "07:30-16:00", "07:30-16:00"]
    assert _kept(text, spans[1:]) == []


def test_when_a_sentence_ends_with_an_abbreviation_then_the_sentence_goes_on() -> None:
    text = "Ms Berg approx. 23:47 at the desk."
    spans = [span_of(text, "Berg", "PERSON"), span_of(text, "23:47", "DATE")]
    assert _kept(text, spans) == ["Berg", "23:47"]


@pytest.mark.parametrize(("text", "values"), [
    # a name in the row keeps its bed number and age
    ("| bed | patient | age |\n| 12 | Okafor | 54 |\n| 14 | Brandt | 61 |", ["12", "54", "14", "61"]),
    ("| 12 | Okafor | 54 |\n| 14 | Brandt | 61 |", ["12", "54", "14", "61"]),
    # identifier columns, identifier labels in the row, bare four-digit numbers, leading zeros
    ("| guest | room |\n|---|---|\n| A | 12 |\n| B | 14 |", ["12", "14"]),
    ("| item | no. |\n| a | 12 |\n| b | 14 |", ["12", "14"]),
    ("| Gast | Zimmer | Nächte |\n|---|---|---|\n| Herr A | 214 | 3 |\n| Frau B | 108 | 2 |", ["214", "108"]),
    ("| Visit | Day | Month | Systolic |\n|---|---|---|---|\n| 1 | 12 | 3 | 140 |\n| 2 | 19 | 4 | 135 |",
     ["12", "3", "19", "4"]),
    ("| Entrance | Keypad |\n|---|---|\n| front | 482 |\n| garage | 913 |", ["482", "913"]),
    ("| 1 | 2 |\n| 3 | 4 |", ["1", "2", "3", "4"]),  # no header and no row label
    ("| Mother | 43 |\n| Father | 45 |\n| Son | 9 |", ["43", "45", "9"]),  # no header: only marked amounts
    ("| Garage | 719 |\n| Shed | 306 |\n| Side gate | 528 |", ["719", "306", "528"]),
    ("| Cot | Weeks | Weight |\n|---|---|---|\n| 4 | 32 | 1.6 kg |\n| 5 | 29 | 1.1 kg |", ["4", "32", "5", "29"]),
    ("| key safe code | 482 |\n| gate pin | 113 |", ["482", "113"]),
    ("| front door | 4821 |\n| back gate | 7730 |", ["4821", "7730"]),
    ("| shed | 017 |\n| barn | 023 |", ["017", "023"]),
    ("| ward | bed |\n| east | 12 |\n| west | 14 |", ["12", "14"]),
    # a column that is not all quantities
    ("| item | ref |\n| shirt | 3 |\n| suit | AB12 |", ["3"]),
    # a single data row is no table of quantities
    ("| item | price |\n| shirt | 3 |", ["3"]),
])  # fmt: skip
def test_when_a_table_number_may_be_a_personal_value_then_it_stays_tagged(text, values) -> None:
    spans = [span_of(text, "Okafor", "PERSON"), span_of(text, "Brandt", "PERSON")] if "Okafor" in text else []
    for value in values:
        cell = span_of(text, f"| {value} |", "ID")
        spans.append(Span(cell.start + 2, cell.end - 2, "ID", RESIDUAL_SCORE))
    spans.sort(key=lambda s: s.start)
    assert set(values) <= set(_kept(text, spans))


def test_when_recall_v13_tags_private_sentences_then_their_values_stay_covered(recall_v13_tagger, recall_v12) -> None:
    text = ("Ottilie Brandt, aged 84 years, was admitted on Monday 4 March 2024 at 14:30 and discharged "
            "3 days later. Seen again 2 weeks ago.\n| bed | name | age |\n| 12 | Okafor | 54 |")
    spans, before = recall_v13_tagger.tag(text), recall_v12.tag(text)
    for value in ("Ottilie Brandt", "84 years", "Monday 4 March 2024", "14:30", "3 days later", "2 weeks ago",
                  "Okafor", "12", "54"):
        assert covered(text, before, value) and covered(text, spans, value), value


# --- 4. each guard on its own ----------------------------------------------------------------------


def test_when_public_time_ranges_read_a_text_then_they_find_only_public_forms() -> None:
    text = ("every 10 years, 19:00, 5pm, 14h30, Mondays, weekends, Mon-Fri; in 2 weeks, 45 years, on Monday, "
            "4 March, 2019, 12.05, 5.10., 12:34:56, 12:99")
    found = [text[a:b] for a, b in sorted(public_time_ranges(text))]
    assert found == ["every 10 years", "19:00", "5pm", "14h30", "Mondays", "weekends", "Mon-Fri"]


@pytest.mark.parametrize(("duration", "after", "counted"), [
    ("for 6 weeks", " old", True), ("for 3 weeks", " ago", True), ("for 2 days", " after surgery", True),
    ("up to 32 weeks", " gestation", True), ("for 3 days", " postpartum", True), ("for 2 weeks", ", then", False),
    ("about 40 minutes", " by bus", False), ("within 5 days", " of receipt", False),
])  # fmt: skip
def test_when_a_duration_counts_from_an_event_then_counted_from_event_says_so(duration, after, counted) -> None:
    assert counted_from_event(duration + after, len(duration)) is counted
    assert (public_time_ranges(duration + after) == [(0, len(duration))]) is not counted


def test_when_a_duration_has_no_length_cue_then_it_stays_tagged() -> None:
    text = "in 2 weeks; Child, 18 months; Pregnant, 32 weeks; 45 years; about 45 years; 48 hours' notice"
    assert public_time_ranges(text) == []


@pytest.mark.parametrize(("text", "secret"), [
    ("The door code is 12:34", True), ("Her PIN is 4:21", True), ("seat 14-18", True), ("born at 04:17", True),
    ("Lockbox combination: 21:09", True), ("Opening hours 09:00-17:00", False), ("The code. Opens 09:00", False),
])  # fmt: skip
def test_when_a_clause_names_a_secret_or_a_personal_event_then_names_a_secret_says_so(text, secret) -> None:
    assert names_a_secret(text, len(text) - 5) is secret


def test_when_quantity_cells_read_a_table_then_only_quantity_columns_count() -> None:
    text = "| item | price | code |\n|---|---|---|\n| shirt | 3 | AB1 |\n| suit | 14 | AB2 |\n| coat | — | AB3 |"
    rows = quantity_cells(text, read_tables(text))
    assert [[text[a:b] for a, b in cells] for _row, cells in rows] == [["3"], ["14"]]
    assert all(text[a:b].startswith("| ") for (a, b), _cells in rows)
    ((whole, head),) = table_heads("Prices\n" + text, read_tables("Prices\n" + text))
    assert whole == (0, len(text) + 7) and head == (0, len("Prices\n| item | price | code |"))


@pytest.mark.parametrize(("text", "phone", "kind", "extension"), [
    ("Mobile: +266 5206 3278 (ligne directe 310)\nVehicle", "+266 5206 3278", "CONTACT", "(ligne directe 310)"),
    ("to nathu (+682 55 388 (dial 869)): welcome!", "(+682 55 388", "DATE", "(dial 869)"),
    ("Tel +689 40 20 03 38 (dial 323)    Fax", "Tel +689 40 20 03 38", "PERSON", "(dial 323)"),
    ("Mobile: 76 953 ext.: 985", "76 953", "CONTACT", "ext.: 985"),
    ("call you on 06 94 01 50 20 [x 774].", "06 94 01 50 20", "CONTACT", "[x 774]"),
])  # fmt: skip
def test_when_recall_v13_reads_extensions_widely_then_two_word_labels_and_labelled_phones_count(
        text, phone, kind, extension) -> None:
    spans = [span_of(text, phone, kind)]
    assert [text[s.start : s.end] for s in extensions(text, spans, wide=True)] == [extension]
    assert extensions(text, spans) == []  # recall-v12 reads them as before


@pytest.mark.parametrize("text", [
    "call +44 20 7946 0018 or call 5", "call +44 20 7946 0018 and then 5 more", "Phone 0161 496 0418 to book 3",
    "code 76 953 ext 5",  # five digits that no detector typed a contact
    "tiles 0161 496 0418 x 3",  # an unbracketed x multiplies
])  # fmt: skip
def test_when_words_after_a_phone_number_are_no_label_then_no_extension_is_read(text) -> None:
    start = next(k for k, ch in enumerate(text) if ch.isdigit() or ch == "+")
    end = start + len(text[start:].split(" ext")[0].split(" or")[0].split(" and")[0].split(" to")[0])
    assert extensions(text, [Span(start, end, "ID", 0.8)], wide=True) == []


@pytest.mark.parametrize(("text", "value", "kind", "step", "expected"), [
    ("Serial: S/N 0974790  Insured", "0974790", "CONTACT", code_prefixes, ["S/N"]),
    ("supply boat ON 299304, skipper", "299304", "DATE", code_prefixes, ["ON"]),
    ("order SO 97686-V shipped", "97686-V", "ID", code_prefixes, ["SO"]),
    ("visa E-V 936722603 issued", "936722603", "ID", code_prefixes, ["E-V"]),
    ("boat on 299304", "299304", "DATE", code_prefixes, []),  # lower case: a preposition
    ("ON 299", "299", "ID", code_prefixes, []),  # fewer than four digits
    ("MR 12345 Okafor", "12345", "PERSON", code_prefixes, []),  # a name's span
    ("lift from village Kawéni, Sada", "Kawéni", "LOCATION", place_kinds, ["village"]),
    ("lift from route du Wharf, district", "Wharf", "LOCATION", place_kinds, ["route du"]),
    ("the village Kawéni", "Kawéni", "PERSON", place_kinds, ["village"]),  # the kind word says it is a place
    ("the village 12", "12", "ID", place_kinds, []),  # not a name
    ("a lovely Kawéni", "Kawéni", "LOCATION", place_kinds, []),  # no kind word
    ("n° 44 avenue Amilcar Cabral", "44 avenue Amilcar Cabral", "LOCATION", number_signs, ["n°"]),
    ("room n° 44 upstairs", "44", "ID", number_signs, []),  # no place next to it
    ("sold 26 may. 07:02", "26 may", "DATE", month_dots, ["."]),
    ("born in 2024. Then", "2024", "DATE", month_dots, []),
    ("returned by 6 March 2029, Tuesday.", "6 March 2029", "DATE", weekdays_after_dates, [", Tuesday"]),
    ("Anna Berg, Tuesday", "Anna Berg", "PERSON", weekdays_after_dates, []),  # not a date
    ("in March, Tuesday", "March", "DATE", weekdays_after_dates, []),  # no day number before it
])  # fmt: skip
def test_when_a_label_is_written_next_to_its_value_then_round_thirteen_adds_it(text, value, kind, step, expected) -> None:
    assert [text[s.start : s.end].strip() for s in step(text, [span_of(text, value, kind)])] == expected


def test_when_recall_v13_tags_labelled_values_then_label_and_value_are_one_span(recall_v13_tagger) -> None:
    text = "Serial: S/N 0974790. Call 06 94 01 50 20 [x 774]. Lift from village Kawéni, Sada on 26 may. thanks"
    spans = recall_v13_tagger.tag(text)
    for value in ("S/N 0974790", "06 94 01 50 20 [x 774]", "village Kawéni", "26 may."):
        assert covered(text, spans, value), value


# --- 5. look-alikes and the private set -----------------------------------------------------------


def test_when_public_look_alikes_are_tagged_then_the_release_tags_no_more_words(recall_v13_tagger, recall_v12) -> None:
    tagged, words = tagged_word_share(recall_v13_tagger, list(PUBLIC_SENTENCES_R12_COMPLETION))
    before, _ = tagged_word_share(recall_v12, list(PUBLIC_SENTENCES_R12_COMPLETION))
    assert words > 250 and tagged <= before, (tagged, before, words)


def test_when_round_twelve_private_set_is_tagged_then_recall_v13_covers_what_recall_v12_covers(
        recall_v13_tagger, recall_v12) -> None:
    assert _rate(recall_v13_tagger, DEV_SENTENCES_R12_COMPLETION) == _rate(recall_v12, DEV_SENTENCES_R12_COMPLETION)


# --- 6. failing closed ----------------------------------------------------------------------------


def test_when_the_release_raises_then_tagging_fails_without_the_text(recall_v13_tagger, monkeypatch) -> None:
    def broken(text: str, spans: list[Span]) -> list[Span]:
        raise ValueError(f"cannot read {text!r}")

    monkeypatch.setattr(tagger_module, "release_public_values", broken)
    text = "Ottilie Brandt is seen every Monday at 14:30."
    with pytest.raises(TaggingError) as info:
        recall_v13_tagger.tag(text)
    message = str(info.value)
    assert "Ottilie" not in message and "14:30" not in message
    assert info.value.__cause__ is None and info.value.__context__ is None


def test_when_the_table_reader_raises_then_the_release_raises_too(monkeypatch) -> None:
    def broken(text: str) -> list:
        raise RuntimeError("table")

    monkeypatch.setattr(round_thirteen, "read_tables", broken)
    with pytest.raises(RuntimeError):
        release_public_values("every Monday", [Span(0, 12, "DATE", 0.85)])


# --- 7. linear time -------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [
    "Mon, ", "12:30 ", "| 1 | 2 |\n", "4 March, Monday, ", "every 2 days and ", "aged 3 years ",
])  # fmt: skip
def test_when_the_input_is_long_and_adversarial_then_the_release_stays_linear(unit: str) -> None:
    times = []
    for repeat in (2_000, 8_000):
        text = unit * repeat
        spans = [Span(m, m + len(unit.rstrip(", \n")), "DATE", 0.85) for m in range(0, len(text), len(unit))]
        times.append(best_seconds(lambda text=text, spans=spans: release_public_values(text, spans)))
    assert times[1] < 8 * times[0], times


# --- 8. version wiring ----------------------------------------------------------------------------


def test_when_recall_v13_is_named_then_it_follows_v12_and_v12_stays_selectable(recall_v12) -> None:
    recall_v13 = default_tagger(TaggerProfile.RECALL_V13)
    assert isinstance(recall_v13, RecallTagger) and recall_v13.version == "recall-v13"
    assert RECALL_VERSIONS.index("recall-v13") == RECALL_VERSIONS.index("recall-v12") + 1
    assert recall_v13.name.startswith("recall-v13/") and recall_v12.name.startswith("recall-v12/")
    profile = default_tagger(TaggerProfile.RECALL_V12)
    assert isinstance(profile, RecallTagger) and profile.version == "recall-v12"
