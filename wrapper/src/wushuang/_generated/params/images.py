# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the images resource."""

from __future__ import annotations

from typing import Literal, NotRequired, TypeAlias, TypedDict

from ._shared import N

OutputCompression: TypeAlias = int


PartialImages: TypeAlias = int


class CreateImageRequest(TypedDict):
    prompt: str
    model: NotRequired[str | None]
    n: NotRequired[N | None]
    quality: NotRequired[Literal["standard", "hd", "low", "medium", "high", "auto"] | None]
    response_format: NotRequired[Literal["url", "b64_json"] | None]
    size: NotRequired[
        Literal["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"] | None
    ]
    moderation: NotRequired[Literal["low", "auto"] | None]
    background: NotRequired[Literal["transparent", "opaque", "auto"] | None]
    output_format: NotRequired[Literal["png", "jpeg", "webp"] | None]
    output_compression: NotRequired[OutputCompression | None]
    stream: NotRequired[bool | None]
    partial_images: NotRequired[PartialImages | None]
    style: NotRequired[Literal["vivid", "natural"] | None]
    user: NotRequired[str]


ImageEditInput1: TypeAlias = list[bytes]


ImageEditInput: TypeAlias = bytes | ImageEditInput1


class CreateImageEditRequest(TypedDict):
    image: ImageEditInput
    prompt: str
    mask: NotRequired[bytes]
    model: NotRequired[str]
    n: NotRequired[int]
    size: NotRequired[Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]]
    quality: NotRequired[Literal["standard", "low", "medium", "high", "auto"]]
    response_format: NotRequired[Literal["url", "b64_json"]]
    input_fidelity: NotRequired[Literal["high", "low"]]
    background: NotRequired[Literal["transparent", "opaque", "auto"]]
    output_format: NotRequired[Literal["png", "jpeg", "webp"]]
    output_compression: NotRequired[int]
    stream: NotRequired[bool]
    partial_images: NotRequired[int]
    user: NotRequired[str]


class CreateImageVariationRequest(TypedDict):
    image: bytes
    model: NotRequired[str]
    n: NotRequired[int]
    response_format: NotRequired[Literal["url", "b64_json"]]
    size: NotRequired[Literal["256x256", "512x512", "1024x1024"]]
    user: NotRequired[str]


class Image(TypedDict):
    b64_json: NotRequired[str]
    url: NotRequired[str]
    revised_prompt: NotRequired[str]


class InputTokensDetails(TypedDict):
    text_tokens: NotRequired[int]
    image_tokens: NotRequired[int]


class OutputTokensDetails(TypedDict):
    text_tokens: NotRequired[int]
    image_tokens: NotRequired[int]


class ImagesUsage(TypedDict):
    input_tokens: NotRequired[int]
    output_tokens: NotRequired[int]
    total_tokens: NotRequired[int]
    input_tokens_details: NotRequired[InputTokensDetails]
    output_tokens_details: NotRequired[OutputTokensDetails]


class ImagesResponse(TypedDict):
    created: int
    data: NotRequired[list[Image]]
    background: NotRequired[str]
    output_format: NotRequired[str]
    quality: NotRequired[str]
    size: NotRequired[str]
    usage: NotRequired[ImagesUsage]


class ImageStreamEvent(TypedDict):
    type: NotRequired[str]
    b64_json: NotRequired[str]
    created_at: NotRequired[int]
    partial_image_index: NotRequired[int]
    background: NotRequired[str]
    output_format: NotRequired[str]
    quality: NotRequired[str]
    size: NotRequired[str]
    usage: NotRequired[ImagesUsage]


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
