# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getBillingUsage (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "object", "properties": {"start_date": _S1, "end_date": _S1}, "required": []}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S2, "type")
    data__missing_keys = set([]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S2, "required")
    if "start_date" in data:
        data__startdate = data["start_date"]
        if not isinstance(data__startdate, str):
            raise SchemaError.at(f"{path}.start_date", "must be string", data__startdate, _S1, "type")
    if "end_date" in data:
        data__enddate = data["end_date"]
        if not isinstance(data__enddate, str):
            raise SchemaError.at(f"{path}.end_date", "must be string", data__enddate, _S1, "type")
    return data
