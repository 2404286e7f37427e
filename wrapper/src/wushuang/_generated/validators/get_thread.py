# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getThread (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "object", "properties": {"thread_id": _S1}, "required": ["thread_id"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set(["thread_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "thread_id" in data:
        data__threadid = data["thread_id"]
        if not isinstance(data__threadid, str):
            raise SchemaError.at(f"{path}.thread_id", "must be string", data__threadid, _S1, "type")
        if isinstance(data__threadid, str):
            data__threadid_len = len(data__threadid)
            if data__threadid_len < 1:
                raise SchemaError.at(
                    f"{path}.thread_id",
                    "must be longer than or equal to 1 characters",
                    data__threadid,
                    _S1,
                    "minLength",
                )
    return data
