# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of fetchTask (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_fetch_task(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "properties": {"id": {"type": "string", "minLength": 1}}, "required": ["id"]},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {"id": {"type": "string", "minLength": 1}},
                    "required": ["id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__id, str):
                data__id_len = len(data__id)
                if data__id_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".id must be longer than or equal to 1 characters",
                        value=data__id,
                        name="" + (name_prefix or "data") + ".id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
    return data


validate = validate___operations_fetch_task
