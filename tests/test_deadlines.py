"""Every wait and poll helper keeps its ``timeout``: the retries and the per-request timeouts of its fetches end by
the wait's deadline, on the client's clock, against a relay that stalls or asks to be retried after the deadline.

On the fake clock, a "stall" is an attempt that uses up its whole read timeout; then the same against a stalling
server on 127.0.0.1, in real time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client
from _scripted_server import Reply, scripted_server

import wushuang
from wushuang import APITimeoutError, AsyncWushuang, MidjourneyTimeoutError, PollTimeoutError, RateLimitError, Wushuang

Wait = Callable[[Any], Any]

# Each helper with timeout=1 and the error it ends with when its time is up.
WAITS: dict[str, tuple[Wait, type[Exception]]] = {
    "tasks.wait": (lambda c: c.midjourney.tasks.wait("100", timeout=1, interval=0.25), MidjourneyTimeoutError),
    "tasks.wait_many": (
        lambda c: c.midjourney.tasks.wait_many(["100"], timeout=1, interval=0.25),
        MidjourneyTimeoutError,
    ),
    "runs.poll": (lambda c: c.beta.threads.runs.poll("run_1", thread_id="thread_1", timeout=1), PollTimeoutError),
    "fine_tuning.jobs.wait": (lambda c: c.fine_tuning.jobs.wait("ftjob-1", timeout=1), PollTimeoutError),
    "files.wait_for_processing": (lambda c: c.files.wait_for_processing("file-1", timeout=1), PollTimeoutError),
}


def stalling(fake: FakeTime, seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    """A relay that never answers: each attempt waits out its read timeout (on the fake clock), then times out."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        fake.now += request.extensions["timeout"]["read"]
        raise httpx.ReadTimeout("stalled", request=request)

    return handler


def retry_after(seconds: str) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(429, headers={"Retry-After": seconds}, json={"error": {"message": "busy"}})


async def run(wait: Wait, client: Wushuang | AsyncWushuang) -> Any:
    result = wait(client)
    return await result if isinstance(result, Awaitable) else result


@pytest.mark.parametrize("name", WAITS)
@pytest.mark.parametrize("make", [mock_client, mock_async_client], ids=["sync", "async"])
async def test_a_stalling_relay_cannot_hold_a_wait_past_its_timeout(name: str, make: Any) -> None:
    wait, error = WAITS[name]
    fake, seen = FakeTime(), []
    client = make(stalling(fake, seen), fake, max_retries=2)
    with pytest.raises(error) as caught:
        await run(wait, client)
    assert fake.now == pytest.approx(1.0)  # it used to be 4.5 s: three attempts of 1 s and two back-offs
    assert all(r.extensions["timeout"]["read"] <= 1.0 for r in seen)
    assert isinstance(caught.value.__cause__, APITimeoutError)


@pytest.mark.parametrize("name", WAITS)
@pytest.mark.parametrize("make", [mock_client, mock_async_client], ids=["sync", "async"])
async def test_a_retry_after_beyond_the_deadline_is_not_waited_for(name: str, make: Any) -> None:
    wait, error = WAITS[name]
    # The Midjourney waits outlast a 429 until their deadline; a status poll ends with the relay's error at once.
    expected = error if error is MidjourneyTimeoutError else RateLimitError
    fake = FakeTime()
    client = make(retry_after("6"), fake, max_retries=2)
    with pytest.raises(expected):
        await run(wait, client)
    assert all(pause < 1 for pause in fake.sleeps), fake.sleeps  # it used to sleep 6 s twice
    assert fake.now <= 1.0


def test_a_retry_that_ends_before_the_deadline_is_still_made() -> None:
    fake = FakeTime()
    answers = iter([httpx.Response(429, headers={"Retry-After": "0.5"}), httpx.Response(200, json={"id": "run_1"})])
    client = mock_client(lambda request: next(answers), fake, max_retries=2)
    with pytest.raises(PollTimeoutError):
        client.beta.threads.runs.poll("run_1", thread_id="thread_1", timeout=1, interval=5)
    assert fake.sleeps == [0.5, 0.5]  # the retry's pause, then the rest of the wait: it gives up at 1 s


@pytest.mark.parametrize("name", ["tasks.wait", "runs.poll"])
def test_a_wait_gives_up_at_its_timeout_not_an_interval_early(name: str) -> None:
    # Polls at 0 and 2 s; the next one would come after the 3 s deadline: the wait sleeps to it, fetches no more.
    fake = FakeTime()
    requests: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(fake.now)
        if "/mj/" in request.url.path:
            return httpx.Response(200, json={"id": "1", "status": "IN_PROGRESS", "progress": "10%"})
        return httpx.Response(200, json={"id": "run_1", "object": "thread.run", "status": "in_progress"})

    client = mock_client(handler, fake)
    with pytest.raises((MidjourneyTimeoutError, PollTimeoutError)):
        if name == "tasks.wait":
            client.midjourney.tasks.wait("1", timeout=3, interval=2)
        else:
            client.beta.threads.runs.poll("run_1", thread_id="thread_1", timeout=3, interval=2)
    assert requests == [0, 2] and fake.now == 3


@pytest.mark.parametrize("name", ["tasks.wait", "runs.poll", "fine_tuning.jobs.wait"])
@pytest.mark.parametrize("reply", ["stall", "retry_after"])
def test_against_a_real_server_the_wait_ends_by_its_deadline(name: str, reply: str) -> None:
    wait, _ = WAITS[name]
    step = Reply(delay=3.0) if reply == "stall" else Reply(status=429, headers={"Retry-After": "6"})
    with scripted_server() as server:
        server.default = step
        with Wushuang(api_key="sk-test", base_url=server.base_url, max_retries=2) as client:
            started = time.monotonic()
            with pytest.raises((MidjourneyTimeoutError, PollTimeoutError, RateLimitError)):
                wait(client)
            elapsed = time.monotonic() - started
    assert elapsed < 1.5, f"{name} took {elapsed:.2f} s with timeout=1"


async def test_async_against_a_real_stalling_server() -> None:
    with scripted_server() as server:
        server.default = Reply(delay=3.0)
        async with AsyncWushuang(api_key="sk-test", base_url=server.base_url, max_retries=2) as client:
            started = time.monotonic()
            with pytest.raises(MidjourneyTimeoutError):
                await asyncio.wait_for(client.midjourney.tasks.wait("100", timeout=1, interval=0.25), 10)
            assert time.monotonic() - started < 1.5


def test_calls_outside_a_wait_keep_their_own_timeouts_and_retries() -> None:
    fake, seen = FakeTime(), []
    client = mock_client(stalling(fake, seen), fake, max_retries=2)
    with pytest.raises(APITimeoutError):
        client.beta.threads.runs.retrieve("run_1", thread_id="thread_1")
    assert len(seen) == 3 and [r.extensions["timeout"]["read"] for r in seen] == [5.0, 5.0, 5.0]


@pytest.mark.parametrize(
    ("status", "message", "error"),
    [
        (503, "当前分组 default 下对于模型 midjourney 无可用渠道", "NoChannelError"),
        (429, "您已达到请求数限制：1分钟内最多请求10次", "RequestLimitError"),
    ],
)
def test_a_wait_stops_at_a_gateway_condition_that_waiting_cannot_cure(status: int, message: str, error: str) -> None:
    # A 5xx or 429 is waited out until the deadline, but not one the relay says no retry can cure.
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json={"error": {"message": message, "type": "new_api_error"}})

    fake = FakeTime()
    with mock_client(handler, fake, max_retries=2) as client, pytest.raises(getattr(wushuang, error)):
        client.midjourney.tasks.wait("100", timeout=60, interval=1)
    assert len(seen) == 1 and fake.now < 1
