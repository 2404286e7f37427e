# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getRunStep (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_get_run_step(data, custom_formats={}, name_prefix=None):
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
                    "step_id": {"type": "string", "minLength": 1},
                    "include[]": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                        },
                    },
                },
                "required": ["run_id", "step_id", "thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["run_id", "step_id", "thread_id"]) - data.keys()
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
                        "step_id": {"type": "string", "minLength": 1},
                        "include[]": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                        },
                    },
                    "required": ["run_id", "step_id", "thread_id"],
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
        if "step_id" in data_keys:
            data_keys.remove("step_id")
            data__stepid = data["step_id"]
            if not isinstance(data__stepid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".step_id must be string",
                    value=data__stepid,
                    name="" + (name_prefix or "data") + ".step_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__stepid, str):
                data__stepid_len = len(data__stepid)
                if data__stepid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".step_id must be longer than or equal to 1 characters",
                        value=data__stepid,
                        name="" + (name_prefix or "data") + ".step_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "include[]" in data_keys:
            data_keys.remove("include[]")
            data__include = data["include[]"]
            if not isinstance(data__include, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include[] must be array",
                    value=data__include,
                    name="" + (name_prefix or "data") + ".include[]",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "string",
                            "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                        },
                    },
                    rule="type",
                )
            data__include_is_list = isinstance(data__include, (list, tuple))
            if data__include_is_list:
                data__include_len = len(data__include)
                for data__include_x, data__include_item in enumerate(data__include):
                    if not isinstance(data__include_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[][{data__include_x}]".format(**locals())
                            + " must be string",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[][{data__include_x}]".format(**locals()) + "",
                            definition={
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__include_item, str)
                        and data__include_item == "step_details.tool_calls[*].file_search.results[*].content"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[][{data__include_x}]".format(**locals())
                            + " must be one of ['step_details.tool_calls[*].file_search.results[*].content']",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[][{data__include_x}]".format(**locals()) + "",
                            definition={
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                            rule="enum",
                        )
    return data


validate = validate___operations_get_run_step
