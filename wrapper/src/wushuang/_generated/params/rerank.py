# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the rerank resource."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class RerankRequest(TypedDict):
    model: str
    query: str
    documents: list[str]
    top_n: NotRequired[int]
    return_documents: NotRequired[bool]


class RerankResult(TypedDict):
    index: int
    relevance_score: float
    document: NotRequired[str | dict[str, Any] | None]


class RerankUsage(TypedDict):
    prompt_tokens: NotRequired[int]
    completion_tokens: NotRequired[int]
    total_tokens: NotRequired[int]


class RerankResponse(TypedDict):
    id: NotRequired[str]
    model: NotRequired[str]
    results: list[RerankResult]
    usage: NotRequired[RerankUsage | None]


__all__ = [
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
]
