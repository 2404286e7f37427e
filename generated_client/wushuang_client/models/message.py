# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment import MessageAttachment
    from ..models.message_content import MessageContent
    from ..models.message_incomplete_details import MessageIncompleteDetails
    from ..models.message_metadata_type_0 import MessageMetadataType0


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A message of a thread.

    Attributes:
        id (str):
        object_ (str | Unset): Always `thread.message`.
        created_at (int | Unset): Unix time (seconds) of creation.
        thread_id (str | Unset): The ID of the thread the message belongs to.
        status (str | Unset): in_progress, incomplete or completed.
        incomplete_details (MessageIncompleteDetails | None | Unset): Why an incomplete message is incomplete.
        completed_at (int | None | Unset): Unix time (seconds) of completion.
        incomplete_at (int | None | Unset): Unix time (seconds) when the message was marked incomplete.
        role (str | Unset): user or assistant.
        content (list[MessageContent] | Unset): The content, as text and image parts.
        assistant_id (None | str | Unset): The ID of the assistant that wrote the message, if one did.
        run_id (None | str | Unset): The ID of the run that created the message; null for messages created by hand.
        file_ids (list[str] | Unset): Up to 10 IDs of files the message uses (v1; today's API reports `attachments`).
        attachments (list[MessageAttachment] | None | Unset): Files attached to the message and the tools they were
            added to (today's API).
        metadata (MessageMetadataType0 | None | Unset): Up to 16 key-value pairs of your own.
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    thread_id: str | Unset = UNSET
    status: str | Unset = UNSET
    incomplete_details: MessageIncompleteDetails | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    incomplete_at: int | None | Unset = UNSET
    role: str | Unset = UNSET
    content: list[MessageContent] | Unset = UNSET
    assistant_id: None | str | Unset = UNSET
    run_id: None | str | Unset = UNSET
    file_ids: list[str] | Unset = UNSET
    attachments: list[MessageAttachment] | None | Unset = UNSET
    metadata: MessageMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_incomplete_details import MessageIncompleteDetails  # noqa: PLC0415
        from ..models.message_metadata_type_0 import MessageMetadataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        thread_id = self.thread_id

        status = self.status

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, MessageIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        incomplete_at: int | None | Unset
        if isinstance(self.incomplete_at, Unset):
            incomplete_at = UNSET
        else:
            incomplete_at = self.incomplete_at

        role = self.role

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        assistant_id: None | str | Unset
        if isinstance(self.assistant_id, Unset):
            assistant_id = UNSET
        else:
            assistant_id = self.assistant_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MessageMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if status is not UNSET:
            field_dict["status"] = status
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if incomplete_at is not UNSET:
            field_dict["incomplete_at"] = incomplete_at
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_attachment import MessageAttachment  # noqa: PLC0415
        from ..models.message_content import MessageContent  # noqa: PLC0415
        from ..models.message_incomplete_details import MessageIncompleteDetails  # noqa: PLC0415
        from ..models.message_metadata_type_0 import MessageMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        status = d.pop("status", UNSET)

        def _parse_incomplete_details(data: object) -> MessageIncompleteDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = MessageIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageIncompleteDetails | None | Unset, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_incomplete_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        incomplete_at = _parse_incomplete_at(d.pop("incomplete_at", UNSET))

        role = d.pop("role", UNSET)

        _content = d.pop("content", UNSET)
        content: list[MessageContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = MessageContent.from_dict(content_item_data)

                content.append(content_item)

        def _parse_assistant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assistant_id = _parse_assistant_id(d.pop("assistant_id", UNSET))

        def _parse_run_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_id = _parse_run_id(d.pop("run_id", UNSET))

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        def _parse_attachments(data: object) -> list[MessageAttachment] | None | Unset:
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
                    attachments_type_0_item = MessageAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_metadata(data: object) -> MessageMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MessageMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        message = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            role=role,
            content=content,
            assistant_id=assistant_id,
            run_id=run_id,
            file_ids=file_ids,
            attachments=attachments,
            metadata=metadata,
        )

        message.additional_properties = d
        return message

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
