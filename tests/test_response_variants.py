"""``with_raw_response`` and ``with_streaming_response``: derived from the plain methods, against the emulator.

The streamed response is the response with its body unread, closed when its block ends; a raw response over a
stream or a binary body can be closed too. Both are checked against a pool of two connections, which a response
left open would exhaust.
"""

from __future__ import annotations

import httpx
import pytest

from wushuang import AsyncWushuang, RawResponse, StreamedResponse, Wushuang
from wushuang.testing import Emulator

COMPLETION = {"model": "gpt-3.5-turbo-instruct", "prompt": "Say this is a test", "max_tokens": 5}
SMALL_POOL = httpx.Limits(max_connections=2, max_keepalive_connections=2)


def small_client(emu: Emulator) -> Wushuang:
    # A pool timeout of 1 s: a connection that was never given back fails the test quickly instead of hanging.
    http = httpx.Client(limits=SMALL_POOL, timeout=httpx.Timeout(10.0, pool=1.0))
    return Wushuang(api_key=emu.api_key, base_url=emu.base_url, http_client=http, max_retries=0)


def test_streaming_response_gives_the_unread_body_and_parses_it(wushuang_emulator: Emulator) -> None:
    client = small_client(wushuang_emulator)
    with client.with_streaming_response.completions.create(**COMPLETION) as response:
        assert isinstance(response, StreamedResponse)
        assert response.status_code == 200 and response.request_id
        assert response.headers["content-type"].startswith("application/json")
        assert not response.http_response.is_stream_consumed
        completion = response.parse()
        assert completion.choices[0].text and completion is response.parse()
    assert response.http_response.is_closed

    with client.completions.with_streaming_response.create(**COMPLETION, stream=True) as response:
        lines = list(response.iter_lines())
    assert lines[0].startswith("data: {") and "data: [DONE]" in lines

    uploaded = client.files.create(file=b"0123456789" * 1000, purpose="assistants")
    with client.with_streaming_response.files.content(uploaded.id) as response:
        assert b"".join(response.iter_bytes(1000)) == b"0123456789" * 1000


def test_a_streamed_response_left_early_gives_its_connection_back(wushuang_emulator: Emulator) -> None:
    client = small_client(wushuang_emulator)
    uploaded = client.files.create(file=b"x" * 300_000, purpose="assistants")
    for _ in range(5):  # more than the pool holds: each block must close its response
        with client.with_streaming_response.files.content(uploaded.id) as response:
            next(response.iter_bytes(1024))
        assert response.http_response.is_closed
    assert client.models.list().data


def test_raw_responses_of_streams_and_binary_bodies_can_be_closed(wushuang_emulator: Emulator) -> None:
    client = small_client(wushuang_emulator)
    uploaded = client.files.create(file=b"y" * 300_000, purpose="assistants")
    for _ in range(3):
        with client.with_raw_response.files.content(uploaded.id) as raw:
            assert isinstance(raw, RawResponse) and raw.status_code == 200
        raw_stream = client.with_raw_response.completions.create(**COMPLETION, stream=True)
        raw_stream.close()
    assert client.models.list().data


def test_the_variants_are_the_plain_methods_in_another_mode(wushuang_emulator: Emulator) -> None:
    client = small_client(wushuang_emulator)
    raw = client.chat.completions.with_raw_response.create
    assert raw.__name__ == "create" and raw.__doc__ == client.chat.completions.create.__doc__
    assert client.with_raw_response.chat.completions is client.chat.completions.with_raw_response
    for _ in range(6):  # the emulator starts with none
        client.beta.assistants.create(model="gpt-4")
    page = client.beta.assistants.with_raw_response.list(limit=5).parse()
    assert len(page.data) == 5 and page.has_more


async def test_async_streaming_response(wushuang_emulator: Emulator) -> None:
    async with httpx.AsyncClient(limits=SMALL_POOL, timeout=httpx.Timeout(10.0, pool=1.0)) as http:
        client = AsyncWushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url, http_client=http)
        for _ in range(3):
            async with client.with_streaming_response.completions.create(**COMPLETION) as response:
                assert response.status_code == 200
                completion = await response.parse()
                assert completion.choices[0].text
            async with client.with_streaming_response.completions.create(**COMPLETION, stream=True) as response:
                chunks = [chunk async for chunk in response.iter_bytes()]
                assert b"data: [DONE]" in b"".join(chunks)
            raw = await client.with_raw_response.completions.create(**COMPLETION, stream=True)
            async with raw:
                assert raw.status_code == 200
        for _ in range(3):  # the emulator starts with none
            await client.beta.assistants.create(model="gpt-4")
        page = await client.beta.assistants.with_raw_response.list(limit=3)
        assert len(page.parse().data) == 3


def test_a_failed_call_in_a_streaming_block_raises_before_the_block(wushuang_emulator: Emulator) -> None:
    client = small_client(wushuang_emulator)
    with pytest.raises(Exception) as caught:
        with client.with_streaming_response.files.content("file-missing"):
            pass
    assert type(caught.value).__name__ == "NotFoundError"
