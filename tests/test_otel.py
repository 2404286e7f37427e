"""Telemetry: each call's OpenTelemetry span and GenAI metrics, checked with the SDK's in-memory exporters.

Every test passes its own providers (``wushuang.Telemetry(tracer_provider=..., meter_provider=...)``); the global
path (a provider set with ``trace.set_tracer_provider``, no option) runs in a fresh interpreter, as does the check
that an application without OpenTelemetry imports none of it. The attribute and metric names are checked against
``opentelemetry-semantic-conventions``.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import HistogramDataPoint, InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.semconv._incubating.attributes import (
    error_attributes,
    gen_ai_attributes,
    http_attributes,
    server_attributes,
)
from opentelemetry.semconv._incubating.metrics import gen_ai_metrics
from opentelemetry.trace import SpanKind, StatusCode

import wushuang
from wushuang._core import telemetry_calls
from wushuang.testing import Emulator

KINDS = ("sync", "async")


class Otel:
    """A tracer provider and a meter provider of their own, read back in memory."""

    def __init__(self) -> None:
        self.exporter = InMemorySpanExporter()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.exporter))
        self.reader = InMemoryMetricReader()
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def telemetry(self, capture_content: bool | None = None) -> wushuang.Telemetry:
        return wushuang.Telemetry(
            tracer_provider=self.tracer_provider, meter_provider=self.meter_provider, capture_content=capture_content
        )

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def span(self) -> ReadableSpan:
        (only,) = self.spans()
        return only

    def points(self, name: str) -> list[HistogramDataPoint]:
        data = self.reader.get_metrics_data()
        found: list[HistogramDataPoint] = []
        for resource in data.resource_metrics if data is not None else ():
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        found.extend(metric.data.data_points)  # type: ignore[arg-type]
        return found


@pytest.fixture
def otel() -> Otel:
    return Otel()


def run(kind: str, make: Callable[..., Any], action: Callable[[Any], Any], **options: Any) -> Any:
    """``action(client)`` with a client of ``kind`` made by ``make(kind, **options)``; awaited for the async one."""
    if kind == "sync":
        with make(kind, **options) as client:
            return action(client)

    async def main() -> Any:
        async with make(kind, **options) as client:
            value = action(client)
            return await value if inspect.isawaitable(value) else value

    return asyncio.run(main())


def emulated(emu: Emulator) -> Callable[..., Any]:
    def make(kind: str, **options: Any) -> Any:
        options.setdefault("max_retries", 0)
        cls = wushuang.Wushuang if kind == "sync" else wushuang.AsyncWushuang
        return cls(api_key=emu.api_key, base_url=emu.base_url, **options)

    return make


def mocked(handler: Callable[[httpx.Request], httpx.Response], fake: FakeTime | None = None) -> Callable[..., Any]:
    def make(kind: str, **options: Any) -> Any:
        return (mock_client if kind == "sync" else mock_async_client)(handler, fake, **options)

    return make


def common(span: ReadableSpan, operation: str, emu: Emulator) -> dict[str, Any]:
    """The span's attributes, after checking those every call has."""
    attributes = dict(span.attributes or {})
    assert span.kind is SpanKind.CLIENT
    assert attributes["gen_ai.operation.name"] == operation
    assert attributes["gen_ai.provider.name"] == "openai"
    assert attributes["server.address"] == "127.0.0.1"
    assert attributes["server.port"] == emu.port
    assert attributes["wushuang.request_id"].startswith("req_")
    return attributes


# ---------------------------------------------------------------------------------------------- the names


def test_names_are_the_conventions() -> None:
    packages = (gen_ai_attributes, server_attributes, error_attributes, http_attributes, gen_ai_metrics)
    names = {
        name: value
        for name, value in vars(telemetry_calls).items()
        if name.startswith(("GEN_AI_", "SERVER_", "ERROR_", "HTTP_"))
    }
    assert len(names) > 30
    for name, value in names.items():
        spelled = [getattr(package, name) for package in packages if hasattr(package, name)]
        assert spelled == [value], name
    operations = {each.value for each in gen_ai_attributes.GenAiOperationNameValues}
    assert set(telemetry_calls.OPERATIONS.values()) <= operations
    outputs = {each.value for each in gen_ai_attributes.GenAiOutputTypeValues}
    assert set(telemetry_calls.OUTPUT_TYPES.values()) <= outputs
    assert telemetry_calls.PROVIDER == gen_ai_attributes.GenAiProviderNameValues.OPENAI.value
    assert {each.value for each in gen_ai_attributes.GenAiTokenTypeValues} >= {"input", "output"}


def test_histograms_carry_the_conventions_boundaries(otel: Otel, emu: Emulator) -> None:
    def action(client: wushuang.Wushuang) -> None:
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        for _ in client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
        ):
            pass

    run("sync", emulated(emu), action, telemetry=otel.telemetry())
    expected = {
        "gen_ai.client.operation.duration": telemetry_calls.DURATION_BUCKETS,
        "gen_ai.client.token.usage": telemetry_calls.TOKEN_BUCKETS,
        "gen_ai.client.operation.time_to_first_chunk": telemetry_calls.FIRST_CHUNK_BUCKETS,
        "gen_ai.client.operation.time_per_output_chunk": telemetry_calls.PER_CHUNK_BUCKETS,
    }
    for name, boundaries in expected.items():
        points = otel.points(name)
        assert points, name
        assert all(list(point.explicit_bounds) == boundaries for point in points), name
    assert telemetry_calls.DURATION_BUCKETS[0] == 0.01 and telemetry_calls.TOKEN_BUCKETS[-1] == 67108864


# ---------------------------------------------------------------------------------------------- each operation


@pytest.mark.parametrize("kind", KINDS)
def test_chat(kind: str, otel: Otel, emu: Emulator) -> None:
    answer = run(
        kind,
        emulated(emu),
        lambda client: client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Say hello"}],
            max_tokens=7,
            temperature=0.5,
            top_p=0.9,
            seed=42,
            n=2,
            stop=["END"],
            frequency_penalty=0.1,
            presence_penalty=0.2,
        ),
        telemetry=otel.telemetry(),
    )
    span = otel.span()
    assert span.name == "chat gpt-4o-mini"
    attributes = common(span, "chat", emu)
    assert attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert attributes["gen_ai.request.max_tokens"] == 7
    assert attributes["gen_ai.request.temperature"] == 0.5
    assert attributes["gen_ai.request.top_p"] == 0.9
    assert attributes["gen_ai.request.seed"] == 42
    assert attributes["gen_ai.request.choice.count"] == 2
    assert attributes["gen_ai.request.stop_sequences"] == ("END",)
    assert attributes["gen_ai.request.frequency_penalty"] == 0.1
    assert attributes["gen_ai.request.presence_penalty"] == 0.2
    assert attributes["gen_ai.output.type"] == "text"
    assert attributes["gen_ai.response.id"] == answer.id
    assert attributes["gen_ai.response.model"] == answer.model
    assert attributes["gen_ai.response.finish_reasons"] == tuple(choice.finish_reason for choice in answer.choices)
    assert attributes["gen_ai.usage.input_tokens"] == answer.usage.prompt_tokens
    assert attributes["gen_ai.usage.output_tokens"] == answer.usage.completion_tokens
    assert "gen_ai.input.messages" not in attributes and "gen_ai.output.messages" not in attributes
    assert span.status.status_code is StatusCode.UNSET
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert duration.count == 1 and duration.sum > 0
    assert dict(duration.attributes or {}) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.response.model": answer.model,
        "server.address": "127.0.0.1",
        "server.port": emu.port,
    }
    tokens = {
        dict(point.attributes or {})["gen_ai.token.type"]: point.sum
        for point in otel.points("gen_ai.client.token.usage")
    }
    assert tokens == {"input": answer.usage.prompt_tokens, "output": answer.usage.completion_tokens}
    assert otel.points("gen_ai.client.operation.time_to_first_chunk") == []


async def consume(stream: Any) -> list[Any]:
    return [chunk async for chunk in stream]


@pytest.mark.parametrize("kind", KINDS)
def test_stream_span_lasts_until_the_stream_ends(kind: str, otel: Otel, emu: Emulator) -> None:
    def action(client: Any) -> Any:
        request = {
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": "Tell a story"}],
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if kind == "sync":
            stream = client.chat.completions.create(**request)
            assert otel.spans() == []  # open while the stream is read
            return list(stream)

        async def read() -> list[Any]:
            stream = await client.chat.completions.create(**request)
            assert otel.spans() == []
            return await consume(stream)

        return read()

    chunks = run(kind, emulated(emu), action, telemetry=otel.telemetry())
    span = otel.span()
    attributes = common(span, "chat", emu)
    assert span.name == "chat gpt-4o-mini"
    assert attributes["gen_ai.request.stream"] is True
    usage = chunks[-1].usage
    assert attributes["gen_ai.usage.input_tokens"] == usage.prompt_tokens
    assert attributes["gen_ai.usage.output_tokens"] == usage.completion_tokens
    assert attributes["gen_ai.response.id"] == chunks[0].id
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert 0 < attributes["gen_ai.response.time_to_first_chunk"] < (span.end_time - span.start_time) / 1e9
    assert "wushuang.stream.closed_early" not in attributes
    (first,) = otel.points("gen_ai.client.operation.time_to_first_chunk")
    assert first.count == 1 and first.sum == attributes["gen_ai.response.time_to_first_chunk"]
    (per_chunk,) = otel.points("gen_ai.client.operation.time_per_output_chunk")
    content_events = len(chunks) + 1  # and the [DONE] line
    assert per_chunk.count == content_events - 1
    assert {
        dict(point.attributes or {})["gen_ai.token.type"] for point in otel.points("gen_ai.client.token.usage")
    } == {
        "input",
        "output",
    }


def chunk_event(index: int) -> bytes:
    chunk = {
        "id": "chatcmpl-s",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "gpt-4o-mini-2024",
        "choices": [{"index": 0, "delta": {"content": f"word{index} "}, "finish_reason": None}],
    }
    return f"data: {json.dumps(chunk)}\n\n".encode()


def slow_stream(kind: str) -> Callable[[httpx.Request], httpx.Response]:
    """A chat stream answered one event per read, never ending by itself (a reader must close it)."""

    def events() -> Iterator[bytes]:
        for index in range(1000):
            yield chunk_event(index)

    async def aevents() -> Any:
        for event in events():
            yield event

    def handler(request: httpx.Request) -> httpx.Response:
        body = events() if kind == "sync" else aevents()
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    return handler


@pytest.mark.parametrize("kind", KINDS)
def test_stream_closed_early(kind: str, otel: Otel) -> None:
    request = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Go on"}], "stream": True}

    def action(client: Any) -> Any:
        if kind == "sync":
            stream = client.chat.completions.create(**request)
            chunks = iter(stream)
            assert next(chunks).choices[0].delta.content == "word0 "
            assert otel.spans() == []
            stream.close()
            return None

        async def read() -> None:
            stream = await client.chat.completions.create(**request)
            assert (await stream.__anext__()).choices[0].delta.content == "word0 "
            assert otel.spans() == []
            await stream.aclose()

        return read()

    run(kind, mocked(slow_stream(kind)), action, telemetry=otel.telemetry())
    attributes = dict(otel.span().attributes or {})
    assert attributes["wushuang.stream.closed_early"] is True
    assert attributes["gen_ai.response.model"] == "gpt-4o-mini-2024"
    assert "gen_ai.usage.output_tokens" not in attributes  # a stream cut short reports no usage
    assert "error.type" not in attributes
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert duration.count == 1
    assert otel.points("gen_ai.client.token.usage") == []


@pytest.mark.parametrize("kind", KINDS)
def test_stream_that_breaks_off(kind: str, otel: Otel) -> None:
    def events() -> Iterator[bytes]:
        yield chunk_event(0)
        raise httpx.ReadError("connection reset")

    async def aevents() -> Any:
        for event in events():
            yield event

    def handler(request: httpx.Request) -> httpx.Response:
        body = events() if kind == "sync" else aevents()
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    request = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Go on"}], "stream": True}

    def action(client: Any) -> Any:
        if kind == "sync":
            return list(client.chat.completions.create(**request))

        async def read() -> list[Any]:
            return await consume(await client.chat.completions.create(**request))

        return read()

    with pytest.raises(wushuang.APIConnectionError):
        run(kind, mocked(handler), action, telemetry=otel.telemetry())
    span = otel.span()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "ReadError"  # what broke the body off
    assert "wushuang.stream.closed_early" not in attributes
    assert span.status.status_code is StatusCode.ERROR
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert dict(duration.attributes or {})["error.type"] == "ReadError"


@pytest.mark.parametrize("kind", KINDS)
def test_completion(kind: str, otel: Otel, emu: Emulator) -> None:
    answer = run(
        kind,
        emulated(emu),
        lambda client: client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Once", max_tokens=5, stop="."),
        telemetry=otel.telemetry(),
    )
    span = otel.span()
    attributes = common(span, "text_completion", emu)
    assert span.name == "text_completion gpt-3.5-turbo-instruct"
    assert attributes["gen_ai.request.max_tokens"] == 5
    assert attributes["gen_ai.request.stop_sequences"] == (".",)
    assert attributes["gen_ai.usage.output_tokens"] == answer.usage.completion_tokens


@pytest.mark.parametrize("kind", KINDS)
def test_embeddings(kind: str, otel: Otel, emu: Emulator) -> None:
    answer = run(
        kind,
        emulated(emu),
        lambda client: client.embeddings.create(model="text-embedding-3-small", input=["a", "b"]),
        telemetry=otel.telemetry(),
    )
    span = otel.span()
    attributes = common(span, "embeddings", emu)
    assert span.name == "embeddings text-embedding-3-small"
    assert attributes["gen_ai.embeddings.dimension.count"] == len(answer.data[0].embedding) == 1536
    assert attributes["gen_ai.request.encoding_formats"] == ("base64",)  # what goes on the wire
    assert attributes["gen_ai.usage.input_tokens"] == answer.usage.prompt_tokens
    assert "gen_ai.usage.output_tokens" not in attributes


@pytest.mark.parametrize("kind", KINDS)
def test_image(kind: str, otel: Otel, emu: Emulator) -> None:
    run(
        kind,
        emulated(emu),
        lambda client: client.images.generate(model="dall-e-3", prompt="a cat"),
        telemetry=otel.telemetry(),
    )
    span = otel.span()
    attributes = common(span, "generate_content", emu)
    assert span.name == "generate_content dall-e-3"
    assert attributes["gen_ai.output.type"] == "image"


@pytest.mark.parametrize("kind", KINDS)
def test_speech_span_ends_when_its_body_is_closed(kind: str, otel: Otel, emu: Emulator) -> None:
    def action(client: Any) -> Any:
        request = {"model": "tts-1", "input": "Hello", "voice": "alloy"}
        if kind == "sync":
            binary = client.audio.speech.create(**request)
            assert otel.spans() == []
            return binary.read()

        async def read() -> bytes:
            binary = await client.audio.speech.create(**request)
            assert otel.spans() == []
            data: bytes = await binary.read()
            return data

        return read()

    audio = run(kind, emulated(emu), action, telemetry=otel.telemetry(capture_content=True))
    assert audio
    span = otel.span()
    attributes = common(span, "generate_content", emu)
    assert span.name == "generate_content tts-1"
    assert attributes["gen_ai.output.type"] == "speech"
    assert "gen_ai.output.messages" not in attributes  # audio bytes are never recorded


@pytest.mark.parametrize("kind", KINDS)
def test_transcription_reads_the_model_from_the_form(kind: str, otel: Otel, emu: Emulator) -> None:
    audio = b"RIFF....WAVEfmt " + bytes(200)
    run(
        kind,
        emulated(emu),
        lambda client: client.audio.transcriptions.create(file=("hello.wav", audio), model="whisper-1"),
        telemetry=otel.telemetry(capture_content=True),
    )
    span = otel.span()
    attributes = common(span, "createTranscription", emu)  # no operation of the conventions: its operationId
    assert span.name == "createTranscription whisper-1"
    assert attributes["gen_ai.request.model"] == "whisper-1"
    assert not any("RIFF" in str(value) for value in attributes.values())


@pytest.mark.parametrize("kind", KINDS)
def test_moderation(kind: str, otel: Otel, emu: Emulator) -> None:
    answer = run(
        kind,
        emulated(emu),
        lambda client: client.moderations.create(input="hello", model="text-moderation-latest"),
        telemetry=otel.telemetry(),
    )
    attributes = common(otel.span(), "createModeration", emu)
    assert attributes["gen_ai.request.model"] == "text-moderation-latest"
    assert attributes["gen_ai.response.id"] == answer.id
    assert attributes["gen_ai.response.model"] == answer.model


@pytest.mark.parametrize("kind", KINDS)
def test_file_upload_never_records_its_bytes(kind: str, otel: Otel, emu: Emulator) -> None:
    data = b'{"prompt": "SECRET-FILE-CONTENT"}\n'
    uploaded = run(
        kind,
        emulated(emu),
        lambda client: client.files.create(file=("data.jsonl", io.BytesIO(data)), purpose="fine-tune"),
        telemetry=otel.telemetry(capture_content=True),
    )
    span = otel.span()
    attributes = common(span, "createFile", emu)
    assert span.name == "createFile"
    assert "gen_ai.request.model" not in attributes
    assert attributes["gen_ai.response.id"] == uploaded.id
    assert "SECRET-FILE-CONTENT" not in repr(span.to_json())


@pytest.mark.parametrize("kind", KINDS)
def test_list_page(kind: str, otel: Otel, emu: Emulator) -> None:
    run(kind, emulated(emu), lambda client: client.models.list(), telemetry=otel.telemetry())
    span = otel.span()
    assert span.name == "listModels"
    common(span, "listModels", emu)


@pytest.mark.parametrize("kind", KINDS)
def test_an_assistant_run_is_an_agent_invocation(kind: str, otel: Otel, emu: Emulator) -> None:
    def action(client: Any) -> Any:
        if kind == "sync":
            assistant = client.beta.assistants.create(model="gpt-4o-mini", name="helper")
            thread = client.beta.threads.create()
            return client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id), assistant, thread

        async def go() -> Any:
            assistant = await client.beta.assistants.create(model="gpt-4o-mini", name="helper")
            thread = await client.beta.threads.create()
            run_ = await client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
            return run_, assistant, thread

        return go()

    _, assistant, thread = run(kind, emulated(emu), action, telemetry=otel.telemetry())
    created, _, invoked = otel.spans()
    assert created.name == "create_agent gpt-4o-mini"
    attributes = common(invoked, "invoke_agent", emu)
    assert attributes["gen_ai.agent.id"] == assistant.id
    assert attributes["gen_ai.conversation.id"] == thread.id


# ---------------------------------------------------------------------------------------------- errors, retries


def answer_json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers={"x-oneapi-request-id": "relay-req-1", **(headers or {})})


CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini-2024",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
}


@pytest.mark.parametrize("kind", KINDS)
def test_an_error(kind: str, otel: Otel) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return answer_json(429, {"error": {"message": "slow down", "type": "rate_limit"}})

    with pytest.raises(wushuang.RateLimitError):
        run(
            kind,
            mocked(handler),
            lambda client: client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]
            ),
            telemetry=otel.telemetry(),
        )
    span = otel.span()
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "RateLimitError"
    assert attributes["wushuang.request_id"] == "relay-req-1"
    assert attributes["server.address"] == "relay.test" and attributes["server.port"] == 80
    assert span.status.status_code is StatusCode.ERROR
    (duration,) = otel.points("gen_ai.client.operation.duration")
    assert dict(duration.attributes or {})["error.type"] == "RateLimitError"
    assert otel.points("gen_ai.client.token.usage") == []


@pytest.mark.parametrize("kind", KINDS)
def test_retries_are_events_of_one_span(kind: str, otel: Otel) -> None:
    answers = iter(
        [
            answer_json(503, {"error": {"message": "busy"}}, {"retry-after": "2"}),
            httpx.ConnectError("refused"),
            answer_json(200, CHAT),
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    fake = FakeTime()
    run(
        kind,
        mocked(handler, fake),
        lambda client: client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}]),
        telemetry=otel.telemetry(),
        max_retries=2,
    )
    span = otel.span()
    assert [event.name for event in span.events] == ["wushuang.retry", "wushuang.retry"]
    first, second = (dict(event.attributes or {}) for event in span.events)
    assert first == {
        "wushuang.retry.attempt": 1,
        "wushuang.retry.pause_s": fake.sleeps[0],
        "http.response.status_code": 503,
    }
    assert fake.sleeps[0] == 2.0  # the Retry-After
    assert second == {
        "wushuang.retry.attempt": 2,
        "wushuang.retry.pause_s": fake.sleeps[1],
        "error.type": "ConnectError",
    }
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.response.model"] == "gpt-4o-mini-2024"
    assert "error.type" not in attributes
    assert len(otel.points("gen_ai.client.operation.duration")) == 1


def test_a_call_refused_by_the_budget_has_a_span(otel: Otel, emu: Emulator) -> None:
    with wushuang.Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, telemetry=otel.telemetry(), budget_usd=1e-9
    ) as client:
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        with pytest.raises(wushuang.BudgetExceededError):
            client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    refused = otel.spans()[-1]
    assert refused.name == "chat"  # refused before its request was formed into an attempt: no model read
    assert dict(refused.attributes or {})["error.type"] == "BudgetExceededError"
    assert refused.status.status_code is StatusCode.ERROR


def test_spend_is_on_the_span(otel: Otel, emu: Emulator) -> None:
    with wushuang.Wushuang(
        api_key=emu.api_key, base_url=emu.base_url, telemetry=otel.telemetry(), track_spend=True
    ) as client:
        answer = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        cost = client.spend.cost_of(answer)  # type: ignore[union-attr]
    assert cost is not None
    pricing, chat = otel.spans()
    assert (
        pricing.name == "getPricing" and pricing.parent is not None and pricing.parent.span_id == chat.context.span_id
    )
    assert dict(chat.attributes or {})["wushuang.cost_usd"] == cost.usd


# ---------------------------------------------------------------------------------------------- content


def test_content_is_recorded_only_when_asked(otel: Otel, emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    messages = [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,SECRETPIXELS"}},
                {"type": "image_url", "image_url": {"url": "https://example.test/cat.png"}},
            ],
        },
    ]

    def chat(client: wushuang.Wushuang) -> Any:
        return client.chat.completions.create(model="gpt-4o-mini", messages=messages)  # type: ignore[arg-type]

    monkeypatch.delenv(wushuang._core.telemetry.CAPTURE_CONTENT_ENV, raising=False)
    run("sync", emulated(emu), chat, telemetry=otel.telemetry())
    monkeypatch.setenv(wushuang._core.telemetry.CAPTURE_CONTENT_ENV, "true")
    answer = run("sync", emulated(emu), chat, telemetry=otel.telemetry())
    run("sync", emulated(emu), chat, telemetry=otel.telemetry(capture_content=False))
    off, on, refused = (dict(span.attributes or {}) for span in otel.spans())
    assert "gen_ai.input.messages" not in off and "gen_ai.output.messages" not in off
    assert "gen_ai.input.messages" not in refused
    assert json.loads(on["gen_ai.input.messages"]) == [
        {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
        {
            "role": "user",
            "parts": [
                {"type": "text", "content": "What is this?"},
                {"type": "blob", "modality": "image"},
                {"type": "uri", "modality": "image", "uri": "https://example.test/cat.png"},
            ],
        },
    ]
    assert "SECRETPIXELS" not in on["gen_ai.input.messages"]
    assert json.loads(on["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [{"type": "text", "content": answer.choices[0].message.content}],
            "finish_reason": answer.choices[0].finish_reason,
        }
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_streamed_content_is_the_whole_answer(kind: str, otel: Otel, emu: Emulator) -> None:
    def action(client: Any) -> Any:
        request = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Story"}], "stream": True}
        if kind == "sync":
            return list(client.chat.completions.create(**request))

        async def read() -> list[Any]:
            return await consume(await client.chat.completions.create(**request))

        return read()

    chunks = run(kind, emulated(emu), action, telemetry=otel.telemetry(capture_content=True))
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    (message,) = json.loads(dict(otel.span().attributes or {})["gen_ai.output.messages"])
    assert message == {"role": "assistant", "parts": [{"type": "text", "content": text}], "finish_reason": "stop"}


def test_the_key_is_never_recorded(otel: Otel) -> None:
    key = "sk-CANARY-0d9e8f7a6b5c"

    def handler(request: httpx.Request) -> httpx.Response:
        return answer_json(401, {"error": {"message": "bad key"}})

    client = wushuang.Wushuang(
        api_key=key,
        base_url="http://relay.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        telemetry=otel.telemetry(capture_content=True),
        max_retries=0,
    )
    with pytest.raises(wushuang.AuthenticationError):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    exported = "".join(span.to_json() for span in otel.spans()) + otel.reader.get_metrics_data().to_json()
    assert "relay.test" in exported
    assert key not in exported and key[3:] not in exported


# ---------------------------------------------------------------------------------------------- nesting, the facade


@pytest.mark.parametrize("kind", KINDS)
def test_calls_nest_in_a_facade_span(kind: str, otel: Otel, emu: Emulator) -> None:
    telemetry = otel.telemetry()

    def action(client: Any) -> Any:
        assert wushuang.telemetry_of(client) is telemetry
        if kind == "sync":
            with telemetry.span("outer", {"my.step": 1}):
                client.models.list()
                telemetry.event("halfway", {"my.count": 2})
                client.models.list()
            return None

        async def go() -> None:
            with telemetry.span("outer", {"my.step": 1}):
                await client.models.list()
                telemetry.event("halfway", {"my.count": 2})
                await client.models.list()

        return go()

    run(kind, emulated(emu), action, telemetry=telemetry)
    first, second, outer = otel.spans()
    assert outer.name == "outer" and outer.kind is SpanKind.INTERNAL and outer.parent is None
    assert dict(outer.attributes or {}) == {"my.step": 1}
    assert [(event.name, dict(event.attributes or {})) for event in outer.events] == [("halfway", {"my.count": 2})]
    for child in (first, second):
        assert child.parent is not None and child.parent.span_id == outer.context.span_id
        assert child.context.trace_id == outer.context.trace_id


def test_facade_span_records_an_error_and_links(otel: Otel) -> None:
    telemetry = otel.telemetry()
    with telemetry.span("parent") as parent:
        pass
    with pytest.raises(KeyError), telemetry.span("child", kind="client", links=[parent.get_span_context()]):
        raise KeyError("x")
    _, child = otel.spans()
    assert child.kind is SpanKind.CLIENT
    assert dict(child.attributes or {})["error.type"] == "KeyError"
    assert child.status.status_code is StatusCode.ERROR
    assert [link.context.span_id for link in child.links] == [parent.get_span_context().span_id]


@pytest.mark.parametrize("kind", KINDS)
def test_http_spans_nest_under_the_call_span(kind: str, otel: Otel, emu: Emulator) -> None:
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    instrumentor = HTTPXClientInstrumentor()
    instrumentor.instrument(tracer_provider=otel.tracer_provider)
    try:
        run(
            kind,
            emulated(emu),
            lambda client: client.embeddings.create(model="text-embedding-3-small", input="x"),
            telemetry=otel.telemetry(),
        )
    finally:
        instrumentor.uninstrument()
    http, call = otel.spans()
    assert call.name == "embeddings text-embedding-3-small" and call.parent is None
    assert http.name == "POST" and http.parent is not None and http.parent.span_id == call.context.span_id


# ---------------------------------------------------------------------------------------------- turning it on


def test_option_checks_and_with_options(otel: Otel) -> None:
    with pytest.raises(TypeError, match="telemetry must be True, False or a wushuang.Telemetry, got str"):
        wushuang.Wushuang(api_key="k", telemetry="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="capture_content"):
        wushuang.Telemetry(capture_content="yes")  # type: ignore[arg-type]
    telemetry = otel.telemetry()
    client = wushuang.Wushuang(api_key="k", telemetry=telemetry)
    assert client.telemetry is telemetry and wushuang.telemetry_of(client.with_options(max_retries=1)) is telemetry
    assert client.with_options(telemetry=False).telemetry is None
    assert wushuang.Wushuang(api_key="k", telemetry=False).telemetry is None


GLOBAL = """
import json, sys
import httpx, wushuang

def handler(request):
    return httpx.Response(200, json={"object": "list", "data": []})

def client(**options):
    return wushuang.Wushuang(api_key="k", base_url="http://relay.test",
                             http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options)

early = client()                      # made before the application configures OpenTelemetry
early.models.list()
loaded = sorted(name for name in sys.modules if name.startswith("opentelemetry"))
before = early.telemetry

from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

early.models.list()                   # imported, no provider set: not traced
unset = early.telemetry
exporter = InMemorySpanExporter()
provider = TracerProvider()
provider.add_span_processor(SimpleSpanProcessor(exporter))
trace.set_tracer_provider(provider)
early.models.list()
client(telemetry=False).models.list()
print(json.dumps({"loaded": loaded, "before": before is None, "unset": unset is None,
                  "spans": [span.name for span in exporter.get_finished_spans()]}))
"""


def run_fresh(code: str) -> Any:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OTEL_")}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_global_provider_turns_it_on_per_call() -> None:
    found = run_fresh(GLOBAL)
    assert found == {"loaded": [], "before": True, "unset": True, "spans": ["listModels"]}


def test_untraced_calls_pass_through_no_telemetry_middleware(otel: Otel) -> None:
    seen: list[tuple[str, ...]] = []

    class Spy(wushuang.Middleware):
        def call_started(self, call: wushuang.Call) -> None:
            seen.append(tuple(call.state))

    client = mock_client(lambda request: answer_json(200, {"object": "list", "data": []}), middleware=[Spy()])
    client.models.list()
    assert client.telemetry is None and seen == [()]  # nothing ran before the client's own middleware
    assert len(client.with_options(telemetry=otel.telemetry()).middleware) == 1  # telemetry is added per call


def test_without_the_api_a_telemetry_says_what_to_install() -> None:
    found = run_fresh(
        """
import json, sys
sys.modules["opentelemetry"] = None  # as if opentelemetry-api were not installed
import wushuang
try:
    wushuang.Telemetry()
except ImportError as exc:
    print(json.dumps(str(exc)))
"""
    )
    assert found == "wushuang.Telemetry needs OpenTelemetry's API: pip install 'wushuang[otel]'"


def test_the_example_prints_its_traces() -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "tracing.py"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("WUSHUANG_", "OTEL_"))}
    done = subprocess.run(
        [sys.executable, str(example), "--emulator"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    chat = lines.index("== a chat call (the price list is fetched once, inside the first billable call)")
    assert lines[chat + 1].startswith('  chat gpt-4o-mini {"model": "gpt-4o-mini", "finish_reasons": ["length"]')
    assert '"cost_usd": ' in lines[chat + 1] and lines[chat + 2] == "    getPricing"
    stream = lines.index("== a stream (the span ends with the stream)")
    assert '"time_to_first_chunk": ' in lines[stream + 1]
    assert "  submitImagine" in lines and "  fetchTask" in lines
    batch = lines.index("== a batch run")
    assert sum(line.startswith("  chat gpt-4o-mini") for line in lines[batch:]) == 2


def test_a_dropped_traced_stream_gives_its_connection_back_without_the_collector(otel: Otel) -> None:
    from test_stream_release import (  # the same check as an untraced client's, with a traced one
        test_a_dropped_stream_gives_its_connection_back_without_the_collector as check,
    )

    check({"telemetry": otel.telemetry(capture_content=True)})
    assert len(otel.spans()) == 6


@pytest.mark.parametrize("name", ["_complete", "_stream", "_refused"])
def test_a_traced_call_leaves_no_http_objects_in_cycles(name: str, otel: Otel) -> None:
    import test_reference_cycles as cycles

    call = getattr(cycles, name)
    client = mock_client(cycles._answer, telemetry=otel.telemetry(capture_content=True))
    call(client)  # first: lazy imports and caches, which stay
    with cycles.cyclic_garbage() as found:
        call(client)
    assert not cycles.http_objects(found), cycles._kinds(found)
    assert wushuang.telemetry_of(client) is not None
