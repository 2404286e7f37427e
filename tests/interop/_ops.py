"""The calls of the interop suite, each written once as an openai user writes it.

`wushuang` mirrors openai's surface (`client.chat.completions.create(...)`, `client.beta.threads.runs.create(...)`),
so the same body runs with a `Wushuang`, an `AsyncWushuang`, an `openai.OpenAI` or an `openai.AsyncOpenAI`
(`aw` awaits what an async client returns, `drain` reads either kind of stream) with the same arguments. A call
that needs an object first (a file, an assistant, a thread, a run) creates it with the same client; a failing
step names itself in the error. Each call returns a short summary of what came back, and raises when the answer
lacks what a user would read from it.
"""

from __future__ import annotations

import inspect
import io
import json
import struct
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pydantic

from ._servers import Models


@dataclass
class Ctx:
    client: Any
    lib: str  # "wushuang" or "openai"
    models: Models


Op = Callable[[Ctx], Awaitable[str]]
OPS: dict[str, Op] = {}
# Operations whose answer is an event stream: their mode reads "sync stream" / "async stream".
STREAMS = {"completions.stream", "chat.stream", "chat.stream_usage", "chat.stream_helper", "runs.stream"}


def op(name: str) -> Callable[[Op], Op]:
    def register(fn: Op) -> Op:
        OPS[name] = fn
        return fn

    return register


class Step(Exception):
    """A preparatory step failed; the message names it."""


async def aw(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    return value


async def drain(stream: Any) -> list[Any]:
    stream = await aw(stream)
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


async def step(name: str, value: Any) -> Any:
    try:
        return await aw(value)
    except Exception as exc:
        raise Step(f"[{name}] {type(exc).__name__}: {exc}") from exc


def check(condition: object, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def png(size: int = 4) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00\xff" * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def mp3() -> tuple[str, io.BytesIO, str]:
    return ("speech.mp3", io.BytesIO(b"ID3" + bytes(2000)), "audio/mpeg")


TRAINING = (
    "".join(
        json.dumps(
            {
                "messages": [
                    {"role": "user", "content": f"Question {i}?"},
                    {"role": "assistant", "content": f"Answer {i}."},
                ]
            }
        )
        + "\n"
        for i in range(10)
    )
).encode()
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
ASK = [{"role": "user", "content": "Say hello in five words."}]
BETA = {"OpenAI-Beta": "assistants=v2"}


# ------------------------------------------------------------------------------------------------ models
@op("models.list")
async def models_list(ctx: Ctx) -> str:
    page = await aw(ctx.client.models.list())
    ids = [model.id for model in page.data]
    check(ids, "no models listed")
    return f"{len(ids)} models"


@op("models.retrieve")
async def models_retrieve(ctx: Ctx) -> str:
    model = await aw(ctx.client.models.retrieve(ctx.models.chat))
    check(model.id, "no id")
    return model.id


# ------------------------------------------------------------------------------------------------ completions
@op("completions.create")
async def completions_create(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.completions.create(model=ctx.models.instruct, prompt="Say this is a test", max_tokens=16)
    )
    check(result.choices and result.choices[0].text is not None, "no text")
    return f"text {result.choices[0].text[:30]!r}"


@op("completions.stream")
async def completions_stream(ctx: Ctx) -> str:
    chunks = await drain(
        ctx.client.completions.create(
            model=ctx.models.instruct, prompt="Say this is a test", max_tokens=16, stream=True
        )
    )
    text = "".join(choice.text or "" for chunk in chunks for choice in chunk.choices)
    check(text, f"no text in {len(chunks)} chunks")
    return f"{len(chunks)} chunks, {text[:30]!r}"


# ------------------------------------------------------------------------------------------------ chat
@op("chat.create")
async def chat_create(ctx: Ctx) -> str:
    result = await aw(ctx.client.chat.completions.create(model=ctx.models.chat, messages=ASK, max_completion_tokens=64))
    content = result.choices[0].message.content
    check(content, "no content")
    return f"{content[:40]!r}"


@op("chat.stream")
async def chat_stream(ctx: Ctx) -> str:
    chunks = await drain(
        ctx.client.chat.completions.create(model=ctx.models.chat, messages=ASK, max_tokens=64, stream=True)
    )
    text = "".join(choice.delta.content or "" for chunk in chunks for choice in chunk.choices if choice.delta)
    check(text, f"no content in {len(chunks)} chunks")
    return f"{len(chunks)} chunks, {text[:30]!r}"


@op("chat.stream_usage")
async def chat_stream_usage(ctx: Ctx) -> str:
    chunks = await drain(
        ctx.client.chat.completions.create(
            model=ctx.models.chat,
            messages=ASK,
            max_tokens=64,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    usage = [chunk.usage for chunk in chunks if chunk.usage is not None]
    check(usage, f"no usage in {len(chunks)} chunks")
    return f"{len(chunks)} chunks, total_tokens {usage[-1].total_tokens}"


@op("chat.tools")
async def chat_tools(ctx: Ctx) -> str:
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = await step(
        "first call",
        ctx.client.chat.completions.create(
            model=ctx.models.tools, messages=messages, tools=[WEATHER_TOOL], tool_choice="auto"
        ),
    )
    message = first.choices[0].message
    calls = message.tool_calls or []
    messages.append(message)  # what openai users write: the returned message goes back as it is
    for call in calls:
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps({"weather": "sunny"})})
    second = await aw(
        ctx.client.chat.completions.create(model=ctx.models.tools, messages=messages, tools=[WEATHER_TOOL])
    )
    check(second.choices, "no choices in the answer to the tool result")
    return f"{len(calls)} tool calls, then {second.choices[0].finish_reason}"


@op("chat.n")
async def chat_n(ctx: Ctx) -> str:
    result = await aw(ctx.client.chat.completions.create(model=ctx.models.chat, messages=ASK, n=2, max_tokens=16))
    check(len(result.choices) == 2, f"{len(result.choices)} choices for n=2")
    return "2 choices"


@op("chat.logprobs")
async def chat_logprobs(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.chat.completions.create(
            model=ctx.models.chat, messages=ASK, logprobs=True, top_logprobs=2, max_tokens=8
        )
    )
    logprobs = result.choices[0].logprobs
    check(logprobs is not None and logprobs.content, "no logprobs.content")
    return f"{len(logprobs.content)} tokens with logprobs"


@op("chat.json_schema")
async def chat_json_schema(ctx: Ctx) -> str:
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["city", "population"],
        "additionalProperties": False,
    }
    result = await aw(
        ctx.client.chat.completions.create(
            model=ctx.models.chat,
            messages=[{"role": "user", "content": "The largest city of France, as JSON."}],
            response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": schema, "strict": True}},
            max_completion_tokens=64,
        )
    )
    check(result.choices[0].message.content is not None, "no content")
    return f"{result.choices[0].message.content[:40]!r}"


class City(pydantic.BaseModel):
    name: str
    population: int


CITY_ASK = [{"role": "user", "content": "The largest city of France, as JSON."}]


@op("chat.parse")
async def chat_parse(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.chat.completions.parse(
            model=ctx.models.chat, messages=CITY_ASK, response_format=City, max_completion_tokens=200
        )
    )
    parsed = result.choices[0].message.parsed
    check(isinstance(parsed, City), f"parsed is {parsed!r}, not a City")
    return f"{parsed!r}"[:40]


@op("chat.stream_helper")
async def chat_stream_helper(ctx: Ctx) -> str:
    manager = ctx.client.chat.completions.stream(
        model=ctx.models.chat, messages=CITY_ASK, response_format=City, max_completion_tokens=200
    )
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            kinds = [event.type async for event in stream]
            final = await stream.get_final_completion()
    else:
        with manager as stream:
            kinds = [event.type for event in stream]
            final = stream.get_final_completion()
    check("content.done" in kinds, f"no content.done event in {kinds[-3:]}")
    check(isinstance(final.choices[0].message.parsed, City), "the final completion has no City")
    return f"{len(kinds)} events"


# ------------------------------------------------------------------------------------------------ embeddings
@op("embeddings.float")
async def embeddings_float(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.embeddings.create(model=ctx.models.embedding, input=["a cat", "a dog"], encoding_format="float")
    )
    check(len(result.data) == 2, f"{len(result.data)} embeddings for 2 inputs")
    check(isinstance(result.data[0].embedding, list) and result.data[0].embedding, "not a list of floats")
    return f"2 x {len(result.data[0].embedding)} floats"


@op("embeddings.base64")
async def embeddings_base64(ctx: Ctx) -> str:
    result = await aw(ctx.client.embeddings.create(model=ctx.models.embedding, input="a cat", encoding_format="base64"))
    check(result.data and result.data[0].embedding, "no embedding")
    return f"embedding as {type(result.data[0].embedding).__name__}"


# ------------------------------------------------------------------------------------------------ images, audio
@op("images.generate")
async def images_generate(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.images.generate(model=ctx.models.image, prompt="a red fox", n=1, size=ctx.models.image_size)
    )
    check(result.data and (result.data[0].url or result.data[0].b64_json), "no url or b64_json")
    return "1 image"


@op("images.edit")
async def images_edit(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.images.edit(
            model=ctx.models.image,
            image=("fox.png", io.BytesIO(png()), "image/png"),
            prompt="add a hat",
            size=ctx.models.image_size,
            response_format="b64_json",
        )
    )
    check(result.data and result.data[0].b64_json, "no b64_json")
    return "1 image"


@op("images.variation")
async def images_variation(ctx: Ctx) -> str:
    result = await aw(
        ctx.client.images.create_variation(
            model=ctx.models.image, image=("fox.png", io.BytesIO(png()), "image/png"), n=1, size=ctx.models.image_size
        )
    )
    check(result.data, "no image")
    return "1 image"


@op("audio.speech")
async def audio_speech(ctx: Ctx) -> str:
    result = await aw(ctx.client.audio.speech.create(model=ctx.models.speech, voice="alloy", input="Hello there."))
    content = await aw(result.read())  # openai's `.read()` returns bytes; the async SDK's is awaited
    check(content, "no audio bytes")
    return f"{len(content)} bytes"


@op("audio.transcription")
async def audio_transcription(ctx: Ctx) -> str:
    result = await aw(ctx.client.audio.transcriptions.create(model=ctx.models.whisper, file=mp3()))
    check(result.text is not None, "no text")
    return f"{result.text[:30]!r}"


@op("audio.translation")
async def audio_translation(ctx: Ctx) -> str:
    result = await aw(ctx.client.audio.translations.create(model=ctx.models.whisper, file=mp3()))
    check(result.text is not None, "no text")
    return f"{result.text[:30]!r}"


@op("moderations.create")
async def moderations_create(ctx: Ctx) -> str:
    result = await aw(ctx.client.moderations.create(input="I will kill you"))
    check(result.results, "no results")
    return f"flagged={result.results[0].flagged}"


# ------------------------------------------------------------------------------------------------ files
async def _upload(ctx: Ctx) -> Any:
    return await step(
        "files.create",
        ctx.client.files.create(file=("train.jsonl", io.BytesIO(TRAINING), "application/jsonl"), purpose="fine-tune"),
    )


@op("files.create")
async def files_create(ctx: Ctx) -> str:
    created = await aw(
        ctx.client.files.create(file=("train.jsonl", io.BytesIO(TRAINING), "application/jsonl"), purpose="fine-tune")
    )
    check(created.id, "no id")
    return created.id


@op("files.list")
async def files_list(ctx: Ctx) -> str:
    created = await _upload(ctx)
    page = await aw(ctx.client.files.list())
    check(created.id in [item.id for item in page.data], "the uploaded file is not listed")
    return f"{len(page.data)} files"


@op("files.retrieve")
async def files_retrieve(ctx: Ctx) -> str:
    created = await _upload(ctx)
    found = await aw(ctx.client.files.retrieve(created.id))
    check(found.id == created.id, "another file")
    return f"{found.id} {found.bytes} bytes"


@op("files.content")
async def files_content(ctx: Ctx) -> str:
    created = await _upload(ctx)
    content = await aw((await aw(ctx.client.files.content(created.id))).read())
    check(content == TRAINING, f"{len(content)} bytes, not the {len(TRAINING)} uploaded")
    return f"{len(content)} bytes"


@op("files.delete")
async def files_delete(ctx: Ctx) -> str:
    created = await _upload(ctx)
    deleted = await aw(ctx.client.files.delete(created.id))
    check(deleted.deleted, "deleted is false")
    return "deleted"


# ------------------------------------------------------------------------------------------------ fine-tuning
async def _job(ctx: Ctx) -> Any:
    training = await _upload(ctx)
    return await step(
        "fine_tuning.jobs.create",
        ctx.client.fine_tuning.jobs.create(model=ctx.models.fine_tune, training_file=training.id),
    )


@op("fine_tuning.create")
async def fine_tuning_create(ctx: Ctx) -> str:
    training = await _upload(ctx)
    job = await aw(ctx.client.fine_tuning.jobs.create(model=ctx.models.fine_tune, training_file=training.id))
    check(job.id, "no id")
    return f"{job.id} {job.status}"


@op("fine_tuning.list")
async def fine_tuning_list(ctx: Ctx) -> str:
    await _job(ctx)
    page = await aw(ctx.client.fine_tuning.jobs.list(limit=5))
    check(page.data, "no jobs listed")
    return f"{len(page.data)} jobs"


@op("fine_tuning.retrieve")
async def fine_tuning_retrieve(ctx: Ctx) -> str:
    job = await _job(ctx)
    found = await aw(ctx.client.fine_tuning.jobs.retrieve(job.id))
    check(found.id == job.id, "another job")
    return f"{found.status}"


@op("fine_tuning.list_events")
async def fine_tuning_list_events(ctx: Ctx) -> str:
    job = await _job(ctx)
    page = await aw(ctx.client.fine_tuning.jobs.list_events(job.id, limit=10))
    return f"{len(page.data)} events"


@op("fine_tuning.checkpoints")
async def fine_tuning_checkpoints(ctx: Ctx) -> str:
    job = await _job(ctx)
    page = await aw(ctx.client.fine_tuning.jobs.checkpoints.list(job.id, limit=10))
    return f"{len(page.data)} checkpoints"


@op("fine_tuning.cancel")
async def fine_tuning_cancel(ctx: Ctx) -> str:
    job = await _job(ctx)
    cancelled = await aw(ctx.client.fine_tuning.jobs.cancel(job.id))
    return f"{cancelled.status}"


# ------------------------------------------------------------------------------------------------ assistants
async def _assistant(ctx: Ctx, *, tools: bool = False) -> Any:
    return await step(
        "assistants.create",
        ctx.client.beta.assistants.create(
            model=ctx.models.chat,
            name="interop",
            instructions="You answer briefly.",
            tools=[WEATHER_TOOL] if tools else [],
        ),
    )


@op("assistants.create")
async def assistants_create(ctx: Ctx) -> str:
    assistant = await aw(
        ctx.client.beta.assistants.create(
            model=ctx.models.chat, name="interop", instructions="You answer briefly.", tools=[WEATHER_TOOL]
        )
    )
    check(assistant.id, "no id")
    return assistant.id


@op("assistants.list")
async def assistants_list(ctx: Ctx) -> str:
    await _assistant(ctx)
    page = await aw(ctx.client.beta.assistants.list(limit=5))
    check(page.data, "no assistants listed")
    return f"{len(page.data)} assistants"


@op("assistants.retrieve")
async def assistants_retrieve(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    found = await aw(ctx.client.beta.assistants.retrieve(assistant.id))
    check(found.id == assistant.id, "another assistant")
    return found.id


@op("assistants.update")
async def assistants_update(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    updated = await aw(ctx.client.beta.assistants.update(assistant.id, name="renamed"))
    check(updated.name == "renamed", f"name {updated.name!r}")
    return "renamed"


@op("assistants.delete")
async def assistants_delete(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    deleted = await aw(ctx.client.beta.assistants.delete(assistant.id))
    check(deleted.deleted, "deleted is false")
    return "deleted"


# openai 3.x has no resource for the Assistants v1 file links (`/assistants/{id}/files`, `/messages/{id}/files`):
# its generic `get` / `post` / `delete` make the same requests.
async def _raw(ctx: Ctx, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    options: dict[str, Any] = {"headers": BETA}
    if method == "post":
        return await aw(ctx.client.post(path, body=body, cast_to=object, options=options))
    return await aw(getattr(ctx.client, method)(path, cast_to=object, options=options))


def _field(value: Any, name: str) -> Any:
    return value[name] if isinstance(value, dict) else getattr(value, name)


async def _assistant_file(ctx: Ctx) -> tuple[str, str]:
    assistant = await _assistant(ctx)
    uploaded = await step(
        "files.create",
        ctx.client.files.create(file=("notes.txt", io.BytesIO(b"notes"), "text/plain"), purpose="assistants"),
    )
    if ctx.lib == "openai":
        link = await step(
            "assistants.files.create", _raw(ctx, "post", f"/assistants/{assistant.id}/files", {"file_id": uploaded.id})
        )
    else:
        link = await step(
            "assistants.files.create", ctx.client.beta.assistants.files.create(assistant.id, file_id=uploaded.id)
        )
    return assistant.id, _field(link, "id")


@op("assistants.files.create")
async def assistants_files_create(ctx: Ctx) -> str:
    _, file_id = await _assistant_file(ctx)
    return file_id


@op("assistants.files.list")
async def assistants_files_list(ctx: Ctx) -> str:
    assistant_id, _ = await _assistant_file(ctx)
    if ctx.lib == "openai":
        data = (await _raw(ctx, "get", f"/assistants/{assistant_id}/files"))["data"]
    else:
        data = (await aw(ctx.client.beta.assistants.files.list(assistant_id))).data
    check(data, "no files listed")
    return f"{len(data)} files"


@op("assistants.files.retrieve")
async def assistants_files_retrieve(ctx: Ctx) -> str:
    assistant_id, file_id = await _assistant_file(ctx)
    if ctx.lib == "openai":
        found = await _raw(ctx, "get", f"/assistants/{assistant_id}/files/{file_id}")
    else:
        found = await aw(ctx.client.beta.assistants.files.retrieve(file_id, assistant_id=assistant_id))
    check(_field(found, "id") == file_id, "another file")
    return file_id


@op("assistants.files.delete")
async def assistants_files_delete(ctx: Ctx) -> str:
    assistant_id, file_id = await _assistant_file(ctx)
    if ctx.lib == "openai":
        deleted = await _raw(ctx, "delete", f"/assistants/{assistant_id}/files/{file_id}")
    else:
        deleted = await aw(ctx.client.beta.assistants.files.delete(file_id, assistant_id=assistant_id))
    check(_field(deleted, "deleted"), "deleted is false")
    return "deleted"


# ------------------------------------------------------------------------------------------------ threads, messages
async def _thread(ctx: Ctx) -> Any:
    return await step(
        "threads.create",
        ctx.client.beta.threads.create(messages=[{"role": "user", "content": "What is the weather in Paris?"}]),
    )


@op("threads.create")
async def threads_create(ctx: Ctx) -> str:
    thread = await aw(ctx.client.beta.threads.create(messages=[{"role": "user", "content": "Hello"}]))
    check(thread.id, "no id")
    return thread.id


@op("threads.retrieve")
async def threads_retrieve(ctx: Ctx) -> str:
    thread = await _thread(ctx)
    found = await aw(ctx.client.beta.threads.retrieve(thread.id))
    check(found.id == thread.id, "another thread")
    return found.id


@op("threads.update")
async def threads_update(ctx: Ctx) -> str:
    thread = await _thread(ctx)
    updated = await aw(ctx.client.beta.threads.update(thread.id, metadata={"topic": "weather"}))
    check((updated.metadata or {}).get("topic") == "weather", f"metadata {updated.metadata!r}")
    return "metadata set"


@op("threads.delete")
async def threads_delete(ctx: Ctx) -> str:
    thread = await _thread(ctx)
    deleted = await aw(ctx.client.beta.threads.delete(thread.id))
    check(deleted.deleted, "deleted is false")
    return "deleted"


async def _message(ctx: Ctx) -> tuple[Any, Any]:
    thread = await _thread(ctx)
    message = await step(
        "messages.create",
        ctx.client.beta.threads.messages.create(thread.id, role="user", content="And in Rome?"),
    )
    return thread, message


@op("messages.create")
async def messages_create(ctx: Ctx) -> str:
    thread = await _thread(ctx)
    message = await aw(ctx.client.beta.threads.messages.create(thread.id, role="user", content="And in Rome?"))
    check(message.id, "no id")
    return message.id


@op("messages.list")
async def messages_list(ctx: Ctx) -> str:
    thread, _ = await _message(ctx)
    page = await aw(ctx.client.beta.threads.messages.list(thread.id, limit=10))
    check(page.data, "no messages listed")
    return f"{len(page.data)} messages"


@op("messages.retrieve")
async def messages_retrieve(ctx: Ctx) -> str:
    thread, message = await _message(ctx)
    found = await aw(ctx.client.beta.threads.messages.retrieve(message.id, thread_id=thread.id))
    check(found.id == message.id, "another message")
    return found.id


@op("messages.update")
async def messages_update(ctx: Ctx) -> str:
    thread, message = await _message(ctx)
    updated = await aw(
        ctx.client.beta.threads.messages.update(message.id, thread_id=thread.id, metadata={"seen": "yes"})
    )
    check((updated.metadata or {}).get("seen") == "yes", f"metadata {updated.metadata!r}")
    return "metadata set"


async def _message_file(ctx: Ctx) -> tuple[str, str, str]:
    thread = await _thread(ctx)
    uploaded = await step(
        "files.create",
        ctx.client.files.create(file=("notes.txt", io.BytesIO(b"notes"), "text/plain"), purpose="assistants"),
    )
    if ctx.lib == "openai":
        body = {"role": "user", "content": "See the notes.", "file_ids": [uploaded.id]}
        message = await step("messages.create", _raw(ctx, "post", f"/threads/{thread.id}/messages", body))
    else:
        message = await step(
            "messages.create",
            ctx.client.beta.threads.messages.create(
                thread.id, role="user", content="See the notes.", file_ids=[uploaded.id]
            ),
        )
    return thread.id, _field(message, "id"), uploaded.id


@op("messages.files.list")
async def messages_files_list(ctx: Ctx) -> str:
    thread_id, message_id, _ = await _message_file(ctx)
    if ctx.lib == "openai":
        data = (await _raw(ctx, "get", f"/threads/{thread_id}/messages/{message_id}/files"))["data"]
    else:
        data = (await aw(ctx.client.beta.threads.messages.files.list(message_id, thread_id=thread_id))).data
    check(data, "no files listed")
    return f"{len(data)} files"


@op("messages.files.retrieve")
async def messages_files_retrieve(ctx: Ctx) -> str:
    thread_id, message_id, file_id = await _message_file(ctx)
    if ctx.lib == "openai":
        found = await _raw(ctx, "get", f"/threads/{thread_id}/messages/{message_id}/files/{file_id}")
    else:
        found = await aw(
            ctx.client.beta.threads.messages.files.retrieve(file_id, thread_id=thread_id, message_id=message_id)
        )
    check(_field(found, "id") == file_id, "another file")
    return file_id


# ------------------------------------------------------------------------------------------------ runs
async def _run(ctx: Ctx, *, tools: bool = False) -> tuple[Any, Any]:
    assistant = await _assistant(ctx, tools=tools)
    thread = await _thread(ctx)
    run = await step("runs.create", ctx.client.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    return thread, run


async def _settled(ctx: Ctx, thread_id: str, run: Any, until: tuple[str, ...]) -> Any:
    for _ in range(50):
        if run.status in until:
            return run
        run = await step("runs.retrieve", ctx.client.beta.threads.runs.retrieve(run.id, thread_id=thread_id))
    raise Step(f"[runs.retrieve] the run stayed {run.status!r}, waiting for {until}")


@op("runs.create")
async def runs_create(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    thread = await _thread(ctx)
    run = await aw(ctx.client.beta.threads.runs.create(thread.id, assistant_id=assistant.id))
    check(run.id, "no id")
    return f"{run.id} {run.status}"


@op("runs.list")
async def runs_list(ctx: Ctx) -> str:
    thread, _ = await _run(ctx)
    page = await aw(ctx.client.beta.threads.runs.list(thread.id, limit=5))
    check(page.data, "no runs listed")
    return f"{len(page.data)} runs"


@op("runs.retrieve")
async def runs_retrieve(ctx: Ctx) -> str:
    thread, run = await _run(ctx)
    found = await aw(ctx.client.beta.threads.runs.retrieve(run.id, thread_id=thread.id))
    check(found.id == run.id, "another run")
    return found.status


@op("runs.update")
async def runs_update(ctx: Ctx) -> str:
    thread, run = await _run(ctx)
    updated = await aw(ctx.client.beta.threads.runs.update(run.id, thread_id=thread.id, metadata={"k": "v"}))
    check((updated.metadata or {}).get("k") == "v", f"metadata {updated.metadata!r}")
    return "metadata set"


@op("runs.cancel")
async def runs_cancel(ctx: Ctx) -> str:
    thread, run = await _run(ctx)
    cancelled = await aw(ctx.client.beta.threads.runs.cancel(run.id, thread_id=thread.id))
    return cancelled.status


@op("runs.submit_tool_outputs")
async def runs_submit_tool_outputs(ctx: Ctx) -> str:
    thread, run = await _run(ctx, tools=True)
    run = await _settled(ctx, thread.id, run, ("requires_action", "completed", "failed", "cancelled", "expired"))
    check(run.status == "requires_action", f"the run is {run.status!r}, not requires_action")
    calls = run.required_action.submit_tool_outputs.tool_calls
    outputs = [{"tool_call_id": call.id, "output": json.dumps({"weather": "sunny"})} for call in calls]
    submitted = await aw(
        ctx.client.beta.threads.runs.submit_tool_outputs(run.id, thread_id=thread.id, tool_outputs=outputs)
    )
    return f"{len(outputs)} outputs, run {submitted.status}"


async def _steps(ctx: Ctx) -> tuple[Any, Any, Any]:
    thread, run = await _run(ctx)
    run = await _settled(ctx, thread.id, run, ("completed", "failed", "cancelled", "expired", "requires_action"))
    page = await step("runs.steps.list", ctx.client.beta.threads.runs.steps.list(run.id, thread_id=thread.id))
    return thread, run, page


@op("runs.steps.list")
async def runs_steps_list(ctx: Ctx) -> str:
    _, run, page = await _steps(ctx)
    return f"{len(page.data)} steps of a {run.status} run"


@op("runs.steps.retrieve")
async def runs_steps_retrieve(ctx: Ctx) -> str:
    thread, run, page = await _steps(ctx)
    check(page.data, f"no steps for a {run.status} run")
    found = await aw(ctx.client.beta.threads.runs.steps.retrieve(page.data[0].id, thread_id=thread.id, run_id=run.id))
    check(found.id == page.data[0].id, "another step")
    return found.type


@op("threads.create_and_run")
async def threads_create_and_run(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    run = await aw(
        ctx.client.beta.threads.create_and_run(
            assistant_id=assistant.id, thread={"messages": [{"role": "user", "content": "Hello"}]}
        )
    )
    check(run.id and run.thread_id, "no run id or thread id")
    return f"{run.id} {run.status}"


def _event_name(event: Any) -> Any:
    """The event's name; for a frame without an `event:` line whose JSON carries `{"event", "data"}`, openai
    hands the user that JSON as `data` (with `event` None), so the name is still there to read."""
    name = getattr(event, "event", None)
    data = getattr(event, "data", None)
    if name is None and data is not None:
        name = data.get("event") if isinstance(data, dict) else getattr(data, "event", None)
    return name


@op("runs.stream")
async def runs_stream(ctx: Ctx) -> str:
    assistant = await _assistant(ctx)
    thread = await _thread(ctx)
    events = await drain(ctx.client.beta.threads.runs.create(thread.id, assistant_id=assistant.id, stream=True))
    names = [_event_name(event) for event in events]
    check(any(str(name).startswith("thread.run.") for name in names), f"no thread.run.* event among {names[:8]}")
    return f"{len(events)} events, last {names[-1]}"
