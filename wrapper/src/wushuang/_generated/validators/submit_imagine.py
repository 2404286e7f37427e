# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitImagine (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_submit_imagine(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "prompt": {"type": "string", "minLength": 1},
                    "base64Array": {"type": "array", "items": {"type": "string"}, "x-sdk-data-url": "image"},
                    "botType": {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
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
                        "prompt": {"type": "string", "minLength": 1},
                        "base64Array": {"type": "array", "items": {"type": "string"}, "x-sdk-data-url": "image"},
                        "botType": {"type": "string", "enum": ["MID_JOURNEY", "NIJI_JOURNEY"]},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
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
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__prompt, str):
                data__prompt_len = len(data__prompt)
                if data__prompt_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".prompt must be longer than or equal to 1 characters",
                        value=data__prompt,
                        name="" + (name_prefix or "data") + ".prompt",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "base64Array" in data_keys:
            data_keys.remove("base64Array")
            data__base64Array = data["base64Array"]
            if not isinstance(data__base64Array, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".base64Array must be array",
                    value=data__base64Array,
                    name="" + (name_prefix or "data") + ".base64Array",
                    definition={"type": "array", "items": {"type": "string"}, "x-sdk-data-url": "image"},
                    rule="type",
                )
            data__base64Array_is_list = isinstance(data__base64Array, (list, tuple))
            if data__base64Array_is_list:
                data__base64Array_len = len(data__base64Array)
                for data__base64Array_x, data__base64Array_item in enumerate(data__base64Array):
                    if not isinstance(data__base64Array_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".base64Array[{data__base64Array_x}]".format(**locals())
                            + " must be string",
                            value=data__base64Array_item,
                            name=""
                            + (name_prefix or "data")
                            + ".base64Array[{data__base64Array_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
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


validate = validate___operations_submit_imagine
