# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFile (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "const": "created_at"}
_S2 = {"type": "integer", "minimum": 3600, "maximum": 2592000}
_S3 = {"type": "string", "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]}
_S4 = {"type": "object", "required": ["anchor", "seconds"], "properties": {"anchor": _S1, "seconds": _S2}}
_S5 = {
    "type": "object",
    "properties": {"file": {}, "purpose": _S3, "expires_after": _S4},
    "required": ["file", "purpose"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S5, "type")
    data__missing_keys = set(["file", "purpose"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S5, "required")
    if "file" in data:
        data__file = data["file"]
    if "purpose" in data:
        data__purpose = data["purpose"]
        if not isinstance(data__purpose, str):
            raise SchemaError.at(f"{path}.purpose", "must be string", data__purpose, _S3, "type")
        if not (
            isinstance(data__purpose, str)
            and data__purpose == "assistants"
            or (isinstance(data__purpose, str) and data__purpose == "batch")
            or (isinstance(data__purpose, str) and data__purpose == "fine-tune")
            or (isinstance(data__purpose, str) and data__purpose == "vision")
            or (isinstance(data__purpose, str) and data__purpose == "user_data")
            or (isinstance(data__purpose, str) and data__purpose == "evals")
        ):
            raise SchemaError.at(
                f"{path}.purpose",
                "must be one of ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals']",
                data__purpose,
                _S3,
                "enum",
            )
    if "expires_after" in data:
        data__expiresafter = data["expires_after"]
        validate_fileexpirationafter(data__expiresafter, f"{path}.expires_after")
    return data


def validate_fileexpirationafter(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["anchor", "seconds"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "anchor" in data:
        data__anchor = data["anchor"]
        if not isinstance(data__anchor, str):
            raise SchemaError.at(f"{path}.anchor", "must be string", data__anchor, _S1, "type")
        if not (isinstance(data__anchor, str) and data__anchor == "created_at"):
            raise SchemaError.at(
                f"{path}.anchor", "must be same as const definition: created_at", data__anchor, _S1, "const"
            )
    if "seconds" in data:
        data__seconds = data["seconds"]
        if (
            not isinstance(data__seconds, int)
            and (not (isinstance(data__seconds, float) and data__seconds.is_integer()))
            or isinstance(data__seconds, bool)
        ):
            raise SchemaError.at(f"{path}.seconds", "must be integer", data__seconds, _S2, "type")
        if isinstance(data__seconds, (int, float, Decimal)) and (not isinstance(data__seconds, bool)):
            if data__seconds < 3600:
                raise SchemaError.at(
                    f"{path}.seconds", "must be bigger than or equal to 3600", data__seconds, _S2, "minimum"
                )
            if data__seconds > 2592000:
                raise SchemaError.at(
                    f"{path}.seconds", "must be smaller than or equal to 2592000", data__seconds, _S2, "maximum"
                )
    return data
