"""The helpers generated from `x-sdk` behaviours: status polls, create-then-poll, embeddings as base64 on the
wire, and saving images. Traffic goes through ``httpx.MockTransport`` or to a server on 127.0.0.1."""

from __future__ import annotations

import base64
import json
import struct
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, Handler, mock_async_client, mock_client

import wushuang
from wushuang import InvalidParameterError, PollTimeoutError


def _statuses(*statuses: str, **extra: Any) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering each GET of a file with the next status (the last one repeats)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses[min(len(seen), len(statuses)) - 1]
        return httpx.Response(200, json={"id": "file-1", "object": "file", "status": status, **extra})

    return handler, seen


def test_wait_for_processing_polls_until_a_final_status_and_reports_each_change() -> None:
    fake = FakeTime()
    handler, seen = _statuses("uploaded", "uploaded", "processed")
    changes: list[str] = []
    with mock_client(handler, fake) as client:
        done = client.files.wait_for_processing("file-1", interval=2.0, on_progress=lambda f: changes.append(f.status))
    assert done.status == "processed"
    assert [r.url.path for r in seen] == ["/v1/files/file-1"] * 3
    assert fake.sleeps == [2.0, 2.0]
    assert changes == ["uploaded", "processed"]


def test_a_poll_given_a_finished_object_returns_it_without_a_request() -> None:
    fake = FakeTime()
    handler, seen = _statuses("uploaded")
    with mock_client(handler, fake) as client:
        processed = wushuang.types.OpenAIFile(id="file-1", status="processed")
        assert client.files.wait_for_processing(processed) is processed
        assert seen == []
        pending = wushuang.types.OpenAIFile(id="file-1", status="uploaded")
        with pytest.raises(PollTimeoutError) as caught:
            client.files.wait_for_processing(pending, timeout=5, interval=2)
    assert caught.value.last.status == "uploaded"
    assert "file-1" in str(caught.value) and "uploaded" in str(caught.value)
    assert len(seen) == 3  # at 0, 2 and 4 s; a fourth would pass the 5 s deadline


def test_a_poll_refuses_bad_arguments_before_sending() -> None:
    fake = FakeTime()
    handler, seen = _statuses("processed")
    with mock_client(handler, fake) as client:
        with pytest.raises(InvalidParameterError, match="interval"):  # a WushuangError, and a ValueError
            client.files.wait_for_processing("file-1", interval=0)
        with pytest.raises(InvalidParameterError, match="timeout"):
            client.files.wait_for_processing("file-1", timeout=-1)
        with pytest.raises(InvalidParameterError, match="timeout"):
            client.files.retrieve("file-1", timeout=-1)
        with pytest.raises(InvalidParameterError, match="file_id"):
            client.files.wait_for_processing(42)  # type: ignore[arg-type]
    assert seen == []


def test_fine_tuning_wait_reports_each_new_event_once_in_order() -> None:
    fake = FakeTime()
    polls = {"n": 0}
    events = [
        {"id": "ev-1", "object": "fine_tuning.job.event", "created_at": 1, "level": "info", "message": "queued"},
        {"id": "ev-2", "object": "fine_tuning.job.event", "created_at": 2, "level": "info", "message": "started"},
        {"id": "ev-3", "object": "fine_tuning.job.event", "created_at": 3, "level": "info", "message": "done"},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/events"):
            assert request.url.params["limit"] == "100"
            shown = events[: polls["n"]]
            return httpx.Response(200, json={"object": "list", "data": shown[::-1], "has_more": False})
        polls["n"] += 1
        status = "succeeded" if polls["n"] >= 3 else "running"
        return httpx.Response(200, json={"id": "ftjob-1", "status": status, "fine_tuned_model": "ft:x"})

    messages: list[str] = []
    with mock_client(handler, fake) as client:
        job = client.fine_tuning.jobs.wait("ftjob-1", interval=1, on_event=lambda e: messages.append(e.message))
    assert job.status == "succeeded" and job.fine_tuned_model == "ft:x"
    assert messages == ["queued", "started", "done"]


def _run(status: str, run_id: str = "run_1", **extra: Any) -> dict[str, Any]:
    return {
        "id": run_id,
        "object": "thread.run",
        "thread_id": "thread_1",
        "assistant_id": "asst_1",
        "status": status,
        **extra,
    }


def test_create_and_poll_creates_once_then_polls_the_run_it_made() -> None:
    fake = FakeTime()
    seen: list[tuple[str, str]] = []
    states = iter(["in_progress", "completed"])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        assert request.headers["OpenAI-Beta"] == "assistants=v1"
        if request.method == "POST":
            assert json.loads(request.content) == {"assistant_id": "asst_1"}
            return httpx.Response(200, json=_run("queued"))
        return httpx.Response(200, json=_run(next(states)))

    with mock_client(handler, fake) as client:
        run = client.beta.threads.runs.create_and_poll("thread_1", assistant_id="asst_1", poll_interval=0.5)
    assert run.status == "completed"
    assert seen == [("POST", "/v1/threads/thread_1/runs")] + [("GET", "/v1/threads/thread_1/runs/run_1")] * 2
    assert fake.sleeps == [0.5]


def test_a_run_that_needs_tool_outputs_comes_back_to_the_caller() -> None:
    fake = FakeTime()
    action = {
        "type": "submit_tool_outputs",
        "submit_tool_outputs": {
            "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json=_run("queued", thread_id="thread_9"))
        assert request.url.path == "/v1/threads/thread_9/runs/run_1"  # the thread the run says it is in
        return httpx.Response(200, json=_run("requires_action", thread_id="thread_9", required_action=action))

    with mock_client(handler, fake) as client:
        run = client.beta.threads.create_and_run_poll(assistant_id="asst_1", poll_interval=0.1)
    assert run.status == "requires_action"
    assert run.required_action.submit_tool_outputs.tool_calls[0].function.name == "get_weather"


def test_create_and_poll_refuses_a_bad_poll_interval_before_creating() -> None:
    fake = FakeTime()
    handler, seen = _statuses("processed")
    with mock_client(handler, fake) as client, pytest.raises(ValueError, match="interval"):
        client.beta.threads.runs.create_and_poll("thread_1", assistant_id="asst_1", poll_interval=-1)
    assert seen == []


async def test_async_polls_behave_like_the_sync_ones() -> None:
    fake = FakeTime()
    handler, seen = _statuses("uploaded", "processed")
    async with mock_async_client(handler, fake) as client:
        done = await client.files.wait_for_processing("file-1", interval=3)
        runs = iter(["queued", "completed"])

        def run_handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=_run(next(runs)))

    assert done.status == "processed" and len(seen) == 2 and fake.sleeps == [3]
    async with mock_async_client(run_handler, fake) as client:
        run = await client.beta.threads.runs.submit_tool_outputs_and_poll(
            "run_1", thread_id="thread_1", tool_outputs=[{"tool_call_id": "call_1", "output": "22C"}]
        )
    assert run.status == "completed"


# ---------------------------------------------------------------------------------------------- embeddings
def _embedding_handler(seen: list[dict[str, Any]], vector: list[float]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        if body.get("encoding_format") == "base64":
            value: Any = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        else:
            value = vector
        data = [{"object": "embedding", "index": 0, "embedding": value}]
        return httpx.Response(
            200,
            json={
                "object": "list",
                "data": data,
                "model": body["model"],
                "usage": {"prompt_tokens": 2, "total_tokens": 2},
            },
        )

    return handler


def test_embeddings_travel_as_base64_and_come_back_as_floats() -> None:
    seen: list[dict[str, Any]] = []
    vector = [0.5, -0.25, 0.125, 1.0]
    with mock_client(_embedding_handler(seen, vector), FakeTime()) as client:
        result = client.embeddings.create(model="text-embedding-3-small", input="hi")
        assert seen[-1] == {"model": "text-embedding-3-small", "input": "hi", "encoding_format": "base64"}
        assert result.data[0].embedding == vector
        chosen = client.embeddings.create(model="text-embedding-3-small", input="hi", encoding_format="float")
        assert seen[-1]["encoding_format"] == "float" and chosen.data[0].embedding == vector
        kept = client.embeddings.create(model="text-embedding-3-small", input="hi", encoding_format="base64")
        assert isinstance(kept.data[0].embedding, str)  # asked for by the caller: handed back as sent


# ---------------------------------------------------------------------------------------------- images
PNG = b"\x89PNG\r\n\x1a\n" + b"pixels" * 100


@pytest.fixture
def image_server() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []

    class Serve(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers))
            if self.path != "/img.png":
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Serve)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()
    server.server_close()


def test_save_image_writes_b64_json_and_downloads_urls_without_the_key(
    tmp_path: Path, image_server: tuple[str, list[dict[str, str]]]
) -> None:
    base, seen = image_server
    from wushuang.types import Image

    saved = wushuang.save_image(Image(b64_json=base64.b64encode(PNG).decode()), tmp_path / "a.png")
    assert saved.read_bytes() == PNG
    wushuang.save_image(Image(url=f"{base}/img.png"), tmp_path / "b.png")
    assert (tmp_path / "b.png").read_bytes() == PNG
    assert not any(key.lower() == "authorization" for key in seen[0])
    with pytest.raises(wushuang.NotFoundError):
        wushuang.save_image(Image(url=f"{base}/missing.png"), tmp_path / "c.png")
    with pytest.raises(InvalidParameterError, match="b64_json or an http"):
        wushuang.save_image(Image(), tmp_path / "d.png")


async def test_async_save_image_downloads(tmp_path: Path, image_server: tuple[str, list[dict[str, str]]]) -> None:
    base, _ = image_server
    from wushuang.types import Image

    await wushuang.async_save_image(Image(url=f"{base}/img.png"), tmp_path / "b.png")
    assert (tmp_path / "b.png").read_bytes() == PNG


# ---------------------------------------------------------------------------------------------- run streams
def _sse(*events: tuple[str, Any]) -> bytes:
    out = b""
    for name, data in events:
        payload = data if isinstance(data, str) else json.dumps(data)
        out += f"event: {name}\ndata: {payload}\n\n".encode()
    return out


def _delta(text: str) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": text}}]},
    }


RUN_STREAM = _sse(
    ("thread.run.created", _run("queued")),
    ("thread.run.in_progress", _run("in_progress")),
    ("thread.message.created", {"id": "msg_1", "object": "thread.message", "role": "assistant", "content": []}),
    ("thread.message.delta", _delta("Hel")),
    ("ping", "{}"),  # a keep-alive: skipped
    ("thread.something.new", {"id": "x"}),  # an event newer than the spec: skipped
    ("thread.message.delta", _delta("lo")),
    (
        "thread.message.completed",
        {
            "id": "msg_1",
            "object": "thread.message",
            "role": "assistant",
            "content": [{"type": "text", "text": {"value": "Hello", "annotations": []}}],
        },
    ),
    ("thread.run.completed", _run("completed")),
    ("done", "[DONE]"),
)


def _stream_handler(body: bytes, seen: list[httpx.Request]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


def test_a_run_stream_gives_typed_events_in_order_and_ends_with_done() -> None:
    seen: list[httpx.Request] = []
    with mock_client(_stream_handler(RUN_STREAM, seen), FakeTime()) as client:
        with client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True) as stream:
            events = list(stream)
    assert json.loads(seen[0].content) == {"assistant_id": "asst_1", "stream": True}
    assert seen[0].headers["accept"] == "text/event-stream"
    names = [event.event for event in events]
    assert names == [
        "thread.run.created",
        "thread.run.in_progress",
        "thread.message.created",
        "thread.message.delta",
        "thread.message.delta",
        "thread.message.completed",
        "thread.run.completed",
        "done",
    ]
    assert type(events[0]).__name__ == "ThreadRunCreatedEvent" and events[0].data.status == "queued"
    assert events[3].data.delta.content[0].text.value == "Hel"
    assert stream.closed


def test_a_run_stream_gives_the_text_as_written_and_the_final_run() -> None:
    with mock_client(_stream_handler(RUN_STREAM, []), FakeTime()) as client:
        stream = client.beta.threads.create_and_run(assistant_id="asst_1", stream=True)
        assert list(stream.text_deltas) == ["Hel", "lo"]
        run = stream.get_final_run()
        assert run.status == "completed" and run.id == "run_1"
        assert [m.id for m in stream.get_final_messages()] == ["msg_1"]


def test_an_error_event_in_a_run_stream_raises_after_the_events_before_it() -> None:
    body = _sse(("thread.run.created", _run("queued")), ("error", {"message": "boom", "type": "server_error"}))
    with mock_client(_stream_handler(body, []), FakeTime()) as client:
        stream = client.beta.threads.runs.submit_tool_outputs(
            "run_1", thread_id="thread_1", tool_outputs=[{"tool_call_id": "c", "output": "o"}], stream=True
        )
        got: list[str] = []
        with pytest.raises(wushuang.APIStreamError, match="boom"):
            for event in stream:
                got.append(event.event)
    assert got == ["thread.run.created"] and stream.closed


async def test_async_run_stream_text_and_final_run() -> None:
    async with mock_async_client(_stream_handler(RUN_STREAM, []), FakeTime()) as client:
        stream = await client.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        assert [text async for text in stream.text_deltas] == ["Hel", "lo"]
        assert (await stream.get_final_run()).status == "completed"


# ---------------------------------------------------------------------------------------------- uploads
def test_an_upload_may_be_a_path_read_in_chunks_and_bad_uploads_are_refused_before_sending(tmp_path: Path) -> None:
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return httpx.Response(200, json={"id": "file-1", "object": "file", "status": "uploaded"})

    path = tmp_path / "train.jsonl"
    path.write_bytes(b'{"prompt": "a"}\n' * 1000)
    with mock_client(handler, FakeTime()) as client:
        client.files.create(file=path, purpose="fine-tune")
        assert b'filename="train.jsonl"' in seen[0] and seen[0].count(b'{"prompt": "a"}') == 1000
        refusals = {
            "no such file": tmp_path / "missing.jsonl",
            "pass pathlib.Path": str(path),
            "got int": 42,
            "got NoneType": None,
        }
        for message, bad in refusals.items():
            with pytest.raises(InvalidParameterError, match=message) as caught:
                client.files.create(file=bad, purpose="fine-tune")  # type: ignore[arg-type]
            assert caught.value.param == "file"
    assert len(seen) == 1


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain\r\nX-Injected: 1",
        'text/plain\nContent-Disposition: form-data; name="purpose"',
        'text/plain\r\n\r\n--boundary\r\nContent-Disposition: form-data; name="x"',
        "multipart/mixed; boundary=inner",
        'text/plain; charset="utf-8\r\n"',
        "plain",
        "",
        b"text/plain",
    ],
)
def test_a_content_type_that_is_not_one_media_type_is_refused_before_sending(content_type: Any) -> None:
    seen: list[bytes] = []
    with mock_client(lambda request: seen.append(request.read()) or httpx.Response(200, json={})) as client:
        with pytest.raises(InvalidParameterError, match="content type") as caught:
            client.files.create(file=("a.txt", b"abc", content_type), purpose="assistants")
        assert caught.value.param == "file"
        for good in ("text/plain", "application/jsonl; charset=utf-8", 'text/plain; name="a; b"', None):
            client.files.create(file=("a.txt", b"abc", good), purpose="assistants")
    assert len(seen) == 4 and b"Content-Type: text/plain\r\n\r\nabc" in seen[0]
    assert b'Content-Type: text/plain; name="a; b"' in seen[2]


def test_a_status_poll_retries_like_any_call_and_stops_at_the_error_its_retries_gave_up_on() -> None:
    fake = FakeTime()
    answers = iter(
        [httpx.Response(503), httpx.Response(429), httpx.Response(200, json={"id": "file-1", "status": "processed"})]
    )
    timeouts: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"]["read"])
        return next(answers)

    with mock_client(handler, fake, max_retries=2) as client:
        done = client.files.wait_for_processing("file-1", interval=1, timeout=4)
    assert done.status == "processed" and len(timeouts) == 3
    assert timeouts[0] == pytest.approx(4)  # what is left of the wait, shorter than the client's 5 s

    calls: list[str] = []

    def failing(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(502, text="bad gateway")

    with mock_client(failing, FakeTime(), max_retries=1) as client:
        with pytest.raises(wushuang.InternalServerError):  # not a PollTimeoutError after polling a dead server
            client.files.wait_for_processing("file-1", interval=1, timeout=300)
    assert len(calls) == 2
    missing = httpx.Response(404, json={"error": {"message": "no such file"}})
    with mock_client(lambda request: missing, FakeTime()) as client:
        with pytest.raises(wushuang.NotFoundError):
            client.files.wait_for_processing("file-1", interval=1, timeout=3)
