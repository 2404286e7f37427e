# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createSpeech (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_speech(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "model": {"type": "string"},
                    "input": {"type": "string", "maxLength": 4096},
                    "instructions": {"type": "string", "maxLength": 4096},
                    "voice": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                        ]
                    },
                    "response_format": {"type": "string", "enum": ["mp3", "opus", "aac", "flac", "wav", "pcm"]},
                    "speed": {"type": "number", "minimum": 0.25, "maximum": 4.0},
                    "stream_format": {"type": "string", "enum": ["audio", "sse"]},
                },
                "required": ["input", "model", "voice"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["input", "model", "voice"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "model": {"type": "string"},
                        "input": {"type": "string", "maxLength": 4096},
                        "instructions": {"type": "string", "maxLength": 4096},
                        "voice": {
                            "anyOf": [
                                {"type": "string"},
                                {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            ]
                        },
                        "response_format": {"type": "string", "enum": ["mp3", "opus", "aac", "flac", "wav", "pcm"]},
                        "speed": {"type": "number", "minimum": 0.25, "maximum": 4.0},
                        "stream_format": {"type": "string", "enum": ["audio", "sse"]},
                    },
                    "required": ["input", "model", "voice"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
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
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            if not isinstance(data__input, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input must be string",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={"type": "string", "maxLength": 4096},
                    rule="type",
                )
            if isinstance(data__input, str):
                data__input_len = len(data__input)
                if data__input_len > 4096:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".input must be shorter than or equal to 4096 characters",
                        value=data__input,
                        name="" + (name_prefix or "data") + ".input",
                        definition={"type": "string", "maxLength": 4096},
                        rule="maxLength",
                    )
        if "instructions" in data_keys:
            data_keys.remove("instructions")
            data__instructions = data["instructions"]
            if not isinstance(data__instructions, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".instructions must be string",
                    value=data__instructions,
                    name="" + (name_prefix or "data") + ".instructions",
                    definition={"type": "string", "maxLength": 4096},
                    rule="type",
                )
            if isinstance(data__instructions, str):
                data__instructions_len = len(data__instructions)
                if data__instructions_len > 4096:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".instructions must be shorter than or equal to 4096 characters",
                        value=data__instructions,
                        name="" + (name_prefix or "data") + ".instructions",
                        definition={"type": "string", "maxLength": 4096},
                        rule="maxLength",
                    )
        if "voice" in data_keys:
            data_keys.remove("voice")
            data__voice = data["voice"]
            data__voice_any_of_count123 = 0
            if not data__voice_any_of_count123:
                try:
                    if not isinstance(data__voice, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".voice must be string",
                            value=data__voice,
                            name="" + (name_prefix or "data") + ".voice",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__voice_any_of_count123 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__voice_any_of_count123:
                try:
                    validate___definitions_customvoice(data__voice, custom_formats, (name_prefix or "data") + ".voice")
                    data__voice_any_of_count123 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__voice_any_of_count123:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".voice cannot be validated by any definition",
                    value=data__voice,
                    name="" + (name_prefix or "data") + ".voice",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                        ]
                    },
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            if not isinstance(data__responseformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format must be string",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["mp3", "opus", "aac", "flac", "wav", "pcm"]},
                    rule="type",
                )
            if not (
                isinstance(data__responseformat, str)
                and data__responseformat == "mp3"
                or isinstance(data__responseformat, str)
                and data__responseformat == "opus"
                or isinstance(data__responseformat, str)
                and data__responseformat == "aac"
                or isinstance(data__responseformat, str)
                and data__responseformat == "flac"
                or isinstance(data__responseformat, str)
                and data__responseformat == "wav"
                or isinstance(data__responseformat, str)
                and data__responseformat == "pcm"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".response_format must be one of ['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm']",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["mp3", "opus", "aac", "flac", "wav", "pcm"]},
                    rule="enum",
                )
        if "speed" in data_keys:
            data_keys.remove("speed")
            data__speed = data["speed"]
            if not isinstance(data__speed, (int, float, Decimal)) or isinstance(data__speed, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".speed must be number",
                    value=data__speed,
                    name="" + (name_prefix or "data") + ".speed",
                    definition={"type": "number", "minimum": 0.25, "maximum": 4.0},
                    rule="type",
                )
            if isinstance(data__speed, (int, float, Decimal)) and not isinstance(data__speed, bool):
                if data__speed < 0.25:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".speed must be bigger than or equal to 0.25",
                        value=data__speed,
                        name="" + (name_prefix or "data") + ".speed",
                        definition={"type": "number", "minimum": 0.25, "maximum": 4.0},
                        rule="minimum",
                    )
                if data__speed > 4.0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".speed must be smaller than or equal to 4.0",
                        value=data__speed,
                        name="" + (name_prefix or "data") + ".speed",
                        definition={"type": "number", "minimum": 0.25, "maximum": 4.0},
                        rule="maximum",
                    )
        if "stream_format" in data_keys:
            data_keys.remove("stream_format")
            data__streamformat = data["stream_format"]
            if not isinstance(data__streamformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream_format must be string",
                    value=data__streamformat,
                    name="" + (name_prefix or "data") + ".stream_format",
                    definition={"type": "string", "enum": ["audio", "sse"]},
                    rule="type",
                )
            if not (
                isinstance(data__streamformat, str)
                and data__streamformat == "audio"
                or isinstance(data__streamformat, str)
                and data__streamformat == "sse"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream_format must be one of ['audio', 'sse']",
                    value=data__streamformat,
                    name="" + (name_prefix or "data") + ".stream_format",
                    definition={"type": "string", "enum": ["audio", "sse"]},
                    rule="enum",
                )
    return data


def validate___definitions_customvoice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
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
                definition={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
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
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_create_speech
