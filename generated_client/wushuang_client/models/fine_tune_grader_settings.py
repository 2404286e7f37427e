# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_grader_settings_operation_type_0 import FineTuneGraderSettingsOperationType0
from ..models.fine_tune_grader_settings_type_type_0 import FineTuneGraderSettingsTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_grader_message import FineTuneGraderMessage
    from ..models.fine_tune_grader_settings_sampling_params import FineTuneGraderSettingsSamplingParams


T = TypeVar("T", bound="FineTuneGraderSettings")


@_attrs_define
class FineTuneGraderSettings:
    """One grader: `string_check` (`input`, `reference`, `operation`), `text_similarity` (`input`, `reference`,
    `evaluation_metric`), `python` (`source`, `image_tag`), `score_model` (`model`, `input` messages, `range`,
    `sampling_params`) or `label_model` (`model`, `input`, `labels`, `passing_labels`).

        Attributes:
            type_ (FineTuneGraderSettingsTypeType0 | str):
            name (str):
            input_ (list[FineTuneGraderMessage] | str | Unset): A template string, or the messages of a model grader.
            reference (str | Unset): The template the input is compared with.
            operation (FineTuneGraderSettingsOperationType0 | str | Unset): How `string_check` compares.
            evaluation_metric (str | Unset): `text_similarity`: `cosine`, `fuzzy_match`, `bleu`, `gleu`, `meteor`, `rouge_1`
                ... `rouge_l`.
            source (str | Unset): The Python source of a `python` grader.
            image_tag (str | Unset): The image the Python code runs in.
            model (str | Unset): The model of a model grader.
            sampling_params (FineTuneGraderSettingsSamplingParams | Unset): How the grader model samples.
            range_ (list[float] | Unset): The score range.
            labels (list[str] | Unset): The labels a `label_model` may give.
            passing_labels (list[str] | Unset): The labels that pass.
    """

    type_: FineTuneGraderSettingsTypeType0 | str
    name: str
    input_: list[FineTuneGraderMessage] | str | Unset = UNSET
    reference: str | Unset = UNSET
    operation: FineTuneGraderSettingsOperationType0 | str | Unset = UNSET
    evaluation_metric: str | Unset = UNSET
    source: str | Unset = UNSET
    image_tag: str | Unset = UNSET
    model: str | Unset = UNSET
    sampling_params: FineTuneGraderSettingsSamplingParams | Unset = UNSET
    range_: list[float] | Unset = UNSET
    labels: list[str] | Unset = UNSET
    passing_labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, FineTuneGraderSettingsTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name = self.name

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        reference = self.reference

        operation: str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, FineTuneGraderSettingsOperationType0):
            operation = self.operation.value
        else:
            operation = self.operation

        evaluation_metric = self.evaluation_metric

        source = self.source

        image_tag = self.image_tag

        model = self.model

        sampling_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sampling_params, Unset):
            sampling_params = self.sampling_params.to_dict()

        range_: list[float] | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = self.range_

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        passing_labels: list[str] | Unset = UNSET
        if not isinstance(self.passing_labels, Unset):
            passing_labels = self.passing_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if reference is not UNSET:
            field_dict["reference"] = reference
        if operation is not UNSET:
            field_dict["operation"] = operation
        if evaluation_metric is not UNSET:
            field_dict["evaluation_metric"] = evaluation_metric
        if source is not UNSET:
            field_dict["source"] = source
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if model is not UNSET:
            field_dict["model"] = model
        if sampling_params is not UNSET:
            field_dict["sampling_params"] = sampling_params
        if range_ is not UNSET:
            field_dict["range"] = range_
        if labels is not UNSET:
            field_dict["labels"] = labels
        if passing_labels is not UNSET:
            field_dict["passing_labels"] = passing_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_grader_message import FineTuneGraderMessage  # noqa: PLC0415
        from ..models.fine_tune_grader_settings_sampling_params import FineTuneGraderSettingsSamplingParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> FineTuneGraderSettingsTypeType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FineTuneGraderSettingsTypeType0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneGraderSettingsTypeType0 | str, data)

        type_ = _parse_type_(d.pop("type"))

        name = d.pop("name")

        def _parse_input_(data: object) -> list[FineTuneGraderMessage] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = FineTuneGraderMessage.from_dict(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FineTuneGraderMessage] | str | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        reference = d.pop("reference", UNSET)

        def _parse_operation(data: object) -> FineTuneGraderSettingsOperationType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_0 = FineTuneGraderSettingsOperationType0(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneGraderSettingsOperationType0 | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        evaluation_metric = d.pop("evaluation_metric", UNSET)

        source = d.pop("source", UNSET)

        image_tag = d.pop("image_tag", UNSET)

        model = d.pop("model", UNSET)

        _sampling_params = d.pop("sampling_params", UNSET)
        sampling_params: FineTuneGraderSettingsSamplingParams | Unset
        if isinstance(_sampling_params, Unset):
            sampling_params = UNSET
        else:
            sampling_params = FineTuneGraderSettingsSamplingParams.from_dict(_sampling_params)

        range_ = cast(list[float], d.pop("range", UNSET))

        labels = cast(list[str], d.pop("labels", UNSET))

        passing_labels = cast(list[str], d.pop("passing_labels", UNSET))

        fine_tune_grader_settings = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            operation=operation,
            evaluation_metric=evaluation_metric,
            source=source,
            image_tag=image_tag,
            model=model,
            sampling_params=sampling_params,
            range_=range_,
            labels=labels,
            passing_labels=passing_labels,
        )

        fine_tune_grader_settings.additional_properties = d
        return fine_tune_grader_settings

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
