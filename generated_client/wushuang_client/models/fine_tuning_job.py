# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tune_method import FineTuneMethod
    from ..models.fine_tuning_integration import FineTuningIntegration
    from ..models.fine_tuning_job_error import FineTuningJobError
    from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from ..models.fine_tuning_job_metadata_type_0 import FineTuningJobMetadataType0


T = TypeVar("T", bound="FineTuningJob")


@_attrs_define
class FineTuningJob:
    """A fine-tuning job.

    Attributes:
        id (str): The job ID (`ftjob-...`).
        object_ (str | Unset): Always `fine_tuning.job`.
        created_at (int | Unset): When the job was created (Unix seconds).
        error (FineTuningJobError | None | Unset): Why the job failed, when its status is failed.
        fine_tuned_model (None | str | Unset): The name of the model being created; null while the job runs.
        finished_at (int | None | Unset): When the job finished (Unix seconds); null while it runs.
        hyperparameters (FineTuningJobHyperparameters | Unset): The hyperparameters the job uses.
        model (str | Unset): The base model being fine-tuned.
        organization_id (str | Unset): The organization that owns the job.
        result_files (list[str] | Unset): The IDs of the result files; read them with `GET /v1/files/{file_id}/content`.
        status (str | Unset): validating_files, queued, running, succeeded, failed or cancelled.
        trained_tokens (int | None | Unset): The billable tokens the job processed; null while it runs.
        training_file (str | Unset): The ID of the training file.
        validation_file (None | str | Unset): The ID of the validation file, if any.
        integrations (list[FineTuningIntegration] | None | Unset): The integrations enabled for the job.
        seed (int | None | Unset): The seed of the job.
        method (FineTuneMethod | Unset): How the model is trained: `supervised` (the default), `dpo` (direct preference
            optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings.
        metadata (FineTuningJobMetadataType0 | None | Unset): The key-value pairs attached to the job.
        estimated_finish (int | None | Unset): When the job is expected to finish (Unix seconds), while it runs.
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    error: FineTuningJobError | None | Unset = UNSET
    fine_tuned_model: None | str | Unset = UNSET
    finished_at: int | None | Unset = UNSET
    hyperparameters: FineTuningJobHyperparameters | Unset = UNSET
    model: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    result_files: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    trained_tokens: int | None | Unset = UNSET
    training_file: str | Unset = UNSET
    validation_file: None | str | Unset = UNSET
    integrations: list[FineTuningIntegration] | None | Unset = UNSET
    seed: int | None | Unset = UNSET
    method: FineTuneMethod | Unset = UNSET
    metadata: FineTuningJobMetadataType0 | None | Unset = UNSET
    estimated_finish: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fine_tuning_job_error import FineTuningJobError  # noqa: PLC0415
        from ..models.fine_tuning_job_metadata_type_0 import FineTuningJobMetadataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, FineTuningJobError):
            error = self.error.to_dict()
        else:
            error = self.error

        fine_tuned_model: None | str | Unset
        if isinstance(self.fine_tuned_model, Unset):
            fine_tuned_model = UNSET
        else:
            fine_tuned_model = self.fine_tuned_model

        finished_at: int | None | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        else:
            finished_at = self.finished_at

        hyperparameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyperparameters, Unset):
            hyperparameters = self.hyperparameters.to_dict()

        model = self.model

        organization_id = self.organization_id

        result_files: list[str] | Unset = UNSET
        if not isinstance(self.result_files, Unset):
            result_files = self.result_files

        status = self.status

        trained_tokens: int | None | Unset
        if isinstance(self.trained_tokens, Unset):
            trained_tokens = UNSET
        else:
            trained_tokens = self.trained_tokens

        training_file = self.training_file

        validation_file: None | str | Unset
        if isinstance(self.validation_file, Unset):
            validation_file = UNSET
        else:
            validation_file = self.validation_file

        integrations: list[dict[str, Any]] | None | Unset
        if isinstance(self.integrations, Unset):
            integrations = UNSET
        elif isinstance(self.integrations, list):
            integrations = []
            for integrations_type_0_item_data in self.integrations:
                integrations_type_0_item = integrations_type_0_item_data.to_dict()
                integrations.append(integrations_type_0_item)

        else:
            integrations = self.integrations

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, FineTuningJobMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        estimated_finish: int | None | Unset
        if isinstance(self.estimated_finish, Unset):
            estimated_finish = UNSET
        else:
            estimated_finish = self.estimated_finish

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if error is not UNSET:
            field_dict["error"] = error
        if fine_tuned_model is not UNSET:
            field_dict["fine_tuned_model"] = fine_tuned_model
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if hyperparameters is not UNSET:
            field_dict["hyperparameters"] = hyperparameters
        if model is not UNSET:
            field_dict["model"] = model
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if result_files is not UNSET:
            field_dict["result_files"] = result_files
        if status is not UNSET:
            field_dict["status"] = status
        if trained_tokens is not UNSET:
            field_dict["trained_tokens"] = trained_tokens
        if training_file is not UNSET:
            field_dict["training_file"] = training_file
        if validation_file is not UNSET:
            field_dict["validation_file"] = validation_file
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if seed is not UNSET:
            field_dict["seed"] = seed
        if method is not UNSET:
            field_dict["method"] = method
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if estimated_finish is not UNSET:
            field_dict["estimated_finish"] = estimated_finish

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fine_tune_method import FineTuneMethod  # noqa: PLC0415
        from ..models.fine_tuning_integration import FineTuningIntegration  # noqa: PLC0415
        from ..models.fine_tuning_job_error import FineTuningJobError  # noqa: PLC0415
        from ..models.fine_tuning_job_hyperparameters import FineTuningJobHyperparameters  # noqa: PLC0415
        from ..models.fine_tuning_job_metadata_type_0 import FineTuningJobMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_error(data: object) -> FineTuningJobError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = FineTuningJobError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_fine_tuned_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fine_tuned_model = _parse_fine_tuned_model(d.pop("fine_tuned_model", UNSET))

        def _parse_finished_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        _hyperparameters = d.pop("hyperparameters", UNSET)
        hyperparameters: FineTuningJobHyperparameters | Unset
        if isinstance(_hyperparameters, Unset):
            hyperparameters = UNSET
        else:
            hyperparameters = FineTuningJobHyperparameters.from_dict(_hyperparameters)

        model = d.pop("model", UNSET)

        organization_id = d.pop("organization_id", UNSET)

        result_files = cast(list[str], d.pop("result_files", UNSET))

        status = d.pop("status", UNSET)

        def _parse_trained_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trained_tokens = _parse_trained_tokens(d.pop("trained_tokens", UNSET))

        training_file = d.pop("training_file", UNSET)

        def _parse_validation_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validation_file = _parse_validation_file(d.pop("validation_file", UNSET))

        def _parse_integrations(data: object) -> list[FineTuningIntegration] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                integrations_type_0 = []
                _integrations_type_0 = data
                for integrations_type_0_item_data in _integrations_type_0:
                    integrations_type_0_item = FineTuningIntegration.from_dict(integrations_type_0_item_data)

                    integrations_type_0.append(integrations_type_0_item)

                return integrations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FineTuningIntegration] | None | Unset, data)

        integrations = _parse_integrations(d.pop("integrations", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        _method = d.pop("method", UNSET)
        method: FineTuneMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = FineTuneMethod.from_dict(_method)

        def _parse_metadata(data: object) -> FineTuningJobMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = FineTuningJobMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningJobMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_estimated_finish(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_finish = _parse_estimated_finish(d.pop("estimated_finish", UNSET))

        fine_tuning_job = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            error=error,
            fine_tuned_model=fine_tuned_model,
            finished_at=finished_at,
            hyperparameters=hyperparameters,
            model=model,
            organization_id=organization_id,
            result_files=result_files,
            status=status,
            trained_tokens=trained_tokens,
            training_file=training_file,
            validation_file=validation_file,
            integrations=integrations,
            seed=seed,
            method=method,
            metadata=metadata,
            estimated_finish=estimated_finish,
        )

        fine_tuning_job.additional_properties = d
        return fine_tuning_job

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
