# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_vector_store import NewVectorStore


T = TypeVar("T", bound="CreateToolResourcesFileSearch")


@_attrs_define
class CreateToolResourcesFileSearch:
    """The vector store the file_search tool searches, an existing one or one made from files.

    Attributes:
        vector_store_ids (list[str] | Unset): The ID of the one vector store to search.
        vector_stores (list[NewVectorStore] | Unset): One vector store to create from files and search (instead of
            `vector_store_ids`).
    """

    vector_store_ids: list[str] | Unset = UNSET
    vector_stores: list[NewVectorStore] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vector_store_ids: list[str] | Unset = UNSET
        if not isinstance(self.vector_store_ids, Unset):
            vector_store_ids = self.vector_store_ids

        vector_stores: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vector_stores, Unset):
            vector_stores = []
            for vector_stores_item_data in self.vector_stores:
                vector_stores_item = vector_stores_item_data.to_dict()
                vector_stores.append(vector_stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if vector_stores is not UNSET:
            field_dict["vector_stores"] = vector_stores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_vector_store import NewVectorStore  # noqa: PLC0415

        d = dict(src_dict)
        vector_store_ids = cast(list[str], d.pop("vector_store_ids", UNSET))

        _vector_stores = d.pop("vector_stores", UNSET)
        vector_stores: list[NewVectorStore] | Unset = UNSET
        if _vector_stores is not UNSET:
            vector_stores = []
            for vector_stores_item_data in _vector_stores:
                vector_stores_item = NewVectorStore.from_dict(vector_stores_item_data)

                vector_stores.append(vector_stores_item)

        create_tool_resources_file_search = cls(
            vector_store_ids=vector_store_ids,
            vector_stores=vector_stores,
        )

        create_tool_resources_file_search.additional_properties = d
        return create_tool_resources_file_search

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
