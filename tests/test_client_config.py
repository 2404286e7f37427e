"""Client configuration: key, base URL, timeout, retries, defaults and per-call options, http_client, copies.

Traffic goes through ``httpx.MockTransport`` (the handler records what the client would have sent), or to the
emulator on 127.0.0.1 where a real pool matters.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator

KEY = "sk-config-test-0123456789"
COMPLETION = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1,
    "model": "m",
    "choices": [{"text": "ok", "index": 0, "logprobs": None, "finish_reason": "stop"}],
}


class Recorder:
    """A MockTransport handler that answers scripted responses and keeps every request it saw."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.requests: list[httpx.Request] = []
        self._responses = list(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self._responses:
            return self._responses.pop(0)
        return httpx.Response(200, json=COMPLETION)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def client(self, **options: Any) -> Wushuang:
        options.setdefault("api_key", KEY)
        return Wushuang(http_client=httpx.Client(transport=httpx.MockTransport(self)), **options)

    def async_client(self, **options: Any) -> AsyncWushuang:
        options.setdefault("api_key", KEY)
        return AsyncWushuang(http_client=httpx.AsyncClient(transport=httpx.MockTransport(self)), **options)


def complete(client: Wushuang, **extra: Any) -> Any:
    return client.completions.create(model="m", prompt="p", **extra)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WUSHUANG_API_KEY", raising=False)
    monkeypatch.delenv("WUSHUANG_BASE_URL", raising=False)


# ---------------------------------------------------------------- api key
def test_api_key_from_argument() -> None:
    rec = Recorder()
    complete(rec.client(api_key="sk-arg"))
    assert rec.last.headers["authorization"] == "Bearer sk-arg"


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WUSHUANG_API_KEY", "sk-env")
    rec = Recorder()
    client = Wushuang(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    assert client.api_key == "sk-env"
    complete(client)
    assert rec.last.headers["authorization"] == "Bearer sk-env"
    complete(rec.client(api_key="sk-arg"))  # the argument wins over the environment
    assert rec.last.headers["authorization"] == "Bearer sk-arg"


@pytest.mark.parametrize("cls", [Wushuang, AsyncWushuang])
def test_missing_api_key_fails_at_construction(cls: type[Any]) -> None:
    with pytest.raises(wushuang.WushuangError, match="WUSHUANG_API_KEY"):
        cls()


# ---------------------------------------------------------------- base url
def test_default_base_url() -> None:
    rec = Recorder()
    client = rec.client()
    assert client.base_url == "https://www.wushuangai.com"
    complete(client)
    assert str(rec.last.url) == "https://www.wushuangai.com/v1/completions"


def test_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WUSHUANG_BASE_URL", "http://relay.test:8080")
    rec = Recorder()
    complete(rec.client())
    assert str(rec.last.url) == "http://relay.test:8080/v1/completions"
    complete(rec.client(base_url="http://other.test"))  # the argument wins
    assert str(rec.last.url) == "http://other.test/v1/completions"


@pytest.mark.parametrize(
    "base", ["http://relay.test", "http://relay.test/", "http://relay.test/v1", "http://relay.test/v1/"]
)
def test_base_url_with_or_without_v1(base: str) -> None:
    rec = Recorder(httpx.Response(200, json=COMPLETION), httpx.Response(200, json={"code": 1, "result": "7"}))
    client = rec.client(base_url=base)
    complete(client)
    client.midjourney.submit.imagine(prompt="x")
    assert [str(r.url) for r in rec.requests] == [
        "http://relay.test/v1/completions",
        "http://relay.test/mj/submit/imagine",
    ]


@pytest.mark.parametrize(
    "base",
    ["ftp://relay.test", "relay.test", "http://", "not a url", "http://relay.test/?x=1", "http://relay.test/#f", ""],
)
@pytest.mark.parametrize("cls", [Wushuang, AsyncWushuang])
def test_invalid_base_url_rejected_at_construction(cls: type[Any], base: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        cls(api_key=KEY, base_url=base)


# ---------------------------------------------------------------- timeout
def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    value: dict[str, float | None] = request.extensions["timeout"]
    return value


@pytest.mark.parametrize(
    ("timeout", "read"),
    [(12.5, 12.5), (httpx.Timeout(3.0, read=42.0), 42.0), (None, None)],
)
def test_timeout_accepted(timeout: Any, read: float | None) -> None:
    rec = Recorder()
    complete(rec.client(timeout=timeout))
    assert timeout_of(rec.last)["read"] == read


def test_default_timeout() -> None:
    with Wushuang(api_key=KEY) as client:
        # The SDK's own pool: connect 5 s, read 600 s.
        assert client.timeout == httpx.Timeout(600.0, connect=5.0)


@pytest.mark.parametrize("timeout", ["5", -1, 0, math.nan, math.inf, True, [1.0]])
def test_bad_timeout_rejected(timeout: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="timeout"):
        Wushuang(api_key=KEY, timeout=timeout)


@pytest.mark.parametrize("max_retries", [None, "2", 2.5, math.nan, math.inf, -1, True])
@pytest.mark.parametrize("cls", [Wushuang, AsyncWushuang])
def test_bad_max_retries_rejected(cls: type[Any], max_retries: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="max_retries"):
        cls(api_key=KEY, max_retries=max_retries)


# ---------------------------------------------------------------- defaults and per-call options
def test_default_and_per_call_options() -> None:
    rec = Recorder()
    client = rec.client(
        timeout=20.0,
        default_headers={"X-Team": "default", "X-Only-Default": "yes"},
        default_query={"tenant": "default", "region": "eu"},
    )
    complete(client)
    first = rec.last
    assert first.headers["x-team"] == "default" and first.headers["x-only-default"] == "yes"
    assert first.url.params["tenant"] == "default" and first.url.params["region"] == "eu"
    assert timeout_of(first)["read"] == 20.0

    complete(
        client,
        extra_headers={"x-TEAM": "per-call"},  # header names are case-insensitive: this replaces X-Team
        extra_query={"tenant": "per-call"},
        extra_body={"temperature": 99, "relay_field": {"nested": [1, 2]}},
        timeout=1.5,
    )
    second = rec.last
    assert second.headers.get_list("x-team") == ["per-call"]
    assert second.headers["x-only-default"] == "yes"
    assert second.url.params.get_list("tenant") == ["per-call"] and second.url.params["region"] == "eu"
    assert timeout_of(second)["read"] == 1.5
    body = json.loads(second.content)
    # extra_body reaches the wire as given, not validated (temperature 99 would be refused as an argument).
    assert body == {"model": "m", "prompt": "p", "temperature": 99, "relay_field": {"nested": [1, 2]}}


async def test_per_call_options_async() -> None:
    rec = Recorder()
    client = rec.async_client(default_headers={"X-Team": "default"}, timeout=20.0)
    await client.completions.create(
        model="m", prompt="p", extra_headers={"x-team": "call"}, extra_body={"x": 1}, timeout=2.0
    )
    assert rec.last.headers.get_list("x-team") == ["call"]
    assert json.loads(rec.last.content)["x"] == 1
    assert timeout_of(rec.last)["read"] == 2.0


def test_user_agent_and_retry_count_headers() -> None:
    rec = Recorder()
    complete(rec.client())
    assert rec.last.headers["user-agent"] == f"wushuang-python/{wushuang.__version__}"
    assert rec.last.headers["x-wushuang-retry-count"] == "0"


# ---------------------------------------------------------------- http_client
def test_wrong_kind_of_http_client() -> None:
    async_http = httpx.AsyncClient()
    sync_http = httpx.Client()
    with pytest.raises(TypeError, match="http_client"):
        Wushuang(api_key=KEY, http_client=async_http)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="http_client"):
        AsyncWushuang(api_key=KEY, http_client=sync_http)  # type: ignore[arg-type]
    sync_http.close()


def retry_then_ok() -> Recorder:
    return Recorder(
        httpx.Response(503, json={"error": {"message": "busy"}}, headers={"retry-after-ms": "1"}),
        httpx.Response(200, json=COMPLETION),
    )


def test_custom_http_client_gets_retries_and_stable_idempotency_key() -> None:
    rec = retry_then_ok()
    result = complete(rec.client(max_retries=2))
    assert result.choices[0].text == "ok"
    assert len(rec.requests) == 2
    keys = [r.headers["idempotency-key"] for r in rec.requests]
    assert keys[0] and keys[0] == keys[1]
    assert [r.headers["x-wushuang-retry-count"] for r in rec.requests] == ["0", "1"]
    complete(rec.client())
    assert rec.last.headers["idempotency-key"] != keys[0]  # a new call, a new key


async def test_custom_async_http_client_gets_retries() -> None:
    rec = retry_then_ok()
    result = await rec.async_client(max_retries=1).completions.create(model="m", prompt="p")
    assert result.choices[0].text == "ok"
    assert len(rec.requests) == 2
    assert rec.requests[0].headers["idempotency-key"] == rec.requests[1].headers["idempotency-key"]


def test_no_retry_when_max_retries_zero() -> None:
    rec = retry_then_ok()
    with pytest.raises(wushuang.InternalServerError):
        complete(rec.client(max_retries=0))
    assert len(rec.requests) == 1


def test_get_has_no_idempotency_key() -> None:
    rec = Recorder(httpx.Response(200, json={"object": "list", "data": []}))
    rec.client().models.list()
    assert rec.last.method == "GET" and "idempotency-key" not in rec.last.headers


# ---------------------------------------------------------------- copies and lifetimes
def test_with_options_returns_new_client_sharing_pool() -> None:
    rec = Recorder()
    client = rec.client(default_headers={"X-A": "1"}, max_retries=2)
    copy = client.with_options(max_retries=0, default_headers={"X-B": "2"}, timeout=3.0)
    assert copy is not client
    assert copy.max_retries == 0 and client.max_retries == 2
    assert copy._http is client._http  # one connection pool
    complete(copy)
    assert rec.last.headers["x-a"] == "1" and rec.last.headers["x-b"] == "2"
    assert timeout_of(rec.last)["read"] == 3.0
    complete(client)
    assert "x-b" not in rec.last.headers  # the original is unchanged


def test_closing_a_copy_keeps_the_shared_pool(wushuang_emulator: Emulator) -> None:
    emu = wushuang_emulator
    client = Wushuang(api_key=emu.api_key, base_url=emu.base_url)
    copy = client.with_options(max_retries=0)
    copy.close()
    assert client.models.list().data  # still usable
    with copy:
        pass
    assert client.models.list().data
    client.close()
    assert client._http.is_closed


def test_context_managers_close_what_they_own() -> None:
    with Wushuang(api_key=KEY) as owned:
        pool = owned._http
    assert pool.is_closed
    mine = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with Wushuang(api_key=KEY, http_client=mine) as client:
        complete(client)
    assert not mine.is_closed  # the caller's client is the caller's to close
    mine.close()


async def test_async_context_managers_close_what_they_own() -> None:
    async with AsyncWushuang(api_key=KEY) as owned:
        pool = owned._http
    assert pool.is_closed
    mine = httpx.AsyncClient(transport=httpx.MockTransport(Recorder()))
    async with AsyncWushuang(api_key=KEY, http_client=mine) as client:
        await client.completions.create(model="m", prompt="p")
    assert not mine.is_closed
    await mine.aclose()
    copy_source = AsyncWushuang(api_key=KEY)
    await copy_source.with_options(max_retries=1).close()
    assert not copy_source._http.is_closed
    await copy_source.close()
    assert copy_source._http.is_closed


# ---------------------------------------------------------------- no key in repr
@pytest.mark.parametrize("make", [lambda: Wushuang(api_key=KEY), lambda: AsyncWushuang(api_key=KEY)])
def test_repr_has_no_key(make: Callable[[], Any]) -> None:
    client = make()
    for text in (repr(client), str(client), repr(client.with_options(max_retries=1))):
        assert KEY not in text and KEY[:12] not in text
    assert "Wushuang" in repr(client)
