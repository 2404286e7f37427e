# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFile (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_file(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"file": {}, "purpose": {"type": "string", "enum": ["fine-tune", "assistants"]}},
                "required": ["file", "purpose"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["file", "purpose"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {"file": {}, "purpose": {"type": "string", "enum": ["fine-tune", "assistants"]}},
                    "required": ["file", "purpose"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".purpose must be string",
                    value=data__purpose,
                    name="" + (name_prefix or "data") + ".purpose",
                    definition={"type": "string", "enum": ["fine-tune", "assistants"]},
                    rule="type",
                )
            if not (
                isinstance(data__purpose, str)
                and data__purpose == "fine-tune"
                or isinstance(data__purpose, str)
                and data__purpose == "assistants"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".purpose must be one of ['fine-tune', 'assistants']",
                    value=data__purpose,
                    name="" + (name_prefix or "data") + ".purpose",
                    definition={"type": "string", "enum": ["fine-tune", "assistants"]},
                    rule="enum",
                )
    return data


validate = validate___operations_create_file
