"""Clients over ``httpx.MockTransport`` on a fake clock: polls and back-offs run without waiting."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any, BinaryIO

import httpx

from wushuang import AsyncWushuang, Wushuang

Handler = Callable[[httpx.Request], httpx.Response]


class FakeTime:
    """A client clock that moves only when the client sleeps; ``sleeps`` lists every pause asked for."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def mock_client(handler: Handler, fake: FakeTime | None = None, **options: Any) -> Wushuang:
    """A client answered by ``handler`` (no retries unless ``max_retries`` is given), on ``fake`` time."""
    options.setdefault("max_retries", 0)
    return Wushuang(
        api_key="sk-test",
        base_url="http://relay.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        clock=fake or FakeTime(),
        **options,
    )


def mock_async_client(handler: Handler, fake: FakeTime | None = None, **options: Any) -> AsyncWushuang:
    """The async twin of ``mock_client``."""
    options.setdefault("max_retries", 0)
    return AsyncWushuang(
        api_key="sk-test",
        base_url="http://relay.test",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        clock=fake or FakeTime(),
        **options,
    )


def pipe_of(data: bytes) -> BinaryIO:
    """The read end of a pipe a thread writes ``data`` into: a file that cannot seek (one-shot upload bodies)."""
    read_end, write_end = os.pipe()

    def write() -> None:
        os.write(write_end, data)
        os.close(write_end)

    threading.Thread(target=write, daemon=True).start()
    return os.fdopen(read_end, "rb")
