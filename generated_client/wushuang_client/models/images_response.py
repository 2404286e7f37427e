# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image import Image
    from ..models.images_usage import ImagesUsage


T = TypeVar("T", bound="ImagesResponse")


@_attrs_define
class ImagesResponse:
    """The images; a GPT image model also says what it made (`background`, `output_format`, `quality`, `size`) and the
    tokens it spent.

        Attributes:
            created (int): When the images were made (Unix seconds).
            data (list[Image] | Unset):
            background (str | Unset): `transparent` or `opaque`.
            output_format (str | Unset): `png`, `webp` or `jpeg`.
            quality (str | Unset): `low`, `medium` or `high`.
            size (str | Unset): The size of the images, e.g. `1024x1024`.
            usage (ImagesUsage | Unset): The tokens a GPT image model spent.
    """

    created: int
    data: list[Image] | Unset = UNSET
    background: str | Unset = UNSET
    output_format: str | Unset = UNSET
    quality: str | Unset = UNSET
    size: str | Unset = UNSET
    usage: ImagesUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        background = self.background

        output_format = self.output_format

        quality = self.quality

        size = self.size

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
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
        from ..models.image import Image  # noqa: PLC0415
        from ..models.images_usage import ImagesUsage  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        _data = d.pop("data", UNSET)
        data: list[Image] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Image.from_dict(data_item_data)

                data.append(data_item)

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

        images_response = cls(
            created=created,
            data=data,
            background=background,
            output_format=output_format,
            quality=quality,
            size=size,
            usage=usage,
        )

        images_response.additional_properties = d
        return images_response

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
