# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_role import CreateMessageRequestRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment_request import MessageAttachmentRequest
    from ..models.message_request_content_image_file import MessageRequestContentImageFile
    from ..models.message_request_content_image_url import MessageRequestContentImageUrl
    from ..models.message_request_content_text import MessageRequestContentText
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreateMessageRequest")


@_attrs_define
class CreateMessageRequest:
    """
    Attributes:
        role (CreateMessageRequestRole): `user` for a message from the user (most cases), `assistant` to insert a
            message as if the assistant had written it.
        content (list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText] |
            str): The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.
        file_ids (list[str] | Unset): Up to 10 IDs of files the message uses, for the retrieval and code_interpreter
            tools (v1; today's API takes `attachments`). Server default: none.
        metadata (Metadata | None | Unset): Up to 16 key-value pairs of your own (keys up to 64, values up to 512
            characters).
        attachments (list[MessageAttachmentRequest] | None | Unset): Files attached to the message and the tools to add
            them to (today's API; v1 uses `file_ids`).
    """

    role: CreateMessageRequestRole
    content: list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText] | str
    file_ids: list[str] | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    attachments: list[MessageAttachmentRequest] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_request_content_image_file import MessageRequestContentImageFile  # noqa: PLC0415
        from ..models.message_request_content_image_url import MessageRequestContentImageUrl  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        role = self.role.value

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, MessageRequestContentImageFile):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, MessageRequestContentImageUrl):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attachment_request import MessageAttachmentRequest  # noqa: PLC0415
        from ..models.message_request_content_image_file import MessageRequestContentImageFile  # noqa: PLC0415
        from ..models.message_request_content_image_url import MessageRequestContentImageUrl  # noqa: PLC0415
        from ..models.message_request_content_text import MessageRequestContentText  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        role = CreateMessageRequestRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_message_request_content_part_type_0 = (
                                MessageRequestContentImageFile.from_dict(data)
                            )

                            return componentsschemas_message_request_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_message_request_content_part_type_1 = (
                                MessageRequestContentImageUrl.from_dict(data)
                            )

                            return componentsschemas_message_request_content_part_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_request_content_part_type_2 = MessageRequestContentText.from_dict(
                            data
                        )

                        return componentsschemas_message_request_content_part_type_2

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[MessageRequestContentImageFile | MessageRequestContentImageUrl | MessageRequestContentText] | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_attachments(data: object) -> list[MessageAttachmentRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = MessageAttachmentRequest.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageAttachmentRequest] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        create_message_request = cls(
            role=role,
            content=content,
            file_ids=file_ids,
            metadata=metadata,
            attachments=attachments,
        )

        create_message_request.additional_properties = d
        return create_message_request

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
