"""Clients for the suite, and the traffic they saw: each client's HTTP client records the last exchanges (method,
URL, status, and the head and tail of the body as the server sent it, event streams included), so a failing call
is reported with the server's own bytes."""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import openai

import wushuang

KEEP = 1200  # bytes kept of each end of a body


@dataclass
class Exchange:
    method: str
    url: str
    status: int
    head: bytearray = field(default_factory=bytearray)
    tail: bytearray = field(default_factory=bytearray)
    size: int = 0

    def feed(self, chunk: bytes) -> None:
        self.size += len(chunk)
        room = KEEP - len(self.head)
        if room > 0:
            self.head += chunk[:room]
            chunk = chunk[room:]
        if chunk:
            self.tail += chunk
            del self.tail[: max(0, len(self.tail) - KEEP)]

    def body(self) -> str:
        text = self.head.decode("utf-8", "replace")
        if self.tail:
            skipped = self.size - len(self.head) - len(self.tail)
            text += (f"\n[... {skipped} bytes ...]\n" if skipped > 0 else "") + self.tail.decode("utf-8", "replace")
        return text


class _Tee(httpx.SyncByteStream):
    def __init__(self, inner: Any, exchange: Exchange) -> None:
        self.inner, self.exchange = inner, exchange

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.exchange.feed(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class _AsyncTee(httpx.AsyncByteStream):
    def __init__(self, inner: Any, exchange: Exchange) -> None:
        self.inner, self.exchange = inner, exchange

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.exchange.feed(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


class Recorder:
    def __init__(self) -> None:
        self.exchanges: deque[Exchange] = deque(maxlen=6)

    def start(self, request: httpx.Request, response: httpx.Response) -> Exchange:
        exchange = Exchange(request.method, str(request.url), response.status_code)
        self.exchanges.append(exchange)
        return exchange


class _Transport(httpx.HTTPTransport):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.stream = _Tee(response.stream, self.recorder.start(request, response))
        return response


class _AsyncTransport(httpx.AsyncHTTPTransport):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        response.stream = _AsyncTee(response.stream, self.recorder.start(request, response))
        return response


TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def make_client(lib: str, aio: bool, base_url: str, key: str, recorder: Recorder) -> tuple[Any, Any]:
    """A client of `lib` ("wushuang" or "openai") for the server at `base_url` (its host root), without retries,
    and its HTTP client (the caller's to close: neither SDK closes an HTTP client it was given)."""
    if aio:
        http: httpx.Client | httpx.AsyncClient = httpx.AsyncClient(transport=_AsyncTransport(recorder), timeout=TIMEOUT)
    else:
        http = httpx.Client(transport=_Transport(recorder), timeout=TIMEOUT)
    if lib == "wushuang":
        cls: Any = wushuang.AsyncWushuang if aio else wushuang.Wushuang
        return cls(api_key=key, base_url=base_url, max_retries=0, http_client=http), http
    cls = openai.AsyncOpenAI if aio else openai.OpenAI
    return cls(api_key=key, base_url=f"{base_url}/v1", max_retries=0, http_client=http), http
