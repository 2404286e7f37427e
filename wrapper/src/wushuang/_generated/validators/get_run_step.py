# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getRunStep (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string", "minLength": 1}
_S2 = {"type": "string", "enum": ["step_details.tool_calls[*].file_search.results[*].content"]}
_S3 = {"type": "array", "items": _S2}
_S4 = {
    "type": "object",
    "properties": {"thread_id": _S1, "run_id": _S1, "step_id": _S1, "include[]": _S3},
    "required": ["run_id", "step_id", "thread_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["run_id", "step_id", "thread_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
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
    if "run_id" in data:
        data__runid = data["run_id"]
        if not isinstance(data__runid, str):
            raise SchemaError.at(f"{path}.run_id", "must be string", data__runid, _S1, "type")
        if isinstance(data__runid, str):
            data__runid_len = len(data__runid)
            if data__runid_len < 1:
                raise SchemaError.at(
                    f"{path}.run_id", "must be longer than or equal to 1 characters", data__runid, _S1, "minLength"
                )
    if "step_id" in data:
        data__stepid = data["step_id"]
        if not isinstance(data__stepid, str):
            raise SchemaError.at(f"{path}.step_id", "must be string", data__stepid, _S1, "type")
        if isinstance(data__stepid, str):
            data__stepid_len = len(data__stepid)
            if data__stepid_len < 1:
                raise SchemaError.at(
                    f"{path}.step_id", "must be longer than or equal to 1 characters", data__stepid, _S1, "minLength"
                )
    if "include[]" in data:
        data__include = data["include[]"]
        if not isinstance(data__include, (list, tuple)):
            raise SchemaError.at(f"{path}.include[]", "must be array", data__include, _S3, "type")
        data__include_len = len(data__include)
        for data__include_x, data__include_item in enumerate(data__include):
            if not isinstance(data__include_item, str):
                raise SchemaError.at(
                    f"{path}.include[][{data__include_x}]", "must be string", data__include_item, _S2, "type"
                )
            if not (
                isinstance(data__include_item, str)
                and data__include_item == "step_details.tool_calls[*].file_search.results[*].content"
            ):
                raise SchemaError.at(
                    f"{path}.include[][{data__include_x}]",
                    "must be one of ['step_details.tool_calls[*].file_search.results[*].content']",
                    data__include_item,
                    _S2,
                    "enum",
                )
    return data
