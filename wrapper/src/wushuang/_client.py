"""The clients: ``Wushuang`` and ``AsyncWushuang``.

Every generated method ends in ``_call`` here. The way of one call:
1. drop the arguments the caller did not give and validate the rest against the spec (nothing sent yet);
2. split them by location (path, query, body) under their wire names, add client defaults and per-call extras,
   and let the low-level client's request builder form the URL, query and body;
3. send through ``_send`` (retry policy, typed errors);
4. decode the body once with the operation's msgspec model, or hand back a stream, a page or a binary body.
The sync and async clients share every decision (``_BaseClient``); only the I/O differs.
"""

from __future__ import annotations

import io
import math
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Self

import anyio
import httpx
import msgspec

from wushuang._errors import APIResponseValidationError, MidjourneyError, WushuangError
from wushuang._generated.roots import AsyncRawRoots, AsyncRoots, SyncRawRoots, SyncRoots
from wushuang._logging import setup_logging
from wushuang._operation import InvalidParameterError, Operation
from wushuang._retry import RetryPolicy
from wushuang._send import asend, send
from wushuang._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout
from wushuang._version import __version__

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncWushuang", "Wushuang"]

DEFAULT_BASE_URL = "https://www.wushuangai.com"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)
DEFAULT_OPENAI_BETA = "assistants=v1"
MIDJOURNEY_ACCEPTED = frozenset({1, 21, 22})
_USER_AGENT = f"wushuang-python/{__version__}"
_URL_CACHE_SIZE = 256


def _check_base_url(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"base_url must be a string, got {type(value).__name__}")
    try:
        url = httpx.URL(value.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a valid URL: {value!r}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http:// or https:// URL with a host, got {value!r}")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not carry a query or fragment, got {value!r}")
    text = str(url).rstrip("/")
    # The spec's paths carry /v1 (and /mj); a base copied from OpenAI habits ends in /v1 too.
    return text.removesuffix("/v1")


def _check_timeout(value: object) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"timeout must be a number of seconds > 0, an httpx.Timeout or None, got {value!r}")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


def _timeout_extension(timeout: httpx.Timeout | None) -> dict[str, float | None]:
    return (timeout or httpx.Timeout(None)).as_dict()


@dataclass(slots=True)
class _Prepared:
    """A call ready to be sent: everything but the per-attempt headers."""

    op: Operation
    method: str
    url: httpx.URL
    params: dict[str, Any]
    headers: dict[str, tuple[str, str]]  # lower-cased name -> (name as given, value): merged case-insensitively
    content: bytes | None
    files: list[Any] | None
    timeout: dict[str, float | None]
    stream: bool
    replayable: bool
    rewind: list[tuple[Any, int]]
    args: dict[str, Any]

    def build(self, http: httpx.Client | httpx.AsyncClient, extra: dict[str, str]) -> httpx.Request:
        for handle, offset in self.rewind:
            handle.seek(offset)
        merged = self.headers
        if extra:
            merged = merged.copy()
            for key, value in extra.items():
                merged[key.lower()] = (key, value)
        # A plain dict (names already unique) and a parsed URL: httpx then neither re-parses the URL nor
        # re-normalises a Headers object, which is most of what building a request costs.
        return http.build_request(
            self.method,
            self.url,
            params=self.params or None,
            content=self.content,
            files=self.files,
            headers=dict(merged.values()),
            extensions={"timeout": self.timeout},
        )


def _file_parts(op: Operation, body: dict[str, Any]) -> tuple[bool, list[tuple[Any, int]]]:
    """Check the file arguments of a multipart call; return whether the body can be re-sent, and offsets."""
    replayable = True
    rewind: list[tuple[Any, int]] = []
    for param in op.params:
        if not param.binary or param.wire not in body:
            continue
        value = body[param.wire]
        content = value[1] if isinstance(value, tuple) and len(value) in (2, 3) else value
        if isinstance(content, (bytes, bytearray, memoryview)):
            continue
        if isinstance(content, (str, os.PathLike)) or not hasattr(content, "read"):
            raise InvalidParameterError(
                f"{op.operation_id}: invalid `{param.python}`: expected bytes, a binary file object or "
                f"(filename, content[, content_type]); got {type(content).__name__}"
                + (" (open the file with open(path, 'rb'))" if isinstance(content, (str, os.PathLike)) else ""),
                param=param.python,
                operation_id=op.operation_id,
            )
        if isinstance(content, io.TextIOBase):
            raise InvalidParameterError(
                f"{op.operation_id}: invalid `{param.python}`: the file is open in text mode; open it with 'rb'",
                param=param.python,
                operation_id=op.operation_id,
            )
        try:
            seekable = bool(content.seekable()) if hasattr(content, "seekable") else False
            offset = content.tell() if seekable else 0
        except (OSError, ValueError):
            seekable = False
        if seekable:
            rewind.append((content, offset))
            if offset:
                # httpx rewinds a file part to 0 before sending it; the caller means the rest of the file.
                view = _FromOffset(content, offset)
                body[param.wire] = (*value[:1], view, *value[2:]) if isinstance(value, tuple) else view
        else:
            replayable = False
    return replayable, rewind


class _FromOffset:
    """A seekable binary file seen from the offset it stood at when given to the SDK (its position 0)."""

    def __init__(self, handle: Any, offset: int) -> None:
        self._handle = handle
        self._offset = offset
        name = getattr(handle, "name", None)
        if isinstance(name, str):
            self.name = name

    def read(self, size: int = -1) -> bytes:
        data: bytes = self._handle.read(size)
        return data

    def seek(self, position: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            position += self._offset
        return int(self._handle.seek(position, whence)) - self._offset

    def tell(self) -> int:
        return int(self._handle.tell()) - self._offset

    def seekable(self) -> bool:
        return True


class _BaseClient:
    """Configuration and every decision shared by the sync and async clients."""

    _http: Any

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
        openai_beta: str | None,
        http_client: httpx.Client | httpx.AsyncClient | None,
        expected_http: type,
    ) -> None:
        setup_logging()
        if api_key is None:
            api_key = os.environ.get("WUSHUANG_API_KEY")
        if not api_key:
            raise WushuangError(
                "No API key: pass api_key=... to the client or set the WUSHUANG_API_KEY environment variable"
            )
        if not isinstance(api_key, str):
            raise TypeError(f"api_key must be a string, got {type(api_key).__name__}")
        self._api_key = api_key
        if base_url is None:
            base_url = os.environ.get("WUSHUANG_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = _check_base_url(base_url)
        self._policy = RetryPolicy(max_retries=max_retries)
        if http_client is not None and not isinstance(http_client, expected_http):
            raise TypeError(
                f"http_client must be an {expected_http.__module__}.{expected_http.__qualname__}, "
                f"got {type(http_client).__module__}.{type(http_client).__qualname__}"
            )
        if isinstance(timeout, NotGiven):
            self.timeout: httpx.Timeout | None = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        else:
            self.timeout = _check_timeout(timeout)
        self._timeout_cache: tuple[httpx.Timeout | None, dict[str, float | None]] = (None, {})
        self._urls: dict[str, httpx.URL] = {}
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._openai_beta = openai_beta
        self._owns_http = http_client is None
        self._monotonic: Callable[[], float] = time.monotonic

    @property
    def api_key(self) -> str:
        """The API key in use (never shown in ``repr`` or logs)."""
        return self._api_key

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt of a call."""
        return self._policy.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _options(self) -> dict[str, Any]:
        return {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self._default_headers,
            "default_query": self._default_query,
            "openai_beta": self._openai_beta,
        }

    def _copy(self, changes: dict[str, Any]) -> Self:
        options = self._options()
        for key in ("default_headers", "default_query"):
            if changes.get(key) is not None:
                changes[key] = {**options[key], **changes[key]}
        options.update({k: v for k, v in changes.items() if not isinstance(v, NotGiven)})
        clone = type(self)(http_client=self._http, **options)
        clone._owns_http = False
        return clone

    def with_options(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        openai_beta: str | None | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A new client with some options changed, sharing this one's connection pool.

        ``default_headers`` / ``default_query`` are merged into the current ones; closing the new client does not
        close the shared pool.
        """
        changes = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "default_query": default_query,
            "openai_beta": openai_beta,
        }
        return self._copy(changes)

    copy = with_options

    # ---------------------------------------------------------------- forming the request
    def _prepare(
        self,
        op: Operation,
        args: dict[str, Any],
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
    ) -> _Prepared:
        given = {name: value for name, value in args.items() if not isinstance(value, NotGiven)}
        by_python = op.by_python
        op.validate({by_python[name].wire: value for name, value in given.items()})
        path_args: dict[str, Any] = {}
        query: dict[str, Any] = dict(self._default_query)
        body: dict[str, Any] | None = {} if op.body_kind else None
        for name, value in given.items():
            param = by_python[name]
            if param.location == "path":
                path_args[param.builder_name] = value
            elif param.location == "query":
                query[param.wire] = value
            elif body is not None:
                body[param.wire] = value
        query.update(extra_query or {})
        if extra_body:
            if body is None:
                raise InvalidParameterError(
                    f"{op.operation_id}: extra_body given, but {op.method} {op.path} takes no body",
                    param="extra_body",
                    operation_id=op.operation_id,
                )
            body.update(extra_body)
        replayable, rewind = _file_parts(op, body) if op.body_kind == "multipart" and body else (True, [])
        built = op.build_request(**path_args, query=None, body=body)
        stream = bool(op.stream_model and given.get("stream"))

        headers = {
            "authorization": ("Authorization", f"Bearer {self._api_key}"),
            "user-agent": ("User-Agent", _USER_AGENT),
            "accept": ("Accept", "text/event-stream" if stream else "application/json"),
        }
        if op.beta and self._openai_beta:
            headers["openai-beta"] = ("OpenAI-Beta", self._openai_beta)
        content: bytes | None = None
        if "json" in built and built["json"] is not None:
            content = msgspec.json.encode(built["json"])
            headers["content-type"] = ("Content-Type", "application/json")
        elif built.get("content") is not None:
            content = built["content"]
        for source in (self._default_headers, extra_headers) if extra_headers else (self._default_headers,):
            for key, value in source.items():
                if value is None:
                    headers.pop(key.lower(), None)
                else:
                    headers[key.lower()] = (key, value)

        if isinstance(timeout, NotGiven):
            cached, timeout_extension = self._timeout_cache
            if cached is not self.timeout or not timeout_extension:
                timeout_extension = _timeout_extension(self.timeout)
                self._timeout_cache = (self.timeout, timeout_extension)
        else:
            timeout_extension = _timeout_extension(_check_timeout(timeout))
        return _Prepared(
            op=op,
            method=op.method,
            url=self._url(str(built["url"])),
            params={k: v for k, v in query.items() if v is not None},
            headers=headers,
            content=content,
            files=built.get("files"),
            timeout=timeout_extension,
            stream=stream,
            replayable=replayable,
            rewind=rewind,
            args=given,
        )

    def _url(self, path: str) -> httpx.URL:
        """The parsed URL of a path: parsing is a large part of forming a request, and URLs repeat."""
        text = self.base_url + path
        url = self._urls.get(text)
        if url is None:
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()  # paths with ids in them (files, runs) vary without bound
            url = self._urls[text] = httpx.URL(text)
        return url

    # ---------------------------------------------------------------- reading the response
    def _decode(self, op: Operation, model: str | None, response: httpx.Response) -> Any:
        try:
            return op.decoder(model)(response.content)
        except (msgspec.ValidationError, msgspec.DecodeError) as exc:
            raise APIResponseValidationError(
                f"{op.method} {op.path}: the response does not match {model} ({exc})",
                response=response,
                body=response.content,
            ) from None

    def _parse_body(self, prepared: _Prepared, response: httpx.Response) -> Any:
        """The typed result of a read, non-streamed, non-binary response."""
        op = prepared.op
        if op.response_kind == "json_or_text":
            media = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if media != "application/json" and not media.endswith("+json"):
                return response.text
        if op.response_kind == "empty":
            return None
        result = self._decode(op, op.model, response)
        if op.envelope == "midjourney":
            _check_midjourney(result)
        return result

    def _result(
        self, prepared: _Prepared, response: httpx.Response, retries: int, raw: bool, page: Callable[[Any], Any]
    ) -> Any:
        """What a call returns: the typed result, or a ``RawResponse`` that parses to it."""
        op = prepared.op

        def parse() -> Any:
            if prepared.stream:
                return self._stream(response, op.decoder(op.stream_model), op)
            if op.response_kind == "binary":
                return self._binary(response)
            result = self._parse_body(prepared, response)
            return page(result) if op.paginate and not raw else result

        if raw:
            from wushuang._response import RawResponse

            return RawResponse(response, retries, parse)
        return parse()

    def _stream(self, response: httpx.Response, decode: Callable[[bytes | str], Any], op: Operation) -> Any:
        raise NotImplementedError

    def _binary(self, response: httpx.Response) -> Any:
        raise NotImplementedError


def _check_midjourney(result: Any) -> None:
    code = getattr(result, "code", None)
    if code in MIDJOURNEY_ACCEPTED:
        return
    description = getattr(result, "description", None) or ""
    properties = getattr(result, "properties", None) or {}
    raise MidjourneyError(
        f"Midjourney refused the task: code {code} - {description}".rstrip(" -"),
        code=int(code) if isinstance(code, int) else 0,
        description=description,
        properties=properties,
        task_id=str(result.result) if getattr(result, "result", None) is not None else None,
    )


class Wushuang(SyncRoots, _BaseClient):
    """The synchronous client of the 无双 AI relay.

    ``api_key`` defaults to ``WUSHUANG_API_KEY``; ``base_url`` to ``WUSHUANG_BASE_URL`` or
    ``https://www.wushuangai.com`` (a base ending in ``/v1`` is accepted). ``timeout`` is seconds or an
    ``httpx.Timeout`` (``None``: no timeout; default connect 5 s, read 600 s). ``max_retries`` (default 2)
    governs retries of connection errors, timeouts, 408, 409, 429 and 5xx, honouring ``Retry-After``.
    ``http_client`` may be your own ``httpx.Client`` (proxies, certificates, transports); it stays under the
    SDK's retry policy and is not closed by the SDK. ``openai_beta`` is the ``OpenAI-Beta`` header value
    sent with the assistants operations.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        openai_beta: str | None = DEFAULT_OPENAI_BETA,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            openai_beta=openai_beta,
            http_client=http_client,
            expected_http=httpx.Client,
        )
        self._http: httpx.Client = http_client or httpx.Client(
            timeout=self.timeout, limits=DEFAULT_LIMITS, follow_redirects=True
        )
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def with_raw_response(self) -> SyncRawRoots:
        """The same resources, returning ``RawResponse`` (status, headers, request id, ``parse()``)."""
        roots = SyncRawRoots()
        roots._client = self  # type: ignore[attr-defined]
        return roots

    def _stream(self, response: httpx.Response, decode: Callable[[bytes | str], Any], op: Operation) -> Any:
        from wushuang._streaming import Stream

        return Stream(response, decode, method=op.method, path=op.path)

    def _binary(self, response: httpx.Response) -> Any:
        from wushuang._response import BinaryResponse

        return BinaryResponse(response)

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Wushuang:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
        raw: bool,
    ) -> Any:
        prepared = self._prepare(op, args, extra_headers, extra_query, extra_body, timeout)
        lazy = prepared.stream or op.response_kind == "binary"
        response, retries = send(
            self._http,
            lambda extra: prepared.build(self._http, extra),
            policy=self._policy,
            stream=lazy,
            replayable=prepared.replayable,
            method=op.method,
            path=op.path,
        )

        return self._result(
            prepared,
            response,
            retries,
            raw,
            lambda page: self._page(prepared, page, extra_headers, extra_query, timeout),
        )

    def _page(
        self,
        prepared: _Prepared,
        page: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        from wushuang._pagination import CursorPage

        def fetch_after(cursor: str) -> Any:
            args = {**prepared.args, "after": cursor}
            args.pop("before", None)
            again = self._prepare(prepared.op, args, extra_headers, extra_query, None, timeout)
            response, _ = send(
                self._http,
                lambda extra: again.build(self._http, extra),
                policy=self._policy,
                stream=False,
                replayable=True,
                method=again.method,
                path=again.op.path,
            )
            return self._parse_body(again, response)

        return CursorPage(page, fetch_after)


class AsyncWushuang(AsyncRoots, _BaseClient):
    """The asynchronous client of the 无双 AI relay; the same options as ``Wushuang``.

    ``http_client`` must be an ``httpx.AsyncClient``. Use ``async with`` or ``await client.close()``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        openai_beta: str | None = DEFAULT_OPENAI_BETA,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            openai_beta=openai_beta,
            http_client=http_client,
            expected_http=httpx.AsyncClient,
        )
        if http_client is None:
            from wushuang._pool import upgrade_pool

            http_client = httpx.AsyncClient(timeout=self.timeout, limits=DEFAULT_LIMITS, follow_redirects=True)
            upgrade_pool(http_client)
        self._http: httpx.AsyncClient = http_client
        self._asleep: Callable[[float], Any] = anyio.sleep

    @property
    def with_raw_response(self) -> AsyncRawRoots:
        """The same resources, returning ``RawResponse`` (status, headers, request id, ``parse()``)."""
        roots = AsyncRawRoots()
        roots._client = self  # type: ignore[attr-defined]
        return roots

    def _stream(self, response: httpx.Response, decode: Callable[[bytes | str], Any], op: Operation) -> Any:
        from wushuang._streaming import AsyncStream

        return AsyncStream(response, decode, method=op.method, path=op.path)

    def _binary(self, response: httpx.Response) -> Any:
        from wushuang._response import AsyncBinaryResponse

        return AsyncBinaryResponse(response)

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncWushuang:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _call(
        self,
        op: Operation,
        args: dict[str, Any],
        *,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | NotGiven,
        raw: bool,
    ) -> Any:
        prepared = self._prepare(op, args, extra_headers, extra_query, extra_body, timeout)
        lazy = prepared.stream or op.response_kind == "binary"
        response, retries = await asend(
            self._http,
            lambda extra: prepared.build(self._http, extra),
            policy=self._policy,
            stream=lazy,
            replayable=prepared.replayable,
            method=op.method,
            path=op.path,
        )

        return self._result(
            prepared,
            response,
            retries,
            raw,
            lambda page: self._page(prepared, page, extra_headers, extra_query, timeout),
        )

    def _page(
        self,
        prepared: _Prepared,
        page: Any,
        extra_headers: Headers | None,
        extra_query: Query | None,
        timeout: Timeout | NotGiven,
    ) -> Any:
        from wushuang._pagination import AsyncCursorPage

        async def fetch_after(cursor: str) -> Any:
            args = {**prepared.args, "after": cursor}
            args.pop("before", None)
            again = self._prepare(prepared.op, args, extra_headers, extra_query, None, timeout)
            response, _ = await asend(
                self._http,
                lambda extra: again.build(self._http, extra),
                policy=self._policy,
                stream=False,
                replayable=True,
                method=again.method,
                path=again.op.path,
            )
            return self._parse_body(again, response)

        return AsyncCursorPage(page, fetch_after)
