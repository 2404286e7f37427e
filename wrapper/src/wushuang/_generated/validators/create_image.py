# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
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
                    "quality": {
                        "anyOf": [
                            {"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
                            {"type": "null"},
                        ]
                    },
                    "response_format": {"anyOf": [{"type": "string", "enum": ["url", "b64_json"]}, {"type": "null"}]},
                    "size": {
                        "anyOf": [
                            {
                                "type": "string",
                                "enum": [
                                    "auto",
                                    "256x256",
                                    "512x512",
                                    "1024x1024",
                                    "1536x1024",
                                    "1024x1536",
                                    "1792x1024",
                                    "1024x1792",
                                ],
                            },
                            {"type": "null"},
                        ]
                    },
                    "moderation": {"anyOf": [{"type": "string", "enum": ["low", "auto"]}, {"type": "null"}]},
                    "background": {
                        "anyOf": [{"type": "string", "enum": ["transparent", "opaque", "auto"]}, {"type": "null"}]
                    },
                    "output_format": {"anyOf": [{"type": "string", "enum": ["png", "jpeg", "webp"]}, {"type": "null"}]},
                    "output_compression": {
                        "anyOf": [{"type": "integer", "minimum": 0, "maximum": 100}, {"type": "null"}]
                    },
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "partial_images": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 3}, {"type": "null"}]},
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
                        "quality": {
                            "anyOf": [
                                {"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
                                {"type": "null"},
                            ]
                        },
                        "response_format": {
                            "anyOf": [{"type": "string", "enum": ["url", "b64_json"]}, {"type": "null"}]
                        },
                        "size": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": [
                                        "auto",
                                        "256x256",
                                        "512x512",
                                        "1024x1024",
                                        "1536x1024",
                                        "1024x1536",
                                        "1792x1024",
                                        "1024x1792",
                                    ],
                                },
                                {"type": "null"},
                            ]
                        },
                        "moderation": {"anyOf": [{"type": "string", "enum": ["low", "auto"]}, {"type": "null"}]},
                        "background": {
                            "anyOf": [{"type": "string", "enum": ["transparent", "opaque", "auto"]}, {"type": "null"}]
                        },
                        "output_format": {
                            "anyOf": [{"type": "string", "enum": ["png", "jpeg", "webp"]}, {"type": "null"}]
                        },
                        "output_compression": {
                            "anyOf": [{"type": "integer", "minimum": 0, "maximum": 100}, {"type": "null"}]
                        },
                        "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "partial_images": {
                            "anyOf": [{"type": "integer", "minimum": 0, "maximum": 3}, {"type": "null"}]
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
            data__model_any_of_count107 = 0
            if not data__model_any_of_count107:
                try:
                    if not isinstance(data__model, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be string",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__model_any_of_count107 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count107:
                try:
                    if not isinstance(data__model, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be null",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__model_any_of_count107 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count107:
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
            data__n_any_of_count108 = 0
            if not data__n_any_of_count108:
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
                    data__n_any_of_count108 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count108:
                try:
                    if not isinstance(data__n, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be null",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__n_any_of_count108 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count108:
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
            data__quality_any_of_count109 = 0
            if not data__quality_any_of_count109:
                try:
                    if not isinstance(data__quality, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".quality must be string",
                            value=data__quality,
                            name="" + (name_prefix or "data") + ".quality",
                            definition={"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__quality, str)
                        and data__quality == "standard"
                        or isinstance(data__quality, str)
                        and data__quality == "hd"
                        or isinstance(data__quality, str)
                        and data__quality == "low"
                        or isinstance(data__quality, str)
                        and data__quality == "medium"
                        or isinstance(data__quality, str)
                        and data__quality == "high"
                        or isinstance(data__quality, str)
                        and data__quality == "auto"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".quality must be one of ['standard', 'hd', 'low', 'medium', 'high', 'auto']",
                            value=data__quality,
                            name="" + (name_prefix or "data") + ".quality",
                            definition={"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
                            rule="enum",
                        )
                    data__quality_any_of_count109 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__quality_any_of_count109:
                try:
                    if not isinstance(data__quality, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".quality must be null",
                            value=data__quality,
                            name="" + (name_prefix or "data") + ".quality",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__quality_any_of_count109 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__quality_any_of_count109:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".quality cannot be validated by any definition",
                    value=data__quality,
                    name="" + (name_prefix or "data") + ".quality",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            data__responseformat_any_of_count110 = 0
            if not data__responseformat_any_of_count110:
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
                    data__responseformat_any_of_count110 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count110:
                try:
                    if not isinstance(data__responseformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".response_format must be null",
                            value=data__responseformat,
                            name="" + (name_prefix or "data") + ".response_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__responseformat_any_of_count110 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count110:
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
            data__size_any_of_count111 = 0
            if not data__size_any_of_count111:
                try:
                    if not isinstance(data__size, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".size must be string",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={
                                "type": "string",
                                "enum": [
                                    "auto",
                                    "256x256",
                                    "512x512",
                                    "1024x1024",
                                    "1536x1024",
                                    "1024x1536",
                                    "1792x1024",
                                    "1024x1792",
                                ],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__size, str)
                        and data__size == "auto"
                        or isinstance(data__size, str)
                        and data__size == "256x256"
                        or isinstance(data__size, str)
                        and data__size == "512x512"
                        or isinstance(data__size, str)
                        and data__size == "1024x1024"
                        or isinstance(data__size, str)
                        and data__size == "1536x1024"
                        or isinstance(data__size, str)
                        and data__size == "1024x1536"
                        or isinstance(data__size, str)
                        and data__size == "1792x1024"
                        or isinstance(data__size, str)
                        and data__size == "1024x1792"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".size must be one of ['auto', '256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', '1792x1024', '1024x1792']",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={
                                "type": "string",
                                "enum": [
                                    "auto",
                                    "256x256",
                                    "512x512",
                                    "1024x1024",
                                    "1536x1024",
                                    "1024x1536",
                                    "1792x1024",
                                    "1024x1792",
                                ],
                            },
                            rule="enum",
                        )
                    data__size_any_of_count111 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__size_any_of_count111:
                try:
                    if not isinstance(data__size, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".size must be null",
                            value=data__size,
                            name="" + (name_prefix or "data") + ".size",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__size_any_of_count111 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__size_any_of_count111:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size cannot be validated by any definition",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={
                        "anyOf": [
                            {
                                "type": "string",
                                "enum": [
                                    "auto",
                                    "256x256",
                                    "512x512",
                                    "1024x1024",
                                    "1536x1024",
                                    "1024x1536",
                                    "1792x1024",
                                    "1024x1792",
                                ],
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "moderation" in data_keys:
            data_keys.remove("moderation")
            data__moderation = data["moderation"]
            data__moderation_any_of_count112 = 0
            if not data__moderation_any_of_count112:
                try:
                    if not isinstance(data__moderation, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".moderation must be string",
                            value=data__moderation,
                            name="" + (name_prefix or "data") + ".moderation",
                            definition={"type": "string", "enum": ["low", "auto"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__moderation, str)
                        and data__moderation == "low"
                        or isinstance(data__moderation, str)
                        and data__moderation == "auto"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".moderation must be one of ['low', 'auto']",
                            value=data__moderation,
                            name="" + (name_prefix or "data") + ".moderation",
                            definition={"type": "string", "enum": ["low", "auto"]},
                            rule="enum",
                        )
                    data__moderation_any_of_count112 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__moderation_any_of_count112:
                try:
                    if not isinstance(data__moderation, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".moderation must be null",
                            value=data__moderation,
                            name="" + (name_prefix or "data") + ".moderation",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__moderation_any_of_count112 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__moderation_any_of_count112:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".moderation cannot be validated by any definition",
                    value=data__moderation,
                    name="" + (name_prefix or "data") + ".moderation",
                    definition={"anyOf": [{"type": "string", "enum": ["low", "auto"]}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "background" in data_keys:
            data_keys.remove("background")
            data__background = data["background"]
            data__background_any_of_count113 = 0
            if not data__background_any_of_count113:
                try:
                    if not isinstance(data__background, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".background must be string",
                            value=data__background,
                            name="" + (name_prefix or "data") + ".background",
                            definition={"type": "string", "enum": ["transparent", "opaque", "auto"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__background, str)
                        and data__background == "transparent"
                        or isinstance(data__background, str)
                        and data__background == "opaque"
                        or isinstance(data__background, str)
                        and data__background == "auto"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".background must be one of ['transparent', 'opaque', 'auto']",
                            value=data__background,
                            name="" + (name_prefix or "data") + ".background",
                            definition={"type": "string", "enum": ["transparent", "opaque", "auto"]},
                            rule="enum",
                        )
                    data__background_any_of_count113 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__background_any_of_count113:
                try:
                    if not isinstance(data__background, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".background must be null",
                            value=data__background,
                            name="" + (name_prefix or "data") + ".background",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__background_any_of_count113 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__background_any_of_count113:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".background cannot be validated by any definition",
                    value=data__background,
                    name="" + (name_prefix or "data") + ".background",
                    definition={
                        "anyOf": [{"type": "string", "enum": ["transparent", "opaque", "auto"]}, {"type": "null"}]
                    },
                    rule="anyOf",
                )
        if "output_format" in data_keys:
            data_keys.remove("output_format")
            data__outputformat = data["output_format"]
            data__outputformat_any_of_count114 = 0
            if not data__outputformat_any_of_count114:
                try:
                    if not isinstance(data__outputformat, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".output_format must be string",
                            value=data__outputformat,
                            name="" + (name_prefix or "data") + ".output_format",
                            definition={"type": "string", "enum": ["png", "jpeg", "webp"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__outputformat, str)
                        and data__outputformat == "png"
                        or isinstance(data__outputformat, str)
                        and data__outputformat == "jpeg"
                        or isinstance(data__outputformat, str)
                        and data__outputformat == "webp"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".output_format must be one of ['png', 'jpeg', 'webp']",
                            value=data__outputformat,
                            name="" + (name_prefix or "data") + ".output_format",
                            definition={"type": "string", "enum": ["png", "jpeg", "webp"]},
                            rule="enum",
                        )
                    data__outputformat_any_of_count114 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__outputformat_any_of_count114:
                try:
                    if not isinstance(data__outputformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".output_format must be null",
                            value=data__outputformat,
                            name="" + (name_prefix or "data") + ".output_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__outputformat_any_of_count114 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__outputformat_any_of_count114:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".output_format cannot be validated by any definition",
                    value=data__outputformat,
                    name="" + (name_prefix or "data") + ".output_format",
                    definition={"anyOf": [{"type": "string", "enum": ["png", "jpeg", "webp"]}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "output_compression" in data_keys:
            data_keys.remove("output_compression")
            data__outputcompression = data["output_compression"]
            data__outputcompression_any_of_count115 = 0
            if not data__outputcompression_any_of_count115:
                try:
                    if (
                        not isinstance(data__outputcompression, (int))
                        and not (isinstance(data__outputcompression, float) and data__outputcompression.is_integer())
                        or isinstance(data__outputcompression, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".output_compression must be integer",
                            value=data__outputcompression,
                            name="" + (name_prefix or "data") + ".output_compression",
                            definition={"type": "integer", "minimum": 0, "maximum": 100},
                            rule="type",
                        )
                    if isinstance(data__outputcompression, (int, float, Decimal)) and not isinstance(
                        data__outputcompression, bool
                    ):
                        if data__outputcompression < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".output_compression must be bigger than or equal to 0",
                                value=data__outputcompression,
                                name="" + (name_prefix or "data") + ".output_compression",
                                definition={"type": "integer", "minimum": 0, "maximum": 100},
                                rule="minimum",
                            )
                        if data__outputcompression > 100:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".output_compression must be smaller than or equal to 100",
                                value=data__outputcompression,
                                name="" + (name_prefix or "data") + ".output_compression",
                                definition={"type": "integer", "minimum": 0, "maximum": 100},
                                rule="maximum",
                            )
                    data__outputcompression_any_of_count115 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__outputcompression_any_of_count115:
                try:
                    if not isinstance(data__outputcompression, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".output_compression must be null",
                            value=data__outputcompression,
                            name="" + (name_prefix or "data") + ".output_compression",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__outputcompression_any_of_count115 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__outputcompression_any_of_count115:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".output_compression cannot be validated by any definition",
                    value=data__outputcompression,
                    name="" + (name_prefix or "data") + ".output_compression",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 100}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            data__stream_any_of_count116 = 0
            if not data__stream_any_of_count116:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count116 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count116:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count116 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count116:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream cannot be validated by any definition",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "partial_images" in data_keys:
            data_keys.remove("partial_images")
            data__partialimages = data["partial_images"]
            data__partialimages_any_of_count117 = 0
            if not data__partialimages_any_of_count117:
                try:
                    if (
                        not isinstance(data__partialimages, (int))
                        and not (isinstance(data__partialimages, float) and data__partialimages.is_integer())
                        or isinstance(data__partialimages, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".partial_images must be integer",
                            value=data__partialimages,
                            name="" + (name_prefix or "data") + ".partial_images",
                            definition={"type": "integer", "minimum": 0, "maximum": 3},
                            rule="type",
                        )
                    if isinstance(data__partialimages, (int, float, Decimal)) and not isinstance(
                        data__partialimages, bool
                    ):
                        if data__partialimages < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".partial_images must be bigger than or equal to 0",
                                value=data__partialimages,
                                name="" + (name_prefix or "data") + ".partial_images",
                                definition={"type": "integer", "minimum": 0, "maximum": 3},
                                rule="minimum",
                            )
                        if data__partialimages > 3:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".partial_images must be smaller than or equal to 3",
                                value=data__partialimages,
                                name="" + (name_prefix or "data") + ".partial_images",
                                definition={"type": "integer", "minimum": 0, "maximum": 3},
                                rule="maximum",
                            )
                    data__partialimages_any_of_count117 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__partialimages_any_of_count117:
                try:
                    if not isinstance(data__partialimages, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".partial_images must be null",
                            value=data__partialimages,
                            name="" + (name_prefix or "data") + ".partial_images",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__partialimages_any_of_count117 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__partialimages_any_of_count117:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".partial_images cannot be validated by any definition",
                    value=data__partialimages,
                    name="" + (name_prefix or "data") + ".partial_images",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 3}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "style" in data_keys:
            data_keys.remove("style")
            data__style = data["style"]
            data__style_any_of_count118 = 0
            if not data__style_any_of_count118:
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
                    data__style_any_of_count118 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__style_any_of_count118:
                try:
                    if not isinstance(data__style, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".style must be null",
                            value=data__style,
                            name="" + (name_prefix or "data") + ".style",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__style_any_of_count118 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__style_any_of_count118:
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
