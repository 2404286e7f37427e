# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitChange (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "minLength": 1}
_S3 = {"type": "integer", "minimum": 1, "maximum": 4}
_S4 = {"type": "string", "enum": ["UPSCALE", "VARIATION", "REROLL"]}
_S5 = {
    "type": "object",
    "properties": {"taskId": _S2, "action": _S4, "index": _S3, "notifyHook": _S1, "state": _S1},
    "required": ["action", "taskId"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S5, "type")
    data__missing_keys = set(["action", "taskId"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S5, "required")
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
    if "action" in data:
        data__action = data["action"]
        if not isinstance(data__action, str):
            raise SchemaError.at(f"{path}.action", "must be string", data__action, _S4, "type")
        if not (
            isinstance(data__action, str)
            and data__action == "UPSCALE"
            or (isinstance(data__action, str) and data__action == "VARIATION")
            or (isinstance(data__action, str) and data__action == "REROLL")
        ):
            raise SchemaError.at(
                f"{path}.action", "must be one of ['UPSCALE', 'VARIATION', 'REROLL']", data__action, _S4, "enum"
            )
    if "index" in data:
        data__index = data["index"]
        if (
            not isinstance(data__index, int)
            and (not (isinstance(data__index, float) and data__index.is_integer()))
            or isinstance(data__index, bool)
        ):
            raise SchemaError.at(f"{path}.index", "must be integer", data__index, _S3, "type")
        if isinstance(data__index, (int, float, Decimal)) and (not isinstance(data__index, bool)):
            if data__index < 1:
                raise SchemaError.at(f"{path}.index", "must be bigger than or equal to 1", data__index, _S3, "minimum")
            if data__index > 4:
                raise SchemaError.at(f"{path}.index", "must be smaller than or equal to 4", data__index, _S3, "maximum")
    if "notifyHook" in data:
        data__notifyHook = data["notifyHook"]
        if not isinstance(data__notifyHook, str):
            raise SchemaError.at(f"{path}.notifyHook", "must be string", data__notifyHook, _S1, "type")
    if "state" in data:
        data__state = data["state"]
        if not isinstance(data__state, str):
            raise SchemaError.at(f"{path}.state", "must be string", data__state, _S1, "type")
    return data
