# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listFiles (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "enum": ["asc", "desc"]}
_S3 = {"type": "integer", "minimum": 1, "maximum": 10000}
_S4 = {"type": "object", "properties": {"purpose": _S1, "limit": _S3, "order": _S2, "after": _S1}, "required": []}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set([]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "purpose" in data:
        data__purpose = data["purpose"]
        if not isinstance(data__purpose, str):
            raise SchemaError.at(f"{path}.purpose", "must be string", data__purpose, _S1, "type")
    if "limit" in data:
        data__limit = data["limit"]
        if (
            not isinstance(data__limit, int)
            and (not (isinstance(data__limit, float) and data__limit.is_integer()))
            or isinstance(data__limit, bool)
        ):
            raise SchemaError.at(f"{path}.limit", "must be integer", data__limit, _S3, "type")
        if isinstance(data__limit, (int, float, Decimal)) and (not isinstance(data__limit, bool)):
            if data__limit < 1:
                raise SchemaError.at(f"{path}.limit", "must be bigger than or equal to 1", data__limit, _S3, "minimum")
            if data__limit > 10000:
                raise SchemaError.at(
                    f"{path}.limit", "must be smaller than or equal to 10000", data__limit, _S3, "maximum"
                )
    if "order" in data:
        data__order = data["order"]
        if not isinstance(data__order, str):
            raise SchemaError.at(f"{path}.order", "must be string", data__order, _S2, "type")
        if not (
            isinstance(data__order, str)
            and data__order == "asc"
            or (isinstance(data__order, str) and data__order == "desc")
        ):
            raise SchemaError.at(f"{path}.order", "must be one of ['asc', 'desc']", data__order, _S2, "enum")
    if "after" in data:
        data__after = data["after"]
        if not isinstance(data__after, str):
            raise SchemaError.at(f"{path}.after", "must be string", data__after, _S1, "type")
    return data
