"""Every operation of the slice, end to end against the emulator: both layers, sync and async, streamed or not.

The wrapper tests run twice (``client`` is a ``Wushuang`` or an ``AsyncWushuang``): ``resolve`` awaits what the
async client returns and ``drain`` reads either kind of stream, so one test body checks both twins. A sync call
inside an async test blocks the loop, which is fine: the emulator serves from its own thread.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang.testing import Emulator, Fault

# `wushuang.types` is a lazy attribute of the package (the generated models), not an importable module.
wt = wushuang.types
INSTRUCT = "gpt-3.5-turbo-instruct"
AnyClient = Wushuang | AsyncWushuang


async def resolve(value: Any) -> Any:
    """The result of a call of either client."""
    if inspect.isawaitable(value):
        return await value
    return value


async def drain(stream: Any) -> list[Any]:
    """Every item of a sync or async iterable."""
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


def make_client(kind: str, emu: Emulator, **options: Any) -> AnyClient:
    if kind == "sync":
        return Wushuang(api_key=emu.api_key, base_url=emu.base_url, **options)
    return AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, **options)


async def close(client: AnyClient) -> None:
    await resolve(client.close())


def add_assistants(emu: Emulator, count: int) -> None:
    """Create `count` assistants on the emulator (it starts with none), as a client would."""
    headers = {"Authorization": f"Bearer {emu.api_key}", "OpenAI-Beta": "assistants=v1"}
    with httpx.Client(base_url=emu.base_url, headers=headers) as http:
        for i in range(count):
            http.post("/v1/assistants", json={"model": "gpt-4", "name": f"Assistant {i:02d}"}).raise_for_status()


@pytest.fixture
def emu(wushuang_emulator: Emulator) -> Emulator:
    return wushuang_emulator


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, emu: Emulator) -> AsyncIterator[AnyClient]:
    c = make_client(request.param, emu, max_retries=0)
    yield c
    await close(c)


# ---------------------------------------------------------------- completions
async def test_completion_plain(client: AnyClient, emu: Emulator) -> None:
    result = await resolve(client.completions.create(model=INSTRUCT, prompt="Say this is a test", max_tokens=7))
    assert isinstance(result, wt.CreateCompletionResponse)
    assert result.object == "text_completion"
    assert result.model == INSTRUCT
    assert len(result.choices) == 1 and result.choices[0].text.strip()
    assert result.choices[0].finish_reason == "length"
    usage = result.usage
    assert usage is not None and usage.completion_tokens <= 7
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    sent = emu.requests.last
    assert sent.method == "POST" and sent.path == "/v1/completions"
    # Only what the caller set goes on the wire: no spec defaults filled in.
    assert sent.json() == {"model": INSTRUCT, "prompt": "Say this is a test", "max_tokens": 7}
    assert sent.headers["authorization"] == f"Bearer {emu.api_key}"
    again = await resolve(client.completions.create(model=INSTRUCT, prompt="Say this is a test", max_tokens=7))
    assert again.choices[0].text == result.choices[0].text  # same request, same answer


async def test_completion_stream(client: AnyClient, emu: Emulator) -> None:
    whole = await resolve(client.completions.create(model=INSTRUCT, prompt="Stream me", max_tokens=6))
    stream = await resolve(client.completions.create(model=INSTRUCT, prompt="Stream me", max_tokens=6, stream=True))
    assert isinstance(stream, wushuang.AsyncStream if isinstance(client, AsyncWushuang) else wushuang.Stream)
    chunks = await drain(stream)
    assert len(chunks) > 2
    assert all(isinstance(c, wt.CreateCompletionResponse) for c in chunks)
    assert "".join(c.choices[0].text for c in chunks) == whole.choices[0].text
    assert chunks[-1].choices[0].finish_reason == "length"
    assert all(c.usage is None for c in chunks)
    sent = emu.requests.last
    assert sent.json()["stream"] is True
    assert sent.headers["accept"] == "text/event-stream"


async def test_completion_stream_include_usage(client: AnyClient) -> None:
    whole = await resolve(client.completions.create(model=INSTRUCT, prompt="Count me", max_tokens=5))
    stream = await resolve(
        client.completions.create(
            model=INSTRUCT, prompt="Count me", max_tokens=5, stream=True, stream_options={"include_usage": True}
        )
    )
    chunks = await drain(stream)
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None
    assert last.usage == whole.usage
    assert all(c.usage is None for c in chunks[:-1])


async def test_completion_n(client: AnyClient) -> None:
    result = await resolve(client.completions.create(model=INSTRUCT, prompt="Many", n=3, max_tokens=4))
    assert sorted(c.index for c in result.choices) == [0, 1, 2]
    assert len({c.text for c in result.choices}) > 1


async def test_completion_stop(client: AnyClient, emu: Emulator) -> None:
    free = await resolve(client.completions.create(model=INSTRUCT, prompt="Stop early", max_tokens=12))
    words = free.choices[0].text.split()
    assert len(words) > 3
    stop = words[2]
    cut = await resolve(client.completions.create(model=INSTRUCT, prompt="Stop early", max_tokens=12, stop=[stop]))
    assert emu.requests.last.json()["stop"] == [stop]
    choice = cut.choices[0]
    assert choice.finish_reason == "stop"
    assert stop not in choice.text
    assert free.choices[0].text.startswith(choice.text)


async def test_completion_logprobs(client: AnyClient) -> None:
    result = await resolve(client.completions.create(model=INSTRUCT, prompt="Probable", max_tokens=5, logprobs=3))
    logprobs = result.choices[0].logprobs
    assert logprobs is not None and logprobs.tokens and logprobs.top_logprobs
    assert "".join(logprobs.tokens) == result.choices[0].text
    assert all(alts is not None and len(alts) == 3 for alts in logprobs.top_logprobs)
    assert all(lp is not None and lp <= 0 for lp in logprobs.token_logprobs or [])


async def test_completion_echo_and_suffix(client: AnyClient) -> None:
    result = await resolve(
        client.completions.create(model=INSTRUCT, prompt="Begin:", max_tokens=4, echo=True, suffix=" :End")
    )
    text = result.choices[0].text
    assert text.startswith("Begin:") and text.endswith(" :End")
    assert len(text) > len("Begin: :End")


# ---------------------------------------------------------------- chat
@pytest.mark.parametrize("model", ["gpt-3.5-turbo", "claude-3-haiku-20240307"])
async def test_chat_plain(client: AnyClient, emu: Emulator, model: str) -> None:
    messages: list[Any] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello there"},
    ]
    result = await resolve(client.chat.completions.create(model=model, messages=messages))
    assert isinstance(result, wt.CreateChatCompletionResponse)
    assert result.model == model
    message = result.choices[0].message
    assert message.role == "assistant" and message.content and message.tool_calls is None
    assert result.choices[0].finish_reason == "stop"
    assert emu.requests.last.json()["messages"] == messages


async def test_chat_tools(client: AnyClient) -> None:
    tools: list[Any] = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather of a city",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
                    "required": ["city"],
                },
            },
        }
    ]
    result = await resolve(
        client.chat.completions.create(
            model="gpt-4", messages=[{"role": "user", "content": "Weather in Paris?"}], tools=tools
        )
    )
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert call.type == "function" and call.function.name == "get_weather" and call.id
    arguments = json.loads(call.function.arguments)
    assert set(arguments) == {"city", "days"} and isinstance(arguments["days"], int)

    stream = await resolve(
        client.chat.completions.create(
            model="gpt-4", messages=[{"role": "user", "content": "Weather in Paris?"}], tools=tools, stream=True
        )
    )
    chunks = await drain(stream)
    pieces = [
        tc.function.arguments
        for c in chunks
        for ch in c.choices
        for tc in ch.delta.tool_calls or []
        if tc.function and tc.function.arguments
    ]
    assert "".join(pieces) == call.function.arguments
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


@pytest.mark.parametrize("model", ["gpt-3.5-turbo", "claude-3-haiku-20240307"])
async def test_chat_stream_deltas(client: AnyClient, model: str) -> None:
    messages: list[Any] = [{"role": "user", "content": "Tell me a story"}]
    whole = await resolve(client.chat.completions.create(model=model, messages=messages, max_tokens=8))
    stream = await resolve(client.chat.completions.create(model=model, messages=messages, max_tokens=8, stream=True))
    chunks = await drain(stream)
    assert all(isinstance(c, wt.CreateChatCompletionStreamResponse) for c in chunks)
    assert chunks[0].object == "chat.completion.chunk"
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == whole.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == whole.choices[0].finish_reason == "length"


# ---------------------------------------------------------------- models
async def test_models_list_and_retrieve(client: AnyClient) -> None:
    listed = await resolve(client.models.list())
    ids = [m.id for m in listed.data]
    assert "gpt-3.5-turbo" in ids and "claude-3-haiku-20240307" in ids
    model = await resolve(client.models.retrieve("gpt-4"))
    assert isinstance(model, wt.Model) and model.id == "gpt-4" and model.object == "model"
    with pytest.raises(wushuang.NotFoundError) as info:
        await resolve(client.models.retrieve("no-such-model"))
    assert info.value.status_code == 404 and info.value.request_id


@pytest.mark.parametrize(
    ("model_id", "raw_path"),
    [
        ("ft:gpt-3.5-turbo-0125:wushuang::emu42", b"/v1/models/ft%3Agpt-3.5-turbo-0125%3Awushuang%3A%3Aemu42"),
        ("wushuang/custom-model", b"/v1/models/wushuang%2Fcustom-model"),
    ],
)
@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_model_id_is_path_quoted(emu: Emulator, kind: str, model_id: str, raw_path: bytes) -> None:
    seen: list[bytes] = []
    if kind == "sync":
        with httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.raw_path)]}) as http:
            model = Wushuang(api_key=emu.api_key, base_url=emu.base_url, http_client=http).models.retrieve(model_id)
    else:

        async def hook(request: httpx.Request) -> None:
            seen.append(request.url.raw_path)

        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as ahttp:
            aclient = AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, http_client=ahttp)
            model = await aclient.models.retrieve(model_id)
    assert model.id == model_id
    assert seen == [raw_path]


# ---------------------------------------------------------------- files
TRICKY = b"line one\r\n--+++\r\n--boundary-like--\r\n\x00\xff" + bytes(range(256))


async def test_files_round_trip_bytes(client: AnyClient, emu: Emulator) -> None:
    created = await resolve(client.files.create(file=("tricky.bin", TRICKY), purpose="assistants"))
    assert isinstance(created, wt.OpenAIFile)
    assert created.bytes == len(TRICKY) and created.filename == "tricky.bin" and created.purpose == "assistants"
    assert TRICKY in emu.requests.last.body  # the part went on the wire unchanged
    content = await resolve(client.files.content(created.id))
    assert await resolve(content.read()) == TRICKY
    deleted = await resolve(client.files.delete(created.id))
    assert deleted.deleted is True and deleted.id == created.id
    with pytest.raises(wushuang.NotFoundError):
        await resolve(client.files.content(created.id))


async def test_files_object_at_offset(client: AnyClient, emu: Emulator) -> None:
    handle = io.BytesIO(b"SKIP-THIS|" + TRICKY)
    handle.seek(len(b"SKIP-THIS|"))
    created = await resolve(client.files.create(file=handle, purpose="fine-tune"))
    # What is sent is the rest of the file, from where the caller left it (as handle.read() would give).
    assert b"SKIP-THIS" not in emu.requests.last.body
    assert created.bytes == len(TRICKY)
    content = await resolve(client.files.content(created.id))
    assert await resolve(content.read()) == TRICKY


async def test_files_real_file_at_offset_survives_retry(client: AnyClient, emu: Emulator, tmp_path: Path) -> None:
    path = tmp_path / "upload.bin"
    path.write_bytes(b"PREFIX-XYZ" + TRICKY)
    retrying = client.with_options(max_retries=1)
    emu.faults.push(Fault(status=503, headers={"retry-after-ms": "1"}, operation_id="createFile"))
    with path.open("rb") as handle:
        handle.seek(10)
        created = await resolve(retrying.files.create(file=handle, purpose="assistants"))
    attempts = emu.requests.for_operation("createFile")
    assert len(attempts) == 2
    # The body is re-sent from the same offset (httpx picks a new boundary per attempt).
    assert unbound(attempts[0].body) == unbound(attempts[1].body)
    assert b"PREFIX-XYZ" not in attempts[1].body
    assert created.filename == "upload.bin"
    content = await resolve(client.files.content(created.id))
    assert await resolve(content.read()) == TRICKY


def unbound(body: bytes) -> bytes:
    """A multipart body with its boundary replaced by a fixed one."""
    boundary = body.split(b"\r\n", 1)[0]
    return body.replace(boundary, b"--BOUNDARY")


# ---------------------------------------------------------------- audio
async def test_speech_read_and_write_to_file(client: AnyClient, emu: Emulator, tmp_path: Path) -> None:
    speech = await resolve(client.audio.speech.create(model="tts-1", input="Hello world", voice="alloy"))
    assert speech.content_type == "audio/mpeg"
    data = await resolve(speech.read())
    assert data.startswith(b"ID3") and len(data) > 4096
    assert emu.requests.last.json() == {"model": "tts-1", "input": "Hello world", "voice": "alloy"}
    again = await resolve(
        client.audio.speech.create(model="tts-1", input="Hello world", voice="alloy", response_format="flac")
    )
    target = tmp_path / "speech.flac"
    written = await resolve(again.write_to_file(target))
    on_disk = target.read_bytes()
    assert written == len(on_disk) and on_disk.startswith(b"fLaC")


async def test_transcription_json(client: AnyClient) -> None:
    result = await resolve(client.audio.transcriptions.create(file=("a.wav", b"RIFF fake audio"), model="whisper-1"))
    assert isinstance(result, wt.CreateTranscriptionResponse)
    assert result.text.endswith(".")
    # The json format answers {"text"} only: every other optional field is absent and reads as None.
    assert result.language is None and result.duration is None and result.words is None and result.segments is None
    assert result.to_dict() == {"text": result.text}


@pytest.mark.parametrize(("fmt", "marker"), [("text", None), ("srt", " --> "), ("vtt", "WEBVTT")])
async def test_transcription_text_formats(client: AnyClient, fmt: str, marker: str | None) -> None:
    result = await resolve(
        client.audio.transcriptions.create(file=("a.wav", b"RIFF fake audio"), model="whisper-1", response_format=fmt)
    )
    assert isinstance(result, str) and result.strip()
    if marker:
        assert marker in result


async def test_transcription_granularities_wire_name(client: AnyClient, emu: Emulator) -> None:
    result = await resolve(
        client.audio.transcriptions.create(
            file=("a.wav", b"RIFF fake audio"),
            model="whisper-1",
            response_format="verbose_json",
            timestamp_granularities=["word"],
        )
    )
    body = emu.requests.last.body
    assert b'name="timestamp_granularities[]"\r\n\r\nword\r\n' in body
    assert b'name="timestamp_granularities"\r\n' not in body
    assert isinstance(result, wt.CreateTranscriptionResponse)
    assert result.words and result.segments is None
    assert " ".join(w.word for w in result.words) + "." == result.text


# ---------------------------------------------------------------- assistants (cursor pages)
async def test_assistants_auto_iteration(client: AnyClient, emu: Emulator) -> None:
    add_assistants(emu, 45)
    pager = client.beta.assistants.list(limit=7)
    if isinstance(client, AsyncWushuang):
        items = [a async for a in pager]  # type: ignore[union-attr]
    else:
        items = list(pager)  # type: ignore[arg-type]
    assert len(items) == len(emu.app.state.assistants) == 45
    assert all(isinstance(a, wt.Assistant) for a in items)
    assert len({a.id for a in items}) == 45
    created = [a.created_at for a in items]
    assert created == sorted(created, reverse=True)  # the server's default order, desc
    calls = emu.requests.for_operation("listAssistants")
    assert len(calls) == 7  # ceil(45 / 7)
    assert all("limit=7" in c.query for c in calls)
    assert all(c.headers["openai-beta"] == "assistants=v1" for c in calls)
    assert f"after={items[6].id}" in calls[1].query


async def test_assistants_manual_pages(client: AnyClient, emu: Emulator) -> None:
    add_assistants(emu, 45)
    page = await resolve(client.beta.assistants.list(limit=20, order="asc"))
    assert len(page.data) == 20 and page.has_more is True
    second = await resolve(page.next_page())
    assert second is not None and len(second.data) == 20 and second.has_more is True
    third = await resolve(second.next_page())
    assert third is not None and len(third.data) == 5 and third.has_more is False
    assert await resolve(third.next_page()) is None
    ids = [a.id for p in (page, second, third) for a in p.data]
    assert len(set(ids)) == 45


async def test_assistants_openai_beta_option(emu: Emulator) -> None:
    add_assistants(emu, 1)
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url, openai_beta="assistants=v2") as client:
        page = client.beta.assistants.list(limit=1)
        assert len(page.data) == 1
        assert emu.requests.last.headers["openai-beta"] == "assistants=v2"
        client.with_options(openai_beta="assistants=v9").beta.assistants.list(limit=1)
        assert emu.requests.last.headers["openai-beta"] == "assistants=v9"
        # The header is sent only with the assistants operations.
        client.models.list()
        assert "openai-beta" not in emu.requests.last.headers


# ---------------------------------------------------------------- midjourney
async def test_imagine_wire_names(client: AnyClient, emu: Emulator) -> None:
    result = await resolve(
        client.midjourney.submit.imagine(
            prompt="a red fox",
            base64_array=["data:image/png;base64,iVBORw0KGgo="],
            notify_hook="http://127.0.0.1:9/hook",
            bot_type="NIJI_JOURNEY",
            state="s-1",
        )
    )
    assert isinstance(result, wt.SubmitResult) and result.code == 1 and result.result
    assert emu.requests.last.json() == {
        "prompt": "a red fox",
        "base64Array": ["data:image/png;base64,iVBORw0KGgo="],
        "notifyHook": "http://127.0.0.1:9/hook",
        "botType": "NIJI_JOURNEY",
        "state": "s-1",
    }
    task = await resolve(client.midjourney.tasks.fetch(str(result.result)))
    assert isinstance(task, wt.Task)
    assert task.id == result.result and task.status == "NOT_START" and task.state == "s-1"
    assert task.image_url is None and task.fail_reason is None
    emu.clock.advance(20)
    done = await resolve(client.midjourney.tasks.fetch(str(result.result)))
    assert done.status == "SUCCESS" and done.progress == "100%"
    assert done.image_url == f"{emu.base_url}/mj/image/{result.result}" and done.buttons  # the relay's forward URL
    assert emu.requests.last.path == f"/mj/task/{result.result}/fetch"


async def submit(client: AnyClient, prompt: str) -> str:
    result = await resolve(client.midjourney.submit.imagine(prompt=prompt))
    return str(result.result)


async def test_wait_reports_rising_progress(client: AnyClient, emu: Emulator) -> None:
    task_id = await submit(client, "a lighthouse at dusk")
    emu.clock.auto_advance = 1.0  # each fetch is one emulated second later
    seen: list[str] = []
    task = await resolve(
        client.midjourney.tasks.wait(task_id, interval=0.001, timeout=30, on_progress=lambda t: seen.append(t.progress))
    )
    assert task.status == "SUCCESS" and task.image_url
    percents = [int(p.rstrip("%")) for p in seen]
    assert percents == sorted(set(percents)) and len(percents) >= 5
    assert percents[-1] == 100


async def test_wait_failure(client: AnyClient, emu: Emulator) -> None:
    task_id = await submit(client, "this one will fail")
    emu.clock.auto_advance = 1.0
    with pytest.raises(wushuang.MidjourneyTaskFailedError) as info:
        await resolve(client.midjourney.tasks.wait(task_id, interval=0.001, timeout=30))
    assert info.value.status == "FAILURE" and "emulated failure" in (info.value.fail_reason or "")
    assert info.value.task_id == task_id


async def test_wait_modal(client: AnyClient, emu: Emulator) -> None:
    task_id = await submit(client, "needs a modal step")
    emu.clock.auto_advance = 1.0
    with pytest.raises(wushuang.MidjourneyModalRequiredError):
        await resolve(client.midjourney.tasks.wait(task_id, interval=0.001, timeout=30))


async def test_wait_timeout(client: AnyClient, emu: Emulator) -> None:
    task_id = await submit(client, "a slow one")  # the manual clock stands still: the task never ends
    with pytest.raises(wushuang.MidjourneyTimeoutError) as info:
        await resolve(client.midjourney.tasks.wait(task_id, interval=0.02, timeout=0.3))
    assert info.value.status == "NOT_START"
    assert len(emu.requests.for_operation("fetchTask")) >= 2


async def test_submit_refused_code_24(client: AnyClient) -> None:
    with pytest.raises(wushuang.MidjourneyError) as info:
        await resolve(client.midjourney.submit.imagine(prompt="a banned thing"))
    assert info.value.code == 24
    assert info.value.description == "可能包含敏感词"
    assert info.value.properties.get("bannedWord") == "banned"


@pytest.mark.parametrize("code", [21, 22])
async def test_submit_codes_21_22_accepted(client: AnyClient, emu: Emulator, code: int) -> None:
    body = {"code": code, "description": "queued", "result": "1700000000000042", "properties": {}}
    emu.faults.push(Fault(status=200, body=body, operation_id="submitImagine"))
    result = await resolve(client.midjourney.submit.imagine(prompt="a calm sea"))
    assert result.code == code and result.result == "1700000000000042"


# ---------------------------------------------------------------- raw responses, models
async def test_with_raw_response(client: AnyClient, emu: Emulator) -> None:
    retrying = client.with_options(max_retries=2)
    emu.faults.push(Fault(status=503, headers={"retry-after-ms": "1"}, operation_id="createCompletion"))
    raw = await resolve(retrying.with_raw_response.completions.create(model=INSTRUCT, prompt="Raw", max_tokens=3))
    assert isinstance(raw, wushuang.RawResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.request_id and raw.request_id.startswith("req_")
    assert raw.retries_taken == 1
    parsed = raw.parse()
    assert isinstance(parsed, wt.CreateCompletionResponse) and parsed.choices
    assert raw.parse() is parsed
    attempts = emu.requests.for_operation("createCompletion")
    assert [a.headers["x-wushuang-retry-count"] for a in attempts] == ["0", "1"]


async def test_model_to_dict_and_json(client: AnyClient) -> None:
    task_id = await submit(client, "dict me")
    task = await resolve(client.midjourney.tasks.fetch(task_id))
    as_dict = task.to_dict()
    assert as_dict["id"] == task_id and as_dict["submitTime"] == task.submit_time  # wire names
    assert "imageUrl" not in as_dict and "image_url" not in as_dict  # absent (null) fields are left out
    assert json.loads(task.to_json()) == as_dict
    assert task.fail_reason is None and task.finish_time is None
    model = await resolve(client.models.retrieve("gpt-4"))
    assert (
        json.loads(model.to_json(indent=0))
        == model.to_dict()
        == {
            "id": "gpt-4",
            "object": "model",
            "created": model.created,
            "owned_by": "openai",
        }
    )


# ---------------------------------------------------------------- the low-level client
@pytest.fixture
def low(emu: Emulator) -> Iterator[Any]:
    from wushuang_client import AuthenticatedClient

    client = AuthenticatedClient(base_url=emu.base_url, token=emu.api_key, headers={"OpenAI-Beta": "assistants=v1"})
    with client:
        yield client


def test_low_level_completion_sync(low: Any, emu: Emulator) -> None:
    from wushuang_client.api.completions import create_completion
    from wushuang_client.models import CreateCompletionRequest, CreateCompletionResponse

    body = CreateCompletionRequest(model=INSTRUCT, prompt="Low level", max_tokens=4)
    result = create_completion.sync(client=low, body=body)
    assert isinstance(result, CreateCompletionResponse)
    assert result.choices[0].text
    assert emu.requests.last.json() == {"model": INSTRUCT, "prompt": "Low level", "max_tokens": 4}
    detailed = create_completion.sync_detailed(client=low, body=body)
    assert detailed.status_code == 200 and detailed.parsed == result


async def test_low_level_completion_async(emu: Emulator) -> None:
    from wushuang_client import AuthenticatedClient
    from wushuang_client.api.completions import create_completion
    from wushuang_client.models import CreateCompletionRequest, CreateCompletionResponse, ErrorResponse

    body = CreateCompletionRequest(model=INSTRUCT, prompt="Low level", max_tokens=4)
    async with AuthenticatedClient(base_url=emu.base_url, token=emu.api_key) as low:
        result = await create_completion.asyncio(client=low, body=body)
        assert isinstance(result, CreateCompletionResponse) and result.choices[0].text
        async with create_completion.astream(client=low, body=body) as response:
            assert response.status_code == 200
            lines = [line async for line in response.aiter_lines() if line.startswith("data: ")]
        assert lines[-1] == "data: [DONE]"
    async with AuthenticatedClient(base_url=emu.base_url, token="wrong") as bad:
        error = await create_completion.asyncio(client=bad, body=body)
    assert isinstance(error, ErrorResponse)  # errors are values in the low-level layer


def test_low_level_completion_stream(low: Any, emu: Emulator) -> None:
    from wushuang_client.api.completions import create_completion
    from wushuang_client.models import CreateCompletionRequest

    body = CreateCompletionRequest(model=INSTRUCT, prompt="Low stream", max_tokens=4)
    whole = create_completion.sync(client=low, body=body)
    with create_completion.stream(client=low, body=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in response.iter_lines() if line.startswith("data: ")]
    assert emu.requests.last.json()["stream"] is True
    assert lines[-1] == "data: [DONE]"
    texts = [json.loads(line[6:])["choices"][0]["text"] for line in lines[:-1]]
    assert "".join(texts) == whole.choices[0].text


def test_low_level_chat_stream(low: Any) -> None:
    from wushuang_client.api.chat import create_chat_completion
    from wushuang_client.models import CreateChatCompletionRequest

    body = CreateChatCompletionRequest.from_dict(
        {"model": "claude-3-haiku-20240307", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 4}
    )
    whole = create_chat_completion.sync(client=low, body=body)
    with create_chat_completion.stream(client=low, body=body) as response:
        events = [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: {")]
    text = "".join(e["choices"][0]["delta"].get("content") or "" for e in events)
    assert text == whole.choices[0].message.content


def test_low_level_other_operations(low: Any, emu: Emulator) -> None:
    from wushuang_client.api.assistants import list_assistants
    from wushuang_client.api.files import create_file, delete_file, download_file
    from wushuang_client.api.midjourney import fetch_task, submit_imagine
    from wushuang_client.api.models import list_models, retrieve_model
    from wushuang_client.models import CreateFileRequest, SubmitImagineRequest
    from wushuang_client.models.create_file_request_purpose import CreateFileRequestPurpose
    from wushuang_client.types import File

    models = list_models.sync(client=low)
    assert "gpt-4" in [m.id for m in models.data]
    assert retrieve_model.sync("wushuang/custom-model", client=low).id == "wushuang/custom-model"
    upload = CreateFileRequest(
        file=File(payload=io.BytesIO(TRICKY), file_name="t.bin"), purpose=CreateFileRequestPurpose.ASSISTANTS
    )
    created = create_file.sync(client=low, body=upload)
    downloaded = download_file.sync_detailed(created.id, client=low)
    assert downloaded.status_code == 200 and downloaded.content == TRICKY
    assert delete_file.sync(created.id, client=low).deleted is True
    add_assistants(emu, 4)
    page = list_assistants.sync(client=low, limit=3)
    assert len(page.data) == 3 and page.has_more is True
    submitted = submit_imagine.sync(client=low, body=SubmitImagineRequest(prompt="cat", base_64_array=["x"]))
    assert emu.requests.last.json() == {"prompt": "cat", "base64Array": ["x"]}
    assert fetch_task.sync(str(submitted.result), client=low).status == "NOT_START"


def test_low_level_build_request_is_reused_plain_data() -> None:
    from wushuang_client.api.midjourney import fetch_task
    from wushuang_client.api.models import retrieve_model

    assert retrieve_model.build_request(model="a/b:c")["url"] == "/v1/models/a%2Fb%3Ac"
    assert fetch_task.build_request(id="42")["url"] == "/mj/task/42/fetch"


async def test_async_client_in_its_own_loop(emu: Emulator) -> None:
    # Two calls in flight at once on one async client share its pool.
    async with AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url) as client:
        first, second = await asyncio.gather(
            client.completions.create(model=INSTRUCT, prompt="one", max_tokens=2),
            client.completions.create(model=INSTRUCT, prompt="two", max_tokens=2),
        )
    assert first.choices[0].text != second.choices[0].text or first.id != second.id
