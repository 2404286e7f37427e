"""The wrapper against a misbehaving relay: the emulator's scripted faults over real TCP on 127.0.0.1."""

from __future__ import annotations

from typing import Any

import pytest
from _fakes import FakeTime

import wushuang
from wushuang import Wushuang
from wushuang.testing import Emulator, Fault

COMPLETION = {"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 5}


def client_for(emu: Emulator, clock: FakeTime | None = None, **options: Any) -> Wushuang:
    """A client of ``emu`` on a fake clock (``clock``, or a new one): the send loop's waits take no time."""
    return Wushuang(api_key=emu.api_key, base_url=emu.base_url, clock=clock or FakeTime(), **options)


def test_retry_after_is_honoured_and_attempts_are_counted_by_the_server(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.script([Fault(status=429, retry_after="1.5"), Fault(status=503)])
    time = FakeTime()
    delays = time.sleeps
    raw = client_for(wushuang_emulator, time).with_raw_response.completions.create(**COMPLETION)
    assert raw.status_code == 200 and raw.retries_taken == 2
    attempts = wushuang_emulator.requests.for_operation("createCompletion")
    assert [r.headers["x-wushuang-retry-count"] for r in attempts] == ["0", "1", "2"]
    assert len({r.headers["idempotency-key"] for r in attempts}) == 1
    assert len({r.body for r in attempts}) == 1
    assert delays[0] == 1.5 and 0.375 <= delays[1] <= 1.0


def test_retry_after_beyond_the_limit_is_not_retried(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(status=429, retry_after="600"))
    time = FakeTime()
    delays = time.sleeps
    with pytest.raises(wushuang.RateLimitError) as caught:
        client_for(wushuang_emulator, time).completions.create(**COMPLETION)
    assert caught.value.status_code == 429 and caught.value.request_id
    assert len(wushuang_emulator.requests.for_operation("createCompletion")) == 1 and delays == []


def test_connection_reset_is_retried_then_raised(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(reset=True))
    raw = client_for(wushuang_emulator).with_raw_response.completions.create(**COMPLETION)
    assert raw.retries_taken == 1
    wushuang_emulator.faults.script([Fault(reset=True)] * 3)
    with pytest.raises(wushuang.APIConnectionError) as caught:
        client_for(wushuang_emulator).completions.create(**COMPLETION)
    assert caught.value.__cause__ is not None


def test_timeout_becomes_api_timeout_error(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(delay=2.0, status=200))
    with pytest.raises(wushuang.APITimeoutError):
        client_for(wushuang_emulator, max_retries=0, timeout=0.3).models.list()


def test_html_502_keeps_its_status_and_a_cut_of_the_page(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(html_502=True))
    with pytest.raises(wushuang.InternalServerError) as caught:
        client_for(wushuang_emulator, max_retries=0).completions.create(**COMPLETION)
    message = str(caught.value)
    assert caught.value.status_code == 502 and message.startswith("Error code: 502")
    assert "<" in message and len(message) < 300


def test_malformed_json_is_a_response_validation_error(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(malformed_json=True))
    with pytest.raises(wushuang.APIResponseValidationError) as caught:
        client_for(wushuang_emulator).completions.create(**COMPLETION)
    assert caught.value.status_code == 200


def test_truncated_stream_raises_after_the_chunks_that_arrived(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.push(Fault(truncate_stream=3))
    received = []
    with pytest.raises(wushuang.APIConnectionError):
        with client_for(wushuang_emulator).completions.create(**COMPLETION, stream=True) as stream:
            for chunk in stream:
                received.append(chunk)
    assert 0 < len(received) <= 3
    # A stream that already handed chunks to the caller is not retried.
    assert len(wushuang_emulator.requests.for_operation("createCompletion")) == 1


def test_relay_without_a_route_says_so_plainly(wushuang_emulator: Emulator) -> None:
    body = {"error": {"message": "API not implemented", "type": "new_api_error", "code": "api_not_implemented"}}
    wushuang_emulator.faults.push(Fault(status=501, body=body))
    with pytest.raises(wushuang.EndpointNotSupportedError) as caught:
        client_for(wushuang_emulator, max_retries=0).files.create(file=b"x", purpose="assistants")
    assert "this relay does not implement POST /v1/files" in str(caught.value)
    assert isinstance(caught.value, wushuang.NotFoundError) and caught.value.error is not None
    assert caught.value.error.code == "api_not_implemented"


async def test_async_retry_and_reset(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.faults.script([Fault(status=500), Fault(reset=True)])
    emu = wushuang_emulator
    async with wushuang.AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, clock=FakeTime()) as client:
        raw = await client.with_raw_response.completions.create(**COMPLETION)
    assert raw.retries_taken == 2 and raw.parse().choices
