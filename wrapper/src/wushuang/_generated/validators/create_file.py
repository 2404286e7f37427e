# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFile (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_file(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "file": {},
                    "purpose": {
                        "type": "string",
                        "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
                    },
                    "expires_after": {
                        "type": "object",
                        "required": ["anchor", "seconds"],
                        "properties": {
                            "anchor": {"type": "string", "const": "created_at"},
                            "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
                        },
                    },
                },
                "required": ["file", "purpose"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["file", "purpose"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "file": {},
                        "purpose": {
                            "type": "string",
                            "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
                        },
                        "expires_after": {
                            "type": "object",
                            "required": ["anchor", "seconds"],
                            "properties": {
                                "anchor": {"type": "string", "const": "created_at"},
                                "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
                            },
                        },
                    },
                    "required": ["file", "purpose"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
        if "purpose" in data_keys:
            data_keys.remove("purpose")
            data__purpose = data["purpose"]
            if not isinstance(data__purpose, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".purpose must be string",
                    value=data__purpose,
                    name="" + (name_prefix or "data") + ".purpose",
                    definition={
                        "type": "string",
                        "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
                    },
                    rule="type",
                )
            if not (
                isinstance(data__purpose, str)
                and data__purpose == "assistants"
                or isinstance(data__purpose, str)
                and data__purpose == "batch"
                or isinstance(data__purpose, str)
                and data__purpose == "fine-tune"
                or isinstance(data__purpose, str)
                and data__purpose == "vision"
                or isinstance(data__purpose, str)
                and data__purpose == "user_data"
                or isinstance(data__purpose, str)
                and data__purpose == "evals"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".purpose must be one of ['assistants', 'batch', 'fine-tune', 'vision', 'user_data', 'evals']",
                    value=data__purpose,
                    name="" + (name_prefix or "data") + ".purpose",
                    definition={
                        "type": "string",
                        "enum": ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
                    },
                    rule="enum",
                )
        if "expires_after" in data_keys:
            data_keys.remove("expires_after")
            data__expiresafter = data["expires_after"]
            validate___definitions_fileexpirationafter(
                data__expiresafter, custom_formats, (name_prefix or "data") + ".expires_after"
            )
    return data


def validate___definitions_fileexpirationafter(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["anchor", "seconds"],
                "properties": {
                    "anchor": {"type": "string", "const": "created_at"},
                    "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["anchor", "seconds"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["anchor", "seconds"],
                    "properties": {
                        "anchor": {"type": "string", "const": "created_at"},
                        "seconds": {"type": "integer", "minimum": 3600, "maximum": 2592000},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "anchor" in data_keys:
            data_keys.remove("anchor")
            data__anchor = data["anchor"]
            if not isinstance(data__anchor, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".anchor must be string",
                    value=data__anchor,
                    name="" + (name_prefix or "data") + ".anchor",
                    definition={"type": "string", "const": "created_at"},
                    rule="type",
                )
            if not (isinstance(data__anchor, str) and data__anchor == "created_at"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".anchor must be same as const definition: created_at",
                    value=data__anchor,
                    name="" + (name_prefix or "data") + ".anchor",
                    definition={"type": "string", "const": "created_at"},
                    rule="const",
                )
        if "seconds" in data_keys:
            data_keys.remove("seconds")
            data__seconds = data["seconds"]
            if (
                not isinstance(data__seconds, (int))
                and not (isinstance(data__seconds, float) and data__seconds.is_integer())
                or isinstance(data__seconds, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".seconds must be integer",
                    value=data__seconds,
                    name="" + (name_prefix or "data") + ".seconds",
                    definition={"type": "integer", "minimum": 3600, "maximum": 2592000},
                    rule="type",
                )
            if isinstance(data__seconds, (int, float, Decimal)) and not isinstance(data__seconds, bool):
                if data__seconds < 3600:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".seconds must be bigger than or equal to 3600",
                        value=data__seconds,
                        name="" + (name_prefix or "data") + ".seconds",
                        definition={"type": "integer", "minimum": 3600, "maximum": 2592000},
                        rule="minimum",
                    )
                if data__seconds > 2592000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".seconds must be smaller than or equal to 2592000",
                        value=data__seconds,
                        name="" + (name_prefix or "data") + ".seconds",
                        definition={"type": "integer", "minimum": 3600, "maximum": 2592000},
                        rule="maximum",
                    )
    return data


validate = validate___operations_create_file
