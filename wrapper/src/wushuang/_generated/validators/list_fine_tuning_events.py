# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listFineTuningEvents (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "integer", "minimum": 1}
_S3 = {"type": "string", "minLength": 1}
_S4 = {
    "type": "object",
    "properties": {"fine_tuning_job_id": _S3, "after": _S1, "limit": _S2},
    "required": ["fine_tuning_job_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["fine_tuning_job_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "fine_tuning_job_id" in data:
        data__finetuningjobid = data["fine_tuning_job_id"]
        if not isinstance(data__finetuningjobid, str):
            raise SchemaError.at(f"{path}.fine_tuning_job_id", "must be string", data__finetuningjobid, _S3, "type")
        if isinstance(data__finetuningjobid, str):
            data__finetuningjobid_len = len(data__finetuningjobid)
            if data__finetuningjobid_len < 1:
                raise SchemaError.at(
                    f"{path}.fine_tuning_job_id",
                    "must be longer than or equal to 1 characters",
                    data__finetuningjobid,
                    _S3,
                    "minLength",
                )
    if "after" in data:
        data__after = data["after"]
        if not isinstance(data__after, str):
            raise SchemaError.at(f"{path}.after", "must be string", data__after, _S1, "type")
    if "limit" in data:
        data__limit = data["limit"]
        if (
            not isinstance(data__limit, int)
            and (not (isinstance(data__limit, float) and data__limit.is_integer()))
            or isinstance(data__limit, bool)
        ):
            raise SchemaError.at(f"{path}.limit", "must be integer", data__limit, _S2, "type")
        if isinstance(data__limit, (int, float, Decimal)) and (not isinstance(data__limit, bool)):
            if data__limit < 1:
                raise SchemaError.at(f"{path}.limit", "must be bigger than or equal to 1", data__limit, _S2, "minimum")
    return data
