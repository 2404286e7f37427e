# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_image_request_background_type_0 import CreateImageRequestBackgroundType0
from ..models.create_image_request_moderation_type_0 import CreateImageRequestModerationType0
from ..models.create_image_request_output_format_type_0 import CreateImageRequestOutputFormatType0
from ..models.create_image_request_quality_type_0 import CreateImageRequestQualityType0
from ..models.create_image_request_response_format_type_0 import CreateImageRequestResponseFormatType0
from ..models.create_image_request_size_type_0 import CreateImageRequestSizeType0
from ..models.create_image_request_style_type_0 import CreateImageRequestStyleType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """
    Attributes:
        prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`, 32000 for GPT image
            models.
        model (None | str | Unset): `dall-e-2` (the server's default), `dall-e-3`, `gpt-image-1`, `gpt-image-1-mini` or
            a later GPT image model.
        n (int | None | Unset): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
        quality (CreateImageRequestQualityType0 | None | Unset): `standard` or `hd` for `dall-e-3`; `low`, `medium`,
            `high` or `auto` (the default) for GPT image models; `dall-e-2` has only `standard`.
        response_format (CreateImageRequestResponseFormatType0 | None | Unset): URLs (valid for 60 minutes) or base64
            JSON, for `dall-e-2` and `dall-e-3`; GPT image models always answer base64. Server default url.
        size (CreateImageRequestSizeType0 | None | Unset): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024,
            1792x1024 or 1024x1792 for `dall-e-3`; 1024x1024, 1536x1024, 1024x1536 or auto (the default) for GPT image
            models.
        moderation (CreateImageRequestModerationType0 | None | Unset): `low` (less filtering) or `auto` (the server's
            default); GPT image models only.
        background (CreateImageRequestBackgroundType0 | None | Unset): `transparent`, `opaque` or `auto` (the server's
            default); GPT image models only, and `transparent` needs `output_format` png or webp.
        output_format (CreateImageRequestOutputFormatType0 | None | Unset): `png` (the server's default), `jpeg` or
            `webp`; GPT image models only, which always answer base64.
        output_compression (int | None | Unset): 0 to 100 %, for `jpeg` and `webp` output of GPT image models. Server
            default 100.
        stream (bool | None | Unset): Answer as server-sent events, with partial images as they are drawn; GPT image
            models only. Server default false.
        partial_images (int | None | Unset): How many partial images (0 to 3) a streamed answer sends before the final
            one.
        style (CreateImageRequestStyleType0 | None | Unset): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3`
            only. Server default vivid.
        user (str | Unset): A unique identifier of the end user, to help monitor and detect abuse.
    """

    prompt: str
    model: None | str | Unset = UNSET
    n: int | None | Unset = UNSET
    quality: CreateImageRequestQualityType0 | None | Unset = UNSET
    response_format: CreateImageRequestResponseFormatType0 | None | Unset = UNSET
    size: CreateImageRequestSizeType0 | None | Unset = UNSET
    moderation: CreateImageRequestModerationType0 | None | Unset = UNSET
    background: CreateImageRequestBackgroundType0 | None | Unset = UNSET
    output_format: CreateImageRequestOutputFormatType0 | None | Unset = UNSET
    output_compression: int | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    partial_images: int | None | Unset = UNSET
    style: CreateImageRequestStyleType0 | None | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, CreateImageRequestQualityType0):
            quality = self.quality.value
        else:
            quality = self.quality

        response_format: None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, CreateImageRequestResponseFormatType0):
            response_format = self.response_format.value
        else:
            response_format = self.response_format

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, CreateImageRequestSizeType0):
            size = self.size.value
        else:
            size = self.size

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, CreateImageRequestModerationType0):
            moderation = self.moderation.value
        else:
            moderation = self.moderation

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, CreateImageRequestBackgroundType0):
            background = self.background.value
        else:
            background = self.background

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, CreateImageRequestOutputFormatType0):
            output_format = self.output_format.value
        else:
            output_format = self.output_format

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        elif isinstance(self.style, CreateImageRequestStyleType0):
            style = self.style.value
        else:
            style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if stream is not UNSET:
            field_dict["stream"] = stream
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_quality(data: object) -> CreateImageRequestQualityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = CreateImageRequestQualityType0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestQualityType0 | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_response_format(data: object) -> CreateImageRequestResponseFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                response_format_type_0 = CreateImageRequestResponseFormatType0(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestResponseFormatType0 | None | Unset, data)

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_size(data: object) -> CreateImageRequestSizeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_0 = CreateImageRequestSizeType0(data)

                return size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestSizeType0 | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_moderation(data: object) -> CreateImageRequestModerationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_0 = CreateImageRequestModerationType0(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestModerationType0 | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_background(data: object) -> CreateImageRequestBackgroundType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_0 = CreateImageRequestBackgroundType0(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestBackgroundType0 | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_output_format(data: object) -> CreateImageRequestOutputFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = CreateImageRequestOutputFormatType0(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestOutputFormatType0 | None | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_compression = _parse_output_compression(d.pop("output_compression", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_partial_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partial_images = _parse_partial_images(d.pop("partial_images", UNSET))

        def _parse_style(data: object) -> CreateImageRequestStyleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                style_type_0 = CreateImageRequestStyleType0(data)

                return style_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateImageRequestStyleType0 | None | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        user = d.pop("user", UNSET)

        create_image_request = cls(
            prompt=prompt,
            model=model,
            n=n,
            quality=quality,
            response_format=response_format,
            size=size,
            moderation=moderation,
            background=background,
            output_format=output_format,
            output_compression=output_compression,
            stream=stream,
            partial_images=partial_images,
            style=style,
            user=user,
        )

        create_image_request.additional_properties = d
        return create_image_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
