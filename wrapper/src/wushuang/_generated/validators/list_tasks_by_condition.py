# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listTasksByCondition (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "array", "items": _S1}
_S3 = {"type": "object", "properties": {"ids": _S2}, "required": ["ids"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S3, "type")
    data__missing_keys = set(["ids"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S3, "required")
    if "ids" in data:
        data__ids = data["ids"]
        if not isinstance(data__ids, (list, tuple)):
            raise SchemaError.at(f"{path}.ids", "must be array", data__ids, _S2, "type")
        data__ids_len = len(data__ids)
        for data__ids_x, data__ids_item in enumerate(data__ids):
            if not isinstance(data__ids_item, str):
                raise SchemaError.at(f"{path}.ids[{data__ids_x}]", "must be string", data__ids_item, _S1, "type")
    return data
