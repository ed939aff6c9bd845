"""Red-team of surrogates (``release="faithful", surrogates=True``: hidden spans reach the public
context as fixed fakes of their type instead of ``[TYPE]`` placeholders).

Each test states the property it checks. Tests under FINDINGS failed against the first version of the
feature and are the regression tests of their fixes (a fake read as something the document says; a
corpus refusal that named no setting; a CLI summary and a result field that did not say the names
were fakes; a fake repeated for two spans). All tests under PROPERTIES held when written and are kept
as regression tests.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from llama_index.core.retrievers import BaseRetriever as LIBaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode
from pydantic import ValidationError

from dpfusion_integrations.accounting.tracker import events_from_report
from dpfusion_integrations.cli import summary_line
from dpfusion_integrations.contexts.render import StandIn, render_contexts
from dpfusion_integrations.contexts.surrogates import SURROGATE_KIND, SURROGATE_LISTS, surrogates_for
from dpfusion_integrations.corpus import CorpusStateError, PrivatizeParams, privatize_corpus
from dpfusion_integrations.errors import InvalidParameterError
from dpfusion_integrations.prepare import prepare_faithful
from dpfusion_integrations.report import PrivatizationResult
from dpfusion_integrations.synthesis import synthesize
from dpfusion_integrations.tagging import GroupPolicy, group_spans, normalize_value
from dpfusion_integrations.unit_aliases import resolve_unit_alias
from rt_helpers import NAME, STABLE_UNIT, UNIT_KEY, assert_clean, leaks, log_text, marked

PERSON, PLACE, DATE = SURROGATE_LISTS["person"], SURROGATE_LISTS["location"], SURROGATE_LISTS["date"]
#: Entity types with a surrogate list, and some without (they keep their placeholder).
TYPES = [*sorted(SURROGATE_KIND), "PRIVATE", "URL", "NRP", "person"]


class NoTagger:
    """Explicit spans are used alone: the tagger must never run."""

    name = "none"

    def tag(self, text):
        raise AssertionError("the tagger must not run when spans are given")


def _prepare(tokenizer, text, spans, *, policy=GroupPolicy.ENTITY_TYPE, surrogates=True, slot_tokens=4):
    return prepare_faithful(text, tokenizer=tokenizer, tagger=NoTagger(), policy=policy, unit_key=UNIT_KEY,
                            slot_tokens=slot_tokens, context_limit=8192, spans=spans, surrogates=surrogates)


def _build(structure, values, prefix="Note: "):
    """``prefix value_0 gap_0 value_1 gap_1 ...`` and its explicit spans."""
    text, spans = prefix, []
    for (entity_type, gap), value in zip(structure, values, strict=True):
        spans.append((len(text), len(text) + len(value), entity_type))
        text += value + gap
    return text, spans


def _with(text, spans, stand_ins):
    """``text`` with each span (validated, in order) replaced by its stand-in."""
    out, cursor = [], 0
    for span, stand_in in zip(spans, stand_ins, strict=True):
        out += [text[cursor:span.start], stand_in]
        cursor = span.end
    return "".join(out) + text[cursor:]


def _public_text(text, spans):
    """The text outside every span (one line per piece)."""
    ends = [0] + [s.end for s in spans]
    starts = [s.start for s in spans] + [len(text)]
    return "\n".join(text[a:b] for a, b in zip(ends, starts, strict=True))


def _public_report(report) -> dict:
    """The report less what may legitimately differ between neighbours: per-call aliases (random) and
    the steps actually taken (functions of released tokens)."""
    data = report.model_dump(mode="json")
    for key in ("units", "units_groups", "units_group_labels", "group_steps_emitted", "tokens_emitted"):
        data.pop(key)
    data["units_groups_counts"] = sorted(report.units_groups.values())
    return data


# ================================================================================================ FINDINGS
def test_rt_finding_a_surrogate_never_reads_as_a_name_or_date_the_document_itself_shows(tokenizer):
    """FINDING (medium, integrity): the fake of a span was chosen from the type and position alone, so
    a document that names someone in its public text ("Dr. Alex Morgan") got that very name as the fake
    of its hidden patient, and the ε = 0 release said "Dr. Alex Morgan treated Alex Morgan for asthma":
    the patient's diagnosis attached to a real person the document names (a date shown in the text
    likewise became a hidden date's fake). Fixed: entries that clash with the public text (the text
    outside every span, public in the faithful release) are skipped; the choice reads no private value."""
    text = "Dr. Alex Morgan treated Zed Quill for asthma; admitted 3 May, discharged 5/6."
    spans = [(24, 33, "PERSON"), (text.index("5/6"), text.index("5/6") + 3, "DATE_TIME")]
    grouping = group_spans(text, spans, GroupPolicy.ENTITY_TYPE, unit_key=UNIT_KEY)
    public, _ = render_contexts(text, grouping, style=StandIn.SURROGATE)
    assert public == f"Dr. Alex Morgan treated {PERSON[1]} for asthma; admitted 3 May, discharged {DATE[1]}."
    # a surname alone is enough to read as the same person; the whole value case-folded too
    assert surrogates_for(["PERSON"], public_text="Mrs Morgan called.") == [PERSON[1]]
    assert surrogates_for(["EMAIL_ADDRESS"], public_text="Write to CONTACT@example.com.") == [
        SURROGATE_LISTS["email"][1]]
    # ordinary words do not count: "may" is not "May", "contact" is not an address
    assert surrogates_for(["DATE", "EMAIL_ADDRESS"], public_text="It may help; contact us.") == [
        DATE[0], SURROGATE_LISTS["email"][0]]
    # a kind whose every entry clashes keeps its placeholder
    every_name = " ".join(PERSON)
    assert surrogates_for(["PERSON", "LOCATION"], public_text=every_name) == [None, PLACE[0]]
    # the plan the slot-end rule reads holds the fakes the contexts show, through the preparation
    prepared = _prepare(tokenizer, text, spans)
    assert prepared.plan.stand_ins == (PERSON[1], DATE[1]) and prepared.redacted == public
    assert _with(text, prepared.grouping.spans, prepared.plan.stand_ins) == prepared.redacted
    crowded = _prepare(tokenizer, f"{every_name} met Zed.", [(len(every_name) + 5, len(every_name) + 8, "PERSON")])
    assert crowded.redacted.endswith("met [PERSON].") and crowded.plan.stand_ins == ("[PERSON]",)


_PUBLIC_PIECES = st.sampled_from([" met ", " on ", ", ", "; ", " (", ") ", "\n", " at ", "Alex Morgan", "Morgan",
                                  " Sam ", "3 May", "May", " Riverton", "contact@example.com", "555-0100", "A-101",
                                  "Brookside Group", " Oakridge", "Jordan Reed", " Fairview "])


@settings(max_examples=80, deadline=None)
@given(types=st.lists(st.sampled_from(TYPES), min_size=1, max_size=6), data=st.data())
def test_rt_finding_property_no_surrogate_clashes_with_the_public_text(types, data):
    """FINDING (regression property): whatever public text surrounds the spans (built from pieces that
    contain surrogate values and their words), no fake the public context shows occurs in the public
    text, nor shares a capitalised word of three letters or more with it."""
    gaps = [data.draw(st.lists(_PUBLIC_PIECES, min_size=1, max_size=3).map("".join)) for _ in types]
    text, spans = _build(list(zip(types, gaps, strict=True)), ["x"] * len(types), prefix=data.draw(_PUBLIC_PIECES))
    grouping = group_spans(text, spans, GroupPolicy.ENTITY_TYPE, unit_key=UNIT_KEY)
    public_text = _public_text(text, grouping.spans)
    fakes = surrogates_for([s.entity_type for s in grouping.spans], public_text=public_text)
    shown = [f if f is not None else f"[{s.entity_type}]" for f, s in zip(fakes, grouping.spans, strict=True)]
    public, _ = render_contexts(text, grouping, style=StandIn.SURROGATE)
    assert public == _with(text, grouping.spans, shown)  # the contexts show exactly these
    words = set(re.findall(r"\w+", public_text))
    for fake in filter(None, fakes):
        assert fake.casefold() not in public_text.casefold(), fake
        assert not {w for w in re.findall(r"\w+", fake) if len(w) >= 3 and w[0].isupper()} & words, fake


def test_rt_finding_a_job_resumed_without_surrogates_is_told_which_setting_changed(dp, tmp_path):
    """FINDING (low, fail-closed UX): a corpus job started with surrogates and resumed without them is
    refused (good), but the error says "started with other settings ()": it names no setting, so the
    user cannot tell what to change. The other direction names ``surrogates``."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Patient Ann Lee was seen.", "spans": [[8, 15, "PERSON"]]}) + "\n")
    base = {"epsilon": 0.0, "release": "faithful", "slot_tokens": 2, "seed": 1}
    privatize_corpus(src, tmp_path / "out.jsonl", PrivatizeParams(**base, surrogates=True), dp=dp)
    with pytest.raises(CorpusStateError) as err:
        privatize_corpus(src, tmp_path / "out.jsonl", PrivatizeParams(**base), dp=dp)
    assert "surrogates" in str(err.value)


def test_rt_finding_the_cli_summary_says_when_names_in_the_output_are_fakes(dp):
    """FINDING (low, careful user): ``dpfusion privatize --release faithful --surrogates`` prints a text
    whose hidden spans read as real names ("Alex Morgan") and a summary line that does not say they
    are fakes; only ``--json`` shows ``surrogates: true``. A reader of the text output can take a fake
    for the person's real name."""
    res = dp.privatize("Patient Ann Lee was seen.", epsilon=0.0, spans=[(8, 15, "PERSON")], release="faithful",
                       surrogates=True, slot_tokens=2, seed=1)
    assert res.report.surrogates is True
    assert "surrogate" in summary_line(res.report)


def test_rt_finding_the_result_schema_says_what_redacted_text_holds_with_surrogates():
    """FINDING (low, docs): with surrogates, ``redacted_text`` is the public context with its fakes, but
    the field's description (the JSON schema users read) says placeholders."""
    assert "surrogate" in (PrivatizationResult.model_fields["redacted_text"].description or "")


def test_rt_finding_two_spans_never_share_a_fake_that_suggests_they_are_equal():
    """FINDING (low, integrity): a kind with more spans than list entries starts its list again, so the
    7th date of a note reads as the 1st ("admitted 3 May ... discharged 3 May") and the 13th person as
    the 1st: the release asserts an equality the document does not have (and that, under entity_type
    grouping, the mechanism itself treats as private)."""
    fakes = [f for f in surrogates_for(["DATE_TIME"] * (len(DATE) + 1)) if f is not None]
    assert len(set(fakes)) == len(fakes)


# ================================================================================================ PROPERTIES
_VALUE = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=14).filter(
    lambda v: v == v.strip() and v != "")
_GAP = st.lists(_PUBLIC_PIECES, min_size=1, max_size=2).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(structure=st.lists(st.tuples(st.sampled_from(TYPES), _GAP), min_size=1, max_size=5), data=st.data(),
       policy=st.sampled_from(list(GroupPolicy)))
def test_rt_property_the_public_context_and_plan_are_functions_of_types_order_and_public_text(
        tokenizer, structure, data, policy):
    """For every type (with or without a list), two documents that differ only in private values (any
    characters, any length, any first letter or script; a value may even be a surrogate) give identical
    public contexts (token ids), redacted texts and plans (segments, owners, surrogates), and a context
    each group sees differs from the public one only where the group's own values are. Under ``entity``
    the values of one document are distinct (equality is structure there)."""
    n = len(structure)
    unique = normalize_value if policy is GroupPolicy.ENTITY else None
    draws = [data.draw(st.lists(_VALUE | st.sampled_from(PERSON + DATE), min_size=n, max_size=n, unique_by=unique))
             for _ in range(2)]
    outs = []
    for values in draws:
        text, spans = _build(structure, values)
        p = _prepare(tokenizer, text, spans, policy=policy)
        assert len(p.grouping.spans) == n  # the values were taken whole
        outs.append((p.contexts[0], p.redacted, p.plan, p.grouping.span_group,
                     tuple(g.label for g in p.grouping.groups)))
    assert outs[0] == outs[1]


@pytest.mark.parametrize("values", [
    ("Ann Lee", "Bartholomew Wu-Quincy"),  # length, first letter
    ("Łukasz Żółć", "李小龙"),  # locale, script
    ("Alex Morgan", "Zed Quill"),  # a value that is itself a surrogate vs. one that is not
    ("Maria", "Mario"),  # gender-marked forms
])
def test_rt_property_epsilon_zero_releases_and_reports_do_not_depend_on_the_value(dp, values):
    """ε = 0 end to end (``privatize`` and ``privatize_many``): documents that differ only in private
    values give the same released text, the same redacted text and the same report (aliases aside),
    also when the private value equals a surrogate and when the public text holds one (Sam Taylor, an
    untagged name): the release cannot tell which value was real."""
    outs = []
    for value in values:
        text = (f"Seen by {value} on {value[::-1]} at 3pm; mail {value}@ward.org. Sam Taylor signed. "
                f"Ref {value[:2]}-9.")
        spans = [(8, 8 + len(value), "PERSON")]
        at = 12 + len(value)
        spans.append((at, at + len(value), "DATE_TIME"))
        mail = text.index("@ward.org") - len(value)
        spans.append((mail, mail + len(value) + 9, "EMAIL_ADDRESS"))
        ref = text.index("Ref ") + 4
        spans.append((ref, ref + len(value[:2]) + 2, "ID"))
        one = dp.privatize(text, epsilon=0.0, spans=spans, release="faithful", surrogates=True, slot_tokens=3, seed=7)
        (many,) = dp.privatize_many([text], epsilon=0.0, spans=[spans], release="faithful", surrogates=True,
                                    slot_tokens=3, seed=7)
        assert many.text == one.text and many.redacted_text == one.redacted_text
        assert "Sam Taylor" not in one.redacted_text.replace("Sam Taylor signed", "")  # not reused as a fake
        outs.append((one.text, one.redacted_text, _public_report(one.report)))
    assert outs[0] == outs[1]


def test_rt_property_surrogates_change_neither_the_reservation_nor_the_rule_of_the_commit(dp, ledger):
    """The charge reserved is the placeholder run's (same caps, steps, ε); what the ledger commits is
    what the report's steps say (a slot that has written its surrogate ends early: fewer steps, refunded),
    and never more than the reservation."""
    text, spans = "Seen by Ann Lee and Bo Wu on 3/4.", [(8, 15, "PERSON"), (20, 25, "PERSON"), (29, 32, "DATE")]
    runs = {}
    for fake in (False, True):
        unit = f"u-{fake}"
        res = dp.privatize(text, epsilon=4.0, spans=spans, release="faithful", surrogates=fake, slot_tokens=6,
                           seed=3, ledger=ledger, units=[unit])
        r = res.report
        (alias,) = r.units
        assert resolve_unit_alias(alias, unit_key=UNIT_KEY) == unit and r.surrogates is fake
        refunded = events_from_report(r, refund_unused=True)[alias].rdp
        full = events_from_report(r, refund_unused=False)[alias].rdp
        assert ledger.spent_rdp(unit) == pytest.approx(refunded, abs=2e-6) and refunded <= full + 2e-6
        runs[fake] = r
    for field in ("epsilon", "rdp", "alpha", "group_caps", "group_steps", "epsilon_per_group", "max_new_tokens"):
        assert getattr(runs[True], field) == getattr(runs[False], field), field
    assert ledger.outstanding() == []


class _Docs(BaseRetriever):
    docs: list[Document]

    def _get_relevant_documents(self, query, *, run_manager, **kwargs):
        return list(self.docs)


class _Nodes(LIBaseRetriever):
    def __init__(self, nodes):
        super().__init__()
        self._nodes = nodes

    def _retrieve(self, query_bundle: QueryBundle):
        return list(self._nodes)


def _chunk() -> str:
    return f"Patient {marked(NAME)} was seen in {marked('Oslo', 'LOCATION')} by Dr. Alex Morgan."


@pytest.mark.parametrize("bad", ["yes", 1, np.True_, None])
def test_rt_property_a_wrong_surrogates_value_is_refused_everywhere_before_anything_is_reserved(
        dp, ledger, tmp_path, bad):
    """A surrogates value that is not a bool (a string, an int, a numpy bool, None), or True with the
    paraphrase, is refused on every path before any decode or ledger row: the core, synthesis, corpus
    settings (also as JSON, as Ray actors read them), and retrievers whose field was changed after
    construction (assignment or ``model_copy``, neither validated)."""
    from langchain_dpfusion import DPFusionRetriever
    from llama_index.postprocessor.dpfusion import DPFusionPostprocessor

    with pytest.raises(InvalidParameterError):
        dp.privatize(_chunk(), epsilon=4.0, release="faithful", surrogates=bad, ledger=ledger, units=["u"])
    with pytest.raises(InvalidParameterError):
        dp.privatize_many([_chunk()], epsilon=4.0, release="faithful", surrogates=bad, ledger=ledger)
    with pytest.raises(InvalidParameterError):
        synthesize(dp, [{"id": "a", "text": _chunk()}], epsilon=4.0, release="faithful", surrogates=bad,
                   ledger=ledger)
    with pytest.raises(InvalidParameterError):
        synthesize(dp, [{"id": "a", "text": _chunk()}], epsilon=4.0, surrogates=True, ledger=ledger)
    with pytest.raises(ValidationError):
        PrivatizeParams(epsilon=4.0, release="faithful", surrogates=bad)
    with pytest.raises(ValidationError):
        PrivatizeParams.model_validate_json(json.dumps({"epsilon": 4.0, "release": "faithful",
                                                        "surrogates": "true" if isinstance(bad, np.bool_) else bad}))
    lc = DPFusionRetriever(retriever=_Docs(docs=[Document(page_content=_chunk())]), engine=dp, release="faithful",
                           surrogates=True, ledger=ledger, seed=1)
    for broken in (lc.model_copy(update={"surrogates": bad}), lc.model_copy(update={"release": "paraphrase"})):
        with pytest.raises(InvalidParameterError):
            broken.invoke("q")
    li = DPFusionPostprocessor(engine=dp, ledger=ledger, release="faithful", surrogates=True, seed=1)
    li.surrogates = bad
    with pytest.raises(InvalidParameterError):
        li.postprocess_nodes([NodeWithScore(node=TextNode(text=_chunk()))])
    assert ledger.audit() == [] and ledger.outstanding() == []


def test_rt_property_a_cached_release_is_never_served_for_the_other_setting(dp):
    """Both retrievers cache releases; switching ``surrogates`` on a live object (release faithful)
    never re-serves the release made with the other setting: the next call decodes afresh and its
    report says which stand-ins it used."""
    from langchain_dpfusion import DPFusionRetriever
    from llama_index.postprocessor.dpfusion import DPFusionPostprocessor

    lc = DPFusionRetriever(retriever=_Docs(docs=[Document(page_content=_chunk())]), engine=dp, release="faithful",
                           slot_tokens=2, seed=1)
    first = lc.invoke("q")[0].metadata["dpfusion"]
    assert lc.invoke("q")[0].metadata["dpfusion"]["cached"] is True  # control: the cache is on
    lc.surrogates = True
    second = lc.invoke("q")[0].metadata["dpfusion"]
    assert (first["report"]["surrogates"], second["report"]["surrogates"], second["cached"]) == (False, True, False)
    li = DPFusionPostprocessor(engine=dp, release="faithful", slot_tokens=2, seed=1)
    node = NodeWithScore(node=TextNode(text=_chunk()))
    before = li.postprocess_nodes([node])[0].node.metadata["dpfusion"]
    li.surrogates = True
    after = li.postprocess_nodes([node])[0].node.metadata["dpfusion"]
    assert (before["report"]["surrogates"], after["report"]["surrogates"], after["cached"]) == (False, True, False)


def test_rt_property_nothing_private_crosses_the_boundary_on_the_surrogate_paths(dp, ledger, tmp_path, debug_logs):
    """With surrogates, a canary person with a stable data-subject id goes through the LangChain retriever
    (callback handler attached), the LlamaIndex retriever (instrumentation events) and a corpus job
    (output with redacted inputs; manifest and state database): none of them, nor any log, holds the
    canary or a private value (so no fake-to-value mapping), and only the operator files hold the
    caller's stable unit. ε = 0, so a release cannot hold the canary legitimately either."""
    from langchain_core.callbacks import BaseCallbackHandler
    from langchain_dpfusion import DPFusionRetriever
    from llama_index.core.instrumentation import get_dispatcher
    from llama_index.core.instrumentation.event_handlers import BaseEventHandler
    from llama_index.postprocessor.dpfusion import DPFusionPostprocessor
    from llama_index.retrievers.dpfusion import DPFusionRetriever as LIRetriever
    from pydantic import PrivateAttr

    seen: list[str] = []

    class Handler(BaseCallbackHandler):
        def on_retriever_end(self, documents, **kwargs):
            seen.append(repr(documents) + repr(kwargs))

        def on_text(self, text, **kwargs):
            seen.append(text)

    class Events(BaseEventHandler):
        _seen: list = PrivateAttr(default_factory=list)

        @classmethod
        def class_name(cls) -> str:
            return "RTSurrogateEvents"

        def handle(self, event, **kwargs):
            self._seen.append(repr(event) + event.model_dump_json())

    doc = Document(page_content=_chunk(), metadata={"patient_id": STABLE_UNIT})
    lc = DPFusionRetriever(retriever=_Docs(docs=[doc]), engine=dp, release="faithful", surrogates=True, epsilon=0.0,
                           slot_tokens=2, seed=1, unit_metadata_key="patient_id", ledger=ledger)
    out = lc.invoke("who?", config={"callbacks": [Handler()]})
    events = Events()
    root = get_dispatcher()
    root.add_event_handler(events)
    try:
        privatizer = DPFusionPostprocessor(engine=dp, release="faithful", surrogates=True, epsilon=0.0, slot_tokens=2,
                                           seed=1, unit_metadata_key="record_id")
        nodes = LIRetriever(_Nodes([NodeWithScore(node=TextNode(text=_chunk(), metadata={"record_id": STABLE_UNIT}))]),
                            privatizer).retrieve("who?")
    finally:
        root.event_handlers = [h for h in root.event_handlers if h is not events]
    records = [{"id": "r0", "text": _chunk(), "unit": STABLE_UNIT, "label": "x"}]
    (tmp_path / "in.jsonl").write_text(json.dumps(records[0]) + "\n")
    params = PrivatizeParams(epsilon=0.0, release="faithful", surrogates=True, slot_tokens=2, seed=1,
                             include_redacted=True)
    privatize_corpus(tmp_path / "in.jsonl", tmp_path / "out.jsonl", params, dp=dp)
    released = (tmp_path / "out.jsonl").read_text()
    operator = b"".join(p.read_bytes() for p in tmp_path.glob("out.jsonl.*") if p.is_file()).decode("utf-8", "replace")
    with sqlite3.connect(tmp_path / "out.jsonl.state.sqlite") as db:  # the state database, read as rows
        rows = repr([db.execute(f"SELECT * FROM {t}").fetchall()  # table names come from the schema
                     for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")])
    assert out and nodes and events._seen and seen and released  # control: every channel carried something
    for channel in ("".join(seen), released, operator, rows):  # no value, so no fake-to-value mapping either
        assert "Oslo" not in channel
    assert_clean("LangChain documents and callbacks", [d.page_content for d in out], [d.metadata for d in out], seen)
    assert_clean("LlamaIndex nodes and events", [n.node.model_dump_json() for n in nodes], events._seen)
    assert_clean("corpus output", released)
    # manifest and state are operator files that hold the caller's units by design (docs/corpus.md)
    assert leaks(operator, allow_stable=(STABLE_UNIT,)) == [] and leaks(rows, allow_stable=(STABLE_UNIT,)) == []
    assert_clean("logs", log_text(debug_logs.records))


def test_rt_property_a_synthetic_manifest_holds_caller_units_only_inside_the_operator_file(dp, tmp_path):
    """The synthetic records file holds no unit (units link records); the operator's manifest holds the
    caller's units by design (docs/synthetic_data.md) and says surrogates were used."""
    records = [{"id": "r0", "text": _chunk(), "unit": STABLE_UNIT, "label": "x"}]
    dataset = synthesize(dp, records, epsilon=0.0, release="faithful", surrogates=True, slot_tokens=2, seed=1)
    manifest = dataset.write(tmp_path / "synth.jsonl")
    assert leaks((tmp_path / "synth.jsonl").read_text()) == []
    data = json.loads(Path(manifest).read_text())
    assert data["surrogates"] is True and NAME not in Path(manifest).read_text()


def test_rt_property_a_resumed_job_never_switches_stand_ins_in_either_direction(dp, tmp_path):
    """A corpus job keeps one stand-in style: resuming with the other setting is refused in both
    directions (output and guarantee would mix), and nothing new is written."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Patient Ann Lee was seen.", "spans": [[8, 15, "PERSON"]]}) + "\n")
    base = {"epsilon": 0.0, "release": "faithful", "slot_tokens": 2, "seed": 1}
    for first in (True, False):
        out = tmp_path / f"out-{first}.jsonl"
        privatize_corpus(src, out, PrivatizeParams(**base, surrogates=first), dp=dp)
        before = out.read_bytes()
        with pytest.raises(CorpusStateError):
            privatize_corpus(src, out, PrivatizeParams(**base, surrogates=not first), dp=dp)
        assert out.read_bytes() == before


def test_rt_property_the_style_is_per_call_even_across_threads(tokenizer):
    """No ambient state: preparations with and without surrogates interleaved on several threads each get
    the stand-ins they asked for."""
    text, spans = "Seen by Ann Lee in Oslo.", [(8, 15, "PERSON"), (19, 23, "LOCATION")]
    expected = {True: f"Seen by {PERSON[0]} in {PLACE[0]}.", False: "Seen by [PERSON] in [LOCATION]."}
    wrong: list[bool] = []
    barrier = threading.Barrier(4)

    def work(fake: bool) -> None:
        barrier.wait()
        for _ in range(15):
            p = _prepare(tokenizer, text, spans, surrogates=fake)
            if p.redacted != expected[fake] or p.surrogates is not fake:
                wrong.append(fake)

    threads = [threading.Thread(target=work, args=(i % 2 == 0,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []
