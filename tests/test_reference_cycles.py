"""A call leaves nothing for the cyclic garbage collector: what it allocates is freed as soon as it is done with it.

httpx 0.28 binds each response's stream back to the response (a reference cycle); the send loop makes that link
weak. Garbage left in cycles piles up under load and ends in full collections that stall the event loop (the
loopback p99 in ``BENCHMARKS.md``). Traffic goes through ``httpx.MockTransport`` or to a server on 127.0.0.1.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta

import anyio
import httpx
import pytest
from _fakes import mock_async_client, mock_client
from _scripted_server import Reply, scripted_server

from wushuang import APIStatusError, AsyncWushuang, Wushuang

COMPLETION = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1700000000,
    "model": "gpt-3.5-turbo-instruct",
    "choices": [{"text": "hi", "index": 0, "logprobs": None, "finish_reason": "stop"}],
}
EVENTS = b"data: " + json.dumps(COMPLETION).encode() + b"\n\ndata: [DONE]\n\n"


def _answer(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    if body["prompt"] == "refused":
        return httpx.Response(400, json={"error": {"message": "refused", "type": "invalid_request_error"}})
    if body.get("stream"):
        return httpx.Response(200, content=EVENTS, headers={"content-type": "text/event-stream"})
    return httpx.Response(200, json=COMPLETION)


@contextmanager
def cyclic_garbage() -> Iterator[list[object]]:
    """Within, the cyclic collector is off; on leaving, the list holds what a collection then found unreachable."""
    gc.collect()
    found: list[object] = []
    was_enabled = gc.isenabled()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        yield found
        gc.collect()
        found.extend(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was_enabled:
            gc.enable()


def _kinds(objects: list[object]) -> Counter[str]:
    return Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in objects)


def http_objects(objects: list[object]) -> list[object]:
    """The objects of the HTTP stack and of the SDK among ``objects``: not those of other threads still running
    in the test process (a server on 127.0.0.1, an earlier test's emulator)."""
    return [
        o
        for o in objects
        if type(o).__module__.partition(".")[0] in ("httpx", "httpcore", "h11", "wushuang", "wushuang_client")
        and not type(o).__module__.startswith("wushuang.testing")
    ]


def _complete(client: Wushuang) -> None:
    client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hello")


def _stream(client: Wushuang) -> None:
    with client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hello", stream=True) as stream:
        assert [chunk.id for chunk in stream] == ["cmpl-1"]


def _refused(client: Wushuang) -> None:
    with pytest.raises(APIStatusError):
        client.completions.create(model="gpt-3.5-turbo-instruct", prompt="refused")


async def _acomplete(client: AsyncWushuang) -> None:
    await client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hello")


async def _astream(client: AsyncWushuang) -> None:
    async with await client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hello", stream=True) as stream:
        assert [chunk.id async for chunk in stream] == ["cmpl-1"]


async def _arefused(client: AsyncWushuang) -> None:
    with pytest.raises(APIStatusError):
        await client.completions.create(model="gpt-3.5-turbo-instruct", prompt="refused")


@pytest.mark.parametrize("call", [_complete, _stream, _refused], ids=["completion", "stream", "status error"])
def test_a_call_leaves_no_cyclic_garbage(call: Callable[[Wushuang], None]) -> None:
    client = mock_client(_answer)
    call(client)  # first: lazy imports and caches, which stay
    with cyclic_garbage() as found:
        call(client)
    assert not http_objects(found), _kinds(found)


@pytest.mark.parametrize("call", [_acomplete, _astream, _arefused], ids=["completion", "stream", "status error"])
async def test_an_async_call_leaves_no_cyclic_garbage(call: Callable[[AsyncWushuang], Awaitable[None]]) -> None:
    client = mock_async_client(_answer)
    await call(client)
    with cyclic_garbage() as found:
        await call(client)
        for _ in range(5):  # the event loop closes an async generator left unfinished a few turns later
            await anyio.sleep(0)
    assert not http_objects(found), _kinds(found)


async def test_concurrent_calls_on_the_sdks_own_client_leave_no_http_objects_in_cycles() -> None:
    # The SDK's own client: httpcore's connections and the fair pool, over real sockets.
    with scripted_server() as server:
        server.script = [Reply(200, json.dumps(COMPLETION).encode(), {"Content-Type": "application/json"})] * 40
        async with AsyncWushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            await _acomplete(client)

            async def calls() -> None:
                for _ in range(3):
                    await _acomplete(client)

            with cyclic_garbage() as found:
                async with anyio.create_task_group() as group:
                    for _ in range(8):
                        group.start_soon(calls)
    assert not http_objects(found), _kinds(http_objects(found))


def test_elapsed_is_still_set_when_the_response_closes() -> None:
    with scripted_server() as server:
        server.script = [Reply(200, json.dumps(COMPLETION).encode(), {"Content-Type": "application/json"})]
        with Wushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
            raw = client.completions.with_raw_response.create(model="gpt-3.5-turbo-instruct", prompt="hello")
    assert raw.http_response.is_closed
    assert raw.http_response.elapsed > timedelta(0)
