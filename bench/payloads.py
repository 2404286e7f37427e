"""The bytes every peer is served: one completion body and two event streams, built once and shared."""

from __future__ import annotations

import json

__all__ = [
    "API_KEY",
    "BASE_URL",
    "COMPLETION_BODY",
    "MODEL",
    "READ_SIZE",
    "chat_stream",
    "completion_stream",
    "pieces",
    "prompt",
]

API_KEY = "sk-bench"
BASE_URL = "http://bench.invalid"  # never resolved: the mock transports answer in-process
MODEL = "gpt-3.5-turbo-instruct"
# httpx reads a socket 64 KiB at a time; the mock transports hand a stream over in pieces of that size.
READ_SIZE = 64 * 1024


def prompt(i: int) -> str:
    """The prompt of call ``i``: different on every call, so no layer can serve a cached answer."""
    return f"Say this is test number {i}"


COMPLETION_BODY = json.dumps(
    {
        "id": "cmpl-bench0000000000000000000001",
        "object": "text_completion",
        "created": 1700000000,
        "model": MODEL,
        "system_fingerprint": "fp_bench",
        "choices": [{"text": "\n\nThis is indeed a test", "index": 0, "logprobs": None, "finish_reason": "length"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
    }
).encode()


def _sse(events: list[dict[str, object]]) -> bytes:
    lines = [f"data: {json.dumps(event, separators=(',', ':'))}\n\n" for event in events]
    return ("".join(lines) + "data: [DONE]\n\n").encode()


def completion_stream(n: int) -> bytes:
    """An event stream of ``n`` completion chunks, then ``[DONE]``."""
    return _sse(
        [
            {
                "id": "cmpl-bench0000000000000000000001",
                "object": "text_completion",
                "created": 1700000000,
                "model": MODEL,
                "choices": [
                    {"text": f" tok{i}", "index": 0, "logprobs": None, "finish_reason": None if i < n - 1 else "length"}
                ],
            }
            for i in range(n)
        ]
    )


def chat_stream(n: int) -> bytes:
    """An event stream of ``n`` chat completion chunks (role first, then content), then ``[DONE]``."""
    events: list[dict[str, object]] = []
    for i in range(n):
        delta: dict[str, object] = {"role": "assistant", "content": ""} if i == 0 else {"content": f" tok{i}"}
        events.append(
            {
                "id": "chatcmpl-bench00000000000000000001",
                "object": "chat.completion.chunk",
                "created": 1700000000,
                "model": "gpt-4o-mini",
                "system_fingerprint": "fp_bench",
                "choices": [
                    {
                        "index": 0,
                        "delta": delta,
                        "logprobs": None,
                        "finish_reason": None if i < n - 1 else "stop",
                    }
                ],
            }
        )
    return _sse(events)


def pieces(body: bytes, size: int = READ_SIZE) -> list[bytes]:
    """``body`` cut into network-read-sized pieces."""
    return [body[i : i + size] for i in range(0, len(body), size)]
