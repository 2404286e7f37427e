# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChunkingStrategyStaticSettings")


@_attrs_define
class ChunkingStrategyStaticSettings:
    """
    Attributes:
        max_chunk_size_tokens (int): The most tokens in a chunk, 100 to 4096.
        chunk_overlap_tokens (int): How many tokens neighbouring chunks share, at most half of `max_chunk_size_tokens`.
    """

    max_chunk_size_tokens: int
    chunk_overlap_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_chunk_size_tokens = self.max_chunk_size_tokens

        chunk_overlap_tokens = self.chunk_overlap_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_chunk_size_tokens": max_chunk_size_tokens,
                "chunk_overlap_tokens": chunk_overlap_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_chunk_size_tokens = d.pop("max_chunk_size_tokens")

        chunk_overlap_tokens = d.pop("chunk_overlap_tokens")

        chunking_strategy_static_settings = cls(
            max_chunk_size_tokens=max_chunk_size_tokens,
            chunk_overlap_tokens=chunk_overlap_tokens,
        )

        chunking_strategy_static_settings.additional_properties = d
        return chunking_strategy_static_settings

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
