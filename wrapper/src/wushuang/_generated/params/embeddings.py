# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the embeddings resource."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

Input: TypeAlias = list[str]


Input1: TypeAlias = list[int]


Input2Item: TypeAlias = list[int]


Input2: TypeAlias = list[Input2Item]


class CreateEmbeddingRequest(TypedDict):
    input: str | Input | Input1 | Input2
    model: str
    encoding_format: NotRequired[Literal["float", "base64"]]
    dimensions: NotRequired[int]
    user: NotRequired[str]


class Embedding(TypedDict):
    index: int
    embedding: list[float | list[float]] | str
    object: NotRequired[str]


class EmbeddingUsage(TypedDict):
    prompt_tokens: int
    total_tokens: int


class CreateEmbeddingResponse(TypedDict):
    object: NotRequired[str]
    data: list[Embedding]
    model: NotRequired[str]
    usage: NotRequired[EmbeddingUsage]


__all__ = [
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "Embedding",
    "EmbeddingUsage",
]
