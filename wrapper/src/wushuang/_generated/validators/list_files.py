# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listFiles (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_list_files(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "purpose": {"type": "string"},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 10000},
                    "order": {"type": "string", "enum": ["asc", "desc"]},
                    "after": {"type": "string"},
                },
                "required": [],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "purpose": {"type": "string"},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 10000},
                        "order": {"type": "string", "enum": ["asc", "desc"]},
                        "after": {"type": "string"},
                    },
                    "required": [],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".purpose must be string",
                    value=data__purpose,
                    name="" + (name_prefix or "data") + ".purpose",
                    definition={"type": "string"},
                    rule="type",
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
                    definition={"type": "integer", "minimum": 1, "maximum": 10000},
                    rule="type",
                )
            if isinstance(data__limit, (int, float, Decimal)) and not isinstance(data__limit, bool):
                if data__limit < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be bigger than or equal to 1",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 10000},
                        rule="minimum",
                    )
                if data__limit > 10000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be smaller than or equal to 10000",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 10000},
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
    return data


validate = validate___operations_list_files
