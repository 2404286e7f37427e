"""Client middleware: the order of the chain, one pass per attempt (retries included), the call hooks, streams and
failures, for both clients. Traffic goes through ``httpx.MockTransport``, on a fake clock (no real waiting)."""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client

import wushuang
from wushuang import Attempt, Call, Middleware

COMPLETION = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m", "choices": []}
SSE = (
    b'data: {"id": "c", "object": "text_completion", "created": 1, "model": "m", "choices": '
    b'[{"text": "hi", "index": 0, "finish_reason": "stop"}]}\n\ndata: [DONE]\n\n'
)


class Recorder(Middleware):
    """Records what it sees, as ``<name> <event>`` lines, into a shared list."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def _answered(self, attempt: Attempt, response: httpx.Response) -> httpx.Response:
        self.log.append(f"{self.name} out {attempt.number} {response.status_code}")
        return response

    def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
        self.log.append(f"{self.name} in {attempt.call.operation_id} {attempt.number}")
        try:
            return self._answered(attempt, call_next(attempt.request))
        except httpx.TransportError as exc:
            self.log.append(f"{self.name} failed {attempt.number} {type(exc).__name__}")
            raise

    async def asend(self, attempt: Attempt, call_next: Any) -> httpx.Response:
        self.log.append(f"{self.name} in {attempt.call.operation_id} {attempt.number}")
        try:
            return self._answered(attempt, await call_next(attempt.request))
        except httpx.TransportError as exc:
            self.log.append(f"{self.name} failed {attempt.number} {type(exc).__name__}")
            raise

    def call_started(self, call: Call) -> None:
        self.log.append(f"{self.name} started {call.method} {call.path}")

    def call_ended(self, call: Call, result: object, error: BaseException | None) -> None:
        outcome = type(error).__name__ if error is not None else type(result).__name__
        self.log.append(f"{self.name} ended {outcome}")

    def stream_ended(self, call: Call) -> None:
        self.log.append(f"{self.name} stream ended")


def _flaky(*statuses: int, body: bytes = json.dumps(COMPLETION).encode(), chunks: str = "") -> Any:
    """Answers each request with the next status (the last repeats); a 2xx carries ``body``, streamed unread
    (``chunks``: "sync" or "async", as the client's transport needs) or whole (then httpx has read it already)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses[min(len(seen), len(statuses)) - 1]
        if status >= 400:
            return httpx.Response(status, json={"error": {"message": "busy"}})
        kind = "text/event-stream" if body.startswith(b"data:") else "application/json"
        return httpx.Response(status, content=_chunked(body, chunks), headers={"content-type": kind})

    handler.seen = seen  # type: ignore[attr-defined]
    return handler


def _chunked(body: bytes, chunks: str) -> Any:
    async def agen() -> Any:
        yield body

    return {"sync": iter([body]), "async": agen(), "": body}[chunks]


RETRIED = [
    "a started POST /v1/completions",
    "b started POST /v1/completions",
    "a in createCompletion 0",
    "b in createCompletion 0",
    "b out 0 503",
    "a out 0 503",
    "a in createCompletion 1",
    "b in createCompletion 1",
    "b out 1 200",
    "a out 1 200",
    "b ended CreateCompletionResponse",
    "a ended CreateCompletionResponse",
]


def test_the_chain_runs_in_order_once_per_attempt_and_retries_wait_on_the_clock() -> None:
    log: list[str] = []
    fake = FakeTime()
    client = mock_client(_flaky(503, 200), fake, max_retries=2, middleware=[Recorder("a", log), Recorder("b", log)])
    assert client.completions.create(model="m", prompt="p").id == "cmpl-1"
    assert log == RETRIED
    assert len(fake.sleeps) == 1 and 0.375 <= fake.sleeps[0] <= 0.5  # the back-off, on the client's clock


async def test_async_chain_is_the_same() -> None:
    log: list[str] = []
    fake = FakeTime()
    client = mock_async_client(
        _flaky(503, 200), fake, max_retries=2, middleware=[Recorder("a", log), Recorder("b", log)]
    )
    assert (await client.completions.create(model="m", prompt="p")).id == "cmpl-1"
    assert log == RETRIED and len(fake.sleeps) == 1


def test_a_final_failure_is_seen_by_the_attempts_and_the_end_hook() -> None:
    log: list[str] = []
    client = mock_client(_flaky(500), max_retries=1, middleware=[Recorder("a", log)])
    with pytest.raises(wushuang.InternalServerError):
        client.completions.create(model="m", prompt="p")
    assert log[-3:] == ["a in createCompletion 1", "a out 1 500", "a ended InternalServerError"]


@pytest.mark.parametrize("is_async", [False, True])
async def test_a_connection_error_raised_through_the_chain_is_retried_then_typed(is_async: bool) -> None:
    log: list[str] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    options: dict[str, Any] = {"max_retries": 1, "middleware": [Recorder("a", log)]}
    with pytest.raises(wushuang.APIConnectionError):
        if is_async:
            await mock_async_client(refuse, **options).models.retrieve("m")
        else:
            mock_client(refuse, **options).models.retrieve("m")
    assert log == [
        "a started GET /v1/models/{model}",
        "a in retrieveModel 0",
        "a failed 0 ConnectError",
        "a in retrieveModel 1",
        "a failed 1 ConnectError",
        "a ended APIConnectionError",
    ]


def test_a_stream_ends_its_call_when_returned_and_its_stream_when_closed() -> None:
    log: list[str] = []
    client = mock_client(_flaky(200, body=SSE, chunks="sync"), middleware=[Recorder("a", log)])
    stream = client.completions.create(model="m", prompt="p", stream=True)
    assert log[-1] == "a ended Stream"
    assert [chunk.choices[0].text for chunk in stream] == ["hi"]
    assert log[-1] == "a stream ended" and log.count("a stream ended") == 1
    stream.close()
    assert log.count("a stream ended") == 1


async def test_an_async_binary_body_closed_early_ends_its_stream() -> None:
    log: list[str] = []
    client = mock_async_client(_flaky(200, body=b"x" * 10, chunks="async"), middleware=[Recorder("a", log)])
    content = await client.files.content("file-1")
    assert log[-1] == "a ended AsyncBinaryResponse"
    await content.close()
    assert log[-1] == "a stream ended"


def test_a_middleware_may_change_the_request_or_answer_by_itself() -> None:
    handler = _flaky(200)

    class Tag(Middleware):
        def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
            attempt.request.headers["X-Trace"] = f"{attempt.call.operation_id}/{attempt.number}"
            return call_next(attempt.request)

    class Cached(Middleware):
        def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
            if attempt.request.method == "GET":
                return httpx.Response(200, json={"id": "cached", "object": "model", "created": 0, "owned_by": "me"})
            return call_next(attempt.request)

    client = mock_client(handler, middleware=[Tag(), Cached()])
    assert client.models.retrieve("m").id == "cached" and handler.seen == []
    client.completions.create(model="m", prompt="p")
    assert handler.seen[0].headers["x-trace"] == "createCompletion/0"


def test_with_options_replaces_the_list_and_state_is_per_call() -> None:
    log: list[str] = []
    calls: list[Call] = []

    class Keep(Middleware):
        def call_started(self, call: Call) -> None:
            call.state["n"] = len(calls)
            calls.append(call)

    client = mock_client(_flaky(200))
    assert client.middleware == ()
    first = client.with_options(middleware=[Keep()])
    both = first.with_options(middleware=[*first.middleware, Recorder("r", log)])
    assert len(both.middleware) == 2 and client.middleware == ()
    both.completions.create(model="m", prompt="p")
    both.completions.create(model="m", prompt="p")
    assert [call.state["n"] for call in calls] == [0, 1] and calls[0] is not calls[1]
    assert log[0] == "r started POST /v1/completions"


def test_bad_middleware_is_refused_at_construction() -> None:
    with pytest.raises(TypeError, match=r"middleware\[1\] must be a wushuang.Middleware, got function"):
        mock_client(_flaky(200), middleware=[Middleware(), lambda request: request])
    with pytest.raises(TypeError, match="a list of wushuang.Middleware, got Middleware"):
        mock_client(_flaky(200), middleware=Middleware())
    with pytest.raises(TypeError, match=r"clock must have monotonic\(\), sleep\(\) and asleep\(\)"):
        wushuang.Wushuang(api_key="k", clock=object())  # type: ignore[arg-type]


async def test_a_forgotten_async_body_is_closed_asynchronously_through_the_chain() -> None:
    closed: list[str] = []

    class Body(httpx.AsyncByteStream):
        async def __aiter__(self) -> Any:
            yield b"x" * 10

        async def aclose(self) -> None:
            closed.append("aclose")

    log: list[str] = []
    client = mock_async_client(lambda request: httpx.Response(200, stream=Body()), middleware=[Recorder("a", log)])
    content = await client.files.content("file-1")
    stream = content.response.stream
    assert isinstance(stream, httpx.AsyncByteStream) and not isinstance(stream, httpx.SyncByteStream)
    del stream
    with pytest.warns(ResourceWarning, match="garbage-collected without being closed"):
        del content
        gc.collect()
    for _ in range(3):
        await asyncio.sleep(0)  # the close runs as a task on the loop
    assert closed == ["aclose"] and log[-1] == "a stream ended"


class Failing(Middleware):
    def __init__(self, where: str) -> None:
        self.where = where

    def call_started(self, call: Call) -> None:
        if self.where == "start":
            raise RuntimeError("start hook")

    def call_ended(self, call: Call, result: object, error: BaseException | None) -> None:
        if self.where == "end":
            raise RuntimeError("end hook")

    def stream_ended(self, call: Call) -> None:
        if self.where == "stream":
            raise RuntimeError("stream hook")


def test_a_hook_that_raises_ends_the_call_and_lets_nothing_hold_a_connection() -> None:
    responses: list[httpx.Response] = []

    class Keep(Middleware):
        def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
            responses.append(call_next(attempt.request))
            return responses[-1]

    log: list[str] = []
    client = mock_client(_flaky(200, body=SSE, chunks="sync"), middleware=[Failing("end"), Keep()])
    with pytest.raises(RuntimeError, match="end hook"):
        client.completions.create(model="m", prompt="p", stream=True)
    assert responses[0].is_closed  # the stream the caller never got gave its connection back

    log.clear()
    client = mock_client(_flaky(200), middleware=[Recorder("a", log), Failing("start"), Recorder("b", log)])
    with pytest.raises(RuntimeError, match="start hook"):
        client.completions.create(model="m", prompt="p")
    assert log == ["a started POST /v1/completions", "a ended RuntimeError"]  # b never started, nothing was sent


def test_an_end_hook_that_raises_keeps_no_other_end_hook_from_running() -> None:
    """What an outer middleware opened at the start (a span) is closed though an inner one's end hook raises."""
    log: list[str] = []
    client = mock_client(_flaky(200), middleware=[Recorder("a", log), Failing("end"), Recorder("b", log)])
    with pytest.raises(RuntimeError, match="end hook"):
        client.completions.create(model="m", prompt="p")
    assert log[-2:] == ["b ended CreateCompletionResponse", "a ended CreateCompletionResponse"]

    log.clear()
    client = mock_client(_flaky(200, body=SSE, chunks="sync"), middleware=[Recorder("a", log), Failing("stream")])
    stream = client.completions.create(model="m", prompt="p", stream=True)
    with pytest.raises(RuntimeError, match="stream hook"):
        list(stream)
    assert log[-1] == "a stream ended"


def test_a_middleware_that_returns_no_response_is_named() -> None:
    class Forgetful(Middleware):
        def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
            call_next(attempt.request)
            return None  # type: ignore[return-value]

    client = mock_client(_flaky(200), middleware=[Forgetful()])
    with pytest.raises(TypeError, match="a middleware's send returned NoneType, not an httpx.Response"):
        client.completions.create(model="m", prompt="p")
