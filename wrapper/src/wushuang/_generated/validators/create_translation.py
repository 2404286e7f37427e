# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createTranslation (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_translation(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "file": {},
                    "model": {"type": "string"},
                    "prompt": {"type": "string"},
                    "response_format": {"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt"]},
                    "temperature": {"type": "number", "minimum": 0, "maximum": 1},
                },
                "required": ["file", "model"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["file", "model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "file": {},
                        "model": {"type": "string"},
                        "prompt": {"type": "string"},
                        "response_format": {"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt"]},
                        "temperature": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                    "required": ["file", "model"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
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
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            if not isinstance(data__responseformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format must be string",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt"]},
                    rule="type",
                )
            if not (
                isinstance(data__responseformat, str)
                and data__responseformat == "json"
                or isinstance(data__responseformat, str)
                and data__responseformat == "text"
                or isinstance(data__responseformat, str)
                and data__responseformat == "srt"
                or isinstance(data__responseformat, str)
                and data__responseformat == "verbose_json"
                or isinstance(data__responseformat, str)
                and data__responseformat == "vtt"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".response_format must be one of ['json', 'text', 'srt', 'verbose_json', 'vtt']",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt"]},
                    rule="enum",
                )
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".temperature must be number",
                    value=data__temperature,
                    name="" + (name_prefix or "data") + ".temperature",
                    definition={"type": "number", "minimum": 0, "maximum": 1},
                    rule="type",
                )
            if isinstance(data__temperature, (int, float, Decimal)) and not isinstance(data__temperature, bool):
                if data__temperature < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".temperature must be bigger than or equal to 0",
                        value=data__temperature,
                        name="" + (name_prefix or "data") + ".temperature",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="minimum",
                    )
                if data__temperature > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".temperature must be smaller than or equal to 1",
                        value=data__temperature,
                        name="" + (name_prefix or "data") + ".temperature",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="maximum",
                    )
    return data


validate = validate___operations_create_translation
