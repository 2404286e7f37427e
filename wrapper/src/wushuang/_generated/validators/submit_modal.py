# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitModal (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_submit_modal(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "taskId": {"type": "string", "minLength": 1},
                    "prompt": {"type": "string"},
                    "maskBase64": {"type": "string", "x-sdk-data-url": "image"},
                },
                "required": ["taskId"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["taskId"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "taskId": {"type": "string", "minLength": 1},
                        "prompt": {"type": "string"},
                        "maskBase64": {"type": "string", "x-sdk-data-url": "image"},
                    },
                    "required": ["taskId"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "taskId" in data_keys:
            data_keys.remove("taskId")
            data__taskId = data["taskId"]
            if not isinstance(data__taskId, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".taskId must be string",
                    value=data__taskId,
                    name="" + (name_prefix or "data") + ".taskId",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__taskId, str):
                data__taskId_len = len(data__taskId)
                if data__taskId_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".taskId must be longer than or equal to 1 characters",
                        value=data__taskId,
                        name="" + (name_prefix or "data") + ".taskId",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
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
        if "maskBase64" in data_keys:
            data_keys.remove("maskBase64")
            data__maskBase64 = data["maskBase64"]
            if not isinstance(data__maskBase64, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".maskBase64 must be string",
                    value=data__maskBase64,
                    name="" + (name_prefix or "data") + ".maskBase64",
                    definition={"type": "string", "x-sdk-data-url": "image"},
                    rule="type",
                )
    return data


validate = validate___operations_submit_modal
