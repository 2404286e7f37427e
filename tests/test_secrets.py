"""End to end: the API key never shows in a log record, an exception, or a repr.

A canary key is used against the emulator with every logger captured at DEBUG (the SDK's ``wushuang`` logger,
plus httpx and httpcore underneath), through successes, a 401 with a wrong key, a 401 whose body echoes the key,
a retried 500, a connection error and a stream. Then the canary is searched for everywhere a user might look.
"""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator, Fault

CANARY = "sk-CANARY-7f3a9c1e5b2d4f6a8c0e"
WRONG = "sk-WRONGCANARY-1b3d5f7a9c2e4"
SECRETS = (CANARY, WRONG, CANARY[3:], WRONG[3:])


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(api_key=CANARY) as server:
        yield server


@pytest.fixture(autouse=True)
def fresh(emu: Emulator) -> Iterator[None]:
    emu.reset()
    yield
    emu.reset()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)  # the root: wushuang, httpx, httpcore
    caplog.set_level(logging.DEBUG, logger="wushuang")
    return caplog


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens there once the socket is closed


def assert_clean(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret leaked in: {text[:300]!r}"


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        texts.append(message)
    error = getattr(exc, "error", None)
    if error is not None:
        texts.append(repr(error))
    return texts


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
        texts.append(repr(record.__dict__))
    return texts


def test_sync_calls_leak_no_key(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []
    with Wushuang(api_key=CANARY, base_url=emu.base_url, max_retries=1) as client:
        seen.append(repr(client))
        assert client.completions.create(model="gpt-3.5-turbo-instruct", prompt="hi", max_tokens=2).choices
        raw = client.with_raw_response.models.list()
        seen += [repr(raw), repr(raw.http_response), repr(raw.headers)]
        stream = client.chat.completions.create(
            model="gpt-4", messages=[{"role": "user", "content": "hi"}], max_tokens=3, stream=True
        )
        seen.append(repr(stream))
        assert list(stream)

        # A retried 500, then a 500 that exhausts the retries.
        fault = Fault(status=500, headers={"retry-after-ms": "1"}, operation_id="listModels")
        emu.faults.script([fault])
        assert client.models.list().data
        emu.faults.script([fault, fault])
        with pytest.raises(wushuang.InternalServerError) as server_error:
            client.models.list()
        seen += exception_texts(server_error.value)

        # A relay that echoes the key back in its error message.
        emu.faults.push(
            Fault(status=401, body={"error": {"message": f"Incorrect API key provided: {CANARY}", "code": 401}})
        )
        with pytest.raises(wushuang.AuthenticationError) as echoed:
            client.models.list()
        seen += exception_texts(echoed.value)

        content = client.files.content(emu.add_file(b"secret-free").id)
        seen.append(repr(content))
        content.close()

    # The wrong key: the emulator answers 401.
    with Wushuang(api_key=WRONG, base_url=emu.base_url) as wrong:
        seen.append(repr(wrong))
        with pytest.raises(wushuang.AuthenticationError) as unauthorized:
            wrong.models.retrieve("gpt-4")
        assert unauthorized.value.status_code == 401
        seen += exception_texts(unauthorized.value)

    # A connection error: nothing listens on the port.
    with Wushuang(api_key=CANARY, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=1) as offline:
        with pytest.raises(wushuang.APIConnectionError) as refused:
            offline.models.list()
        seen += exception_texts(refused.value)

    assert len(emu.requests) >= 9  # the calls above really happened
    assert any(r.name == "wushuang" for r in logs.records)  # the SDK did log these calls
    assert_clean(*seen, *log_texts(logs))


async def test_async_calls_leak_no_key(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    seen: list[Any] = []
    async with AsyncWushuang(api_key=CANARY, base_url=emu.base_url, max_retries=1) as client:
        seen.append(repr(client))
        raw = await client.with_raw_response.completions.create(model="gpt-4", prompt="hi", max_tokens=2)
        seen.append(repr(raw))
        emu.faults.script([Fault(status=500, headers={"retry-after-ms": "1"})] * 2)
        with pytest.raises(wushuang.InternalServerError) as server_error:
            await client.models.list()
        seen += exception_texts(server_error.value)
    async with AsyncWushuang(api_key=WRONG, base_url=emu.base_url) as wrong:
        with pytest.raises(wushuang.AuthenticationError) as unauthorized:
            await wrong.beta.assistants.list()
        seen += exception_texts(unauthorized.value)
    async with AsyncWushuang(api_key=CANARY, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0) as off:
        with pytest.raises(wushuang.APIConnectionError) as refused:
            await off.completions.create(model="m", prompt="p")
        seen += exception_texts(refused.value)
    assert_clean(*seen, *log_texts(logs))


def test_env_log_level_debug_prints_no_key(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wushuang._core import logging as _logging

    monkeypatch.setenv("WUSHUANG_LOG", "debug")
    _logging._reset_for_tests()
    try:
        with Wushuang(api_key=CANARY, base_url=emu.base_url, max_retries=1) as client:
            emu.faults.push(Fault(status=503, headers={"retry-after-ms": "1"}))
            client.models.list()
            with pytest.raises(wushuang.AuthenticationError):
                client.with_options(api_key=WRONG).models.list()
    finally:
        _logging._reset_for_tests()
    err = capsys.readouterr().err
    assert "/v1/models" in err  # WUSHUANG_LOG=debug did print the calls
    assert_clean(err)


def test_canary_check_is_not_vacuous(emu: Emulator, logs: pytest.LogCaptureFixture) -> None:
    # The search above would find the key if it were logged.
    logging.getLogger("wushuang").debug("Authorization: Bearer %s", CANARY)
    with pytest.raises(AssertionError, match="secret leaked"):
        assert_clean(*log_texts(logs))
