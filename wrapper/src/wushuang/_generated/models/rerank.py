# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the rerank resource."""

from typing import Annotated, Any

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model


class RerankRequest(_Model, kw_only=True):
    model: Annotated[str, Meta(description="The rerank model.")] = _ABSENT
    query: Annotated[str, Meta(description="What the documents are ranked against.")] = _ABSENT
    documents: Annotated[list[str], Meta(description="The documents, as strings.")] = _ABSENT
    top_n: Annotated[int, Meta(description="How many results to return (default: all).")] | None = None
    return_documents: Annotated[bool, Meta(description="Whether each result carries its document.")] | None = None


class RerankResult(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The document's position in the request.")] = _ABSENT
    relevance_score: float = _ABSENT
    document: (
        Annotated[
            str | dict[str, Any],
            Meta(description="The document, when `return_documents` was set (`{text}` or the string sent)."),
        ]
        | None
    ) = None


class RerankUsage(_Model, kw_only=True):
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None


class RerankResponse(_Model, kw_only=True):
    results: list[RerankResult] = _ABSENT
    id: str | None = None
    model: str | None = None
    usage: RerankUsage | None = None


__all__ = [
    "RerankRequest",
    "RerankResponse",
    "RerankResult",
    "RerankUsage",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
