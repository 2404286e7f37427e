# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createAssistantFile (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_assistant_file(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"assistant_id": {"type": "string", "minLength": 1}, "file_id": {"type": "string"}},
                "required": ["assistant_id", "file_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["assistant_id", "file_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {"assistant_id": {"type": "string", "minLength": 1}, "file_id": {"type": "string"}},
                    "required": ["assistant_id", "file_id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "assistant_id" in data_keys:
            data_keys.remove("assistant_id")
            data__assistantid = data["assistant_id"]
            if not isinstance(data__assistantid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".assistant_id must be string",
                    value=data__assistantid,
                    name="" + (name_prefix or "data") + ".assistant_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__assistantid, str):
                data__assistantid_len = len(data__assistantid)
                if data__assistantid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".assistant_id must be longer than or equal to 1 characters",
                        value=data__assistantid,
                        name="" + (name_prefix or "data") + ".assistant_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "file_id" in data_keys:
            data_keys.remove("file_id")
            data__fileid = data["file_id"]
            if not isinstance(data__fileid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_id must be string",
                    value=data__fileid,
                    name="" + (name_prefix or "data") + ".file_id",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_create_assistant_file
