# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the images resource."""

from typing import TYPE_CHECKING, Annotated, TypeAlias

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


N2: TypeAlias = Annotated[int, Meta(description="How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.")]


OutputCompression: TypeAlias = Annotated[
    int, Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.")
]


PartialImages: TypeAlias = Annotated[
    int, Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one.")
]


class CreateImageRequest(_Model, kw_only=True):
    prompt: Annotated[
        str,
        Meta(
            description="What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`, 32000 for GPT image models."
        ),
    ] = _ABSENT
    model: (
        Annotated[
            str,
            Meta(
                description="`dall-e-2` (the server's default), `dall-e-3`, `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model."
            ),
        ]
        | None
    ) = None
    n: Annotated[N2, Meta(description="How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.")] | None = (
        None
    )
    quality: (
        Annotated[
            Literal["standard", "hd", "low", "medium", "high", "auto"],
            Meta(
                description="`standard` or `hd` for `dall-e-3`; `low`, `medium`, `high` or `auto` (the default) for GPT image models; `dall-e-2` has only `standard`."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(
                description="URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2` and `dall-e-3`; GPT image models always answer base64. Server default url."
            ),
        ]
        | None
    ) = None
    size: (
        Annotated[
            Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"],
            Meta(
                description="256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1792x1024 or 1024x1792 for `dall-e-3`; 1024x1024, 1536x1024, 1024x1536 or auto (the default) for GPT image models."
            ),
        ]
        | None
    ) = None
    moderation: (
        Annotated[
            Literal["low", "auto"],
            Meta(description="`low` (less filtering) or `auto` (the server's default); GPT image models only."),
        ]
        | None
    ) = None
    background: (
        Annotated[
            Literal["transparent", "opaque", "auto"],
            Meta(
                description="`transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp."
            ),
        ]
        | None
    ) = None
    output_format: (
        Annotated[
            Literal["png", "jpeg", "webp"],
            Meta(
                description="`png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64."
            ),
        ]
        | None
    ) = None
    output_compression: (
        Annotated[
            OutputCompression,
            Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100."),
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false."
            ),
        ]
        | None
    ) = None
    partial_images: (
        Annotated[
            PartialImages,
            Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one."),
        ]
        | None
    ) = None
    style: (
        Annotated[
            Literal["vivid", "natural"],
            Meta(description="`vivid` (hyper-real, dramatic) or `natural`; `dall-e-3` only. Server default vivid."),
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


ImageEditInput1: TypeAlias = Annotated[
    list[bytes],
    Meta(
        description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
        title="ImageEditInput",
    ),
]


ImageEditInput: TypeAlias = Annotated[
    bytes | ImageEditInput1,
    Meta(
        description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
        title="ImageEditInput",
    ),
]


class CreateImageEditRequest(_Model, kw_only=True):
    image: Annotated[
        ImageEditInput,
        Meta(
            description="The image to edit; for `dall-e-2` one square PNG under 4 MB (without `mask`, its transparent areas are the ones edited), for GPT image models up to 16 PNG, WEBP or JPEG images under 50 MB each.",
            title="ImageEditInput",
        ),
    ] = _ABSENT
    prompt: Annotated[
        str,
        Meta(
            description="What the edited image shows; at most 1000 characters for `dall-e-2`, 32000 for GPT image models."
        ),
    ] = _ABSENT
    mask: (
        Annotated[
            bytes,
            Meta(
                description="A PNG under 4 MB of the size of (the first) `image`, whose fully transparent areas are the ones edited."
            ),
        ]
        | None
    ) = None
    model: (
        Annotated[
            str,
            Meta(
                description="`dall-e-2` (the server's default), `gpt-image-1`, `gpt-image-1-mini` or a later GPT image model."
            ),
        ]
        | None
    ) = None
    n: Annotated[int, Meta(description="How many images, 1 to 10. Server default 1.")] | None = None
    size: (
        Annotated[
            Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
            Meta(
                description="256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024, 1536x1024, 1024x1536 or auto for GPT image models. Server default 1024x1024."
            ),
        ]
        | None
    ) = None
    quality: (
        Annotated[
            Literal["standard", "low", "medium", "high", "auto"],
            Meta(
                description="`standard` for `dall-e-2`; `low`, `medium`, `high` or `auto` (the default) for GPT image models."
            ),
        ]
        | None
    ) = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(
                description="URLs (valid for 60 minutes) or base64 JSON, for `dall-e-2`; GPT image models always answer base64. Server default url."
            ),
        ]
        | None
    ) = None
    input_fidelity: (
        Annotated[
            Literal["high", "low"],
            Meta(
                description="How closely the output keeps the style and features (faces) of the input images; `gpt-image-1` only. Server default low."
            ),
        ]
        | None
    ) = None
    background: (
        Annotated[
            Literal["transparent", "opaque", "auto"],
            Meta(
                description="`transparent`, `opaque` or `auto` (the server's default); GPT image models only, and `transparent` needs `output_format` png or webp."
            ),
        ]
        | None
    ) = None
    output_format: (
        Annotated[
            Literal["png", "jpeg", "webp"],
            Meta(
                description="`png` (the server's default), `jpeg` or `webp`; GPT image models only, which always answer base64."
            ),
        ]
        | None
    ) = None
    output_compression: (
        Annotated[
            int, Meta(description="0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server default 100.")
        ]
        | None
    ) = None
    stream: (
        Annotated[
            bool,
            Meta(
                description="Answer as server-sent events, with partial images as they are drawn; GPT image models only. Server default false."
            ),
        ]
        | None
    ) = None
    partial_images: (
        Annotated[
            int, Meta(description="How many partial images (0 to 3) a streamed answer sends before the final one.")
        ]
        | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class CreateImageVariationRequest(_Model, kw_only=True):
    image: Annotated[bytes, Meta(description="The image to vary, a square PNG under 4 MB.")] = _ABSENT
    model: Annotated[str, Meta(description="`dall-e-2` (the only one supported; the server's default).")] | None = None
    n: Annotated[int, Meta(description="How many images, 1 to 10. Server default 1.")] | None = None
    response_format: (
        Annotated[
            Literal["url", "b64_json"],
            Meta(description="URLs (valid for 60 minutes) or base64 JSON. Server default url."),
        ]
        | None
    ) = None
    size: (
        Annotated[Literal["256x256", "512x512", "1024x1024"], Meta(description="Server default 1024x1024.")] | None
    ) = None
    user: (
        Annotated[str, Meta(description="A unique identifier of the end user, to help monitor and detect abuse.")]
        | None
    ) = None


class Image(_Model, kw_only=True):
    b64_json: (
        Annotated[
            str,
            Meta(
                description="The base64-encoded image, with `response_format` b64_json and always from GPT image models."
            ),
        ]
        | None
    ) = None
    url: Annotated[str, Meta(description="The URL of the image, with `response_format` url.")] | None = None
    revised_prompt: (
        Annotated[str, Meta(description="The prompt the image was made from, if the model revised it.")] | None
    ) = None


class InputTokensDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    image_tokens: int | None = None


class OutputTokensDetails(_Model, kw_only=True):
    text_tokens: int | None = None
    image_tokens: int | None = None


class ImagesUsage(_Model, kw_only=True):
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    input_tokens_details: InputTokensDetails | None = None
    output_tokens_details: OutputTokensDetails | None = None


class ImagesResponse(_Model, kw_only=True):
    created: Annotated[int, Meta(description="When the images were made (Unix seconds).")] = _ABSENT
    data: list[Image] | None = None
    background: Annotated[str, Meta(description="`transparent` or `opaque`.")] | None = None
    output_format: Annotated[str, Meta(description="`png`, `webp` or `jpeg`.")] | None = None
    quality: Annotated[str, Meta(description="`low`, `medium` or `high`.")] | None = None
    size: Annotated[str, Meta(description="The size of the images, e.g. `1024x1024`.")] | None = None
    usage: ImagesUsage | None = None


class ImageStreamEvent(_Model, kw_only=True):
    type: str | None = None
    b64_json: Annotated[str, Meta(description="The image (partial or final)")] | None = None
    created_at: int | None = None
    partial_image_index: Annotated[int, Meta(description="Which partial image this is, from 0.")] | None = None
    background: str | None = None
    output_format: str | None = None
    quality: str | None = None
    size: str | None = None
    usage: ImagesUsage | None = None


__all__ = [
    "CreateImageEditRequest",
    "CreateImageRequest",
    "CreateImageVariationRequest",
    "Image",
    "ImageStreamEvent",
    "ImagesResponse",
    "ImagesUsage",
    "InputTokensDetails",
    "OutputTokensDetails",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
