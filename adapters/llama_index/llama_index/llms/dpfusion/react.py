"""A grammar for the ReAct format, so that every step a ``ReActAgent`` decodes on ``DPFusionLLM`` parses.

``ReActAgent`` (``llama_index.core.agent.workflow``) does not use function calling: it asks the
model for text in the form

```
Thought: <one line>
Action: <tool name>
Action Input: <JSON object of the tool's arguments>
```

or ``Thought: <one line>`` then ``Answer: <text>``, and parses it with ``ReActOutputParser``. A
small model under DP noise often drifts from that form, and a step that does not parse costs a retry
(another decode, more ε). :func:`react_grammar` is that form as a Lark grammar (llguidance's dialect),
with the action one of the bound tools and its input constrained to the tool's JSON schema (``%json``,
compact, objects closed as in ``dpfusion_integrations.tool_grammar``). Set it as the LLM's
``grammar``: every call without tools then follows it, and the parser reads each output as one
action with schema-valid arguments, or as the final answer:

```python
llm = DPFusionLLM(grammar=react_grammar(tools))
agent = ReActAgent(tools=tools, llm=llm)
```

The thought is one line without ``Action:`` or ``Answer:`` (the parser looks for those markers
anywhere, so a thought holding one would be read as the wrong step). Tool names must not hold
whitespace or parentheses: the parser reads the action name as ``[^\\n() ]+``. The grammar, like the
tools, is the application's, hence public: the mask it induces costs nothing (``docs/guarantee.md``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from dpfusion_integrations.engine.grammar import Grammar
from dpfusion_integrations.errors import GrammarError
from dpfusion_integrations.tool_grammar import closed
from llama_index.llms.dpfusion.messages import tool_specs
from dpfusion_integrations.schema_refs import inline_refs

__all__ = ["react_grammar"]

#: What ``ReActOutputParser`` accepts as an action name.
_ACTION_NAME = re.compile(r"[^\s()]+")
#: Compact JSON: no free whitespace to spend sampled steps on.
_COMPACT = {"whitespace_flexible": False}


def _arguments_schema(spec: dict[str, Any]) -> dict[str, Any]:
    params = spec.get("parameters") or {"type": "object", "properties": {}}
    return {"x-guidance": _COMPACT, **closed(inline_refs(params))}


def react_grammar(tools: Sequence[Any]) -> Grammar:
    """The ReAct step format over ``tools`` (LlamaIndex tools, or ``{"name", "description",
    "parameters"}`` dicts): a one-line thought, then either an action on one of the tools with a
    schema-valid JSON input, or a final answer. Raises ``GrammarError`` for names the parser cannot
    read or that repeat."""
    specs = tool_specs(tools)
    names = [s["name"] for s in specs]
    for name in names:
        if not isinstance(name, str) or not _ACTION_NAME.fullmatch(name):
            raise GrammarError(f"a ReAct tool name must be non-empty without whitespace or parentheses: {name!r}")
    if len(set(names)) != len(names):
        raise GrammarError("tool names must be distinct")
    step = '(action | answer)' if specs else 'answer'
    rules = [
        f'start: "Thought: " THOUGHT "\\n" {step}',
        r"THOUGHT: /[^\n]+/ & ~/.*(Action|Answer):.*/",
        r'answer: "Answer: " ANSWER',
        r"ANSWER: /[^\n](.|\n)*/",
    ]
    if specs:
        rules.append("action: " + " | ".join(f"call_{i}" for i in range(len(specs))))
        for i, spec in enumerate(specs):
            name, schema = json.dumps(spec["name"]), json.dumps(_arguments_schema(spec))
            rules.append(f'call_{i}: "Action: " {name} "\\nAction Input: " %json {schema}')
    return Grammar.lark("\n".join(rules) + "\n")
