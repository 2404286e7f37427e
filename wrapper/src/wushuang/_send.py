"""The send loop: one call = one or more attempts through httpx, governed by ``_retry``.

``send`` and ``asend`` are twins that differ only in I/O; every decision is ``_retry.decide``.

Per attempt the loop builds a fresh request (so a body is re-sent from the start), stamps
``X-Wushuang-Retry-Count: <n>`` on it and, for POST, an ``Idempotency-Key`` that stays the same across the
attempts of one call (a caller-set key is kept). A 2xx response is returned (its body read unless
``stream``); a failed response is read and closed before the next attempt, so retries never leak a pooled
connection; when the policy says stop, the failure becomes a typed exception.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Awaitable, Callable

import anyio
import httpx

from ._errors import APIConnectionError, connection_error, make_status_error
from ._logging import logger, path_only
from ._retry import RetryBudget, RetryPolicy, decide

__all__ = ["IDEMPOTENCY_HEADER", "RETRY_COUNT_HEADER", "asend", "send"]

RETRY_COUNT_HEADER = "X-Wushuang-Retry-Count"
IDEMPOTENCY_HEADER = "Idempotency-Key"

# Module-level so tests can swap them; the functions also take them as parameters.
default_sleep: Callable[[float], None] = time.sleep


async def _anyio_sleep(seconds: float) -> None:
    await anyio.sleep(seconds)


default_async_sleep: Callable[[float], Awaitable[None]] = _anyio_sleep


def new_idempotency_key() -> str:
    """A fresh key for one call: the same value goes on every attempt of that call."""
    return f"wushuang-retry-{uuid.uuid4()}"


def _prepare(
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    http_timeout: httpx.Timeout,
    attempt: int,
    key: str | None,
    deadline: float | None,
) -> httpx.Request:
    request = build({RETRY_COUNT_HEADER: str(attempt)})
    # Set again after building: whatever order the builder merges headers in, the count is ours.
    request.headers[RETRY_COUNT_HEADER] = str(attempt)
    if key is not None and IDEMPOTENCY_HEADER not in request.headers:
        request.headers[IDEMPOTENCY_HEADER] = key
    if deadline is not None:
        # Cap every phase of this attempt at what is left of the total deadline.
        remaining = max(deadline - time.monotonic(), 0.001)
        current = request.extensions.get("timeout") or http_timeout.as_dict()
        capped = {k: remaining if v is None else min(float(v), remaining) for k, v in current.items()}
        request.extensions = {**request.extensions, "timeout": capped}
    return request


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
    request_id = response.headers.get("x-request-id") if response is not None else None
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


def send(
    http: httpx.Client,
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    policy: RetryPolicy,
    stream: bool,
    replayable: bool,
    method: str,
    path: str,
    sleep: Callable[[float], None] | None = None,
    rand: Callable[[], float] = random.random,
    budget: RetryBudget | None = None,
    idempotency_key: str | None = None,
) -> tuple[httpx.Response, int]:
    """Send one call with retries; return the 2xx response and the number of retries taken.

    ``build(extra_headers)`` must return a fresh ``httpx.Request`` each time it is called (with
    ``extra_headers`` merged in). ``replayable=False`` (a one-shot body) means exactly one attempt.
    With ``stream=True`` the 2xx body is left unread for the caller. Raises ``APIStatusError``
    subclasses, ``APIConnectionError`` / ``APITimeoutError``; any other exception from ``build`` or the
    transport propagates unchanged. ``path`` is the path without query, used only for logs and messages.
    """
    do_sleep = sleep if sleep is not None else default_sleep
    method = method.upper()
    path = path_only(path)
    key = (idempotency_key or new_idempotency_key()) if method == "POST" else None
    first_start = time.monotonic()
    deadline = first_start + policy.total_timeout if policy.total_timeout is not None else None
    attempt = 0
    while True:
        request = _prepare(build, http_timeout=http.timeout, attempt=attempt, key=key, deadline=deadline)
        started = time.monotonic()
        failure: APIConnectionError | None = None
        try:
            response = http.send(request, stream=True)
            if response.is_success and not stream:
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
        except httpx.TransportError as exc:
            delay = _next_delay(policy, attempt, replayable, budget, rand, first_start, exc=exc)
            _log_attempt(method, path, attempt, started, exc=exc, delay=delay)
            if delay is None:
                failure = connection_error(exc, request)
                if not failure.cause_is_sensitive:
                    raise failure from exc
            else:
                do_sleep(delay)
                attempt += 1
                continue
        if failure is not None:
            # Raised outside the except block: no __cause__ / __context__ that quotes the key.
            raise failure

        if response.is_success:
            if budget is not None:
                budget.record_success()
            _log_attempt(method, path, attempt, started, response=response)
            return response, attempt

        try:
            body = response.read()
        except httpx.TransportError:
            body = b""  # the status is what matters; a body cut short must not hide it
        finally:
            response.close()
        delay = _next_delay(policy, attempt, replayable, budget, rand, first_start, response=response)
        _log_attempt(method, path, attempt, started, response=response, delay=delay)
        if delay is None:
            raise make_status_error(response, body=body, method=method, path=path)
        do_sleep(delay)
        attempt += 1


async def asend(
    http: httpx.AsyncClient,
    build: Callable[[dict[str, str]], httpx.Request],
    *,
    policy: RetryPolicy,
    stream: bool,
    replayable: bool,
    method: str,
    path: str,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    rand: Callable[[], float] = random.random,
    budget: RetryBudget | None = None,
    idempotency_key: str | None = None,
) -> tuple[httpx.Response, int]:
    """The async twin of ``send`` (same arguments and behaviour; ``sleep`` is awaitable)."""
    do_sleep = sleep if sleep is not None else default_async_sleep
    method = method.upper()
    path = path_only(path)
    key = (idempotency_key or new_idempotency_key()) if method == "POST" else None
    first_start = time.monotonic()
    deadline = first_start + policy.total_timeout if policy.total_timeout is not None else None
    attempt = 0
    while True:
        request = _prepare(build, http_timeout=http.timeout, attempt=attempt, key=key, deadline=deadline)
        started = time.monotonic()
        failure: APIConnectionError | None = None
        try:
            response = await http.send(request, stream=True)
            if response.is_success and not stream:
                try:
                    await response.aread()
                except BaseException:
                    with anyio.CancelScope(shield=True):
                        await response.aclose()
                    raise
        except httpx.TransportError as exc:
            delay = _next_delay(policy, attempt, replayable, budget, rand, first_start, exc=exc)
            _log_attempt(method, path, attempt, started, exc=exc, delay=delay)
            if delay is None:
                failure = connection_error(exc, request)
                if not failure.cause_is_sensitive:
                    raise failure from exc
            else:
                await do_sleep(delay)
                attempt += 1
                continue
        if failure is not None:
            # Raised outside the except block: no __cause__ / __context__ that quotes the key.
            raise failure

        if response.is_success:
            if budget is not None:
                budget.record_success()
            _log_attempt(method, path, attempt, started, response=response)
            return response, attempt

        try:
            body = await response.aread()
        except httpx.TransportError:
            body = b""
        finally:
            with anyio.CancelScope(shield=True):
                await response.aclose()
        delay = _next_delay(policy, attempt, replayable, budget, rand, first_start, response=response)
        _log_attempt(method, path, attempt, started, response=response, delay=delay)
        if delay is None:
            raise make_status_error(response, body=body, method=method, path=path)
        await do_sleep(delay)
        attempt += 1


def _next_delay(
    policy: RetryPolicy,
    attempt: int,
    replayable: bool,
    budget: RetryBudget | None,
    rand: Callable[[], float],
    first_start: float,
    *,
    exc: BaseException | None = None,
    response: httpx.Response | None = None,
) -> float | None:
    """Shared by both loops: the policy's verdict, then the one-shot-body and budget vetoes."""
    if not replayable:
        return None
    delay = decide(
        policy,
        attempt,
        status=response.status_code if response is not None else None,
        headers=response.headers if response is not None else None,
        exc=exc,
        rand=rand(),
        elapsed=time.monotonic() - first_start,
    )
    if delay is not None and budget is not None and not budget.record_failure():
        return None
    return delay
