# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listTasksByCondition (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_list_tasks_by_condition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"ids": {"type": "array", "items": {"type": "string"}}},
                "required": ["ids"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["ids"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {"ids": {"type": "array", "items": {"type": "string"}}},
                    "required": ["ids"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "ids" in data_keys:
            data_keys.remove("ids")
            data__ids = data["ids"]
            if not isinstance(data__ids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ids must be array",
                    value=data__ids,
                    name="" + (name_prefix or "data") + ".ids",
                    definition={"type": "array", "items": {"type": "string"}},
                    rule="type",
                )
            data__ids_is_list = isinstance(data__ids, (list, tuple))
            if data__ids_is_list:
                data__ids_len = len(data__ids)
                for data__ids_x, data__ids_item in enumerate(data__ids):
                    if not isinstance(data__ids_item, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".ids[{data__ids_x}]".format(**locals()) + " must be string",
                            value=data__ids_item,
                            name="" + (name_prefix or "data") + ".ids[{data__ids_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
    return data


validate = validate___operations_list_tasks_by_condition
