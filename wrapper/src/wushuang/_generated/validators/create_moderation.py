# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createModeration (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_moderation(data, custom_formats={}, name_prefix=None):
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
                            {"type": "array", "items": {"type": "string"}},
                            {
                                "type": "array",
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ModerationInputText"},
                                        {"$ref": "#/definitions/ModerationInputImage"},
                                    ]
                                },
                            },
                        ]
                    },
                    "model": {"type": "string"},
                },
                "required": ["input"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["input"]) - data.keys()
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
                                {"type": "array", "items": {"type": "string"}},
                                {
                                    "type": "array",
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/ModerationInputText"},
                                            {"$ref": "#/definitions/ModerationInputImage"},
                                        ]
                                    },
                                },
                            ]
                        },
                        "model": {"type": "string"},
                    },
                    "required": ["input"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            data__input_any_of_count119 = 0
            if not data__input_any_of_count119:
                try:
                    if not isinstance(data__input, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be string",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__input_any_of_count119 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count119:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "array", "items": {"type": "string"}},
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
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
                    data__input_any_of_count119 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count119:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={
                                "type": "array",
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ModerationInputText"},
                                        {"$ref": "#/definitions/ModerationInputImage"},
                                    ]
                                },
                            },
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
                        for data__input_x, data__input_item in enumerate(data__input):
                            validate___definitions_moderationinputpart(
                                data__input_item,
                                custom_formats,
                                (name_prefix or "data") + ".input[{data__input_x}]".format(**locals()),
                            )
                    data__input_any_of_count119 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count119:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input cannot be validated by any definition",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}},
                            {
                                "type": "array",
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ModerationInputText"},
                                        {"$ref": "#/definitions/ModerationInputImage"},
                                    ]
                                },
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
    return data


def validate___definitions_moderationinputimage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "image_url"],
                "properties": {
                    "type": {"type": "string", "const": "image_url"},
                    "image_url": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "image_url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "image_url"],
                    "properties": {
                        "type": {"type": "string", "const": "image_url"},
                        "image_url": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "image_url"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "image_url"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: image_url",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "image_url"},
                    rule="const",
                )
        if "image_url" in data_keys:
            data_keys.remove("image_url")
            data__imageurl = data["image_url"]
            if not isinstance(data__imageurl, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".image_url must be object",
                    value=data__imageurl,
                    name="" + (name_prefix or "data") + ".image_url",
                    definition={"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
                    rule="type",
                )
            data__imageurl_is_dict = isinstance(data__imageurl, dict)
            if data__imageurl_is_dict:
                data__imageurl__missing_keys = set(["url"]) - data__imageurl.keys()
                if data__imageurl__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".image_url must contain "
                        + (str(sorted(data__imageurl__missing_keys)) + " properties"),
                        value=data__imageurl,
                        name="" + (name_prefix or "data") + ".image_url",
                        definition={"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
                        rule="required",
                    )
                data__imageurl_keys = set(data__imageurl.keys())
                if "url" in data__imageurl_keys:
                    data__imageurl_keys.remove("url")
                    data__imageurl__url = data__imageurl["url"]
                    if not isinstance(data__imageurl__url, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".image_url.url must be string",
                            value=data__imageurl__url,
                            name="" + (name_prefix or "data") + ".image_url.url",
                            definition={"type": "string"},
                            rule="type",
                        )
    return data


def validate___definitions_moderationinputpart(data, custom_formats={}, name_prefix=None):
    data_one_of_count120 = 0
    if data_one_of_count120 < 2:
        try:
            validate___definitions_moderationinputtext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count120 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count120 < 2:
        try:
            validate___definitions_moderationinputimage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count120 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count120 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count120) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["type", "text"],
                        "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
                    },
                    {
                        "type": "object",
                        "required": ["type", "image_url"],
                        "properties": {
                            "type": {"type": "string", "const": "image_url"},
                            "image_url": {
                                "type": "object",
                                "required": ["url"],
                                "properties": {"url": {"type": "string"}},
                            },
                        },
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_moderationinputtext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "text"],
                "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "text"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "text"],
                    "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "text"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "text"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: text",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "text"},
                    rule="const",
                )
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".text must be string",
                    value=data__text,
                    name="" + (name_prefix or "data") + ".text",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_create_moderation
