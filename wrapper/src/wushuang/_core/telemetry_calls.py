"""The span and the metrics of each call: the middleware a ``Telemetry`` puts first in a traced call's chain.

Imported only once a call is traced (it imports OpenTelemetry). Per the OpenTelemetry GenAI semantic conventions
(the names below, as ``opentelemetry-semantic-conventions`` spells them; ``tests/test_otel.py`` checks them):

- a CLIENT span per call, ``{gen_ai.operation.name} {gen_ai.request.model}`` (the operation alone without a
  model), opened when the first attempt goes out and made current around every attempt (so HTTP spans of an
  instrumented httpx nest under it), ended when the call returns or raises, or, for a result whose body is left
  unread (a stream, a binary body), when that body is closed;
- request attributes read from the JSON (or form) body sent; response attributes from the decoded answer, or for an
  event stream from its last events (``wushuang._core.tail``), with the time to its first chunk;
- ``gen_ai.provider.name`` is ``openai``: the relay speaks OpenAI's API and the conventions name that flavour so
  (they say the provider attribute is the telemetry format's discriminator; the relay's host is ``server.address``);
- operations the conventions name are named so (``OPERATIONS``); every other is named by its operationId;
- ``wushuang.request_id``: the relay's id of the request (``X-Oneapi-Request-Id``, as errors quote it);
  ``wushuang.cost_usd``: the call's estimated cost when the client tracks spend;
- each retry is an event ``wushuang.retry`` on the call's span: the attempt number, the pause before it, and the
  status code (``http.response.status_code``) or exception class (``error.type``) of the attempt before;
- ``error.type``: the class name of the exception the call raised (``RateLimitError``, ``APITimeoutError``);
- the metrics ``gen_ai.client.operation.duration``, ``gen_ai.client.token.usage`` and, for event streams,
  ``gen_ai.client.operation.time_to_first_chunk`` and ``gen_ai.client.operation.time_per_output_chunk``, with the
  conventions' bucket boundaries.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx
import msgspec
from opentelemetry import context, metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from wushuang._core.errors import request_id_of
from wushuang._core.middleware import AsyncSendNext, Attempt, Call, Middleware, SendNext
from wushuang._core.spend import COST
from wushuang._core.tail import Tail, stream_tail, tail_of
from wushuang._version import __version__

if TYPE_CHECKING:
    from wushuang._core.telemetry import Telemetry

__all__ = ["OPERATIONS", "CallSpans", "Instruments"]

# ---------------------------------------------------------------------------------------------- the names
# As opentelemetry.semconv._incubating.attributes (gen_ai_attributes, server_attributes, error_attributes,
# http_attributes) and ...metrics.gen_ai_metrics name them: the constants' names are the package's.
GEN_AI_OPERATION_NAME = "gen_ai.operation.name"
GEN_AI_PROVIDER_NAME = "gen_ai.provider.name"
GEN_AI_REQUEST_MODEL = "gen_ai.request.model"
GEN_AI_REQUEST_MAX_TOKENS = "gen_ai.request.max_tokens"
GEN_AI_REQUEST_TEMPERATURE = "gen_ai.request.temperature"
GEN_AI_REQUEST_TOP_P = "gen_ai.request.top_p"
GEN_AI_REQUEST_TOP_K = "gen_ai.request.top_k"
GEN_AI_REQUEST_FREQUENCY_PENALTY = "gen_ai.request.frequency_penalty"
GEN_AI_REQUEST_PRESENCE_PENALTY = "gen_ai.request.presence_penalty"
GEN_AI_REQUEST_STOP_SEQUENCES = "gen_ai.request.stop_sequences"
GEN_AI_REQUEST_SEED = "gen_ai.request.seed"
GEN_AI_REQUEST_CHOICE_COUNT = "gen_ai.request.choice.count"
GEN_AI_REQUEST_STREAM = "gen_ai.request.stream"
GEN_AI_REQUEST_ENCODING_FORMATS = "gen_ai.request.encoding_formats"
GEN_AI_OUTPUT_TYPE = "gen_ai.output.type"
GEN_AI_AGENT_ID = "gen_ai.agent.id"
GEN_AI_CONVERSATION_ID = "gen_ai.conversation.id"
GEN_AI_RESPONSE_ID = "gen_ai.response.id"
GEN_AI_RESPONSE_MODEL = "gen_ai.response.model"
GEN_AI_RESPONSE_FINISH_REASONS = "gen_ai.response.finish_reasons"
GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK = "gen_ai.response.time_to_first_chunk"
GEN_AI_USAGE_INPUT_TOKENS = "gen_ai.usage.input_tokens"
GEN_AI_USAGE_OUTPUT_TOKENS = "gen_ai.usage.output_tokens"
GEN_AI_EMBEDDINGS_DIMENSION_COUNT = "gen_ai.embeddings.dimension.count"
GEN_AI_INPUT_MESSAGES = "gen_ai.input.messages"
GEN_AI_OUTPUT_MESSAGES = "gen_ai.output.messages"
GEN_AI_TOKEN_TYPE = "gen_ai.token.type"
SERVER_ADDRESS = "server.address"
SERVER_PORT = "server.port"
ERROR_TYPE = "error.type"
HTTP_RESPONSE_STATUS_CODE = "http.response.status_code"
GEN_AI_CLIENT_OPERATION_DURATION = "gen_ai.client.operation.duration"
GEN_AI_CLIENT_TOKEN_USAGE = "gen_ai.client.token.usage"
GEN_AI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk"
GEN_AI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK = "gen_ai.client.operation.time_per_output_chunk"
# The SDK's own: not in the conventions.
REQUEST_ID = "wushuang.request_id"
COST_USD = "wushuang.cost_usd"
STREAM_CLOSED_EARLY = "wushuang.stream.closed_early"
RETRY_EVENT = "wushuang.retry"
RETRY_ATTEMPT = "wushuang.retry.attempt"
RETRY_PAUSE = "wushuang.retry.pause_s"

PROVIDER = "openai"
# operationId -> gen_ai.operation.name, where the conventions name the operation (GenAiOperationNameValues).
OPERATIONS = {
    "createChatCompletion": "chat",
    "createCompletion": "text_completion",
    "createEmbedding": "embeddings",
    "createImage": "generate_content",
    "createImageEdit": "generate_content",
    "createImageVariation": "generate_content",
    "createSpeech": "generate_content",
    "createAssistant": "create_agent",
    "createRun": "invoke_agent",
    "createThreadAndRun": "invoke_agent",
}
# gen_ai.output.type of the operations whose answer is of one kind (GenAiOutputTypeValues).
OUTPUT_TYPES = {
    "createImage": "image",
    "createImageEdit": "image",
    "createImageVariation": "image",
    "createSpeech": "speech",
}

# The conventions' ExplicitBucketBoundaries: operation duration and token usage as the metrics page gives them;
# the client's chunk timings as the server's time to first token and time per output token.
DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92]
TOKEN_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864]
FIRST_CHUNK_BUCKETS = [0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0]
PER_CHUNK_BUCKETS = [0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5]

# What the span keeps in Call.state.
_SPAN = "otel.span"
_START = "otel.start"  # perf_counter at the call's start
_START_NS = "otel.start_ns"
_DIMENSIONS = "otel.dimensions"  # the metric attributes
_LAST = "otel.last"  # the outcome of the attempt before: (attribute, value)


class Instruments:
    """The GenAI client histograms, from ``meter_provider`` (None: the global one)."""

    def __init__(self, meter_provider: Any) -> None:
        meter = metrics.get_meter("wushuang", __version__, meter_provider=meter_provider)
        self.duration = meter.create_histogram(
            GEN_AI_CLIENT_OPERATION_DURATION,
            unit="s",
            description="GenAI operation duration.",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.tokens = meter.create_histogram(
            GEN_AI_CLIENT_TOKEN_USAGE,
            unit="{token}",
            description="Number of input and output tokens used.",
            explicit_bucket_boundaries_advisory=TOKEN_BUCKETS,
        )
        self.first_chunk = meter.create_histogram(
            GEN_AI_CLIENT_OPERATION_TIME_TO_FIRST_CHUNK,
            unit="s",
            description="Time to receive the first chunk of a streamed answer, from the call's start.",
            explicit_bucket_boundaries_advisory=FIRST_CHUNK_BUCKETS,
        )
        self.per_chunk = meter.create_histogram(
            GEN_AI_CLIENT_OPERATION_TIME_PER_OUTPUT_CHUNK,
            unit="s",
            description="Time per output chunk after the first, from the end of the chunk before.",
            explicit_bucket_boundaries_advisory=PER_CHUNK_BUCKETS,
        )


# ---------------------------------------------------------------------------------------------- the request


class _Request(msgspec.Struct):
    """A request body as far as telemetry reads it (msgspec skips every other field without building it)."""

    model: Any = None
    max_tokens: Any = None
    max_completion_tokens: Any = None
    temperature: Any = None
    top_p: Any = None
    top_k: Any = None
    frequency_penalty: Any = None
    presence_penalty: Any = None
    stop: Any = None
    seed: Any = None
    n: Any = None
    stream: Any = None
    encoding_format: Any = None
    response_format: Any = None
    assistant_id: Any = None


_read_request = msgspec.json.Decoder(_Request).decode
_NUMBERS = (
    (GEN_AI_REQUEST_TEMPERATURE, "temperature"),
    (GEN_AI_REQUEST_TOP_P, "top_p"),
    (GEN_AI_REQUEST_FREQUENCY_PENALTY, "frequency_penalty"),
    (GEN_AI_REQUEST_PRESENCE_PENALTY, "presence_penalty"),
)
_INTEGERS = (
    (GEN_AI_REQUEST_TOP_K, "top_k"),
    (GEN_AI_REQUEST_SEED, "seed"),
    (GEN_AI_REQUEST_CHOICE_COUNT, "n"),
)


def _is_json(request: httpx.Request) -> bool:
    return "json" in request.headers.get("content-type", "")


def _body(request: httpx.Request) -> _Request:
    """What the request asks for: its JSON body's fields, or its form's ``model`` (an upload; files unread)."""
    if _is_json(request):
        try:
            return _read_request(request.content)
        except (msgspec.ValidationError, msgspec.DecodeError, httpx.RequestNotRead, RecursionError):
            return _Request()
    for field in getattr(request.stream, "fields", None) or ():  # httpx's multipart body: its parts, files unread
        if getattr(field, "name", None) == "model":
            # A data field's value, or a text part sent as a file without a name (as the generated client sends it).
            value = getattr(field, "value", None) or getattr(field, "file", None)
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            return _Request(model=value)
    return _Request()


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _request_attributes(call: Call, request: httpx.Request) -> tuple[dict[str, Any], dict[str, Any], str]:
    """(span attributes, metric attributes, span name) of ``call`` from its first request."""
    body = _body(request)
    operation = OPERATIONS.get(call.operation_id, call.operation_id)
    url = request.url
    dimensions: dict[str, Any] = {
        GEN_AI_OPERATION_NAME: operation,
        GEN_AI_PROVIDER_NAME: PROVIDER,
        SERVER_ADDRESS: url.host,
        SERVER_PORT: url.port or (443 if url.scheme == "https" else 80),
    }
    model = body.model if isinstance(body.model, str) and body.model else None
    if model is not None:
        dimensions[GEN_AI_REQUEST_MODEL] = model
    attributes = dict(dimensions)
    max_tokens = _int(body.max_completion_tokens) or _int(body.max_tokens)
    if max_tokens is not None:
        attributes[GEN_AI_REQUEST_MAX_TOKENS] = max_tokens
    for name, field in _NUMBERS:
        value = getattr(body, field)
        if isinstance(value, int | float) and not isinstance(value, bool):
            attributes[name] = float(value)
    for name, field in _INTEGERS:
        value = _int(getattr(body, field))
        if value is not None:
            attributes[name] = value
    if isinstance(body.stop, str):
        attributes[GEN_AI_REQUEST_STOP_SEQUENCES] = [body.stop]
    elif isinstance(body.stop, list) and all(isinstance(each, str) for each in body.stop):
        attributes[GEN_AI_REQUEST_STOP_SEQUENCES] = body.stop
    if isinstance(body.stream, bool):
        attributes[GEN_AI_REQUEST_STREAM] = body.stream
    if isinstance(body.encoding_format, str):
        attributes[GEN_AI_REQUEST_ENCODING_FORMATS] = [body.encoding_format]
    if isinstance(body.assistant_id, str):
        attributes[GEN_AI_AGENT_ID] = body.assistant_id
    thread = _path_parameter(call.path, url.path, "{thread_id}")
    if thread is not None:
        attributes[GEN_AI_CONVERSATION_ID] = thread
    output = OUTPUT_TYPES.get(call.operation_id) or _output_type(body.response_format, operation)
    if output is not None:
        attributes[GEN_AI_OUTPUT_TYPE] = output
    name = f"{operation} {model}" if model is not None else operation
    return attributes, dimensions, name


def _path_parameter(template: str, path: str, name: str) -> str | None:
    """The value ``path`` has where ``template`` has ``name`` (matched from the end: a base URL may add a prefix)."""
    if name not in template:
        return None
    expected, actual = template.strip("/").split("/"), path.strip("/").split("/")
    if len(actual) < len(expected):
        return None
    return actual[len(actual) - len(expected) + expected.index(name)] or None


def _output_type(response_format: Any, operation: str) -> str | None:
    if operation not in ("chat", "text_completion"):
        return None
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    return "json" if kind in ("json_object", "json_schema") else "text"


# ---------------------------------------------------------------------------------------------- the answer


def _field(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


def _tokens(usage: Any) -> tuple[int | None, int | None]:
    """(input, output) tokens of a usage object or dict (chat's names, or the responses API's)."""
    if usage is None:
        return None, None
    given = _int(_field(usage, "prompt_tokens"))
    taken = _int(_field(usage, "completion_tokens"))
    if given is None:
        given = _int(_field(usage, "input_tokens"))
    if taken is None:
        taken = _int(_field(usage, "output_tokens"))
    return given, taken


def _answer_attributes(answers: Iterable[Any]) -> tuple[dict[str, Any], tuple[int | None, int | None]]:
    """The response attributes of an answer (or of a stream's events, in order), and its (input, output) tokens."""
    found: dict[str, Any] = {}
    reasons: dict[int, str] = {}
    usage = None
    for answer in answers:
        for name, attribute in (("id", GEN_AI_RESPONSE_ID), ("model", GEN_AI_RESPONSE_MODEL)):
            value = _field(answer, name)
            if isinstance(value, str) and value:
                found[attribute] = value
        for position, choice in enumerate(_field(answer, "choices") or ()):
            reason = _field(choice, "finish_reason")
            if isinstance(reason, str):
                index = _field(choice, "index")
                reasons[index if isinstance(index, int) else position] = reason
        usage = _field(answer, "usage") or usage
        data = _field(answer, "data")
        if isinstance(data, list) and data:
            embedding = _field(data[0], "embedding")
            if isinstance(embedding, list):
                found[GEN_AI_EMBEDDINGS_DIMENSION_COUNT] = len(embedding)
    if reasons:
        found[GEN_AI_RESPONSE_FINISH_REASONS] = [reasons[index] for index in sorted(reasons)]
    tokens = _tokens(usage)
    if tokens[0] is not None:
        found[GEN_AI_USAGE_INPUT_TOKENS] = tokens[0]
    if tokens[1] is not None:
        found[GEN_AI_USAGE_OUTPUT_TOKENS] = tokens[1]
    return found, tokens


# ---------------------------------------------------------------------------------------------- content


def _part(part: Any) -> dict[str, Any]:
    """A content part of a message, as the conventions' message parts; never bytes (a data URL, audio)."""
    kind = _field(part, "type")
    if kind == "text":
        return {"type": "text", "content": _field(part, "text")}
    if kind == "image_url":
        url = _field(_field(part, "image_url"), "url")
        if isinstance(url, str) and not url.startswith("data:"):
            return {"type": "uri", "modality": "image", "uri": url}
        return {"type": "blob", "modality": "image"}
    if kind == "input_audio":
        return {"type": "blob", "modality": "audio"}
    return {"type": kind if isinstance(kind, str) else "unknown"}


def _parts(message: Any) -> list[dict[str, Any]]:
    content = _field(message, "content")
    parts: list[dict[str, Any]] = []
    if isinstance(content, str):
        parts.append({"type": "text", "content": content})
    elif isinstance(content, list):
        parts.extend(_part(each) for each in content)
    for call in _field(message, "tool_calls") or ():
        function = _field(call, "function")
        parts.append(
            {
                "type": "tool_call",
                "id": _field(call, "id"),
                "name": _field(function, "name"),
                "arguments": _field(function, "arguments"),
            }
        )
    return parts


def _input_messages(request: httpx.Request) -> list[dict[str, Any]] | None:
    """The messages a chat or completion request sends, as ``gen_ai.input.messages`` has them."""
    if not _is_json(request):
        return None
    try:
        body = msgspec.json.decode(request.content)
    except (msgspec.DecodeError, httpx.RequestNotRead, RecursionError):
        return None
    if not isinstance(body, dict):
        return None
    messages = body.get("messages")
    if isinstance(messages, list):
        found = []
        for message in messages:
            role = _field(message, "role")
            if role == "tool":
                parts = [
                    {
                        "type": "tool_call_response",
                        "id": _field(message, "tool_call_id"),
                        "response": _field(message, "content"),
                    }
                ]
            else:
                parts = _parts(message)
            found.append({"role": role, "parts": parts})
        return found
    prompt = body.get("prompt")
    prompts = [prompt] if isinstance(prompt, str) else prompt if isinstance(prompt, list) else None
    if prompts is None or not all(isinstance(each, str) for each in prompts):
        return None
    return [{"role": "user", "parts": [{"type": "text", "content": each}]} for each in prompts]


def _output_messages(answer: Any) -> list[dict[str, Any]] | None:
    """The choices of a chat or completion answer, as ``gen_ai.output.messages`` has them."""
    choices = _field(answer, "choices")
    if not isinstance(choices, list) or not choices:
        return None
    found = []
    for choice in choices:
        message = _field(choice, "message")
        text = _field(choice, "text")
        if message is not None:
            parts = _parts(message)
        elif isinstance(text, str):
            parts = [{"type": "text", "content": text}]
        else:
            continue
        found.append({"role": "assistant", "parts": parts, "finish_reason": _field(choice, "finish_reason")})
    return found or None


def _streamed_messages(payloads: list[Any]) -> list[dict[str, Any]] | None:
    """The choices of a whole event stream (its deltas joined), as ``gen_ai.output.messages`` has them."""
    texts: dict[int, list[str]] = {}
    reasons: dict[int, Any] = {}
    for payload in payloads:
        for position, choice in enumerate(_field(payload, "choices") or ()):
            index = _field(choice, "index")
            index = index if isinstance(index, int) else position
            delta = _field(choice, "delta")
            piece = _field(delta, "content") if delta is not None else _field(choice, "text")
            texts.setdefault(index, [])
            if isinstance(piece, str):
                texts[index].append(piece)
            if _field(choice, "finish_reason") is not None:
                reasons[index] = _field(choice, "finish_reason")
    if not texts:
        return None
    return [
        {
            "role": "assistant",
            "parts": [{"type": "text", "content": "".join(texts[i])}],
            "finish_reason": reasons.get(i),
        }
        for i in sorted(texts)
    ]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


# ---------------------------------------------------------------------------------------------- the middleware


class CallSpans(Middleware):
    """Makes each call's span and records its metrics (see the module's docstring)."""

    def __init__(self, telemetry: Telemetry) -> None:
        self._telemetry = telemetry

    def call_started(self, call: Call) -> None:
        """Note when the call started."""
        call.state[_START] = time.perf_counter()
        call.state[_START_NS] = time.time_ns()

    def send(self, attempt: Attempt, call_next: SendNext) -> httpx.Response:
        """Run the attempt in the call's span."""
        span = self._before(attempt)
        token = context.attach(trace.set_span_in_context(span))
        try:
            response = call_next(attempt.request)
        except Exception as exc:
            attempt.call.state[_LAST] = (ERROR_TYPE, type(exc).__qualname__)
            raise
        finally:
            context.detach(token)
        return self._after(attempt.call, span, response)

    async def asend(self, attempt: Attempt, call_next: AsyncSendNext) -> httpx.Response:
        """Run the attempt in the call's span (async)."""
        span = self._before(attempt)
        token = context.attach(trace.set_span_in_context(span))
        try:
            response = await call_next(attempt.request)
        except Exception as exc:
            attempt.call.state[_LAST] = (ERROR_TYPE, type(exc).__qualname__)
            raise
        finally:
            context.detach(token)
        return self._after(attempt.call, span, response)

    def call_ended(self, call: Call, result: object, error: BaseException | None) -> None:
        """End the span, unless the result's body is still to be read (a stream, a binary body)."""
        span = call.state.get(_SPAN) or self._open(call, None)
        if error is not None:
            self._end(call, span, {}, (None, None), error)
            return
        if call.stream:
            return  # stream_ended ends it
        answer = result
        parse = getattr(result, "parse", None)
        if callable(parse):  # a RawResponse: its body is read, parsing costs once
            try:
                answer = parse()
            except Exception:  # noqa: BLE001 - the caller meets that error when it parses
                answer = None
        found, tokens = _answer_attributes((answer,))
        if self._telemetry.capture_content:
            messages = _output_messages(answer)
            if messages is not None:
                found[GEN_AI_OUTPUT_MESSAGES] = _json(messages)
        self._end(call, span, found, tokens, None)

    def stream_ended(self, call: Call) -> None:
        """End a streamed call's span with what its events said."""
        span = call.state.get(_SPAN)
        if span is None:
            return
        tail = stream_tail(call)
        found: dict[str, Any] = {}
        tokens: tuple[int | None, int | None] = (None, None)
        error = None
        if tail is not None:
            payloads = tail.payloads()
            found, tokens = _answer_attributes(payloads)
            if not tail.complete and tail.error is None:
                found[STREAM_CLOSED_EARLY] = True
            error = tail.error
            if self._telemetry.capture_content:
                messages = _streamed_messages(payloads)
                if messages is not None:
                    found[GEN_AI_OUTPUT_MESSAGES] = _json(messages)
        self._end(call, span, found, tokens, error)

    # ------------------------------------------------------------------------------------------ helpers
    def _open(self, call: Call, request: httpx.Request | None) -> Any:
        """Start the call's span (with what ``request`` asks for, when it went out)."""
        if request is not None:
            attributes, dimensions, name = _request_attributes(call, request)
            if self._telemetry.capture_content:
                messages = _input_messages(request)
                if messages is not None:
                    attributes[GEN_AI_INPUT_MESSAGES] = _json(messages)
        else:
            operation = OPERATIONS.get(call.operation_id, call.operation_id)
            dimensions = {GEN_AI_OPERATION_NAME: operation, GEN_AI_PROVIDER_NAME: PROVIDER}
            attributes, name = dict(dimensions), operation
        span = self._telemetry.tracer.start_span(
            name, kind=SpanKind.CLIENT, attributes=attributes, start_time=call.state.get(_START_NS)
        )
        call.state[_SPAN] = span
        call.state[_DIMENSIONS] = dimensions
        return span

    def _before(self, attempt: Attempt) -> Any:
        call = attempt.call
        span = call.state.get(_SPAN)
        if span is None:
            return self._open(call, attempt.request)
        if attempt.number:
            event: dict[str, Any] = {RETRY_ATTEMPT: attempt.number, RETRY_PAUSE: attempt.pause}
            last = call.state.get(_LAST)
            if last is not None:
                event[last[0]] = last[1]
            span.add_event(RETRY_EVENT, event)
        return span

    def _after(self, call: Call, span: Any, response: httpx.Response) -> httpx.Response:
        call.state[_LAST] = (HTTP_RESPONSE_STATUS_CODE, response.status_code)
        request_id = request_id_of(response.headers)
        if request_id is not None:
            span.set_attribute(REQUEST_ID, request_id)
        if response.is_success:
            tail = tail_of(call, response)
            if tail is not None:
                self._time_chunks(call, span, tail)
        return response

    def _time_chunks(self, call: Call, span: Any, tail: Tail) -> None:
        """Record the time to the first chunk and between chunks as the events arrive."""
        if self._telemetry.capture_content:
            tail.keep_all = True  # the whole answer is recorded
        instruments = self._telemetry.instruments
        dimensions, start = call.state[_DIMENSIONS], call.state[_START]  # not the call: the tail is in its state
        previous: list[float] = []  # when the chunk before ended

        def arrived(count: int) -> None:
            now = time.perf_counter()
            if previous:
                instruments.per_chunk.record(now - previous[0], dimensions)
            else:
                first = now - start
                span.set_attribute(GEN_AI_RESPONSE_TIME_TO_FIRST_CHUNK, first)
                instruments.first_chunk.record(first, dimensions)
            for _ in range(count - 1):  # events that came in the same read: no time after the one before
                instruments.per_chunk.record(0.0, dimensions)
            previous[:] = [now]

        tail.listeners.append(arrived)

    def _end(
        self,
        call: Call,
        span: Any,
        found: dict[str, Any],
        tokens: tuple[int | None, int | None],
        error: BaseException | None,
    ) -> None:
        dimensions = dict(call.state[_DIMENSIONS])
        model = found.get(GEN_AI_RESPONSE_MODEL)
        if model is not None:
            dimensions[GEN_AI_RESPONSE_MODEL] = model
        cost = call.state.get(COST)
        if cost is not None:
            found[COST_USD] = cost.usd
        if error is not None:
            error_type = type(error).__qualname__
            found[ERROR_TYPE] = error_type
            dimensions[ERROR_TYPE] = error_type
            span.set_status(Status(StatusCode.ERROR, str(error)))
        span.set_attributes(found)
        span.end()
        instruments = self._telemetry.instruments
        instruments.duration.record(time.perf_counter() - call.state[_START], dimensions)
        for kind, count in zip(("input", "output"), tokens, strict=True):
            if count is not None:
                instruments.tokens.record(count, {**dimensions, GEN_AI_TOKEN_TYPE: kind})
