"""Nothing foreign escapes, and every error crosses a process boundary without the key.

JSON nested deeper than the interpreter's stack (a 2xx body, an event of a stream, an error payload, a Midjourney
notification, a batch line's answer) raises the SDK's ``APIResponseDecodingError`` (or the status error, or a
record), never ``RecursionError``; every public error survives ``copy`` and ``pickle`` with its attributes, and its
pickled bytes never hold the API key.
"""

from __future__ import annotations

import asyncio
import copy
import io
import json
import multiprocessing
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import mock_async_client, mock_client

import wushuang
from wushuang import (
    APIResponseDecodingError,
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    InvalidParameterError,
    WushuangError,
)
from wushuang.batch import BatchInputError, BatchOutputError, run_batch_async
from wushuang.batch._format import BatchProblem
from wushuang.midjourney import parse_task_notification

DEEP = 5000
MESSAGES: Any = [{"role": "user", "content": "hi"}]


def nested(depth: int = DEEP) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def answer(status: int, body: bytes, media: str = "application/json") -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=body, headers={"content-type": media})


# ---------------------------------------------------------------------------------------------- deep JSON


@pytest.mark.parametrize("where", ["item", "extra field"])
def test_deep_json_in_a_2xx_body_is_a_decoding_error(where: str) -> None:
    if where == "item":
        body = b'{"object":"list","data":[' + nested() + b"]}"
    else:
        body = b'{"object":"list","data":[],"extra":' + nested() + b"}"
    with mock_client(answer(200, body)) as client, pytest.raises(APIResponseDecodingError, match="nested too deep"):
        client.models.list()


@pytest.mark.parametrize(
    "data",
    [
        b'{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"x":' + nested() + b"}",
        b'{"error":' + nested() + b"}",
    ],
    ids=["chunk", "error-event"],
)
def test_deep_json_in_an_event_is_a_decoding_error(data: bytes) -> None:
    stream = b"data: " + data + b"\n\ndata: [DONE]\n\n"
    with mock_client(answer(200, stream, "text/event-stream")) as client:
        with pytest.raises(APIResponseDecodingError, match="nested too deep"):
            list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))


# 600 levels decode where the interpreter's C stack allows it (Python 3.12 and newer): then the answer is the error
# it carries; 5,000 never decode. Either way, an error of the SDK's.
@pytest.mark.parametrize(
    ("depth", "expected"),
    [(600, (APIResponseDecodingError, wushuang.APIStreamError)), (DEEP, APIResponseDecodingError)],
)
async def test_deep_json_in_place_of_a_stream_is_an_error_of_the_sdks(depth: int, expected: Any) -> None:
    body = b'{"error":' + nested(depth) + b"}"
    async with mock_async_client(answer(200, body)) as client:
        with pytest.raises(expected):
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            async for _ in stream:
                pass


@pytest.mark.parametrize("body", [nested(), b'{"code":' + nested() + b"}"], ids=["envelope", "code"])
async def test_deep_json_in_place_of_a_midjourney_envelope_is_a_decoding_error(body: bytes) -> None:
    # The envelope is read twice: whether it refuses the task for now (a full queue: sent again), then its code.
    with mock_client(answer(200, body)) as client, pytest.raises(APIResponseDecodingError):
        client.midjourney.submit.imagine(prompt="a fox")
    async with mock_async_client(answer(200, body)) as aclient:
        with pytest.raises(APIResponseDecodingError):
            await aclient.midjourney.submit.imagine(prompt="a fox")


@pytest.mark.parametrize("depth", [600, DEEP])
def test_deep_json_in_an_error_payload_keeps_its_status(depth: int) -> None:
    with mock_client(answer(500, b'{"error":' + nested(depth) + b"}")) as client:
        with pytest.raises(InternalServerError) as caught:
            client.models.list()
    assert caught.value.status_code == 500


def test_deep_json_notification_is_refused_as_a_parameter() -> None:
    with pytest.raises(InvalidParameterError, match="nested too deep"):
        parse_task_notification(b'{"id":"t1","x":' + nested() + b"}")


async def test_a_deep_answer_does_not_abort_a_batch_run(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        custom = json.loads(request.content)["user"]
        if custom == "deep":
            return httpx.Response(200, content=b'{"id":"x","choices":' + nested() + b"}")
        body = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
        return httpx.Response(200, json=body)

    source = tmp_path / "in.jsonl"
    lines = [
        {
            "custom_id": name,
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "m", "messages": MESSAGES, "user": name},
        }
        for name in ("a", "deep", "b")
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    output = tmp_path / "out.jsonl"
    client = mock_async_client(handler)
    summary = await run_batch_async(source, output, client=client, concurrency=1, progress=False)
    out = {record["custom_id"]: record for record in map(json.loads, output.read_text().splitlines())}
    assert set(out) == {"a", "deep", "b"}
    assert out["deep"]["error"]["code"] == "APIResponseDecodingError"
    assert out["deep"]["response"]["status_code"] == 200  # answered: not maybe_sent
    assert out["a"]["error"] is None and out["b"]["error"] is None
    assert summary.maybe_sent == 0


# ---------------------------------------------------------------------------------------------- process boundary

KEY = "sk-pickle-secret-0123456789"


def _request() -> httpx.Request:
    headers = {"Authorization": f"Bearer {KEY}", "mj-api-secret": KEY, "api-key": KEY, "X-Echo": f"k={KEY}"}
    return httpx.Request("POST", "http://user:pw@relay.test/v1/chat/completions", headers=headers, content=b"{}")


def _response(status: int = 400) -> httpx.Response:
    body = {"error": {"message": f"invalid key {KEY}", "type": "invalid_request_error", "code": "bad"}}
    return httpx.Response(status, json=body, headers={"x-request-id": "req_1"}, request=_request())


def _status(status: int) -> APIStatusError:
    from wushuang._core.errors import make_status_error

    response = _response(status)
    return make_status_error(response, body=response.content, method="POST", path="/v1/x")


def _completion() -> Any:
    """A completion cut at the length limit, with fields the spec does not know (kept as attributes)."""
    from wushuang._core.model import decoder
    from wushuang._generated import models

    message = {"role": "assistant", "content": "{", "reasoning_content": "thinking"}
    choice = {"index": 0, "message": message, "finish_reason": "length"}
    body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [choice], "relay": {"a": 1}}
    return decoder(models.CreateChatCompletionResponse)(json.dumps(body))


def _task() -> Any:
    return parse_task_notification({"id": "t1", "status": "IN_PROGRESS", "progress": "5%", "relayField": [1]})


def _build(cls: type[WushuangError]) -> WushuangError:
    """An instance of every public error, as the SDK raises it (the request and response carry the key)."""
    from wushuang._core import errors

    statuses = {
        errors.BadRequestError: 400,
        errors.AuthenticationError: 401,
        errors.PermissionDeniedError: 403,
        errors.NotFoundError: 404,
        errors.ConflictError: 409,
        errors.UnprocessableEntityError: 422,
        errors.RateLimitError: 429,
        errors.InternalServerError: 500,
        errors.EndpointNotSupportedError: 501,
    }
    if cls in statuses:
        return _status(statuses[cls])
    builders: dict[type[WushuangError], Callable[[], WushuangError]] = {
        WushuangError: lambda: WushuangError("boom"),
        errors.APIError: lambda: errors.APIError("boom"),
        errors.APIStatusError: lambda: errors.APIStatusError("boom", response=_response(418), body={"a": 1}),
        errors.APIStreamError: lambda: errors.make_stream_error(
            _response(200), '{"error":{"message":"x"}}', method="POST", path="/p"
        ),
        errors.APIConnectionError: lambda: errors.connection_error(httpx.ConnectError("down", request=_request())),
        errors.APITimeoutError: lambda: errors.connection_error(httpx.ReadTimeout("slow", request=_request())),
        errors.APIStreamIncompleteError: lambda: errors.APIStreamIncompleteError("cut", response=_response(200)),
        errors.APIResponseValidationError: lambda: errors.APIResponseValidationError(
            "bad", response=_response(200), body=b"x"
        ),
        errors.APIResponseDecodingError: lambda: errors.APIResponseDecodingError(
            "bad", response=_response(200), body=b"x"
        ),
        errors.InvalidParameterError: lambda: errors.InvalidParameterError("bad n", param="n", operation_id="op"),
        errors.LengthFinishReasonError: lambda: errors.LengthFinishReasonError(completion=_completion()),
        errors.ContentFilterFinishReasonError: errors.ContentFilterFinishReasonError,
        errors.PollTimeoutError: lambda: errors.PollTimeoutError("op", timeout=1.0, last=_task()),
        wushuang.MidjourneyError: lambda: wushuang.MidjourneyError(
            "no", code=3, description="d", properties={"a": 1}, task_id="t"
        ),
        wushuang.MidjourneyTaskFailedError: lambda: wushuang.MidjourneyTaskFailedError("t", fail_reason="banned"),
        wushuang.MidjourneyModalRequiredError: lambda: wushuang.MidjourneyModalRequiredError("t", description="d"),
        wushuang.MidjourneyTimeoutError: lambda: wushuang.MidjourneyTimeoutError(
            "t", timeout=2, status="IN_PROGRESS", tasks=[_task(), None]
        ),
        BatchInputError: lambda: BatchInputError(
            [BatchProblem(line_no=1, custom_id="a", message="bad")], path="in.jsonl"
        ),
        BatchOutputError: lambda: BatchOutputError("other input"),
        errors.UnreplayableBodyError: lambda: errors.UnreplayableBodyError(
            "redirected", argument="file", operation_id="createFile"
        ),
        errors.BillingError: lambda: errors.BillingError("无效的令牌", path="/api/usage/token"),
        errors.BudgetExceededError: lambda: errors.BudgetExceededError(
            budget_usd=1.0, spent_usd=1.5, operation_id="createChatCompletion"
        ),
    }
    for kind in (
        errors.GatewayError,
        errors.NoChannelError,
        errors.ModelNotAllowedError,
        errors.UpstreamSaturatedError,
        errors.QuotaExhaustedError,
    ):
        builders[kind] = lambda kind=kind: kind(  # type: ignore[misc]
            "refused", response=_response(kind.usual_status), model="gpt-9", group="default"
        )

    def limited() -> WushuangError:
        error = errors.RequestLimitError("limited", response=_response(429), model="gpt-9", group="vip")
        error.limit, error.minutes = 10, 1
        return error

    builders[errors.RequestLimitError] = limited
    return builders[cls]()


def _public_errors() -> list[type[WushuangError]]:
    names = [name for name in dir(wushuang) if name.endswith("Error")]
    found = [getattr(wushuang, name) for name in names]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, WushuangError)] + [
        BatchInputError,
        BatchOutputError,
    ]


def _plain(value: object) -> object:
    """What must survive a copy: the simple attributes, the status and URL of a request or response."""
    if isinstance(value, httpx.Response):
        return ("response", value.status_code, value.headers.get("x-request-id"), value.request.url.path)
    if isinstance(value, httpx.Request):
        return ("request", value.method, value.url.path)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value  # a model: its unknown fields too


def _attributes(error: BaseException) -> dict[str, object]:
    return {name: _plain(value) for name, value in vars(error).items()} | {"args": error.args, "str": str(error)}


def test_every_public_error_is_listed() -> None:
    assert len(_public_errors()) >= 26
    for cls in _public_errors():
        assert isinstance(_build(cls), cls)


@pytest.mark.parametrize("cls", _public_errors(), ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("how", ["copy", "deepcopy", "pickle"])
def test_errors_survive_copy_and_pickle_without_the_key(cls: type[WushuangError], how: str) -> None:
    error = _build(cls)
    if how == "pickle":
        data = pickle.dumps(error)
        assert KEY.encode() not in data and b"user:pw" not in data
        twin = pickle.loads(data)
    else:
        twin = getattr(copy, how)(error)
    assert type(twin) is cls
    assert _attributes(twin) == _attributes(error)
    request = getattr(twin, "request", None)
    if how == "pickle" and request is not None:
        assert request.headers["authorization"] == "***" and request.headers["mj-api-secret"] == "***"
        assert KEY not in request.headers["x-echo"]
        assert error.request.headers["authorization"] == f"Bearer {KEY}"  # type: ignore[attr-defined]  # the original keeps it


def _raise_in_worker(index: int) -> int:
    if index == 1:
        raise _build(wushuang.AuthenticationError)
    return index


def test_an_error_raised_in_a_worker_process_reaches_the_parent() -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        result = pool.map_async(_raise_in_worker, range(3))
        with pytest.raises(wushuang.AuthenticationError) as caught:
            result.get(timeout=60)
    assert caught.value.status_code == 401 and caught.value.code == "bad"
    assert caught.value.request is not None and caught.value.request.headers["authorization"] == "***"


# ---------------------------------------------------------------------------------------------- split_grid


def _png(width: int, height: int) -> bytes:
    """A black RGB PNG of ``width`` x ``height``, written row by row (a large one stays a small file)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    packer = zlib.compressobj(9)
    row = b"\0" * (1 + 3 * width)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


_PEAK = """
import resource, sys
import wushuang
try:
    wushuang.split_grid(sys.argv[1])
except wushuang.InvalidParameterError as exc:
    print("refused", exc.param)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_split_grid_refuses_a_decompression_bomb_before_decoding_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    pytest.importorskip("PIL")
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png(8000, 8000))  # 192 MB of pixels in a file of about 200 kB
    assert bomb.stat().st_size < 1_000_000
    baseline = subprocess.run([sys.executable, "-c", _PEAK, str(tmp_path / "none.png")], capture_output=True, text=True)
    run = subprocess.run([sys.executable, "-c", _PEAK, str(bomb)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    refused, peak_mb = run.stdout.split("\n")[:2]
    assert refused == "refused image"
    assert "DecompressionBomb" not in run.stderr
    # Decoded, the image alone would take 192 MB: refused from its header, the run peaks near the import's own size.
    assert int(peak_mb) < int(baseline.stdout.split("\n")[1]) + 30, (peak_mb, baseline.stdout)


@pytest.mark.parametrize(
    ("image", "problem"),
    [
        (b"not an image", "cannot be read"),
        (b"", "cannot be read"),
        (_png(64, 64)[:50], "cannot be read"),
        (_png(1, 1), "too small"),
        ("missing.png", "cannot be read"),
        (12, "must be a path"),
        (_png(300, 300), "more than max_pixels"),
    ],
    ids=["text", "empty", "truncated", "1x1", "missing", "int", "limit"],
)
def test_split_grid_raises_the_sdks_error(
    image: Any, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("PIL")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InvalidParameterError, match=problem) as caught:
        wushuang.split_grid(image, max_pixels=50_000)
    assert caught.value.param == "image"


def test_split_grid_still_splits() -> None:
    pytest.importorskip("PIL")
    assert len(wushuang.split_grid(_png(64, 48))) == 4


# ---------------------------------------------------------------------------------------------- bad caller input


def _closed_file() -> io.BytesIO:
    handle = io.BytesIO(b'{"a": 1}\n')
    handle.close()
    return handle


def _wrong(value: object) -> Any:
    """A value of a type the signature does not allow, as a careless caller passes it."""
    return value


def _client_with(**options: Any) -> wushuang.Wushuang:
    return wushuang.Wushuang(api_key=options.pop("api_key", "sk-caller-input-test"), **options)


_CALLS: list[tuple[str, str, Callable[[wushuang.Wushuang], object]]] = [
    ("closed file", "file", lambda c: c.files.create(file=_closed_file(), purpose="fine-tune")),
    ("closed file in a tuple", "file", lambda c: c.files.create(file=("a.jsonl", _closed_file()), purpose="fine-tune")),
    ("missing image path", "base64_array", lambda c: c.midjourney.submit.blend(base64_array=[Path("none.png")] * 2)),
    ("closed image file", "base64_array", lambda c: c.midjourney.submit.blend(base64_array=[_closed_file()] * 2)),
    (
        "extra_body str",
        "extra_body",
        lambda c: c.chat.completions.create(model="m", messages=MESSAGES, extra_body=_wrong("x")),
    ),
    (
        "extra_body list",
        "extra_body",
        lambda c: c.chat.completions.create(model="m", messages=MESSAGES, extra_body=_wrong([1])),
    ),
    ("extra_headers list", "extra_headers", lambda c: c.models.list(extra_headers=_wrong([("a", "b")]))),
    ("extra_query int", "extra_query", lambda c: c.models.list(extra_query=_wrong(5))),
    ("base_url", "base_url", lambda c: _client_with(base_url="relay.test")),
    ("base_url int", "base_url", lambda c: _client_with(base_url=_wrong(5))),
    ("base_url ftp", "base_url", lambda c: _client_with(base_url="ftp://relay.test")),
    ("with_options base_url", "base_url", lambda c: c.with_options(base_url="http://")),
    ("api_key int", "api_key", lambda c: _client_with(api_key=_wrong(5))),
    ("default_headers list", "default_headers", lambda c: _client_with(default_headers=_wrong([("a", "b")]))),
    ("default_query list", "default_query", lambda c: c.with_options(default_query=_wrong([1]))),
    ("max_retries", "max_retries", lambda c: _client_with(max_retries=-1)),
]


@pytest.mark.parametrize(("param", "call"), [case[1:] for case in _CALLS], ids=[case[0] for case in _CALLS])
def test_bad_caller_input_is_refused_before_sending(
    param: str, call: Callable[[wushuang.Wushuang], object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    with mock_client(handler) as client:
        with pytest.raises(InvalidParameterError) as caught:
            call(client)
    assert caught.value.param == param
    assert param in str(caught.value)
    assert sent == []


# ---------------------------------------------------------------------------------------------- values out of range


@pytest.mark.parametrize(
    "fields",
    [
        {"submitTime": 10**18, "startTime": -(10**18), "finishTime": 2**63 - 1, "progress": "inf%"},
        {"submitTime": 2**64 - 1, "progress": "1e999%"},
        {"progress": "nan"},
        {"progress": "-5%"},
        {"progress": "250%"},
    ],
)
def test_task_helpers_read_values_out_of_range_as_none(fields: dict[str, Any]) -> None:
    task = parse_task_notification({"id": "t1", **fields})
    assert task.progress_percent is None
    assert (task.submitted_at, task.started_at, task.finished_at) == (None, None, None)


def test_task_helpers_still_read_sane_values() -> None:
    task = parse_task_notification({"id": "t1", "progress": "45%", "submitTime": 1_700_000_000_000})
    assert task.progress_percent == 45
    assert task.submitted_at is not None and task.submitted_at.year == 2023


@pytest.mark.parametrize("number", [b"1e999", b"1" + b"0" * 5000])
def test_numbers_out_of_range_are_decoding_errors(number: bytes) -> None:
    body = b'{"object":"list","data":[{"id":"m","object":"model","created":' + number + b',"owned_by":"x"}]}'
    with mock_client(answer(200, body)) as client, pytest.raises(APIResponseValidationError):
        client.models.list()
    event = b'data: {"id":"c","object":"chat.completion.chunk","created":' + number + b',"model":"m","choices":[]}\n\n'
    with mock_client(answer(200, event, "text/event-stream")) as client:
        with pytest.raises(APIResponseValidationError):
            list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))


@pytest.mark.parametrize("status", ["\u00b2\u00b2\u00b2", "9" * 5000, "4" * 400])
def test_an_error_envelope_naming_a_strange_status_is_still_read(status: str) -> None:
    body = json.dumps({"error": {"message": "refused", "code": status}}).encode()
    with mock_client(answer(200, body)) as client:
        with pytest.raises(wushuang.APIStreamError, match="refused"):
            list(client.chat.completions.create(model="m", messages=MESSAGES, stream=True))
    with mock_client(answer(502, body)) as client, pytest.raises(InternalServerError, match="refused"):
        client.models.list()


async def test_a_usage_out_of_range_does_not_stall_a_batch(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 10**19}
        body = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": [], "usage": usage}
        return httpx.Response(200, json=body)

    source = tmp_path / "in.jsonl"
    lines = [
        {
            "custom_id": f"c{i}",
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": "m", "messages": MESSAGES},
        }
        for i in range(3)
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines))
    run = run_batch_async(
        source, tmp_path / "out.jsonl", client=mock_async_client(handler), concurrency=1, tpm=1_000_000, progress=False
    )
    summary = await asyncio.wait_for(run, timeout=20)
    assert summary.succeeded == 3 and summary.tokens == 0
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 3


@pytest.mark.parametrize(
    ("content", "problem"), [("[" * DEEP + "]" * DEEP, "nested too deeply"), ("1" * 5000, "digits")]
)
def test_cli_json_that_python_cannot_read_is_bad_input(
    content: str, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from wushuang._cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "messages.json").write_text(content)
    env = {"WUSHUANG_API_KEY": "sk-cli-input-test", "WUSHUANG_BASE_URL": "http://127.0.0.1:9"}
    args = ["api", "chat.completions.create", "--model", "m", "--messages", "@messages.json"]
    result = CliRunner().invoke(cli, args, env=env)
    assert result.exit_code == 2, result.output
    assert "not valid JSON" in result.stderr and problem in result.stderr


# ---------------------------------------------------------------------------------------------- downloads

_DOWNLOADS: list[tuple[str, Callable[[wushuang.Wushuang, str, Path], object]]] = [
    ("read", lambda client, url, folder: client.download(url).read()),
    ("iter_bytes", lambda client, url, folder: list(client.download(url).iter_bytes())),
    ("write_to_file", lambda client, url, folder: client.download(url).write_to_file(folder / "out.png")),
    ("save_image", lambda client, url, folder: wushuang.save_image(_Image(url), folder / "out.png", client=client)),
]


class _Image:
    b64_json = None

    def __init__(self, url: str) -> None:
        self.url = url


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ({"status": 302, "headers": {"Location": "/loop"}, "body": b""}, wushuang.APIConnectionError),
        (
            {"headers": {"Content-Encoding": "gzip", "Content-Type": "image/png"}, "body": b"no gzip" * 9},
            APIResponseDecodingError,
        ),
    ],
    ids=["redirect-loop", "bad-gzip"],
)
@pytest.mark.parametrize(("how", "fetch"), _DOWNLOADS, ids=[name for name, _ in _DOWNLOADS])
def test_downloads_raise_sdk_errors_for_redirect_loops_and_bodies_that_do_not_decode(
    reply: dict[str, Any], expected: type[WushuangError], how: str, fetch: Any, tmp_path: Path
) -> None:
    from _scripted_server import Reply, scripted_server

    with (
        scripted_server() as server,
        wushuang.Wushuang(api_key="sk-download-test", base_url=server.base_url, max_retries=0) as client,
    ):
        server.default = Reply(**reply)
        with pytest.raises(expected):
            fetch(client, server.base_url + "/loop", tmp_path)


async def test_async_downloads_raise_sdk_errors(tmp_path: Path) -> None:
    from _scripted_server import Reply, scripted_server

    with scripted_server() as server:
        async with wushuang.AsyncWushuang(
            api_key="sk-download-test", base_url=server.base_url, max_retries=0
        ) as client:
            server.default = Reply(302, b"", {"Location": "/loop"})
            with pytest.raises(wushuang.APIConnectionError, match="TooManyRedirects"):
                await client.download(server.base_url + "/loop")
            server.default = Reply(200, b"no gzip" * 9, {"Content-Encoding": "gzip"})
            with pytest.raises(APIResponseDecodingError):
                await (await client.download(server.base_url + "/x")).read()


@pytest.mark.parametrize("embedding", ["not base64!", "AAA="], ids=["not-base64", "not-float32"])
def test_embeddings_that_do_not_decode_are_validation_errors(embedding: str) -> None:
    body = {"object": "list", "model": "m", "data": [{"object": "embedding", "index": 0, "embedding": embedding}]}
    with mock_client(lambda request: httpx.Response(200, json=body)) as client:
        with pytest.raises(APIResponseValidationError, match="not base64 float32"):
            client.embeddings.create(model="m", input="hi")


def test_a_binary_body_that_is_no_json_is_a_decoding_error() -> None:
    for body in (b"[" * DEEP + b"]" * DEEP, b"<html>", b"1" * 5000):
        with mock_client(answer(200, body, "application/octet-stream")) as client:
            with pytest.raises(APIResponseDecodingError, match="not valid JSON"):
                client.files.content("file-1").json()


async def test_an_answer_too_deep_to_write_back_is_recorded_as_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """msgspec may decode a body its encoder, a few levels deeper in the record, cannot write: the record is then
    the line's decoding error, with the answer's status."""
    from wushuang.batch._checkpoint import Checkpoint

    write = Checkpoint.write

    def write_or_fail(self: Checkpoint, record: Any) -> None:
        if record["response"] is not None and record["response"]["body"] is not None:
            raise RecursionError("maximum recursion depth exceeded while serializing an object")
        write(self, record)

    monkeypatch.setattr(Checkpoint, "write", write_or_fail)
    body = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
    source = tmp_path / "in.jsonl"
    line = {
        "custom_id": "a",
        "method": "POST",
        "url": "/v1/chat/completions",
        "body": {"model": "m", "messages": MESSAGES},
    }
    source.write_text(json.dumps(line) + "\n")
    client = mock_async_client(lambda request: httpx.Response(200, json=body))
    summary = await run_batch_async(source, tmp_path / "out.jsonl", client=client, progress=False)
    (record,) = map(json.loads, (tmp_path / "out.jsonl").read_text().splitlines())
    assert record["error"]["code"] == "APIResponseDecodingError" and record["response"]["status_code"] == 200
    assert summary.maybe_sent == 0 and summary.failed == {"APIResponseDecodingError": 1}


def test_a_batch_input_line_nested_too_deeply_is_a_bad_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("[" * DEEP + "]" * DEEP + "\n")
    with pytest.raises(BatchInputError, match="line 1") as caught:
        asyncio.run(
            run_batch_async(source, tmp_path / "out.jsonl", client=mock_async_client(answer(500, b"")), progress=False)
        )
    assert "nested too deeply" in str(caught.value.problems[0])
