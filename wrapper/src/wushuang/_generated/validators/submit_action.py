# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitAction (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_submit_action(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "taskId": {"type": "string", "minLength": 1},
                    "customId": {"type": "string", "minLength": 1},
                    "chooseSameChannel": {"type": "boolean"},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
                },
                "required": ["customId", "taskId"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["customId", "taskId"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "taskId": {"type": "string", "minLength": 1},
                        "customId": {"type": "string", "minLength": 1},
                        "chooseSameChannel": {"type": "boolean"},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
                    },
                    "required": ["customId", "taskId"],
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
        if "customId" in data_keys:
            data_keys.remove("customId")
            data__customId = data["customId"]
            if not isinstance(data__customId, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".customId must be string",
                    value=data__customId,
                    name="" + (name_prefix or "data") + ".customId",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__customId, str):
                data__customId_len = len(data__customId)
                if data__customId_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".customId must be longer than or equal to 1 characters",
                        value=data__customId,
                        name="" + (name_prefix or "data") + ".customId",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "chooseSameChannel" in data_keys:
            data_keys.remove("chooseSameChannel")
            data__chooseSameChannel = data["chooseSameChannel"]
            if not isinstance(data__chooseSameChannel, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".chooseSameChannel must be boolean",
                    value=data__chooseSameChannel,
                    name="" + (name_prefix or "data") + ".chooseSameChannel",
                    definition={"type": "boolean"},
                    rule="type",
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


validate = validate___operations_submit_action
