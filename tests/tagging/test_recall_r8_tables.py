"""Round 8, tables: table blocks and their header rows, what a header word says a column holds, the
cells of header-cued columns, columns completed from the spans of their other cells and ``key=value``
records, each on its own with negative cases; then the recall profile on its round-8 table set (floors
are what recall-v8 reaches when written, not targets), against recall-v7, and on public look-alike
tables (figures, options, timetables, price lists)."""

from __future__ import annotations

import itertools
import time

import pytest
from recall_dev_set_r8_tables import DEV_SENTENCES_R8_TABLES, PUBLIC_SENTENCES_R8_TABLES
from test_recall_dev_set_r3 import _rate
from test_recall_overtagging import tagged_word_share

from dpfusion_integrations.tagging.group_types import (
    CONTACT,
    DATE,
    ID,
    LOCATION,
    ORGANIZATION,
    PERSON,
)
from dpfusion_integrations.tagging.recall import RecallTagger, tables_r8
from dpfusion_integrations.tagging.recall.tables_cells_r8 import (
    grow_table_cells,
    is_placeholder,
)
from dpfusion_integrations.tagging.recall.tables_headers_r8 import column_type
from dpfusion_integrations.tagging.recall.tables_layout_r8 import find_tables
from dpfusion_integrations.tagging.recall.tables_pairs_r8 import grow_pairs
from dpfusion_integrations.tagging.spans import Span
from dpfusion_integrations.tagging.wordlists import load_wordlists

_DOMAINS = {"headers", "columns", "pairs"}


@pytest.fixture(scope="module")
def words():
    return load_wordlists()


def _cells(text: str, row) -> list[str]:
    return [text[c.start : c.end] for c in row]


def _values(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return sorted((s.entity_type, text[s.start : s.end]) for s in spans)


def _span(text: str, value: str, kind: str) -> Span:
    start = text.index(value)
    return Span(start, start + len(value), kind, 0.8)


# --- layout ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "delimiter", "header", "second_row"), [
    ("Nimi\tOsasto\tAlkoi\nAila Rasmus\tvarasto\t2024\nOula Aikio\tmyynti\t2023", "\t",
     ["Nimi", "Osasto", "Alkoi"], ["Oula Aikio", "myynti", "2023"]),
    ("| a | b |\n|---|:-:|\n| x | y |\n| z | w |", "|", None, ["x", "y"]),
    ('Name,Note,Phone\n"Kere, Hemi","a, b",021 448\nRua Tipene,none,027 113', ",",
     ["Name", "Note", "Phone"], ["Rua Tipene", "none", "027 113"]),
    ("who     room   day\nAbay    12     Mon\nIrina   14     Tue", "  ", ["who", "room", "day"],
     ["Irina", "14", "Tue"]),
])  # fmt: skip
def test_when_lines_share_a_delimiter_and_cell_count_then_they_form_a_table(
        text: str, delimiter: str, header: list[str] | None, second_row: list[str]) -> None:
    (table,) = find_tables(text)
    assert table.delimiter == delimiter
    assert (None if table.header is None else _cells(text, table.header)) == header
    assert _cells(text, table.rows[1]) == second_row


@pytest.mark.parametrize("text", [
    "We met in Oslo, Bergen and Tromsø, then flew home.\nThe next day, tired and happy, we slept.",  # prose
    "a;b;c\nd;e\nf;g;h;i",  # the cell count changes on every line
    "one line only | with | bars",
])  # fmt: skip
def test_when_lines_do_not_line_up_then_no_table_is_found(text: str) -> None:
    assert find_tables(text) == []


# --- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("header", "kind"), [
    ("driver_name", PERSON), ("Requester", PERSON), ("kit owner", PERSON), ("Nachname", PERSON),
    ("Kundenname", PERSON), ("nombre del cliente", PERSON), ("imię", PERSON), ("Név", PERSON),
    ("Jméno", PERSON), ("firstName", PERSON), ("policy holder", PERSON), ("Mitarbeiter", PERSON),
    ("e-mail", CONTACT), ("N° de téléphone", CONTACT), ("Gebruikersnaam", CONTACT), ("contact", CONTACT),
    ("Имя", PERSON), ("姓名", PERSON), ("Όνομα", PERSON), ("First", PERSON), ("Телефон", CONTACT),
    ("Geburtsdatum", DATE), ("Date of birth", DATE), ("due", DATE),
    ("Adresse", LOCATION), ("Straße", LOCATION), ("Wohnort", LOCATION),
    ("municipio", LOCATION), ("Comune", LOCATION), ("kommune", LOCATION), ("Provincia", LOCATION),
    ("distrito", LOCATION), ("Barrio", LOCATION), ("Geburtsort", LOCATION), ("hometown", LOCATION),
    ("birthplace", LOCATION), ("Lieu de naissance", LOCATION), ("town of birth", LOCATION),
    ("county", LOCATION), ("suburb", LOCATION), ("village", LOCATION), ("Miejsce urodzenia", LOCATION),
    ("tempat lahir", LOCATION), ("Bundesland", LOCATION), ("home state", LOCATION),
    ("State/Province", LOCATION), ("country of birth", LOCATION), ("Region of residence", LOCATION),
    ("employer", ORGANIZATION), ("company name", ORGANIZATION),
    ("vehicle", ID), ("Kennzeichen", ID), ("unit_id", ID), ("customer id", ID), ("IBAN", ID),
])  # fmt: skip
def test_when_a_header_names_a_private_field_then_its_column_is_typed(header: str, kind: str) -> None:
    assert column_type(header) == kind


@pytest.mark.parametrize("header", [
    "score", "shared_cM", "status", "type", "vehicle type", "user count", "metric", "profile", "file name",
    "model name", "host name", "last seen", "first aid", "Default", "description", "Punkte", "recall-v7", "flags",
    "price", "state", "State", "region", "aws_region", "state code", "state machine", "country", "area code",
    "settlement", "LAN", "report",
])  # fmt: skip
def test_when_a_header_names_a_public_or_unknown_field_then_its_column_stays_public(header: str) -> None:
    assert column_type(header) is None


# --- header-cued cells -------------------------------------------------------------------------


def test_when_a_header_types_a_column_then_its_value_cells_are_tagged_and_placeholders_are_not(words) -> None:
    text = ("volunteer;rating;mobile;shift\n"
            "tevite latu;4;0800 441 902;late\nMW;5;hidden;early\nn/a;3;-;late\nIrakli Gelashvili;12;none;night\n"
            "rt;2;-;early\nme;1;n.a.;late")
    out = _values(text, grow_table_cells(text, [], words))
    assert (PERSON, "tevite latu") in out and (PERSON, "Irakli Gelashvili") in out
    assert (PERSON, "MW") in out and (PERSON, "rt") in out  # initials, in either case
    assert (CONTACT, "0800 441 902") in out
    assert len(out) == 5  # no placeholder or pronoun, no rating, no shift word


def test_when_an_identifier_column_holds_long_numbers_and_figures_then_only_the_numbers_are_tagged(words) -> None:
    text = "account;balance;share\n40417731;€1,204.50;12 %\n55120984;€88.00;0.4\n"
    out = _values(text, grow_table_cells(text, [], words))
    assert out == [(ID, "40417731"), (ID, "55120984")]


def test_when_a_person_column_holds_ordinary_words_or_figures_then_they_stay_public(words) -> None:
    text = "| owner | area |\n|---|---|\n| platform team | ledger |\n| 42 | docs |\n| `bot` | ci |"
    assert grow_table_cells(text, [], words) == []


# --- propagation -------------------------------------------------------------------------------


def test_when_most_cells_of_a_column_are_tagged_then_the_others_follow(words) -> None:
    text = "Kalani Akana;0412 118 093;12\nlowanna;0412 992 310;7\nMerindah Kelly;0413 557 201;120"
    spans = [_span(text, "Kalani Akana", PERSON), _span(text, "Merindah Kelly", PERSON),
             _span(text, "0412 118 093", CONTACT), _span(text, "0412 992 310", CONTACT)]
    out = _values(text, grow_table_cells(text, spans, words))
    assert (PERSON, "lowanna") in out
    assert (CONTACT, "0413 557 201") in out  # the phone column is completed too
    assert not any(value in ("12", "7", "120") for _, value in out)  # short numbers stay public


def test_when_too_few_cells_of_a_column_are_tagged_then_nothing_follows(words) -> None:
    text = "Kalani Akana;x1\nlowanna;x2\nmerindah;x3"
    spans = [_span(text, "Kalani Akana", PERSON)]
    assert grow_table_cells(text, spans, words) == spans


# --- key=value records -------------------------------------------------------------------------


def test_when_a_key_names_a_private_field_then_its_value_is_tagged(words) -> None:
    text = "user=t.makoa src=10.1.2.3 action=login; holder=\"Anahí Condori\"; dob=1990-04-02; mode=fast"
    out = _values(text, grow_pairs(text, [], words))
    assert out == [(CONTACT, "t.makoa"), (DATE, "1990-04-02"), (PERSON, "Anahí Condori")]


@pytest.mark.parametrize("text", [
    "settings: model=small; version=2; level=3", "call `run(name=foo)` first", "name=the default",
    "status=ok count=12",
])  # fmt: skip
def test_when_a_key_is_public_or_the_value_is_no_value_then_nothing_is_tagged(words, text: str) -> None:
    assert grow_pairs(text, [], words) == []


def test_when_a_cell_says_no_value_then_it_is_a_placeholder() -> None:
    assert all(is_placeholder(v) for v in ("n/a", "Hidden", "—", "nein", "(none)", "não"))
    assert not any(is_placeholder(v) for v in ("Nia", "MK", "pwemoo"))


# --- the whole tagger --------------------------------------------------------------------------


def test_when_the_round_eight_table_set_is_parsed_then_it_covers_every_class() -> None:
    assert {s.domain for s in DEV_SENTENCES_R8_TABLES} == _DOMAINS
    assert sum(len(s.gold) for s in DEV_SENTENCES_R8_TABLES) >= 100
    assert all(s.text.strip() and s.gold for s in DEV_SENTENCES_R8_TABLES)


@pytest.fixture(scope="module")
def recall_v7(recall_tagger) -> RecallTagger:
    """The round-7 detector set (shares the session's Presidio engine with ``recall_tagger``)."""
    return RecallTagger(version="recall-v7")


def test_when_the_round_eight_table_set_is_tagged_then_recall_v8_covers_it_and_recall_v7_misses_more(
        recall_tagger, recall_v7) -> None:
    rates = {d: _rate(recall_tagger, [s for s in DEV_SENTENCES_R8_TABLES if s.domain == d]) for d in _DOMAINS}
    assert min(rates.values()) >= 0.95, rates
    assert _rate(recall_v7, DEV_SENTENCES_R8_TABLES) + 0.15 < _rate(recall_tagger, DEV_SENTENCES_R8_TABLES)


def test_when_public_look_alike_tables_are_tagged_then_few_words_are_tagged(recall_v10_tagger, recall_v7) -> None:
    tagged, n_words = tagged_word_share(recall_v10_tagger, list(PUBLIC_SENTENCES_R8_TABLES))
    before, _ = tagged_word_share(recall_v7, list(PUBLIC_SENTENCES_R8_TABLES))
    assert n_words > 150 and tagged <= before + 2 and tagged / n_words < 0.2, (tagged, before, n_words)


def test_when_only_the_private_values_differ_then_the_table_is_tagged_alike(recall_v10_tagger) -> None:
    names = (("Ulla Saijets", "NG", "mpho"), ("Kahu Ruatapu", "DK", "sipho"), ("Ilse Aasland", "TR", "lwazi"))
    grids = []
    for first, initials, lower in names:
        text = f"requester;team;mobile\n{first};ops;0701 221 908\n{initials};ops;0701 221 377\n{lower};ops;0701 995 120"
        chars = {i for s in recall_v10_tagger.tag(text) for i in range(s.start, s.end)}
        grid = []
        for line_start, line in zip(itertools.accumulate([0, *(len(x) + 1 for x in text.split("\n"))]),
                                    text.split("\n"), strict=False):
            offset = line_start
            for cell in line.split(";"):
                grid.append(all(k in chars for k in range(offset, offset + len(cell))))
                offset += len(cell) + 1
        grids.append(grid)
    assert grids[0] == grids[1] == grids[2]
    assert grids[0][3::3] == [True, True, True] and grids[0][4::3] == [False, False, False]  # names / "ops"


@pytest.mark.parametrize("text", [
    "a;b;c\n" * 400, "| x | y |\n|---|---|\n" * 300, "name,mobile,x\n" + "Ana Lu,0800 1,y\n" * 400,
    "k=" * 500 + "v", "user=" + "a " * 600, '"' + ",\"" * 400, "a  b  c\n" * 400,
], ids=["semicolons", "rules", "csv", "keys", "value", "quotes", "aligned"])  # fmt: skip
def test_when_input_is_long_and_repetitive_then_the_table_step_returns_valid_spans(words, text: str) -> None:
    spans = [Span(0, 1, PERSON, 0.8)]
    out = tables_r8.grow(text, spans, words)
    assert all(0 <= s.start < s.end <= len(text) for s in out)
    assert spans[0] in out  # growth never drops a span
    merged = sorted(out, key=lambda s: (s.start, s.end))
    assert all(a.start <= b.start for a, b in itertools.pairwise(merged))


def test_when_a_table_has_place_columns_then_their_cells_are_places_and_a_status_state_is_not(words) -> None:
    text = ("nombre;municipio;state;Geburtsort\n"
            "Ilse Varga;Tlaquepaque Viejo;open;Kleinmachnow\n"
            "Odo Brekke;San Isidro del Monte;closed;Lillehammer")
    out = _values(text, tables_r8.grow(text, [], words))
    places = [value for kind, value in out if kind == LOCATION]
    assert "Tlaquepaque Viejo" in places and "San Isidro del Monte" in places
    assert "Kleinmachnow" in places and "Lillehammer" in places
    assert all(value not in {"open", "closed"} for _, value in out)  # "state" is a status column here


def test_when_one_long_line_holds_many_pairs_then_the_pair_step_stays_linear(words) -> None:
    """The inline-code check used to rescan the line for every pair (quadratic on one long line);
    generous bound: a busy machine cannot fail it, a quadratic scan of a much longer line would."""
    text = "`cfg` " + "owner=Ilse Varga; " * 5_000 + "`owner=Odo Brekke`"
    start = time.perf_counter()
    out = grow_pairs(text, [], words)
    assert time.perf_counter() - start < 20.0
    assert len(out) == 5_000  # the pair inside backticks stays out
