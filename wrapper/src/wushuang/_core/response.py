"""What a call returns besides a decoded model: raw responses, streamed responses and binary bodies.

``RawResponse`` is what ``with_raw_response`` gives: status, headers, request id, retries taken, and ``parse()`` for
the typed result. ``StreamedResponse`` / ``AsyncStreamedResponse`` are what ``with_streaming_response`` gives inside
its ``with`` block: the response with its body not yet read, to be read whole, in chunks or by lines, or parsed.
``BinaryResponse`` / ``AsyncBinaryResponse`` hold an unread binary body (file content, speech) that can be read
whole or streamed to a file without holding it in memory. Every one of them can be closed, and is a context
manager that closes it. A raw response not yet parsed, or a binary body, garbage-collected with its body unread
and unclosed warns (``ResourceWarning``) and gives its connection back (``release_forgotten``).
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from wushuang._core.errors import APIResponseDecodingError, APIResponseValidationError, body_error
from wushuang._core.model import TOO_DEEP

__all__ = [
    "AsyncBinaryResponse",
    "AsyncStreamedResponse",
    "BinaryResponse",
    "RawResponse",
    "StreamedResponse",
    "release_forgotten",
]

T = TypeVar("T")
CHUNK_SIZE = 64 * 1024
_CLOSING: set[Any] = set()  # close tasks started by finalisers, kept referenced until they are done


def release_forgotten(response: httpx.Response, kind: str, source: object, *, released: bool = False) -> None:
    """From a finaliser: if ``response`` is still open, warn that the ``kind`` (of result) over it was forgotten, and
    give its connection back.

    Like an unclosed file, a stream or body dropped without ``close()`` (no ``with``, not read to the end) says so
    with a ``ResourceWarning`` naming the call (shown by ``python -X dev``, ``-W default`` and pytest). A sync
    response is closed at once. An async one cannot be awaited here: its close runs as a task on the running
    asyncio loop; with none in this thread (trio, or collected in another thread) its connection stays taken
    until the client is closed. ``released``: the collector has already closed it (through the finaliser of a
    generator reading it), and the caller had not, so warn all the same.
    """
    if response.is_closed and not released:
        return
    request = response.request
    warnings.warn(
        f"{kind} of {request.method} {request.url.path} was garbage-collected without being closed, holding a "
        "connection; use `with`, or read it to the end",
        ResourceWarning,
        stacklevel=2,
        source=source,
    )
    if response.is_closed:
        return
    try:
        if isinstance(response.stream, httpx.SyncByteStream):
            response.close()
            return
        import asyncio

        task = asyncio.get_running_loop().create_task(response.aclose())
    except Exception:  # noqa: BLE001 (a finaliser must not raise: a failed close leaves the pool to reclaim it)
        return
    _CLOSING.add(task)
    task.add_done_callback(_CLOSING.discard)


class _ResponseBase(Generic[T]):
    """The facts of a response that every kind of result shows."""

    def __init__(
        self, response: httpx.Response, retries_taken: int, parse: Callable[[], T], *, needs_body: bool = False
    ) -> None:
        self.http_response = response
        self.retries_taken = retries_taken
        self._parse = parse
        self._parsed: list[T] = []
        self._needs_body = needs_body  # parse() decodes the body (not a stream or binary result over it)

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

    @property
    def http_request(self) -> httpx.Request:
        """The ``httpx.Request`` that was sent (the last attempt's, after retries)."""
        return self.http_response.request

    def _parse_once(self) -> T:
        if not self._parsed:
            self._parsed.append(self._parse())
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {self.url.path}>"


class RawResponse(_ResponseBase[T]):
    """The HTTP response of a call, with the typed result one ``parse()`` away.

    A JSON body has been read; the body of a stream or a binary result is still unread: ``parse()`` gives the
    ``Stream`` / ``BinaryResponse`` over it, and ``close()`` (or leaving a ``with`` / ``async with`` block)
    gives the connection back without reading it.
    """

    def parse(self) -> T:
        """The typed result, decoded once (the same object on every call)."""
        return self._parse_once()

    def close(self) -> None:
        """Close the response of a sync client (a no-op when its body has been read)."""
        self.http_response.close()

    async def aclose(self) -> None:
        """Close the response of an async client."""
        await self.http_response.aclose()

    def __enter__(self) -> RawResponse[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def __aenter__(self) -> RawResponse[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def __del__(self) -> None:
        # Once parsed, the body belongs to the result (a stream or a binary body), which warns for itself.
        if not getattr(self, "_parsed", True):
            release_forgotten(self.http_response, "RawResponse", self)


class StreamedResponse(_ResponseBase[T]):
    """A response whose body has not been read yet (``with client.with_streaming_response...``); closed on exit."""

    def read(self) -> bytes:
        """The whole body."""
        try:
            return self.http_response.read()
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks as they arrive."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    def iter_lines(self) -> Iterator[str]:
        """The body as text lines, as they arrive."""
        try:
            yield from self.http_response.iter_lines()
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    def parse(self) -> T:
        """The typed result: reads the body first, unless the result is itself a stream or a binary body."""
        if not self._parsed and self._needs_body:
            self.read()
        return self._parse_once()

    def close(self) -> None:
        self.http_response.close()

    def __enter__(self) -> StreamedResponse[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStreamedResponse(_ResponseBase[T]):
    """The async twin of ``StreamedResponse`` (``async with client.with_streaming_response...``)."""

    async def read(self) -> bytes:
        """The whole body."""
        try:
            return await self.http_response.aread()
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    async def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body as text lines, as they arrive."""
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    async def parse(self) -> T:
        """The typed result: reads the body first, unless the result is itself a stream or a binary body."""
        if not self._parsed and self._needs_body:
            await self.read()
        return self._parse_once()

    async def close(self) -> None:
        await self.http_response.aclose()

    async def __aenter__(self) -> AsyncStreamedResponse[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


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

    @property
    def encoding(self) -> str | None:
        """The text encoding of the body: the ``charset`` of its content type, else a guess from the bytes."""
        return self.response.encoding

    def _read_body(self) -> bytes:
        if not hasattr(self.response, "_content"):
            raise RuntimeError(
                f"the body of this {type(self).__name__} has not been read: `await response.read()` first"
            )
        return self.response.content

    @property
    def content(self) -> bytes:
        """The whole body (read now if it was not)."""
        return self._read_body()

    @property
    def text(self) -> str:
        """The whole body as text, decoded with ``encoding``."""
        self._read_body()
        return self.response.text

    def json(self, **kwargs: Any) -> Any:
        """The whole body parsed as JSON (``json.loads`` keyword arguments pass through); a body that is not JSON,
        or is nested too deeply to decode, raises ``APIResponseDecodingError``."""
        body = self._read_body()
        try:
            return json.loads(body, **kwargs)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, an overlong integer
            problem = TOO_DEEP if isinstance(exc, RecursionError) else str(exc)
            raise APIResponseDecodingError(f"the body is not valid JSON ({problem})", response=self.response) from None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.content_type}>"

    def __del__(self) -> None:
        if hasattr(self, "response"):
            release_forgotten(self.response, type(self).__name__, self)


def check_encoding_ended(response: httpx.Response) -> None:
    """Raise if a gzip or deflate body stopped before its compressed data did (httpx's decoders do not check):
    the bytes read so far would otherwise pass for the whole body."""
    decoder = getattr(response, "_decoder", None)
    for part in getattr(decoder, "children", None) or (decoder,):
        decompressor = getattr(part, "decompressor", None)
        if getattr(decompressor, "eof", True) is False:
            raise APIResponseValidationError(
                "the response body was cut short: its compressed data "
                f"({response.headers.get('content-encoding', '')}) stopped before its end",
                response=response,
            )


class BinaryResponse(_BinaryBase):
    """A binary body not yet read. Read it once: whole, in chunks, or into a file. Closes when done.

    ``content``, ``text`` and ``json()`` read the whole body first, as the official ``openai`` SDK's binary answers
    do; after ``read()`` they give the same bytes again.
    """

    def _read_body(self) -> bytes:
        return self.read()

    def read(self) -> bytes:
        """The whole body (held in memory)."""
        try:
            data = self.response.read()
            check_encoding_ended(self.response)
            return data
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (None: as they arrive); closed at the end or when you stop."""
        try:
            yield from self.response.iter_bytes(chunk_size)
            check_encoding_ended(self.response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
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
    """The async twin of ``BinaryResponse``; ``content``, ``text`` and ``json()`` need ``await read()`` first."""

    async def read(self) -> bytes:
        """The whole body (held in memory)."""
        try:
            data = await self.response.aread()
            check_encoding_ended(self.response)
            return data
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            await self.response.aclose()

    async def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks of ``chunk_size`` bytes (None: as they arrive); closed at the end or when you stop."""
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
            check_encoding_ended(self.response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` chunk by chunk; returns the number of bytes written."""
        import anyio

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
