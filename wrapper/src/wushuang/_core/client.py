"""The clients: ``Wushuang`` and ``AsyncWushuang``: configuration, and the one place a call is sent.

Every generated method ends in ``_call`` here. The way of one call:
1. ``request.RequestFactory.prepare`` validates the arguments and forms the request (nothing sent yet);
2. ``send.send`` / ``asend`` sends it under the retry policy, each attempt through the client's middlewares, and
   maps failures to typed errors;
3. ``result.result`` decodes the body once, or hands back a stream, a page, a binary body or the response.
``download`` is a call too (a GET of any URL, the key only to the relay's own origin), and so are the SDK's own
features (polls, the batch runner, the Midjourney helpers): they reach the pipeline through ``call_operation``
and ``client.clock``, never through a private attribute. Every decision is shared by the sync and async clients
(``_BaseClient`` and those modules); their ``_call`` methods are thin shells that differ only in how they wait.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias

import httpx

from wushuang._core.behaviours import behaviour
from wushuang._core.clock import SYSTEM_CLOCK, Clock, check_clock
from wushuang._core.errors import InvalidParameterError, WushuangError
from wushuang._core.logging import mask_userinfo, setup_logging
from wushuang._core.middleware import Call, Middleware, check_middleware, ended, started, watch_stream
from wushuang._core.operation import Operation
from wushuang._core.polling import current_deadline
from wushuang._core.request import (
    DEFAULT_TIMEOUT,
    PreparedRequest,
    RequestFactory,
    check_mapping,
    check_stream_limit,
    check_timeout,
)
from wushuang._core.resource import Mode
from wushuang._core.result import Kinds, next_page_args, result
from wushuang._core.retry import RetryPolicy
from wushuang._core.send import asend, send
from wushuang._core.spend import SpendTracker
from wushuang._core.telemetry import Telemetry, check_telemetry, resolve
from wushuang._core.types import NOT_GIVEN, NotGiven, RequestOptions, Timeout
from wushuang._generated.roots import (
    AsyncRoots,
    AsyncRootsWithRawResponse,
    AsyncRootsWithStreamingResponse,
    Roots,
    RootsWithRawResponse,
    RootsWithStreamingResponse,
)
from wushuang.midjourney._mode import check_midjourney_mode

if TYPE_CHECKING:
    from wushuang._core.response import AsyncBinaryResponse, BinaryResponse

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncWushuang", "Wushuang", "call_operation"]

DEFAULT_BASE_URL = "https://www.wushuangai.com"
DEFAULT_MAX_RETRIES = 2
DEFAULT_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0)
DEFAULT_OPENAI_BETA = "assistants=v1"
MidjourneyMode: TypeAlias = Literal["fast", "relax", "turbo"]


def _check_base_url(value: str) -> str:
    if not isinstance(value, str):
        raise _bad_option("base_url", f"base_url must be a string, got {type(value).__name__}")
    try:
        url = httpx.URL(value.strip())
    except (httpx.InvalidURL, TypeError):
        raise _bad_option("base_url", f"base_url is not a valid URL: {mask_userinfo(repr(value))}") from None
    if url.scheme not in ("http", "https") or not url.host:
        shown = mask_userinfo(repr(value))
        raise _bad_option("base_url", f"base_url must be an http:// or https:// URL with a host, got {shown}")
    if url.query or url.fragment:
        raise _bad_option("base_url", f"base_url must not carry a query or fragment, got {mask_userinfo(repr(value))}")
    text = str(url).rstrip("/")
    # The spec's paths carry /v1 (and /mj); a base copied from OpenAI habits ends in /v1 too.
    return text.removesuffix("/v1")


def _bad_option(param: str, message: str) -> InvalidParameterError:
    """The error for a client option the SDK cannot use (a call's options name their operation; these none)."""
    return InvalidParameterError(message, param=param, operation_id="")


class _BaseClient:
    """Configuration and every decision shared by the sync and async clients."""

    _http: Any
    _kinds: Kinds

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
        midjourney_mode: MidjourneyMode | None = None,
        middleware: Sequence[Middleware] = (),
        clock: Clock = SYSTEM_CLOCK,
        budget_usd: float | None = None,
        track_spend: bool = False,
        stream_idle_timeout: float | None = None,
        first_chunk_timeout: float | None = None,
        telemetry: bool | Telemetry = True,
    ) -> None:
        setup_logging()
        if api_key is None:
            api_key = os.environ.get("WUSHUANG_API_KEY")
        if not api_key:
            raise WushuangError(
                "No API key: pass api_key=... to the client or set the WUSHUANG_API_KEY environment variable"
            )
        if not isinstance(api_key, str):
            raise _bad_option("api_key", f"api_key must be a string, got {type(api_key).__name__}")
        self._api_key = api_key
        if base_url is None:
            base_url = os.environ.get("WUSHUANG_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = _check_base_url(base_url)
        try:
            self._policy = RetryPolicy(max_retries=max_retries)
        except (TypeError, ValueError) as exc:
            raise _bad_option("max_retries", str(exc)) from None
        if http_client is not None and not isinstance(http_client, expected_http):
            raise TypeError(
                f"http_client must be an {expected_http.__module__}.{expected_http.__qualname__}, "
                f"got {type(http_client).__module__}.{type(http_client).__qualname__}"
            )
        if isinstance(timeout, NotGiven):
            self.timeout: httpx.Timeout | None = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        else:
            self.timeout = check_timeout(timeout)
        check_mapping(default_headers, param="default_headers")
        check_mapping(default_query, param="default_query")
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        self._openai_beta = openai_beta
        self.midjourney_mode = check_midjourney_mode(midjourney_mode)
        self.stream_idle_timeout = check_stream_limit(stream_idle_timeout, "stream_idle_timeout")
        self.first_chunk_timeout = check_stream_limit(first_chunk_timeout, "first_chunk_timeout")
        self._requests = RequestFactory(
            api_key=api_key,
            base_url=self.base_url,
            timeout=self.timeout,
            default_headers=self._default_headers,
            default_query=self._default_query,
            openai_beta=openai_beta,
            midjourney_mode=self.midjourney_mode,
            stream_limits=(self.first_chunk_timeout, self.stream_idle_timeout),
        )
        self._owns_http = http_client is None
        self._middleware = check_middleware(middleware)
        if budget_usd is not None or track_spend:
            self._middleware = (SpendTracker(budget_usd), *self._middleware)
        self._spend = _spend_tracker(self._middleware)
        if self._spend is not None:
            self._spend.bind(self)
        self._clock = check_clock(clock)
        self._telemetry = check_telemetry(telemetry)

    @property
    def api_key(self) -> str:
        """The API key in use (never shown in ``repr`` or logs)."""
        return self._api_key

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt of a call."""
        return self._policy.max_retries

    @property
    def middleware(self) -> tuple[Middleware, ...]:
        """The middlewares every call goes through, the first outermost."""
        return self._middleware

    @property
    def spend(self) -> SpendTracker | None:
        """The client's spend tracker (running total, per-call costs, budget), or None when spend is not tracked
        (see ``budget_usd`` / ``track_spend``)."""
        return self._spend

    @property
    def telemetry(self) -> Telemetry | None:
        """The telemetry this client's calls are traced with now (see the ``telemetry`` option), or None."""
        return resolve(self._telemetry)

    @property
    def clock(self) -> Clock:
        """What this client waits with (retry back-off, polls) and reads poll deadlines from."""
        return self._clock

    def __repr__(self) -> str:
        # A base URL may carry user:password@ (a proxying relay): masked, like the key.
        return f"{type(self).__name__}(base_url={mask_userinfo(repr(self.base_url))}, max_retries={self.max_retries})"

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
        midjourney_mode: MidjourneyMode | None | NotGiven = NOT_GIVEN,
        middleware: Sequence[Middleware] | NotGiven = NOT_GIVEN,
        clock: Clock | NotGiven = NOT_GIVEN,
        stream_idle_timeout: float | None | NotGiven = NOT_GIVEN,
        first_chunk_timeout: float | None | NotGiven = NOT_GIVEN,
        telemetry: bool | Telemetry | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A new client with some options changed, sharing this one's connection pool.

        ``default_headers`` / ``default_query`` are merged into the current ones; ``middleware`` replaces the
        list (``[*client.middleware, mine]`` adds one); closing the new client does not close the shared pool.
        """
        check_mapping(default_headers, param="default_headers")
        check_mapping(default_query, param="default_query")
        options: dict[str, Any] = {
            "api_key": self._api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": {**self._default_headers, **(default_headers or {})},
            "default_query": {**self._default_query, **(default_query or {})},
            "openai_beta": self._openai_beta,
            "midjourney_mode": self.midjourney_mode,
            "middleware": self._middleware,
            "clock": self._clock,
            "stream_idle_timeout": self.stream_idle_timeout,
            "first_chunk_timeout": self.first_chunk_timeout,
            "telemetry": self._telemetry,
        }
        changes = {
            "api_key": api_key,
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "openai_beta": openai_beta,
            "midjourney_mode": midjourney_mode,
            "middleware": middleware,
            "clock": clock,
            "stream_idle_timeout": stream_idle_timeout,
            "first_chunk_timeout": first_chunk_timeout,
            "telemetry": telemetry,
        }
        options.update({k: v for k, v in changes.items() if not isinstance(v, NotGiven)})
        clone = type(self)(http_client=self._http, **options)
        clone._owns_http = False
        return clone

    copy = with_options

    def _result(self, prepared: PreparedRequest, response: httpx.Response, retries: int, mode: Mode) -> Any:
        op, options = prepared.op, prepared.options
        return result(
            prepared,
            response,
            retries,
            mode,
            self._kinds,
            lambda cursor: self._call(op, next_page_args(prepared, cursor), options, "plain"),
            self._clock,
        )

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions, mode: Mode) -> Any:
        raise NotImplementedError

    def _send_options(self, prepared: PreparedRequest, mode: Mode) -> dict[str, Any]:
        """The send loop's arguments for ``prepared``."""
        op = prepared.op
        stream = prepared.lazy or mode == "streamed"
        options = self._loop(op.operation_id, op.method, op.path, stream=stream, replayable=prepared.replayable)
        if op.envelope and not stream:
            options["refused"] = behaviour("envelope", op.envelope).refused
        return options

    def _download_options(self, url: object) -> tuple[Callable[[dict[str, str]], httpx.Request], dict[str, Any]]:
        """The request builder and the send loop's arguments of ``download(url)``; checks ``url`` first."""
        target, headers, timeout = self._requests.download(url)
        http = self._http

        def build(extra: dict[str, str]) -> httpx.Request:
            return http.build_request(  # type: ignore[no-any-return]
                "GET", target, headers={**headers, **extra}, extensions={"timeout": timeout}
            )

        return build, self._loop("download", "GET", target.path, stream=True, replayable=True)

    def _loop(self, operation_id: str, method: str, path: str, *, stream: bool, replayable: bool) -> dict[str, Any]:
        """The send loop's arguments, with the call the middlewares see when there are any."""
        options: dict[str, Any] = {
            "policy": self._policy,
            "stream": stream,
            "replayable": replayable,
            "method": method,
            "path": path,
            "clock": self._clock,
        }
        middleware = self._middleware
        telemetry = resolve(self._telemetry)
        if telemetry is not None:
            middleware = (telemetry.middleware, *middleware)  # outermost: the attempts run in the call's span
        if middleware:
            options["middleware"] = middleware
            options["call"] = Call(operation_id, method, path, stream)
        deadline = current_deadline()
        if deadline is not None:
            options["left"] = deadline.left  # a fetch of a wait: its attempts end by the wait's deadline
        return options

    def _started(self, loop: dict[str, Any]) -> None:
        call: Call | None = loop.get("call")
        if call is not None:
            started(loop["middleware"], call)

    def _answered(self, loop: dict[str, Any], response: httpx.Response) -> None:
        call: Call | None = loop.get("call")
        if call is not None and call.stream:
            watch_stream(response, loop["middleware"], call)

    def _ended(self, loop: dict[str, Any], result: object, error: BaseException | None) -> None:
        call: Call | None = loop.get("call")
        if call is not None:
            ended(loop["middleware"], call, result, error)


def _spend_tracker(middleware: tuple[Middleware, ...]) -> SpendTracker | None:
    """The ``SpendTracker`` among ``middleware``, if any."""
    return next((each for each in middleware if isinstance(each, SpendTracker)), None)


def call_operation(
    client: Wushuang | AsyncWushuang, op: Operation, args: dict[str, Any], options: RequestOptions
) -> Any:
    """Call ``op`` with ``args`` (by Python name) on ``client``, returning its ``RawResponse`` (awaitable with
    ``AsyncWushuang``): the whole pipeline (validation, retries, middlewares), for the SDK's own features that
    are driven by the operation table (the batch runner)."""
    return client._call(op, args, options, "raw")


def _sync_kinds() -> Kinds:
    from wushuang._core.pagination import CursorPage
    from wushuang._core.response import BinaryResponse, StreamedResponse
    from wushuang._core.streaming import Stream

    def events() -> type:
        from wushuang._assistants.stream import AssistantEventStream

        return AssistantEventStream

    return Kinds(stream=Stream, events=events, binary=BinaryResponse, page=CursorPage, streamed=StreamedResponse)


def _async_kinds() -> Kinds:
    from wushuang._core.pagination import AsyncCursorPage
    from wushuang._core.response import AsyncBinaryResponse, AsyncStreamedResponse
    from wushuang._core.streaming import AsyncStream

    def events() -> type:
        from wushuang._assistants.stream import AsyncAssistantEventStream

        return AsyncAssistantEventStream

    return Kinds(
        stream=AsyncStream,
        events=events,
        binary=AsyncBinaryResponse,
        page=AsyncCursorPage,
        streamed=AsyncStreamedResponse,
    )


class Wushuang(Roots, _BaseClient):
    """The synchronous client of the 无双 AI relay.

    ``api_key`` defaults to ``WUSHUANG_API_KEY``; ``base_url`` to ``WUSHUANG_BASE_URL`` or
    ``https://www.wushuangai.com`` (a base ending in ``/v1`` is accepted). ``timeout`` is seconds or an
    ``httpx.Timeout`` (``None``: no timeout; default connect 5 s, read 600 s). ``max_retries`` (default 2)
    governs retries of connection errors, timeouts, 408, 409, 429 and 5xx, honouring ``Retry-After``.
    ``http_client`` may be your own ``httpx.Client`` (proxies, certificates, transports); it stays under the
    SDK's retry policy and is not closed by the SDK. ``openai_beta`` is the ``OpenAI-Beta`` header value
    sent with the assistants operations. ``midjourney_mode`` (``"fast"``, ``"relax"``, ``"turbo"``; default
    None, the relay's own choice) sends the Midjourney calls to ``/mj-<mode>/mj/...``. ``middleware`` is a list of
    ``wushuang.Middleware`` every attempt of every call goes through (see ``wushuang.Middleware``). ``clock``
    (default: real time) is what retries and polls wait with: a test can pass one whose waits take no time (the
    emulator's ``wushuang.testing.Clock``). ``budget_usd`` (a positive number) or ``track_spend=True`` installs a
    ``wushuang.SpendTracker`` (``client.spend``): each call's estimated cost from the relay's price list, a running
    total, and with a budget, ``BudgetExceededError`` instead of sending once the total reaches it.
    ``first_chunk_timeout`` and ``stream_idle_timeout`` (seconds, default None: no limit) bound how long an event
    stream may keep you waiting: for the answer and then for its first chunk, and in silence once the answer has
    begun (a gateway's keep-alive comments are no chunk); past either, the call or the stream raises
    ``APITimeoutError`` naming the limit. A stream method takes both per call too. An async stream gives up at the
    limit exactly; a sync one reads its socket with them (the answer's headers within the first, its body within the
    second) and checks both whenever bytes arrive.
    ``telemetry`` (default True: when the application has set a global OpenTelemetry tracer or meter provider;
    False: never; or a ``wushuang.Telemetry`` with its own providers and content capture) makes a span per call
    and records the GenAI client metrics, per the OpenTelemetry GenAI semantic conventions (see ``Telemetry``).
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
        midjourney_mode: MidjourneyMode | None = None,
        middleware: Sequence[Middleware] = (),
        clock: Clock = SYSTEM_CLOCK,
        budget_usd: float | None = None,
        track_spend: bool = False,
        stream_idle_timeout: float | None = None,
        first_chunk_timeout: float | None = None,
        telemetry: bool | Telemetry = True,
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
            midjourney_mode=midjourney_mode,
            middleware=middleware,
            clock=clock,
            budget_usd=budget_usd,
            track_spend=track_spend,
            stream_idle_timeout=stream_idle_timeout,
            first_chunk_timeout=first_chunk_timeout,
            telemetry=telemetry,
        )
        self._http: httpx.Client = http_client or httpx.Client(
            timeout=self.timeout, limits=DEFAULT_LIMITS, follow_redirects=True
        )
        self._kinds = _sync_kinds()

    @property
    def with_raw_response(self) -> RootsWithRawResponse:
        """The same resources, returning ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return RootsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RootsWithStreamingResponse:
        """The same resources, each method a context manager of the response with its body unread."""
        return RootsWithStreamingResponse(self)

    def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Wushuang:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def download(self, url: str | httpx.URL) -> BinaryResponse:
        """GET ``url`` (an image URL of a result, a task's image) through this client: its HTTP client, retries,
        logging and middlewares; returns the ``BinaryResponse`` over the unread body, as ``files.content`` does:
        ``client.download(url).write_to_file("cat.png")``.

        The API key (and ``default_headers``) are sent only when ``url`` is on the relay itself (the scheme, host
        and port of ``base_url``), never to another host. Raises ``InvalidParameterError`` for a URL that is not
        http(s), and the typed status and connection errors of any call.
        """
        build, loop = self._download_options(url)
        binary: BinaryResponse = self._perform(build, loop, lambda response, _: self._kinds.binary(response))
        return binary

    def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions, mode: Mode) -> Any:
        prepared = self._requests.prepare(op, args, options)
        return self._perform(
            lambda extra: prepared.build(self._http, extra),
            self._send_options(prepared, mode),
            lambda response, retries: self._result(prepared, response, retries, mode),
        )

    def _perform(
        self,
        build: Callable[[dict[str, str]], httpx.Request],
        loop: dict[str, Any],
        finish: Callable[[httpx.Response, int], Any],
    ) -> Any:
        """Send a call (``loop``: the send loop's arguments) and ``finish`` its answer, between the hooks."""
        self._started(loop)
        try:
            response, retries = send(self._http, build, **loop)
            self._answered(loop, response)
            value = finish(response, retries)
        except BaseException as exc:
            self._ended(loop, None, exc)
            raise
        try:
            self._ended(loop, value, None)
        except BaseException:
            response.close()  # a hook failed: the caller never gets the result, so its unread body is let go here
            raise
        return value


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
        midjourney_mode: MidjourneyMode | None = None,
        middleware: Sequence[Middleware] = (),
        clock: Clock = SYSTEM_CLOCK,
        budget_usd: float | None = None,
        track_spend: bool = False,
        stream_idle_timeout: float | None = None,
        first_chunk_timeout: float | None = None,
        telemetry: bool | Telemetry = True,
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
            midjourney_mode=midjourney_mode,
            middleware=middleware,
            clock=clock,
            budget_usd=budget_usd,
            track_spend=track_spend,
            stream_idle_timeout=stream_idle_timeout,
            first_chunk_timeout=first_chunk_timeout,
            telemetry=telemetry,
        )
        if http_client is None:
            from wushuang._core.pool import upgrade_pool

            http_client = httpx.AsyncClient(timeout=self.timeout, limits=DEFAULT_LIMITS, follow_redirects=True)
            upgrade_pool(http_client)
        self._http: httpx.AsyncClient = http_client
        self._kinds = _async_kinds()

    @property
    def with_raw_response(self) -> AsyncRootsWithRawResponse:
        """The same resources, returning ``RawResponse`` (status, headers, request id, ``parse()``)."""
        return AsyncRootsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRootsWithStreamingResponse:
        """The same resources, each method an async context manager of the response with its body unread."""
        return AsyncRootsWithStreamingResponse(self)

    async def close(self) -> None:
        """Close the connection pool, if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncWushuang:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def download(self, url: str | httpx.URL) -> AsyncBinaryResponse:
        """See ``Wushuang.download``: ``await (await client.download(url)).write_to_file("cat.png")``."""
        build, loop = self._download_options(url)
        binary: AsyncBinaryResponse = await self._perform(build, loop, lambda response, _: self._kinds.binary(response))
        return binary

    async def _call(self, op: Operation, args: dict[str, Any], options: RequestOptions, mode: Mode) -> Any:
        prepared = self._requests.prepare(op, args, options)
        return await self._perform(
            lambda extra: prepared.build(self._http, extra),
            self._send_options(prepared, mode),
            lambda response, retries: self._result(prepared, response, retries, mode),
        )

    async def _perform(
        self,
        build: Callable[[dict[str, str]], httpx.Request],
        loop: dict[str, Any],
        finish: Callable[[httpx.Response, int], Any],
    ) -> Any:
        """See ``Wushuang._perform``."""
        self._started(loop)
        try:
            response, retries = await asend(self._http, build, **loop)
            self._answered(loop, response)
            value = finish(response, retries)
        except BaseException as exc:
            self._ended(loop, None, exc)
            raise
        try:
            self._ended(loop, value, None)
        except BaseException:
            await response.aclose()  # see Wushuang._perform
            raise
        return value
