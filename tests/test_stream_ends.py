"""Streams a relay ends early, and streams that keep the caller waiting.

A gateway that loses its upstream mid-answer may still write a usage chunk and ``data: [DONE]``: a chat stream whose
choices do not all have their ``finish_reason`` was cut, whatever its end marker says (``APIStreamIncompleteError``,
carrying what arrived). ``first_chunk_timeout`` and ``stream_idle_timeout`` (per client, ``with_options`` and per
call) raise ``APITimeoutError`` naming the limit. Traffic goes to the emulator on 127.0.0.1 (its ``end_stream_early``
and ``stall_stream`` faults) or through ``httpx.MockTransport``, with keep-alives that move a fake clock.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator, Fault

CHAT: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "tell me a long story"}]}
SSE = {"content-type": "text/event-stream"}


def chunk(text: str | None, finish_reason: str | None = None, index: int = 0, **extra: Any) -> bytes:
    delta = {} if text is None else {"content": text}
    choice = {"index": index, "delta": delta, "finish_reason": finish_reason}
    body = {"id": "c1", "object": "chat.completion.chunk", "choices": [choice], **extra}
    return b"data: " + json.dumps(body).encode() + b"\n\n"


USAGE = (
    b'data: {"id": "c1", "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}}\n\n'
)
DONE = b"data: [DONE]\n\n"


def answering(*parts: bytes) -> Any:
    return lambda request: httpx.Response(200, headers=SSE, content=b"".join(parts))


# ------------------------------------------------------------------------ [DONE] before the answer is whole


@pytest.mark.parametrize(
    ("parts", "partial"),
    [
        ((chunk("Once"), chunk(" upon"), USAGE, DONE), {0: "Once upon"}),  # new-api after an upstream stall
        ((chunk("Once"), DONE), {0: "Once"}),
        ((DONE,), {}),  # an empty stream is no answer
        ((chunk("a", "stop"), chunk("b", index=1), DONE), {0: "a", 1: "b"}),  # n=2, one choice cut
    ],
    ids=["usage and done", "done", "nothing but done", "one of two choices"],
)
def test_done_before_every_choice_has_a_finish_reason_raises_with_what_arrived(
    parts: tuple[bytes, ...], partial: dict[int, str]
) -> None:
    client = mock_client(answering(*parts))
    received: list[Any] = []
    with pytest.raises(wushuang.APIStreamIncompleteError, match=r"ended after \[DONE\]") as caught:
        for item in client.chat.completions.create(**CHAT, n=2 if len(partial) == 2 else 1, stream=True):
            received.append(item)
    assert caught.value.partial == partial
    assert caught.value.received == len(received) == len(parts) - 1
    assert isinstance(caught.value, wushuang.APIConnectionError)


def test_a_whole_answer_with_done_passes_and_n_counts() -> None:
    whole = (chunk("a"), chunk("b", "stop"), USAGE, DONE)
    assert len(list(mock_client(answering(*whole)).chat.completions.create(**CHAT, stream=True))) == 3
    # n=2 asked, one choice came whole: the other never started.
    client = mock_client(answering(chunk("a", "stop"), DONE))
    with pytest.raises(wushuang.APIStreamIncompleteError, match="choice 1 has no finish_reason"):
        list(client.chat.completions.create(**CHAT, n=2, stream=True))
    # Completions (the legacy text API) follow the same rule.
    text = b'data: {"id": "x", "object": "text_completion", "choices": [{"index": 0, "text": "hi"}]}\n\n'
    with pytest.raises(wushuang.APIStreamIncompleteError) as caught:
        list(
            mock_client(answering(text, DONE)).completions.create(
                model="gpt-3.5-turbo-instruct", prompt="hi", stream=True
            )
        )
    assert caught.value.partial == {0: "hi"}


async def test_async_done_before_the_finish_reason_raises() -> None:
    client = mock_async_client(answering(chunk("Once"), USAGE, DONE))
    stream = await client.chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.APIStreamIncompleteError) as caught:
        async for _ in stream:
            pass
    assert caught.value.partial == {0: "Once"} and stream.closed


def test_the_structured_stream_helper_raises_too() -> None:
    client = mock_client(answering(chunk('{"a": '), DONE))
    with client.chat.completions.stream(**CHAT) as stream, pytest.raises(wushuang.APIStreamIncompleteError):
        stream.get_final_completion()


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as emu:
        yield emu


def test_the_emulators_early_end_is_an_incomplete_stream(emulator: Emulator) -> None:
    emulator.reset()
    client = Wushuang(api_key=emulator.api_key, base_url=emulator.base_url, max_retries=0)
    emulator.faults.push(Fault(end_stream_early=3))
    received: list[Any] = []
    with pytest.raises(wushuang.APIStreamIncompleteError, match="choice 0 has no finish_reason") as caught:
        for item in client.chat.completions.create(**CHAT, max_tokens=50, stream=True):
            received.append(item)
    assert len(received) == 3 == caught.value.received
    assert caught.value.partial == {0: "".join(c.choices[0].delta.content or "" for c in received)}
    # The same call without the fault is whole.
    assert list(client.chat.completions.create(**CHAT, max_tokens=50, stream=True))[-1].choices[0].finish_reason
    with pytest.raises(ValueError, match="end_stream_early must be >= 0"):
        Fault(end_stream_early=-1)
    client.close()


async def test_async_the_emulators_early_end_is_an_incomplete_stream(emulator: Emulator) -> None:
    emulator.reset()
    emulator.faults.push(Fault(end_stream_early=2))
    async with AsyncWushuang(api_key=emulator.api_key, base_url=emulator.base_url, max_retries=0) as client:
        stream = await client.chat.completions.create(**CHAT, max_tokens=50, stream=True)
        with pytest.raises(wushuang.APIStreamIncompleteError):
            async for _ in stream:
                pass


# ------------------------------------------------------------------------ limits to the wait


class Paced(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body whose pieces arrive ``seconds`` apart on a fake clock (a keep-alive comment is a piece too)."""

    def __init__(self, fake: FakeTime, *pieces: tuple[float, bytes]) -> None:
        self.fake, self.pieces = fake, pieces

    def __iter__(self) -> Iterator[bytes]:
        for seconds, piece in self.pieces:
            self.fake.now += seconds
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


KEEP_ALIVE = b": PING\n\n"


def paced(fake: FakeTime, *pieces: tuple[float, bytes]) -> Any:
    return lambda request: httpx.Response(200, headers=SSE, stream=Paced(fake, *pieces))


STALL_AFTER_ONE = ((0, chunk("a")), (4, KEEP_ALIVE), (4, KEEP_ALIVE), (0, chunk("b", "stop")), (0, DONE))
SLOW_START = ((4, KEEP_ALIVE), (4, KEEP_ALIVE), (0, chunk("a", "stop")), (0, DONE))


@pytest.mark.parametrize(
    ("pieces", "where", "options", "message"),
    [
        (
            STALL_AFTER_ONE,
            "client",
            {"stream_idle_timeout": 5},
            r"stream_idle_timeout \(5 s\) passed without a chunk, after chunk 1",
        ),
        (STALL_AFTER_ONE, "call", {"stream_idle_timeout": 5}, "stream_idle_timeout"),
        (
            SLOW_START,
            "client",
            {"first_chunk_timeout": 5},
            r"first_chunk_timeout \(5 s\) passed without a chunk, before the first chunk",
        ),
        (SLOW_START, "with_options", {"first_chunk_timeout": 5}, "first_chunk_timeout"),
        (SLOW_START, "call", {"first_chunk_timeout": 5, "stream_idle_timeout": 60}, "first_chunk_timeout"),
    ],
)
def test_a_stream_past_its_limit_raises_a_timeout_naming_it(
    pieces: tuple[tuple[float, bytes], ...], where: str, options: dict[str, float], message: str
) -> None:
    fake = FakeTime()
    client = mock_client(paced(fake, *pieces), fake, **(options if where == "client" else {}))
    if where == "with_options":
        client = client.with_options(**options)
    call_options = options if where == "call" else {}
    stream = client.chat.completions.create(**CHAT, stream=True, **call_options)
    with pytest.raises(wushuang.APITimeoutError, match=message):
        list(stream)
    assert stream.closed and stream.response.is_closed
    # Within the limits the same stream is whole; a limit is per call, None lifting the client's.
    fake = FakeTime()
    client = mock_client(paced(fake, *pieces), fake, **{name: 9 for name in options})
    assert len(list(client.chat.completions.create(**CHAT, stream=True))) == 2 - (pieces is SLOW_START)
    fake = FakeTime()
    strict = mock_client(paced(fake, *pieces), fake, **options)
    lifted = {name: None for name in options}
    assert list(strict.chat.completions.create(**CHAT, stream=True, **lifted))


async def test_async_a_stream_past_its_idle_limit_raises() -> None:
    fake = FakeTime()
    client = mock_async_client(paced(fake, *STALL_AFTER_ONE), fake, stream_idle_timeout=5)
    stream = await client.chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.APITimeoutError, match="stream_idle_timeout"):
        async for _ in stream:
            pass


@pytest.mark.parametrize("value", [0, -1, float("nan"), "5", True])
def test_a_bad_limit_is_refused_before_anything_is_sent(value: object) -> None:
    sent: list[httpx.Request] = []
    client = mock_client(lambda request: sent.append(request) or httpx.Response(200))  # type: ignore[func-returns-value]
    with pytest.raises(wushuang.InvalidParameterError, match="stream_idle_timeout must be a number of seconds"):
        client.chat.completions.create(**CHAT, stream=True, stream_idle_timeout=value)  # type: ignore[arg-type]
    with pytest.raises(wushuang.InvalidParameterError, match="first_chunk_timeout"):
        Wushuang(api_key="sk-test", first_chunk_timeout=value)  # type: ignore[arg-type]
    assert not sent


def test_a_silent_stall_ends_at_the_limit_on_a_real_connection(emulator: Emulator) -> None:
    emulator.reset()
    client = Wushuang(api_key=emulator.api_key, base_url=emulator.base_url, max_retries=0, stream_idle_timeout=0.3)
    emulator.faults.push(Fault(stall_stream=3))
    stream = client.chat.completions.create(**CHAT, max_tokens=20, stream=True)
    assert next(stream).choices[0].delta is not None
    with pytest.raises(wushuang.APITimeoutError, match=r"stream_idle_timeout \(0.3 s\)"):
        next(stream)
    # A pause after the first chunk is no concern of the first chunk's limit.
    emulator.faults.push(Fault(stall_stream=0.6))
    lifted = {"first_chunk_timeout": 0.3, "stream_idle_timeout": None}
    assert list(client.chat.completions.create(**CHAT, max_tokens=20, stream=True, **lifted))
    # The first chunk's limit covers the wait for the answer's headers too.
    emulator.faults.push(Fault(delay=3))
    with pytest.raises(wushuang.APITimeoutError, match=r"first_chunk_timeout \(0.3 s\) passed before the answer"):
        client.chat.completions.create(**CHAT, max_tokens=20, stream=True, first_chunk_timeout=0.3)
    client.close()


async def test_async_a_silent_stall_ends_at_the_limit(emulator: Emulator) -> None:
    emulator.reset()
    emulator.faults.push(Fault(stall_stream=3))
    async with AsyncWushuang(
        api_key=emulator.api_key, base_url=emulator.base_url, max_retries=0, stream_idle_timeout=0.3
    ) as client:
        stream = await client.chat.completions.create(**CHAT, max_tokens=20, stream=True)
        await stream.__anext__()
        with pytest.raises(wushuang.APITimeoutError, match="stream_idle_timeout"):
            await stream.__anext__()


# ------------------------------------------------------------------------ a line that never ends

PIECE = 64 * 1024


class Endless(httpx.SyncByteStream, httpx.AsyncByteStream):
    """``size`` bytes of one line (after ``head``), made piece by piece as they are read."""

    def __init__(self, head: bytes, size: int) -> None:
        self.head, self.size = head, size

    def __iter__(self) -> Iterator[bytes]:
        yield self.head
        for _ in range(self.size // PIECE):
            yield b"x" * PIECE

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece


def _peak_of(work: Any) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("head", "content_type"),
    [(b"data: ", "text/event-stream"), (b'{"id": "', "application/json")],
    ids=["event line", "whole JSON body"],
)
def test_a_40_mb_line_against_a_1_mb_limit_raises_with_memory_held_near_the_limit(
    monkeypatch: pytest.MonkeyPatch, head: bytes, content_type: str
) -> None:
    from wushuang._core import sse

    monkeypatch.setattr(sse, "MAX_EVENT_BYTES", 1024 * 1024)
    size = 40 * 1024 * 1024
    client = mock_client(
        lambda request: httpx.Response(200, headers={"content-type": content_type}, stream=Endless(head, size))
    )

    def read() -> None:
        with pytest.raises(wushuang.APIResponseValidationError, match="longer than 1,048,576 bytes"):
            list(client.chat.completions.create(**CHAT, stream=True))

    warm = mock_client(answering(chunk("a", "stop"), DONE))
    list(warm.chat.completions.create(**CHAT, stream=True))  # imports and caches of a first call, not measured
    peak = _peak_of(read)
    assert peak < 4 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB reading a 40 MiB line"


async def test_async_a_line_past_the_limit_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    from wushuang._core import sse

    monkeypatch.setattr(sse, "MAX_EVENT_BYTES", 1024 * 1024)
    client = mock_async_client(lambda request: httpx.Response(200, headers=SSE, stream=Endless(b"data: ", 4 * 2**20)))
    stream = await client.chat.completions.create(**CHAT, stream=True)
    with pytest.raises(wushuang.APIResponseValidationError, match="MAX_EVENT_BYTES"):
        async for _ in stream:
            pass
    assert stream.response.is_closed


# ------------------------------------------------------------------------ a client that has gone


def test_the_emulator_stops_writing_to_a_stream_whose_client_has_gone(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.reset()
    client = Wushuang(api_key=emulator.api_key, base_url=emulator.base_url, max_retries=0)
    with caplog.at_level("DEBUG", logger="asyncio"):
        for i in range(20):
            stream = client.chat.completions.create(**CHAT, max_tokens=4000, stream=True, extra_body={"seed": i})
            next(stream)
            stream.close()
        # One more call: the streams before it have been given up by the server by the time it is answered.
        assert list(client.chat.completions.create(**CHAT, max_tokens=5, stream=True))
    writes = [r for r in caplog.records if "socket.send() raised exception" in r.getMessage()]
    assert writes == []
    client.close()
