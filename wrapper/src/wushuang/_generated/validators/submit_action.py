# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitAction (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "boolean"}
_S3 = {"type": "string", "minLength": 1}
_S4 = {
    "type": "object",
    "properties": {"taskId": _S3, "customId": _S3, "chooseSameChannel": _S2, "notifyHook": _S1, "state": _S1},
    "required": ["customId", "taskId"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["customId", "taskId"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "taskId" in data:
        data__taskId = data["taskId"]
        if not isinstance(data__taskId, str):
            raise SchemaError.at(f"{path}.taskId", "must be string", data__taskId, _S3, "type")
        if isinstance(data__taskId, str):
            data__taskId_len = len(data__taskId)
            if data__taskId_len < 1:
                raise SchemaError.at(
                    f"{path}.taskId", "must be longer than or equal to 1 characters", data__taskId, _S3, "minLength"
                )
    if "customId" in data:
        data__customId = data["customId"]
        if not isinstance(data__customId, str):
            raise SchemaError.at(f"{path}.customId", "must be string", data__customId, _S3, "type")
        if isinstance(data__customId, str):
            data__customId_len = len(data__customId)
            if data__customId_len < 1:
                raise SchemaError.at(
                    f"{path}.customId", "must be longer than or equal to 1 characters", data__customId, _S3, "minLength"
                )
    if "chooseSameChannel" in data:
        data__chooseSameChannel = data["chooseSameChannel"]
        if not isinstance(data__chooseSameChannel, bool):
            raise SchemaError.at(f"{path}.chooseSameChannel", "must be boolean", data__chooseSameChannel, _S2, "type")
    if "notifyHook" in data:
        data__notifyHook = data["notifyHook"]
        if not isinstance(data__notifyHook, str):
            raise SchemaError.at(f"{path}.notifyHook", "must be string", data__notifyHook, _S1, "type")
    if "state" in data:
        data__state = data["state"]
        if not isinstance(data__state, str):
            raise SchemaError.at(f"{path}.state", "must be string", data__state, _S1, "type")
    return data
