# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moderation_input_image import ModerationInputImage
    from ..models.moderation_input_text import ModerationInputText


T = TypeVar("T", bound="CreateModerationRequest")


@_attrs_define
class CreateModerationRequest:
    """
    Attributes:
        input_ (list[ModerationInputImage | ModerationInputText] | list[str] | str): The text, or texts, to classify;
            for `omni-moderation` models also an array of text and image parts.
        model (str | Unset): `omni-moderation-latest` (the server's default; text and images), or the text-only `text-
            moderation-latest` and `text-moderation-stable`.
    """

    input_: list[ModerationInputImage | ModerationInputText] | list[str] | str
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.moderation_input_text import ModerationInputText  # noqa: PLC0415

        input_: list[dict[str, Any]] | list[str] | str
        if isinstance(self.input_, list):
            input_ = self.input_

        elif isinstance(self.input_, list):
            input_ = []
            for input_type_2_item_data in self.input_:
                input_type_2_item: dict[str, Any]
                if isinstance(input_type_2_item_data, ModerationInputText):
                    input_type_2_item = input_type_2_item_data.to_dict()
                else:
                    input_type_2_item = input_type_2_item_data.to_dict()

                input_.append(input_type_2_item)

        else:
            input_ = self.input_

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moderation_input_image import ModerationInputImage  # noqa: PLC0415
        from ..models.moderation_input_text import ModerationInputText  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(data: object) -> list[ModerationInputImage | ModerationInputText] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_2 = []
                _input_type_2 = data
                for input_type_2_item_data in _input_type_2:

                    def _parse_input_type_2_item(data: object) -> ModerationInputImage | ModerationInputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_moderation_input_part_type_0 = ModerationInputText.from_dict(data)

                            return componentsschemas_moderation_input_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_moderation_input_part_type_1 = ModerationInputImage.from_dict(data)

                        return componentsschemas_moderation_input_part_type_1

                    input_type_2_item = _parse_input_type_2_item(input_type_2_item_data)

                    input_type_2.append(input_type_2_item)

                return input_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModerationInputImage | ModerationInputText] | list[str] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model", UNSET)

        create_moderation_request = cls(
            input_=input_,
            model=model,
        )

        create_moderation_request.additional_properties = d
        return create_moderation_request

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
