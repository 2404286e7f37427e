"""The retry policy: pure decisions, no I/O. The send loop (``send``) asks ``decide`` after every failure.

Rules (see ``reference/client-behaviours.md``):

- retried: transport failures before a response (connect, read, write, pool timeouts, broken connections,
  TLS errors) and the statuses 408, 409, 429 and >= 500; a ``x-should-retry: true|false`` header overrides;
- the error body has its say before the status (``body_verdict``): a condition of the relay's gateway follows its
  class (``GatewayError.retryable``: a saturated upstream is retried, no channel for the model, a spent quota or the
  key's request limit are not), and a Midjourney refusal for a full queue or a rate limit (codes 23, 30) is retried
  whatever its status; so is a 2xx the operation's envelope calls such a refusal (``refused``);
- the delay is the server's (``retry-after-ms``, then ``retry-after`` as seconds or an HTTP date) when
  0 < delay <= ``max_server_delay``; a longer request means "do not retry"; anything unusable falls back to
  exponential backoff ``min(initial * 2**n, max_delay) * (1 - 0.25 * random())``.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from typing import Literal

import httpx

from wushuang._core.errors import gateway_class, not_implemented, parse_error_body

__all__ = [
    "MIDJOURNEY_BUSY",
    "TOO_LONG",
    "RetryPolicy",
    "backoff_delay",
    "body_verdict",
    "decide",
    "is_retryable_exception",
    "server_delay",
    "should_retry_response",
]

TOO_LONG: Literal["too_long"] = "too_long"

_RETRY_STATUSES = frozenset({408, 409, 429})
#: Midjourney result codes that refuse a submission for now only: 23 (queue full), 30 (rate limit). Nothing was made.
MIDJOURNEY_BUSY = frozenset({23, 30})


def _check_delay(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number, got {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a call is retried.

    ``max_retries``: retries after the first attempt (an ``int`` >= 0; 2 means at most 3 attempts).
    ``initial_delay`` / ``max_delay``: the exponential backoff's first step and cap, in seconds.
    ``max_server_delay``: the longest server-requested delay honoured; a longer one stops retrying.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_server_delay: float = 120.0

    def __post_init__(self) -> None:
        retries: object = self.max_retries
        # bool is an int subclass, and floats like 2.0 / nan / inf are not counts: refuse them all.
        if isinstance(retries, bool) or not isinstance(retries, int):
            raise TypeError(f"max_retries must be an int >= 0, got {retries!r}")
        if retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {retries!r}")
        _check_delay("initial_delay", self.initial_delay)
        _check_delay("max_delay", self.max_delay)
        _check_delay("max_server_delay", self.max_server_delay)


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """Case-insensitive header lookup that works for ``httpx.Headers`` and plain dicts alike."""
    if not headers:
        return None
    value = headers.get(name)
    if isinstance(headers, httpx.Headers):
        return value
    if value is not None:
        return value
    lname = name.lower()
    for key, val in headers.items():
        if key.lower() == lname:
            return val
    return None


def body_verdict(status: int, body: bytes) -> bool | None:
    """Whether an error body says to retry: never for an endpoint the relay does not implement (501,
    ``api_not_implemented``), a gateway condition's own rule, yes for a Midjourney error body (``{"description",
    "type", "code"}``) with code 23 or 30; ``None`` when it says nothing (the status decides)."""
    if status == 501:
        return False
    if not body:
        return None
    parsed, info = parse_error_body(body)
    if not_implemented(status, info):
        return False
    found = gateway_class(status, info)
    if found is not None:
        return found[0].retryable
    if info is not None and isinstance(parsed, Mapping) and "description" in parsed:
        if info.code is not None and info.code.isdigit() and int(info.code) in MIDJOURNEY_BUSY:
            return True
    return None


def should_retry_response(status: int, headers: Mapping[str, str] | None = None, body: bytes = b"") -> bool:
    """Whether a response with this status (and error ``body``) is worth retrying: ``x-should-retry`` overrides
    everything, then the body's verdict (``body_verdict``), then the status table."""
    override = _header(headers, "x-should-retry")
    if override is not None:
        flag = override.strip().lower()
        if flag == "true":
            return True
        if flag == "false":
            return False
    verdict = body_verdict(status, body)
    if verdict is not None:
        return verdict
    return status in _RETRY_STATUSES or status >= 500


_INFINITY_SPELLINGS = frozenset({"inf", "infinity"})


def _classify_seconds(text: str, max_delay: float) -> float | Literal["too_long"] | None:
    """Turn a numeric delay into a usable delay, ``TOO_LONG`` or ``None`` (fall back to backoff).

    Raises ``ValueError`` when ``text`` is not a number at all.
    """
    seconds = float(text)  # ValueError for non-numbers, including ""
    if math.isnan(seconds):
        return None
    if math.isinf(seconds):
        if seconds < 0:
            return None
        # A literal "inf" is nonsense (back off); a finite number too big for a float, e.g. 1e999,
        # is a real request for a very long wait: do not retry.
        return None if text.strip().lstrip("+").lower() in _INFINITY_SPELLINGS else TOO_LONG
    if seconds <= 0:
        return None
    if seconds > max_delay:
        return TOO_LONG
    return seconds


def server_delay(
    headers: Mapping[str, str] | None,
    *,
    max_delay: float = 120.0,
    now: float | None = None,
) -> float | Literal["too_long"] | None:
    """The delay the server asked for, in seconds.

    Returns the delay when 0 < delay <= ``max_delay``; ``"too_long"`` when the server asked for more
    (the call should not be retried); ``None`` when there is no usable request (use backoff).
    Sources in order: ``retry-after-ms``, ``retry-after`` as seconds (float allowed), ``retry-after``
    as an HTTP date (relative to ``now``, a Unix time, default the current time).
    """
    ms = _header(headers, "retry-after-ms")
    if ms is not None:
        try:
            verdict = _classify_seconds(ms, max_delay * 1000.0)
        except ValueError:
            verdict = None
        if verdict is not None:
            return verdict if verdict == TOO_LONG else float(verdict) / 1000.0

    value = _header(headers, "retry-after")
    if value is None or not value.strip():
        return None
    try:
        return _classify_seconds(value, max_delay)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" dates come back naive; HTTP dates are GMT
        when = when.replace(tzinfo=UTC)
    current = time.time() if now is None else now
    seconds = when.timestamp() - current
    if seconds <= 0:
        return None
    if seconds > max_delay:
        return TOO_LONG
    return seconds


def backoff_delay(attempt: int, rand: float, *, initial: float = 0.5, maximum: float = 8.0) -> float:
    """Exponential backoff for retry number ``attempt`` (0-based), with jitter that only shortens.

    ``min(initial * 2**attempt, maximum) * (1 - 0.25 * rand)`` with ``rand`` in [0, 1).
    """
    base = maximum if attempt >= 64 else min(initial * 2.0**attempt, maximum)
    return base * (1.0 - 0.25 * min(max(rand, 0.0), 1.0))


def is_retryable_exception(exc: BaseException) -> bool:
    """Whether an exception raised while sending means "try again".

    httpx transport errors are (connect / read / write / pool timeouts, broken connections, remote protocol
    errors, TLS and proxy failures), except the two that fail the same way every time: an unsupported URL
    scheme and a request h11 refuses to write (``LocalProtocolError``). Anything else, including errors
    from the caller's own code or a custom transport, is not.
    """
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return False
    return isinstance(exc, httpx.TransportError)


def decide(
    policy: RetryPolicy,
    attempt: int,
    *,
    status: int | None = None,
    headers: Mapping[str, str] | None = None,
    body: bytes = b"",
    refused: bool = False,
    exc: BaseException | None = None,
    rand: float,
    now: float | None = None,
) -> float | None:
    """Decide what follows a failed attempt: the delay in seconds before the next one, or ``None`` to stop.

    ``attempt`` is the 0-based number of the attempt that just failed (= retries taken so far).
    Pass either ``status`` (+ ``headers`` and the error ``body``) of a response, or the ``exc`` raised while sending.
    ``refused`` marks a 2xx whose envelope refused the request for now (a full Midjourney queue): retried as a 429.
    """
    if attempt >= policy.max_retries:
        return None
    if exc is not None:
        if not is_retryable_exception(exc):
            return None
    elif status is not None:
        if not (refused or should_retry_response(status, headers, body)):
            return None
        requested = server_delay(headers, max_delay=policy.max_server_delay, now=now)
        if requested == TOO_LONG:
            return None
        if requested is not None:
            return float(requested)
    else:
        return None
    return backoff_delay(attempt, rand, initial=policy.initial_delay, maximum=policy.max_delay)
