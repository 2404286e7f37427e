"""The send loop: one call = one or more attempts through httpx, governed by ``retry``.

The loop is written once, without I/O: ``_attempts`` is a generator that yields what to do next (send this
request, read this body, close this response, sleep this long) and receives each action's result back.
``send`` and ``asend`` only perform those actions, so every decision (headers, retry or stop, log records,
which exception) is the same code for both. A failure raised by an action (``_is_failure``: an httpx request
error, or an h11 protocol error httpcore let through) comes back to the generator as that action's result and
ends as a ``WushuangError``; any other exception (the caller's own code) propagates unchanged.

Each attempt goes to the HTTP client through the client's middlewares (``middleware``), if it has any; back-off
pauses wait on the client's clock (``clock``).

Per attempt the loop builds a fresh request (so a body is re-sent from the start), stamps
``X-Wushuang-Retry-Count: <n>`` on it and, for POST, an ``Idempotency-Key`` that stays the same across the
attempts of one call (a caller-set key is kept). Within a wait's deadline (``left``: the seconds left of it on the
client's clock), each attempt's HTTP timeouts are cut to what is left, and a retry whose pause would not end before
the deadline is not made: the failure is raised at once. A 2xx response is returned (its body read unless
``stream``); a failed response is read and closed before the next attempt, so retries never leak a pooled
connection; when the policy says stop, the failure becomes a typed exception. A 2xx whose body breaks off is a
connection failure, retried only for idempotent methods: the server has acted on a POST that got an answer, and
sending it again would run (and bill) the work twice. A 2xx body that does not decode (corrupt gzip) is an
``APIResponseValidationError``.
"""

from __future__ import annotations

import random
import sys
import time
import uuid
import weakref
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import timedelta

import httpx

from wushuang._core.clock import Clock
from wushuang._core.errors import body_error, connection_error, make_status_error, request_id_of
from wushuang._core.logging import logger, path_only
from wushuang._core.middleware import Call, Middleware, achain, chain
from wushuang._core.retry import RetryPolicy, decide

__all__ = ["IDEMPOTENCY_HEADER", "RETRY_COUNT_HEADER", "asend", "send", "unbind"]

RETRY_COUNT_HEADER = "X-Wushuang-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def new_idempotency_key() -> str:
    """A fresh key for one call: the same value goes on every attempt of that call."""
    return f"wushuang-retry-{uuid.uuid4()}"


# ---------------------------------------------------------------------------------------------- actions


@dataclass(slots=True)
class _Send:
    """Send ``request`` (attempt ``number``, after a back-off of ``pause`` seconds) with its response body left
    unread; the result is the response."""

    request: httpx.Request
    number: int
    pause: float


@dataclass(slots=True)
class _Read:
    """Read ``response``'s body; the result is the bytes. If reading fails, the response is closed first."""

    response: httpx.Response


@dataclass(slots=True)
class _Close:
    """Close ``response`` (even while the call is being cancelled), giving its connection back to the pool."""

    response: httpx.Response


@dataclass(slots=True)
class _Sleep:
    """Wait ``seconds`` before the next attempt."""

    seconds: float


_Action = _Send | _Read | _Close | _Sleep
# What a driver hands back for an action: the response, the body, the failure it raised (see _is_failure), or nothing.
_Result = httpx.Response | bytes | Exception | None

# Methods whose request may be sent again after the server has begun to answer it (RFC 9110, 9.2.2).
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


def _is_failure(exc: Exception) -> bool:
    """Whether an action's exception is a failure of the exchange, which the loop turns into a typed error.

    httpx's request errors (transport failures, a redirect loop, a body that does not decode) and h11's protocol
    errors, which httpcore lets through in places (a file part longer than its declared length). h11 is looked up,
    not imported: it can only have raised if it is loaded.
    """
    if isinstance(exc, httpx.RequestError):
        return True
    h11 = sys.modules.get("h11")
    return h11 is not None and isinstance(exc, h11.ProtocolError)


# ---------------------------------------------------------------------------------------------- the decisions


def _attempts(
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    policy: RetryPolicy,
    stream: bool,
    replayable: bool,
    method: str,
    path: str,
    rand: Callable[[], float],
    refused: Callable[[bytes], bool] | None = None,
    left: Callable[[], float | None] | None = None,
) -> Generator[_Action, _Result, tuple[httpx.Response, int]]:
    """One call as a sequence of actions; returns the 2xx response and the number of retries taken.

    Raises the typed exception the call ends with. It never raises while handling another exception, so a
    connection error whose cause quotes the API key can be raised with no cause and no context at all.
    """
    method = method.upper()
    path = path_only(path)
    key = new_idempotency_key() if method == "POST" else None
    attempt = 0
    pause = 0.0
    while True:
        request = _prepare(build, attempt, key, None if left is None else left())
        started = time.monotonic()
        outcome = yield _Send(request, attempt, pause)
        resendable = replayable
        if isinstance(outcome, httpx.Response) and outcome.is_success and not stream:
            read = yield _Read(outcome)
            if isinstance(read, httpx.DecodingError):
                _log_attempt(method, path, attempt, started, exc=read)
                raise body_error(read, outcome) from read
            if isinstance(read, Exception):
                # A 2xx whose body broke off is a connection failure; the server has acted on the request.
                outcome = read
                resendable = replayable and method in _IDEMPOTENT
        if isinstance(outcome, Exception):
            delay = _within(left, _delay(policy, attempt, resendable, rand, outcome))
            _log_attempt(method, path, attempt, started, exc=outcome, delay=delay)
            if delay is None:
                error = connection_error(outcome, request)
                # Unchained when the httpx error's text quotes the API key (h11 quotes a bad header value).
                raise error from (None if error.cause_is_sensitive else outcome)
        else:
            assert isinstance(outcome, httpx.Response)  # what a driver returns for _Send
            if outcome.is_success:
                # A 2xx the operation's envelope calls a refusal for now (a full Midjourney queue) is retried as a 429.
                again = refused is not None and not stream and refused(outcome.content)
                delay = (
                    _within(left, _delay(policy, attempt, replayable, rand, outcome, refused=True)) if again else None
                )
                _log_attempt(method, path, attempt, started, response=outcome, delay=delay)
                if delay is None:
                    return outcome, attempt
                yield _Close(outcome)
            else:
                body = yield _Read(outcome)
                yield _Close(outcome)
                # A body cut short must not hide the status: the error is made from the status alone.
                body = body if isinstance(body, bytes) else b""
                delay = _within(left, _delay(policy, attempt, replayable, rand, outcome, body=body))
                _log_attempt(method, path, attempt, started, response=outcome, delay=delay)
                if delay is None:
                    raise make_status_error(outcome, body=body, method=method, path=path)
        yield _Sleep(delay)
        attempt += 1
        pause = delay


def _prepare(
    build: Callable[[dict[str, str]], httpx.Request], attempt: int, key: str | None, left: float | None
) -> httpx.Request:
    request = build({RETRY_COUNT_HEADER: str(attempt)})
    # Set again after building: whatever order the builder merges headers in, the count is ours.
    request.headers[RETRY_COUNT_HEADER] = str(attempt)
    if key is not None and IDEMPOTENCY_HEADER not in request.headers:
        request.headers[IDEMPOTENCY_HEADER] = key
    if left is not None:
        # No phase (connect, write, read, pool) may wait past the deadline; 1 ms at least, as 0 means "none".
        bound = max(left, 0.001)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        request.extensions["timeout"] = {
            phase: bound if value is None else min(value, bound)
            for phase, value in {"connect": None, "read": None, "write": None, "pool": None, **timeouts}.items()
        }
    return request


def _within(left: Callable[[], float | None] | None, delay: float | None) -> float | None:
    """``delay``, unless the next attempt would start at or after the deadline (then None: stop now)."""
    if delay is None or left is None:
        return delay
    remaining = left()
    return delay if remaining is None or delay < remaining else None


def _delay(
    policy: RetryPolicy,
    attempt: int,
    replayable: bool,
    rand: Callable[[], float],
    failed: httpx.Response | Exception,
    *,
    body: bytes = b"",
    refused: bool = False,
) -> float | None:
    """The policy's verdict on a failed (or ``refused``) attempt, vetoed when the request must not be sent again."""
    if not replayable:
        return None
    if isinstance(failed, httpx.Response):
        return decide(
            policy, attempt, status=failed.status_code, headers=failed.headers, body=body, refused=refused, rand=rand()
        )
    return decide(policy, attempt, exc=failed, rand=rand())


def _log_attempt(
    method: str,
    path: str,
    attempt: int,
    started: float,
    *,
    response: httpx.Response | None = None,
    exc: BaseException | None = None,
    delay: float | None = None,
) -> None:
    # Only method, path (no query), status or error class, retry count, request id and elapsed time:
    # never headers, URL query values or bodies.
    failed = exc is not None or (response is not None and not response.is_success)
    level = 30 if failed and delay is None else 20  # WARNING for a final failure, INFO otherwise
    if not logger.isEnabledFor(level):
        return  # before any formatting: this runs on every attempt
    elapsed_ms = (time.monotonic() - started) * 1000.0
    outcome = str(response.status_code) if response is not None else type(exc).__name__
    request_id = request_id_of(response.headers) if response is not None else None
    next_step = f"; retrying in {delay:.2f} s" if delay is not None else ""
    logger.log(
        level,
        "%s %s -> %s (retry %d, request id %s, %.0f ms)%s",
        method,
        path,
        outcome,
        attempt,
        request_id or "-",
        elapsed_ms,
        next_step,
        extra={
            "wushuang_method": method,
            "wushuang_path": path,
            "wushuang_status": response.status_code if response is not None else None,
            "wushuang_retry_count": attempt,
            "wushuang_request_id": request_id,
            "wushuang_elapsed_ms": elapsed_ms,
        },
    )


# ---------------------------------------------------------------------------------------------- the I/O


def send(
    http: httpx.Client,
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    policy: RetryPolicy,
    stream: bool,
    replayable: bool,
    method: str,
    path: str,
    clock: Clock,
    rand: Callable[[], float] = random.random,
    middleware: tuple[Middleware, ...] = (),
    call: Call | None = None,
    refused: Callable[[bytes], bool] | None = None,
    left: Callable[[], float | None] | None = None,
) -> tuple[httpx.Response, int]:
    """Send one call with retries; return the 2xx response and the number of retries taken.

    ``build(extra_headers)`` must return a fresh ``httpx.Request`` each time it is called (with
    ``extra_headers`` merged in). ``replayable=False`` (a one-shot body) means exactly one attempt.
    With ``stream=True`` the 2xx body is left unread for the caller. Raises ``APIStatusError``
    subclasses, ``APIConnectionError`` / ``APITimeoutError``, ``APIResponseValidationError``; any other
    exception from ``build`` or the transport (not an httpx / h11 failure) propagates unchanged.
    ``path`` is the path without query, used only for logs and messages. Back-off pauses wait on ``clock``.
    Each attempt goes through ``middleware`` (then ``http``) as an attempt of ``call``. ``refused(body)`` says
    whether a read 2xx body refuses the request for now (the operation's envelope, ``Envelope.refused``): such an
    answer is retried as a 429 would be, and returned as it is once the policy stops. ``left`` (the seconds left of
    a deadline on ``clock``) bounds every attempt's timeouts and the retries.
    """
    dispatch = chain(http, middleware, call) if middleware and call is not None else None
    steps = _attempts(
        build,
        policy=policy,
        stream=stream,
        replayable=replayable,
        method=method,
        path=path,
        rand=rand,
        refused=refused,
        left=left,
    )
    result: _Result = None
    while True:
        try:
            action = steps.send(result)
        except StopIteration as done:
            value: tuple[httpx.Response, int] = done.value
            return value
        result = None
        try:
            # isinstance, not match: on every call, a class pattern per action costs about a microsecond.
            if isinstance(action, _Send):
                if dispatch is None:
                    response = http.send(action.request, stream=True)
                else:
                    response = dispatch(action.request, action.number, action.pause)
                result = unbind(response)
            elif isinstance(action, _Read):
                result = _read(action.response)
            elif isinstance(action, _Close):
                action.response.close()
            else:
                clock.sleep(action.seconds)
        except Exception as exc:
            if not _is_failure(exc):
                raise
            # Handed back as a value, not thrown into the generator: an exception the generator raised while
            # this one is being handled would carry it as context, and its text may quote the API key.
            result = exc


def unbind(response: httpx.Response) -> httpx.Response:
    """``response``, with the strong reference its stream holds back to it made weak.

    httpx 0.28 wraps every response's stream in a ``BoundSyncStream`` / ``BoundAsyncStream`` that keeps the
    response, to set ``response.elapsed`` when the stream closes: a reference cycle. The response, its request and
    everything they hold (headers, the pool's stream, its events) are then freed not when the call is done with
    them but by the cyclic garbage collector, about 45 objects per call. Under load those pile up, trigger
    collections, outlive them into the oldest generation, and end in full collections that stop the event loop
    for tens of milliseconds: the slowest requests of a concurrent run. A stream without that back reference
    (httpx2 has none) is left as it is. ``wushuang._core.tail`` calls it too, before it wraps the stream.
    """
    stream = response.stream
    if getattr(stream, "_response", None) is response:
        stream._response = _WeakResponse(response)  # type: ignore[union-attr]
    return response


class _WeakResponse:
    """What a bound stream of httpx 0.28 holds instead of its response: a weak reference to set ``elapsed`` on."""

    __slots__ = ("_response",)

    def __init__(self, response: httpx.Response) -> None:
        self._response = weakref.ref(response)

    def _set_elapsed(self, value: timedelta) -> None:
        response = self._response()
        # None when the collector is finalising the response with a stream the caller forgot: closing it must
        # still give the connection back (``release_forgotten``), so this must not raise.
        if response is not None:
            response.elapsed = value

    elapsed = property(fset=_set_elapsed)


def _read(response: httpx.Response) -> bytes:
    try:
        return response.read()
    except BaseException:
        response.close()
        raise


async def asend(
    http: httpx.AsyncClient,
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    policy: RetryPolicy,
    stream: bool,
    replayable: bool,
    method: str,
    path: str,
    clock: Clock,
    rand: Callable[[], float] = random.random,
    middleware: tuple[Middleware, ...] = (),
    call: Call | None = None,
    refused: Callable[[bytes], bool] | None = None,
    left: Callable[[], float | None] | None = None,
) -> tuple[httpx.Response, int]:
    """The async twin of ``send`` (same arguments and behaviour; waits with ``clock.asleep``)."""
    dispatch = achain(http, middleware, call) if middleware and call is not None else None
    steps = _attempts(
        build,
        policy=policy,
        stream=stream,
        replayable=replayable,
        method=method,
        path=path,
        rand=rand,
        refused=refused,
        left=left,
    )
    result: _Result = None
    while True:
        try:
            action = steps.send(result)
        except StopIteration as done:
            value: tuple[httpx.Response, int] = done.value
            return value
        result = None
        try:
            if isinstance(action, _Send):
                if dispatch is None:
                    response = await http.send(action.request, stream=True)
                else:
                    response = await dispatch(action.request, action.number, action.pause)
                result = unbind(response)
            elif isinstance(action, _Read):
                result = await _aread(action.response)
            elif isinstance(action, _Close):
                await _aclose(action.response)
            else:
                await clock.asleep(action.seconds)
        except Exception as exc:
            if not _is_failure(exc):
                raise
            result = exc


async def _aread(response: httpx.Response) -> bytes:
    try:
        return await response.aread()
    except BaseException:
        await _aclose(response)
        raise


async def _aclose(response: httpx.Response) -> None:
    import anyio

    # Shielded: a call cancelled mid-read still gives its connection back to the pool.
    with anyio.CancelScope(shield=True):
        await response.aclose()
