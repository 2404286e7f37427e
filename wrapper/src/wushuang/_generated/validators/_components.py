# Generated from openapi/wushuang.yaml (sha256 64239a6b5896bcff) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the component schemas that two or more operations use; compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___definitions_logitbias(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100}},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if (
                    not isinstance(data_value, (int))
                    and not (isinstance(data_value, float) and data_value.is_integer())
                    or isinstance(data_value, bool)
                ):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be integer",
                        value=data_value,
                        name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                        definition={"type": "integer", "minimum": -100, "maximum": 100},
                        rule="type",
                    )
                if isinstance(data_value, (int, float, Decimal)) and not isinstance(data_value, bool):
                    if data_value < -100:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".{data_key}".format(**locals())
                            + " must be bigger than or equal to -100",
                            value=data_value,
                            name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                            definition={"type": "integer", "minimum": -100, "maximum": 100},
                            rule="minimum",
                        )
                    if data_value > 100:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".{data_key}".format(**locals())
                            + " must be smaller than or equal to 100",
                            value=data_value,
                            name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                            definition={"type": "integer", "minimum": -100, "maximum": 100},
                            rule="maximum",
                        )
    return data


def validate___definitions_stopsequences(data, custom_formats={}, name_prefix=None):
    data_any_of_count32 = 0
    if not data_any_of_count32:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string"},
                    rule="type",
                )
            data_any_of_count32 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count32:
        try:
            if not isinstance(data, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be array",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                    rule="type",
                )
            data_is_list = isinstance(data, (list, tuple))
            if data_is_list:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must contain at least 1 items",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                        rule="minItems",
                    )
                if data_len > 4:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must contain less than or equal to 4 items",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                        rule="maxItems",
                    )
                for data_x, data_item in enumerate(data):
                    if not isinstance(data_item, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string",
                            value=data_item,
                            name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
            data_any_of_count32 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count32:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_streamoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "properties": {"include_usage": {"type": "boolean"}}},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "include_usage" in data_keys:
            data_keys.remove("include_usage")
            data__includeusage = data["include_usage"]
            if not isinstance(data__includeusage, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include_usage must be boolean",
                    value=data__includeusage,
                    name="" + (name_prefix or "data") + ".include_usage",
                    definition={"type": "boolean"},
                    rule="type",
                )
    return data
