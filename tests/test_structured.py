"""Structured outputs: ``chat.completions.parse`` / ``.stream``, ``function_tool``, the strict schemas they send, and
the emulator's JSON answers; the official ``openai`` client's ``parse`` and ``stream`` against the emulator too.

Refusals and content-filter stops are answered by an ``httpx.MockTransport`` (the emulated model never refuses).
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, Literal, NotRequired, TypedDict

import httpx
import jsonschema
import msgspec
import pydantic
import pytest
from _fakes import mock_async_client, mock_client

import wushuang
from wushuang import (
    ContentFilterFinishReasonError,
    InvalidParameterError,
    LengthFinishReasonError,
    ParsedChatCompletion,
    function_tool,
)
from wushuang._chat.json_schema import strict_type
from wushuang._chat.stream import PartialJSON
from wushuang._chat.structured import ChatCompletionOptions
from wushuang.testing import Emulator
from wushuang.testing._json_values import json_value

MODEL = "gpt-4o"
ASK = [{"role": "user", "content": "What is the weather in Paris?"}]


# ---------------------------------------------------------------- the four kinds of types
class PydLocation(pydantic.BaseModel):
    city: str
    country: str | None = None


class PydWeather(pydantic.BaseModel):
    location: PydLocation
    celsius: float
    unit: Literal["c", "f"] = "c"
    notes: list[str] = []


class Location(msgspec.Struct):
    city: str
    country: str | None = None


class Weather(msgspec.Struct):
    location: Location
    celsius: float
    unit: Literal["c", "f"] = "c"
    notes: list[str] = []


@dataclasses.dataclass
class DataWeather:
    city: str
    celsius: float
    windy: bool = False


class DictWeather(TypedDict):
    city: str
    celsius: float
    note: NotRequired[str]


@pytest.mark.parametrize("kind", [PydWeather, Weather, DataWeather, DictWeather])
def test_parse_decodes_each_kind_of_type(client: wushuang.Wushuang, emu: Emulator, kind: Any) -> None:
    completion = client.chat.completions.parse(model=MODEL, messages=ASK, response_format=kind)

    sent = emu.requests.last.json()["response_format"]
    assert sent["type"] == "json_schema"
    assert sent["json_schema"]["name"] == kind.__name__
    assert sent["json_schema"]["strict"] is True
    schema = sent["json_schema"]["schema"]
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == set(schema["properties"])
    assert isinstance(completion, ParsedChatCompletion)
    message = completion.choices[0].message
    assert message.refusal is None
    assert message.content is not None
    assert isinstance(message.parsed, dict if kind is DictWeather else kind)
    jsonschema.validate(json.loads(message.content), schema)


async def test_async_parse(aclient: wushuang.AsyncWushuang) -> None:
    completion = await aclient.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather)
    assert isinstance(completion.choices[0].message.parsed, Weather)


def test_parse_without_a_type_sends_a_format_dict_unchanged(client: wushuang.Wushuang, emu: Emulator) -> None:
    completion = client.chat.completions.parse(model=MODEL, messages=ASK, response_format={"type": "json_object"})
    assert emu.requests.last.json()["response_format"] == {"type": "json_object"}
    message = completion.choices[0].message
    assert message.parsed is None
    assert isinstance(json.loads(message.content or ""), dict)


def test_to_dict_and_to_json_carry_a_pydantic_answer(client: wushuang.Wushuang) -> None:
    completion = client.chat.completions.parse(model=MODEL, messages=ASK, response_format=PydWeather)
    parsed = completion.choices[0].message.parsed
    assert parsed is not None
    assert completion.to_dict()["choices"][0]["message"]["parsed"] == parsed.model_dump(mode="json")
    assert json.loads(completion.to_json())["choices"][0]["message"]["parsed"]["celsius"] == parsed.celsius


# ---------------------------------------------------------------- the strict schema
def test_strict_schema_follows_openai_rules() -> None:
    strict = strict_type(PydWeather)
    schema = strict.schema
    assert strict.name == "PydWeather"
    assert "$defs" in schema and "PydLocation" in schema["$defs"]
    assert schema["properties"]["location"] == {"$ref": "#/$defs/PydLocation"}
    # A field with a default may be left out: strict mode has every field required, so it becomes nullable.
    assert {"type": "null"} in schema["properties"]["unit"]["anyOf"]
    assert "default" not in json.dumps(schema)
    location = schema["$defs"]["PydLocation"]
    assert location["additionalProperties"] is False
    assert location["required"] == ["city", "country"]


@pytest.mark.parametrize("kind", [Weather, PydWeather])
def test_a_null_for_a_field_with_a_default_gives_the_default(kind: Any) -> None:
    answer = '{"location": {"city": "Paris", "country": null}, "celsius": 21.5, "unit": null, "notes": null}'
    weather = strict_type(kind).decode(answer)
    assert (weather.unit, weather.notes, weather.location.country) == ("c", [], None)


@dataclasses.dataclass
class Node:
    name: str
    child: Node | None = None


def test_recursive_types_keep_their_definitions() -> None:
    schema = strict_type(Node).schema
    assert schema["properties"]["child"]["anyOf"][0] == {"$ref": "#/$defs/Node"}
    assert schema["$defs"]["Node"]["additionalProperties"] is False
    assert strict_type(Node).decode('{"name": "a", "child": {"name": "b", "child": null}}') == Node("a", Node("b"))


class WithExtra(msgspec.Struct):
    city: str
    extra: dict[str, int]


class WithTuple(pydantic.BaseModel):
    pair: tuple[int, str]


class WithAny(msgspec.Struct):
    value: Any


class Opaque:
    """A class neither msgspec nor pydantic can describe."""


class WithOpaque(msgspec.Struct):
    value: Opaque


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (WithExtra, "WithExtra.extra: dict[str, int] has no fixed properties, which strict mode needs"),
        (WithTuple, "WithTuple.pair: tuple[int, str] is a tuple"),
        (WithAny, "WithAny.value: Any can be any value"),
        (WithOpaque, "WithOpaque cannot be a JSON schema: .*Opaque"),
        (int, "must be a pydantic model, a msgspec Struct, a dataclass or a TypedDict"),
        ([1], "must be a pydantic model"),
    ],
)
def test_a_type_that_cannot_be_strict_is_refused_before_sending(
    client: wushuang.Wushuang, emu: Emulator, kind: Any, message: str
) -> None:
    with pytest.raises(InvalidParameterError, match=message.replace("[", r"\[").replace("]", r"\]")) as caught:
        client.chat.completions.parse(model=MODEL, messages=ASK, response_format=kind)
    assert caught.value.param == "response_format"
    with pytest.raises(InvalidParameterError):
        client.chat.completions.stream(model=MODEL, messages=ASK, response_format=kind)
    assert len(emu.requests) == 0


def test_parse_refuses_stream(client: wushuang.Wushuang, emu: Emulator) -> None:
    with pytest.raises(InvalidParameterError, match=r"chat\.completions\.stream") as caught:
        client.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather, stream=True)  # type: ignore[call-overload]
    assert caught.value.param == "stream"
    assert len(emu.requests) == 0


def test_function_tool_refuses_a_type_that_cannot_be_strict() -> None:
    with pytest.raises(InvalidParameterError, match="tools=WithExtra cannot be a strict JSON schema") as caught:
        function_tool(WithExtra)
    assert caught.value.param == "tools"


def test_parse_and_stream_take_the_keywords_of_create() -> None:
    create = inspect.signature(wushuang.Wushuang(api_key="k").chat.completions.create).parameters
    own = {"self", "messages", "model", "response_format", "tools", "stream", "unknown"}
    assert set(ChatCompletionOptions.__annotations__) == set(create) - own
    for method in ("parse", "stream"):
        parameters = inspect.signature(getattr(wushuang.Wushuang(api_key="k").chat.completions, method)).parameters
        assert {"messages", "model", "response_format", "tools", "options"} == set(parameters)


# ---------------------------------------------------------------- tools
@dataclasses.dataclass
class GetWeather:
    city: str
    days: int


class Lookup(pydantic.BaseModel):
    query: str
    limit: int = 5


def test_function_tool_calls_get_parsed_arguments(client: wushuang.Wushuang, emu: Emulator) -> None:
    tool = function_tool(GetWeather, name="get_weather", description="The forecast of a city")
    assert tool["function"]["strict"] is True
    assert tool["function"]["parameters"]["additionalProperties"] is False

    completion = client.chat.completions.parse(
        model=MODEL,
        messages=ASK,
        tools=[tool, function_tool(Lookup)],
        tool_choice={"type": "function", "function": {"name": "Lookup"}},
    )
    sent = emu.requests.last.json()["tools"]
    assert [t["function"]["name"] for t in sent] == ["get_weather", "Lookup"]
    assert sent[0]["function"]["description"] == "The forecast of a city"
    calls = completion.choices[0].message.tool_calls or []
    assert calls[0].function.name == "Lookup"
    jsonschema.validate(json.loads(calls[0].function.arguments), sent[1]["function"]["parameters"])
    assert isinstance(calls[0].function.parsed_arguments, Lookup)

    first = client.chat.completions.parse(model=MODEL, messages=ASK, tools=[tool])
    call = (first.choices[0].message.tool_calls or [])[0]
    assert isinstance(call.function.parsed_arguments, GetWeather)


def test_a_strict_dict_tool_gives_plain_data_and_another_none(client: wushuang.Wushuang) -> None:
    parameters = {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    }
    for strict, expected in ((True, dict), (False, type(None))):
        tool = {"type": "function", "function": {"name": "f", "parameters": parameters, "strict": strict}}
        completion = client.chat.completions.parse(model=MODEL, messages=ASK, tools=[tool])  # type: ignore[list-item]
        call = (completion.choices[0].message.tool_calls or [])[0]
        assert isinstance(call.function.parsed_arguments, expected)


# ---------------------------------------------------------------- answers that cannot be parsed
def test_an_answer_cut_at_the_token_limit_raises(client: wushuang.Wushuang) -> None:
    with pytest.raises(LengthFinishReasonError) as caught:
        client.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather, max_tokens=4)
    assert caught.value.completion.usage.completion_tokens == 4
    with (
        pytest.raises(LengthFinishReasonError),
        client.chat.completions.stream(model=MODEL, messages=ASK, response_format=Weather, max_tokens=4) as stream,
    ):
        stream.until_done()


def _completion(message: dict[str, Any], finish: str) -> dict[str, Any]:
    choice = {"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish}
    return {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": MODEL, "choices": [choice]}


def _chunks(*deltas: dict[str, Any], finish: str) -> bytes:
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": MODEL}
    events = [{**head, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]} for delta in deltas]
    events.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    return b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in events) + b"data: [DONE]\n\n"


def _answering(body: dict[str, Any] | bytes) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, bytes):
            return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})
        return httpx.Response(200, json=body)

    return handler


def test_a_refusal_is_surfaced_and_nothing_parsed() -> None:
    refusal = "I'm sorry, I cannot help with that."
    client = mock_client(_answering(_completion({"content": None, "refusal": refusal}, "stop")))
    message = client.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather).choices[0].message
    assert (message.refusal, message.parsed, message.content) == (refusal, None, None)


def test_a_streamed_refusal_gives_refusal_events() -> None:
    body = _chunks({"role": "assistant", "refusal": ""}, {"refusal": "I can't"}, {"refusal": " help."}, finish="stop")
    client = mock_client(_answering(body))
    with client.chat.completions.stream(model=MODEL, messages=ASK, response_format=Weather) as stream:
        events = [event for event in stream if event.type != "chunk"]
    assert [e.type for e in events] == ["refusal.delta"] * 3 + ["refusal.done"]
    assert events[-1].refusal == "I can't help."  # type: ignore[union-attr]
    message = stream.get_final_completion().choices[0].message
    assert (message.refusal, message.parsed) == ("I can't help.", None)


def test_a_content_filter_stop_raises() -> None:
    client = mock_client(_answering(_completion({"content": '{"city": "Pa'}, "content_filter")))
    with pytest.raises(ContentFilterFinishReasonError):
        client.chat.completions.parse(model=MODEL, messages=ASK, response_format=DataWeather)
    streaming = mock_client(_answering(_chunks({"content": '{"city": "Pa'}, finish="content_filter")))
    with (
        pytest.raises(ContentFilterFinishReasonError),
        streaming.chat.completions.stream(model=MODEL, messages=ASK, response_format=DataWeather) as stream,
    ):
        stream.until_done()


async def test_async_refusal_and_content_filter() -> None:
    refusal = _completion({"content": None, "refusal": "No."}, "stop")
    message = (
        (
            await mock_async_client(_answering(refusal)).chat.completions.parse(
                model=MODEL, messages=ASK, response_format=Weather
            )
        )
        .choices[0]
        .message
    )
    assert (message.refusal, message.parsed) == ("No.", None)
    filtered = mock_async_client(_answering(_completion({"content": "{"}, "content_filter")))
    with pytest.raises(ContentFilterFinishReasonError):
        await filtered.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather)


# ---------------------------------------------------------------- streams
def test_stream_events_and_final_completion(client: wushuang.Wushuang) -> None:
    parsed = client.chat.completions.parse(model=MODEL, messages=ASK, response_format=Weather)
    with client.chat.completions.stream(model=MODEL, messages=ASK, response_format=Weather) as stream:
        events = list(stream)
        snapshot = stream.current_completion_snapshot
    kinds = [event.type for event in events]
    assert kinds[0] == "chunk"
    assert kinds.count("content.done") == 1
    assert kinds.index("content.done") > max(i for i, kind in enumerate(kinds) if kind == "content.delta")
    deltas = [e for e in events if e.type == "content.delta"]
    assert "".join(e.delta for e in deltas) == deltas[-1].snapshot == parsed.choices[0].message.content
    assert any(isinstance(e.parsed, dict) and e.parsed for e in deltas[:-1])  # partial JSON on the way
    done = next(e for e in events if e.type == "content.done")
    assert done.parsed == parsed.choices[0].message.parsed
    chunks = [e for e in events if e.type == "chunk"]
    assert all(e.snapshot is snapshot for e in chunks)
    final = stream.get_final_completion()
    assert final.choices[0].message.parsed == parsed.choices[0].message.parsed
    assert final.choices[0].finish_reason == "stop"
    assert final.object == "chat.completion"


def test_stream_tool_call_events(client: wushuang.Wushuang) -> None:
    with client.chat.completions.stream(model=MODEL, messages=ASK, tools=[function_tool(GetWeather)]) as stream:
        events = [event for event in stream if event.type != "chunk"]
    deltas = [e for e in events if e.type == "tool_calls.function.arguments.delta"]
    done = [e for e in events if e.type == "tool_calls.function.arguments.done"]
    assert len(done) == 1 and deltas
    assert done[0].name == "GetWeather" and done[0].index == 0
    assert "".join(e.arguments_delta for e in deltas) == done[0].arguments == deltas[-1].arguments
    assert isinstance(done[0].parsed_arguments, GetWeather)
    call = (stream.get_final_completion().choices[0].message.tool_calls or [])[0]
    assert call.function.parsed_arguments == done[0].parsed_arguments
    assert call.id.startswith("call_")


async def test_async_stream_events(aclient: wushuang.AsyncWushuang) -> None:
    async with aclient.chat.completions.stream(model=MODEL, messages=ASK, response_format=PydWeather) as stream:
        kinds = [event.type async for event in stream]
        final = await stream.get_final_completion()
    assert "content.delta" in kinds and kinds.count("content.done") == 1
    assert isinstance(final.choices[0].message.parsed, PydWeather)


def test_leaving_the_block_early_closes_the_connection(client: wushuang.Wushuang) -> None:
    with client.chat.completions.stream(model=MODEL, messages=ASK, response_format=Weather) as stream:
        for event in stream:
            if event.type == "content.delta":
                break
        assert not stream.response.is_closed
    assert stream.response.is_closed


async def test_async_leaving_the_block_early_closes_the_connection(aclient: wushuang.AsyncWushuang) -> None:
    async with aclient.chat.completions.stream(model=MODEL, messages=ASK, response_format=Weather) as stream:
        async for event in stream:
            if event.type == "content.delta":
                break
    assert stream.response.is_closed


def test_events_come_as_the_body_arrives() -> None:
    pieces = ['{"city": ', '"Par', 'is", "celsius": ', "21.5}"]
    body = _chunks(*({"content": piece} for piece in pieces), finish="stop").split(b"\n\n")
    sent: list[bytes] = []

    def events() -> Iterator[bytes]:
        for event in body:
            sent.append(event)
            yield event + b"\n\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=events(), headers={"content-type": "text/event-stream"})

    with mock_client(handler).chat.completions.stream(model=MODEL, messages=ASK, response_format=DataWeather) as stream:
        first = next(event for event in stream if event.type == "content.delta")
        assert first.delta == pieces[0]
        assert len(sent) < len(body)  # the rest of the body is still unread
        assert stream.get_final_completion().choices[0].message.parsed == DataWeather("Paris", 21.5)


def test_partial_json() -> None:
    partial = PartialJSON()
    seen = [partial.feed(piece) for piece in ['{"a": [1, ', '2], "b": "x', 'y", "c', '": tr', "ue}"]]
    so_far = {"a": [1, 2], "b": "xy"}
    assert seen == [{"a": [1]}, {"a": [1, 2], "b": "x"}, so_far, so_far, {**so_far, "c": True}]
    assert PartialJSON().feed('"a\\') == "a"  # an escape cut in half


# ---------------------------------------------------------------- pydantic stays unloaded
NO_PYDANTIC = """
import dataclasses, json, sys
import httpx, wushuang
assert "pydantic" not in sys.modules, "import wushuang"

@dataclasses.dataclass
class Weather:
    city: str

body = {"id": "c", "choices": [{"index": 0, "message": {"role": "assistant", "content": '{"city": "Paris"}'},
        "finish_reason": "stop"}]}
http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
client = wushuang.Wushuang(api_key="k", base_url="http://relay.test", http_client=http)
answer = client.chat.completions.parse(model="m", messages=[{"role": "user", "content": "?"}], response_format=Weather)
assert answer.choices[0].message.parsed == Weather("Paris")
print(json.dumps("pydantic" in sys.modules))
"""


def test_pydantic_is_not_imported_for_other_types() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_PYDANTIC], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) is False


# ---------------------------------------------------------------- the emulator's JSON
SCHEMAS: list[dict[str, Any]] = [
    strict_type(PydWeather).schema,
    strict_type(DictWeather).schema,
    {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": ["a", "b"]},
            "when": {"type": "string", "format": "date-time"},
            "id": {"type": "string", "format": "uuid"},
            "count": {"type": "integer", "minimum": 3, "maximum": 7},
            "tree": {"$ref": "#/$defs/Tree"},
            "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
            "maybe": {"anyOf": [{"type": "number"}, {"type": "null"}]},
            "fixed": {"const": "x"},
        },
        "required": ["kind", "when", "id", "count", "tree", "tags", "maybe", "fixed"],
        "additionalProperties": False,
        "$defs": {
            "Tree": {
                "type": "object",
                "properties": {
                    "label": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/Tree"}},
                },
                "required": ["label", "children"],
                "additionalProperties": False,
            }
        },
    },
]


@pytest.mark.parametrize("schema", SCHEMAS)
def test_emulator_values_follow_the_schema(schema: dict[str, Any]) -> None:
    checker = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for seed in range(25):
        value = json_value(schema, random.Random(seed))
        checker.validate(value)
        assert json_value(schema, random.Random(seed)) == value


def test_emulator_streams_the_same_json_it_answers_whole(client: wushuang.Wushuang) -> None:
    format_ = {"type": "json_schema", "json_schema": {"name": "w", "schema": SCHEMAS[2], "strict": True}}
    whole = client.chat.completions.create(model=MODEL, messages=ASK, response_format=format_)  # type: ignore[arg-type]
    with client.chat.completions.create(model=MODEL, messages=ASK, response_format=format_, stream=True) as chunks:  # type: ignore[arg-type]
        pieces = [c.choices[0].delta.content for c in chunks if c.choices and c.choices[0].delta.content]
    assert len(pieces) > 3
    assert "".join(pieces) == whole.choices[0].message.content
    jsonschema.validate(json.loads("".join(pieces)), SCHEMAS[2])


# ---------------------------------------------------------------- the official client
@pytest.fixture
def openai_client(emu: Emulator) -> Iterator[Any]:
    openai = pytest.importorskip("openai")
    with openai.OpenAI(base_url=emu.base_url + "/v1", api_key=emu.api_key, max_retries=0) as client:
        yield client


def test_openai_parse_against_the_emulator(openai_client: Any) -> None:
    completion = openai_client.chat.completions.parse(model=MODEL, messages=ASK, response_format=PydWeather)
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, PydWeather)
    import openai

    tool = openai.pydantic_function_tool(Lookup)
    called = openai_client.chat.completions.parse(model=MODEL, messages=ASK, tools=[tool])
    assert isinstance(called.choices[0].message.tool_calls[0].function.parsed_arguments, Lookup)


def test_openai_stream_against_the_emulator(openai_client: Any) -> None:
    with openai_client.chat.completions.stream(model=MODEL, messages=ASK, response_format=PydWeather) as stream:
        kinds = {event.type for event in stream}
        final = stream.get_final_completion()
    assert {"chunk", "content.delta", "content.done"} <= kinds
    assert isinstance(final.choices[0].message.parsed, PydWeather)
