"""Property tests (Hypothesis): the SSE decoder, argument validation and key redaction under generated input.

1. ``SSEDecoder`` against a small reference model of the WHATWG event-stream rules, under arbitrary chunking.
2. Validators: generated arguments, valid and invalid against the spec's schemas (a ``jsonschema`` validator is
   the oracle), through an ``httpx.MockTransport`` client: valid ones are sent as they are, invalid ones refused
   with an ``InvalidParameterError`` that names an argument that was given.
3. Redaction: generated API keys echoed back by the server in several forms never show in the exception or logs.

Deterministic: the profile registered here derandomizes every test (same examples on every run).
"""

from __future__ import annotations

import json
import logging
import math
import re
import string
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, event, given, note, settings, strategies as st

import wushuang
from wushuang import InvalidParameterError, Wushuang
from wushuang._core.operation import all_operations
from wushuang._core.sse import ServerSentEvent, SSEDecoder

settings.register_profile(
    "wushuang-properties",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("wushuang-properties")

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "wushuang.yaml"


# ==================================================================================================
# 1. The SSE decoder against a reference model
#
# Where SSEDecoder's documented contract differs from (or says more than) the WHATWG rules, the model follows
# the contract:
# - ``event`` is the raw value of the frame's last ``event:`` field, or None when it had none (WHATWG reports
#   the type "message" for both an absent and an empty ``event:``);
# - ``retry`` on an event is the value of the last valid ``retry:`` of its own frame (WHATWG only sets the
#   reconnection time, kept here as ``last_retry``); an empty ``retry:`` is not "all ASCII digits";
# - a ``retry:`` of more than ``_MAX_RETRY_DIGITS`` significant digits is ignored (no delay is that long, and
#   Python refuses to convert such a string: see the report in _sse.py);
# - ``flush()`` (end of stream) dispatches nothing: an unterminated event is dropped, as WHATWG says.

_MAX_RETRY_DIGITS = 640

_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n)")


def reference_events(stream: bytes) -> tuple[list[ServerSentEvent], str | None, int | None]:
    """WHATWG event-stream parsing of a whole stream: (events, last event id, last retry)."""
    text = stream.decode("utf-8", "replace")  # the spec's "UTF-8 decode": replacement characters
    text = text.removeprefix("\ufeff")  # ... which drops one leading BOM
    events: list[ServerSentEvent] = []
    data: list[str] = []
    event_type: str | None = None
    retry: int | None = None
    last_id: str | None = None
    last_retry: int | None = None
    # Only terminated lines count: what follows the last line end is an incomplete line, discarded at the end.
    for match in _LINE.finditer(text):
        line = match.group(1)
        if line == "":
            if data:
                events.append(ServerSentEvent(event=event_type, data="\n".join(data), id=last_id, retry=retry))
            data, event_type, retry = [], None, None
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
        else:
            name, value = line, ""
        if name == "data":
            data.append(value)
        elif name == "event":
            event_type = value
        elif name == "id":
            if "\0" not in value:
                last_id = value
        elif name == "retry":
            if value and all(c in "0123456789" for c in value) and len(value.lstrip("0")) <= _MAX_RETRY_DIGITS:
                retry = last_retry = int(value.lstrip("0") or "0")
    return events, last_id, last_retry


# Pieces of lines, chosen so that the interesting cases come up often.
_FIELD_NAMES = st.sampled_from(
    ["data"] * 6 + ["event", "event", "id", "id", "retry", "", "dat", "DATA", "data ", "foo", "\ufeffdata"]
)
_SEPARATORS = st.sampled_from([":", ": ", ":  ", "", ":\t"])
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("ab 0123456789:\x00\ufeff\u2028\u2029\x85é你🙂"),
        st.characters(codec="utf-8", exclude_characters="\r\n"),
    ),
    max_size=12,
)
_DIGITS = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=6),
    st.integers(min_value=0, max_value=_MAX_RETRY_DIGITS + 60).map(lambda n: "0" * 5000 + "7" * n),
    st.integers(min_value=_MAX_RETRY_DIGITS - 5, max_value=6000).map(lambda n: "9" * n),
)
_ENDINGS = st.sampled_from(["\n", "\r", "\r\n"])


@st.composite
def _sse_line(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["field", "field", "field", "retry", "id", "comment", "blank", "blank", "raw"]))
    if kind == "blank":
        body = b""
    elif kind == "comment":
        body = (":" + draw(_TEXT)).encode()
    elif kind == "retry":
        body = ("retry" + draw(_SEPARATORS) + draw(st.one_of(_DIGITS, _TEXT))).encode()
    elif kind == "id":
        value = draw(st.one_of(st.sampled_from(["", "1", "\x00", "a\x00b", "\x00\x00", " 7"]), _TEXT))
        body = ("id" + draw(_SEPARATORS) + value).encode()
    elif kind == "raw":
        # Bytes that are not UTF-8 (lone continuation bytes, truncated sequences, overlongs).
        body = draw(st.binary(max_size=8).filter(lambda b: b"\r" not in b and b"\n" not in b))
        body = draw(st.sampled_from([b"data:", b"data: ", b"event:", b"id:", b""])) + body
    else:
        body = (draw(_FIELD_NAMES) + draw(_SEPARATORS) + draw(_TEXT)).encode()
    return body + draw(_ENDINGS).encode()


@st.composite
def sse_streams(draw: st.DrawFn) -> bytes:
    """A byte stream: maybe a BOM, then lines, maybe an unterminated tail."""
    head = draw(st.sampled_from([b"", b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xef\xbb"]))
    # Frames: a few lines, then a blank line (lines may themselves be blank, so frames also run together).
    frames = draw(st.lists(st.lists(_sse_line(), max_size=5), max_size=6))
    lines = [line for frame in frames for line in [*frame, draw(_ENDINGS).encode()]]
    tail = draw(st.sampled_from([b"", b"", b"data: tail", b"\n", b"data: x\n"]))
    return head + b"".join(lines) + tail


@st.composite
def chunked(draw: st.DrawFn, stream: bytes) -> list[bytes]:
    """``stream`` cut at arbitrary points (empty chunks included): every split of CRLF and UTF-8 can occur."""
    if draw(st.booleans()) and len(stream) < 400:
        return [stream[i : i + 1] for i in range(len(stream))]  # byte by byte: every split point at once
    cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=len(stream)), max_size=30)))
    bounds = [0, *cuts, len(stream)]
    return [stream[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def decode_in_chunks(chunks: list[bytes]) -> tuple[list[ServerSentEvent], SSEDecoder]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events.extend(decoder.feed(chunk))
    assert decoder.flush() == []  # end of stream: an unterminated event is dropped, never dispatched
    return events, decoder


@PROFILE
@given(data=st.data(), stream=sse_streams())
def test_sse_decoder_matches_the_reference_model_under_any_chunking(data: st.DataObject, stream: bytes) -> None:
    chunks = data.draw(chunked(stream), label="chunks")
    events, decoder = decode_in_chunks(chunks)
    expected, last_id, last_retry = reference_events(stream)
    event(f"{min(len(expected), 3)}+ events" if len(expected) >= 3 else f"{len(expected)} events")
    assert events == expected
    assert decoder.last_event_id == last_id
    assert decoder.last_retry == last_retry


@PROFILE
@given(data=st.data(), stream=sse_streams())
def test_sse_chunking_does_not_matter(data: st.DataObject, stream: bytes) -> None:
    # The same stream in one chunk and in arbitrary pieces: the same events (a model-free check).
    whole, _ = decode_in_chunks([stream])
    pieces, _ = decode_in_chunks(data.draw(chunked(stream), label="chunks"))
    assert pieces == whole


@PROFILE
@given(
    data=st.data(),
    payloads=st.lists(st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=20), max_size=8),
    ending=_ENDINGS,
)
def test_sse_data_round_trips(data: st.DataObject, payloads: list[str], ending: str) -> None:
    # What a server writes (one event per payload, multi-line payloads as several data: lines) comes back whole.
    stream = "".join(f"data: {p}{ending}{ending}" for p in payloads).encode()
    events, _ = decode_in_chunks(data.draw(chunked(stream), label="chunks"))
    assert [e.data for e in events] == payloads


# ==================================================================================================
# 2. Validators and their error messages under generated arguments


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.load(SPEC_PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return spec


def _rewrite_refs(node: Any) -> Any:
    """The spec's ``#/components/schemas/X`` references as ``#/$defs/X`` (a self-contained JSON schema)."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = value.replace("#/components/schemas/", "#/$defs/")
            elif key == "discriminator" or key.startswith("x-") or key in ("example", "examples"):
                continue  # OpenAPI annotations, not JSON-schema assertions
            else:
                out[key] = _rewrite_refs(value)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


@cache
def request_schema(operation_id: str) -> dict[str, Any]:
    spec = _spec()
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                body = op["requestBody"]["content"]["application/json"]["schema"]
                schema = dict(_rewrite_refs(body))
                defs = _rewrite_refs(spec["components"]["schemas"])
                if "$ref" in schema:  # inline the top-level reference: its properties are the arguments
                    schema = dict(defs[schema.pop("$ref").rsplit("/", 1)[-1]])
                # Only what the schema reaches, so that hypothesis-jsonschema resolves little.
                return {**schema, "$defs": defs}
    raise LookupError(operation_id)


# The oracle: the spec's schema under JSON Schema 2020-12, as the SDK's validators read it (True is no integer;
# an integral float such as 1.0 is one, and is sent as 1.0).
OracleValidator = jsonschema.Draft202012Validator


@cache
def oracle(operation_id: str) -> jsonschema.protocols.Validator:
    validator: jsonschema.protocols.Validator = OracleValidator(request_schema(operation_id))
    return validator


_DATA_URLS = st.sampled_from(
    [
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/jpeg;base64,/9j/4AAQ",
        "data:image/webp;base64,UklGRg==",
        "data:image/gif;base64,R0lGODlh",
        "data:image/bmp;base64,Qk0=",  # refused by the SDK: not one of the four image types
        "not a data url",
        "data:image/png,raw",
    ]
)


def data_url_ok(value: object) -> bool:
    """What the SDK's ``x-sdk-data-url`` check accepts for one image given as a str (``wushuang._core.data_url``)."""
    if not isinstance(value, str):
        return False
    head, comma, _ = value.partition(",")
    return bool(comma) and head in {f"data:image/{k};base64" for k in ("png", "jpeg", "webp", "gif")}


# Any JSON value (plus a few Python values that are not JSON types at all), for the invalid cases.
_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.sampled_from([-1, 0, 1, 2, 3, 5, 6, 10, 11, 20, 21, 128, 129, 2048, 2049]),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6),
    st.sampled_from([-2.5, -0.1, 0.0, 0.5, 1.0, 1.5, 2.0, 2.01]),
    st.text(max_size=6),
    st.sampled_from(["", "url", "hd", "vivid", "1024x1024", "MID_JOURNEY", "system", "user", "float"]),
)
_JSON_VALUES = st.recursive(
    _JSON_SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8,
)


def from_spec_schema(node: Any, defs: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values for a schema of the spec, mostly valid ones (the oracle decides): the keywords the spec uses."""
    if depth > 40:
        return st.nothing()
    if "$ref" in node:
        target = defs[node["$ref"].rsplit("/", 1)[-1]]
        return st.deferred(lambda: from_spec_schema(target, defs, depth + 1))
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    for key in ("anyOf", "oneOf"):
        if key in node:
            return st.one_of([from_spec_schema(branch, defs, depth + 1) for branch in node[key]])
    kind = node.get("type")
    if isinstance(kind, list):
        return st.one_of([from_spec_schema({**node, "type": k}, defs, depth) for k in kind])
    low, high = node.get("minimum"), node.get("maximum")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        low = None if low is None else math.ceil(low)
        high = None if high is None else math.floor(high)
        return st.integers(min_value=low, max_value=high)
    if kind == "number":
        floats = st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
        ints = st.integers(
            min_value=None if low is None else math.ceil(low), max_value=None if high is None else math.floor(high)
        )
        return st.one_of(floats, ints)
    if kind == "string":
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        min_size = node.get("minLength", 0)
        return st.text(min_size=min_size, max_size=node.get("maxLength", min_size + 12))
    if kind == "array":
        min_size = node.get("minItems", 0)
        return st.lists(
            from_spec_schema(node.get("items", {}), defs, depth + 1),
            min_size=min_size,
            max_size=min(node.get("maxItems", min_size + 3), min_size + 3),
        )
    if kind == "object":
        props = node.get("properties", {})
        required = node.get("required", [])
        fixed = st.fixed_dictionaries(
            {name: from_spec_schema(props[name], defs, depth + 1) for name in required if name in props},
            optional={name: from_spec_schema(p, defs, depth + 1) for name, p in props.items() if name not in required},
        )
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) or (extra is True and not props):
            values = from_spec_schema(extra, defs, depth + 1) if isinstance(extra, dict) else _JSON_VALUES
            return st.tuples(fixed, st.dictionaries(st.text(max_size=6), values, max_size=3)).map(
                lambda pair: {**pair[1], **pair[0]}
            )
        return fixed
    return _JSON_VALUES


def _mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """``value`` with one part (itself, or a field or item somewhere inside) replaced by an arbitrary value."""
    if isinstance(value, dict) and value and depth < 6 and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(value)))
        return {**value, key: _mutated(draw, value[key], depth + 1)}
    if isinstance(value, list) and value and depth < 6 and draw(st.booleans()):
        index = draw(st.integers(min_value=0, max_value=len(value) - 1))
        return [*value[:index], _mutated(draw, value[index], depth + 1), *value[index + 1 :]]
    return draw(_JSON_VALUES)


@st.composite
def generated_arguments(draw: st.DrawFn, operation_id: str) -> dict[str, Any]:
    """Arguments by wire name: valid ones from the schema, then maybe some replaced by arbitrary values."""
    op = all_operations()[operation_id]
    schema = request_schema(operation_id)
    args = draw(from_spec_schema(schema, schema["$defs"]), label="valid arguments")
    args = {wire: value for wire, value in args.items() if wire in op.by_wire}  # unknown keys: a TypeError
    for name, kind in op.data_urls:
        wire = op.by_python[name].wire
        if wire in args:
            args[wire] = draw(st.lists(_DATA_URLS, max_size=3) if kind == "images" else _DATA_URLS)
    if draw(st.booleans()):
        wires = sorted(op.by_wire)
        for wire in draw(st.lists(st.sampled_from(wires), min_size=1, max_size=3, unique=True)):
            args[wire] = _mutated(draw, args.get(wire))  # maybe deep inside (messages[0].content[1].type)
    # A stream would be answered by an event stream; the mock answers JSON, and the call raises either way.
    return args


def _expected_valid(operation_id: str, wire_args: dict[str, Any]) -> bool:
    op = all_operations()[operation_id]
    for name, kind in op.data_urls:
        wire = op.by_python[name].wire
        if wire in wire_args and wire_args[wire] is not None:
            value = wire_args[wire]
            if kind == "images" and isinstance(value, list) and not all(data_url_ok(v) for v in value):
                return False
            if kind == "image" and not data_url_ok(value):
                return False
    return oracle(operation_id).is_valid(wire_args)


class Wire:
    """The requests that reached the (mock) network; every one is answered 400."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(400, json={"error": {"message": "refused by the test", "type": "test"}})


@contextmanager
def mock_client(handler: Callable[[httpx.Request], httpx.Response], api_key: str = "sk-properties") -> Iterator[Any]:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    try:
        with Wushuang(api_key=api_key, http_client=http, max_retries=0) as client:
            yield client
    finally:
        http.close()


METHODS: dict[str, Callable[[Any], Callable[..., Any]]] = {
    "createCompletion": lambda c: c.completions.create,
    "createChatCompletion": lambda c: c.chat.completions.create,
    "createEmbedding": lambda c: c.embeddings.create,
    "createImage": lambda c: c.images.generate,
    "submitImagine": lambda c: c.midjourney.submit.imagine,
}


@PROFILE
@pytest.mark.parametrize("operation_id", sorted(METHODS))
@given(data=st.data())
def test_validation_agrees_with_the_spec(operation_id: str, data: st.DataObject) -> None:
    op = all_operations()[operation_id]
    wire_args = data.draw(generated_arguments(operation_id), label="arguments by wire name")
    python_args = {op.by_wire[wire].python: value for wire, value in wire_args.items()}
    valid = _expected_valid(operation_id, wire_args)
    note(f"valid per the spec: {valid}")
    event("valid" if valid else "invalid")  # both kinds must come up: see --hypothesis-show-statistics
    wire = Wire()
    with mock_client(wire.handler) as client:
        if valid:
            with pytest.raises(wushuang.APIStatusError):  # the mock's 400, after exactly one request
                METHODS[operation_id](client)(**python_args)
            assert len(wire.requests) == 1
            expected = dict(wire_args)
            if op.decode == "base64_embeddings" and "encoding_format" not in expected:
                expected["encoding_format"] = "base64"  # asked on the caller's behalf, decoded back to floats
            assert json.loads(wire.requests[0].content) == expected
        else:
            with pytest.raises(InvalidParameterError) as info:
                METHODS[operation_id](client)(**python_args)
            assert wire.requests == []
            error = info.value
            assert error.operation_id == operation_id
            assert error.param in python_args, f"{error.param!r} is not an argument given: {python_args}"
            assert error.param in str(error) and error.param in error.message


# ==================================================================================================
# 3. Redaction of the API key under generated keys

_KEY_CHARS = string.ascii_letters + string.digits + "-_"
# Visible ASCII that keys do not usually have, but that the client accepts (a space or a control character is
# refused at construction: it cannot go in a header).
_ODD_CHARS = "!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~"
_URL_UNSAFE = "".join(c for c in _ODD_CHARS if urllib.parse.quote(c, safe="") != c)
_JSON_ESCAPED = '"\\'

_KEY_BODY = st.text(alphabet=_KEY_CHARS, min_size=8, max_size=40)
_ODD_BODY = st.text(alphabet=_KEY_CHARS + _ODD_CHARS, min_size=8, max_size=40)


def _key(body: str) -> str:
    return "sk-" + body


API_KEYS = st.one_of(_KEY_BODY, _ODD_BODY).map(_key).filter(lambda k: k == k.strip())
# Keys that JSON escaping / URL encoding leaves as they are.
_JSON_PLAIN_KEYS = st.text(
    alphabet="".join(c for c in _KEY_CHARS + _ODD_CHARS if c not in _JSON_ESCAPED), min_size=8, max_size=40
).map(lambda body: _key(body).strip())
_URL_PLAIN_KEYS = st.text(alphabet=_KEY_CHARS + ".~", min_size=8, max_size=40).map(_key)


@st.composite
def keys_with(draw: st.DrawFn, needed: str) -> str:
    """A key with at least one character of ``needed`` in it (so the encoded form differs from the key)."""
    left, right = draw(_ODD_BODY), draw(_ODD_BODY)
    return _key(left[:20] + draw(st.sampled_from(needed)) + right[:20]).strip()


_STATUSES = st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 501, 502])


@st.composite
def echo_bodies(draw: st.DrawFn, echoed: str) -> tuple[bytes, str]:
    """An error body that quotes ``echoed`` (the key in some form), in one of the shapes relays use."""
    message = draw(
        st.sampled_from(
            [
                "Incorrect API key provided: {}",
                "{}",
                "invalid token {} (request id abc)",
                "see https://relay.example/v1/keys?key={}&user=1",
                "upstream error: {} {}",
            ]
        )
    ).replace("{}", echoed)
    shape = draw(st.sampled_from(["openai", "string", "midjourney", "message", "text", "html"]))
    if shape == "openai":
        return json.dumps({"error": {"message": message, "type": "invalid_request_error"}}).encode(), "json"
    if shape == "string":
        return json.dumps({"error": message}).encode(), "json"
    if shape == "midjourney":
        return json.dumps({"code": 4, "description": message}).encode(), "json"
    if shape == "message":
        return json.dumps({"message": message}).encode(), "json"
    if shape == "text":
        return message.encode(), "text"
    return f"<html><body><p>{message}</p></body></html>".encode(), "text"


class Captured(logging.Handler):
    """Every record of the ``wushuang`` logger, formatted, plus its arguments and attributes."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts += [self.format(record), repr(record.args), repr(record.__dict__)]


@contextmanager
def captured_logs() -> Iterator[Captured]:
    # What WUSHUANG_LOG=debug sets up: the wushuang logger at DEBUG, with a handler.
    logger = logging.getLogger("wushuang")
    handler = Captured()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def assert_echo_redacted(key: str, echoed: str, data: st.DataObject, *, secret: str | None = None) -> None:
    """The server quotes ``echoed`` (the key in some form) in an error body; neither the key nor ``secret``
    (by default ``echoed`` itself) shows in the exception or in a log record."""
    body, kind = data.draw(echo_bodies(echoed), label="body")
    status = data.draw(_STATUSES, label="status")
    headers = {"content-type": "application/json" if kind == "json" else "text/plain"}

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == f"Bearer {key}"  # the key really went out
        return httpx.Response(status, content=body, headers=headers)

    with captured_logs() as logs, mock_client(handler, api_key=key) as client:
        with pytest.raises(wushuang.APIStatusError) as info:
            client.models.list()
    error = info.value
    texts = {"str": str(error), "repr": repr(error), "message": error.message}
    texts.update({f"log {i}": text for i, text in enumerate(logs.texts)})
    for where, text in texts.items():
        for form in {key, echoed if secret is None else secret, repr(key)[1:-1]}:
            assert form not in text, f"the key shows in {where}: {text!r}"


@PROFILE
@given(key=API_KEYS, data=st.data())
def test_key_echoed_raw_is_redacted(key: str, data: st.DataObject) -> None:
    assert_echo_redacted(key, key, data)


@PROFILE
@given(key=_JSON_PLAIN_KEYS, data=st.data())
def test_key_echoed_json_escaped_is_redacted_when_escaping_changes_nothing(key: str, data: st.DataObject) -> None:
    assert_echo_redacted(key, json.dumps(key)[1:-1], data)


@PROFILE
@given(key=_URL_PLAIN_KEYS, data=st.data())
def test_key_echoed_url_encoded_is_redacted_when_encoding_changes_nothing(key: str, data: st.DataObject) -> None:
    assert_echo_redacted(key, urllib.parse.quote(key, safe=""), data)


@PROFILE
@given(key=keys_with(_JSON_ESCAPED), data=st.data())
def test_key_echoed_json_escaped(key: str, data: st.DataObject) -> None:
    # The relay quotes a JSON document in its message, e.g. 'upstream said {"key": "sk-a\"b"}'.
    assert_echo_redacted(key, json.dumps(key)[1:-1], data)


@PROFILE
@given(key=keys_with(_URL_UNSAFE), data=st.data())
def test_key_echoed_url_encoded(key: str, data: st.DataObject) -> None:
    assert_echo_redacted(key, urllib.parse.quote(key, safe=""), data)


@PROFILE
@given(key=keys_with(_URL_UNSAFE), data=st.data())
def test_key_echoed_inside_a_url(key: str, data: st.DataObject) -> None:
    url = "https://relay.example/v1/keys?" + urllib.parse.urlencode({"key": key, "user": "1"})
    encoded = url.split("key=", 1)[1].split("&", 1)[0]
    assert_echo_redacted(key, url, data, secret=encoded)
