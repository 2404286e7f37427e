"""Streams and binary bodies that lose nothing silently and hold no connection once forgotten.

Silent loss: a ``stream=True`` call answered ``200`` with something other than an event stream (an error
envelope, a whole answer, an HTML page), or with an event stream that ends before ``[DONE]`` / ``event: done``.
Resources held: a stream, raw response or binary body dropped without ``close()``. Traffic goes through
``httpx.MockTransport`` or to a scripted server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import gc
import json
import re
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from _scripted_server import Reply, scripted_server

import wushuang
from wushuang import AsyncWushuang, Wushuang

KEY = "sk-test-hardening"
CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
SSE = "text/event-stream"


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in pre-set pieces that records whether it was closed."""

    def __init__(self, *parts: bytes) -> None:
        self.parts = parts
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.parts

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def answering(body: Body, content_type: str | None = SSE) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": content_type} if content_type else {}
    return lambda request: httpx.Response(200, headers=headers, stream=body)


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> Wushuang:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Wushuang(api_key=KEY, base_url="http://127.0.0.1", max_retries=0, http_client=http)


def aclient_for(handler: Callable[[httpx.Request], httpx.Response]) -> AsyncWushuang:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return AsyncWushuang(api_key=KEY, base_url="http://127.0.0.1", max_retries=0, http_client=http)


def event(data: dict[str, Any], name: str | None = None) -> bytes:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data)}\n\n".encode()


def delta(text: str, finish_reason: str | None = None) -> bytes:
    choice = {"index": 0, "delta": {"content": text}, "finish_reason": finish_reason}
    return event({"id": "c1", "object": "chat.completion.chunk", "choices": [choice]})


def chat_texts(chunks: list[Any]) -> list[str | None]:
    return [chunk.choices[0].delta.content for chunk in chunks]


RATE_LIMITED = {"error": {"message": "upstream quota exhausted", "type": "rate_limit_error", "code": None}}
WHOLE_CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": "Hello",
                "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
            },
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"<p>nginx</p>" * 200 + b"</body></html>"


# ------------------------------------------------------------------------------------ 4. silent loss


def test_an_error_envelope_in_place_of_a_stream_raises_the_status_error_it_describes() -> None:
    body = Body(json.dumps(RATE_LIMITED).encode())
    with pytest.raises(wushuang.RateLimitError, match="upstream quota exhausted") as caught:
        list(client_for(answering(body, "application/json")).chat.completions.create(**CHAT, stream=True))
    assert caught.value.status_code == 429 and caught.value.type == "rate_limit_error" and body.closed
    # An envelope that names no status is still an error, never an empty stream.
    plain = Body(b'{"error": {"message": "busy"}}')
    with pytest.raises(wushuang.APIStreamError, match="busy"):
        list(
            client_for(answering(plain, "application/json; charset=utf-8")).completions.create(
                model="m", prompt="p", stream=True
            )
        )


async def test_async_an_error_envelope_in_place_of_a_stream_raises() -> None:
    body = Body(b'{"error": {"message": "no such model", "type": "invalid_request_error", "code": 404}}')
    stream = await aclient_for(answering(body, "application/json")).chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.NotFoundError, match="no such model"):
        async for _ in stream:
            pass
    assert body.closed


def test_a_whole_answer_from_a_relay_that_ignored_stream_is_one_chunk() -> None:
    chat = list(
        client_for(answering(Body(json.dumps(WHOLE_CHAT).encode()), "application/json")).chat.completions.create(
            **CHAT, stream=True
        )
    )
    assert chat_texts(chat) == ["Hello"] and chat[0].choices[0].finish_reason == "stop"
    assert chat[0].object == "chat.completion.chunk" and chat[0].usage is not None
    tool_calls = chat[0].choices[0].delta.tool_calls
    assert tool_calls is not None and tool_calls[0].index == 0 and tool_calls[0].id == "call_1"
    completion = {"id": "cmpl-1", "object": "text_completion", "choices": [{"text": "Hi", "index": 0}]}
    client = client_for(answering(Body(json.dumps(completion).encode()), "application/json"))
    assert [c.choices[0].text for c in client.completions.create(model="m", prompt="p", stream=True)] == ["Hi"]
    # JSON that is neither an error nor an answer is not an empty stream either.
    other = client_for(answering(Body(b'{"id": "x", "choices": "none"}'), "application/json"))
    with pytest.raises(wushuang.APIResponseValidationError, match="neither an error nor a whole answer"):
        list(other.chat.completions.create(**CHAT, stream=True))


async def test_async_a_whole_answer_is_one_chunk() -> None:
    client = aclient_for(answering(Body(json.dumps(WHOLE_CHAT).encode()), "application/json"))
    chunks = [chunk async for chunk in await client.chat.completions.create(**CHAT, stream=True)]
    assert chat_texts(chunks) == ["Hello"]


@pytest.mark.parametrize(("content_type", "body"), [("text/html", HTML), ("text/plain", b"upstream error\n")])
def test_html_or_text_in_place_of_a_stream_raises_with_a_cut_of_it(content_type: str, body: bytes) -> None:
    answer = Body(body)
    stream = client_for(answering(answer, content_type)).chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.APIResponseValidationError) as caught:
        list(stream)
    message = str(caught.value)
    assert content_type in message and body[:14].decode() in message and len(message) < 400
    assert caught.value.status_code == 200 and answer.closed and stream.closed


async def test_async_html_in_place_of_a_stream_raises() -> None:
    stream = await aclient_for(answering(Body(HTML), "text/html")).chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.APIResponseValidationError, match="502 Bad Gateway"):
        async for _ in stream:
            pass


def test_a_mislabelled_event_stream_is_still_decoded() -> None:
    body = Body(b"\n" + delta("a"), delta("b", "stop"), b"data: [DONE]\n\n")
    chunks = list(client_for(answering(body, "text/plain")).chat.completions.create(**CHAT, stream=True))
    assert chat_texts(chunks) == ["a", "b"]


async def test_async_a_mislabelled_event_stream_is_still_decoded() -> None:
    body = Body(delta("a"), delta("b", "stop"))
    stream = await aclient_for(answering(body, "application/json")).chat.completions.create(**CHAT, stream=True)
    assert chat_texts([chunk async for chunk in stream]) == ["a", "b"]


def test_a_stream_cut_before_done_raises_after_the_chunks_that_arrived() -> None:
    received: list[Any] = []
    body = Body(delta("a"), delta("b"))
    with pytest.raises(wushuang.APIStreamIncompleteError, match=r"ended before \[DONE\]") as caught:
        for chunk in client_for(answering(body)).chat.completions.create(**CHAT, stream=True):
            received.append(chunk)
    assert chat_texts(received) == ["a", "b"] and body.closed
    assert isinstance(caught.value, wushuang.APIConnectionError)
    with pytest.raises(wushuang.APIStreamIncompleteError, match="before any chunk"):
        list(client_for(answering(Body(b": keep-alive\n\n"), None)).chat.completions.create(**CHAT, stream=True))


def test_a_relay_that_never_sends_done_still_ends_cleanly_after_its_last_chunk() -> None:
    finished = Body(delta("a"), delta("b", "stop"), b": bye\n\n")
    assert chat_texts(list(client_for(answering(finished)).chat.completions.create(**CHAT, stream=True))) == ["a", "b"]
    usage = event({"id": "c1", "choices": [], "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
    with_usage = Body(delta("a", "stop"), usage)
    assert len(list(client_for(answering(with_usage)).chat.completions.create(**CHAT, stream=True))) == 2


async def test_async_a_stream_cut_before_done_raises() -> None:
    stream = await aclient_for(answering(Body(delta("a")))).chat.completions.create(**CHAT, stream=True)
    received = []
    with pytest.raises(wushuang.APIStreamIncompleteError):
        async for chunk in stream:
            received.append(chunk)
    assert chat_texts(received) == ["a"]


def run(status: str) -> dict[str, Any]:
    return {"id": "run_1", "object": "thread.run", "thread_id": "thread_1", "assistant_id": "asst_1", "status": status}


def test_a_run_stream_cut_before_event_done_raises() -> None:
    cut = Body(event(run("queued"), "thread.run.created"), event(run("in_progress"), "thread.run.in_progress"))
    client = client_for(answering(cut))
    with pytest.raises(wushuang.APIStreamIncompleteError, match="ended before event: done"):
        client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True).until_done()
    # A final run event ends the stream well enough; so does a whole run from a relay that ignored `stream`.
    whole = Body(event(run("queued"), "thread.run.created"), event(run("completed"), "thread.run.completed"))
    stream = client_for(answering(whole)).beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
    assert stream.get_final_run().status == "completed"
    body = Body(json.dumps(run("queued")).encode())
    stream = client_for(answering(body, "application/json")).beta.threads.runs.create(
        "thread_1", assistant_id="asst_1", stream=True
    )
    assert [e.event for e in stream] == ["thread.run.queued"] and stream.get_final_run().id == "run_1"


async def test_async_a_run_stream_cut_before_event_done_raises() -> None:
    cut = Body(event(run("in_progress"), "thread.run.in_progress"))
    stream = await aclient_for(answering(cut)).beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
    with pytest.raises(wushuang.APIStreamIncompleteError):
        await stream.until_done()


# ------------------------------------------------------------------------------------ 5. resources held

SSE_REPLY = Reply(body=delta("a") + delta("b", "stop") + b"data: [DONE]\n\n", headers={"Content-Type": SSE})
SMALL_POOL = httpx.Limits(max_connections=2, max_keepalive_connections=2)
POOL_TIMEOUT = httpx.Timeout(5.0, pool=1.0)
FORGOTTEN = r"Stream of POST /v1/chat/completions was garbage-collected without being closed"


def forgotten(seen: list[warnings.WarningMessage], pattern: str) -> int:
    return sum(1 for w in seen if w.category is ResourceWarning and re.search(pattern, str(w.message)))


def test_forgotten_streams_warn_and_give_their_connections_back() -> None:
    with scripted_server() as server, warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        server.default = SSE_REPLY
        http = httpx.Client(limits=SMALL_POOL, timeout=POOL_TIMEOUT)
        client = Wushuang(api_key=KEY, base_url=server.base_url, max_retries=0, http_client=http)
        for started in (False, True, False):  # three forgotten streams on a pool of two
            stream = client.chat.completions.create(**CHAT, stream=True)
            if started:
                next(stream)
            del stream
            gc.collect()
        # Without the release, this waits 1 s for a connection and raises APITimeoutError (pool timeout).
        assert chat_texts(list(client.chat.completions.create(**CHAT, stream=True))) == ["a", "b"]
        http.close()
    assert forgotten(seen, FORGOTTEN) == 3


async def test_async_forgotten_streams_warn_and_give_their_connections_back() -> None:
    with scripted_server() as server, warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        server.default = SSE_REPLY
        http = httpx.AsyncClient(limits=SMALL_POOL, timeout=POOL_TIMEOUT)
        client = AsyncWushuang(api_key=KEY, base_url=server.base_url, max_retries=0, http_client=http)
        for started in (False, True, False):
            stream = await client.chat.completions.create(**CHAT, stream=True)
            if started:
                await stream.__anext__()
            del stream
            gc.collect()
        chunks = [chunk async for chunk in await client.chat.completions.create(**CHAT, stream=True)]
        assert chat_texts(chunks) == ["a", "b"]
        await http.aclose()
    assert forgotten(seen, "Async" + FORGOTTEN) == 3


def test_a_closed_or_finished_stream_does_not_warn() -> None:
    with scripted_server() as server:
        server.default = SSE_REPLY
        client = Wushuang(api_key=KEY, base_url=server.base_url, max_retries=0)
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always", ResourceWarning)
            list(client.chat.completions.create(**CHAT, stream=True))
            with client.chat.completions.create(**CHAT, stream=True):
                pass
            for _ in client.chat.completions.create(**CHAT, stream=True):
                break
            gc.collect()
        assert not [w for w in seen if "garbage-collected" in str(w.message)]
        client.close()


def test_raw_responses_of_streamed_and_binary_calls_close_on_exit_and_warn_when_forgotten() -> None:
    bodies: list[Body] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(Body(delta("a", "stop")) if request.url.path.endswith("completions") else Body(b"\x00\x01"))
        kind = SSE if request.url.path.endswith("completions") else "application/octet-stream"
        return httpx.Response(200, headers={"content-type": kind}, stream=bodies[-1])

    client = client_for(handler)
    with client.with_raw_response.chat.completions.create(**CHAT, stream=True) as raw:
        assert not raw.http_response.is_closed
    with client.with_raw_response.files.content("file-1") as raw_binary:
        assert raw_binary.parse().read() == b"\x00\x01"
    assert raw.http_response.is_closed and raw_binary.http_response.is_closed and all(b.closed for b in bodies)

    forgotten_raw = client.with_raw_response.files.content("file-1")
    with pytest.warns(ResourceWarning, match=r"RawResponse of GET /v1/files/file-1/content was garbage-collected"):
        del forgotten_raw
        gc.collect()
    forgotten_binary = client.files.content("file-1")
    with pytest.warns(ResourceWarning, match="BinaryResponse of GET /v1/files/file-1/content was garbage-collected"):
        del forgotten_binary
        gc.collect()
    assert all(b.closed for b in bodies)


async def test_async_raw_responses_close_on_exit_and_warn_when_forgotten() -> None:
    body = Body(delta("a", "stop"))
    client = aclient_for(answering(body))
    async with await client.with_raw_response.chat.completions.create(**CHAT, stream=True) as raw:
        assert not raw.http_response.is_closed
    assert raw.http_response.is_closed and body.closed
    forgotten = Body(b"\x00")
    client = aclient_for(answering(forgotten, "application/octet-stream"))
    binary = await client.files.content("file-1")
    with pytest.warns(ResourceWarning, match="AsyncBinaryResponse"):
        del binary
        gc.collect()
    for _ in range(3):  # the close runs as a task on the loop
        await asyncio.sleep(0)
    assert forgotten.closed


# ---------------------------------------------------------------- found by the chaos run (RELIABILITY.md)
def _gzip_cut(data: bytes, keep: int) -> httpx.Response:
    import gzip

    body = gzip.compress(data)[:keep]
    return httpx.Response(200, headers={"content-encoding": "gzip", "content-type": "audio/mpeg"}, content=body)


def test_a_binary_body_whose_gzip_data_stops_short_raises() -> None:
    data = bytes(range(256)) * 40
    answers = iter([_gzip_cut(data, 200), _gzip_cut(data, 200), _gzip_cut(data, 10_000)])
    http = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
    with Wushuang(api_key="sk-test", base_url="http://relay.test", http_client=http, max_retries=0) as client:
        with pytest.raises(wushuang.APIResponseValidationError, match="cut short"):
            client.files.content("file-1").read()
        with pytest.raises(wushuang.APIResponseValidationError, match="cut short"):
            b"".join(client.files.content("file-1").iter_bytes())
        assert client.files.content("file-1").read() == data  # whole: read as it is


async def test_an_async_binary_body_whose_gzip_data_stops_short_raises() -> None:
    data = bytes(range(256)) * 40
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: _gzip_cut(data, 200)))
    async with AsyncWushuang(api_key="sk-test", base_url="http://relay.test", http_client=http, max_retries=0) as c:
        with pytest.raises(wushuang.APIResponseValidationError, match="cut short"):
            await (await c.files.content("file-1")).read()


def test_a_stream_cut_before_the_usage_it_asked_for_raises() -> None:
    final = {
        "id": "c",
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
    }
    body = f"data: {json.dumps(final)}\n\n".encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with Wushuang(api_key="sk-test", base_url="http://relay.test", http_client=http, max_retries=0) as client:
        messages = [{"role": "user", "content": "hi"}]
        # Without include_usage, a final chunk is as good as [DONE] (relays that never send it keep working) ...
        assert len(list(client.chat.completions.create(model="gpt-4", messages=messages, stream=True))) == 1
        # ... with it, the usage chunk is still to come: ending here loses it.
        stream = client.chat.completions.create(
            model="gpt-4", messages=messages, stream=True, stream_options={"include_usage": True}
        )
        with pytest.raises(wushuang.APIStreamIncompleteError):
            list(stream)
