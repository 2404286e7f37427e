# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getTaskImageSeed (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "object", "properties": {"id": _S1}, "required": ["id"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set(["id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "id" in data:
        data__id = data["id"]
        if not isinstance(data__id, str):
            raise SchemaError.at(f"{path}.id", "must be string", data__id, _S1, "type")
        if isinstance(data__id, str):
            data__id_len = len(data__id)
            if data__id_len < 1:
                raise SchemaError.at(
                    f"{path}.id", "must be longer than or equal to 1 characters", data__id, _S1, "minLength"
                )
    return data
