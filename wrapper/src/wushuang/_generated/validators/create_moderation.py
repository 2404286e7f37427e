# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
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
                    "input": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
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
                        "input": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
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
            data__input_any_of_count66 = 0
            if not data__input_any_of_count66:
                try:
                    if not isinstance(data__input, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be string",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__input_any_of_count66 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count66:
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
                    data__input_any_of_count66 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count66:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input cannot be validated by any definition",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
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


validate = validate___operations_create_moderation
