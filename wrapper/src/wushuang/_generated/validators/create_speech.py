# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createSpeech (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "maxLength": 4096}
_S3 = {"type": "string", "enum": ["audio", "sse"]}
_S4 = {"type": "number", "minimum": 0.25, "maximum": 4.0}
_S5 = {"type": "string", "enum": ["mp3", "opus", "aac", "flac", "wav", "pcm"]}
_S6 = {"type": "object", "required": ["id"], "properties": {"id": _S1}}
_S7 = {"anyOf": [_S1, _S6]}
_S8 = {
    "type": "object",
    "properties": {
        "model": _S1,
        "input": _S2,
        "instructions": _S2,
        "voice": _S7,
        "response_format": _S5,
        "speed": _S4,
        "stream_format": _S3,
    },
    "required": ["input", "model", "voice"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S8, "type")
    data__missing_keys = set(["input", "model", "voice"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S8, "required")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
    if "input" in data:
        data__input = data["input"]
        if not isinstance(data__input, str):
            raise SchemaError.at(f"{path}.input", "must be string", data__input, _S2, "type")
        if isinstance(data__input, str):
            data__input_len = len(data__input)
            if data__input_len > 4096:
                raise SchemaError.at(
                    f"{path}.input", "must be shorter than or equal to 4096 characters", data__input, _S2, "maxLength"
                )
    if "instructions" in data:
        data__instructions = data["instructions"]
        if not isinstance(data__instructions, str):
            raise SchemaError.at(f"{path}.instructions", "must be string", data__instructions, _S2, "type")
        if isinstance(data__instructions, str):
            data__instructions_len = len(data__instructions)
            if data__instructions_len > 4096:
                raise SchemaError.at(
                    f"{path}.instructions",
                    "must be shorter than or equal to 4096 characters",
                    data__instructions,
                    _S2,
                    "maxLength",
                )
    if "voice" in data:
        data__voice = data["voice"]
        if isinstance(data__voice, str):
            pass
        elif isinstance(data__voice, dict):
            validate_customvoice(data__voice, f"{path}.voice")
        else:
            raise SchemaError.at(f"{path}.voice", "cannot be validated by any definition", data__voice, _S7, "anyOf")
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if not isinstance(data__responseformat, str):
            raise SchemaError.at(f"{path}.response_format", "must be string", data__responseformat, _S5, "type")
        if not (
            isinstance(data__responseformat, str)
            and data__responseformat == "mp3"
            or (isinstance(data__responseformat, str) and data__responseformat == "opus")
            or (isinstance(data__responseformat, str) and data__responseformat == "aac")
            or (isinstance(data__responseformat, str) and data__responseformat == "flac")
            or (isinstance(data__responseformat, str) and data__responseformat == "wav")
            or (isinstance(data__responseformat, str) and data__responseformat == "pcm")
        ):
            raise SchemaError.at(
                f"{path}.response_format",
                "must be one of ['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm']",
                data__responseformat,
                _S5,
                "enum",
            )
    if "speed" in data:
        data__speed = data["speed"]
        if not isinstance(data__speed, (int, float, Decimal)) or isinstance(data__speed, bool):
            raise SchemaError.at(f"{path}.speed", "must be number", data__speed, _S4, "type")
        if isinstance(data__speed, (int, float, Decimal)) and (not isinstance(data__speed, bool)):
            if data__speed < 0.25:
                raise SchemaError.at(
                    f"{path}.speed", "must be bigger than or equal to 0.25", data__speed, _S4, "minimum"
                )
            if data__speed > 4.0:
                raise SchemaError.at(
                    f"{path}.speed", "must be smaller than or equal to 4.0", data__speed, _S4, "maximum"
                )
    if "stream_format" in data:
        data__streamformat = data["stream_format"]
        if not isinstance(data__streamformat, str):
            raise SchemaError.at(f"{path}.stream_format", "must be string", data__streamformat, _S3, "type")
        if not (
            isinstance(data__streamformat, str)
            and data__streamformat == "audio"
            or (isinstance(data__streamformat, str) and data__streamformat == "sse")
        ):
            raise SchemaError.at(
                f"{path}.stream_format", "must be one of ['audio', 'sse']", data__streamformat, _S3, "enum"
            )
    return data


def validate_customvoice(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S6, "type")
    data__missing_keys = set(["id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S6, "required")
    if "id" in data:
        data__id = data["id"]
        if not isinstance(data__id, str):
            raise SchemaError.at(f"{path}.id", "must be string", data__id, _S1, "type")
    return data
