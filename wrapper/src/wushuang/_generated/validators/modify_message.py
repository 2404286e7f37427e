# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of modifyMessage (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import validate_metadata


_S1 = {"type": "null"}
_S2 = {"type": "string", "minLength": 1}
_S3 = {
    "anyOf": [
        {
            "type": "object",
            "maxProperties": 16,
            "propertyNames": {"maxLength": 64},
            "additionalProperties": {"type": "string", "maxLength": 512},
        },
        _S1,
    ]
}
_S4 = {
    "type": "object",
    "properties": {"thread_id": _S2, "message_id": _S2, "metadata": _S3},
    "required": ["message_id", "thread_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["message_id", "thread_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "thread_id" in data:
        data__threadid = data["thread_id"]
        if not isinstance(data__threadid, str):
            raise SchemaError.at(f"{path}.thread_id", "must be string", data__threadid, _S2, "type")
        if isinstance(data__threadid, str):
            data__threadid_len = len(data__threadid)
            if data__threadid_len < 1:
                raise SchemaError.at(
                    f"{path}.thread_id",
                    "must be longer than or equal to 1 characters",
                    data__threadid,
                    _S2,
                    "minLength",
                )
    if "message_id" in data:
        data__messageid = data["message_id"]
        if not isinstance(data__messageid, str):
            raise SchemaError.at(f"{path}.message_id", "must be string", data__messageid, _S2, "type")
        if isinstance(data__messageid, str):
            data__messageid_len = len(data__messageid)
            if data__messageid_len < 1:
                raise SchemaError.at(
                    f"{path}.message_id",
                    "must be longer than or equal to 1 characters",
                    data__messageid,
                    _S2,
                    "minLength",
                )
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S3, "anyOf"
            )
    return data
