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

import contextlib
import json
import os
import secrets
import stat
import warnings
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from wushuang._core.errors import APIResponseDecodingError, body_error, request_id_of
from wushuang._core.model import TOO_DEEP
from wushuang._core.release import close_safely

__all__ = [
    "AsyncBinaryResponse",
    "AsyncStreamedResponse",
    "BinaryResponse",
    "RawResponse",
    "StreamedResponse",
    "awrite_file",
    "check_body_complete",
    "release_forgotten",
    "write_file",
]

T = TypeVar("T")
CHUNK_SIZE = 64 * 1024
_CLOSING: set[Any] = set()  # close tasks started by finalisers, kept referenced until they are done


def release_forgotten(response: httpx.Response, kind: str, source: object, *, generator: Any = None) -> None:
    """From a finaliser: warn that the ``kind`` (of result) over ``response`` was forgotten, and give its connection
    back: close ``generator`` (a stream's chunk generator, still open) and the response. A response already closed
    (by a ``with`` block around the raw or streamed response) was not forgotten: its generator is closed unsaid.

    Like an unclosed file, a stream or body dropped without ``close()`` (no ``with``, not read to the end) says so
    with a ``ResourceWarning`` naming the call (shown by ``python -X dev``, ``-W default`` and pytest). A sync
    response is closed at once (by the closer thread when the finaliser runs inside a garbage collection, see
    ``wushuang._core.release``). An async one cannot be awaited here: its close runs as a task on the running
    asyncio loop; with none in this thread (trio, or collected in another thread) its connection stays taken
    until the client is closed.
    """
    if not response.is_closed:
        request = response.request
        warnings.warn(
            f"{kind} of {request.method} {request.url.path} was garbage-collected without being closed, holding a "
            "connection; use `with`, or read it to the end",
            ResourceWarning,
            stacklevel=2,
            source=source,
        )
    elif generator is None:
        return
    if isinstance(response.stream, httpx.SyncByteStream):

        def close() -> None:
            if generator is not None:
                generator.close()
            response.close()

        close_safely(close)
        return

    async def aclose() -> None:
        if generator is not None:
            await generator.aclose()
        await response.aclose()

    closing = aclose()
    try:
        import asyncio

        task = asyncio.get_running_loop().create_task(closing)
    except Exception:  # noqa: BLE001 (a finaliser must not raise: a failed close leaves the pool to reclaim it)
        closing.close()
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
        """The relay's id of the request: ``X-Oneapi-Request-Id`` (new-api, one-api), else ``x-request-id``."""
        return request_id_of(self.http_response.headers)

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
        """The whole body; raises if it is not whole (see ``iter_bytes``)."""
        try:
            data = self.http_response.read()
            check_body_complete(self.http_response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc
        return data

    def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks as they arrive. A body cut short (fewer bytes than its ``Content-Length``, compressed
        data that stops before its end) raises at its end, ``APIConnectionError`` or ``APIResponseValidationError``,
        rather than end as if it were whole."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
            check_body_complete(self.http_response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    def iter_lines(self) -> Iterator[str]:
        """The body as text lines, as they arrive; raises at the end of a body cut short (see ``iter_bytes``)."""
        try:
            yield from self.http_response.iter_lines()
            check_body_complete(self.http_response)
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
        """The whole body; raises if it is not whole (see ``StreamedResponse.iter_bytes``)."""
        try:
            data = await self.http_response.aread()
            check_body_complete(self.http_response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc
        return data

    async def iter_bytes(self, chunk_size: int = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive; raises at the end of a body cut short."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
            check_body_complete(self.http_response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.http_response) from exc

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body as text lines, as they arrive; raises at the end of a body cut short."""
        try:
            async for line in self.http_response.aiter_lines():
                yield line
            check_body_complete(self.http_response)
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
        """The relay's id of the request: ``X-Oneapi-Request-Id`` (new-api, one-api), else ``x-request-id``."""
        return request_id_of(self.response.headers)

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


def check_body_complete(response: httpx.Response) -> None:
    """Raise what httpx would if it checked that a body read to its end is whole: ``RemoteProtocolError`` when it
    broke off before its ``Content-Length`` (h11 checks that on its own connections, a custom transport may not),
    ``DecodingError`` when its compressed data (gzip, deflate, br) stopped before its end (no httpx decoder checks
    that). The bytes read so far would otherwise pass for the whole body."""
    received = response.num_bytes_downloaded  # 0 for a body given whole to httpx.Response (a mock's)
    declared = response.headers.get("content-length", "")
    if received and declared.isdigit() and received < int(declared):
        raise httpx.RemoteProtocolError(
            f"the response body broke off after {received} of its {declared} bytes (Content-Length)",
            request=response.request,
        )
    decoder = getattr(response, "_decoder", None)
    for part in getattr(decoder, "children", None) or (decoder,):
        decompressor = getattr(part, "decompressor", None)
        ended = getattr(decompressor, "eof", None)  # zlib: gzip, deflate
        is_finished = getattr(decompressor, "is_finished", None)  # brotli
        if ended is None and is_finished is not None and getattr(part, "seen_data", False):
            ended = is_finished()
        if ended is False:
            raise httpx.DecodingError(
                "cut short: its compressed data "
                f"({response.headers.get('content-encoding', '')}) stopped before its end",
                request=response.request,
            )


class _PartFile:
    """The file a download is written to before it becomes ``path``: created beside it (same folder, so the last
    step is an atomic rename), with the permissions a new file gets there, or those of the file it replaces. A
    symbolic link is followed, as ``open`` would; a device or a pipe (``/dev/null``, a FIFO) is written directly:
    there is nothing in it to keep, and a file renamed over it would replace it."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.path.realpath(path)
        try:
            found: os.stat_result | None = os.stat(self.path)
        except FileNotFoundError:
            found = None
        binary = getattr(os, "O_BINARY", 0)
        self.temporary: str | None = None
        if found is not None and not stat.S_ISREG(found.st_mode):
            self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | binary)
            return
        folder, name = os.path.split(self.path)
        self.temporary = os.path.join(folder, f".{name[:200]}.{secrets.token_hex(4)}.part")
        self.fd = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | binary, 0o666)
        if found is not None:
            with contextlib.suppress(OSError):  # a file system without modes (FAT): the new file's own
                os.chmod(self.temporary, stat.S_IMODE(found.st_mode))

    def commit(self) -> None:
        if self.temporary is not None:
            os.replace(self.temporary, self.path)

    def discard(self) -> None:
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.temporary)


def write_file(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> int:
    """Write ``chunks`` to ``path``; returns the number of bytes written.

    They go to a temporary file in the same folder, renamed to ``path`` once the last chunk is written: a
    download that fails part way (an error status, a broken connection, a body cut short) leaves a file already at
    ``path`` as it was, and no partial file behind.
    """
    part = _PartFile(path)
    written = 0
    try:
        with os.fdopen(part.fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
                written += len(chunk)
        part.commit()
    except BaseException:
        part.discard()
        raise
    return written


async def awrite_file(path: str | os.PathLike[str], chunks: AsyncGenerator[bytes, None]) -> int:
    """The async twin of ``write_file`` (the file is written in a worker thread); ``chunks`` is closed at the end."""
    import anyio

    part = await anyio.to_thread.run_sync(_PartFile, path)
    written = 0
    try:
        async with contextlib.aclosing(chunks), anyio.wrap_file(os.fdopen(part.fd, "wb")) as handle:
            async for chunk in chunks:
                await handle.write(chunk)
                written += len(chunk)
        await anyio.to_thread.run_sync(part.commit)
    except BaseException:
        part.discard()
        raise
    return written


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
            check_body_complete(self.response)
            return data
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            self.response.close()

    def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> Generator[bytes, None, None]:
        """The body in chunks of ``chunk_size`` bytes (None: as they arrive); closed at the end or when you stop."""
        try:
            yield from self.response.iter_bytes(chunk_size)
            check_body_complete(self.response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            self.response.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` chunk by chunk; returns the number of bytes written.

        ``path`` is written only once the whole body has come (see ``write_file``): a download that fails leaves a
        file already there as it was."""
        with self:  # closed even when the file cannot be created
            return write_file(path, self.iter_bytes())

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
            check_body_complete(self.response)
            return data
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            await self.response.aclose()

    async def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> AsyncGenerator[bytes, None]:
        """The body in chunks of ``chunk_size`` bytes (None: as they arrive); closed at the end or when you stop."""
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
            check_body_complete(self.response)
        except httpx.RequestError as exc:
            raise body_error(exc, self.response) from exc
        finally:
            await self.response.aclose()

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """See ``BinaryResponse.write_to_file``."""
        async with self:
            return await awrite_file(path, self.iter_bytes())

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncBinaryResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
