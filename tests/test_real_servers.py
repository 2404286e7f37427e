"""What servers nobody here wrote send, read as the official client reads it (httpx.MockTransport), and the idioms
of openai-python that work with only the import changed."""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

import httpx
import pytest
from _fakes import mock_async_client, mock_client
from _repo import REPO

import wushuang

SSE = {"content-type": "text/event-stream"}


def sse(*events: str) -> bytes:
    return "".join(f"{event}\n\n" for event in events).encode()


def test_a_completion_streams_last_chunk_without_text_is_read_as_litellm_sends_it() -> None:
    body = sse(
        'data: {"id":"c","object":"text_completion","created":1,"model":"m","choices":[{"text":"Hi","index":0}]}',
        'data: {"choices":[{"finish_reason":"stop","index":0}]}',
        "data: [DONE]",
    )
    client = mock_client(lambda request: httpx.Response(200, headers=SSE, content=body))
    chunks = list(client.completions.create(model="m", prompt="p", stream=True))
    assert [chunk.choices[0].text for chunk in chunks] == ["Hi", None]
    assert chunks[1].choices[0].finish_reason == "stop"


def test_values_the_spec_does_not_list_or_allow_are_read_not_refused() -> None:
    answer = {
        "id": "x",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "finish_reason": "eos", "message": {"role": "model", "content": "ok"}}],
        "usage": {"prompt_tokens": -1, "completion_tokens": 2, "total_tokens": 1},
    }
    client = mock_client(lambda request: httpx.Response(200, json=answer))
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert completion.choices[0].finish_reason == "eos"
    assert completion.choices[0].message.role == "model"
    assert completion.usage.prompt_tokens == -1


def test_fields_a_server_adds_stay_readable_and_go_back_out() -> None:
    answer = {
        "id": "x",
        "object": "chat.completion",
        "created": 1,
        "model": "deepseek-reasoner",
        "x_relay": {"channel": 3},
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": "42", "reasoning_content": "think"},
            }
        ],
    }
    client = mock_client(lambda request: httpx.Response(200, json=answer))
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    message = completion.choices[0].message
    assert message.reasoning_content == "think"  # type: ignore[attr-defined]
    assert message.model_extra == {"reasoning_content": "think"}
    assert completion.x_relay == {"channel": 3}  # type: ignore[attr-defined]
    assert completion.to_dict() == answer
    assert json.loads(completion.model_dump_json(exclude_none=True)) == answer


def test_model_dump_names_every_field_as_pydantic_does() -> None:
    answer = {"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}}]}
    client = mock_client(lambda request: httpx.Response(200, json=answer))
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    dumped = completion.model_dump()
    assert dumped["model"] is None and dumped["choices"][0]["message"]["tool_calls"] is None
    assert completion.model_dump(exclude_none=True) == answer
    again = type(completion).model_validate(dumped)
    assert again == completion


def test_a_missing_required_field_reads_as_none() -> None:
    client = mock_client(lambda request: httpx.Response(200, json={"object": "list"}))
    page = client.models.list()
    assert page.data is None


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (404, {"detail": "Not Found"}, wushuang.EndpointNotSupportedError),  # FastAPI / Starlette: no such route
        (
            404,
            {"error": {"message": "Invalid URL (POST /v1/x)", "type": "invalid_request_error"}},
            wushuang.EndpointNotSupportedError,
        ),
        (
            404,
            {"error": {"message": "Not Found", "type": "invalid_request_error", "code": "not_found"}},
            wushuang.EndpointNotSupportedError,
        ),  # llmock
        (404, {"detail": "File not found"}, wushuang.NotFoundError),
        (404, {"error": {"message": "No such file: file-1", "type": "invalid_request_error"}}, wushuang.NotFoundError),
    ],
)
def test_a_404_for_a_route_is_not_a_404_for_an_object(status: int, body: Any, expected: type[Exception]) -> None:
    client = mock_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(wushuang.NotFoundError) as caught:
        client.files.retrieve("file-1")
    assert type(caught.value) is expected


def test_every_failure_of_a_call_is_an_api_error_as_in_openai() -> None:
    client = mock_client(lambda request: httpx.Response(429, json={"error": {"message": "slow", "code": "rate"}}))
    with pytest.raises(wushuang.APIError) as caught:
        client.models.list()
    assert isinstance(caught.value, wushuang.RateLimitError)
    assert caught.value.code == "rate" and caught.value.request is not None
    assert caught.value.request.url.path == "/v1/models"
    assert issubclass(wushuang.APIConnectionError, wushuang.APIError)
    assert issubclass(wushuang.APIResponseValidationError, wushuang.APIError)
    assert not issubclass(wushuang.InvalidParameterError, wushuang.APIError)


RUN = {
    "id": "run_1",
    "object": "thread.run",
    "created_at": 1,
    "thread_id": "t",
    "assistant_id": "a",
    "status": "queued",
}


def _events_in_data() -> bytes:
    delta = {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hello"}}]},
    }
    return sse(
        "data: " + json.dumps({"data": RUN, "event": "thread.run.created"}),  # LiteLLM's order
        "data: " + json.dumps({"event": "thread.message.delta", "data": delta}),
        "data: " + json.dumps({"event": "thread.run.completed", "data": {**RUN, "status": "completed"}}),
        "data: [DONE]",
    )


def test_run_events_named_inside_their_data_are_decoded_not_dropped() -> None:
    client = mock_client(lambda request: httpx.Response(200, headers=SSE, content=_events_in_data()))
    stream = client.beta.threads.runs.create("t", assistant_id="a", stream=True)
    assert "".join(stream.text_deltas) == "Hello"
    assert stream.get_final_run().status == "completed"


async def test_run_events_named_inside_their_data_async() -> None:
    client = mock_async_client(lambda request: httpx.Response(200, headers=SSE, content=_events_in_data()))
    stream = await client.beta.threads.runs.create("t", assistant_id="a", stream=True)
    events = [event.event async for event in stream]
    assert events == ["thread.run.created", "thread.message.delta", "thread.run.completed", "done"]


def test_an_error_named_inside_the_data_is_raised() -> None:
    body = sse("data: " + json.dumps({"event": "error", "data": {"error": {"message": "upstream died"}}}))
    client = mock_client(lambda request: httpx.Response(200, headers=SSE, content=body))
    with pytest.raises(wushuang.APIStreamError, match="upstream died"):
        list(client.beta.threads.runs.create("t", assistant_id="a", stream=True))


def test_a_poll_stops_at_the_first_error_its_retries_gave_up_on() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(500, json={"error": {"message": "down"}})

    client = mock_client(handler, max_retries=2)
    with pytest.raises(wushuang.InternalServerError, match="down"):
        client.files.wait_for_processing("file-1", timeout=600)
    assert len(calls) == 3  # one call and its two retries, not ten minutes of polls


def test_a_returned_message_goes_back_into_messages_as_it_came() -> None:
    sent: list[Any] = []
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
    }
    answer = {"id": "x", "choices": [{"index": 0, "finish_reason": "tool_calls", "message": message}]}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=answer)

    client = mock_client(handler)
    messages: list[Any] = [{"role": "user", "content": "call f"}]
    completion = client.chat.completions.create(model="m", messages=messages)
    messages.append(completion.choices[0].message)
    messages.append({"role": "tool", "tool_call_id": completion.choices[0].message.tool_calls[0].id, "content": "1"})
    client.chat.completions.create(model="m", messages=messages)
    assert sent[1]["messages"][1] == {key: value for key, value in message.items() if value is not None}
    with pytest.raises(wushuang.InvalidParameterError, match="messages"):  # still checked before sending
        client.chat.completions.create(model="m", messages=[completion.choices[0]])  # type: ignore[list-item]


def test_binary_answers_have_text_and_json_and_raw_answers_their_request() -> None:
    client = mock_client(
        lambda request: httpx.Response(200, headers={"content-type": "application/json"}, content=b'{"a": 1}')
    )
    answer = client.files.content("file-1")
    assert answer.json() == {"a": 1} and answer.text == '{"a": 1}' and answer.content == b'{"a": 1}'
    raw = client.files.with_raw_response.content("file-1")
    assert raw.http_request.url.path == "/v1/files/file-1/content"


async def test_async_binary_answers_are_read_first() -> None:
    async def body() -> Any:
        yield b"hello"

    client = mock_async_client(lambda request: httpx.Response(200, content=body()))
    answer = await client.files.content("file-1")
    with pytest.raises(RuntimeError, match="read"):
        _ = answer.text
    await answer.read()
    assert answer.text == "hello"


def test_wushuang_types_exports_models_only_and_openais_names() -> None:
    import wushuang.types as types
    from wushuang.types.beta.threads import Run
    from wushuang.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam

    assert "Any" not in types.__all__ and "Annotated" not in types.__all__
    assert all(isinstance(getattr(types, name), type) for name in types.__all__)
    assert ChatCompletion is types.CreateChatCompletionResponse and ChatCompletionChunk.__name__.endswith(
        "StreamResponse"
    )
    assert Run is types.Run and ChatCompletionMessageParam is not None


def test_every_module_of_openai_names_the_spec_declares_is_importable() -> None:
    sys.path.insert(0, str(REPO))  # the generator is a folder of the repository, not an installed package
    from generator.emitter import openai_types  # the x-sdk-type modules, as the generator reads them
    from generator.spec import load_spec

    spec = load_spec(REPO / "openapi" / "wushuang.yaml")
    for module, names in openai_types(spec.document).items():
        public = importlib.import_module("wushuang.types" + (f".{module}" if module else ""))
        assert {name for name, _, _ in names} <= set(public.__all__), module


def test_per_token_embeddings_come_back_as_they_are() -> None:
    vectors = [[0.1, 0.2], [0.3, 0.4]]  # llama.cpp without pooling: one vector per token of the input
    answer = {"object": "list", "model": "m", "data": [{"object": "embedding", "index": 0, "embedding": vectors}]}
    client = mock_client(lambda request: httpx.Response(200, json=answer))
    assert client.embeddings.create(model="m", input="hi").data[0].embedding == vectors
