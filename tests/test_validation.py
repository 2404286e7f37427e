"""Bad input is refused before anything is sent, with an error that names the Python parameter."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import wushuang
from wushuang import AsyncWushuang, InvalidParameterError, Wushuang

Call = Callable[[Any], Any]


class Wire:
    """The requests that reached the (mock) network."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"error": {"message": "should not have been sent"}})


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(wire: Wire) -> Iterator[Wushuang]:
    http = httpx.Client(transport=httpx.MockTransport(wire.handler))
    with Wushuang(api_key="sk-validation", http_client=http, max_retries=0) as c:
        yield c
    http.close()


def chat_message(message: Any) -> Call:
    return lambda c: c.chat.completions.create(model="gpt-4", messages=[message])


INVALID: list[tuple[str, Call, str, str]] = [
    # (case, call, the parameter named, a piece of the message)
    ("wrong type", lambda c: c.completions.create(model="m", prompt="p", temperature="hot"), "temperature", "'hot'"),
    ("above range", lambda c: c.completions.create(model="m", prompt="p", temperature=3), "temperature", "0 to 2"),
    ("below range", lambda c: c.completions.create(model="m", prompt="p", temperature=-0.1), "temperature", "0 to 2"),
    ("logprobs range", lambda c: c.completions.create(model="m", prompt="p", logprobs=9), "logprobs", "0 to 5"),
    ("top_p range", lambda c: c.completions.create(model="m", prompt="p", top_p=1.5), "top_p", "0 to 1"),
    ("integer type", lambda c: c.completions.create(model="m", prompt="p", max_tokens="7"), "max_tokens", "integer"),
    ("bool is no int", lambda c: c.completions.create(model="m", prompt="p", n=True), "n", "integer"),
    ("required None", lambda c: c.completions.create(model=None, prompt="p"), "model", "string"),
    ("stop 5 items", lambda c: c.completions.create(model="m", prompt="p", stop=list("abcde")), "stop", "4"),
    (
        "stream_format enum",
        lambda c: c.audio.speech.create(model="tts-1", input="x", voice="alloy", stream_format="chunks"),
        "stream_format",
        "sse",
    ),
    ("purpose enum", lambda c: c.files.create(file=b"x", purpose="x"), "purpose", "assistants"),
    ("speed range", lambda c: c.audio.speech.create(model="tts-1", input="x", voice="echo", speed=9), "speed", "4"),
    ("nested role", chat_message({"role": "wizard", "content": "hi"}), "messages", "messages[0]"),
    ("nested content", chat_message({"role": "user", "content": 5}), "messages", "messages[0]"),
    ("empty messages", lambda c: c.chat.completions.create(model="m", messages=[]), "messages", "messages"),
    ("mj empty prompt", lambda c: c.midjourney.submit.imagine(prompt=""), "prompt", "non-empty"),
    ("mj bot type", lambda c: c.midjourney.submit.imagine(prompt="x", bot_type="DALLE"), "bot_type", "NIJI"),
    ("mj wire list", lambda c: c.midjourney.submit.imagine(prompt="x", base64_array="x"), "base64_array", "list"),
    ("list limit", lambda c: c.beta.assistants.list(limit=500), "limit", "1 to 100"),
    ("list order", lambda c: c.beta.assistants.list(order="up"), "order", "desc"),
    (
        "array item enum",
        lambda c: c.audio.transcriptions.create(file=b"x", model="whisper-1", timestamp_granularities=["day"]),
        "timestamp_granularities",
        "timestamp_granularities[0]",
    ),
    ("extra_body on GET", lambda c: c.models.list(extra_body={"a": 1}), "extra_body", "takes no body"),
    ("extra_body on GET path", lambda c: c.files.content("file-1", extra_body={"a": 1}), "extra_body", "no body"),
]


@pytest.mark.parametrize(("call", "param", "fragment"), [case[1:] for case in INVALID], ids=[c[0] for c in INVALID])
def test_refused_before_sending(client: Wushuang, wire: Wire, call: Call, param: str, fragment: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        call(client)
    assert wire.requests == []
    error = info.value
    assert error.param == param
    assert param in str(error)  # the Python name, not the wire name
    assert fragment in str(error)
    assert isinstance(error, ValueError) and isinstance(error, wushuang.WushuangError)


def test_wire_names_are_not_shown_for_python_names(client: Wushuang, wire: Wire) -> None:
    with pytest.raises(InvalidParameterError) as info:
        client.midjourney.submit.imagine(prompt="x", notify_hook=5)  # type: ignore[arg-type]
    assert info.value.param == "notify_hook" and "notifyHook" not in str(info.value)
    assert wire.requests == []


def test_unknown_keyword_is_a_python_type_error(client: Wushuang, wire: Wire) -> None:
    with pytest.raises(TypeError, match="temprature"):
        client.completions.create(model="m", prompt="p", temprature=0.5)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="'model'"):
        client.completions.create(prompt="p")  # type: ignore[call-overload]
    assert wire.requests == []


def test_file_given_as_path_string(client: Wushuang, wire: Wire, tmp_path: Path) -> None:
    # A str is ambiguous (a name, or the content?): refused with the fix; a pathlib.Path is read (test_helpers).
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"{}\n")
    with pytest.raises(InvalidParameterError, match=r"pass pathlib.Path\(name\)") as info:
        client.files.create(file=str(path), purpose="assistants")  # type: ignore[arg-type]
    assert info.value.param == "file"
    assert wire.requests == []


def test_text_mode_file(client: Wushuang, wire: Wire, tmp_path: Path) -> None:
    path = tmp_path / "data.txt"
    path.write_text("hello")
    with path.open() as handle:
        with pytest.raises(InvalidParameterError, match="text mode") as info:
            client.files.create(file=handle, purpose="assistants")  # type: ignore[arg-type]
        assert info.value.param == "file"
        with pytest.raises(InvalidParameterError, match="text mode"):
            client.audio.transcriptions.create(file=("a.txt", handle), model="whisper-1")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="text mode"):
        client.files.create(file=io.StringIO("x"), purpose="assistants")  # type: ignore[arg-type]
    assert wire.requests == []


def test_valid_input_is_sent(client: Wushuang, wire: Wire) -> None:
    # The control case: the same machinery sends what is valid (so the checks above are not vacuous).
    with pytest.raises(wushuang.InternalServerError):
        client.completions.create(model="m", prompt="p", temperature=2, logprobs=5, top_p=1, stop=list("abcd"))
    assert len(wire.requests) == 1


async def test_async_client_refuses_before_sending(wire: Wire) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(wire.handler))
    async with AsyncWushuang(api_key="sk-validation", http_client=http) as client:
        with pytest.raises(InvalidParameterError) as info:
            await client.completions.create(model="m", prompt="p", temperature=3)
        assert info.value.param == "temperature"
        with pytest.raises(InvalidParameterError):
            await client.files.create(file="not-a-file", purpose="assistants")  # type: ignore[arg-type]
        with pytest.raises(InvalidParameterError):
            await client.beta.assistants.list(limit=0)
        with pytest.raises(InvalidParameterError):
            async for _ in client.beta.assistants.list(order="sideways"):  # type: ignore[arg-type]
                pass
    await http.aclose()
    assert wire.requests == []


MESSAGES: list[tuple[str, Call, str]] = [
    # (case, call, the whole message after the operation's name): the exact path, and what is wrong there
    (
        "misspelt tag",
        chat_message({"rol": "user", "content": "hi"}),
        "invalid `messages[0]`: missing key 'role'; unknown key 'rol' (did you mean 'role'?)",
    ),
    (
        "misspelt key of the branch",
        chat_message({"role": "user", "contnt": "hi"}),
        "invalid `messages[0]`: missing key 'content'; unknown key 'contnt' (did you mean 'content'?)",
    ),
    (
        "unknown tag",
        chat_message({"role": "usr", "content": "hi"}),
        "invalid `messages[0].role`: 'usr'; expected one of 'developer', 'system', 'user', 'assistant', 'tool', "
        "'function' (did you mean 'user'?)",
    ),
    ("the branch's own key", chat_message({"role": "tool", "content": "x"}), "missing key 'tool_call_id'"),
    (
        "wrong type in the branch",
        chat_message({"role": "user", "content": 5}),
        "invalid `messages[0].content`: 5; expected a string or a list of at least 1 item",
    ),
    (
        "inside a list branch",
        chat_message({"role": "user", "content": [{"type": "text"}]}),
        "invalid `messages[0].content[0]`: missing key 'text'",
    ),
    (
        "nested tag",
        chat_message({"role": "user", "content": [{"type": "txt", "text": "a"}]}),
        "invalid `messages[0].content[0].type`: 'txt'; expected one of 'text', 'image_url', 'input_audio', 'file' "
        "(did you mean 'text'?)",
    ),
    (
        "not a dict",
        chat_message("hello"),
        "invalid `messages[0]`: 'hello'; expected a dict with role one of 'developer', 'system', 'user', "
        "'assistant', 'tool', 'function'",
    ),
    (
        "deep path",
        chat_message(
            {
                "role": "assistant",
                "tool_calls": [{"id": "1", "type": "function", "function": {"name": "f", "body": ""}}],
            }
        ),
        "invalid `messages[0].tool_calls[0].function`: missing key 'arguments'",
    ),
    (
        "nullable union: the branch's range",
        lambda c: c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x"}], frequency_penalty=5
        ),
        "invalid `frequency_penalty`: 5; expected a number from -2 to 2",
    ),
    (
        "tagged union argument",
        lambda c: c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "x"}], response_format={"type": "json_schema"}
        ),
        "invalid `response_format`: missing key 'json_schema'",
    ),
    (
        "misspelt key in a tool",
        lambda c: c.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": "x"}],
            tools=[{"type": "function", "function": {"nme": "f"}}],
        ),
        "invalid `tools[0].function`: missing key 'name'; unknown key 'nme' (did you mean 'name'?)",
    ),
    (
        "another operation's union",
        lambda c: c.beta.assistants.create(model="m", tools=[{"type": "code_interpretr"}]),
        "(did you mean 'code_interpreter'?)",
    ),
]


@pytest.mark.parametrize(("call", "expected"), [case[1:] for case in MESSAGES], ids=[c[0] for c in MESSAGES])
def test_the_message_names_the_problem_at_its_path(client: Wushuang, wire: Wire, call: Call, expected: str) -> None:
    with pytest.raises(InvalidParameterError) as info:
        call(client)
    assert wire.requests == []
    message = str(info.value)
    assert expected in message, message
    if expected.startswith("invalid"):
        assert message.endswith(expected), message  # nothing more: the problem, not a list of every branch


def test_an_unknown_key_alone_passes(client: Wushuang, wire: Wire) -> None:
    # Relays pass unknown fields through: a key that misspells nothing missing is sent as it is.
    with pytest.raises(wushuang.InternalServerError):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x", "cache_hint": 1}])
    assert len(wire.requests) == 1


def test_a_valid_union_member_of_each_kind_is_sent(client: Wushuang, wire: Wire) -> None:
    messages: list[Any] = [
        {"role": "developer", "content": "d"},
        {"role": "system", "content": [{"type": "text", "text": "s"}]},
        {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "https://x/y.png"}}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "content": "r", "tool_call_id": "1"},
    ]
    with pytest.raises(wushuang.InternalServerError):
        client.chat.completions.create(model="m", messages=messages, stop=None, frequency_penalty=None)
    assert len(wire.requests) == 1
