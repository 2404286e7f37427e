# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitChange (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_submit_change(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "taskId": {"type": "string", "minLength": 1},
                    "action": {"type": "string", "enum": ["UPSCALE", "VARIATION", "REROLL"]},
                    "index": {"type": "integer", "minimum": 1, "maximum": 4},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
                },
                "required": ["action", "taskId"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["action", "taskId"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "taskId": {"type": "string", "minLength": 1},
                        "action": {"type": "string", "enum": ["UPSCALE", "VARIATION", "REROLL"]},
                        "index": {"type": "integer", "minimum": 1, "maximum": 4},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
                    },
                    "required": ["action", "taskId"],
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
        if "action" in data_keys:
            data_keys.remove("action")
            data__action = data["action"]
            if not isinstance(data__action, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".action must be string",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition={"type": "string", "enum": ["UPSCALE", "VARIATION", "REROLL"]},
                    rule="type",
                )
            if not (
                isinstance(data__action, str)
                and data__action == "UPSCALE"
                or isinstance(data__action, str)
                and data__action == "VARIATION"
                or isinstance(data__action, str)
                and data__action == "REROLL"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".action must be one of ['UPSCALE', 'VARIATION', 'REROLL']",
                    value=data__action,
                    name="" + (name_prefix or "data") + ".action",
                    definition={"type": "string", "enum": ["UPSCALE", "VARIATION", "REROLL"]},
                    rule="enum",
                )
        if "index" in data_keys:
            data_keys.remove("index")
            data__index = data["index"]
            if (
                not isinstance(data__index, (int))
                and not (isinstance(data__index, float) and data__index.is_integer())
                or isinstance(data__index, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".index must be integer",
                    value=data__index,
                    name="" + (name_prefix or "data") + ".index",
                    definition={"type": "integer", "minimum": 1, "maximum": 4},
                    rule="type",
                )
            if isinstance(data__index, (int, float, Decimal)) and not isinstance(data__index, bool):
                if data__index < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".index must be bigger than or equal to 1",
                        value=data__index,
                        name="" + (name_prefix or "data") + ".index",
                        definition={"type": "integer", "minimum": 1, "maximum": 4},
                        rule="minimum",
                    )
                if data__index > 4:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".index must be smaller than or equal to 4",
                        value=data__index,
                        name="" + (name_prefix or "data") + ".index",
                        definition={"type": "integer", "minimum": 1, "maximum": 4},
                        rule="maximum",
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


validate = validate___operations_submit_change
