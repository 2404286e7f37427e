# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of swapFace (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "minLength": 1, "x-sdk-data-url": "image"}
_S3 = {
    "type": "object",
    "properties": {"sourceBase64": _S2, "targetBase64": _S2, "notifyHook": _S1, "state": _S1},
    "required": ["sourceBase64", "targetBase64"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S3, "type")
    data__missing_keys = set(["sourceBase64", "targetBase64"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S3, "required")
    if "sourceBase64" in data:
        data__sourceBase64 = data["sourceBase64"]
        if not isinstance(data__sourceBase64, str):
            raise SchemaError.at(f"{path}.sourceBase64", "must be string", data__sourceBase64, _S2, "type")
        if isinstance(data__sourceBase64, str):
            data__sourceBase64_len = len(data__sourceBase64)
            if data__sourceBase64_len < 1:
                raise SchemaError.at(
                    f"{path}.sourceBase64",
                    "must be longer than or equal to 1 characters",
                    data__sourceBase64,
                    _S2,
                    "minLength",
                )
    if "targetBase64" in data:
        data__targetBase64 = data["targetBase64"]
        if not isinstance(data__targetBase64, str):
            raise SchemaError.at(f"{path}.targetBase64", "must be string", data__targetBase64, _S2, "type")
        if isinstance(data__targetBase64, str):
            data__targetBase64_len = len(data__targetBase64)
            if data__targetBase64_len < 1:
                raise SchemaError.at(
                    f"{path}.targetBase64",
                    "must be longer than or equal to 1 characters",
                    data__targetBase64,
                    _S2,
                    "minLength",
                )
    if "notifyHook" in data:
        data__notifyHook = data["notifyHook"]
        if not isinstance(data__notifyHook, str):
            raise SchemaError.at(f"{path}.notifyHook", "must be string", data__notifyHook, _S1, "type")
    if "state" in data:
        data__state = data["state"]
        if not isinstance(data__state, str):
            raise SchemaError.at(f"{path}.state", "must be string", data__state, _S1, "type")
    return data
