# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitDescribe (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]}
_S3 = {"type": "string", "minLength": 1, "x-sdk-data-url": "image"}
_S4 = {
    "type": "object",
    "properties": {"base64": _S3, "botType": _S2, "notifyHook": _S1, "state": _S1},
    "required": ["base64"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["base64"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "base64" in data:
        data__base64 = data["base64"]
        if not isinstance(data__base64, str):
            raise SchemaError.at(f"{path}.base64", "must be string", data__base64, _S3, "type")
        if isinstance(data__base64, str):
            data__base64_len = len(data__base64)
            if data__base64_len < 1:
                raise SchemaError.at(
                    f"{path}.base64", "must be longer than or equal to 1 characters", data__base64, _S3, "minLength"
                )
    if "botType" in data:
        data__botType = data["botType"]
        if not isinstance(data__botType, str):
            raise SchemaError.at(f"{path}.botType", "must be string", data__botType, _S2, "type")
        if not (
            isinstance(data__botType, str)
            and data__botType == "MID_JOURNEY"
            or (isinstance(data__botType, str) and data__botType == "NIJI_JOURNEY")
        ):
            raise SchemaError.at(
                f"{path}.botType", "must be one of ['MID_JOURNEY', 'NIJI_JOURNEY']", data__botType, _S2, "enum"
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
