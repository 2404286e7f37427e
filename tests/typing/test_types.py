"""Static types of the public API: ``mypy --strict tests/typing`` checks every ``assert_type`` here.

pytest runs the same functions against the emulator, so each asserted type is also checked at run time
(``isinstance``): a signature that promised one type while the call returned another fails either way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import assert_type

import httpx

from wushuang import (
    AssistantEventStream,
    AsyncBinaryResponse,
    AsyncCursorPage,
    AsyncStream,
    AsyncStreamedResponse,
    AsyncWushuang,
    Attempt,
    BinaryResponse,
    CursorPage,
    Middleware,
    RawResponse,
    Stream,
    StreamedResponse,
    Wushuang,
)
from wushuang._generated.models import (
    Assistant,
    AssistantStreamEvent,
    CreateChatCompletionResponse,
    CreateChatCompletionStreamResponse,
    CreateCompletionResponse,
    CreateEmbeddingResponse,
    CreateTranscriptionResponse,
    FineTuningJob,
    FineTuningJobEvent,
    ListModelsResponse,
    Message,
    Model,
    OpenAIFile,
    Run,
    SubmitResult,
    Task,
    TaskList,
)
from wushuang.testing import Emulator

INSTRUCT = "gpt-3.5-turbo-instruct"


def check_sync(client: Wushuang) -> None:
    completion = client.completions.create(model=INSTRUCT, prompt="p", max_tokens=2)
    assert_type(completion, CreateCompletionResponse)
    assert isinstance(completion, CreateCompletionResponse)

    stream = client.completions.create(model=INSTRUCT, prompt="p", max_tokens=2, stream=True)
    assert_type(stream, Stream[CreateCompletionResponse])
    assert isinstance(stream, Stream)
    for chunk in stream:
        assert_type(chunk, CreateCompletionResponse)
        assert isinstance(chunk, CreateCompletionResponse)

    chat = client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": "hi"}])
    assert_type(chat, CreateChatCompletionResponse)
    assert isinstance(chat, CreateChatCompletionResponse)

    chat_stream = client.chat.completions.create(
        model="gpt-4",
        messages=[{"role": "user", "content": "hi"}],
        max_tokens=2,
        stream=True,
        first_chunk_timeout=30,
        stream_idle_timeout=None,
    )
    assert_type(chat_stream, Stream[CreateChatCompletionStreamResponse])
    assert all(isinstance(c, CreateChatCompletionStreamResponse) for c in chat_stream)

    models = client.models.list()
    assert_type(models, ListModelsResponse)
    model = client.models.retrieve("gpt-4")
    assert_type(model, Model)
    assert isinstance(models, ListModelsResponse) and isinstance(model, Model)
    for entry in models:  # a one-page list answer iterates over its data
        assert_type(entry, Model)
    assert [entry.id for entry in models] == [entry.id for entry in models.data] != []
    for file in client.files.list():
        assert_type(file, OpenAIFile)

    uploaded = client.files.create(file=b"abc", purpose="assistants")
    content = client.files.content(uploaded.id)
    downloaded = client.download(f"{client.base_url}/v1/files/{uploaded.id}/content")
    assert_type(downloaded, BinaryResponse)
    assert downloaded.read() == b"abc"
    assert_type(content, BinaryResponse)
    assert isinstance(content, BinaryResponse)
    assert_type(content.read(), bytes)

    transcription = client.audio.transcriptions.create(file=b"RIFF", model="whisper-1")
    assert_type(transcription, CreateTranscriptionResponse | str)
    assert isinstance(transcription, CreateTranscriptionResponse)

    page = client.beta.assistants.list(limit=50)
    assert_type(page, CursorPage[Assistant])
    assert isinstance(page, CursorPage)
    for assistant in page:
        assert_type(assistant, Assistant)
        assert isinstance(assistant, Assistant)

    submitted = client.midjourney.submit.imagine(prompt="a cat")
    assert_type(submitted, SubmitResult)
    task = client.midjourney.tasks.fetch(str(submitted.result))
    assert_type(task, Task)
    assert isinstance(task, Task)

    raw = client.with_raw_response.completions.create(model=INSTRUCT, prompt="p", max_tokens=2)
    assert_type(raw, RawResponse[CreateCompletionResponse])
    assert isinstance(raw, RawResponse)
    assert_type(raw.parse(), CreateCompletionResponse)
    assert isinstance(raw.parse(), CreateCompletionResponse)

    # The variants are derived from the plain method: same parameters, the stream overloads kept.
    raw_stream = client.chat.completions.with_raw_response.create(
        model="gpt-4", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert_type(raw_stream, RawResponse[Stream[CreateChatCompletionStreamResponse]])
    with raw_stream:
        assert isinstance(raw_stream.parse(), Stream)

    with client.with_streaming_response.models.list() as streamed:
        assert_type(streamed, StreamedResponse[ListModelsResponse])
        assert streamed.status_code == 200
        assert isinstance(streamed.parse(), ListModelsResponse)

    raw_page = client.beta.assistants.with_raw_response.list(limit=5)
    assert_type(raw_page, RawResponse[CursorPage[Assistant]])
    assert isinstance(raw_page.parse(), CursorPage)

    embedded = client.embeddings.create(model="text-embedding-3-small", input="hi", dimensions=4)
    assert_type(embedded, CreateEmbeddingResponse)
    assert isinstance(embedded.data[0].embedding, list)
    processed = client.files.wait_for_processing(uploaded.id, interval=0.01, timeout=30)
    assert_type(processed, OpenAIFile)
    job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=uploaded.id)
    assert_type(client.fine_tuning.jobs.list_events(job.id), CursorPage[FineTuningJobEvent])
    assert_type(job, FineTuningJob)

    assistant = client.beta.assistants.create(model="gpt-4")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": "hi"}])
    run = client.beta.threads.runs.create_and_poll(thread.id, assistant_id=assistant.id, poll_interval=0.01)
    assert_type(run, Run)
    assert isinstance(run, Run)
    assert_type(client.beta.threads.messages.list(thread.id), CursorPage[Message])
    run_stream = client.beta.threads.create_and_run(assistant_id=assistant.id, stream=True)
    assert_type(run_stream, AssistantEventStream[AssistantStreamEvent])
    with run_stream:
        assert isinstance(run_stream.get_final_run(), Run)

    listed = client.midjourney.tasks.list_by_condition(ids=[str(submitted.result)])
    assert_type(listed, TaskList)
    assert isinstance(listed, list)


async def check_async(client: AsyncWushuang) -> None:
    completion = await client.completions.create(model=INSTRUCT, prompt="p", max_tokens=2)
    assert_type(completion, CreateCompletionResponse)
    assert isinstance(completion, CreateCompletionResponse)

    stream = await client.completions.create(model=INSTRUCT, prompt="p", max_tokens=2, stream=True)
    assert_type(stream, AsyncStream[CreateCompletionResponse])
    assert isinstance(stream, AsyncStream)
    async for chunk in stream:
        assert_type(chunk, CreateCompletionResponse)
        assert isinstance(chunk, CreateCompletionResponse)

    chat_stream = await client.chat.completions.create(
        model="claude-3-haiku-20240307", messages=[{"role": "user", "content": "hi"}], max_tokens=2, stream=True
    )
    assert_type(chat_stream, AsyncStream[CreateChatCompletionStreamResponse])
    assert all([isinstance(c, CreateChatCompletionStreamResponse) async for c in chat_stream])

    uploaded = await client.files.create(file=b"abc", purpose="assistants")
    content = await client.files.content(uploaded.id)
    downloaded = await client.download(f"{client.base_url}/v1/files/{uploaded.id}/content")
    assert_type(downloaded, AsyncBinaryResponse)
    assert await downloaded.read() == b"abc"
    assert_type(content, AsyncBinaryResponse)
    assert isinstance(content, AsyncBinaryResponse)
    await content.close()

    transcription = await client.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="srt")
    assert_type(transcription, CreateTranscriptionResponse | str)
    assert isinstance(transcription, str)

    page = await client.beta.assistants.list(limit=50)
    assert_type(page, AsyncCursorPage[Assistant])
    assert isinstance(page, AsyncCursorPage)
    async for assistant in client.beta.assistants.list(limit=50):
        assert_type(assistant, Assistant)
        assert isinstance(assistant, Assistant)

    submitted = await client.midjourney.submit.imagine(prompt="a cat")
    task = await client.midjourney.tasks.fetch(str(submitted.result))
    assert_type(task, Task)
    assert isinstance(task, Task)

    raw = await client.with_raw_response.completions.create(model=INSTRUCT, prompt="p", max_tokens=2)
    assert_type(raw, RawResponse[CreateCompletionResponse])
    assert isinstance(raw.parse(), CreateCompletionResponse)

    raw_page = await client.beta.assistants.with_raw_response.list(limit=5)
    assert_type(raw_page, RawResponse[AsyncCursorPage[Assistant]])
    assert isinstance(raw_page.parse(), AsyncCursorPage)

    async with client.with_streaming_response.chat.completions.create(
        model="gpt-4", messages=[{"role": "user", "content": "hi"}], stream=True
    ) as streamed:
        assert_type(streamed, AsyncStreamedResponse[AsyncStream[CreateChatCompletionStreamResponse]])
        lines = [line async for line in streamed.iter_lines()]
        assert lines[-2:] == ["data: [DONE]", ""] or lines[-1] == "data: [DONE]"


class Counting(Middleware):
    """A middleware as a user writes it, for both clients: its overrides must type-check."""

    def __init__(self) -> None:
        self.attempts = 0

    def send(self, attempt: Attempt, call_next: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        self.attempts += 1
        return call_next(attempt.request)

    async def asend(
        self, attempt: Attempt, call_next: Callable[[httpx.Request], Awaitable[httpx.Response]]
    ) -> httpx.Response:
        self.attempts += 1
        return await call_next(attempt.request)


def test_sync_types(wushuang_emulator: Emulator) -> None:
    wushuang_emulator.clock.auto_advance = 1.0  # polls see files, runs and tasks move on
    counting = Counting()
    emu = wushuang_emulator
    with Wushuang(api_key=emu.api_key, base_url=emu.base_url, middleware=[counting]) as client:
        check_sync(client)
    assert counting.attempts > 20


async def test_async_types(wushuang_emulator: Emulator) -> None:
    counting = Counting()
    emu = wushuang_emulator
    async with AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, middleware=[counting]) as client:
        await check_async(client)
    assert counting.attempts > 10
