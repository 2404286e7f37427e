# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listRunSteps (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_list_run_steps(data, custom_formats={}, name_prefix=None):
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
                    "include[]": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                        },
                    },
                    "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                    "order": {"type": "string", "enum": ["asc", "desc"]},
                    "after": {"type": "string"},
                    "before": {"type": "string"},
                },
                "required": ["run_id", "thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["run_id", "thread_id"]) - data.keys()
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
                        "include[]": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                        },
                        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                        "order": {"type": "string", "enum": ["asc", "desc"]},
                        "after": {"type": "string"},
                        "before": {"type": "string"},
                    },
                    "required": ["run_id", "thread_id"],
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
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if (
                not isinstance(data__limit, (int))
                and not (isinstance(data__limit, float) and data__limit.is_integer())
                or isinstance(data__limit, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be integer",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": "integer", "minimum": 1, "maximum": 100},
                    rule="type",
                )
            if isinstance(data__limit, (int, float, Decimal)) and not isinstance(data__limit, bool):
                if data__limit < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be bigger than or equal to 1",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 100},
                        rule="minimum",
                    )
                if data__limit > 100:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be smaller than or equal to 100",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 100},
                        rule="maximum",
                    )
        if "order" in data_keys:
            data_keys.remove("order")
            data__order = data["order"]
            if not isinstance(data__order, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".order must be string",
                    value=data__order,
                    name="" + (name_prefix or "data") + ".order",
                    definition={"type": "string", "enum": ["asc", "desc"]},
                    rule="type",
                )
            if not (
                isinstance(data__order, str)
                and data__order == "asc"
                or isinstance(data__order, str)
                and data__order == "desc"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".order must be one of ['asc', 'desc']",
                    value=data__order,
                    name="" + (name_prefix or "data") + ".order",
                    definition={"type": "string", "enum": ["asc", "desc"]},
                    rule="enum",
                )
        if "after" in data_keys:
            data_keys.remove("after")
            data__after = data["after"]
            if not isinstance(data__after, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".after must be string",
                    value=data__after,
                    name="" + (name_prefix or "data") + ".after",
                    definition={"type": "string"},
                    rule="type",
                )
        if "before" in data_keys:
            data_keys.remove("before")
            data__before = data["before"]
            if not isinstance(data__before, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".before must be string",
                    value=data__before,
                    name="" + (name_prefix or "data") + ".before",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_list_run_steps
