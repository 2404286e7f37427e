# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_grader_content_part_input_audio import FineTuneGraderContentPartInputAudio
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


T = TypeVar("T", bound="FineTuneGraderContentPart")


@_attrs_define
class FineTuneGraderContentPart:
    """A part of a grader message: `input_text` / `output_text` (`text`), `input_image` (`image_url`, `detail`) or
    `input_audio` (`input_audio`).

        Attributes:
            type_ (str | Unset):
            text (str | Unset):
            image_url (str | Unset):
            detail (str | Unset): `auto`, `low` or `high`.
            input_audio (FineTuneGraderContentPartInputAudio | Unset):
            prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the end of a prefix to keep in the prompt cache.
    """

    type_: str | Unset = UNSET
    text: str | Unset = UNSET
    image_url: str | Unset = UNSET
    detail: str | Unset = UNSET
    input_audio: FineTuneGraderContentPartInputAudio | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        image_url = self.image_url

        detail = self.detail

        input_audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio, Unset):
            input_audio = self.input_audio.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if input_audio is not UNSET:
            field_dict["input_audio"] = input_audio
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_grader_content_part_input_audio import FineTuneGraderContentPartInputAudio  # noqa: PLC0415
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        text = d.pop("text", UNSET)

        image_url = d.pop("image_url", UNSET)

        detail = d.pop("detail", UNSET)

        _input_audio = d.pop("input_audio", UNSET)
        input_audio: FineTuneGraderContentPartInputAudio | Unset
        if isinstance(_input_audio, Unset):
            input_audio = UNSET
        else:
            input_audio = FineTuneGraderContentPartInputAudio.from_dict(_input_audio)

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        fine_tune_grader_content_part = cls(
            type_=type_,
            text=text,
            image_url=image_url,
            detail=detail,
            input_audio=input_audio,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        fine_tune_grader_content_part.additional_properties = d
        return fine_tune_grader_content_part

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
