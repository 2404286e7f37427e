# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.images_usage import ImagesUsage


T = TypeVar("T", bound="ImageStreamEvent")


@_attrs_define
class ImageStreamEvent:
    """One event of a streamed image: `image_generation.partial_image` / `image_edit.partial_image` (with
    `partial_image_index`) or `image_generation.completed` / `image_edit.completed` (with `usage`).

        Attributes:
            type_ (str | Unset):
            b64_json (str | Unset): The image (partial or final)
            created_at (int | Unset):
            partial_image_index (int | Unset): Which partial image this is, from 0.
            background (str | Unset):
            output_format (str | Unset):
            quality (str | Unset):
            size (str | Unset):
            usage (ImagesUsage | Unset): The tokens a GPT image model spent.
    """

    type_: str | Unset = UNSET
    b64_json: str | Unset = UNSET
    created_at: int | Unset = UNSET
    partial_image_index: int | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    quality: str | Unset = UNSET
    size: str | Unset = UNSET
    usage: ImagesUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        b64_json = self.b64_json

        created_at = self.created_at

        partial_image_index = self.partial_image_index

        background = self.background

        output_format = self.output_format

        quality = self.quality

        size = self.size

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if partial_image_index is not UNSET:
            field_dict["partial_image_index"] = partial_image_index
        if background is not UNSET:
            field_dict["background"] = background
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.images_usage import ImagesUsage  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        b64_json = d.pop("b64_json", UNSET)

        created_at = d.pop("created_at", UNSET)

        partial_image_index = d.pop("partial_image_index", UNSET)

        background = d.pop("background", UNSET)

        output_format = d.pop("output_format", UNSET)

        quality = d.pop("quality", UNSET)

        size = d.pop("size", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: ImagesUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ImagesUsage.from_dict(_usage)

        image_stream_event = cls(
            type_=type_,
            b64_json=b64_json,
            created_at=created_at,
            partial_image_index=partial_image_index,
            background=background,
            output_format=output_format,
            quality=quality,
            size=size,
            usage=usage,
        )

        image_stream_event.additional_properties = d
        return image_stream_event

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
