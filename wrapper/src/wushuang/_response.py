"""Raw responses and binary bodies.

``RawResponse`` gives what ``client.with_raw_response`` promises: status, headers, request id, retries taken, and
``parse()`` for the typed result. ``BinaryResponse`` / ``AsyncBinaryResponse`` hold an unread body (file content,
speech) that can be read whole or streamed to a file without holding it in memory.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Generic, TypeVar

import anyio
import httpx

from wushuang._errors import connection_error

__all__ = ["AsyncBinaryResponse", "BinaryResponse", "RawResponse"]

T = TypeVar("T")
CHUNK_SIZE = 64 * 1024


class RawResponse(Generic[T]):
    """The HTTP response of a call, with the typed result one ``parse()`` away."""

    def __init__(self, response: httpx.Response, retries_taken: int, parse: Callable[[], T]) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The relay's ``x-request-id``."""
        value: str | None = self.http_response.headers.get("x-request-id")
        return value

    @property
    def url(self) -> httpx.URL:
        return self.http_response.request.url.copy_with(query=None)

    def parse(self) -> T:
        """The typed result, decoded once (the same object on every call)."""
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.url.path}>"


class _BinaryBase:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def content_type(self) -> str | None:
        value: str | None = self.response.headers.get("content-type")
        return value

    @property
    def request_id(self) -> str | None:
        value: str | None = self.response.headers.get("x-request-id")
        return value

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.content_type}>"


class BinaryResponse(_BinaryBase):
    """A binary body not yet read. Read it once: whole, in chunks, or into a file. Closes when done."""

    def read(self) -> bytes:
        """The whole body (held in memory)."""
        try:
            return self.response.read()
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks as they arrive; the response is closed at the end or when you stop."""
        try:
            yield from self.response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` chunk by chunk; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as handle:
            for chunk in self.iter_bytes():
                handle.write(chunk)
                written += len(chunk)
        return written

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> BinaryResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBinaryResponse(_BinaryBase):
    """The async twin of ``BinaryResponse``."""

    async def read(self) -> bytes:
        """The whole body (held in memory)."""
        try:
            return await self.response.aread()
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            await self.response.aclose()

    async def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive; the response is closed at the end or when you stop."""
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` chunk by chunk; returns the number of bytes written."""
        written = 0
        async with await anyio.open_file(path, "wb") as handle:
            async for chunk in self.iter_bytes():
                await handle.write(chunk)
                written += len(chunk)
        return written

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
