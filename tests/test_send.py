"""The send loop (wushuang._core.send) against a real failing server on 127.0.0.1, and the error mapping."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest
from _fakes import FakeTime, mock_client
from _scripted_server import Reply, ScriptedServer, scripted_server

from wushuang._core.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EndpointNotSupportedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
)
from wushuang._core.retry import RetryPolicy
from wushuang._core.send import asend, send

PATH = "/v1/completions"
BODY = b'{"model": "gpt-3.5-turbo-instruct", "prompt": "hi"}'


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as srv:
        yield srv


class Sleeps:
    """The send loop's clock: records the delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def monotonic(self) -> float:
        return sum(self.delays)

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


class RecordingClient(httpx.Client):
    """Keeps every response it hands out, to check failed ones were closed."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.responses: list[httpx.Response] = []

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        response = super().send(request, **kwargs)
        self.responses.append(response)
        return response


def builder(
    http: httpx.Client | httpx.AsyncClient, base: str, method: str = "POST"
) -> Callable[[dict[str, str]], httpx.Request]:
    """A request builder like the lead's: a fresh request per attempt, extra headers merged in."""

    def build(extra: dict[str, str]) -> httpx.Request:
        content = BODY if method == "POST" else None
        return http.build_request(method, base + PATH, headers=extra, content=content)

    return build


def one_conn_client(**kwargs: Any) -> RecordingClient:
    # One pooled connection and a short pool timeout: a leaked (unclosed) failed response would make the
    # next attempt wait for the pool and fail.
    return RecordingClient(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5, pool=1), **kwargs)


def test_retries_503_twice_then_succeeds(server: ScriptedServer) -> None:
    server.script = [Reply(503), Reply(503), Reply(200, b'{"id": "ok"}')]
    sleeps = Sleeps()
    with one_conn_client() as http:
        response, retries = send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
            rand=lambda: 0.0,
        )
        assert response.status_code == 200 and response.json() == {"id": "ok"}
        assert retries == 2
        assert len(server.seen) == 3
        assert [s.headers["x-wushuang-retry-count"] for s in server.seen] == ["0", "1", "2"]
        keys = {s.headers["idempotency-key"] for s in server.seen}
        assert len(keys) == 1 and next(iter(keys)).startswith("wushuang-retry-")
        assert [s.body for s in server.seen] == [BODY, BODY, BODY]  # body replayed in full
        assert sleeps.delays == [0.5, 1.0]
        # Failed responses were closed, and the single connection was reused for every attempt.
        assert all(r.is_closed for r in http.responses[:2])
        assert len({s.client_port for s in server.seen}) == 1


def test_idempotency_key_differs_between_calls_and_caller_key_kept(server: ScriptedServer) -> None:
    with httpx.Client() as http:
        for _ in range(2):
            send(
                http,
                builder(http, server.base_url),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=FakeTime(),
            )
        server.script = [Reply(500), Reply(200)]

        def build(extra: dict[str, str]) -> httpx.Request:
            return http.build_request(
                "POST", server.base_url + PATH, headers={**extra, "Idempotency-Key": "mine"}, content=BODY
            )

        send(http, build, policy=RetryPolicy(), stream=False, replayable=True, method="POST", path=PATH, clock=Sleeps())
    keys = [s.headers["idempotency-key"] for s in server.seen]
    assert keys[0] != keys[1]
    assert keys[2:] == ["mine", "mine"]


def test_get_has_retry_count_but_no_idempotency_key(server: ScriptedServer) -> None:
    with httpx.Client() as http:
        send(
            http,
            builder(http, server.base_url, "GET"),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="GET",
            path=PATH,
            clock=FakeTime(),
        )
    assert server.seen[0].headers["x-wushuang-retry-count"] == "0"
    assert "idempotency-key" not in server.seen[0].headers


def test_400_is_not_retried(server: ScriptedServer) -> None:
    server.script = [Reply(400, b'{"error": {"message": "bad prompt", "type": "invalid_request_error"}}')]
    sleeps = Sleeps()
    with one_conn_client() as http, pytest.raises(BadRequestError, match="Error code: 400 - bad prompt"):
        send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
        )
    assert len(server.seen) == 1 and sleeps.delays == []


def test_retry_after_is_honoured(server: ScriptedServer) -> None:
    server.script = [Reply(429, headers={"Retry-After": "2.5"}), Reply(503, headers={"retry-after-ms": "40"}), Reply()]
    sleeps = Sleeps()
    with httpx.Client() as http:
        _, retries = send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
        )
    assert retries == 2
    assert sleeps.delays == [2.5, 0.04]


def test_retry_after_too_long_is_not_retried(server: ScriptedServer) -> None:
    server.script = [Reply(429, b'{"error": {"message": "slow down"}}', headers={"Retry-After": "500"})]
    sleeps = Sleeps()
    with httpx.Client() as http, pytest.raises(RateLimitError) as info:
        send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
        )
    assert len(server.seen) == 1 and sleeps.delays == []
    assert info.value.status_code == 429


def test_connection_reset_is_retried_then_raises(server: ScriptedServer) -> None:
    server.script = [Reply(reset=True)] * 3
    sleeps = Sleeps()
    with httpx.Client() as http, pytest.raises(APIConnectionError) as info:
        send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
            rand=lambda: 0.0,
        )
    assert len(server.seen) == 3 and sleeps.delays == [0.5, 1.0]
    assert not isinstance(info.value, APITimeoutError)
    assert isinstance(info.value.__cause__, httpx.TransportError)
    assert info.value.request is not None


def test_connection_reset_then_success(server: ScriptedServer) -> None:
    server.script = [Reply(reset=True), Reply(200, b'{"n": 1}')]
    with httpx.Client() as http:
        response, retries = send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=Sleeps(),
        )
    assert retries == 1 and response.json() == {"n": 1}
    assert [s.body for s in server.seen] == [BODY, BODY]


def test_read_timeout_becomes_api_timeout_error(server: ScriptedServer) -> None:
    server.script = [Reply(delay=1.0)]
    with httpx.Client(timeout=httpx.Timeout(5, read=0.2)) as http, pytest.raises(APITimeoutError) as info:
        send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(max_retries=0),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert isinstance(info.value, APIConnectionError)


def test_non_replayable_body_gets_one_attempt(server: ScriptedServer) -> None:
    server.script = [Reply(503), Reply(200)]
    with httpx.Client() as http, pytest.raises(InternalServerError):
        send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=False,
            method="POST",
            path=PATH,
            clock=Sleeps(),
        )
    assert len(server.seen) == 1


class BodyCutShort(httpx.SyncByteStream):
    """A failed response whose connection breaks in the middle of its body; records whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"<html>bad gat"
        raise httpx.ReadError("connection reset in the middle of the body")

    def close(self) -> None:
        self.closed = True


def test_failed_body_cut_short_keeps_the_status() -> None:
    bodies: list[BodyCutShort] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(BodyCutShort())
        return httpx.Response(502, stream=bodies[-1])

    with httpx.Client(transport=httpx.MockTransport(handler)) as http, pytest.raises(InternalServerError) as info:
        send(
            http,
            builder(http, "http://127.0.0.1"),
            policy=RetryPolicy(max_retries=1),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=Sleeps(),
        )
    assert info.value.status_code == 502
    assert len(bodies) == 2 and all(body.closed for body in bodies)  # retried, and nothing left open


def test_stream_true_leaves_body_unread(server: ScriptedServer) -> None:
    server.script = [Reply(200, b"data: x\n\n", headers={"Content-Type": "text/event-stream"})]
    with httpx.Client() as http:
        response, _ = send(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=True,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
        assert not response.is_stream_consumed
        assert response.read() == b"data: x\n\n"
        response.close()


def test_custom_transport_exception_propagates_after_one_call() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise ValueError("custom transport bug")

    with httpx.Client(transport=httpx.MockTransport(handler)) as http, pytest.raises(ValueError) as info:
        send(
            http,
            builder(http, "http://127.0.0.1"),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=Sleeps(),
        )
    assert calls == 1
    assert type(info.value) is ValueError and str(info.value) == "custom transport bug"


def test_builder_exception_propagates_unchanged() -> None:
    def build(extra: dict[str, str]) -> httpx.Request:
        raise KeyError("caller")

    with httpx.Client() as http, pytest.raises(KeyError):
        send(
            http, build, policy=RetryPolicy(), stream=False, replayable=True, method="POST", path=PATH, clock=FakeTime()
        )


# ---------------------------------------------------------------------------------------------- async


async def test_async_retries_then_succeeds(server: ScriptedServer) -> None:
    server.script = [Reply(503), Reply(502, b"<html>bad gateway</html>"), Reply(200, b'{"id": "ok"}')]
    sleeps = Sleeps()
    async with httpx.AsyncClient(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5, pool=1)) as http:
        response, retries = await asend(
            http,
            builder(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=sleeps,
            rand=lambda: 0.0,
        )
    assert retries == 2 and response.json() == {"id": "ok"}
    assert [s.headers["x-wushuang-retry-count"] for s in server.seen] == ["0", "1", "2"]
    assert len({s.headers["idempotency-key"] for s in server.seen}) == 1
    assert [s.body for s in server.seen] == [BODY] * 3
    assert sleeps.delays == [0.5, 1.0]
    assert len({s.client_port for s in server.seen}) == 1


async def test_async_400_and_too_long(server: ScriptedServer) -> None:
    server.script = [Reply(400, b'{"error": {"message": "nope"}}'), Reply(503, headers={"retry-after": "1e999"})]
    sleeps = Sleeps()
    async with httpx.AsyncClient() as http:
        with pytest.raises(BadRequestError):
            await asend(
                http,
                builder(http, server.base_url),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=sleeps,
            )
        with pytest.raises(InternalServerError):
            await asend(
                http,
                builder(http, server.base_url),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=sleeps,
            )
    assert len(server.seen) == 2 and sleeps.delays == []


async def test_async_reset_and_timeout(server: ScriptedServer) -> None:
    server.script = [Reply(reset=True)] * 3 + [Reply(delay=1.0)]
    sleeps = Sleeps()
    async with httpx.AsyncClient(timeout=httpx.Timeout(5, read=0.2)) as http:
        with pytest.raises(APIConnectionError) as info:
            await asend(
                http,
                builder(http, server.base_url),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=sleeps,
            )
        assert not isinstance(info.value, APITimeoutError)
        assert len(server.seen) == 3
        with pytest.raises(APITimeoutError) as tinfo:
            await asend(
                http,
                builder(http, server.base_url),
                policy=RetryPolicy(max_retries=0),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=sleeps,
            )
        assert isinstance(tinfo.value.__cause__, httpx.ReadTimeout)


async def test_async_custom_transport_exception_and_non_replayable() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        if request.url.path == "/boom":
            raise ValueError("custom")
        return httpx.Response(503)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(ValueError, match="custom"):
            await asend(
                http,
                lambda extra: http.build_request("GET", "http://127.0.0.1/boom", headers=extra),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="GET",
                path="/boom",
                clock=FakeTime(),
            )
        assert calls == 1
        with pytest.raises(InternalServerError):
            await asend(
                http,
                builder(http, "http://127.0.0.1"),
                policy=RetryPolicy(),
                stream=False,
                replayable=False,
                method="POST",
                path=PATH,
                clock=FakeTime(),
            )
        assert calls == 2


class StalledBody(httpx.AsyncByteStream):
    """A body that sends one chunk and then never more; records whether it was closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{"
        await anyio.sleep_forever()

    async def aclose(self) -> None:
        await anyio.sleep(0)  # a checkpoint: a close left unshielded in a cancelled scope would stop here
        self.closed = True


@pytest.mark.parametrize("status", [200, 503])
async def test_async_cancelled_while_reading_still_closes_the_response(status: int) -> None:
    body = StalledBody()
    transport = httpx.MockTransport(lambda request: httpx.Response(status, stream=body))
    async with httpx.AsyncClient(transport=transport) as http:
        with anyio.move_on_after(0.2) as scope:
            await asend(
                http,
                builder(http, "http://127.0.0.1"),
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=FakeTime(),
            )
    assert scope.cancelled_caught and body.closed


# ---------------------------------------------------------------------------------------------- error mapping


def status_error(
    status: int,
    body: bytes | str | dict[str, Any] | list[Any],
    headers: dict[str, str] | None = None,
    method: str = "POST",
    path: str = PATH,
) -> APIStatusError:
    raw = (
        json.dumps(body).encode() if isinstance(body, dict | list) else body.encode() if isinstance(body, str) else body
    )
    request = httpx.Request(method, "http://127.0.0.1" + path, headers={"Authorization": "Bearer sk-test-secret-123"})
    response = httpx.Response(status, content=raw, headers=headers, request=request)
    return make_status_error(response, body=raw, method=method, path=path)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_to_class(status: int, cls: type[APIStatusError]) -> None:
    exc = status_error(status, {"error": {"message": "m"}})
    assert type(exc) is cls
    assert exc.status_code == status
    assert str(exc) == f"Error code: {status} - m"


def test_envelope_fields_code_as_str_and_request_id() -> None:
    exc = status_error(
        429,
        {"error": {"message": "Rate limit reached", "type": "requests", "param": None, "code": 1008}},
        headers={"x-request-id": "req_abc"},
    )
    assert isinstance(exc, RateLimitError)
    assert exc.error is not None
    assert (exc.error.message, exc.error.type, exc.error.param, exc.error.code) == (
        "Rate limit reached",
        "requests",
        None,
        "1008",
    )
    assert exc.code == "1008" and exc.request_id == "req_abc"
    assert exc.body == {"error": {"message": "Rate limit reached", "type": "requests", "param": None, "code": 1008}}
    assert str(exc) == "Error code: 429 - Rate limit reached"
    assert exc.response.status_code == 429


def test_midjourney_error_body() -> None:
    exc = status_error(
        400,
        {"description": "prompt contains banned word", "type": "upstream_error", "code": 24},
        path="/mj/submit/imagine",
    )
    assert isinstance(exc, BadRequestError)
    assert exc.error is not None and exc.error.message == "prompt contains banned word" and exc.error.code == "24"
    assert str(exc) == "Error code: 400 - prompt contains banned word"


def test_html_502_keeps_status_and_a_cut_of_the_body() -> None:
    html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x" * 1000 + "</body></html>"
    exc = status_error(502, html)
    assert isinstance(exc, InternalServerError)
    assert str(exc).startswith("Error code: 502 - <html> <head><title>502 Bad Gateway</title>")
    assert len(str(exc)) < 260
    assert exc.body is None and exc.error is None


@pytest.mark.parametrize("body", [b"", b"\xff\xfe\x00garbage", b"[1, 2]", b'"just a string"', b"{", b"null"])
def test_odd_bodies_never_raise(body: bytes) -> None:
    exc = status_error(500, body)
    assert isinstance(exc, InternalServerError)
    assert str(exc).startswith("Error code: 500")


def test_odd_envelopes() -> None:
    assert str(status_error(400, {"error": "plain string"})) == "Error code: 400 - plain string"
    assert str(status_error(400, {"message": "top level", "code": 7})) == "Error code: 400 - top level"
    exc = status_error(400, {"error": {"message": ["a", "b"], "code": {"x": 1}}})
    assert exc.error is not None and exc.error.code == '{"x": 1}'
    assert str(status_error(400, {"unrelated": 1})) == 'Error code: 400 - {"unrelated": 1}'


def test_501_is_endpoint_not_supported() -> None:
    exc = status_error(501, {"error": {"message": "not implemented", "code": "api_not_implemented"}}, path="/v1/files")
    assert isinstance(exc, EndpointNotSupportedError) and isinstance(exc, NotFoundError)
    assert str(exc).startswith("this relay does not implement POST /v1/files (HTTP 501)")
    assert exc.status_code == 501 and exc.method == "POST" and exc.path == "/v1/files"


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"message": "whatever", "code": "api_not_implemented"}},
        {"error": {"message": "Invalid URL (POST /v1/files)", "type": "invalid_request_error"}},
        "404 page not found",
    ],
)
def test_404_unknown_route_is_endpoint_not_supported(body: Any) -> None:
    exc = status_error(404, body, path="/v1/files?purpose=x")
    assert isinstance(exc, EndpointNotSupportedError)
    assert str(exc).startswith("this relay does not implement POST /v1/files (HTTP 404)")


def test_plain_404_stays_not_found() -> None:
    exc = status_error(404, {"error": {"message": "No such file: file-1", "code": "not_found"}})
    assert type(exc) is NotFoundError


def test_bearer_token_echoed_by_relay_is_scrubbed() -> None:
    exc = status_error(401, {"error": {"message": "Incorrect API key provided: sk-test-secret-123"}})
    assert "sk-test-secret-123" not in str(exc) and "sk-test-secret-123" not in repr(exc)
    assert exc.error is not None and "sk-test-secret-123" not in (exc.error.message or "")
    exc = status_error(502, "proxy says key sk-test-secret-123 is bad")
    assert "sk-test-secret-123" not in str(exc)


def test_midjourney_errors() -> None:
    from wushuang._core.errors import WushuangError
    from wushuang.midjourney import (
        MidjourneyError,
        MidjourneyModalRequiredError,
        MidjourneyTaskFailedError,
        MidjourneyTimeoutError,
    )

    failed = MidjourneyTaskFailedError("1712345", fail_reason="banned prompt", properties={"a": 1})
    assert isinstance(failed, MidjourneyError) and isinstance(failed, WushuangError)
    assert (failed.task_id, failed.fail_reason, failed.status, failed.properties) == (
        "1712345",
        "banned prompt",
        "FAILURE",
        {"a": 1},
    )
    assert "banned prompt" in str(failed)
    modal = MidjourneyModalRequiredError("1712345", description="Waiting for window confirm")
    assert modal.code == 21 and "submit the modal step for task 1712345" in str(modal)
    timeout = MidjourneyTimeoutError("1712345", timeout=30, status="IN_PROGRESS", progress="40%")
    assert timeout.code == 0 and "30 s" in str(timeout) and "40%" in str(timeout)
    base = MidjourneyError("queue full", code=23, description="queue full")
    assert base.properties == {} and base.task_id is None


@pytest.mark.parametrize(("max_retries", "suffix"), [(0, ""), (1, " (after 1 retry)"), (2, " (after 2 retries)")])
def test_an_error_after_retries_counts_them(max_retries: int, suffix: str) -> None:
    limited = mock_client(
        lambda request: httpx.Response(429, json={"error": {"message": "slow down"}}), max_retries=max_retries
    )
    with pytest.raises(RateLimitError) as caught:
        limited.models.list()
    assert caught.value.retries == max_retries and str(caught.value).endswith("slow down" + suffix)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as failed:
        mock_client(refuse, max_retries=max_retries).models.list()
    assert failed.value.retries == max_retries and str(failed.value).endswith("refused)" + suffix)
