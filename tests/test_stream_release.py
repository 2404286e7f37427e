"""A stream dropped without ``close()`` gives its connection back at once, and never deadlocks doing so.

The defect guarded: a sync stream held a reference cycle (the stream, its chunk generator, the generator's frame),
so one dropped unclosed was freed only by the cyclic garbage collector, whose finalisers then closed the response;
closing takes httpcore's pool lock, and a collection that starts while the same thread holds that lock waited for
ever. Until a collection ran, the connection stayed taken: the third call on a pool of two waited for a
``PoolTimeout``. Traffic goes to a scripted server on 127.0.0.1 (a real pool, real locks).
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from _scripted_server import Reply, scripted_server

from wushuang import AsyncWushuang, SpendWarning, Wushuang

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}
SMALL_POOL = httpx.Limits(max_connections=2, max_keepalive_connections=2)


def _chunk(text: str | None, finish_reason: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    choice = {"index": 0, "delta": delta, "finish_reason": finish_reason}
    return (
        b"data: " + json.dumps({"id": "c1", "object": "chat.completion.chunk", "choices": [choice]}).encode() + b"\n\n"
    )


BODY = b"".join(_chunk(str(i)) for i in range(5)) + _chunk(None, "stop") + b"data: [DONE]\n\n"
REPLY = Reply(body=BODY, headers={"Content-Type": "text/event-stream"})


def _in_thread(work: Callable[[], Any], timeout: float) -> Any:
    """Run ``work`` in a thread; fail (rather than hang the test run) if it has not ended within ``timeout``."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(("ok", work()))
        except BaseException as exc:  # noqa: BLE001 (reported below)
            outcome.append(("error", exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        pytest.fail(f"hung: still running after {timeout} s")
    kind, value = outcome[0]
    if kind == "error":
        raise value
    return value


@contextmanager
def _collections(threshold: int) -> Iterator[None]:
    """Within, the cyclic collector runs every ``threshold`` allocations (at any point, inside httpcore too)."""
    old = gc.get_threshold()
    gc.set_threshold(threshold, 1, 1)
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _client(server_url: str, **options: Any) -> Wushuang:
    http = httpx.Client(limits=SMALL_POOL, timeout=httpx.Timeout(5.0, pool=2.0))
    return Wushuang(api_key="sk-test", base_url=server_url, max_retries=0, http_client=http, **options)


def test_streams_dropped_unclosed_under_collection_pressure_neither_hang_nor_hold_the_pool() -> None:
    with scripted_server() as server, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        server.default = REPLY
        client = _client(server.base_url)

        def drop_many() -> int:
            with _collections(1):
                for i in range(150):
                    stream = client.chat.completions.create(**CHAT, stream=True)
                    if i % 2:
                        next(stream)
                    del stream
            return i

        assert _in_thread(drop_many, timeout=60) == 149
        client.close()


@pytest.mark.parametrize("options", [{}, {"track_spend": True}], ids=["plain", "spend-tracked"])
def test_a_dropped_stream_gives_its_connection_back_without_the_collector(options: dict[str, Any]) -> None:
    # A middleware's hooks keep the call's state; a result kept there strongly would make a cycle again.
    with scripted_server() as server, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        warnings.simplefilter("ignore", SpendWarning)  # the scripted server has no price list
        server.default = REPLY
        client = _client(server.base_url, **options)
        gc.disable()
        try:
            for started in (False, True, False, True):  # four dropped streams on a pool of two
                stream = client.chat.completions.create(**CHAT, stream=True)
                if started:
                    next(stream)
                del stream
            with client.chat.completions.stream(**CHAT) as helper:
                next(iter(helper))
            del helper
            stream = client.chat.completions.create(**CHAT, stream=True)
            assert [c.choices[0].delta.content for c in stream][:2] == ["0", "1"]
        finally:
            gc.enable()
        client.close()


def test_a_stream_collected_while_its_thread_holds_the_pool_lock_closes_later_without_deadlock() -> None:
    with scripted_server() as server, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        server.default = REPLY
        client = _client(server.base_url)
        http = client._http
        lock = http._transport._pool._optional_thread_lock  # what closing a response takes

        def collect_in_a_cycle() -> httpx.Response:
            stream = client.chat.completions.create(**CHAT, stream=True)
            next(stream)
            response = stream.response
            holder: dict[str, Any] = {"stream": stream}
            holder["self"] = holder  # the caller's own cycle: only the collector can free it
            del stream, holder
            with lock:  # as when a collection starts inside httpcore
                gc.collect()
            return response

        response = _in_thread(collect_in_a_cycle, timeout=20)
        for _ in range(200):  # the closer thread closes it once the lock is free
            if response.is_closed:
                break
            threading.Event().wait(0.01)
        assert response.is_closed
        stream = client.chat.completions.create(**CHAT, stream=True)
        assert len(list(stream)) == 6
        client.close()


def test_dropped_async_streams_give_their_connections_back_without_the_collector() -> None:
    async def main() -> None:
        with scripted_server() as server, warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            server.default = REPLY
            http = httpx.AsyncClient(limits=SMALL_POOL, timeout=httpx.Timeout(5.0, pool=2.0))
            client = AsyncWushuang(api_key="sk-test", base_url=server.base_url, max_retries=0, http_client=http)
            closed: list[bool] = []
            gc.disable()
            try:
                for started in (False, True, False, True):
                    stream = await client.chat.completions.create(**CHAT, stream=True)
                    if started:
                        await stream.__anext__()
                    response = stream.response
                    del stream
                    for _ in range(5):  # the close runs as a task on this loop
                        await asyncio.sleep(0)
                    closed.append(response.is_closed)
                stream = await client.chat.completions.create(**CHAT, stream=True)
                assert len([chunk async for chunk in stream]) == 6
            finally:
                gc.enable()
            assert closed == [True] * 4
            await http.aclose()

    _in_thread(lambda: asyncio.run(main()), timeout=30)


def test_an_async_stream_closes_httpxs_byte_generator_itself() -> None:
    finalised: list[object] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        hooks = loop._asyncgen_finalizer_hook  # type: ignore[attr-defined]

        def finaliser(agen: Any) -> None:  # the loop's hook for an async generator left to the collector
            finalised.append(agen)
            hooks(agen)

        import sys

        sys.set_asyncgen_hooks(finalizer=finaliser)
        with scripted_server() as server:
            server.default = REPLY
            async with AsyncWushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
                stream = await client.chat.completions.create(**CHAT, stream=True)
                async for _ in stream:
                    break
                stream = await client.chat.completions.create(**CHAT, stream=True)
                await stream.__anext__()
                await stream.aclose()
                gc.collect()
                await asyncio.sleep(0)

    _in_thread(lambda: asyncio.run(main()), timeout=30)
    # httpx's own inner generators (aiter_raw, ...) are its to close; the one the stream reads is the stream's.
    assert [agen for agen in finalised if agen.__qualname__ == "Response.aiter_bytes"] == []


def test_a_stream_whose_response_a_with_block_closed_is_not_called_forgotten() -> None:
    with scripted_server() as server, warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always", ResourceWarning)
        server.default = REPLY
        client = _client(server.base_url)
        with client.with_streaming_response.chat.completions.create(**CHAT, stream=True) as response:
            stream = response.parse()
            next(stream)
        assert stream.response.is_closed
        del stream, response
        client.close()
    assert not [w for w in seen if "garbage-collected" in str(w.message)]
