# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitToolOutputsToRun (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError

NoneType = type(None)


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "string", "minLength": 1}
_S5 = {"anyOf": [_S3, _S1]}
_S6 = {"type": "object", "properties": {"tool_call_id": _S2, "output": _S2}}
_S7 = {"type": "array", "items": _S6}
_S8 = {
    "type": "object",
    "properties": {"thread_id": _S4, "run_id": _S4, "tool_outputs": _S7, "stream": _S5},
    "required": ["run_id", "thread_id", "tool_outputs"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S8, "type")
    data__missing_keys = set(["run_id", "thread_id", "tool_outputs"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S8, "required")
    if "thread_id" in data:
        data__threadid = data["thread_id"]
        if not isinstance(data__threadid, str):
            raise SchemaError.at(f"{path}.thread_id", "must be string", data__threadid, _S4, "type")
        if isinstance(data__threadid, str):
            data__threadid_len = len(data__threadid)
            if data__threadid_len < 1:
                raise SchemaError.at(
                    f"{path}.thread_id",
                    "must be longer than or equal to 1 characters",
                    data__threadid,
                    _S4,
                    "minLength",
                )
    if "run_id" in data:
        data__runid = data["run_id"]
        if not isinstance(data__runid, str):
            raise SchemaError.at(f"{path}.run_id", "must be string", data__runid, _S4, "type")
        if isinstance(data__runid, str):
            data__runid_len = len(data__runid)
            if data__runid_len < 1:
                raise SchemaError.at(
                    f"{path}.run_id", "must be longer than or equal to 1 characters", data__runid, _S4, "minLength"
                )
    if "tool_outputs" in data:
        data__tooloutputs = data["tool_outputs"]
        if not isinstance(data__tooloutputs, (list, tuple)):
            raise SchemaError.at(f"{path}.tool_outputs", "must be array", data__tooloutputs, _S7, "type")
        data__tooloutputs_len = len(data__tooloutputs)
        for data__tooloutputs_x, data__tooloutputs_item in enumerate(data__tooloutputs):
            validate_tooloutput(data__tooloutputs_item, f"{path}.tool_outputs[{data__tooloutputs_x}]")
    if "stream" in data:
        data__stream = data["stream"]
        if isinstance(data__stream, bool):
            pass
        elif data__stream is None:
            if not isinstance(data__stream, NoneType):
                raise SchemaError.at(f"{path}.stream", "must be null", data__stream, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.stream", "cannot be validated by any definition", data__stream, _S5, "anyOf")
    return data


def validate_tooloutput(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S6, "type")
    if "tool_call_id" in data:
        data__toolcallid = data["tool_call_id"]
        if not isinstance(data__toolcallid, str):
            raise SchemaError.at(f"{path}.tool_call_id", "must be string", data__toolcallid, _S2, "type")
    if "output" in data:
        data__output = data["output"]
        if not isinstance(data__output, str):
            raise SchemaError.at(f"{path}.output", "must be string", data__output, _S2, "type")
    return data
