# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.run_last_error import RunLastError
    from ..models.run_step_details import RunStepDetails
    from ..models.run_step_metadata_type_0 import RunStepMetadataType0


T = TypeVar("T", bound="RunStep")


@_attrs_define
class RunStep:
    """A step in the execution of a run.

    Attributes:
        id (str):
        object_ (str | Unset): Always `thread.run.step`.
        created_at (int | Unset): Unix time (seconds) of creation.
        assistant_id (str | Unset): The ID of the assistant of the run.
        thread_id (str | Unset): The ID of the thread that was run.
        run_id (str | Unset): The ID of the run the step is part of.
        type_ (str | Unset): message_creation or tool_calls.
        status (str | Unset): in_progress, cancelled, failed, completed or expired.
        step_details (RunStepDetails | Unset): What the step did: `message_creation` (with `message_creation` set) or
            `tool_calls` (with `tool_calls` set); details of new types decode too.
        last_error (None | RunLastError | Unset): The last error of the step (code server_error or rate_limit_exceeded).
        expired_at (int | None | Unset): Unix time (seconds) when the step expired (with its run).
        cancelled_at (int | None | Unset): Unix time (seconds) when the step was cancelled.
        failed_at (int | None | Unset): Unix time (seconds) when the step failed.
        completed_at (int | None | Unset): Unix time (seconds) when the step completed.
        metadata (None | RunStepMetadataType0 | Unset): Up to 16 key-value pairs.
        usage (CompletionUsage | None | Unset): Token usage of the step; null while it is in progress.
    """

    id: str
    object_: str | Unset = UNSET
    created_at: int | Unset = UNSET
    assistant_id: str | Unset = UNSET
    thread_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    step_details: RunStepDetails | Unset = UNSET
    last_error: None | RunLastError | Unset = UNSET
    expired_at: int | None | Unset = UNSET
    cancelled_at: int | None | Unset = UNSET
    failed_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    metadata: None | RunStepMetadataType0 | Unset = UNSET
    usage: CompletionUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_usage import CompletionUsage  # noqa: PLC0415
        from ..models.run_last_error import RunLastError  # noqa: PLC0415
        from ..models.run_step_metadata_type_0 import RunStepMetadataType0  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        assistant_id = self.assistant_id

        thread_id = self.thread_id

        run_id = self.run_id

        type_ = self.type_

        status = self.status

        step_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.step_details, Unset):
            step_details = self.step_details.to_dict()

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, RunLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expired_at: int | None | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = self.expired_at

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, RunStepMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

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
        if assistant_id is not UNSET:
            field_dict["assistant_id"] = assistant_id
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if step_details is not UNSET:
            field_dict["step_details"] = step_details
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion_usage import CompletionUsage  # noqa: PLC0415
        from ..models.run_last_error import RunLastError  # noqa: PLC0415
        from ..models.run_step_details import RunStepDetails  # noqa: PLC0415
        from ..models.run_step_metadata_type_0 import RunStepMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created_at = d.pop("created_at", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        _step_details = d.pop("step_details", UNSET)
        step_details: RunStepDetails | Unset
        if isinstance(_step_details, Unset):
            step_details = UNSET
        else:
            step_details = RunStepDetails.from_dict(_step_details)

        def _parse_last_error(data: object) -> None | RunLastError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = RunLastError.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunLastError | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        def _parse_expired_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expired_at = _parse_expired_at(d.pop("expired_at", UNSET))

        def _parse_cancelled_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at", UNSET))

        def _parse_failed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_at = _parse_failed_at(d.pop("failed_at", UNSET))

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_metadata(data: object) -> None | RunStepMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = RunStepMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunStepMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_usage(data: object) -> CompletionUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = CompletionUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompletionUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        run_step = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            metadata=metadata,
            usage=usage,
        )

        run_step.additional_properties = d
        return run_step

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
