"""Hand-made handlers for the OpenAI-compatible operations (`/v1/...`), keyed by operationId."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from ._app import Call, Handler, openai_error
from ._state import StoredFile, SyntheticFile
from ._textgen import Generation, count_tokens, generate, seed_of, words_from

__all__ = ["HANDLERS", "MODELS"]

_FINGERPRINT = "fp_wushuang_emu"
_SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
_DEFAULT_MAX_TOKENS = 16
# The most tokens an emulated model writes per choice, like the relay's models (the spec cannot say it: the
# limit depends on the model). Without it, a schema-valid `max_tokens: 10**12` would exhaust the emulator.
_MAX_COMPLETION_TOKENS = 4096
_SPAN_RE = re.compile(r"\s*(?:\w+|[^\w\s])", re.UNICODE)

MODELS: tuple[tuple[str, str], ...] = (
    ("gpt-3.5-turbo-instruct", "system"),
    ("gpt-3.5-turbo", "openai"),
    ("gpt-3.5-turbo-0125", "system"),
    ("gpt-4", "openai"),
    ("gpt-4-turbo", "system"),
    ("gpt-4o", "system"),
    ("claude-3-opus-20240229", "anthropic"),
    ("claude-3-sonnet-20240229", "anthropic"),
    ("claude-3-haiku-20240307", "anthropic"),
    ("text-embedding-ada-002", "openai-internal"),
    ("tts-1", "openai-internal"),
    ("tts-1-hd", "system"),
    ("whisper-1", "openai-internal"),
    ("dall-e-3", "system"),
    ("ft:gpt-3.5-turbo-0125:wushuang::emu42", "user-wushuang"),
    ("wushuang/custom-model", "user-wushuang"),
)


# ---------------------------------------------------------------- shared helpers
def _sse(events: Iterable[Any]) -> StreamingResponse:
    async def body() -> AsyncIterator[bytes]:
        for event in events:
            yield b"data: " + json.dumps(event, ensure_ascii=False).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    return StreamingResponse(body(), media_type="text/event-stream", headers=_SSE_HEADERS)


def _stops(value: Any) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [s for s in items if isinstance(s, str) and s]


def _cut_at_stop(gen: Generation, stops: list[str]) -> tuple[list[int], str, str]:
    """Which tokens survive (with the last one possibly cut), the text, and the finish reason."""
    text = gen.text
    positions = [text.find(s) for s in stops if s in text]
    if not positions:
        return list(range(len(gen.tokens))), text, "length"
    cut = min(positions)
    kept: list[int] = []
    offset = 0
    for i, token in enumerate(gen.tokens):
        if offset >= cut:
            break
        kept.append(i)
        offset += len(token)
    return kept, text[:cut], "stop"


def _pieces(gen: Generation, kept: list[int], text: str) -> list[tuple[str, int]]:
    """The streamed pieces of the kept text, each with the index of its token."""
    out: list[tuple[str, int]] = []
    offset = 0
    for i in kept:
        piece = gen.tokens[i][: max(0, len(text) - offset)]
        offset += len(gen.tokens[i])
        if piece:
            out.append((piece, i))
    return out


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _whole(value: Any) -> Any:
    """An integral JSON number as an int: `2.0` is a valid JSON Schema integer, and `range()` refuses floats."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _too_many_tokens(param: str, value: Any) -> Response | None:
    """The relay's 400 for a token limit above what the model can write, else None."""
    if isinstance(value, int) and value > _MAX_COMPLETION_TOKENS:
        return openai_error(
            400,
            f"{param} is too large: {value}. This model supports at most {_MAX_COMPLETION_TOKENS} completion "
            f"tokens, whereas you provided {value}.",
            param=param,
            code="invalid_value",
        )
    return None


def _request_id(prefix: str, *parts: Any) -> str:
    return prefix + hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:24]


# ---------------------------------------------------------------- completions
def _prompt_texts(prompt: Any) -> list[tuple[str, int]]:
    """Each prompt of a request as (text, token count): strings, string lists, token lists, token-list lists."""
    if isinstance(prompt, str):
        return [(prompt, count_tokens(prompt))]
    if isinstance(prompt, list) and prompt and all(isinstance(t, int) for t in prompt):
        return [(" ".join(f"<{t}>" for t in prompt), len(prompt))]
    out: list[tuple[str, int]] = []
    for item in prompt or [""]:
        if isinstance(item, str):
            out.append((item, count_tokens(item)))
        elif isinstance(item, list):
            out.append((" ".join(f"<{t}>" for t in item), len(item)))
    return out or [("", 0)]


def _echo_tokens(text: str) -> list[str]:
    return [m.group(0) for m in _SPAN_RE.finditer(text)]


def _completion_logprobs(
    gen: Generation, pieces: list[tuple[str, int]], echo_text: str | None, top: int, start_offset: int = 0
) -> dict[str, Any]:
    tokens: list[str] = []
    token_logprobs: list[float | None] = []
    top_logprobs: list[dict[str, float] | None] = []
    text_offset: list[int] = []
    offset = start_offset
    if echo_text is not None:
        rng = random.Random(seed_of("echo", echo_text))
        for i, token in enumerate(_echo_tokens(echo_text)):
            tokens.append(token)
            text_offset.append(offset)
            offset += len(token)
            if i == 0:
                token_logprobs.append(None)
                top_logprobs.append(None)
            else:
                lp = -round(rng.uniform(0.001, 4.0), 6)
                token_logprobs.append(lp)
                top_logprobs.append({token: lp} if top else {})
    for piece, i in pieces:
        tokens.append(piece)
        token_logprobs.append(gen.logprobs[i])
        top_logprobs.append({alt: lp for alt, lp in gen.alternatives[i][:top]})
        text_offset.append(offset)
        offset += len(piece)
    return {
        "tokens": tokens,
        "token_logprobs": token_logprobs,
        "top_logprobs": top_logprobs,
        "text_offset": text_offset,
    }


def create_completion(call: Call) -> Response:
    """POST /v1/completions: deterministic text honouring max_tokens, n, stop, echo, suffix, logprobs, stream."""
    p = call.json
    model = p["model"]
    prompts = _prompt_texts(p["prompt"])
    n = _whole(p.get("n")) or 1
    max_tokens = _whole(p.get("max_tokens"))
    refused = _too_many_tokens("max_tokens", max_tokens)
    if refused is not None:
        return refused
    max_tokens = _DEFAULT_MAX_TOKENS if max_tokens is None else max_tokens
    stops = _stops(p.get("stop"))
    echo = bool(p.get("echo"))
    suffix = p.get("suffix") or ""
    top = _whole(p.get("logprobs"))
    include_usage = bool((p.get("stream_options") or {}).get("include_usage"))
    created = int(call.state.clock.now())
    ident = _request_id("cmpl-", p)
    prompt_tokens = sum(t for _, t in prompts) + count_tokens(suffix)
    completion_tokens = 0
    choices: list[dict[str, Any]] = []
    streamed: list[list[dict[str, Any]]] = []
    for pi, (ptext, _) in enumerate(prompts):
        for j in range(n):
            index = pi * n + j
            gen = generate(seed_of("completion", model, ptext, suffix, j), max_tokens, top or 0)
            kept, text, finish = _cut_at_stop(gen, stops)
            pieces = _pieces(gen, kept, text)
            completion_tokens += count_tokens(text)
            full = (ptext if echo else "") + text + suffix
            logprobs = _completion_logprobs(gen, pieces, ptext if echo else None, top) if top is not None else None
            choices.append({"text": full, "index": index, "logprobs": logprobs, "finish_reason": finish})
            chunks: list[dict[str, Any]] = []
            offset = 0
            if echo:
                chunks.append({"text": ptext, "index": index, "logprobs": None, "finish_reason": None})
                offset = len(ptext)
            for piece, i in pieces:
                lp = _completion_logprobs(gen, [(piece, i)], None, top, offset) if top is not None else None
                chunks.append({"text": piece, "index": index, "logprobs": lp, "finish_reason": None})
                offset += len(piece)
            chunks.append({"text": suffix, "index": index, "logprobs": None, "finish_reason": finish})
            streamed.append(chunks)
    usage = _usage(prompt_tokens, completion_tokens)
    head = {
        "id": ident,
        "object": "text_completion",
        "created": created,
        "model": model,
        "system_fingerprint": _FINGERPRINT,
    }
    if not p.get("stream"):
        return JSONResponse({**head, "choices": choices, "usage": usage})
    events: list[dict[str, Any]] = []
    for chunks in streamed:
        for choice in chunks:
            event = {**head, "choices": [choice]}
            if include_usage:
                event["usage"] = None
            events.append(event)
    if include_usage:
        events.append({**head, "choices": [], "usage": usage})
    return _sse(events)


# ---------------------------------------------------------------- chat
def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(part.get("text", "")) for part in content if isinstance(part, dict) and part.get("type") == "text"
        )
    return ""


def _sample_value(schema: Any, rng: random.Random, depth: int = 0) -> Any:
    """A plausible value for a JSON Schema (the arguments of an emulated tool call)."""
    if not isinstance(schema, dict) or depth > 5:
        return None
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        return {name: _sample_value(sub, rng, depth + 1) for name, sub in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [_sample_value(schema.get("items") or {"type": "string"}, rng, depth + 1)]
    if kind == "integer":
        return rng.randint(1, 100)
    if kind == "number":
        return round(rng.uniform(0, 100), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "string":
        return words_from(rng.getrandbits(32), 2)[:-1]
    return None


def _chosen_tool(p: dict[str, Any]) -> dict[str, Any] | None:
    tools = [t for t in p.get("tools") or [] if isinstance(t, dict) and t.get("type") == "function"]
    choice = p.get("tool_choice")
    if not tools or choice == "none":
        return None
    messages = p.get("messages") or []
    last_is_user = bool(messages) and isinstance(messages[-1], dict) and messages[-1].get("role") == "user"
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        named = [t for t in tools if (t.get("function") or {}).get("name") == name]
        found: dict[str, Any] | None = named[0]["function"] if named else None
        return found
    if choice == "required" or last_is_user:
        first: dict[str, Any] = tools[0]["function"]
        return first
    return None


def _chat_logprobs(gen: Generation, pieces: list[tuple[str, int]], top: int) -> dict[str, Any]:
    content = []
    for piece, i in pieces:
        content.append(
            {
                "token": piece,
                "logprob": gen.logprobs[i],
                "bytes": list(piece.encode()),
                "top_logprobs": [
                    {"token": alt, "logprob": lp, "bytes": list(alt.encode())} for alt, lp in gen.alternatives[i][:top]
                ],
            }
        )
    return {"content": content}


def create_chat_completion(call: Call) -> Response:
    """POST /v1/chat/completions: deterministic messages or tool calls; GPT and Claude models alike."""
    p = call.json
    model = p["model"]
    messages = p["messages"]
    transcript = "\n".join(
        f"{m.get('role', '')}: {_content_text(m.get('content'))}" for m in messages if isinstance(m, dict)
    )
    n = _whole(p.get("n")) or 1
    limit = _whole(p.get("max_completion_tokens", p.get("max_tokens")))
    refused = _too_many_tokens("max_completion_tokens" if "max_completion_tokens" in p else "max_tokens", limit)
    if refused is not None:
        return refused
    stops = _stops(p.get("stop"))
    want_logprobs = bool(p.get("logprobs"))
    top = _whole(p.get("top_logprobs")) or 0
    include_usage = bool((p.get("stream_options") or {}).get("include_usage"))
    tool = _chosen_tool(p)
    created = int(call.state.clock.now())
    ident = _request_id("chatcmpl-", p)
    prompt_tokens = count_tokens(transcript)
    completion_tokens = 0
    head = {
        "id": ident,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "system_fingerprint": _FINGERPRINT,
    }
    choices: list[dict[str, Any]] = []
    streamed: list[list[dict[str, Any]]] = []
    for index in range(n):
        seed = seed_of("chat", model, transcript, index)
        if tool is not None:
            rng = random.Random(seed)
            arguments = json.dumps(_sample_value(tool.get("parameters") or {}, rng) or {}, ensure_ascii=False)
            call_id = "call_" + hashlib.sha256(f"{seed}".encode()).hexdigest()[:24]
            completion_tokens += count_tokens(arguments)
            tool_call = {
                "id": call_id,
                "type": "function",
                "function": {"name": tool.get("name", ""), "arguments": arguments},
            }
            choices.append(
                {
                    "index": index,
                    "message": {"role": "assistant", "content": None, "tool_calls": [tool_call]},
                    "logprobs": None,
                    "finish_reason": "tool_calls",
                }
            )
            chunks = [
                {
                    "index": index,
                    "delta": {
                        "role": "assistant",
                        "content": None,
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": call_id,
                                "type": "function",
                                "function": {"name": tool.get("name", ""), "arguments": ""},
                            }
                        ],
                    },
                    "logprobs": None,
                    "finish_reason": None,
                }
            ]
            for start in range(0, len(arguments), 8):
                chunks.append(
                    {
                        "index": index,
                        "delta": {
                            "tool_calls": [{"index": 0, "function": {"arguments": arguments[start : start + 8]}}]
                        },
                        "logprobs": None,
                        "finish_reason": None,
                    }
                )
            chunks.append({"index": index, "delta": {}, "logprobs": None, "finish_reason": "tool_calls"})
            streamed.append(chunks)
            continue
        count = _DEFAULT_MAX_TOKENS if limit is None else limit
        gen = generate(seed, count, top)
        kept, text, finish = _cut_at_stop(gen, stops)
        if limit is None and finish == "length":
            finish = "stop"  # no limit asked: the emulated model simply ends its answer
        pieces = _pieces(gen, kept, text)
        completion_tokens += count_tokens(text)
        logprobs = _chat_logprobs(gen, pieces, top) if want_logprobs else None
        choices.append(
            {
                "index": index,
                "message": {"role": "assistant", "content": text},
                "logprobs": logprobs,
                "finish_reason": finish,
            }
        )
        chunks = [
            {"index": index, "delta": {"role": "assistant", "content": ""}, "logprobs": None, "finish_reason": None}
        ]
        for piece, i in pieces:
            lp = _chat_logprobs(gen, [(piece, i)], top) if want_logprobs else None
            chunks.append({"index": index, "delta": {"content": piece}, "logprobs": lp, "finish_reason": None})
        chunks.append({"index": index, "delta": {}, "logprobs": None, "finish_reason": finish})
        streamed.append(chunks)
    usage = _usage(prompt_tokens, completion_tokens)
    if not p.get("stream"):
        return JSONResponse({**head, "choices": choices, "usage": usage})
    chunk_head = {**head, "object": "chat.completion.chunk"}
    events: list[dict[str, Any]] = []
    for chunks in streamed:
        for choice in chunks:
            event = {**chunk_head, "choices": [choice]}
            if include_usage:
                event["usage"] = None
            events.append(event)
    if include_usage:
        events.append({**chunk_head, "choices": [], "usage": usage})
    return _sse(events)


# ---------------------------------------------------------------- models
def _model(model_id: str, owner: str) -> dict[str, Any]:
    created = 1_686_935_002 + int(hashlib.sha256(model_id.encode()).hexdigest()[:6], 16) % 10_000_000
    return {"id": model_id, "object": "model", "created": created, "owned_by": owner}


def list_models(call: Call) -> Response:
    """GET /v1/models."""
    return JSONResponse({"object": "list", "data": [_model(m, o) for m, o in MODELS]})


def retrieve_model(call: Call) -> Response:
    """GET /v1/models/{model}; the id arrives unquoted, so `ft:...` and `org/model` ids work."""
    model_id = call.path_params["model"]
    for known, owner in MODELS:
        if known == model_id:
            return JSONResponse(_model(known, owner))
    return openai_error(404, f"The model '{model_id}' does not exist", param="model", code="model_not_found")


# ---------------------------------------------------------------- files
def create_file(call: Call) -> Response:
    """POST /v1/files (multipart): keeps the bytes exactly."""
    part = call.files["file"]
    number = call.state.next_number()
    digest = hashlib.sha256(part.data).hexdigest()
    file_id = "file-" + hashlib.sha256(f"{number}:{digest}".encode()).hexdigest()[:24]
    stored = StoredFile(
        id=file_id,
        filename=part.filename or "upload",
        purpose=str(call.form["purpose"]),
        created_at=int(call.state.clock.now()),
        data=part.data,
    )
    with call.state.lock:
        call.state.files[file_id] = stored
    return JSONResponse(stored.to_json())


def _no_file(file_id: str) -> Response:
    return openai_error(404, f"No such File object: {file_id}", param="id")


def delete_file(call: Call) -> Response:
    """DELETE /v1/files/{file_id}."""
    file_id = call.path_params["file_id"]
    with call.state.lock:
        found = call.state.files.pop(file_id, None)
    if found is None:
        return _no_file(file_id)
    return JSONResponse({"id": file_id, "object": "file", "deleted": True})


def download_file(call: Call) -> Response:
    """GET /v1/files/{file_id}/content: the bytes, streamed in chunks (synthetic files generated on the fly)."""
    file_id = call.path_params["file_id"]
    stored: StoredFile | SyntheticFile | None = call.state.files.get(file_id)
    if stored is None:
        return _no_file(file_id)

    async def body() -> AsyncIterator[bytes]:
        for chunk in stored.chunks():
            yield chunk

    size = stored.size
    return StreamingResponse(body(), media_type="application/octet-stream", headers={"content-length": str(size)})


# ---------------------------------------------------------------- audio
_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}
_AUDIO_MAGIC = {
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "opus": b"OggS\x00\x02",
    "aac": b"\xff\xf1\x50\x80",
    "flac": b"fLaC\x00\x00\x00\x22",
    "wav": b"RIFF\x00\x00\x00\x00WAVEfmt ",
    "pcm": b"",
}


def create_speech(call: Call) -> Response:
    """POST /v1/audio/speech: deterministic fake audio, its media type following response_format."""
    p = call.json
    fmt = p.get("response_format") or "mp3"
    seed = seed_of("speech", p["model"], p["input"], p["voice"], fmt, p.get("speed"))
    size = min(4096 * (count_tokens(p["input"]) + 1), 1 << 20)
    audio = _AUDIO_MAGIC.get(fmt, b"") + random.Random(seed).randbytes(size)

    async def body() -> AsyncIterator[bytes]:
        for start in range(0, len(audio), 16 * 1024):
            yield audio[start : start + 16 * 1024]

    return StreamingResponse(body(), media_type=_AUDIO_TYPES.get(fmt, "application/octet-stream"))


def _timestamp(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def create_transcription(call: Call) -> Response:
    """POST /v1/audio/transcriptions: text derived from the audio bytes; json, verbose_json, text, srt, vtt."""
    form = call.form
    audio = call.files["file"].data
    seed = seed_of(
        "transcription", hashlib.sha256(audio).hexdigest(), form.get("model"), form.get("prompt"), form.get("language")
    )
    words = words_from(seed, 12).rstrip(".").split(" ")
    halves = [words[:6], words[6:]]
    segments: list[dict[str, Any]] = []
    start = 0.0
    for i, chunk in enumerate(halves):
        end = round(start + 0.4 * len(chunk), 2)
        segments.append(
            {
                "id": i,
                "seek": 0,
                "start": start,
                "end": end,
                "text": " " + " ".join(chunk),
                "tokens": [50364 + j for j in range(len(chunk))],
                "temperature": 0.0,
                "avg_logprob": -0.25,
                "compression_ratio": 1.2,
                "no_speech_prob": 0.01,
            }
        )
        start = end
    text = " ".join(words) + "."
    fmt = form.get("response_format") or "json"
    if fmt == "text":
        return PlainTextResponse(text + "\n")
    if fmt == "srt":
        blocks = [
            f"{s['id'] + 1}\n{_timestamp(s['start'], ',')} --> {_timestamp(s['end'], ',')}\n{s['text'].strip()}\n"
            for s in segments
        ]
        return PlainTextResponse("\n".join(blocks) + "\n")
    if fmt == "vtt":
        blocks = [
            f"{_timestamp(s['start'], '.')} --> {_timestamp(s['end'], '.')}\n{s['text'].strip()}\n" for s in segments
        ]
        # text/plain like srt and text: the spec (and the relay) declare no text/vtt answer.
        return PlainTextResponse("WEBVTT\n\n" + "\n".join(blocks) + "\n")
    if fmt == "verbose_json":
        body: dict[str, Any] = {
            "task": "transcribe",
            "language": form.get("language") or "english",
            "duration": segments[-1]["end"],
            "text": text,
        }
        granularities = form.get("timestamp_granularities[]") or ["segment"]
        if "segment" in granularities:
            body["segments"] = segments
        if "word" in granularities:
            body["words"] = [
                {"word": w, "start": round(0.4 * i, 2), "end": round(0.4 * (i + 1), 2)} for i, w in enumerate(words)
            ]
        return JSONResponse(body)
    return JSONResponse({"text": text})


# ---------------------------------------------------------------- assistants
def list_assistants(call: Call) -> Response:
    """GET /v1/assistants: cursor pagination (limit, order, after, before) over 45 seeded assistants."""
    beta = call.request.headers.get("openai-beta", "")
    if "assistants=" not in beta.replace(" ", ""):
        return openai_error(
            400,
            "You must provide the 'OpenAI-Beta' header to access the Assistants API. "
            "Please try again by setting the header 'OpenAI-Beta: assistants=v1'.",
            code="invalid_beta",
        )
    q = call.query
    limit = q.get("limit", 20)
    descending = q.get("order", "desc") == "desc"
    items = sorted(call.state.assistants, key=lambda a: (a["created_at"], a["id"]), reverse=descending)
    ids = [a["id"] for a in items]
    after, before = q.get("after"), q.get("before")
    for name, cursor in (("after", after), ("before", before)):
        if cursor is not None and cursor not in ids:
            return openai_error(400, f"No assistant found with id '{cursor}'.", param=name)
    start, stop = 0, len(items)
    if after is not None:
        start = ids.index(after) + 1
    if before is not None:
        stop = ids.index(before)
    window = items[start:stop]
    if before is not None and after is None:
        page = window[-limit:]
        has_more = len(window) > limit
    else:
        page = window[:limit]
        has_more = len(window) > limit
    return JSONResponse(
        {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": has_more,
        }
    )


HANDLERS: dict[str, Handler] = {
    "createCompletion": create_completion,
    "createChatCompletion": create_chat_completion,
    "listModels": list_models,
    "retrieveModel": retrieve_model,
    "createFile": create_file,
    "deleteFile": delete_file,
    "downloadFile": download_file,
    "createSpeech": create_speech,
    "createTranscription": create_transcription,
    "listAssistants": list_assistants,
}
