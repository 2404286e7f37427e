# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of submitSimpleChange (wire names); compiled by fastjsonschema."""

import re
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

REGEX_PATTERNS = {"^[^ ]+ ([UuVv][1-4]|[Rr])$": re.compile("^[^ ]+ ([UuVv][1-4]|[Rr])\\Z")}


def validate___operations_submit_simple_change(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "content": {"type": "string", "pattern": "^[^ ]+ ([UuVv][1-4]|[Rr])$"},
                    "notifyHook": {"type": "string"},
                    "state": {"type": "string"},
                },
                "required": ["content"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["content"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "content": {"type": "string", "pattern": "^[^ ]+ ([UuVv][1-4]|[Rr])$"},
                        "notifyHook": {"type": "string"},
                        "state": {"type": "string"},
                    },
                    "required": ["content"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content must be string",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={"type": "string", "pattern": "^[^ ]+ ([UuVv][1-4]|[Rr])$"},
                    rule="type",
                )
            if isinstance(data__content, str):
                if not REGEX_PATTERNS["^[^ ]+ ([UuVv][1-4]|[Rr])$"].search(data__content):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".content must match pattern ^[^ ]+ ([UuVv][1-4]|[Rr])$",
                        value=data__content,
                        name="" + (name_prefix or "data") + ".content",
                        definition={"type": "string", "pattern": "^[^ ]+ ([UuVv][1-4]|[Rr])$"},
                        rule="pattern",
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


validate = validate___operations_submit_simple_change
