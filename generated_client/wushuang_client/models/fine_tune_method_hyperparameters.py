# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fine_tune_method_hyperparameters_batch_size_type_0_type_0 import (
    FineTuneMethodHyperparametersBatchSizeType0Type0,
)
from ..models.fine_tune_method_hyperparameters_beta_type_0_type_0 import FineTuneMethodHyperparametersBetaType0Type0
from ..models.fine_tune_method_hyperparameters_compute_multiplier_type_0_type_0 import (
    FineTuneMethodHyperparametersComputeMultiplierType0Type0,
)
from ..models.fine_tune_method_hyperparameters_eval_interval_type_0_type_0 import (
    FineTuneMethodHyperparametersEvalIntervalType0Type0,
)
from ..models.fine_tune_method_hyperparameters_eval_samples_type_0_type_0 import (
    FineTuneMethodHyperparametersEvalSamplesType0Type0,
)
from ..models.fine_tune_method_hyperparameters_learning_rate_multiplier_type_0_type_0 import (
    FineTuneMethodHyperparametersLearningRateMultiplierType0Type0,
)
from ..models.fine_tune_method_hyperparameters_n_epochs_type_0_type_0 import (
    FineTuneMethodHyperparametersNEpochsType0Type0,
)
from ..models.fine_tune_method_hyperparameters_reasoning_effort_type_0 import (
    FineTuneMethodHyperparametersReasoningEffortType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FineTuneMethodHyperparameters")


@_attrs_define
class FineTuneMethodHyperparameters:
    """The hyperparameters of a method; each is `auto` (the server's default) or a value.

    Attributes:
        batch_size (FineTuneMethodHyperparametersBatchSizeType0Type0 | int | str | Unset): Examples per batch.
        learning_rate_multiplier (FineTuneMethodHyperparametersLearningRateMultiplierType0Type0 | float | str | Unset):
            Scales the learning rate.
        n_epochs (FineTuneMethodHyperparametersNEpochsType0Type0 | int | str | Unset): Full cycles through the training
            data.
        beta (FineTuneMethodHyperparametersBetaType0Type0 | float | str | Unset): DPO only: how strongly the policy is
            kept near the reference model.
        compute_multiplier (FineTuneMethodHyperparametersComputeMultiplierType0Type0 | float | str | Unset):
            Reinforcement only: the compute spent exploring.
        eval_interval (FineTuneMethodHyperparametersEvalIntervalType0Type0 | int | str | Unset): Reinforcement only:
            training steps between evaluations.
        eval_samples (FineTuneMethodHyperparametersEvalSamplesType0Type0 | int | str | Unset): Reinforcement only:
            samples per evaluation.
        reasoning_effort (FineTuneMethodHyperparametersReasoningEffortType0 | str | Unset): Reinforcement only: the
            reasoning effort of the model being trained.
    """

    batch_size: FineTuneMethodHyperparametersBatchSizeType0Type0 | int | str | Unset = UNSET
    learning_rate_multiplier: FineTuneMethodHyperparametersLearningRateMultiplierType0Type0 | float | str | Unset = (
        UNSET
    )
    n_epochs: FineTuneMethodHyperparametersNEpochsType0Type0 | int | str | Unset = UNSET
    beta: FineTuneMethodHyperparametersBetaType0Type0 | float | str | Unset = UNSET
    compute_multiplier: FineTuneMethodHyperparametersComputeMultiplierType0Type0 | float | str | Unset = UNSET
    eval_interval: FineTuneMethodHyperparametersEvalIntervalType0Type0 | int | str | Unset = UNSET
    eval_samples: FineTuneMethodHyperparametersEvalSamplesType0Type0 | int | str | Unset = UNSET
    reasoning_effort: FineTuneMethodHyperparametersReasoningEffortType0 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_size: int | str | Unset
        if isinstance(self.batch_size, Unset):
            batch_size = UNSET
        elif isinstance(self.batch_size, FineTuneMethodHyperparametersBatchSizeType0Type0):
            batch_size = self.batch_size.value
        else:
            batch_size = self.batch_size

        learning_rate_multiplier: float | str | Unset
        if isinstance(self.learning_rate_multiplier, Unset):
            learning_rate_multiplier = UNSET
        elif isinstance(self.learning_rate_multiplier, FineTuneMethodHyperparametersLearningRateMultiplierType0Type0):
            learning_rate_multiplier = self.learning_rate_multiplier.value
        else:
            learning_rate_multiplier = self.learning_rate_multiplier

        n_epochs: int | str | Unset
        if isinstance(self.n_epochs, Unset):
            n_epochs = UNSET
        elif isinstance(self.n_epochs, FineTuneMethodHyperparametersNEpochsType0Type0):
            n_epochs = self.n_epochs.value
        else:
            n_epochs = self.n_epochs

        beta: float | str | Unset
        if isinstance(self.beta, Unset):
            beta = UNSET
        elif isinstance(self.beta, FineTuneMethodHyperparametersBetaType0Type0):
            beta = self.beta.value
        else:
            beta = self.beta

        compute_multiplier: float | str | Unset
        if isinstance(self.compute_multiplier, Unset):
            compute_multiplier = UNSET
        elif isinstance(self.compute_multiplier, FineTuneMethodHyperparametersComputeMultiplierType0Type0):
            compute_multiplier = self.compute_multiplier.value
        else:
            compute_multiplier = self.compute_multiplier

        eval_interval: int | str | Unset
        if isinstance(self.eval_interval, Unset):
            eval_interval = UNSET
        elif isinstance(self.eval_interval, FineTuneMethodHyperparametersEvalIntervalType0Type0):
            eval_interval = self.eval_interval.value
        else:
            eval_interval = self.eval_interval

        eval_samples: int | str | Unset
        if isinstance(self.eval_samples, Unset):
            eval_samples = UNSET
        elif isinstance(self.eval_samples, FineTuneMethodHyperparametersEvalSamplesType0Type0):
            eval_samples = self.eval_samples.value
        else:
            eval_samples = self.eval_samples

        reasoning_effort: str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, FineTuneMethodHyperparametersReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_size is not UNSET:
            field_dict["batch_size"] = batch_size
        if learning_rate_multiplier is not UNSET:
            field_dict["learning_rate_multiplier"] = learning_rate_multiplier
        if n_epochs is not UNSET:
            field_dict["n_epochs"] = n_epochs
        if beta is not UNSET:
            field_dict["beta"] = beta
        if compute_multiplier is not UNSET:
            field_dict["compute_multiplier"] = compute_multiplier
        if eval_interval is not UNSET:
            field_dict["eval_interval"] = eval_interval
        if eval_samples is not UNSET:
            field_dict["eval_samples"] = eval_samples
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_batch_size(data: object) -> FineTuneMethodHyperparametersBatchSizeType0Type0 | int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                batch_size_type_0_type_0 = FineTuneMethodHyperparametersBatchSizeType0Type0(data)

                return batch_size_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersBatchSizeType0Type0 | int | str | Unset, data)

        batch_size = _parse_batch_size(d.pop("batch_size", UNSET))

        def _parse_learning_rate_multiplier(
            data: object,
        ) -> FineTuneMethodHyperparametersLearningRateMultiplierType0Type0 | float | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                learning_rate_multiplier_type_0_type_0 = FineTuneMethodHyperparametersLearningRateMultiplierType0Type0(
                    data
                )

                return learning_rate_multiplier_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersLearningRateMultiplierType0Type0 | float | str | Unset, data)

        learning_rate_multiplier = _parse_learning_rate_multiplier(d.pop("learning_rate_multiplier", UNSET))

        def _parse_n_epochs(data: object) -> FineTuneMethodHyperparametersNEpochsType0Type0 | int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                n_epochs_type_0_type_0 = FineTuneMethodHyperparametersNEpochsType0Type0(data)

                return n_epochs_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersNEpochsType0Type0 | int | str | Unset, data)

        n_epochs = _parse_n_epochs(d.pop("n_epochs", UNSET))

        def _parse_beta(data: object) -> FineTuneMethodHyperparametersBetaType0Type0 | float | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beta_type_0_type_0 = FineTuneMethodHyperparametersBetaType0Type0(data)

                return beta_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersBetaType0Type0 | float | str | Unset, data)

        beta = _parse_beta(d.pop("beta", UNSET))

        def _parse_compute_multiplier(
            data: object,
        ) -> FineTuneMethodHyperparametersComputeMultiplierType0Type0 | float | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compute_multiplier_type_0_type_0 = FineTuneMethodHyperparametersComputeMultiplierType0Type0(data)

                return compute_multiplier_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersComputeMultiplierType0Type0 | float | str | Unset, data)

        compute_multiplier = _parse_compute_multiplier(d.pop("compute_multiplier", UNSET))

        def _parse_eval_interval(
            data: object,
        ) -> FineTuneMethodHyperparametersEvalIntervalType0Type0 | int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eval_interval_type_0_type_0 = FineTuneMethodHyperparametersEvalIntervalType0Type0(data)

                return eval_interval_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersEvalIntervalType0Type0 | int | str | Unset, data)

        eval_interval = _parse_eval_interval(d.pop("eval_interval", UNSET))

        def _parse_eval_samples(data: object) -> FineTuneMethodHyperparametersEvalSamplesType0Type0 | int | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                eval_samples_type_0_type_0 = FineTuneMethodHyperparametersEvalSamplesType0Type0(data)

                return eval_samples_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersEvalSamplesType0Type0 | int | str | Unset, data)

        eval_samples = _parse_eval_samples(d.pop("eval_samples", UNSET))

        def _parse_reasoning_effort(data: object) -> FineTuneMethodHyperparametersReasoningEffortType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = FineTuneMethodHyperparametersReasoningEffortType0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuneMethodHyperparametersReasoningEffortType0 | str | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        fine_tune_method_hyperparameters = cls(
            batch_size=batch_size,
            learning_rate_multiplier=learning_rate_multiplier,
            n_epochs=n_epochs,
            beta=beta,
            compute_multiplier=compute_multiplier,
            eval_interval=eval_interval,
            eval_samples=eval_samples,
            reasoning_effort=reasoning_effort,
        )

        fine_tune_method_hyperparameters.additional_properties = d
        return fine_tune_method_hyperparameters

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
