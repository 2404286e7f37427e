"""Hardening of the shared machinery: path segments, foreign exceptions, key leaks, duplicate POSTs.

Traffic goes only through ``httpx.MockTransport`` or to servers on 127.0.0.1 (the emulator, a scripted server).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import h11
import httpx
import pytest
from _fakes import FakeTime, pipe_of
from _scripted_server import scripted_server

import wushuang
from wushuang import APIResponseValidationError, AsyncWushuang, Wushuang
from wushuang._core.logging import redact
from wushuang._core.operation import all_operations
from wushuang._core.retry import RetryPolicy
from wushuang._core.send import send
from wushuang._core.types import RequestOptions
from wushuang.testing import Emulator

KEY = "sk-hardening-0123456789abcdef"
FILE_JSON = {"id": "file-1", "object": "file", "bytes": 3, "created_at": 1, "filename": "a", "purpose": "assistants"}

Handler = Callable[[httpx.Request], httpx.Response]


def mock_client(handler: Handler, **options: Any) -> Wushuang:
    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    return Wushuang(api_key=KEY, base_url="http://relay.test", http_client=http, **options)


def async_mock_client(handler: Handler, **options: Any) -> AsyncWushuang:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True)
    return AsyncWushuang(api_key=KEY, base_url="http://relay.test", http_client=http, **options)


class Recorder:
    """A MockTransport handler answering ``reply`` and keeping every request."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._reply = reply or (lambda request: httpx.Response(200, json=FILE_JSON))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._reply(request)


# ---------------------------------------------------------------- 1. path parameters


@pytest.mark.parametrize("value", ["..", ".", ""])
def test_dot_segments_and_empty_path_params_are_refused(value: str) -> None:
    seen = Recorder()
    client = mock_client(seen)
    with pytest.raises(wushuang.InvalidParameterError) as files_error:
        client.files.content(value)
    with pytest.raises(wushuang.InvalidParameterError) as task_error:
        client.midjourney.tasks.fetch(value)
    assert files_error.value.param == "file_id" and task_error.value.param == "task_id"
    assert seen.requests == []  # "/v1/files/../content" would have gone out as GET /v1/content


def _path_params(op: Any) -> list[str]:
    return [p.python for p in op.params if p.location == "path"]


def test_dot_segments_refused_for_every_operation() -> None:
    """Every operation of the table with path parameters, present or future: ".." is refused by name."""
    factory = mock_client(Recorder())._requests
    checked = 0
    for op in all_operations().values():
        names = _path_params(op)
        if not names:
            continue
        try:
            factory.prepare(op, dict.fromkeys(names, "x"), RequestOptions())
        except wushuang.InvalidParameterError:
            continue  # needs other required arguments: its path parameters go through the same loop
        for name in names:
            args = {**dict.fromkeys(names, "x"), name: ".."}
            with pytest.raises(wushuang.InvalidParameterError) as caught:
                factory.prepare(op, args, RequestOptions())
            assert caught.value.param == name, op.operation_id
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize(("value", "raw"), [("a/b", b"a%2Fb"), ("%2F", b"%252F"), ("..x", b"..x")])
def test_slash_and_percent_stay_inside_one_segment(value: str, raw: bytes) -> None:
    seen = Recorder(lambda request: httpx.Response(200, content=b"data"))
    mock_client(seen).files.content(value).read()
    assert seen.requests[0].url.raw_path == b"/v1/files/" + raw + b"/content"


# ---------------------------------------------------------------- 2. only WushuangErrors escape


@pytest.mark.parametrize("key", ["sk-é-0123456789", "sk-abc\r\nX-Evil: 1", "sk-abc\n", "sk-abc\x00def"])
def test_unusable_api_key_refused_at_construction(key: str) -> None:
    with pytest.raises(wushuang.InvalidParameterError) as caught:
        Wushuang(api_key=key, base_url="http://relay.test")
    assert caught.value.param == "api_key"
    assert key.strip() not in str(caught.value) and repr(key)[1:-1] not in str(caught.value)


@pytest.mark.parametrize("value", [1, b"bytes", "a\r\nX-Evil: 1", "caf\u00e9"])
def test_bad_default_header_refused_at_construction(value: object) -> None:
    with pytest.raises(wushuang.InvalidParameterError, match="X-Custom") as caught:
        Wushuang(api_key=KEY, base_url="http://relay.test", default_headers={"X-Custom": value})  # type: ignore[dict-item]
    assert caught.value.param == "default_headers"


@pytest.mark.parametrize("value", [1, "a\r\nX-Evil: 1", "caf\u00e9", "trailing ", "\x01"])
def test_bad_extra_header_refused_before_sending(value: object) -> None:
    seen = Recorder()
    client = mock_client(seen)
    with pytest.raises(wushuang.InvalidParameterError, match="X-Custom") as caught:
        client.files.retrieve("file-1", extra_headers={"X-Custom": value})  # type: ignore[dict-item]
    assert caught.value.param == "extra_headers"
    assert seen.requests == []
    fine: dict[str, Any] = {"X-Custom": "fine, with\tinner spaces", "X-Gone": None}  # None: not sent
    assert client.files.retrieve("file-1", extra_headers=fine).id == "file-1"


def test_redirect_loop_is_a_connection_error() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    with pytest.raises(wushuang.APIConnectionError) as caught:
        mock_client(loop).files.retrieve("file-1")
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)


async def test_redirect_loop_is_a_connection_error_async() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    with pytest.raises(wushuang.APIConnectionError) as caught:
        await async_mock_client(loop).files.retrieve("file-1")
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives as ``chunks``, then breaks off with ``error`` if one is given (read when iterated,
    as from a socket: ``content=`` would be read, and decoded, when the response is made)."""

    def __init__(self, *chunks: bytes, error: Exception | None = None) -> None:
        self._chunks = chunks
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks
        if self._error is not None:
            raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def _corrupt_gzip(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=Chunks(b"this is not gzip"), headers={"content-encoding": "gzip"})


def test_corrupt_gzip_body_is_a_validation_error() -> None:
    seen = Recorder(_corrupt_gzip)
    with pytest.raises(wushuang.APIResponseValidationError) as caught:
        mock_client(seen).files.retrieve("file-1")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert len(seen.requests) == 1  # not a transient failure: not retried
    binary = mock_client(_corrupt_gzip).files.content("file-1")  # a body read later, by the caller
    with pytest.raises(wushuang.APIResponseValidationError):
        binary.read()


async def test_corrupt_gzip_body_is_a_validation_error_async() -> None:
    with pytest.raises(wushuang.APIResponseValidationError) as caught:
        await async_mock_client(_corrupt_gzip).files.retrieve("file-1")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


class ReadOnly:
    """An odd upload: only ``read``, plus a ``seek`` / ``tell`` that lie about its length."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self, size: int = -1) -> bytes:
        data, self._data = self._data, b""
        return data

    def tell(self) -> int:
        return 0

    def seek(self, *args: object) -> int:
        return 0


@pytest.mark.parametrize("make", [pipe_of, ReadOnly], ids=["pipe", "read-only"])
def test_non_seekable_upload_is_sent_whole(make: Callable[[bytes], Any], wushuang_emulator: Emulator) -> None:
    data = b"upload through a pipe " * 100
    with Wushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        created = client.files.create(file=("pipe.bin", make(data)), purpose="assistants")
    assert created.bytes == len(data)  # today: h11 LocalProtocolError (more data than the declared length)


async def test_non_seekable_upload_is_sent_whole_async(wushuang_emulator: Emulator) -> None:
    data = b"upload through a pipe " * 100
    async with AsyncWushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        created = await client.files.create(file=("pipe.bin", pipe_of(data)), purpose="assistants")
    assert created.bytes == len(data)


def test_h11_protocol_error_is_a_connection_error() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise h11.LocalProtocolError("Too much data for declared Content-Length")

    with pytest.raises(wushuang.APIConnectionError) as caught:
        mock_client(broken).files.retrieve("file-1")
    assert isinstance(caught.value.__cause__, h11.LocalProtocolError)


def test_callers_own_exception_still_propagates() -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise KeyError("the caller's own transport")

    with pytest.raises(KeyError):
        mock_client(broken).files.retrieve("file-1")


# ---------------------------------------------------------------- 3. the key never leaks


def test_redact_covers_escaped_quoted_and_url_encoded_key() -> None:
    key = "sk-secret\x01tail/+ 'quoted'"
    request = httpx.Request("GET", "http://relay.test/v1/models", headers={"Authorization": f"Bearer {key}"})
    texts = [
        f"Illegal header value {('Bearer ' + key).encode()!r}",  # as h11 quotes it
        f"value {key!r}",
        f"url http://relay.test/v1?k={httpx.QueryParams({'k': key})}",
        json.dumps({"message": key}),
        key,
    ]
    for text in texts:
        scrubbed = redact(text, request)
        assert "secret" not in scrubbed and "tail" not in scrubbed, scrubbed


def test_connection_error_does_not_quote_an_escaped_key() -> None:
    key = "sk-secret\ntail-0123456789"  # h11 refuses the newline and quotes the value bytes-escaped

    def build(extra: dict[str, str]) -> httpx.Request:
        headers = {"Authorization": f"Bearer {key}", **extra}
        return httpx.Request("GET", f"{server.base_url}/v1/models", headers=headers)

    with scripted_server() as server, httpx.Client() as http:
        with pytest.raises(wushuang.APIConnectionError) as caught:
            send(
                http,
                build,
                policy=RetryPolicy(max_retries=0),
                stream=False,
                replayable=True,
                method="GET",
                path="/",
                clock=FakeTime(),
            )
    assert "secret" not in str(caught.value) and "tail" not in str(caught.value)
    assert caught.value.__cause__ is None  # the cause quoted the key


def test_base_url_userinfo_is_masked() -> None:
    client = Wushuang(api_key=KEY, base_url="http://user:hunter2-secret@relay.test")
    assert "hunter2" not in repr(client)
    assert "hunter2" not in repr(client.with_options(max_retries=1))
    with pytest.raises(ValueError) as caught:
        Wushuang(api_key=KEY, base_url="ftp://user:hunter2-secret@relay.test")
    assert "hunter2" not in str(caught.value)


def test_status_error_body_and_envelope_are_scrubbed() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        error = {"message": f"bad key {KEY}", "type": f"t {KEY}", "param": KEY, "code": KEY}
        return httpx.Response(401, json={"error": error, "echo": {"headers": [f"Bearer {KEY}"], KEY: 1}})

    with pytest.raises(wushuang.AuthenticationError) as caught:
        mock_client(echo).files.retrieve("file-1")
    error = caught.value
    assert KEY not in json.dumps(error.body) and KEY not in str(error)
    assert error.error is not None
    assert KEY not in repr(error.error)
    assert error.error.message == "bad key ***"


# ---------------------------------------------------------------- 7. no duplicate work


def _cut_then_ok(seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            cut = httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            return httpx.Response(200, stream=Chunks(b'{"id": "file-1", ', error=cut))
        return httpx.Response(200, json=FILE_JSON)

    return handler


def test_post_whose_answer_began_is_not_sent_again() -> None:
    seen: list[httpx.Request] = []
    client = mock_client(_cut_then_ok(seen), max_retries=2)
    with pytest.raises(wushuang.APIConnectionError) as caught:
        client.files.create(file=("a.txt", b"abc"), purpose="assistants")
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert len(seen) == 1


async def test_post_whose_answer_began_is_not_sent_again_async() -> None:
    seen: list[httpx.Request] = []
    client = async_mock_client(_cut_then_ok(seen), max_retries=2)
    with pytest.raises(wushuang.APIConnectionError):
        await client.files.create(file=("a.txt", b"abc"), purpose="assistants")
    assert len(seen) == 1


def test_get_whose_answer_broke_off_is_retried() -> None:
    seen: list[httpx.Request] = []
    client = mock_client(_cut_then_ok(seen), max_retries=2)
    assert client.files.retrieve("file-1").id == "file-1"  # on mock_client's fake clock: no real wait
    assert len(seen) == 2


# ------------------------------------------------- 6. pagination always ends, never yielding an item twice
def _same_page_forever(seen: list[httpx.Request]) -> httpx.MockTransport:
    """A server that answers every page with the same item and `has_more: true`: the cursor never moves."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"object": "list", "data": [{"id": "asst_1"}], "has_more": True})

    return httpx.MockTransport(handler)


def test_pagination_refuses_a_page_the_relay_repeats() -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_same_page_forever(seen))
    with Wushuang(api_key="sk-test", base_url="http://relay.test", http_client=http, max_retries=0) as client:
        items: list[str] = []
        with pytest.raises(APIResponseValidationError, match="repeats 'asst_1'.*does not honour 'after'"):
            # At most 10 items taken, so that a walk that would never end fails here instead of hanging.
            items.extend(a.id for a in itertools.islice(client.beta.assistants.list(), 10))
        assert items == ["asst_1"]  # the repeated page is refused, never yielded again
    assert len(seen) == 2 and seen[1].url.params["after"] == "asst_1"


async def test_async_pagination_refuses_a_page_the_relay_repeats() -> None:
    seen: list[httpx.Request] = []
    http = httpx.AsyncClient(transport=_same_page_forever(seen))
    async with AsyncWushuang(api_key="sk-test", base_url="http://relay.test", http_client=http, max_retries=0) as c:
        items = []
        with pytest.raises(APIResponseValidationError, match="does not honour 'after'"):
            async for assistant in c.beta.assistants.list():
                items.append(assistant.id)
                if len(items) == 10:
                    break
        assert items == ["asst_1"]
    assert len(seen) == 2
