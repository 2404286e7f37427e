"""The pure retry policy (wushuang._core.retry): the whole table from reference/client-behaviours.md."""

from __future__ import annotations

import email.utils
import math

import httpx
import pytest

from wushuang._core.retry import (
    TOO_LONG,
    RetryPolicy,
    backoff_delay,
    decide,
    is_retryable_exception,
    server_delay,
    should_retry_response,
)

NOW = 1_750_000_000.0


# ---------------------------------------------------------------------------------------------- statuses


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
def test_retried_statuses(status: int) -> None:
    assert should_retry_response(status, {}) is True


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 413, 422, 200, 301])
def test_not_retried_statuses(status: int) -> None:
    assert should_retry_response(status, {}) is False


def test_x_should_retry_overrides_both_ways() -> None:
    assert should_retry_response(400, {"x-should-retry": "true"}) is True
    assert should_retry_response(503, {"x-should-retry": "false"}) is False
    assert should_retry_response(503, {"X-Should-Retry": "FALSE"}) is False  # names and values case-insensitive
    assert should_retry_response(400, httpx.Headers({"X-Should-Retry": "True"})) is True
    assert should_retry_response(503, {"x-should-retry": "maybe"}) is True  # junk: the table decides


# ---------------------------------------------------------------------------------------------- server delay


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # ms first
        ({"Retry-After-Ms": "100"}, 0.1),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after": "120"}, 120.0),
        ({"retry-after": "0.001"}, 0.001),
        ({"retry-after-ms": "nan", "retry-after": "4"}, 4.0),  # unusable ms: fall through to seconds
    ],
)
def test_server_delay_numeric(headers: dict[str, str], expected: float) -> None:
    result = server_delay(headers, now=NOW)
    assert result != TOO_LONG and result is not None
    assert result == pytest.approx(expected)


def test_server_delay_http_date() -> None:
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    assert server_delay({"retry-after": date}, now=NOW) == pytest.approx(30.0)
    past = email.utils.formatdate(NOW - 30, usegmt=True)
    assert server_delay({"retry-after": past}, now=NOW) is None
    far = email.utils.formatdate(NOW + 3600, usegmt=True)
    assert server_delay({"retry-after": far}, now=NOW) == TOO_LONG


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "121"},
        {"retry-after": "600"},
        {"retry-after-ms": "120001"},
        {"retry-after": "1e999"},
        {"retry-after-ms": "1e999"},
    ],
)
def test_server_delay_too_long_means_no_retry(headers: dict[str, str]) -> None:
    assert server_delay(headers, now=NOW) == TOO_LONG
    assert decide(RetryPolicy(), 0, status=503, headers=headers, rand=0.0, now=NOW) is None


@pytest.mark.parametrize(
    "value",
    ["inf", "Infinity", "-inf", "nan", "-1", "-0.5", "0", "", "   ", "soon", "Tue, 99 Foo 2025", "-1e999"],
)
def test_server_delay_unusable_falls_back_to_backoff(value: str) -> None:
    assert server_delay({"retry-after": value}, now=NOW) is None
    assert server_delay({"retry-after-ms": value}, now=NOW) is None
    assert decide(RetryPolicy(), 1, status=503, headers={"retry-after": value}, rand=0.0, now=NOW) == 1.0


def test_server_delay_absent() -> None:
    assert server_delay({}, now=NOW) is None
    assert server_delay(None, now=NOW) is None


def test_server_delay_is_used_as_is() -> None:
    assert decide(RetryPolicy(), 0, status=429, headers={"retry-after": "7"}, rand=0.99) == 7.0


# ---------------------------------------------------------------------------------------------- backoff


def test_backoff_sequence_without_jitter() -> None:
    assert [backoff_delay(n, 0.0) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert backoff_delay(10_000, 0.0) == 8.0  # no overflow for absurd attempt numbers


@pytest.mark.parametrize("attempt", range(6))
@pytest.mark.parametrize("rand", [0.0, 0.3, 0.999999])
def test_jitter_only_shortens(attempt: int, rand: float) -> None:
    base = min(0.5 * 2**attempt, 8.0)
    delay = backoff_delay(attempt, rand)
    assert base * 0.75 <= delay <= base
    assert delay == pytest.approx(base * (1 - 0.25 * rand))


def test_decide_uses_policy_backoff_settings() -> None:
    policy = RetryPolicy(max_retries=5, initial_delay=0.1, max_delay=0.3)
    assert [decide(policy, n, status=500, rand=0.0) for n in range(5)] == [0.1, 0.2, 0.3, 0.3, 0.3]


# ---------------------------------------------------------------------------------------------- exceptions

_REQ = httpx.Request("GET", "http://127.0.0.1/")


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused", request=_REQ),
        httpx.ConnectTimeout("t", request=_REQ),
        httpx.ReadTimeout("t", request=_REQ),
        httpx.WriteTimeout("t", request=_REQ),
        httpx.PoolTimeout("t", request=_REQ),
        httpx.ReadError("reset", request=_REQ),
        httpx.RemoteProtocolError("Server disconnected", request=_REQ),
        httpx.ProxyError("proxy", request=_REQ),
    ],
)
def test_transport_errors_are_retryable(exc: Exception) -> None:
    assert is_retryable_exception(exc) is True
    assert decide(RetryPolicy(), 0, exc=exc, rand=0.0) == 0.5


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("caller bug"),
        KeyError("x"),
        RuntimeError("custom transport"),
        httpx.UnsupportedProtocol("ftp://", request=_REQ),
        httpx.LocalProtocolError("illegal header", request=_REQ),
        httpx.HTTPStatusError("x", request=_REQ, response=httpx.Response(500)),
    ],
)
def test_other_exceptions_are_not_retryable(exc: Exception) -> None:
    assert is_retryable_exception(exc) is False
    assert decide(RetryPolicy(), 0, exc=exc, rand=0.0) is None


# ---------------------------------------------------------------------------------------------- decide


def test_decide_stops_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)
    assert decide(policy, 0, status=503, rand=0.0) == 0.5
    assert decide(policy, 1, status=503, rand=0.0) == 1.0
    assert decide(policy, 2, status=503, rand=0.0) is None
    assert decide(RetryPolicy(max_retries=0), 0, status=503, rand=0.0) is None


def test_decide_does_not_retry_400() -> None:
    assert decide(RetryPolicy(), 0, status=400, headers={"retry-after": "1"}, rand=0.0) is None


# ---------------------------------------------------------------------------------------------- validation


@pytest.mark.parametrize("value", [None, "2", 2.5, 2.0, math.nan, math.inf, -1, True, False, [2]])
def test_max_retries_validation(value: object) -> None:
    with pytest.raises((TypeError, ValueError), match="max_retries"):
        RetryPolicy(max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [0, 1, 2, 10])
def test_max_retries_valid(value: int) -> None:
    assert RetryPolicy(max_retries=value).max_retries == value


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("initial_delay", -1.0),
        ("initial_delay", math.nan),
        ("max_delay", math.inf),
        ("max_server_delay", "5"),
    ],
)
def test_other_fields_validated(field: str, value: object) -> None:
    with pytest.raises((TypeError, ValueError), match=field):
        RetryPolicy(**{field: value})  # type: ignore[arg-type]


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_delay, policy.max_delay, policy.max_server_delay) == (2, 0.5, 8.0, 120.0)
