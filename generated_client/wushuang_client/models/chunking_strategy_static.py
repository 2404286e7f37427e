# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chunking_strategy_static_settings import ChunkingStrategyStaticSettings


T = TypeVar("T", bound="ChunkingStrategyStatic")


@_attrs_define
class ChunkingStrategyStatic:
    """Chunks of a fixed size.

    Attributes:
        type_ (Literal['static']):
        static (ChunkingStrategyStaticSettings):
    """

    type_: Literal["static"]
    static: ChunkingStrategyStaticSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        static = self.static.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "static": static,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chunking_strategy_static_settings import ChunkingStrategyStaticSettings  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["static"], d.pop("type"))
        if type_ != "static":
            raise ValueError(f"type must match const 'static', got '{type_}'")

        static = ChunkingStrategyStaticSettings.from_dict(d.pop("static"))

        chunking_strategy_static = cls(
            type_=type_,
            static=static,
        )

        chunking_strategy_static.additional_properties = d
        return chunking_strategy_static

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
