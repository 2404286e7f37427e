# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listPaginatedFineTuningJobs (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "integer", "minimum": 1, "maximum": 100}
_S3 = {"type": "object", "additionalProperties": _S1}
_S4 = {"type": "object", "properties": {"after": _S1, "limit": _S2, "metadata": _S3}, "required": []}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set([]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
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
            if data__limit > 100:
                raise SchemaError.at(
                    f"{path}.limit", "must be smaller than or equal to 100", data__limit, _S2, "maximum"
                )
    if "metadata" in data:
        data__metadata = data["metadata"]
        if not isinstance(data__metadata, dict):
            raise SchemaError.at(f"{path}.metadata", "must be object", data__metadata, _S3, "type")
        data__metadata_keys = set(data__metadata.keys())
        for data__metadata_key in data__metadata_keys:
            if data__metadata_key not in []:
                data__metadata_value = data__metadata.get(data__metadata_key)
                if not isinstance(data__metadata_value, str):
                    raise SchemaError.at(
                        f"{path}.metadata.{data__metadata_key}", "must be string", data__metadata_value, _S1, "type"
                    )
    return data
