# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of deleteAssistantFile (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "object", "properties": {"assistant_id": _S1, "file_id": _S1}, "required": ["assistant_id", "file_id"]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set(["assistant_id", "file_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "assistant_id" in data:
        data__assistantid = data["assistant_id"]
        if not isinstance(data__assistantid, str):
            raise SchemaError.at(f"{path}.assistant_id", "must be string", data__assistantid, _S1, "type")
        if isinstance(data__assistantid, str):
            data__assistantid_len = len(data__assistantid)
            if data__assistantid_len < 1:
                raise SchemaError.at(
                    f"{path}.assistant_id",
                    "must be longer than or equal to 1 characters",
                    data__assistantid,
                    _S1,
                    "minLength",
                )
    if "file_id" in data:
        data__fileid = data["file_id"]
        if not isinstance(data__fileid, str):
            raise SchemaError.at(f"{path}.file_id", "must be string", data__fileid, _S1, "type")
        if isinstance(data__fileid, str):
            data__fileid_len = len(data__fileid)
            if data__fileid_len < 1:
                raise SchemaError.at(
                    f"{path}.file_id", "must be longer than or equal to 1 characters", data__fileid, _S1, "minLength"
                )
    return data
