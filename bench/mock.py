"""In-process mock transports: the same response bytes for every peer, no network."""

from __future__ import annotations

import importlib
from typing import Any

from bench.payloads import COMPLETION_BODY, pieces

__all__ = ["json_transport", "stream_transport"]


def _library(stack: str) -> Any:
    # httpx and httpx2 (openai's fork) share this API; each peer gets a mock transport of its own library.
    return importlib.import_module(stack)


def json_transport(stack: str = "httpx") -> Any:
    """A mock transport of ``stack`` that answers every request with the completion body."""
    httpx = _library(stack)

    headers = {"content-type": "application/json", "x-request-id": "req_bench"}

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers=headers, content=COMPLETION_BODY)

    return httpx.MockTransport(handler)


def stream_transport(body: bytes, stack: str = "httpx") -> Any:
    """A mock transport of ``stack`` that answers every request with the event stream ``body`` in read-sized pieces."""
    httpx = _library(stack)

    parts = pieces(body)
    headers = {"content-type": "text/event-stream", "x-request-id": "req_bench"}

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers=headers, content=iter(parts))

    return httpx.MockTransport(handler)
