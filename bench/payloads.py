"""The bytes every peer is served: one completion body, two event streams and two embeddings bodies, built once."""

from __future__ import annotations

import array
import base64
import json
import random
import sys
from functools import cache

__all__ = [
    "API_KEY",
    "BASE_URL",
    "CHAT_BODY",
    "CHAT_MODEL",
    "COMPLETION_BODY",
    "EMBEDDING_DIMS",
    "EMBEDDING_INPUTS",
    "EMBEDDING_MODEL",
    "MODEL",
    "READ_SIZE",
    "chat_stream",
    "completion_stream",
    "embedding_body",
    "embedding_inputs",
    "embedding_vectors",
    "pieces",
    "prompt",
]

API_KEY = "sk-bench"
BASE_URL = "http://bench.invalid"  # never resolved: the mock transports answer in-process
MODEL = "gpt-3.5-turbo-instruct"
CHAT_MODEL = "gpt-4o-mini"
# httpx reads a socket 64 KiB at a time; the mock transports hand a stream over in pieces of that size.
READ_SIZE = 64 * 1024
# One embeddings call: a batch of 100 passages, each into the 1536 dimensions of text-embedding-3-small.
EMBEDDING_MODEL = "text-embedding-3-small"
EMBEDDING_INPUTS = 100
EMBEDDING_DIMS = 1536


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

CHAT_BODY = json.dumps(
    {
        "id": "chatcmpl-bench00000000000000000001",
        "object": "chat.completion",
        "created": 1700000000,
        "model": CHAT_MODEL,
        "system_fingerprint": "fp_bench",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "This is indeed a test", "refusal": None},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18},
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
                "model": CHAT_MODEL,
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


def embedding_inputs(i: int) -> list[str]:
    """The inputs of embeddings call ``i``: a batch of passages, different on every call."""
    return [f"{prompt(i)}, passage {j}: the quick brown fox jumps over the lazy dog" for j in range(EMBEDDING_INPUTS)]


@cache
def embedding_vectors() -> list[array.array[float]]:
    """The vectors every embeddings response carries: float32 values of about unit length, the same on every run."""
    rng = random.Random(1536)
    sigma = EMBEDDING_DIMS**-0.5
    return [array.array("f", [rng.gauss(0.0, sigma) for _ in range(EMBEDDING_DIMS)]) for _ in range(EMBEDDING_INPUTS)]


def _base64(vector: array.array[float]) -> str:
    if sys.byteorder == "big":  # the wire's float32 values are little-endian
        vector = array.array("f", vector)
        vector.byteswap()
    return base64.b64encode(vector.tobytes()).decode("ascii")


@cache
def embedding_body(wire: str, inputs: int = EMBEDDING_INPUTS) -> bytes:
    """The embeddings response: the vectors as base64 strings of little-endian float32 (``wire="base64"``) or as
    JSON numbers (``"float"``: each float32 value as a double's shortest repr, ``0.011015240103006363``, as the
    OpenAI API prints them); the first ``inputs`` vectors of :func:`embedding_vectors`."""
    data = [
        {"object": "embedding", "index": i, "embedding": _base64(vector) if wire == "base64" else vector.tolist()}
        for i, vector in enumerate(embedding_vectors()[:inputs])
    ]
    tokens = inputs * 16
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return json.dumps({"object": "list", "data": data, "model": EMBEDDING_MODEL, "usage": usage}).encode()


def pieces(body: bytes, size: int = READ_SIZE) -> list[bytes]:
    """``body`` cut into network-read-sized pieces."""
    return [body[i : i + size] for i in range(0, len(body), size)]
