# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createEmbedding (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_embedding(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "input": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2048},
                            {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2048},
                            {
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                                "maxItems": 2048,
                            },
                        ]
                    },
                    "model": {"type": "string"},
                    "encoding_format": {"type": "string", "enum": ["float", "base64"]},
                    "dimensions": {"type": "integer", "minimum": 1},
                    "user": {"type": "string"},
                },
                "required": ["input", "model"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["input", "model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "input": {
                            "anyOf": [
                                {"type": "string"},
                                {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2048},
                                {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2048},
                                {
                                    "type": "array",
                                    "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                            ]
                        },
                        "model": {"type": "string"},
                        "encoding_format": {"type": "string", "enum": ["float", "base64"]},
                        "dimensions": {"type": "integer", "minimum": 1},
                        "user": {"type": "string"},
                    },
                    "required": ["input", "model"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            data__input_any_of_count121 = 0
            if not data__input_any_of_count121:
                try:
                    if not isinstance(data__input, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be string",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__input_any_of_count121 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count121:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2048},
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
                        if data__input_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain at least 1 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="minItems",
                            )
                        if data__input_len > 2048:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain less than or equal to 2048 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "string"},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="maxItems",
                            )
                        for data__input_x, data__input_item in enumerate(data__input):
                            if not isinstance(data__input_item, (str)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + " must be string",
                                    value=data__input_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + "",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                    data__input_any_of_count121 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count121:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2048},
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
                        if data__input_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain at least 1 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "integer"},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="minItems",
                            )
                        if data__input_len > 2048:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain less than or equal to 2048 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "integer"},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="maxItems",
                            )
                        for data__input_x, data__input_item in enumerate(data__input):
                            if (
                                not isinstance(data__input_item, (int))
                                and not (isinstance(data__input_item, float) and data__input_item.is_integer())
                                or isinstance(data__input_item, bool)
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + " must be integer",
                                    value=data__input_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + "",
                                    definition={"type": "integer"},
                                    rule="type",
                                )
                    data__input_any_of_count121 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count121:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                                "maxItems": 2048,
                            },
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
                        if data__input_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain at least 1 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="minItems",
                            )
                        if data__input_len > 2048:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".input must contain less than or equal to 2048 items",
                                value=data__input,
                                name="" + (name_prefix or "data") + ".input",
                                definition={
                                    "type": "array",
                                    "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    "minItems": 1,
                                    "maxItems": 2048,
                                },
                                rule="maxItems",
                            )
                        for data__input_x, data__input_item in enumerate(data__input):
                            if not isinstance(data__input_item, (list, tuple)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + " must be array",
                                    value=data__input_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".input[{data__input_x}]".format(**locals())
                                    + "",
                                    definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    rule="type",
                                )
                            data__input_item_is_list = isinstance(data__input_item, (list, tuple))
                            if data__input_item_is_list:
                                data__input_item_len = len(data__input_item)
                                if data__input_item_len < 1:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".input[{data__input_x}]".format(**locals())
                                        + " must contain at least 1 items",
                                        value=data__input_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".input[{data__input_x}]".format(**locals())
                                        + "",
                                        definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                        rule="minItems",
                                    )
                                for data__input_item_x, data__input_item_item in enumerate(data__input_item):
                                    if (
                                        not isinstance(data__input_item_item, (int))
                                        and not (
                                            isinstance(data__input_item_item, float)
                                            and data__input_item_item.is_integer()
                                        )
                                        or isinstance(data__input_item_item, bool)
                                    ):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".input[{data__input_x}][{data__input_item_x}]".format(**locals())
                                            + " must be integer",
                                            value=data__input_item_item,
                                            name=""
                                            + (name_prefix or "data")
                                            + ".input[{data__input_x}][{data__input_item_x}]".format(**locals())
                                            + "",
                                            definition={"type": "integer"},
                                            rule="type",
                                        )
                    data__input_any_of_count121 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count121:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input cannot be validated by any definition",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 2048},
                            {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2048},
                            {
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                                "maxItems": 2048,
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            if not isinstance(data__model, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model must be string",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"type": "string"},
                    rule="type",
                )
        if "encoding_format" in data_keys:
            data_keys.remove("encoding_format")
            data__encodingformat = data["encoding_format"]
            if not isinstance(data__encodingformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".encoding_format must be string",
                    value=data__encodingformat,
                    name="" + (name_prefix or "data") + ".encoding_format",
                    definition={"type": "string", "enum": ["float", "base64"]},
                    rule="type",
                )
            if not (
                isinstance(data__encodingformat, str)
                and data__encodingformat == "float"
                or isinstance(data__encodingformat, str)
                and data__encodingformat == "base64"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".encoding_format must be one of ['float', 'base64']",
                    value=data__encodingformat,
                    name="" + (name_prefix or "data") + ".encoding_format",
                    definition={"type": "string", "enum": ["float", "base64"]},
                    rule="enum",
                )
        if "dimensions" in data_keys:
            data_keys.remove("dimensions")
            data__dimensions = data["dimensions"]
            if (
                not isinstance(data__dimensions, (int))
                and not (isinstance(data__dimensions, float) and data__dimensions.is_integer())
                or isinstance(data__dimensions, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".dimensions must be integer",
                    value=data__dimensions,
                    name="" + (name_prefix or "data") + ".dimensions",
                    definition={"type": "integer", "minimum": 1},
                    rule="type",
                )
            if isinstance(data__dimensions, (int, float, Decimal)) and not isinstance(data__dimensions, bool):
                if data__dimensions < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".dimensions must be bigger than or equal to 1",
                        value=data__dimensions,
                        name="" + (name_prefix or "data") + ".dimensions",
                        definition={"type": "integer", "minimum": 1},
                        rule="minimum",
                    )
        if "user" in data_keys:
            data_keys.remove("user")
            data__user = data["user"]
            if not isinstance(data__user, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user must be string",
                    value=data__user,
                    name="" + (name_prefix or "data") + ".user",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_create_embedding
