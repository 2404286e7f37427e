# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those shared by several resources."""

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class Error(_Model, kw_only=True):
    message: str = _ABSENT
    type: str | None = None
    param: str | None = None
    code: Annotated[str | int, Meta(description="A string on OpenAI; some relays send a number.")] | None = None


class ErrorResponse(_Model, kw_only=True):
    error: Error = _ABSENT


class MidjourneyErrorResponse(_Model, kw_only=True):
    description: str = _ABSENT
    type: str | None = None
    code: int | str | None = None


class CompletionTokensDetails(_Model, kw_only=True):
    accepted_prediction_tokens: (
        Annotated[int, Meta(description="Tokens of a predicted output that appeared in the completion.")] | None
    ) = None
    audio_tokens: Annotated[int, Meta(description="Audio tokens the model generated.")] | None = None
    reasoning_tokens: Annotated[int, Meta(description="Tokens the model spent reasoning")] | None = None
    rejected_prediction_tokens: (
        Annotated[int, Meta(description="Tokens of a predicted output that did not appear; they are billed.")] | None
    ) = None
    text_tokens: Annotated[int, Meta(description="Text tokens the model generated.")] | None = None


class PromptTokensDetails(_Model, kw_only=True):
    audio_tokens: Annotated[int, Meta(description="Audio input tokens.")] | None = None
    cached_tokens: Annotated[int, Meta(description="Prompt tokens read from the prompt cache.")] | None = None
    cache_write_tokens: Annotated[int, Meta(description="Prompt tokens written to the prompt cache.")] | None = None
    image_tokens: Annotated[int, Meta(description="Image input tokens.")] | None = None
    text_tokens: Annotated[int, Meta(description="Text input tokens.")] | None = None


class StreamOptions(_Model, kw_only=True):
    include_usage: (
        Annotated[
            bool,
            Meta(
                description="When true, one more chunk is sent before `data: [DONE]`, with empty `choices` and the usage of the whole request."
            ),
        ]
        | None
    ) = None
    include_obfuscation: (
        Annotated[
            bool,
            Meta(
                description="When true (the server's default), chunks carry an `obfuscation` field of random characters that evens out their sizes; false saves the bytes on trusted networks."
            ),
        ]
        | None
    ) = None


StopSequences1: TypeAlias = Annotated[
    list[str],
    Meta(description="Up to 4 sequences where the API stops generating; the returned text does not contain them."),
]


StopSequences: TypeAlias = Annotated[
    str | StopSequences1,
    Meta(description="Up to 4 sequences where the API stops generating; the returned text does not contain them."),
]


LogitBiasAdditionalProperty: TypeAlias = int


LogitBias: TypeAlias = dict[str, LogitBiasAdditionalProperty]


Temperature: TypeAlias = Annotated[float, Meta(description="Sampling temperature between 0 and 2. Server default 1.")]


TopP: TypeAlias = Annotated[float, Meta(description="Nucleus sampling mass between 0 and 1. Server default 1.")]


class PromptCacheBreakpoint(_Model, kw_only=True):
    mode: Literal["explicit"] = _ABSENT


class FunctionDefinition(_Model, kw_only=True):
    name: str = _ABSENT
    description: str | None = None
    parameters: (
        Annotated[dict[str, Any], Meta(description="The function's parameters as a JSON Schema object.")] | None
    ) = None
    strict: (
        Annotated[
            bool,
            Meta(
                description="When true, the model's arguments follow `parameters` exactly (a subset of JSON Schema is supported). Server default false."
            ),
        ]
        | None
    ) = None


class ResponseFormatText(_Model, kw_only=True, tag_field="type", tag="text"):
    pass

    @property
    def type(self) -> Literal["text"]:
        """Always ``text`` (the tag that selects this type)."""
        return "text"


class ResponseFormatJsonObject(_Model, kw_only=True, tag_field="type", tag="json_object"):
    pass

    @property
    def type(self) -> Literal["json_object"]:
        """Always ``json_object`` (the tag that selects this type)."""
        return "json_object"


class JsonSchema(_Model, kw_only=True):
    name: Annotated[str, Meta(description="The schema's name.")] = _ABSENT
    description: Annotated[str, Meta(description="What the answer is for")] | None = None
    schema: Annotated[dict[str, Any], Meta(description="The JSON Schema the answer follows.")] | None = None
    strict: (
        Annotated[
            bool,
            Meta(
                description="When true, the answer follows the schema exactly (a subset of JSON Schema is supported). Server default false."
            ),
        ]
        | None
    ) = None


class ResponseFormatJsonSchema(_Model, kw_only=True, tag_field="type", tag="json_schema"):
    json_schema: JsonSchema = _ABSENT

    @property
    def type(self) -> Literal["json_schema"]:
        """Always ``json_schema`` (the tag that selects this type)."""
        return "json_schema"


ReasoningEffort: TypeAlias = (
    Annotated[
        Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"],
        Meta(description="How much a reasoning model reasons before it answers. Server default `medium`."),
    ]
    | None
)


MetadataAdditionalProperty: TypeAlias = str


Metadata: TypeAlias = Annotated[
    dict[str, MetadataAdditionalProperty],
    Meta(
        description="Up to 16 key-value pairs stored with the object, for structured information of your own; keys up to 64 characters, values up to 512 characters."
    ),
]


class CompletionUsage(_Model, kw_only=True):
    prompt_tokens: int = _ABSENT
    completion_tokens: int = _ABSENT
    total_tokens: int = _ABSENT
    completion_tokens_details: (
        Annotated[
            CompletionTokensDetails,
            Meta(description="How the completion tokens divide, for the models that report it."),
        ]
        | None
    ) = None
    prompt_tokens_details: (
        Annotated[PromptTokensDetails, Meta(description="How the prompt tokens divide, for the models that report it.")]
        | None
    ) = None


__all__ = [
    "CompletionTokensDetails",
    "CompletionUsage",
    "Error",
    "ErrorResponse",
    "FunctionDefinition",
    "JsonSchema",
    "MidjourneyErrorResponse",
    "PromptCacheBreakpoint",
    "PromptTokensDetails",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatText",
    "StreamOptions",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
