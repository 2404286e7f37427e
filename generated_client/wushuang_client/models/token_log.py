# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenLog")


@_attrs_define
class TokenLog:
    """One call in the key's log; `quota` in quota units.

    Attributes:
        id (int | Unset):
        created_at (int | Unset): Epoch seconds.
        type_ (int | Unset): 1 top-up, 2 consumption, 3 management, 4 system, 5 error.
        content (str | Unset):
        token_name (str | Unset):
        model_name (str | Unset):
        quota (int | Unset):
        prompt_tokens (int | Unset):
        completion_tokens (int | Unset):
        use_time (int | Unset): Seconds.
        is_stream (bool | Unset):
        group (str | Unset):
        other (str | Unset): The pricing details of the call
    """

    id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    type_: int | Unset = UNSET
    content: str | Unset = UNSET
    token_name: str | Unset = UNSET
    model_name: str | Unset = UNSET
    quota: int | Unset = UNSET
    prompt_tokens: int | Unset = UNSET
    completion_tokens: int | Unset = UNSET
    use_time: int | Unset = UNSET
    is_stream: bool | Unset = UNSET
    group: str | Unset = UNSET
    other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        type_ = self.type_

        content = self.content

        token_name = self.token_name

        model_name = self.model_name

        quota = self.quota

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        use_time = self.use_time

        is_stream = self.is_stream

        group = self.group

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if token_name is not UNSET:
            field_dict["token_name"] = token_name
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if quota is not UNSET:
            field_dict["quota"] = quota
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if use_time is not UNSET:
            field_dict["use_time"] = use_time
        if is_stream is not UNSET:
            field_dict["is_stream"] = is_stream
        if group is not UNSET:
            field_dict["group"] = group
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        type_ = d.pop("type", UNSET)

        content = d.pop("content", UNSET)

        token_name = d.pop("token_name", UNSET)

        model_name = d.pop("model_name", UNSET)

        quota = d.pop("quota", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        use_time = d.pop("use_time", UNSET)

        is_stream = d.pop("is_stream", UNSET)

        group = d.pop("group", UNSET)

        other = d.pop("other", UNSET)

        token_log = cls(
            id=id,
            created_at=created_at,
            type_=type_,
            content=content,
            token_name=token_name,
            model_name=model_name,
            quota=quota,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            use_time=use_time,
            is_stream=is_stream,
            group=group,
            other=other,
        )

        token_log.additional_properties = d
        return token_log

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
