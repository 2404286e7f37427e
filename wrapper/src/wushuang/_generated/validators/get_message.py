# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of getMessage (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_get_message(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "thread_id": {"type": "string", "minLength": 1},
                    "message_id": {"type": "string", "minLength": 1},
                },
                "required": ["message_id", "thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["message_id", "thread_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "thread_id": {"type": "string", "minLength": 1},
                        "message_id": {"type": "string", "minLength": 1},
                    },
                    "required": ["message_id", "thread_id"],
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
        if "message_id" in data_keys:
            data_keys.remove("message_id")
            data__messageid = data["message_id"]
            if not isinstance(data__messageid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".message_id must be string",
                    value=data__messageid,
                    name="" + (name_prefix or "data") + ".message_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__messageid, str):
                data__messageid_len = len(data__messageid)
                if data__messageid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".message_id must be longer than or equal to 1 characters",
                        value=data__messageid,
                        name="" + (name_prefix or "data") + ".message_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
    return data


validate = validate___operations_get_message
