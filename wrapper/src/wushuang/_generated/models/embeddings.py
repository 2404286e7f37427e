# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the embeddings resource."""

from typing import TYPE_CHECKING, Annotated, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


Input: TypeAlias = Annotated[
    list[str],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


Input1: TypeAlias = Annotated[
    list[int],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


Input2Item: TypeAlias = list[int]


Input2: TypeAlias = Annotated[
    list[Input2Item],
    Meta(
        description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
    ),
]


class CreateEmbeddingRequest(_Model, kw_only=True):
    input: Annotated[
        str | Input | Input1 | Input2,
        Meta(
            description="The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`)."
        ),
    ] = _ABSENT
    model: Annotated[
        str,
        Meta(
            description="The ID of the model, e.g. `text-embedding-ada-002`, `text-embedding-3-small` or `text-embedding-3-large`."
        ),
    ] = _ABSENT
    encoding_format: (
        Annotated[
            Literal["float", "base64"],
            Meta(
                description="Arrays of numbers (float) or base64 strings of little-endian float32 values (base64). Server default float."
            ),
        ]
        | None
    ) = None
    dimensions: (
        Annotated[
            int, Meta(description="How many dimensions the embeddings have; only `text-embedding-3` and later models.")
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class Embedding(_Model, kw_only=True):
    index: Annotated[int, Meta(description="The position of the input this embedding is of.")] = _ABSENT
    embedding: Annotated[
        list[float | list[float]] | str,
        Meta(
            description="The vector, as an array of numbers; with `encoding_format` base64, a base64 string of little-endian float32 values; from llama.cpp without pooling, one vector per token of the input."
        ),
    ] = _ABSENT
    object: Annotated[str, Meta(description="Always `embedding`.")] | None = None


class EmbeddingUsage(_Model, kw_only=True):
    prompt_tokens: Annotated[int, Meta(description="The tokens of the input.")] = _ABSENT
    total_tokens: Annotated[int, Meta(description="The tokens of the whole request.")] = _ABSENT


class CreateEmbeddingResponse(_Model, kw_only=True):
    data: list[Embedding] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    model: Annotated[str, Meta(description="The model that made the embeddings.")] | None = None
    usage: EmbeddingUsage | None = None


__all__ = [
    "CreateEmbeddingRequest",
    "CreateEmbeddingResponse",
    "Embedding",
    "EmbeddingUsage",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
