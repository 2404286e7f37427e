# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitToolOutputsToRun (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


def validate___operations_submit_tool_outputs_to_run(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "thread_id": {"type": "string", "minLength": 1},
                    "run_id": {"type": "string", "minLength": 1},
                    "tool_outputs": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"tool_call_id": {"type": "string"}, "output": {"type": "string"}},
                        },
                    },
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                },
                "required": ["run_id", "thread_id", "tool_outputs"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["run_id", "thread_id", "tool_outputs"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "thread_id": {"type": "string", "minLength": 1},
                        "run_id": {"type": "string", "minLength": 1},
                        "tool_outputs": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"tool_call_id": {"type": "string"}, "output": {"type": "string"}},
                            },
                        },
                        "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    },
                    "required": ["run_id", "thread_id", "tool_outputs"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "thread_id" in data_keys:
            data_keys.remove("thread_id")
            data__threadid = data["thread_id"]
            if not isinstance(data__threadid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".thread_id must be string",
                    value=data__threadid,
                    name="" + (name_prefix or "data") + ".thread_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__threadid, str):
                data__threadid_len = len(data__threadid)
                if data__threadid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".thread_id must be longer than or equal to 1 characters",
                        value=data__threadid,
                        name="" + (name_prefix or "data") + ".thread_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "run_id" in data_keys:
            data_keys.remove("run_id")
            data__runid = data["run_id"]
            if not isinstance(data__runid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".run_id must be string",
                    value=data__runid,
                    name="" + (name_prefix or "data") + ".run_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__runid, str):
                data__runid_len = len(data__runid)
                if data__runid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".run_id must be longer than or equal to 1 characters",
                        value=data__runid,
                        name="" + (name_prefix or "data") + ".run_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "tool_outputs" in data_keys:
            data_keys.remove("tool_outputs")
            data__tooloutputs = data["tool_outputs"]
            if not isinstance(data__tooloutputs, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_outputs must be array",
                    value=data__tooloutputs,
                    name="" + (name_prefix or "data") + ".tool_outputs",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"tool_call_id": {"type": "string"}, "output": {"type": "string"}},
                        },
                    },
                    rule="type",
                )
            data__tooloutputs_is_list = isinstance(data__tooloutputs, (list, tuple))
            if data__tooloutputs_is_list:
                data__tooloutputs_len = len(data__tooloutputs)
                for data__tooloutputs_x, data__tooloutputs_item in enumerate(data__tooloutputs):
                    validate___definitions_tooloutput(
                        data__tooloutputs_item,
                        custom_formats,
                        (name_prefix or "data") + ".tool_outputs[{data__tooloutputs_x}]".format(**locals()),
                    )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            data__stream_any_of_count1 = 0
            if not data__stream_any_of_count1:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count1:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count1 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count1:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream cannot be validated by any definition",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data


def validate___definitions_tooloutput(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"tool_call_id": {"type": "string"}, "output": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "tool_call_id" in data_keys:
            data_keys.remove("tool_call_id")
            data__toolcallid = data["tool_call_id"]
            if not isinstance(data__toolcallid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_call_id must be string",
                    value=data__toolcallid,
                    name="" + (name_prefix or "data") + ".tool_call_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "output" in data_keys:
            data_keys.remove("output")
            data__output = data["output"]
            if not isinstance(data__output, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".output must be string",
                    value=data__output,
                    name="" + (name_prefix or "data") + ".output",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_submit_tool_outputs_to_run
