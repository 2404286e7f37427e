"""Rate limits of a batch: requests and tokens per minute, and what the relay's answers say about them.

``RateLimiter`` paces request starts with one schedule per limit (a request may start once the previous ones'
cost has been paid back at the limit's rate: ``60 / rpm`` seconds per request, ``60 / tpm`` per token), and keeps
the times of the last starts, so that no 60-second window holds more than ``HEADROOM * rpm`` of them even when a
late start is caught up. It aims at ``HEADROOM`` of each
limit: the relay counts arrivals, which the network and the event loop bring a little closer together or further
apart than they were planned, and a relay counting in a sliding window refuses a request that comes early. The
tokens counted are an estimate (``estimate_tokens``) that ``correct`` fixes from the response's ``usage``.
``pause`` stops every start for a while: on a 429, or when the relay's rate-limit headers say its window is spent
(``pause_for``).
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections import deque
from collections.abc import Mapping
from typing import Any, Protocol

from wushuang._core.retry import TOO_LONG, server_delay

__all__ = ["DEFAULT_COMPLETION_TOKENS", "HEADROOM", "Limiter", "RateLimiter", "estimate_tokens", "pause_for"]

DEFAULT_COMPLETION_TOKENS = 256  # the completion a chat or completions line is assumed to ask for, without max_tokens
DEFAULT_429_PAUSE = 1.0  # seconds every start waits after a 429 that names no delay
HEADROOM = 0.98  # the share of each limit the limiter aims at
CATCH_UP = 1.0  # how late, in request intervals, a start may be and keep to the schedule (event loops wake late)
MAX_PAUSE = 120.0  # the longest pause a header can ask for (as the retry policy's max_server_delay)
_TEXT_FIELDS = ("messages", "prompt", "input")  # where the text a request is billed for sits
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def _text_chars(value: object) -> int:
    """The characters of text in a request field (messages, prompt, input); a token id counts as 4."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return 4
    if isinstance(value, Mapping):
        return sum(_text_chars(item) for item in value.values())
    if isinstance(value, list):
        return sum(_text_chars(item) for item in value)
    return 0


def estimate_tokens(body: Mapping[str, Any]) -> int:
    """The tokens a request is likely to be billed for, before it is sent.

    The prompt's characters / 4 rounded up, plus, for a completion (a body with ``messages`` or ``prompt``),
    ``max_tokens`` (or ``max_completion_tokens``, or ``DEFAULT_COMPLETION_TOKENS``) times ``n``; embeddings and
    moderations count their input only. The response's ``usage`` corrects it afterwards (``RateLimiter.correct``).
    """
    prompt = math.ceil(sum(_text_chars(body.get(name)) for name in _TEXT_FIELDS) / 4)
    if "messages" not in body and "prompt" not in body:
        return prompt
    completion = body.get("max_tokens") or body.get("max_completion_tokens") or DEFAULT_COMPLETION_TOKENS
    n = body.get("n") or 1
    if not isinstance(completion, int) or not isinstance(n, int):
        return prompt + DEFAULT_COMPLETION_TOKENS
    return prompt + completion * n


def _duration(text: str) -> float | None:
    """Seconds of a rate-limit reset header: ``"1s"``, ``"6m0s"``, ``"20ms"``, ``"1.5"``; None if unreadable."""
    text = text.strip()
    try:
        return float(text)
    except ValueError:
        pass
    parts = _DURATION_PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        return None
    return sum(float(number) * _UNIT_SECONDS[unit] for number, unit in parts)


def pause_for(status: int, headers: Mapping[str, str]) -> float | None:
    """How long every start should wait after a response, or None.

    A 429 waits what ``Retry-After`` / ``retry-after-ms`` ask (``DEFAULT_429_PAUSE`` when they name nothing);
    ``x-ratelimit-remaining-requests`` (or ``-tokens``) at 0 waits ``x-ratelimit-reset-requests`` (``-tokens``).
    Pauses are capped at ``MAX_PAUSE``.
    """
    waits: list[float] = []
    if status == 429:
        asked = server_delay(headers, max_delay=MAX_PAUSE)
        waits.append(MAX_PAUSE if asked == TOO_LONG else DEFAULT_429_PAUSE if asked is None else float(asked))
    for kind in ("requests", "tokens"):
        remaining = headers.get(f"x-ratelimit-remaining-{kind}")
        reset = headers.get(f"x-ratelimit-reset-{kind}")
        if remaining is None or reset is None:
            continue
        try:
            spent = float(remaining) <= 0
        except ValueError:
            continue
        seconds = _duration(reset) if spent else None
        if seconds is not None and seconds > 0:
            waits.append(min(seconds, MAX_PAUSE))
    return max(waits) if waits else None


class Limiter(Protocol):
    """What a batch request asks of a rate limiter (``RateLimiter``, or a stand-in shared by several processes)."""

    async def acquire(self, tokens: int) -> None:
        """Wait until a request of ``tokens`` estimated tokens may start."""

    def correct(self, estimated: int, actual: int) -> None:
        """Count ``actual`` tokens instead of the ``estimated`` ones of a request that has its response."""

    def pause(self, seconds: float) -> None:
        """Let no request start for ``seconds``."""


class RateLimiter:
    """Requests-per-minute and tokens-per-minute limits for the requests of one event loop (None: no limit).

    ``acquire`` waits, first come first served, until the request may start; ``correct`` adjusts the tokens
    counted; ``pause`` holds every start. Without limits and pauses, ``acquire`` returns at once.
    """

    def __init__(self, rpm: float | None = None, tpm: float | None = None) -> None:
        for name, value in (("rpm", rpm), ("tpm", tpm)):
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0
            ):
                raise ValueError(f"{name} must be a number > 0 or None, got {value!r}")
        self.rpm = rpm
        self.tpm = tpm
        self._per_request = 60.0 / (rpm * HEADROOM) if rpm else 0.0  # seconds of budget one request costs
        self._per_token = 60.0 / (tpm * HEADROOM) if tpm else 0.0
        self._clock = time.monotonic
        # The last starts, as many as a minute may hold: the oldest one a minute ago at least, or no start.
        self._recent: deque[float] | None = deque(maxlen=max(1, math.floor(rpm * HEADROOM))) if rpm else None
        self._next_request = -math.inf  # when the next request may start, by each limit
        self._next_token = -math.inf
        self._paused_until = -math.inf
        self._lock: asyncio.Lock | None = None  # made in the event loop, on first need

    async def acquire(self, tokens: int) -> None:
        """Wait until a request of ``tokens`` estimated tokens may start, and count it."""
        if not (self._per_request or self._per_token) and self._paused_until <= self._clock():
            return
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            while True:
                now = self._clock()
                start = max(self._next_request, self._next_token, self._paused_until)
                if self._recent is not None and len(self._recent) == self._recent.maxlen:
                    start = max(start, self._recent[0] + 60.0)
                if start <= now:
                    break
                await asyncio.sleep(start - now)
            # A start late by up to CATCH_UP intervals keeps to the schedule (else the rate falls with the event
            # loop's delays); after an idle time or a pause the schedule starts again from now (no burst follows).
            on_time = now - self._per_request * CATCH_UP <= self._next_request
            self._next_request = (self._next_request if on_time else now) + self._per_request
            self._next_token = max(self._next_token, now) + tokens * self._per_token
            if self._recent is not None:
                self._recent.append(now)

    def correct(self, estimated: int, actual: int) -> None:
        """Count ``actual`` tokens (the response's ``usage``) in place of the ``estimated`` ones."""
        self._next_token += (actual - estimated) * self._per_token

    def pause(self, seconds: float) -> None:
        """Hold every start for ``seconds`` from now (a longer pause already running stays)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)
