# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitShorten (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "minLength": 1}
_S3 = {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]}
_S4 = {
    "type": "object",
    "properties": {"prompt": _S2, "botType": _S3, "notifyHook": _S1, "state": _S1},
    "required": ["prompt"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["prompt"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S2, "type")
        if isinstance(data__prompt, str):
            data__prompt_len = len(data__prompt)
            if data__prompt_len < 1:
                raise SchemaError.at(
                    f"{path}.prompt", "must be longer than or equal to 1 characters", data__prompt, _S2, "minLength"
                )
    if "botType" in data:
        data__botType = data["botType"]
        if not isinstance(data__botType, str):
            raise SchemaError.at(f"{path}.botType", "must be string", data__botType, _S3, "type")
        if not (
            isinstance(data__botType, str)
            and data__botType == "MID_JOURNEY"
            or (isinstance(data__botType, str) and data__botType == "NIJI_JOURNEY")
        ):
            raise SchemaError.at(
                f"{path}.botType", "must be one of ['MID_JOURNEY', 'NIJI_JOURNEY']", data__botType, _S3, "enum"
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
