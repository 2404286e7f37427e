"""In-process mock transports: the same response bytes for every peer, no network."""

from __future__ import annotations

import importlib
from collections import Counter
from typing import Any

from bench.payloads import COMPLETION_BODY, embedding_body, pieces

__all__ = ["embeddings_transport", "json_transport", "stream_transport"]


def _library(stack: str) -> Any:
    # httpx and httpx2 (openai's fork) share this API; each peer gets a mock transport of its own library.
    return importlib.import_module(stack)


def json_transport(stack: str = "httpx", body: bytes = COMPLETION_BODY) -> Any:
    """A mock transport of ``stack`` that answers every request with ``body``, by default the completion body."""
    httpx = _library(stack)

    headers = {"content-type": "application/json", "x-request-id": "req_bench"}

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers=headers, content=body)

    return httpx.MockTransport(handler)


def stream_transport(body: bytes, stack: str = "httpx") -> Any:
    """A mock transport of ``stack`` that answers every request with the event stream ``body`` in read-sized pieces."""
    httpx = _library(stack)

    parts = pieces(body)
    headers = {"content-type": "text/event-stream", "x-request-id": "req_bench"}

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers=headers, content=iter(parts))

    return httpx.MockTransport(handler)


def embeddings_transport(served: Counter[str], stack: str = "httpx") -> Any:
    """A mock transport of ``stack`` that answers every request with the embeddings body in the format it asked for.

    base64 when the request body asks for ``"base64"``, JSON floats otherwise (the server's default), handed over in
    read-sized pieces like a body of that size off a socket; ``served`` counts the formats it answered with.
    """
    httpx = _library(stack)

    parts = {wire: pieces(embedding_body(wire)) for wire in ("base64", "float")}
    headers = {
        wire: {"content-type": "application/json", "content-length": str(len(embedding_body(wire)))} for wire in parts
    }

    def handler(request: Any) -> Any:
        # The inputs never contain the word, so this finds the encoding_format field without decoding the request.
        wire = "base64" if b'"base64"' in request.content else "float"
        served[wire] += 1
        return httpx.Response(200, headers=headers[wire], content=iter(parts[wire]))

    return httpx.MockTransport(handler)
