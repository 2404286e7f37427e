# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.create_image_variation_request_response_format import CreateImageVariationRequestResponseFormat
from ..models.create_image_variation_request_size import CreateImageVariationRequestSize
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateImageVariationRequest")


@_attrs_define
class CreateImageVariationRequest:
    """
    Attributes:
        image (File): The image to vary, a square PNG under 4 MB.
        model (str | Unset): `dall-e-2` (the only one supported; the server's default).
        n (int | Unset): How many images, 1 to 10. Server default 1.
        response_format (CreateImageVariationRequestResponseFormat | Unset): URLs (valid for 60 minutes) or base64 JSON.
            Server default url.
        size (CreateImageVariationRequestSize | Unset): Server default 1024x1024.
        user (str | Unset): A unique identifier of the end user, to help monitor and detect abuse.
    """

    image: File
    model: str | Unset = UNSET
    n: int | Unset = UNSET
    response_format: CreateImageVariationRequestResponseFormat | Unset = UNSET
    size: CreateImageVariationRequestSize | Unset = UNSET
    user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image.to_tuple()

        model = self.model

        n = self.n

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.value

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if n is not UNSET:
            field_dict["n"] = n
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", self.image.to_tuple()))

        if not isinstance(self.model, Unset):
            files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.n, Unset):
            files.append(("n", (None, str(self.n).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format.value).encode(), "text/plain")))

        if not isinstance(self.size, Unset):
            files.append(("size", (None, str(self.size.value).encode(), "text/plain")))

        if not isinstance(self.user, Unset):
            files.append(("user", (None, str(self.user).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = File(payload=BytesIO(d.pop("image")))

        model = d.pop("model", UNSET)

        n = d.pop("n", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateImageVariationRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateImageVariationRequestResponseFormat(_response_format)

        _size = d.pop("size", UNSET)
        size: CreateImageVariationRequestSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = CreateImageVariationRequestSize(_size)

        user = d.pop("user", UNSET)

        create_image_variation_request = cls(
            image=image,
            model=model,
            n=n,
            response_format=response_format,
            size=size,
            user=user,
        )

        create_image_variation_request.additional_properties = d
        return create_image_variation_request

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
