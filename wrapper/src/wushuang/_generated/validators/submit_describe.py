# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitDescribe (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_submit_describe(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "base64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    "botType": {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
                },
                "required": ["base64"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["base64"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "base64": {"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        "botType": {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
                    },
                    "required": ["base64"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "base64" in data_keys:
            data_keys.remove("base64")
            data__base64 = data["base64"]
            if not isinstance(data__base64, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".base64 must be string",
                    value=data__base64,
                    name="" + (name_prefix or "data") + ".base64",
                    definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                    rule="type",
                )
            if isinstance(data__base64, str):
                data__base64_len = len(data__base64)
                if data__base64_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".base64 must be longer than or equal to 1 characters",
                        value=data__base64,
                        name="" + (name_prefix or "data") + ".base64",
                        definition={"type": "string", "minLength": 1, "x-sdk-data-url": "image"},
                        rule="minLength",
                    )
        if "botType" in data_keys:
            data_keys.remove("botType")
            data__botType = data["botType"]
            if not isinstance(data__botType, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".botType must be string",
                    value=data__botType,
                    name="" + (name_prefix or "data") + ".botType",
                    definition={"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                    rule="type",
                )
            if not (
                isinstance(data__botType, str)
                and data__botType == "MID_JOURNEY"
                or isinstance(data__botType, str)
                and data__botType == "NIJI_JOURNEY"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".botType must be one of ['MID_JOURNEY', 'NIJI_JOURNEY']",
                    value=data__botType,
                    name="" + (name_prefix or "data") + ".botType",
                    definition={"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                    rule="enum",
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


validate = validate___operations_submit_describe
