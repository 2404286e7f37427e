# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the component schemas that two or more operations use; compiled by fastjsonschema."""

from decimal import Decimal
import re
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

REGEX_PATTERNS = {"^[a-zA-Z0-9_-]{1,64}$": re.compile("^[a-zA-Z0-9_-]{1,64}\\Z")}
NoneType = type(None)


def validate___definitions_assistantsnamedtoolchoice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "enum": ["function", "code_interpreter", "retrieval"]},
                    "function": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type"],
                    "properties": {
                        "type": {"type": "string", "enum": ["function", "code_interpreter", "retrieval"]},
                        "function": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {"name": {"type": "string"}},
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["function", "code_interpreter", "retrieval"]},
                    rule="type",
                )
            if not (
                isinstance(data__type, str)
                and data__type == "function"
                or isinstance(data__type, str)
                and data__type == "code_interpreter"
                or isinstance(data__type, str)
                and data__type == "retrieval"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be one of ['function', 'code_interpreter', 'retrieval']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["function", "code_interpreter", "retrieval"]},
                    rule="enum",
                )
        if "function" in data_keys:
            data_keys.remove("function")
            data__function = data["function"]
            validate___definitions_assistantsnamedtoolchoicefunction(
                data__function, custom_formats, (name_prefix or "data") + ".function"
            )
    return data


def validate___definitions_assistantsnamedtoolchoicefunction(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_assistantsresponseformat(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "properties": {"type": {"type": "string", "enum": ["text", "json_object"]}}},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["text", "json_object"]},
                    rule="type",
                )
            if not (
                isinstance(data__type, str)
                and data__type == "text"
                or isinstance(data__type, str)
                and data__type == "json_object"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be one of ['text', 'json_object']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["text", "json_object"]},
                    rule="enum",
                )
    return data


def validate___definitions_assistantsresponseformatoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count17 = 0
    if not data_any_of_count17:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto"]},
                    rule="type",
                )
            if not (isinstance(data, str) and data == "none" or isinstance(data, str) and data == "auto"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be one of ['none', 'auto']",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto"]},
                    rule="enum",
                )
            data_any_of_count17 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count17:
        try:
            validate___definitions_assistantsresponseformat(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count17 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count17:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto"]},
                    {"type": "object", "properties": {"type": {"type": "string", "enum": ["text", "json_object"]}}},
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_assistantstoolchoiceoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count18 = 0
    if not data_any_of_count18:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto"]},
                    rule="type",
                )
            if not (isinstance(data, str) and data == "none" or isinstance(data, str) and data == "auto"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be one of ['none', 'auto']",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto"]},
                    rule="enum",
                )
            data_any_of_count18 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count18:
        try:
            validate___definitions_assistantsnamedtoolchoice(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count18 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count18:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto"]},
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {
                            "type": {"type": "string", "enum": ["function", "code_interpreter", "retrieval"]},
                            "function": {"$ref": "#/definitions/AssistantsNamedToolChoiceFunction"},
                        },
                    },
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_assistanttooldefinition(data, custom_formats={}, name_prefix=None):
    data_one_of_count20 = 0
    if data_one_of_count20 < 2:
        try:
            validate___definitions_assistanttoolscode(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count20 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count20 < 2:
        try:
            validate___definitions_assistanttoolsretrieval(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count20 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count20 < 2:
        try:
            validate___definitions_assistanttoolsfunction(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count20 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count20 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count20) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "const": "code_interpreter"}},
                    },
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "const": "retrieval"}},
                    },
                    {
                        "type": "object",
                        "required": ["type", "function"],
                        "properties": {
                            "type": {"type": "string", "const": "function"},
                            "function": {"$ref": "#/definitions/FunctionDefinition"},
                        },
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_assistanttoolscode(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "code_interpreter"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type"],
                    "properties": {"type": {"type": "string", "const": "code_interpreter"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "code_interpreter"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "code_interpreter"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: code_interpreter",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "code_interpreter"},
                    rule="const",
                )
    return data


def validate___definitions_assistanttoolsfunction(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "function"],
                "properties": {
                    "type": {"type": "string", "const": "function"},
                    "function": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                            "parameters": {"type": "object", "additionalProperties": True},
                            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "function"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "function"],
                    "properties": {
                        "type": {"type": "string", "const": "function"},
                        "function": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                "parameters": {"type": "object", "additionalProperties": True},
                                "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                            },
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "function"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "function"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: function",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "function"},
                    rule="const",
                )
        if "function" in data_keys:
            data_keys.remove("function")
            data__function = data["function"]
            validate___definitions_functiondefinition(
                data__function, custom_formats, (name_prefix or "data") + ".function"
            )
    return data


def validate___definitions_assistanttoolsretrieval(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "retrieval"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type"],
                    "properties": {"type": {"type": "string", "const": "retrieval"}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "retrieval"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "retrieval"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: retrieval",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "retrieval"},
                    rule="const",
                )
    return data


def validate___definitions_createmessagerequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "role": {"type": "string", "enum": ["user", "assistant"]},
                    "content": {"type": "string", "minLength": 1, "maxLength": 256000},
                    "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                    "metadata": {
                        "anyOf": [
                            {
                                "type": "object",
                                "maxProperties": 16,
                                "propertyNames": {"maxLength": 64},
                                "additionalProperties": {"type": "string", "maxLength": 512},
                            },
                            {"type": "null"},
                        ]
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["role", "content"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["role", "content"],
                    "properties": {
                        "role": {"type": "string", "enum": ["user", "assistant"]},
                        "content": {"type": "string", "minLength": 1, "maxLength": 256000},
                        "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                        "metadata": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "maxProperties": 16,
                                    "propertyNames": {"maxLength": 64},
                                    "additionalProperties": {"type": "string", "maxLength": 512},
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be string",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "enum": ["user", "assistant"]},
                    rule="type",
                )
            if not (
                isinstance(data__role, str)
                and data__role == "user"
                or isinstance(data__role, str)
                and data__role == "assistant"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be one of ['user', 'assistant']",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "enum": ["user", "assistant"]},
                    rule="enum",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content must be string",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={"type": "string", "minLength": 1, "maxLength": 256000},
                    rule="type",
                )
            if isinstance(data__content, str):
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".content must be longer than or equal to 1 characters",
                        value=data__content,
                        name="" + (name_prefix or "data") + ".content",
                        definition={"type": "string", "minLength": 1, "maxLength": 256000},
                        rule="minLength",
                    )
                if data__content_len > 256000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".content must be shorter than or equal to 256000 characters",
                        value=data__content,
                        name="" + (name_prefix or "data") + ".content",
                        definition={"type": "string", "minLength": 1, "maxLength": 256000},
                        rule="maxLength",
                    )
        if "file_ids" in data_keys:
            data_keys.remove("file_ids")
            data__fileids = data["file_ids"]
            if not isinstance(data__fileids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_ids must be array",
                    value=data__fileids,
                    name="" + (name_prefix or "data") + ".file_ids",
                    definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                    rule="type",
                )
            data__fileids_is_list = isinstance(data__fileids, (list, tuple))
            if data__fileids_is_list:
                data__fileids_len = len(data__fileids)
                if data__fileids_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain at least 1 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                        rule="minItems",
                    )
                if data__fileids_len > 10:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain less than or equal to 10 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__fileids_x, data__fileids_item in enumerate(data__fileids):
                    if not isinstance(data__fileids_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".file_ids[{data__fileids_x}]".format(**locals())
                            + " must be string",
                            value=data__fileids_item,
                            name="" + (name_prefix or "data") + ".file_ids[{data__fileids_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count22 = 0
            if not data__metadata_any_of_count22:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count22:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count22 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count22:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata cannot be validated by any definition",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "maxProperties": 16,
                                "propertyNames": {"maxLength": 64},
                                "additionalProperties": {"type": "string", "maxLength": 512},
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_functiondefinition(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                    "parameters": {"type": "object", "additionalProperties": True},
                    "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                        "parameters": {"type": "object", "additionalProperties": True},
                        "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition={"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                    rule="type",
                )
            if isinstance(data__name, str):
                if not REGEX_PATTERNS["^[a-zA-Z0-9_-]{1,64}$"].search(data__name):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".name must match pattern ^[a-zA-Z0-9_-]{1,64}$",
                        value=data__name,
                        name="" + (name_prefix or "data") + ".name",
                        definition={"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                        rule="pattern",
                    )
        if "parameters" in data_keys:
            data_keys.remove("parameters")
            data__parameters = data["parameters"]
            if not isinstance(data__parameters, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".parameters must be object",
                    value=data__parameters,
                    name="" + (name_prefix or "data") + ".parameters",
                    definition={"type": "object", "additionalProperties": True},
                    rule="type",
                )
            data__parameters_is_dict = isinstance(data__parameters, dict)
            if data__parameters_is_dict:
                data__parameters_keys = set(data__parameters.keys())
        if "strict" in data_keys:
            data_keys.remove("strict")
            data__strict = data["strict"]
            data__strict_any_of_count21 = 0
            if not data__strict_any_of_count21:
                try:
                    if not isinstance(data__strict, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be boolean",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__strict_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count21:
                try:
                    if not isinstance(data__strict, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be null",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__strict_any_of_count21 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count21:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".strict cannot be validated by any definition",
                    value=data__strict,
                    name="" + (name_prefix or "data") + ".strict",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data


def validate___definitions_logitbias(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={"type": "object", "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100}},
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if (
                    not isinstance(data_value, (int))
                    and not (isinstance(data_value, float) and data_value.is_integer())
                    or isinstance(data_value, bool)
                ):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be integer",
                        value=data_value,
                        name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                        definition={"type": "integer", "minimum": -100, "maximum": 100},
                        rule="type",
                    )
                if isinstance(data_value, (int, float, Decimal)) and not isinstance(data_value, bool):
                    if data_value < -100:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".{data_key}".format(**locals())
                            + " must be bigger than or equal to -100",
                            value=data_value,
                            name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                            definition={"type": "integer", "minimum": -100, "maximum": 100},
                            rule="minimum",
                        )
                    if data_value > 100:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".{data_key}".format(**locals())
                            + " must be smaller than or equal to 100",
                            value=data_value,
                            name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                            definition={"type": "integer", "minimum": -100, "maximum": 100},
                            rule="maximum",
                        )
    return data


def validate___definitions_metadata(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "maxProperties": 16,
                "propertyNames": {"maxLength": 64},
                "additionalProperties": {"type": "string", "maxLength": 512},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len > 16:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain less than or equal to 16 properties",
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "maxProperties": 16,
                    "propertyNames": {"maxLength": 64},
                    "additionalProperties": {"type": "string", "maxLength": 512},
                },
                rule="maxProperties",
            )
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (str)):
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be string",
                        value=data_value,
                        name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                        definition={"type": "string", "maxLength": 512},
                        rule="type",
                    )
                if isinstance(data_value, str):
                    data_value_len = len(data_value)
                    if data_value_len > 512:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".{data_key}".format(**locals())
                            + " must be shorter than or equal to 512 characters",
                            value=data_value,
                            name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "",
                            definition={"type": "string", "maxLength": 512},
                            rule="maxLength",
                        )
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        data_key_len = len(data_key)
                        if data_key_len > 64:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + " must be shorter than or equal to 64 characters",
                                value=data_key,
                                name="" + (name_prefix or "data") + "",
                                definition={"maxLength": 64},
                                rule="maxLength",
                            )
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be named by propertyName definition",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={
                        "type": "object",
                        "maxProperties": 16,
                        "propertyNames": {"maxLength": 64},
                        "additionalProperties": {"type": "string", "maxLength": 512},
                    },
                    rule="propertyNames",
                )
    return data


def validate___definitions_promptcachebreakpoint(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["mode"],
                "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["mode"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["mode"],
                    "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "mode" in data_keys:
            data_keys.remove("mode")
            data__mode = data["mode"]
            if not isinstance(data__mode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mode must be string",
                    value=data__mode,
                    name="" + (name_prefix or "data") + ".mode",
                    definition={"type": "string", "enum": ["explicit"]},
                    rule="type",
                )
            if not (isinstance(data__mode, str) and data__mode == "explicit"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mode must be one of ['explicit']",
                    value=data__mode,
                    name="" + (name_prefix or "data") + ".mode",
                    definition={"type": "string", "enum": ["explicit"]},
                    rule="enum",
                )
    return data


def validate___definitions_stopsequences(data, custom_formats={}, name_prefix=None):
    data_any_of_count138 = 0
    if not data_any_of_count138:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string"},
                    rule="type",
                )
            data_any_of_count138 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count138:
        try:
            if not isinstance(data, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be array",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                    rule="type",
                )
            data_is_list = isinstance(data, (list, tuple))
            if data_is_list:
                data_len = len(data)
                if data_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must contain at least 1 items",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                        rule="minItems",
                    )
                if data_len > 4:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + " must contain less than or equal to 4 items",
                        value=data,
                        name="" + (name_prefix or "data") + "",
                        definition={"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                        rule="maxItems",
                    )
                for data_x, data_item in enumerate(data):
                    if not isinstance(data_item, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be string",
                            value=data_item,
                            name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
            data_any_of_count138 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count138:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_streamoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                "type": "object",
                "properties": {"include_usage": {"type": "boolean"}, "include_obfuscation": {"type": "boolean"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "include_usage" in data_keys:
            data_keys.remove("include_usage")
            data__includeusage = data["include_usage"]
            if not isinstance(data__includeusage, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include_usage must be boolean",
                    value=data__includeusage,
                    name="" + (name_prefix or "data") + ".include_usage",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "include_obfuscation" in data_keys:
            data_keys.remove("include_obfuscation")
            data__includeobfuscation = data["include_obfuscation"]
            if not isinstance(data__includeobfuscation, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include_obfuscation must be boolean",
                    value=data__includeobfuscation,
                    name="" + (name_prefix or "data") + ".include_obfuscation",
                    definition={"type": "boolean"},
                    rule="type",
                )
    return data


def validate___definitions_truncationstrategy(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "enum": ["auto", "last_messages"]},
                    "last_messages": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type"],
                    "properties": {
                        "type": {"type": "string", "enum": ["auto", "last_messages"]},
                        "last_messages": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["auto", "last_messages"]},
                    rule="type",
                )
            if not (
                isinstance(data__type, str)
                and data__type == "auto"
                or isinstance(data__type, str)
                and data__type == "last_messages"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be one of ['auto', 'last_messages']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["auto", "last_messages"]},
                    rule="enum",
                )
        if "last_messages" in data_keys:
            data_keys.remove("last_messages")
            data__lastmessages = data["last_messages"]
            data__lastmessages_any_of_count19 = 0
            if not data__lastmessages_any_of_count19:
                try:
                    if (
                        not isinstance(data__lastmessages, (int))
                        and not (isinstance(data__lastmessages, float) and data__lastmessages.is_integer())
                        or isinstance(data__lastmessages, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".last_messages must be integer",
                            value=data__lastmessages,
                            name="" + (name_prefix or "data") + ".last_messages",
                            definition={"type": "integer", "minimum": 1},
                            rule="type",
                        )
                    if isinstance(data__lastmessages, (int, float, Decimal)) and not isinstance(
                        data__lastmessages, bool
                    ):
                        if data__lastmessages < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".last_messages must be bigger than or equal to 1",
                                value=data__lastmessages,
                                name="" + (name_prefix or "data") + ".last_messages",
                                definition={"type": "integer", "minimum": 1},
                                rule="minimum",
                            )
                    data__lastmessages_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__lastmessages_any_of_count19:
                try:
                    if not isinstance(data__lastmessages, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".last_messages must be null",
                            value=data__lastmessages,
                            name="" + (name_prefix or "data") + ".last_messages",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__lastmessages_any_of_count19 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__lastmessages_any_of_count19:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".last_messages cannot be validated by any definition",
                    value=data__lastmessages,
                    name="" + (name_prefix or "data") + ".last_messages",
                    definition={"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data
