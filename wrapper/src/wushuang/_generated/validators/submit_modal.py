# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitModal (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "minLength": 1}
_S3 = {"type": "string", "x-sdk-data-url": "image"}
_S4 = {"type": "object", "properties": {"taskId": _S2, "prompt": _S1, "maskBase64": _S3}, "required": ["taskId"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["taskId"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "taskId" in data:
        data__taskId = data["taskId"]
        if not isinstance(data__taskId, str):
            raise SchemaError.at(f"{path}.taskId", "must be string", data__taskId, _S2, "type")
        if isinstance(data__taskId, str):
            data__taskId_len = len(data__taskId)
            if data__taskId_len < 1:
                raise SchemaError.at(
                    f"{path}.taskId", "must be longer than or equal to 1 characters", data__taskId, _S2, "minLength"
                )
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S1, "type")
    if "maskBase64" in data:
        data__maskBase64 = data["maskBase64"]
        if not isinstance(data__maskBase64, str):
            raise SchemaError.at(f"{path}.maskBase64", "must be string", data__maskBase64, _S3, "type")
    return data
