# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chunking_strategy_auto import ChunkingStrategyAuto
    from ..models.chunking_strategy_static import ChunkingStrategyStatic
    from ..models.metadata import Metadata


T = TypeVar("T", bound="NewVectorStore")


@_attrs_define
class NewVectorStore:
    """A vector store to create from files, for the file_search tool.

    Attributes:
        file_ids (list[str] | Unset): Up to 10,000 IDs of files to put in the vector store.
        chunking_strategy (ChunkingStrategyAuto | ChunkingStrategyStatic | Unset): How the files are cut into chunks, by
            its `type`; the server's default is `auto`.
        metadata (Metadata | None | Unset): Up to 16 key-value pairs of your own for the vector store.
    """

    file_ids: list[str] | Unset = UNSET
    chunking_strategy: ChunkingStrategyAuto | ChunkingStrategyStatic | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chunking_strategy_auto import ChunkingStrategyAuto  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, ChunkingStrategyAuto):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chunking_strategy_auto import ChunkingStrategyAuto  # noqa: PLC0415
        from ..models.chunking_strategy_static import ChunkingStrategyStatic  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        def _parse_chunking_strategy(data: object) -> ChunkingStrategyAuto | ChunkingStrategyStatic | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chunking_strategy_type_0 = ChunkingStrategyAuto.from_dict(data)

                return componentsschemas_chunking_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chunking_strategy_type_1 = ChunkingStrategyStatic.from_dict(data)

            return componentsschemas_chunking_strategy_type_1

        chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET))

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

        new_vector_store = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )

        new_vector_store.additional_properties = d
        return new_vector_store

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
