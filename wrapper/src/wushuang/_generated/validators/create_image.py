# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImage (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


def validate___operations_create_image(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "prompt": {"type": "string"},
                    "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 10}, {"type": "null"}]},
                    "quality": {"type": "string", "enum": ["standard", "hd"]},
                    "response_format": {"anyOf": [{"type": "string", "enum": ["url", "b64_json"]}, {"type": "null"}]},
                    "size": {
                        "anyOf": [
                            {"type": "string", "enum": ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]},
                            {"type": "null"},
                        ]
                    },
                    "style": {"anyOf": [{"type": "string", "enum": ["vivid", "natural"]}, {"type": "null"}]},
                    "user": {"type": "string"},
                },
                "required": ["prompt"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["prompt"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "prompt": {"type": "string"},
                        "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 10}, {"type": "null"}]},
                        "quality": {"type": "string", "enum": ["standard", "hd"]},
                        "response_format": {
                            "anyOf": [{"type": "string", "enum": ["url", "b64_json"]}, {"type": "null"}]
                        },
                        "size": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"],
                                },
                                {"type": "null"},
                            ]
                        },
                        "style": {"anyOf": [{"type": "string", "enum": ["vivid", "natural"]}, {"type": "null"}]},
                        "user": {"type": "string"},
                    },
                    "required": ["prompt"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            if not isinstance(data__prompt, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prompt must be string",
                    value=data__prompt,
                    name="" + (name_prefix or "data") + ".prompt",
                    definition={"type": "string"},
                    rule="type",
                )
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            data__model_any_of_count61 = 0
            if not data__model_any_of_count61:
                try:
                    if not isinstance(data__model, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be string",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__model_any_of_count61 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count61:
                try:
                    if not isinstance(data__model, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be null",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__model_any_of_count61 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count61:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model cannot be validated by any definition",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "n" in data_keys:
            data_keys.remove("n")
            data__n = data["n"]
            data__n_any_of_count62 = 0
            if not data__n_any_of_count62:
                try:
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
                    data__n_any_of_count62 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count62:
                try:
                    if not isinstance(data__n, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be null",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__n_any_of_count62 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count62:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n cannot be validated by any definition",
                    value=data__n,
                    name="" + (name_prefix or "data") + ".n",
                    definition={"anyOf": [{"type": "integer", "minimum": 1, "maximum": 10}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "quality" in data_keys:
            data_keys.remove("quality")
            data__quality = data["quality"]
            if not isinstance(data__quality, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".quality must be string",
                    value=data__quality,
                    name="" + (name_prefix or "data") + ".quality",
                    definition={"type": "string", "enum": ["standard", "hd"]},
                    rule="type",
                )
            if not (
                isinstance(data__quality, str)
                and data__quality == "standard"
                or isinstance(data__quality, str)
                and data__quality == "hd"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".quality must be one of ['standard', 'hd']",
                    value=data__quality,
                    name="" + (name_prefix or "data") + ".quality",
                    definition={"type": "string", "enum": ["standard", "hd"]},
                    rule="enum",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            data__responseformat_any_of_count63 = 0
            if not data__responseformat_any_of_count63:
                try:
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
                    data__responseformat_any_of_count63 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count63:
                try:
                    if not isinstance(data__responseformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".response_format must be null",
                            value=data__responseformat,
                            name="" + (name_prefix or "data") + ".response_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__responseformat_any_of_count63 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count63:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format cannot be validated by any definition",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"anyOf": [{"type": "string", "enum": ["url", "b64_json"]}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            data__size_any_of_count64 = 0
            if not data__size_any_of_count64:
                try:
                    if not isinstance(data__size, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".size must be string",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={
                                "type": "string",
                                "enum": ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__size, str)
                        and data__size == "256x256"
                        or isinstance(data__size, str)
                        and data__size == "512x512"
                        or isinstance(data__size, str)
                        and data__size == "1024x1024"
                        or isinstance(data__size, str)
                        and data__size == "1792x1024"
                        or isinstance(data__size, str)
                        and data__size == "1024x1792"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".size must be one of ['256x256', '512x512', '1024x1024', '1792x1024', '1024x1792']",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={
                                "type": "string",
                                "enum": ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"],
                            },
                            rule="enum",
                        )
                    data__size_any_of_count64 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__size_any_of_count64:
                try:
                    if not isinstance(data__size, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".size must be null",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__size_any_of_count64 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__size_any_of_count64:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size cannot be validated by any definition",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["256x256", "512x512", "1024x1024", "1792x1024", "1024x1792"]},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "style" in data_keys:
            data_keys.remove("style")
            data__style = data["style"]
            data__style_any_of_count65 = 0
            if not data__style_any_of_count65:
                try:
                    if not isinstance(data__style, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".style must be string",
                            value=data__style,
                            name="" + (name_prefix or "data") + ".style",
                            definition={"type": "string", "enum": ["vivid", "natural"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__style, str)
                        and data__style == "vivid"
                        or isinstance(data__style, str)
                        and data__style == "natural"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".style must be one of ['vivid', 'natural']",
                            value=data__style,
                            name="" + (name_prefix or "data") + ".style",
                            definition={"type": "string", "enum": ["vivid", "natural"]},
                            rule="enum",
                        )
                    data__style_any_of_count65 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__style_any_of_count65:
                try:
                    if not isinstance(data__style, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".style must be null",
                            value=data__style,
                            name="" + (name_prefix or "data") + ".style",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__style_any_of_count65 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__style_any_of_count65:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".style cannot be validated by any definition",
                    value=data__style,
                    name="" + (name_prefix or "data") + ".style",
                    definition={"anyOf": [{"type": "string", "enum": ["vivid", "natural"]}, {"type": "null"}]},
                    rule="anyOf",
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


validate = validate___operations_create_image
