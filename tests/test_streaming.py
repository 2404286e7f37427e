"""Typed event-stream iterators (wushuang._core.streaming): decoding, errors, closing, and real incrementality."""

from __future__ import annotations

import asyncio
import http.server
import threading
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

import httpx
import msgspec
import pytest

from wushuang._core.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APIStreamError,
    APITimeoutError,
)
from wushuang._core.streaming import AsyncStream, Stream

URL = "http://127.0.0.1/v1/chat/completions"
PATH = "/v1/chat/completions"


class Chunk(msgspec.Struct):
    id: str
    n: int


DECODE = msgspec.json.Decoder(Chunk).decode


class ScriptedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that hands out pre-set chunks (or raises) and records how far it was read."""

    def __init__(self, parts: Sequence[bytes | BaseException], *, hang_after: int | None = None) -> None:
        self.parts = list(parts)
        self.pulled = 0
        self.closed = False
        self.hang_after = hang_after

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            self.pulled += 1
            if isinstance(part, BaseException):
                raise part
            yield part

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for index, part in enumerate(self.parts):
            if self.hang_after is not None and index >= self.hang_after:
                await asyncio.Event().wait()  # never set: the reader is stuck until cancelled
            self.pulled += 1
            if isinstance(part, BaseException):
                raise part
            yield part

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def chunk(i: int) -> bytes:
    return b'data: {"id": "c%d", "n": %d}\n\n' % (i, i)


def open_stream(body: ScriptedBody) -> Stream[Chunk]:
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, stream=body)))
    response = client.send(client.build_request("POST", URL), stream=True)
    return Stream(response, DECODE, method="POST", path=PATH)


async def aopen_stream(body: ScriptedBody) -> AsyncStream[Chunk]:
    client = httpx.AsyncClient(transport=httpx.MockTransport(lambda request: httpx.Response(200, stream=body)))
    response = await client.send(client.build_request("POST", URL), stream=True)
    return AsyncStream(response, DECODE, method="POST", path=PATH)


async def collect(stream: AsyncStream[Chunk]) -> list[Chunk]:
    return [item async for item in stream]


# ---------------------------------------------------------------------------------------------- sync


def test_typed_chunks_and_done() -> None:
    body = ScriptedBody([chunk(1), chunk(2)[:10], chunk(2)[10:], b"data: [DONE]\n\n", b"data: {junk\n\n"])
    stream = open_stream(body)
    items = list(stream)
    assert items == [Chunk("c1", 1), Chunk("c2", 2)]
    assert body.pulled == 4  # the chunk after [DONE] was never even read
    assert stream.response.is_closed and body.closed


def test_done_then_junk_in_same_chunk_is_not_decoded() -> None:
    stream = open_stream(ScriptedBody([chunk(1) + b"data: [DONE]\n\ndata: not json\n\n"]))
    assert list(stream) == [Chunk("c1", 1)]
    assert stream.response.is_closed


def test_error_payload_raises_typed_error() -> None:
    error = b'data: {"error": {"message": "overloaded", "type": "server_error", "code": 529}}\n\n'
    stream = open_stream(ScriptedBody([chunk(1), error, chunk(2)]))
    seen: list[Chunk] = []
    with pytest.raises(APIStreamError) as info:
        for item in stream:
            seen.append(item)
    assert seen == [Chunk("c1", 1)]
    assert isinstance(info.value, APIStatusError)
    assert info.value.status_code == 200
    assert info.value.error is not None and info.value.error.code == "529"
    assert "overloaded" in str(info.value)
    assert stream.response.is_closed


def test_event_error_frame_raises() -> None:
    stream = open_stream(ScriptedBody([b"event: error\ndata: upstream exploded\n\n"]))
    with pytest.raises(APIStreamError, match="upstream exploded"):
        list(stream)
    assert stream.response.is_closed


def test_non_json_data_raises_validation_error_with_text() -> None:
    stream = open_stream(ScriptedBody([b"data: <html>Bad gateway</html>\n\n"]))
    with pytest.raises(APIResponseValidationError, match="<html>Bad gateway</html>") as info:
        list(stream)
    assert info.value.status_code == 200
    assert stream.response.is_closed


def test_long_non_json_text_is_cut_short() -> None:
    stream = open_stream(ScriptedBody([b"data: " + b"y" * 5000 + b"\n\n"]))
    with pytest.raises(APIResponseValidationError) as info:
        list(stream)
    assert 200 <= str(info.value).count("y") < 300


def test_wrong_shape_raises_validation_error() -> None:
    stream = open_stream(ScriptedBody([b'data: {"id": 5, "n": "x"}\n\n']))
    with pytest.raises(APIResponseValidationError, match="invalid chunk"):
        list(stream)


def test_frames_without_chunks_are_skipped() -> None:
    parts = [b": ping\n\nretry: 100\n\nevent: ping\ndata: {}\n\ndata:  \n\n", chunk(1), b"event: message\n", chunk(2)]
    parts.append(b"data: [DONE]\n\n")  # a stream that ends without it is reported (test_stream_hardening)
    assert list(open_stream(ScriptedBody(parts))) == [Chunk("c1", 1), Chunk("c2", 2)]


def test_mid_stream_transport_error_becomes_connection_error() -> None:
    cause = httpx.ReadError("connection reset by peer")
    stream = open_stream(ScriptedBody([chunk(1), cause, chunk(2)]))
    seen: list[Chunk] = []
    with pytest.raises(APIConnectionError) as info:
        for item in stream:
            seen.append(item)
    assert seen == [Chunk("c1", 1)]
    assert info.value.__cause__ is cause
    assert not isinstance(info.value, APITimeoutError)
    assert stream.response.is_closed


def test_mid_stream_timeout_becomes_timeout_error() -> None:
    cause = httpx.ReadTimeout("timed out")
    stream = open_stream(ScriptedBody([chunk(1), cause]))
    with pytest.raises(APITimeoutError) as info:
        list(stream)
    assert info.value.__cause__ is cause
    assert stream.response.is_closed


def test_break_closes_response() -> None:
    body = ScriptedBody([chunk(1), chunk(2), chunk(3)])
    stream = open_stream(body)
    for _item in stream:
        break
    # The caller still holds `stream`; the response must be closed anyway.
    assert stream.response.is_closed and body.closed
    assert body.pulled == 1


def test_caller_exception_is_not_wrapped_and_closes() -> None:
    body = ScriptedBody([chunk(1), chunk(2)])
    stream = open_stream(body)

    class Mine(Exception):
        pass

    with pytest.raises(Mine), stream:
        for _item in stream:
            raise Mine
    assert stream.response.is_closed


def test_context_exit_closes_and_close_is_idempotent() -> None:
    body = ScriptedBody([chunk(1), chunk(2)])
    with open_stream(body) as stream:
        assert next(stream) == Chunk("c1", 1)
    assert stream.response.is_closed and stream.closed
    stream.close()
    stream.close()
    assert list(stream) == []


def test_close_before_iterating() -> None:
    body = ScriptedBody([chunk(1)])
    stream = open_stream(body)
    stream.close()
    stream.close()
    assert stream.response.is_closed and body.pulled == 0


def test_request_id_available_from_response() -> None:
    body = ScriptedBody([chunk(1)])
    client = httpx.Client(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, headers={"x-request-id": "req_1"}, stream=body))
    )
    response = client.send(client.build_request("POST", URL), stream=True)
    with Stream(response, DECODE, method="POST", path=PATH) as stream:
        assert stream.response.headers["x-request-id"] == "req_1"


# ---------------------------------------------------------------------------------------------- async


async def test_async_typed_chunks_and_done() -> None:
    body = ScriptedBody([chunk(1), chunk(2)[:7], chunk(2)[7:], b"data: [DONE]\n\n", b"data: {junk\n\n"])
    stream = await aopen_stream(body)
    assert await collect(stream) == [Chunk("c1", 1), Chunk("c2", 2)]
    assert body.pulled == 4
    assert stream.response.is_closed


async def test_async_errors() -> None:
    stream = await aopen_stream(ScriptedBody([b'data: {"error": {"message": "quota"}}\n\n']))
    with pytest.raises(APIStreamError, match="quota"):
        await collect(stream)
    stream = await aopen_stream(ScriptedBody([b"event: error\ndata: {}\n\n"]))
    with pytest.raises(APIStreamError):
        await collect(stream)
    stream = await aopen_stream(ScriptedBody([b"data: not-json!\n\n"]))
    with pytest.raises(APIResponseValidationError, match="not-json!"):
        await collect(stream)
    assert stream.response.is_closed


async def test_async_mid_stream_transport_error() -> None:
    cause = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    stream = await aopen_stream(ScriptedBody([chunk(1), cause]))
    with pytest.raises(APIConnectionError) as info:
        await collect(stream)
    assert info.value.__cause__ is cause
    assert stream.response.is_closed


async def test_async_break_closes_response() -> None:
    body = ScriptedBody([chunk(1), chunk(2)])
    stream = await aopen_stream(body)
    async for _item in stream:
        break
    # The abandoned async generator is finalised by the event loop shortly after.
    for _ in range(50):
        if stream.response.is_closed:
            break
        await asyncio.sleep(0)
    assert stream.response.is_closed and body.closed


async def test_async_context_exit_and_idempotent_aclose() -> None:
    body = ScriptedBody([chunk(1), chunk(2)])
    async with await aopen_stream(body) as stream:
        assert await stream.__anext__() == Chunk("c1", 1)
    assert stream.response.is_closed
    await stream.aclose()
    await stream.aclose()


async def test_async_caller_exception_not_wrapped() -> None:
    stream = await aopen_stream(ScriptedBody([chunk(1), chunk(2)]))
    with pytest.raises(KeyError):
        async with stream:
            async for _item in stream:
                raise KeyError("mine")
    assert stream.response.is_closed


async def test_async_cancellation_closes_response() -> None:
    body = ScriptedBody([chunk(1), chunk(2)], hang_after=1)
    stream = await aopen_stream(body)
    got_first = asyncio.Event()

    async def consume() -> None:
        async for _item in stream:  # no `async with`: cancellation alone must close the response
            got_first.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(got_first.wait(), 5)
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert stream.response.is_closed and body.closed


# ---------------------------------------------------------------------------------------------- incremental


class _LockstepHandler(http.server.BaseHTTPRequestHandler):
    """Sends chunk 1, then waits until the test says the client has decoded it, then sends the rest."""

    server: _LockstepServer

    def do_POST(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(chunk(1))
        self.wfile.flush()
        self.server.released = self.server.client_got_first.wait(timeout=3)
        self.wfile.write(chunk(2) + b"data: [DONE]\n\n")
        self.wfile.flush()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _LockstepServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    client_got_first: threading.Event
    released: bool | None = None


@pytest.fixture
def lockstep_server() -> Iterator[_LockstepServer]:
    server = _LockstepServer(("127.0.0.1", 0), _LockstepHandler)
    server.client_got_first = threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_chunks_are_yielded_as_bytes_arrive(lockstep_server: _LockstepServer) -> None:
    port = lockstep_server.server_address[1]
    with httpx.Client(timeout=10) as client:
        request = client.build_request("POST", f"http://127.0.0.1:{port}{PATH}")
        response = client.send(request, stream=True)
        items: list[Chunk] = []
        with Stream(response, DECODE, method="POST", path=PATH) as stream:
            for item in stream:
                items.append(item)
                lockstep_server.client_got_first.set()
    assert items == [Chunk("c1", 1), Chunk("c2", 2)]
    # A buffering implementation only sees chunk 1 after the server gave up waiting (released False).
    assert lockstep_server.released is True


async def test_async_chunks_are_yielded_as_bytes_arrive(lockstep_server: _LockstepServer) -> None:
    port = lockstep_server.server_address[1]
    async with httpx.AsyncClient(timeout=10) as client:
        request = client.build_request("POST", f"http://127.0.0.1:{port}{PATH}")
        response = await client.send(request, stream=True)
        items: list[Chunk] = []
        async with AsyncStream(response, DECODE, method="POST", path=PATH) as stream:
            async for item in stream:
                items.append(item)
                lockstep_server.client_got_first.set()
    assert items == [Chunk("c1", 1), Chunk("c2", 2)]
    assert lockstep_server.released is True
