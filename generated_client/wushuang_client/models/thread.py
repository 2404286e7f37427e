# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tool_resources import AssistantToolResources
    from ..models.thread_metadata_type_0 import ThreadMetadataType0


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread:
    """A thread of messages.

    Attributes:
        id (str):
        object_ (str | Unset): Always `thread`.
        created_at (int | Unset): Unix time (seconds) of creation.
        metadata (None | ThreadMetadataType0 | Unset): Up to 16 key-value pairs of your own.
        tool_resources (AssistantToolResources | None | Unset): The resources of the tools, by tool (today's API; v1
            reports `file_ids`).
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    metadata: None | ThreadMetadataType0 | Unset = UNSET
    tool_resources: AssistantToolResources | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_tool_resources import AssistantToolResources  # noqa: PLC0415
        from ..models.thread_metadata_type_0 import ThreadMetadataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ThreadMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, AssistantToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_tool_resources import AssistantToolResources  # noqa: PLC0415
        from ..models.thread_metadata_type_0 import ThreadMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_metadata(data: object) -> None | ThreadMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ThreadMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_tool_resources(data: object) -> AssistantToolResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = AssistantToolResources.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantToolResources | None | Unset, data)

        tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

        thread = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            metadata=metadata,
            tool_resources=tool_resources,
        )

        thread.additional_properties = d
        return thread

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
