# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_grader_message_role_type_0 import FineTuneGraderMessageRoleType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_grader_content_part import FineTuneGraderContentPart


T = TypeVar("T", bound="FineTuneGraderMessage")


@_attrs_define
class FineTuneGraderMessage:
    """A message given to a model grader; `{{item.*}}` and `{{sample.*}}` templates are filled in.

    Attributes:
        role (FineTuneGraderMessageRoleType0 | str):
        content (FineTuneGraderContentPart | list[FineTuneGraderContentPart] | str):
        type_ (Literal['message'] | Unset):
    """

    role: FineTuneGraderMessageRoleType0 | str
    content: FineTuneGraderContentPart | list[FineTuneGraderContentPart] | str
    type_: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fine_tune_grader_content_part import FineTuneGraderContentPart  # noqa: PLC0415

        role: str
        if isinstance(self.role, FineTuneGraderMessageRoleType0):
            role = self.role.value
        else:
            role = self.role

        content: dict[str, Any] | list[dict[str, Any]] | str
        if isinstance(self.content, FineTuneGraderContentPart):
            content = self.content.to_dict()
        elif isinstance(self.content, list):
            content = []
            for content_type_2_item_data in self.content:
                content_type_2_item = content_type_2_item_data.to_dict()
                content.append(content_type_2_item)

        else:
            content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_grader_content_part import FineTuneGraderContentPart  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_role(data: object) -> FineTuneGraderMessageRoleType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = FineTuneGraderMessageRoleType0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneGraderMessageRoleType0 | str, data)

        role = _parse_role(d.pop("role"))

        def _parse_content(data: object) -> FineTuneGraderContentPart | list[FineTuneGraderContentPart] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1 = FineTuneGraderContentPart.from_dict(data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_2 = []
                _content_type_2 = data
                for content_type_2_item_data in _content_type_2:
                    content_type_2_item = FineTuneGraderContentPart.from_dict(content_type_2_item_data)

                    content_type_2.append(content_type_2_item)

                return content_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneGraderContentPart | list[FineTuneGraderContentPart] | str, data)

        content = _parse_content(d.pop("content"))

        type_ = cast(Literal["message"] | Unset, d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        fine_tune_grader_message = cls(
            role=role,
            content=content,
            type_=type_,
        )

        fine_tune_grader_message.additional_properties = d
        return fine_tune_grader_message

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
