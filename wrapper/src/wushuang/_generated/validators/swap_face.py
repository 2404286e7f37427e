# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of swapFace (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_swap_face(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "sourceBase64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    "targetBase64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
                },
                "required": ["sourceBase64", "targetBase64"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["sourceBase64", "targetBase64"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "sourceBase64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        "targetBase64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
                    },
                    "required": ["sourceBase64", "targetBase64"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "sourceBase64" in data_keys:
            data_keys.remove("sourceBase64")
            data__sourceBase64 = data["sourceBase64"]
            if not isinstance(data__sourceBase64, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sourceBase64 must be string",
                    value=data__sourceBase64,
                    name="" + (name_prefix or "data") + ".sourceBase64",
                    definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    rule="type",
                )
            if isinstance(data__sourceBase64, str):
                data__sourceBase64_len = len(data__sourceBase64)
                if data__sourceBase64_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".sourceBase64 must be longer than or equal to 1 characters",
                        value=data__sourceBase64,
                        name="" + (name_prefix or "data") + ".sourceBase64",
                        definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        rule="minLength",
                    )
        if "targetBase64" in data_keys:
            data_keys.remove("targetBase64")
            data__targetBase64 = data["targetBase64"]
            if not isinstance(data__targetBase64, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".targetBase64 must be string",
                    value=data__targetBase64,
                    name="" + (name_prefix or "data") + ".targetBase64",
                    definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    rule="type",
                )
            if isinstance(data__targetBase64, str):
                data__targetBase64_len = len(data__targetBase64)
                if data__targetBase64_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".targetBase64 must be longer than or equal to 1 characters",
                        value=data__targetBase64,
                        name="" + (name_prefix or "data") + ".targetBase64",
                        definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        rule="minLength",
                    )
        if "notifyHook" in data_keys:
            data_keys.remove("notifyHook")
            data__notifyHook = data["notifyHook"]
            if not isinstance(data__notifyHook, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".notifyHook must be string",
                    value=data__notifyHook,
                    name="" + (name_prefix or "data") + ".notifyHook",
                    definition={"type": "string"},
                    rule="type",
                )
        if "state" in data_keys:
            data_keys.remove("state")
            data__state = data["state"]
            if not isinstance(data__state, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".state must be string",
                    value=data__state,
                    name="" + (name_prefix or "data") + ".state",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


validate = validate___operations_swap_face
