# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Embedding")


@_attrs_define
class Embedding:
    """One embedding vector.

    Attributes:
        index (int): The position of the input this embedding is of.
        embedding (list[float | list[float]] | str): The vector, as an array of numbers; with `encoding_format` base64,
            a base64 string of little-endian float32 values; from llama.cpp without pooling, one vector per token of the
            input.
        object_ (str | Unset): Always `embedding`.
    """

    index: int
    embedding: list[float | list[float]] | str
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        embedding: list[float | list[float]] | str
        if isinstance(self.embedding, list):
            embedding = []
            for embedding_type_0_item_data in self.embedding:
                embedding_type_0_item: float | list[float]
                if isinstance(embedding_type_0_item_data, list):
                    embedding_type_0_item = embedding_type_0_item_data

                else:
                    embedding_type_0_item = embedding_type_0_item_data
                embedding.append(embedding_type_0_item)

        else:
            embedding = self.embedding

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "embedding": embedding,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        def _parse_embedding(data: object) -> list[float | list[float]] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                embedding_type_0 = []
                _embedding_type_0 = data
                for embedding_type_0_item_data in _embedding_type_0:

                    def _parse_embedding_type_0_item(data: object) -> float | list[float]:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            embedding_type_0_item_type_1 = cast(list[float], data)

                            return embedding_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(float | list[float], data)

                    embedding_type_0_item = _parse_embedding_type_0_item(embedding_type_0_item_data)

                    embedding_type_0.append(embedding_type_0_item)

                return embedding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float | list[float]] | str, data)

        embedding = _parse_embedding(d.pop("embedding"))

        object_ = d.pop("object", UNSET)

        embedding = cls(
            index=index,
            embedding=embedding,
            object_=object_,
        )

        embedding.additional_properties = d
        return embedding

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
