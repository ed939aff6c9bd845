"""``ChatDPFusion.with_structured_output``: LangChain's structured output, enforced by a grammar.

Three methods, as in LangChain's partner packages:

- ``"json_schema"`` (default): the answer is one JSON value valid against the schema (every object
  closed to the keys it declares), bound as an OpenAI-style ``response_format``;
- ``"function_calling"``: a forced call to the schema as a tool (``tool_choice`` = its name), read
  back with LangChain's tool output parsers;
- ``"json_mode"``: any JSON object (the schema, if given, only parses the result).

The result is the pydantic model for a pydantic schema, else a dict, as LangChain does. Under the
grammar every answer parses: one the token budget cut is closed by the public closing phase, then by
the core's fixed completion rule (``response_metadata["tool_call_fallback"]`` on the raw message).
The parsers stay strict all the same: an answer that is not one complete JSON value, or holds no
complete call, raises ``OutputParserException`` (returned as ``parsing_error`` with
``include_raw=True``), never ``None`` and never a truncated object "repaired" by LangChain's lenient
JSON parsing. While streaming, the parsers yield partial objects as LangChain's do.
``strict`` is accepted for compatibility: the grammar makes every method strict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.exceptions import OutputParserException
from langchain_core.output_parsers import (
    JsonOutputKeyToolsParser,
    JsonOutputParser,
    PydanticOutputParser,
    PydanticToolsParser,
)
from langchain_core.outputs import Generation
from langchain_core.runnables import Runnable, RunnableMap, RunnablePassthrough
from langchain_core.utils.function_calling import convert_to_json_schema, convert_to_openai_tool
from langchain_core.utils.pydantic import is_basemodel_subclass

from dpfusion_integrations.errors import InvalidParameterError

if TYPE_CHECKING:
    from langchain_dpfusion.chat_models import ChatDPFusion

__all__ = ["StructuredMethod", "structured_output"]

StructuredMethod = Literal["json_schema", "function_calling", "json_mode"]
_METHODS = ("json_schema", "function_calling", "json_mode")


class _FirstCallRequired:
    """Mixin for LangChain's tool parsers with ``first_tool_only``: a finished answer without a
    complete call raises instead of parsing to ``None`` (a forced call cannot be missing, and
    ``None`` would hide it if it were)."""

    def parse_result(self, result: list[Generation], *, partial: bool = False) -> Any:
        parsed = super().parse_result(result, partial=partial)  # type: ignore[misc]
        if parsed is None and not partial:
            raise OutputParserException("the answer holds no complete tool call")
        return parsed


class _CompleteJson:
    """Mixin for LangChain's JSON parsers: a finished answer must be one complete JSON value. (Their
    default repairs a truncated answer, ``{"a": "Lo`` → ``{"a": "Lo"}``, into an object the schema
    may not accept; partial parsing while streaming is kept.)"""

    def parse_result(self, result: list[Generation], *, partial: bool = False) -> Any:
        if not partial:
            try:
                json.loads(result[0].text)
            except (json.JSONDecodeError, IndexError):
                raise OutputParserException("the answer is not one complete JSON value") from None
        return super().parse_result(result, partial=partial)  # type: ignore[misc]


class _StrictJsonOutputParser(_CompleteJson, JsonOutputParser):
    """``JsonOutputParser`` that refuses a truncated answer."""


class _StrictPydanticOutputParser(_CompleteJson, PydanticOutputParser):  # type: ignore[misc]
    """``PydanticOutputParser`` that refuses a truncated answer."""


class _RequiredPydanticToolsParser(_FirstCallRequired, PydanticToolsParser):
    """``PydanticToolsParser`` that refuses an answer without a complete call."""


class _RequiredKeyToolsParser(_FirstCallRequired, JsonOutputKeyToolsParser):
    """``JsonOutputKeyToolsParser`` that refuses an answer without a complete call."""


def structured_output(model: ChatDPFusion, schema: Mapping[str, Any] | type | None, *, method: str,
                      include_raw: bool, strict: bool | None) -> Runnable[Any, Any]:
    """The runnable ``model.with_structured_output(schema, method=..., include_raw=...)`` returns."""
    if method not in _METHODS:
        raise InvalidParameterError(f"method must be one of {', '.join(map(repr, _METHODS))}")
    if strict is not None and not isinstance(strict, bool):
        raise InvalidParameterError("strict must be True, False or None")
    if schema is None and method != "json_mode":
        raise InvalidParameterError(f"method={method!r} needs a schema (only 'json_mode' works without one)")
    pydantic = isinstance(schema, type) and is_basemodel_subclass(schema)
    json_schema = None if schema is None else _json_schema(schema, needs_name=method == "function_calling")
    traced = {"ls_structured_output_format": {"kwargs": {"method": method}, "schema": json_schema}}
    parser: Runnable[Any, Any]
    if method == "function_calling":
        name = convert_to_openai_tool(schema)["function"]["name"]  # type: ignore[arg-type]
        llm = model.bind_tools([schema], tool_choice=name, parallel_tool_calls=False, **traced)  # type: ignore[list-item]
        parser = (_RequiredPydanticToolsParser(tools=[schema], first_tool_only=True) if pydantic  # type: ignore[list-item]
                  else _RequiredKeyToolsParser(key_name=name, first_tool_only=True))
    else:
        response_format: dict[str, Any] = {"type": "json_object"}
        if method == "json_schema":
            response_format = {"type": "json_schema",
                               "json_schema": {"name": str(json_schema.get("title", "response")),  # type: ignore[union-attr]
                                               "schema": json_schema, "strict": True}}
        llm = model.bind(response_format=response_format, **traced)
        parser = (_StrictPydanticOutputParser(pydantic_object=schema) if pydantic  # type: ignore[arg-type]
                  else _StrictJsonOutputParser())
    if not include_raw:
        return llm | parser
    return _with_raw(llm, parser)


def _json_schema(schema: Mapping[str, Any] | type, *, needs_name: bool) -> dict[str, Any]:
    """``schema`` as the JSON schema LangChain traces (``convert_to_json_schema``). A plain JSON
    schema dict without a ``title`` is used as is, except where a tool name is needed
    (``function_calling``): that, and a schema LangChain cannot read, is an ``InvalidParameterError``."""
    try:
        return convert_to_json_schema(schema)
    except ValueError:
        plain = isinstance(schema, Mapping) and "title" not in schema and not {"name", "function"} & set(schema)
        if plain and not needs_name:
            return dict(schema)
        raise InvalidParameterError("the structured-output schema must be a pydantic model, a TypedDict, an OpenAI "
                                    "tool schema, or a JSON schema (with a 'title' for method='function_calling')"
                                    ) from None


def _with_raw(llm: Runnable[Any, Any], parser: Runnable[Any, Any]) -> Runnable[Any, dict[str, Any]]:
    """``{"raw": message, "parsed": …, "parsing_error": …}``: a parsing failure is returned, not raised."""
    parsed = RunnablePassthrough.assign(parsed=itemgetter("raw") | parser, parsing_error=lambda _: None)
    unparsed = RunnablePassthrough.assign(parsed=lambda _: None)
    return RunnableMap(raw=llm) | parsed.with_fallbacks([unparsed], exception_key="parsing_error")
