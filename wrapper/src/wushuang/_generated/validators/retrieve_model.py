# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of retrieveModel (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "object", "properties": {"model": _S1}, "required": ["model"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set(["model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
        if isinstance(data__model, str):
            data__model_len = len(data__model)
            if data__model_len < 1:
                raise SchemaError.at(
                    f"{path}.model", "must be longer than or equal to 1 characters", data__model, _S1, "minLength"
                )
    return data
