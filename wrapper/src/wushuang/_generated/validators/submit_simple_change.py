# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitSimpleChange (wire names); compiled by fastjsonschema."""

import re
from wushuang._core.validation import SchemaError

REGEX_PATTERNS = {"^[^ ]+ ([UuVv][1-4]|[Rr])$": re.compile("^[^ ]+ ([UuVv][1-4]|[Rr])\\Z")}


_S1 = {"type": "string"}
_S2 = {"type": "string", "pattern": "^[^ ]+ ([UuVv][1-4]|[Rr])$"}
_S3 = {"type": "object", "properties": {"content": _S2, "notifyHook": _S1, "state": _S1}, "required": ["content"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S3, "type")
    data__missing_keys = set(["content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S3, "required")
    if "content" in data:
        data__content = data["content"]
        if not isinstance(data__content, str):
            raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
        if isinstance(data__content, str):
            if not REGEX_PATTERNS["^[^ ]+ ([UuVv][1-4]|[Rr])$"].search(data__content):
                raise SchemaError.at(
                    f"{path}.content", "must match pattern ^[^ ]+ ([UuVv][1-4]|[Rr])$", data__content, _S2, "pattern"
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
