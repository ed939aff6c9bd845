"""Contexts: placeholders hide span length, group contexts reveal only their group, and the chat
template is applied once with the assistant turn open."""

from __future__ import annotations

from dpfusion_integrations.contexts import encode_chat, paraphrase_messages, render_contexts
from dpfusion_integrations.prepare import prepare_text
from dpfusion_integrations.tagging import GroupPolicy, group_spans

KEY = b"k" * 32


class NoTagger:
    name = "none"

    def tag(self, text):
        raise AssertionError("the tagger must not run when spans are given")


def _prepare(tokenizer, text, spans, policy=GroupPolicy.ENTITY_TYPE):
    return prepare_text(text, tokenizer=tokenizer, tagger=NoTagger(), policy=policy, unit_key=KEY, max_new_tokens=8,
                        context_limit=8192, spans=spans)


def test_when_values_differ_in_length_then_public_contexts_are_identical(tokenizer):
    a = _prepare(tokenizer, "Dr. Al Wu met Ann in Oslo.", [(4, 9, "PERSON"), (14, 17, "PERSON"), (21, 25, "LOC")])
    b = _prepare(tokenizer, "Dr. Bartholomew Featherstonehaugh met Jo in Rio de Janeiro.",
                 [(4, 33, "PERSON"), (38, 40, "PERSON"), (44, 58, "LOC")])
    assert a.contexts[0] == b.contexts[0]
    assert a.redacted == b.redacted == "Dr. [PERSON] met [PERSON] in [LOC]."
    assert a.contexts[1] != b.contexts[1]  # the PERSON context reveals the names


def test_when_rendering_then_each_group_context_reveals_only_its_group():
    text = "Ann called Bob from Oslo."
    grouping = group_spans(text, [(0, 3, "PERSON"), (11, 14, "PERSON"), (20, 24, "LOC")], GroupPolicy.ENTITY, unit_key=KEY)
    public, per_group = render_contexts(text, grouping)
    assert public == "[PERSON] called [PERSON] from [LOC]."
    assert per_group == ["Ann called [PERSON] from [LOC].", "[PERSON] called Bob from [LOC].",
                         "[PERSON] called [PERSON] from Oslo."]


def test_when_encoding_chat_then_one_bos_and_the_assistant_turn_is_open(tokenizer):
    ids = encode_chat(tokenizer, paraphrase_messages("hello"))
    text = tokenizer.decode(ids)
    assert text.rstrip().endswith("<|im_start|>assistant")
    assert text.count("<|im_start|>system") == 1
    if tokenizer.bos_token_id is not None:
        assert ids.count(tokenizer.bos_token_id) == text.count(tokenizer.bos_token)


def test_when_tokenizer_has_no_template_then_a_plain_transcript_is_used(tokenizer):
    class Plain:
        chat_template = None
        bos_token_id = None

        def __call__(self, text, add_special_tokens=False):
            return {"input_ids": list(text.encode())}

    ids = encode_chat(Plain(), [{"role": "user", "content": "hi"}])
    assert bytes(ids).decode().endswith("Assistant:")


def test_when_entity_policy_then_each_value_is_a_group_and_labels_hold_no_values(tokenizer):
    p = _prepare(tokenizer, "Ann met Bob. Ann left.", [(0, 3, "PERSON"), (8, 11, "PERSON"), (13, 16, "PERSON")],
                 policy=GroupPolicy.ENTITY)
    assert p.grouping.labels == ("PERSON_1", "PERSON_2")
    assert len(p.contexts) == 3
    assert not any(v in repr(p.grouping) for v in ("Ann", "Bob"))
