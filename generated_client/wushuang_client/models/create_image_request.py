# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_image_request_quality import CreateImageRequestQuality
from ..models.create_image_request_response_format_type_0 import CreateImageRequestResponseFormatType0
from ..models.create_image_request_size_type_0 import CreateImageRequestSizeType0
from ..models.create_image_request_style_type_0 import CreateImageRequestStyleType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImageRequest")


@_attrs_define
class CreateImageRequest:
    """
    Attributes:
        prompt (str): What to draw; at most 1000 characters for `dall-e-2`, 4000 for `dall-e-3`.
        model (None | str | Unset): `dall-e-2` (the server's default) or `dall-e-3`.
        n (int | None | Unset): How many images, 1 to 10 (only 1 for `dall-e-3`). Server default 1.
        quality (CreateImageRequestQuality | Unset): `hd` gives finer details and more consistency; `dall-e-3` only.
            Server default standard.
        response_format (CreateImageRequestResponseFormatType0 | None | Unset): URLs (valid for 60 minutes) or base64
            JSON. Server default url.
        size (CreateImageRequestSizeType0 | None | Unset): 256x256, 512x512 or 1024x1024 for `dall-e-2`; 1024x1024,
            1792x1024 or 1024x1792 for `dall-e-3`. Server default 1024x1024.
        style (CreateImageRequestStyleType0 | None | Unset): `vivid` (hyper-real, dramatic) or `natural`; `dall-e-3`
            only. Server default vivid.
        user (str | Unset): A unique identifier of the end user, to help monitor and detect abuse.
    """

    prompt: str
    model: None | str | Unset = UNSET
    n: int | None | Unset = UNSET
    quality: CreateImageRequestQuality | Unset = UNSET
    response_format: CreateImageRequestResponseFormatType0 | None | Unset = UNSET
    size: CreateImageRequestSizeType0 | None | Unset = UNSET
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

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

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

        _quality = d.pop("quality", UNSET)
        quality: CreateImageRequestQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = CreateImageRequestQuality(_quality)

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
