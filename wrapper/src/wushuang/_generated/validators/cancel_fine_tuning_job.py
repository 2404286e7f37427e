# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of cancelFineTuningJob (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "object", "properties": {"fine_tuning_job_id": _S1}, "required": ["fine_tuning_job_id"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set(["fine_tuning_job_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "fine_tuning_job_id" in data:
        data__finetuningjobid = data["fine_tuning_job_id"]
        if not isinstance(data__finetuningjobid, str):
            raise SchemaError.at(f"{path}.fine_tuning_job_id", "must be string", data__finetuningjobid, _S1, "type")
        if isinstance(data__finetuningjobid, str):
            data__finetuningjobid_len = len(data__finetuningjobid)
            if data__finetuningjobid_len < 1:
                raise SchemaError.at(
                    f"{path}.fine_tuning_job_id",
                    "must be longer than or equal to 1 characters",
                    data__finetuningjobid,
                    _S1,
                    "minLength",
                )
    return data
