# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listRunSteps (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "minLength": 1}
_S3 = {"type": "string", "enum": ["asc", "desc"]}
_S4 = {"type": "integer", "minimum": 1, "maximum": 100}
_S5 = {"type": "string", "enum": ["step_details.tool_calls[*].file_search.results[*].content"]}
_S6 = {"type": "array", "items": _S5}
_S7 = {
    "type": "object",
    "properties": {
        "thread_id": _S2,
        "run_id": _S2,
        "include[]": _S6,
        "limit": _S4,
        "order": _S3,
        "after": _S1,
        "before": _S1,
    },
    "required": ["run_id", "thread_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S7, "type")
    data__missing_keys = set(["run_id", "thread_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S7, "required")
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
    if "run_id" in data:
        data__runid = data["run_id"]
        if not isinstance(data__runid, str):
            raise SchemaError.at(f"{path}.run_id", "must be string", data__runid, _S2, "type")
        if isinstance(data__runid, str):
            data__runid_len = len(data__runid)
            if data__runid_len < 1:
                raise SchemaError.at(
                    f"{path}.run_id", "must be longer than or equal to 1 characters", data__runid, _S2, "minLength"
                )
    if "include[]" in data:
        data__include = data["include[]"]
        if not isinstance(data__include, (list, tuple)):
            raise SchemaError.at(f"{path}.include[]", "must be array", data__include, _S6, "type")
        data__include_len = len(data__include)
        for data__include_x, data__include_item in enumerate(data__include):
            if not isinstance(data__include_item, str):
                raise SchemaError.at(
                    f"{path}.include[][{data__include_x}]", "must be string", data__include_item, _S5, "type"
                )
            if not (
                isinstance(data__include_item, str)
                and data__include_item == "step_details.tool_calls[*].file_search.results[*].content"
            ):
                raise SchemaError.at(
                    f"{path}.include[][{data__include_x}]",
                    "must be one of ['step_details.tool_calls[*].file_search.results[*].content']",
                    data__include_item,
                    _S5,
                    "enum",
                )
    if "limit" in data:
        data__limit = data["limit"]
        if (
            not isinstance(data__limit, int)
            and (not (isinstance(data__limit, float) and data__limit.is_integer()))
            or isinstance(data__limit, bool)
        ):
            raise SchemaError.at(f"{path}.limit", "must be integer", data__limit, _S4, "type")
        if isinstance(data__limit, (int, float, Decimal)) and (not isinstance(data__limit, bool)):
            if data__limit < 1:
                raise SchemaError.at(f"{path}.limit", "must be bigger than or equal to 1", data__limit, _S4, "minimum")
            if data__limit > 100:
                raise SchemaError.at(
                    f"{path}.limit", "must be smaller than or equal to 100", data__limit, _S4, "maximum"
                )
    if "order" in data:
        data__order = data["order"]
        if not isinstance(data__order, str):
            raise SchemaError.at(f"{path}.order", "must be string", data__order, _S3, "type")
        if not (
            isinstance(data__order, str)
            and data__order == "asc"
            or (isinstance(data__order, str) and data__order == "desc")
        ):
            raise SchemaError.at(f"{path}.order", "must be one of ['asc', 'desc']", data__order, _S3, "enum")
    if "after" in data:
        data__after = data["after"]
        if not isinstance(data__after, str):
            raise SchemaError.at(f"{path}.after", "must be string", data__after, _S1, "type")
    if "before" in data:
        data__before = data["before"]
        if not isinstance(data__before, str):
            raise SchemaError.at(f"{path}.before", "must be string", data__before, _S1, "type")
    return data
