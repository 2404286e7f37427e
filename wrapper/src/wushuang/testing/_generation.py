"""Hand-made handlers for text generation: `POST /v1/completions` and `POST /v1/chat/completions`.

The answers are deterministic text from `_textgen` (same request, same answer), honouring `max_tokens`, `n`,
`stop`, `stream`, `stream_options.include_usage`, `logprobs`, `echo`, `suffix` and tool calls; GPT and
Claude models alike, as the relay serves Claude in the chat format. A chat `response_format` of `json_schema`
is answered with JSON following the schema (`_json_values`), `json_object` with a JSON object; a tool call's
arguments follow the function's `parameters`.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse

from ._call import Call, Handler, openai_error
from ._json_values import json_value
from ._textgen import Generation, count_tokens, generate, seed_of, words_from

__all__ = ["HANDLERS", "SSE_HEADERS", "sample_value", "token_usage"]

_FINGERPRINT = "fp_wushuang_emu"
#: Headers of every event-stream answer: no caching, and no buffering by a proxy in front (nginx).
SSE_HEADERS = {"cache-control": "no-cache", "x-accel-buffering": "no"}
_DEFAULT_MAX_TOKENS = 16
# The most tokens an emulated model writes per choice, like the relay's models (the spec cannot say it: the
# limit depends on the model). Without it, a schema-valid `max_tokens: 10**12` would exhaust the emulator.
_MAX_COMPLETION_TOKENS = 4096
_SPAN_RE = re.compile(r"\s*(?:\w+|[^\w\s])", re.UNICODE)


# ---------------------------------------------------------------- shared helpers
def _sse(events: Iterable[Any]) -> StreamingResponse:
    async def body() -> AsyncIterator[bytes]:
        for event in events:
            yield b"data: " + json.dumps(event, ensure_ascii=False).encode() + b"\n\n"
        yield b"data: [DONE]\n\n"

    return StreamingResponse(body(), media_type="text/event-stream", headers=SSE_HEADERS)


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


def token_usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    """The `usage` object of an answer: prompt, completion and total tokens."""
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
    usage = token_usage(prompt_tokens, completion_tokens)
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


def sample_value(schema: Any, rng: random.Random, depth: int = 0) -> Any:
    """A plausible value for a JSON Schema (the arguments of an emulated tool call), drawn from `rng`."""
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
        return {name: sample_value(sub, rng, depth + 1) for name, sub in (schema.get("properties") or {}).items()}
    if kind == "array":
        return [sample_value(schema.get("items") or {"type": "string"}, rng, depth + 1)]
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


def _json_document(response_format: Any, seed: int) -> str | None:
    """The JSON answer a `response_format` asks for (`json_schema`, `json_object`), or None for text."""
    if not isinstance(response_format, dict):
        return None
    rng = random.Random(seed)
    if response_format.get("type") == "json_schema":
        schema = (response_format.get("json_schema") or {}).get("schema") or {"type": "object"}
        return json.dumps(json_value(schema, rng), ensure_ascii=False)
    if response_format.get("type") == "json_object":
        return json.dumps({"answer": words_from(rng.getrandbits(32), 6)}, ensure_ascii=False)
    return None


def _json_choice(index: int, document: str, limit: int | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A choice answering with a JSON document (cut at `limit` tokens), and its chunks (a few characters each)."""
    tokens = _SPAN_RE.findall(document)
    finish = "stop" if limit is None or len(tokens) <= limit else "length"
    text = "".join(tokens if limit is None else tokens[:limit])
    message = {"role": "assistant", "content": text, "refusal": None}
    choice = {"index": index, "message": message, "logprobs": None, "finish_reason": finish}
    first = {"role": "assistant", "content": ""}
    chunks = [{"index": index, "delta": first, "logprobs": None, "finish_reason": None}]
    for start in range(0, len(text), 6):
        chunks.append(
            {"index": index, "delta": {"content": text[start : start + 6]}, "logprobs": None, "finish_reason": None}
        )
    chunks.append({"index": index, "delta": {}, "logprobs": None, "finish_reason": finish})
    return choice, chunks


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
            arguments = json.dumps(json_value(tool.get("parameters") or {}, rng) or {}, ensure_ascii=False)
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
        document = _json_document(p.get("response_format"), seed)
        if document is not None:
            choice, chunks = _json_choice(index, document, limit)
            completion_tokens += count_tokens(choice["message"]["content"])
            choices.append(choice)
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
    usage = token_usage(prompt_tokens, completion_tokens)
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


HANDLERS: dict[str, Handler] = {
    "createCompletion": create_completion,
    "createChatCompletion": create_chat_completion,
}
