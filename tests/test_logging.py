"""Logging (wushuang._core.logging) and the no-secrets rule: a canary planted in the Authorization header, the URL
query, the request body and the response body must appear in no log record and no exception str / repr."""

from __future__ import annotations

import logging
import traceback
import warnings
from collections.abc import Callable, Iterator

import httpx
import pytest
from _fakes import FakeTime
from _scripted_server import Reply, ScriptedServer, scripted_server

from wushuang._core import logging as _logging
from wushuang._core.errors import APIConnectionError, APIStatusError, AuthenticationError
from wushuang._core.retry import RetryPolicy
from wushuang._core.send import asend, send

CANARY = "sk-canary-5c1f0e77d2"
PATH = "/v1/chat/completions"


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with scripted_server() as srv:
        yield srv


def build_for(
    http: httpx.Client | httpx.AsyncClient, base: str, key: str = CANARY
) -> Callable[[dict[str, str]], httpx.Request]:
    def build(extra: dict[str, str]) -> httpx.Request:
        return http.build_request(
            "POST",
            f"{base}{PATH}?api_key={CANARY}&x=1",
            headers={"Authorization": f"Bearer {key}", **extra},
            json={"messages": [{"role": "user", "content": CANARY}]},
        )

    return build


def wushuang_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "wushuang" or r.name.startswith("wushuang.")]


def assert_clean(records: list[logging.LogRecord], *errors: BaseException) -> None:
    assert records, "expected log records"
    for record in records:
        assert CANARY not in record.getMessage()
        assert CANARY not in repr(record.__dict__)
    for exc in errors:
        assert CANARY not in str(exc)
        assert CANARY not in repr(exc)
        assert CANARY not in repr(exc.args)


def test_no_secret_in_logs_or_errors(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="wushuang")
    echo = b'{"error": {"message": "Incorrect API key provided: ' + CANARY.encode() + b'"}}'
    server.script = [
        Reply(200, b'{"choices": [{"text": "' + CANARY.encode() + b'"}]}', headers={"x-request-id": "req_1"}),
        Reply(503, CANARY.encode()),
        Reply(401, echo, headers={"x-request-id": "req_2"}),
        Reply(502, b"<html>upstream said " + CANARY.encode() + b"</html>"),
    ]
    errors: list[BaseException] = []
    with httpx.Client() as http:
        build = build_for(http, server.base_url)
        response, _ = send(
            http,
            build,
            policy=RetryPolicy(max_retries=0),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
        assert CANARY.encode() in response.content  # the response itself is the caller's business
        with pytest.raises(AuthenticationError) as auth:
            send(
                http,
                build,
                policy=RetryPolicy(),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=FakeTime(),
            )
        errors.append(auth.value)
        with pytest.raises(APIStatusError) as bad_gateway:
            send(
                http,
                build,
                policy=RetryPolicy(max_retries=0),
                stream=False,
                replayable=True,
                method="POST",
                path=PATH,
                clock=FakeTime(),
            )
        errors.append(bad_gateway.value)
    records = wushuang_records(caplog)
    assert_clean(records, *errors)
    # The records do carry what they should.
    messages = [r.getMessage() for r in records]
    assert any("POST /v1/chat/completions -> 200 (retry 0, request id req_1" in m for m in messages), messages
    assert any("-> 503 (retry 0" in m and "retrying in" in m for m in messages), messages
    assert any("-> 401 (retry 1, request id req_2" in m for m in messages), messages
    assert all(hasattr(r, "wushuang_elapsed_ms") for r in records)


def test_no_secret_in_connection_errors(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="wushuang")
    server.script = [Reply(reset=True)] * 2
    with httpx.Client() as http, pytest.raises(APIConnectionError) as info:
        send(
            http,
            build_for(http, server.base_url),
            policy=RetryPolicy(max_retries=1),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
    assert_clean(wushuang_records(caplog), info.value)


def test_illegal_key_rejected_by_h11_is_not_quoted(server: ScriptedServer) -> None:
    # A key read from a file with its trailing newline: h11 refuses the header and quotes its value.
    with httpx.Client() as http, pytest.raises(APIConnectionError) as info:
        send(
            http,
            build_for(http, server.base_url, key=CANARY + "\n"),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
    assert CANARY not in str(info.value) and CANARY not in repr(info.value)
    # h11's own exception quotes the key, so it is not chained: no traceback can print it.
    assert info.value.__cause__ is None and info.value.__context__ is None
    assert CANARY not in "".join(traceback.format_exception(info.value))
    assert len(server.seen) == 0  # not retried: it would fail the same way


async def test_async_no_secret(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="wushuang")
    server.script = [Reply(429, CANARY.encode(), headers={"retry-after-ms": "1"}), Reply(200, CANARY.encode())]
    async with httpx.AsyncClient() as http:
        await asend(
            http,
            build_for(http, server.base_url),
            policy=RetryPolicy(),
            stream=False,
            replayable=True,
            method="POST",
            path=PATH,
            clock=FakeTime(),
        )
    assert_clean(wushuang_records(caplog))
    assert len(wushuang_records(caplog)) == 2


# ---------------------------------------------------------------------------------------------- WUSHUANG_LOG


@pytest.fixture
def fresh_logging() -> Iterator[None]:
    _logging._reset_for_tests()
    yield
    _logging._reset_for_tests()


@pytest.mark.usefixtures("fresh_logging")
@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", logging.DEBUG), ("INFO", logging.INFO), (" Warning ", 30), ("error", 40), ("critical", 50)],
)
def test_env_var_sets_level_and_stderr_handler(value: str, level: int) -> None:
    _logging.setup_logging({"WUSHUANG_LOG": value})
    logger = logging.getLogger("wushuang")
    assert logger.level == level
    handlers = [h for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    assert len(handlers) == 1
    _logging.setup_logging({"WUSHUANG_LOG": value})  # idempotent
    assert len([h for h in logger.handlers if isinstance(h, logging.StreamHandler)]) == 1


@pytest.mark.usefixtures("fresh_logging")
@pytest.mark.parametrize("value", ["", "verbose", "10"])
def test_unknown_or_unset_env_var_is_ignored(value: str) -> None:
    before = list(logging.getLogger("wushuang").handlers)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _logging.setup_logging({"WUSHUANG_LOG": value} if value else {})
    assert logging.getLogger("wushuang").handlers == before
    # An unknown level is named with the accepted ones; an unset variable says nothing.
    assert [str(w.message) for w in caught] == (
        [f"WUSHUANG_LOG={value!r} is no log level, ignored: use one of debug, info, warning, error, critical"]
        if value
        else []
    )


def test_path_only_and_redact() -> None:
    assert _logging.path_only("/v1/models?key=secret#frag") == "/v1/models"
    request = httpx.Request("GET", "http://127.0.0.1/", headers={"Authorization": f"Bearer {CANARY}"})
    assert _logging.redact(f"bad key {CANARY}!", request) == "bad key ***!"
    assert _logging.redact("nothing here", None) == "nothing here"
