# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImageEdit (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_image_edit(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "image": {"anyOf": [{}, {"type": "array", "maxItems": 16, "items": {}}]},
                    "prompt": {"type": "string"},
                    "mask": {},
                    "model": {"type": "string"},
                    "n": {"type": "integer", "minimum": 1, "maximum": 10},
                    "size": {
                        "type": "string",
                        "enum": ["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
                    },
                    "quality": {"type": "string", "enum": ["standard", "low", "medium", "high", "auto"]},
                    "response_format": {"type": "string", "enum": ["url", "b64_json"]},
                    "input_fidelity": {"type": "string", "enum": ["high", "low"]},
                    "background": {"type": "string", "enum": ["transparent", "opaque", "auto"]},
                    "output_format": {"type": "string", "enum": ["png", "jpeg", "webp"]},
                    "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
                    "stream": {"type": "boolean"},
                    "partial_images": {"type": "integer", "minimum": 0, "maximum": 3},
                    "user": {"type": "string"},
                },
                "required": ["image", "prompt"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["image", "prompt"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "image": {"anyOf": [{}, {"type": "array", "maxItems": 16, "items": {}}]},
                        "prompt": {"type": "string"},
                        "mask": {},
                        "model": {"type": "string"},
                        "n": {"type": "integer", "minimum": 1, "maximum": 10},
                        "size": {
                            "type": "string",
                            "enum": ["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
                        },
                        "quality": {"type": "string", "enum": ["standard", "low", "medium", "high", "auto"]},
                        "response_format": {"type": "string", "enum": ["url", "b64_json"]},
                        "input_fidelity": {"type": "string", "enum": ["high", "low"]},
                        "background": {"type": "string", "enum": ["transparent", "opaque", "auto"]},
                        "output_format": {"type": "string", "enum": ["png", "jpeg", "webp"]},
                        "output_compression": {"type": "integer", "minimum": 0, "maximum": 100},
                        "stream": {"type": "boolean"},
                        "partial_images": {"type": "integer", "minimum": 0, "maximum": 3},
                        "user": {"type": "string"},
                    },
                    "required": ["image", "prompt"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "image" in data_keys:
            data_keys.remove("image")
            data__image = data["image"]
            data__image_any_of_count106 = 0
            if not data__image_any_of_count106:
                try:
                    data__image_any_of_count106 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__image_any_of_count106:
                try:
                    if not isinstance(data__image, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".image must be array",
                            value=data__image,
                            name="" + (name_prefix or "data") + ".image",
                            definition={"type": "array", "maxItems": 16, "items": {}},
                            rule="type",
                        )
                    data__image_is_list = isinstance(data__image, (list, tuple))
                    if data__image_is_list:
                        data__image_len = len(data__image)
                        if data__image_len > 16:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".image must contain less than or equal to 16 items",
                                value=data__image,
                                name="" + (name_prefix or "data") + ".image",
                                definition={"type": "array", "maxItems": 16, "items": {}},
                                rule="maxItems",
                            )
                    data__image_any_of_count106 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__image_any_of_count106:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".image cannot be validated by any definition",
                    value=data__image,
                    name="" + (name_prefix or "data") + ".image",
                    definition={"anyOf": [{}, {"type": "array", "maxItems": 16, "items": {}}]},
                    rule="anyOf",
                )
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
        if "mask" in data_keys:
            data_keys.remove("mask")
            data__mask = data["mask"]
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
        if "size" in data_keys:
            data_keys.remove("size")
            data__size = data["size"]
            if not isinstance(data__size, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".size must be string",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={
                        "type": "string",
                        "enum": ["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
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
                and data__size == "1536x1024"
                or isinstance(data__size, str)
                and data__size == "1024x1536"
                or isinstance(data__size, str)
                and data__size == "auto"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".size must be one of ['256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', 'auto']",
                    value=data__size,
                    name="" + (name_prefix or "data") + ".size",
                    definition={
                        "type": "string",
                        "enum": ["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"],
                    },
                    rule="enum",
                )
        if "quality" in data_keys:
            data_keys.remove("quality")
            data__quality = data["quality"]
            if not isinstance(data__quality, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".quality must be string",
                    value=data__quality,
                    name="" + (name_prefix or "data") + ".quality",
                    definition={"type": "string", "enum": ["standard", "low", "medium", "high", "auto"]},
                    rule="type",
                )
            if not (
                isinstance(data__quality, str)
                and data__quality == "standard"
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
                    + ".quality must be one of ['standard', 'low', 'medium', 'high', 'auto']",
                    value=data__quality,
                    name="" + (name_prefix or "data") + ".quality",
                    definition={"type": "string", "enum": ["standard", "low", "medium", "high", "auto"]},
                    rule="enum",
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
        if "input_fidelity" in data_keys:
            data_keys.remove("input_fidelity")
            data__inputfidelity = data["input_fidelity"]
            if not isinstance(data__inputfidelity, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input_fidelity must be string",
                    value=data__inputfidelity,
                    name="" + (name_prefix or "data") + ".input_fidelity",
                    definition={"type": "string", "enum": ["high", "low"]},
                    rule="type",
                )
            if not (
                isinstance(data__inputfidelity, str)
                and data__inputfidelity == "high"
                or isinstance(data__inputfidelity, str)
                and data__inputfidelity == "low"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input_fidelity must be one of ['high', 'low']",
                    value=data__inputfidelity,
                    name="" + (name_prefix or "data") + ".input_fidelity",
                    definition={"type": "string", "enum": ["high", "low"]},
                    rule="enum",
                )
        if "background" in data_keys:
            data_keys.remove("background")
            data__background = data["background"]
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
                    "" + (name_prefix or "data") + ".background must be one of ['transparent', 'opaque', 'auto']",
                    value=data__background,
                    name="" + (name_prefix or "data") + ".background",
                    definition={"type": "string", "enum": ["transparent", "opaque", "auto"]},
                    rule="enum",
                )
        if "output_format" in data_keys:
            data_keys.remove("output_format")
            data__outputformat = data["output_format"]
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
        if "output_compression" in data_keys:
            data_keys.remove("output_compression")
            data__outputcompression = data["output_compression"]
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
                        "" + (name_prefix or "data") + ".output_compression must be smaller than or equal to 100",
                        value=data__outputcompression,
                        name="" + (name_prefix or "data") + ".output_compression",
                        definition={"type": "integer", "minimum": 0, "maximum": 100},
                        rule="maximum",
                    )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            if not isinstance(data__stream, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream must be boolean",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "partial_images" in data_keys:
            data_keys.remove("partial_images")
            data__partialimages = data["partial_images"]
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
            if isinstance(data__partialimages, (int, float, Decimal)) and not isinstance(data__partialimages, bool):
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


validate = validate___operations_create_image_edit
