# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImageVariation (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_image_variation(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "image": {},
                    "model": {"type": "string"},
                    "n": {"type": "integer", "minimum": 1, "maximum": 10},
                    "response_format": {"type": "string", "enum": ["url", "b64_json"]},
                    "size": {"type": "string", "enum": ["256x256", "512x512", "1024x1024"]},
                    "user": {"type": "string"},
                },
                "required": ["image"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["image"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "image": {},
                        "model": {"type": "string"},
                        "n": {"type": "integer", "minimum": 1, "maximum": 10},
                        "response_format": {"type": "string", "enum": ["url", "b64_json"]},
                        "size": {"type": "string", "enum": ["256x256", "512x512", "1024x1024"]},
                        "user": {"type": "string"},
                    },
                    "required": ["image"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "image" in data_keys:
            data_keys.remove("image")
            data__image = data["image"]
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
        if "n" in data_keys:
            data_keys.remove("n")
            data__n = data["n"]
            if (
                not isinstance(data__n, (int))
                and not (isinstance(data__n, float) and data__n.is_integer())
                or isinstance(data__n, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n must be integer",
                    value=data__n,
                    name="" + (name_prefix or "data") + ".n",
                    definition={"type": "integer", "minimum": 1, "maximum": 10},
                    rule="type",
                )
            if isinstance(data__n, (int, float, Decimal)) and not isinstance(data__n, bool):
                if data__n < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".n must be bigger than or equal to 1",
                        value=data__n,
                        name="" + (name_prefix or "data") + ".n",
                        definition={"type": "integer", "minimum": 1, "maximum": 10},
                        rule="minimum",
                    )
                if data__n > 10:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".n must be smaller than or equal to 10",
                        value=data__n,
                        name="" + (name_prefix or "data") + ".n",
                        definition={"type": "integer", "minimum": 1, "maximum": 10},
                        rule="maximum",
                    )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            if not isinstance(data__responseformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format must be string",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["url", "b64_json"]},
                    rule="type",
                )
            if not (
                isinstance(data__responseformat, str)
                and data__responseformat == "url"
                or isinstance(data__responseformat, str)
                and data__responseformat == "b64_json"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format must be one of ['url', 'b64_json']",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["url", "b64_json"]},
                    rule="enum",
                )
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if not isinstance(data__size, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size must be string",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={"type": "string", "enum": ["256x256", "512x512", "1024x1024"]},
                    rule="type",
                )
            if not (
                isinstance(data__size, str)
                and data__size == "256x256"
                or isinstance(data__size, str)
                and data__size == "512x512"
                or isinstance(data__size, str)
                and data__size == "1024x1024"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size must be one of ['256x256', '512x512', '1024x1024']",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={"type": "string", "enum": ["256x256", "512x512", "1024x1024"]},
                    rule="enum",
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


validate = validate___operations_create_image_variation
