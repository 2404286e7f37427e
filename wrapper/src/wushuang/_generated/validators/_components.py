# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
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
                    "type": {"type": "string", "enum": ["function", "code_interpreter", "retrieval", "file_search"]},
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
                        "type": {
                            "type": "string",
                            "enum": ["function", "code_interpreter", "retrieval", "file_search"],
                        },
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
                    definition={"type": "string", "enum": ["function", "code_interpreter", "retrieval", "file_search"]},
                    rule="type",
                )
            if not (
                isinstance(data__type, str)
                and data__type == "function"
                or isinstance(data__type, str)
                and data__type == "code_interpreter"
                or isinstance(data__type, str)
                and data__type == "retrieval"
                or isinstance(data__type, str)
                and data__type == "file_search"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".type must be one of ['function', 'code_interpreter', 'retrieval', 'file_search']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["function", "code_interpreter", "retrieval", "file_search"]},
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
    data_one_of_count20 = 0
    if data_one_of_count20 < 2:
        try:
            validate___definitions_responseformattext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count20 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count20 < 2:
        try:
            validate___definitions_responseformatjsonobject(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count20 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count20 < 2:
        try:
            validate___definitions_responseformatjsonschema(data, custom_formats, (name_prefix or "data") + "")
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
                        "properties": {"type": {"type": "string", "const": "text"}},
                    },
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "const": "json_object"}},
                    },
                    {
                        "type": "object",
                        "required": ["type", "json_schema"],
                        "properties": {
                            "type": {"type": "string", "const": "json_schema"},
                            "json_schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                    "schema": {"type": "object", "additionalProperties": True},
                                    "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                                },
                            },
                        },
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_assistantsresponseformatoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count19 = 0
    if not data_any_of_count19:
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
            data_any_of_count19 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count19:
        try:
            validate___definitions_assistantsresponseformat(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count19 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count19:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto"]},
                    {
                        "oneOf": [
                            {"$ref": "#/definitions/ResponseFormatText"},
                            {"$ref": "#/definitions/ResponseFormatJsonObject"},
                            {"$ref": "#/definitions/ResponseFormatJsonSchema"},
                        ]
                    },
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_assistantstoolchoiceoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count22 = 0
    if not data_any_of_count22:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto", "required"]},
                    rule="type",
                )
            if not (
                isinstance(data, str)
                and data == "none"
                or isinstance(data, str)
                and data == "auto"
                or isinstance(data, str)
                and data == "required"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be one of ['none', 'auto', 'required']",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "auto", "required"]},
                    rule="enum",
                )
            data_any_of_count22 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count22:
        try:
            validate___definitions_assistantsnamedtoolchoice(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count22 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count22:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto", "required"]},
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {
                            "type": {
                                "type": "string",
                                "enum": ["function", "code_interpreter", "retrieval", "file_search"],
                            },
                            "function": {"$ref": "#/definitions/AssistantsNamedToolChoiceFunction"},
                        },
                    },
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_assistanttooldefinition(data, custom_formats={}, name_prefix=None):
    data_one_of_count24 = 0
    if data_one_of_count24 < 2:
        try:
            validate___definitions_assistanttoolscode(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count24 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count24 < 2:
        try:
            validate___definitions_assistanttoolsretrieval(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count24 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count24 < 2:
        try:
            validate___definitions_assistanttoolsfilesearch(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count24 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count24 < 2:
        try:
            validate___definitions_assistanttoolsfunction(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count24 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count24 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count24) + " matches found)"),
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
                        "required": ["type"],
                        "properties": {
                            "type": {"type": "string", "const": "file_search"},
                            "file_search": {"$ref": "#/definitions/AssistantToolsFileSearchSettings"},
                        },
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


def validate___definitions_assistanttoolsfilesearch(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "const": "file_search"},
                    "file_search": {
                        "type": "object",
                        "properties": {
                            "max_num_results": {"type": "integer", "minimum": 1, "maximum": 50},
                            "ranking_options": {"$ref": "#/definitions/FileSearchRankingOptions"},
                        },
                    },
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
                        "type": {"type": "string", "const": "file_search"},
                        "file_search": {
                            "type": "object",
                            "properties": {
                                "max_num_results": {"type": "integer", "minimum": 1, "maximum": 50},
                                "ranking_options": {"$ref": "#/definitions/FileSearchRankingOptions"},
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
                    definition={"type": "string", "const": "file_search"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "file_search"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: file_search",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "file_search"},
                    rule="const",
                )
        if "file_search" in data_keys:
            data_keys.remove("file_search")
            data__filesearch = data["file_search"]
            validate___definitions_assistanttoolsfilesearchsettings(
                data__filesearch, custom_formats, (name_prefix or "data") + ".file_search"
            )
    return data


def validate___definitions_assistanttoolsfilesearchsettings(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "max_num_results": {"type": "integer", "minimum": 1, "maximum": 50},
                    "ranking_options": {
                        "type": "object",
                        "required": ["score_threshold"],
                        "properties": {
                            "ranker": {"type": "string", "enum": ["auto", "default_2024_08_21"]},
                            "score_threshold": {"type": "number", "minimum": 0, "maximum": 1},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "max_num_results" in data_keys:
            data_keys.remove("max_num_results")
            data__maxnumresults = data["max_num_results"]
            if (
                not isinstance(data__maxnumresults, (int))
                and not (isinstance(data__maxnumresults, float) and data__maxnumresults.is_integer())
                or isinstance(data__maxnumresults, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_num_results must be integer",
                    value=data__maxnumresults,
                    name="" + (name_prefix or "data") + ".max_num_results",
                    definition={"type": "integer", "minimum": 1, "maximum": 50},
                    rule="type",
                )
            if isinstance(data__maxnumresults, (int, float, Decimal)) and not isinstance(data__maxnumresults, bool):
                if data__maxnumresults < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".max_num_results must be bigger than or equal to 1",
                        value=data__maxnumresults,
                        name="" + (name_prefix or "data") + ".max_num_results",
                        definition={"type": "integer", "minimum": 1, "maximum": 50},
                        rule="minimum",
                    )
                if data__maxnumresults > 50:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".max_num_results must be smaller than or equal to 50",
                        value=data__maxnumresults,
                        name="" + (name_prefix or "data") + ".max_num_results",
                        definition={"type": "integer", "minimum": 1, "maximum": 50},
                        rule="maximum",
                    )
        if "ranking_options" in data_keys:
            data_keys.remove("ranking_options")
            data__rankingoptions = data["ranking_options"]
            validate___definitions_filesearchrankingoptions(
                data__rankingoptions, custom_formats, (name_prefix or "data") + ".ranking_options"
            )
    return data


def validate___definitions_assistanttoolsfilesearchtypeonly(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "file_search"}},
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
                    "properties": {"type": {"type": "string", "const": "file_search"}},
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
                    definition={"type": "string", "const": "file_search"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "file_search"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: file_search",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "file_search"},
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


def validate___definitions_chunkingstrategy(data, custom_formats={}, name_prefix=None):
    data_one_of_count54 = 0
    if data_one_of_count54 < 2:
        try:
            validate___definitions_chunkingstrategyauto(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count54 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count54 < 2:
        try:
            validate___definitions_chunkingstrategystatic(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count54 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count54 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count54) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["type"],
                        "properties": {"type": {"type": "string", "const": "auto"}},
                    },
                    {
                        "type": "object",
                        "required": ["type", "static"],
                        "properties": {
                            "type": {"type": "string", "const": "static"},
                            "static": {"$ref": "#/definitions/ChunkingStrategyStaticSettings"},
                        },
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_chunkingstrategyauto(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "auto"}},
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
                    "properties": {"type": {"type": "string", "const": "auto"}},
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
                    definition={"type": "string", "const": "auto"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "auto"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: auto",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "auto"},
                    rule="const",
                )
    return data


def validate___definitions_chunkingstrategystatic(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "static"],
                "properties": {
                    "type": {"type": "string", "const": "static"},
                    "static": {
                        "type": "object",
                        "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
                        "properties": {
                            "max_chunk_size_tokens": {"type": "integer", "minimum": 100, "maximum": 4096},
                            "chunk_overlap_tokens": {"type": "integer", "minimum": 0},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "static"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "static"],
                    "properties": {
                        "type": {"type": "string", "const": "static"},
                        "static": {
                            "type": "object",
                            "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
                            "properties": {
                                "max_chunk_size_tokens": {"type": "integer", "minimum": 100, "maximum": 4096},
                                "chunk_overlap_tokens": {"type": "integer", "minimum": 0},
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
                    definition={"type": "string", "const": "static"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "static"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: static",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "static"},
                    rule="const",
                )
        if "static" in data_keys:
            data_keys.remove("static")
            data__static = data["static"]
            validate___definitions_chunkingstrategystaticsettings(
                data__static, custom_formats, (name_prefix or "data") + ".static"
            )
    return data


def validate___definitions_chunkingstrategystaticsettings(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
                "properties": {
                    "max_chunk_size_tokens": {"type": "integer", "minimum": 100, "maximum": 4096},
                    "chunk_overlap_tokens": {"type": "integer", "minimum": 0},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["max_chunk_size_tokens", "chunk_overlap_tokens"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
                    "properties": {
                        "max_chunk_size_tokens": {"type": "integer", "minimum": 100, "maximum": 4096},
                        "chunk_overlap_tokens": {"type": "integer", "minimum": 0},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "max_chunk_size_tokens" in data_keys:
            data_keys.remove("max_chunk_size_tokens")
            data__maxchunksizetokens = data["max_chunk_size_tokens"]
            if (
                not isinstance(data__maxchunksizetokens, (int))
                and not (isinstance(data__maxchunksizetokens, float) and data__maxchunksizetokens.is_integer())
                or isinstance(data__maxchunksizetokens, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_chunk_size_tokens must be integer",
                    value=data__maxchunksizetokens,
                    name="" + (name_prefix or "data") + ".max_chunk_size_tokens",
                    definition={"type": "integer", "minimum": 100, "maximum": 4096},
                    rule="type",
                )
            if isinstance(data__maxchunksizetokens, (int, float, Decimal)) and not isinstance(
                data__maxchunksizetokens, bool
            ):
                if data__maxchunksizetokens < 100:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".max_chunk_size_tokens must be bigger than or equal to 100",
                        value=data__maxchunksizetokens,
                        name="" + (name_prefix or "data") + ".max_chunk_size_tokens",
                        definition={"type": "integer", "minimum": 100, "maximum": 4096},
                        rule="minimum",
                    )
                if data__maxchunksizetokens > 4096:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".max_chunk_size_tokens must be smaller than or equal to 4096",
                        value=data__maxchunksizetokens,
                        name="" + (name_prefix or "data") + ".max_chunk_size_tokens",
                        definition={"type": "integer", "minimum": 100, "maximum": 4096},
                        rule="maximum",
                    )
        if "chunk_overlap_tokens" in data_keys:
            data_keys.remove("chunk_overlap_tokens")
            data__chunkoverlaptokens = data["chunk_overlap_tokens"]
            if (
                not isinstance(data__chunkoverlaptokens, (int))
                and not (isinstance(data__chunkoverlaptokens, float) and data__chunkoverlaptokens.is_integer())
                or isinstance(data__chunkoverlaptokens, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".chunk_overlap_tokens must be integer",
                    value=data__chunkoverlaptokens,
                    name="" + (name_prefix or "data") + ".chunk_overlap_tokens",
                    definition={"type": "integer", "minimum": 0},
                    rule="type",
                )
            if isinstance(data__chunkoverlaptokens, (int, float, Decimal)) and not isinstance(
                data__chunkoverlaptokens, bool
            ):
                if data__chunkoverlaptokens < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".chunk_overlap_tokens must be bigger than or equal to 0",
                        value=data__chunkoverlaptokens,
                        name="" + (name_prefix or "data") + ".chunk_overlap_tokens",
                        definition={"type": "integer", "minimum": 0},
                        rule="minimum",
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
                    "content": {
                        "anyOf": [
                            {"type": "string", "minLength": 1, "maxLength": 256000},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                        ]
                    },
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
                    "attachments": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
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
                        "content": {
                            "anyOf": [
                                {"type": "string", "minLength": 1, "maxLength": 256000},
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                            {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                            {"$ref": "#/definitions/MessageRequestContentText"},
                                        ]
                                    },
                                },
                            ]
                        },
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
                        "attachments": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "file_id": {"type": "string"},
                                            "tools": {
                                                "type": "array",
                                                "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                            },
                                        },
                                    },
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
            data__content_any_of_count26 = 0
            if not data__content_any_of_count26:
                try:
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
                                ""
                                + (name_prefix or "data")
                                + ".content must be shorter than or equal to 256000 characters",
                                value=data__content,
                                name="" + (name_prefix or "data") + ".content",
                                definition={"type": "string", "minLength": 1, "maxLength": 256000},
                                rule="maxLength",
                            )
                    data__content_any_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count26:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                            rule="type",
                        )
                    data__content_is_list = isinstance(data__content, (list, tuple))
                    if data__content_is_list:
                        data__content_len = len(data__content)
                        if data__content_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".content must contain at least 1 items",
                                value=data__content,
                                name="" + (name_prefix or "data") + ".content",
                                definition={
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                            {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                            {"$ref": "#/definitions/MessageRequestContentText"},
                                        ]
                                    },
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_messagerequestcontentpart(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count26 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count26:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string", "minLength": 1, "maxLength": 256000},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                        ]
                    },
                    rule="anyOf",
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
            data__metadata_any_of_count27 = 0
            if not data__metadata_any_of_count27:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count27:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count27 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count27:
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
        if "attachments" in data_keys:
            data_keys.remove("attachments")
            data__attachments = data["attachments"]
            data__attachments_any_of_count28 = 0
            if not data__attachments_any_of_count28:
                try:
                    if not isinstance(data__attachments, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".attachments must be array",
                            value=data__attachments,
                            name="" + (name_prefix or "data") + ".attachments",
                            definition={
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__attachments_is_list = isinstance(data__attachments, (list, tuple))
                    if data__attachments_is_list:
                        data__attachments_len = len(data__attachments)
                        for data__attachments_x, data__attachments_item in enumerate(data__attachments):
                            validate___definitions_messageattachmentrequest(
                                data__attachments_item,
                                custom_formats,
                                (name_prefix or "data") + ".attachments[{data__attachments_x}]".format(**locals()),
                            )
                    data__attachments_any_of_count28 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__attachments_any_of_count28:
                try:
                    if not isinstance(data__attachments, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".attachments must be null",
                            value=data__attachments,
                            name="" + (name_prefix or "data") + ".attachments",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__attachments_any_of_count28 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__attachments_any_of_count28:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attachments cannot be validated by any definition",
                    value=data__attachments,
                    name="" + (name_prefix or "data") + ".attachments",
                    definition={
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_createtoolresources(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "code_interpreter": {
                        "type": "object",
                        "properties": {"file_ids": {"type": "array", "maxItems": 20, "items": {"type": "string"}}},
                    },
                    "file_search": {
                        "type": "object",
                        "properties": {
                            "vector_store_ids": {"type": "array", "maxItems": 1, "items": {"type": "string"}},
                            "vector_stores": {
                                "type": "array",
                                "maxItems": 1,
                                "items": {"$ref": "#/definitions/NewVectorStore"},
                            },
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "code_interpreter" in data_keys:
            data_keys.remove("code_interpreter")
            data__codeinterpreter = data["code_interpreter"]
            validate___definitions_toolresourcescodeinterpreter(
                data__codeinterpreter, custom_formats, (name_prefix or "data") + ".code_interpreter"
            )
        if "file_search" in data_keys:
            data_keys.remove("file_search")
            data__filesearch = data["file_search"]
            validate___definitions_createtoolresourcesfilesearch(
                data__filesearch, custom_formats, (name_prefix or "data") + ".file_search"
            )
    return data


def validate___definitions_createtoolresourcesfilesearch(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "vector_store_ids": {"type": "array", "maxItems": 1, "items": {"type": "string"}},
                    "vector_stores": {
                        "type": "array",
                        "maxItems": 1,
                        "items": {
                            "type": "object",
                            "properties": {
                                "file_ids": {"type": "array", "maxItems": 10000, "items": {"type": "string"}},
                                "chunking_strategy": {"$ref": "#/definitions/ChunkingStrategy"},
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                            },
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "vector_store_ids" in data_keys:
            data_keys.remove("vector_store_ids")
            data__vectorstoreids = data["vector_store_ids"]
            if not isinstance(data__vectorstoreids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".vector_store_ids must be array",
                    value=data__vectorstoreids,
                    name="" + (name_prefix or "data") + ".vector_store_ids",
                    definition={"type": "array", "maxItems": 1, "items": {"type": "string"}},
                    rule="type",
                )
            data__vectorstoreids_is_list = isinstance(data__vectorstoreids, (list, tuple))
            if data__vectorstoreids_is_list:
                data__vectorstoreids_len = len(data__vectorstoreids)
                if data__vectorstoreids_len > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".vector_store_ids must contain less than or equal to 1 items",
                        value=data__vectorstoreids,
                        name="" + (name_prefix or "data") + ".vector_store_ids",
                        definition={"type": "array", "maxItems": 1, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__vectorstoreids_x, data__vectorstoreids_item in enumerate(data__vectorstoreids):
                    if not isinstance(data__vectorstoreids_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".vector_store_ids[{data__vectorstoreids_x}]".format(**locals())
                            + " must be string",
                            value=data__vectorstoreids_item,
                            name=""
                            + (name_prefix or "data")
                            + ".vector_store_ids[{data__vectorstoreids_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "vector_stores" in data_keys:
            data_keys.remove("vector_stores")
            data__vectorstores = data["vector_stores"]
            if not isinstance(data__vectorstores, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".vector_stores must be array",
                    value=data__vectorstores,
                    name="" + (name_prefix or "data") + ".vector_stores",
                    definition={
                        "type": "array",
                        "maxItems": 1,
                        "items": {
                            "type": "object",
                            "properties": {
                                "file_ids": {"type": "array", "maxItems": 10000, "items": {"type": "string"}},
                                "chunking_strategy": {"$ref": "#/definitions/ChunkingStrategy"},
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                            },
                        },
                    },
                    rule="type",
                )
            data__vectorstores_is_list = isinstance(data__vectorstores, (list, tuple))
            if data__vectorstores_is_list:
                data__vectorstores_len = len(data__vectorstores)
                if data__vectorstores_len > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".vector_stores must contain less than or equal to 1 items",
                        value=data__vectorstores,
                        name="" + (name_prefix or "data") + ".vector_stores",
                        definition={
                            "type": "array",
                            "maxItems": 1,
                            "items": {
                                "type": "object",
                                "properties": {
                                    "file_ids": {"type": "array", "maxItems": 10000, "items": {"type": "string"}},
                                    "chunking_strategy": {"$ref": "#/definitions/ChunkingStrategy"},
                                    "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                },
                            },
                        },
                        rule="maxItems",
                    )
                for data__vectorstores_x, data__vectorstores_item in enumerate(data__vectorstores):
                    validate___definitions_newvectorstore(
                        data__vectorstores_item,
                        custom_formats,
                        (name_prefix or "data") + ".vector_stores[{data__vectorstores_x}]".format(**locals()),
                    )
    return data


def validate___definitions_filesearchrankingoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["score_threshold"],
                "properties": {
                    "ranker": {"type": "string", "enum": ["auto", "default_2024_08_21"]},
                    "score_threshold": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["score_threshold"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["score_threshold"],
                    "properties": {
                        "ranker": {"type": "string", "enum": ["auto", "default_2024_08_21"]},
                        "score_threshold": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "ranker" in data_keys:
            data_keys.remove("ranker")
            data__ranker = data["ranker"]
            if not isinstance(data__ranker, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ranker must be string",
                    value=data__ranker,
                    name="" + (name_prefix or "data") + ".ranker",
                    definition={"type": "string", "enum": ["auto", "default_2024_08_21"]},
                    rule="type",
                )
            if not (
                isinstance(data__ranker, str)
                and data__ranker == "auto"
                or isinstance(data__ranker, str)
                and data__ranker == "default_2024_08_21"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ranker must be one of ['auto', 'default_2024_08_21']",
                    value=data__ranker,
                    name="" + (name_prefix or "data") + ".ranker",
                    definition={"type": "string", "enum": ["auto", "default_2024_08_21"]},
                    rule="enum",
                )
        if "score_threshold" in data_keys:
            data_keys.remove("score_threshold")
            data__scorethreshold = data["score_threshold"]
            if not isinstance(data__scorethreshold, (int, float, Decimal)) or isinstance(data__scorethreshold, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".score_threshold must be number",
                    value=data__scorethreshold,
                    name="" + (name_prefix or "data") + ".score_threshold",
                    definition={"type": "number", "minimum": 0, "maximum": 1},
                    rule="type",
                )
            if isinstance(data__scorethreshold, (int, float, Decimal)) and not isinstance(data__scorethreshold, bool):
                if data__scorethreshold < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".score_threshold must be bigger than or equal to 0",
                        value=data__scorethreshold,
                        name="" + (name_prefix or "data") + ".score_threshold",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="minimum",
                    )
                if data__scorethreshold > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".score_threshold must be smaller than or equal to 1",
                        value=data__scorethreshold,
                        name="" + (name_prefix or "data") + ".score_threshold",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="maximum",
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
            data__strict_any_of_count25 = 0
            if not data__strict_any_of_count25:
                try:
                    if not isinstance(data__strict, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be boolean",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__strict_any_of_count25 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count25:
                try:
                    if not isinstance(data__strict, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be null",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__strict_any_of_count25 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count25:
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


def validate___definitions_messageattachmentrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "file_id": {"type": "string"},
                    "tools": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/AssistantToolsCode"},
                                {"$ref": "#/definitions/AssistantToolsFileSearchTypeOnly"},
                            ]
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "file_id" in data_keys:
            data_keys.remove("file_id")
            data__fileid = data["file_id"]
            if not isinstance(data__fileid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_id must be string",
                    value=data__fileid,
                    name="" + (name_prefix or "data") + ".file_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "tools" in data_keys:
            data_keys.remove("tools")
            data__tools = data["tools"]
            if not isinstance(data__tools, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tools must be array",
                    value=data__tools,
                    name="" + (name_prefix or "data") + ".tools",
                    definition={
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/AssistantToolsCode"},
                                {"$ref": "#/definitions/AssistantToolsFileSearchTypeOnly"},
                            ]
                        },
                    },
                    rule="type",
                )
            data__tools_is_list = isinstance(data__tools, (list, tuple))
            if data__tools_is_list:
                data__tools_len = len(data__tools)
                for data__tools_x, data__tools_item in enumerate(data__tools):
                    validate___definitions_messageattachmenttool(
                        data__tools_item,
                        custom_formats,
                        (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()),
                    )
    return data


def validate___definitions_messageattachmenttool(data, custom_formats={}, name_prefix=None):
    data_one_of_count29 = 0
    if data_one_of_count29 < 2:
        try:
            validate___definitions_assistanttoolscode(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count29 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count29 < 2:
        try:
            validate___definitions_assistanttoolsfilesearchtypeonly(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count29 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count29 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count29) + " matches found)"),
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
                        "properties": {"type": {"type": "string", "const": "file_search"}},
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_messagerequestcontentimagefile(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "image_file"],
                "properties": {
                    "type": {"type": "string", "const": "image_file"},
                    "image_file": {
                        "type": "object",
                        "required": ["file_id"],
                        "properties": {
                            "file_id": {"type": "string"},
                            "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "image_file"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "image_file"],
                    "properties": {
                        "type": {"type": "string", "const": "image_file"},
                        "image_file": {
                            "type": "object",
                            "required": ["file_id"],
                            "properties": {
                                "file_id": {"type": "string"},
                                "detail": {"type": "string", "enum": ["auto", "low", "high"]},
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
                    definition={"type": "string", "const": "image_file"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "image_file"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: image_file",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "image_file"},
                    rule="const",
                )
        if "image_file" in data_keys:
            data_keys.remove("image_file")
            data__imagefile = data["image_file"]
            validate___definitions_messagerequestimagefile(
                data__imagefile, custom_formats, (name_prefix or "data") + ".image_file"
            )
    return data


def validate___definitions_messagerequestcontentimageurl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "image_url"],
                "properties": {
                    "type": {"type": "string", "const": "image_url"},
                    "image_url": {
                        "type": "object",
                        "required": ["url"],
                        "properties": {
                            "url": {"type": "string", "minLength": 1},
                            "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "image_url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "image_url"],
                    "properties": {
                        "type": {"type": "string", "const": "image_url"},
                        "image_url": {
                            "type": "object",
                            "required": ["url"],
                            "properties": {
                                "url": {"type": "string", "minLength": 1},
                                "detail": {"type": "string", "enum": ["auto", "low", "high"]},
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
                    definition={"type": "string", "const": "image_url"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "image_url"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: image_url",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "image_url"},
                    rule="const",
                )
        if "image_url" in data_keys:
            data_keys.remove("image_url")
            data__imageurl = data["image_url"]
            validate___definitions_messagerequestimageurl(
                data__imageurl, custom_formats, (name_prefix or "data") + ".image_url"
            )
    return data


def validate___definitions_messagerequestcontentpart(data, custom_formats={}, name_prefix=None):
    data_one_of_count30 = 0
    if data_one_of_count30 < 2:
        try:
            validate___definitions_messagerequestcontentimagefile(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count30 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count30 < 2:
        try:
            validate___definitions_messagerequestcontentimageurl(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count30 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count30 < 2:
        try:
            validate___definitions_messagerequestcontenttext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count30 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count30 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count30) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "type": "object",
                        "required": ["type", "image_file"],
                        "properties": {
                            "type": {"type": "string", "const": "image_file"},
                            "image_file": {"$ref": "#/definitions/MessageRequestImageFile"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "image_url"],
                        "properties": {
                            "type": {"type": "string", "const": "image_url"},
                            "image_url": {"$ref": "#/definitions/MessageRequestImageUrl"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "text"],
                        "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_messagerequestcontenttext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "text"],
                "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "text"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "text"],
                    "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
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
                    definition={"type": "string", "const": "text"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "text"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: text",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "text"},
                    rule="const",
                )
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".text must be string",
                    value=data__text,
                    name="" + (name_prefix or "data") + ".text",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_messagerequestimagefile(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["file_id"],
                "properties": {
                    "file_id": {"type": "string"},
                    "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["file_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["file_id"],
                    "properties": {
                        "file_id": {"type": "string"},
                        "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "file_id" in data_keys:
            data_keys.remove("file_id")
            data__fileid = data["file_id"]
            if not isinstance(data__fileid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_id must be string",
                    value=data__fileid,
                    name="" + (name_prefix or "data") + ".file_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "detail" in data_keys:
            data_keys.remove("detail")
            data__detail = data["detail"]
            if not isinstance(data__detail, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".detail must be string",
                    value=data__detail,
                    name="" + (name_prefix or "data") + ".detail",
                    definition={"type": "string", "enum": ["auto", "low", "high"]},
                    rule="type",
                )
            if not (
                isinstance(data__detail, str)
                and data__detail == "auto"
                or isinstance(data__detail, str)
                and data__detail == "low"
                or isinstance(data__detail, str)
                and data__detail == "high"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".detail must be one of ['auto', 'low', 'high']",
                    value=data__detail,
                    name="" + (name_prefix or "data") + ".detail",
                    definition={"type": "string", "enum": ["auto", "low", "high"]},
                    rule="enum",
                )
    return data


def validate___definitions_messagerequestimageurl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["url"],
                "properties": {
                    "url": {"type": "string", "minLength": 1},
                    "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["url"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["url"],
                    "properties": {
                        "url": {"type": "string", "minLength": 1},
                        "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "url" in data_keys:
            data_keys.remove("url")
            data__url = data["url"]
            if not isinstance(data__url, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".url must be string",
                    value=data__url,
                    name="" + (name_prefix or "data") + ".url",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__url, str):
                data__url_len = len(data__url)
                if data__url_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".url must be longer than or equal to 1 characters",
                        value=data__url,
                        name="" + (name_prefix or "data") + ".url",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "detail" in data_keys:
            data_keys.remove("detail")
            data__detail = data["detail"]
            if not isinstance(data__detail, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".detail must be string",
                    value=data__detail,
                    name="" + (name_prefix or "data") + ".detail",
                    definition={"type": "string", "enum": ["auto", "low", "high"]},
                    rule="type",
                )
            if not (
                isinstance(data__detail, str)
                and data__detail == "auto"
                or isinstance(data__detail, str)
                and data__detail == "low"
                or isinstance(data__detail, str)
                and data__detail == "high"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".detail must be one of ['auto', 'low', 'high']",
                    value=data__detail,
                    name="" + (name_prefix or "data") + ".detail",
                    definition={"type": "string", "enum": ["auto", "low", "high"]},
                    rule="enum",
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


def validate___definitions_newvectorstore(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "file_ids": {"type": "array", "maxItems": 10000, "items": {"type": "string"}},
                    "chunking_strategy": {
                        "oneOf": [
                            {"$ref": "#/definitions/ChunkingStrategyAuto"},
                            {"$ref": "#/definitions/ChunkingStrategyStatic"},
                        ]
                    },
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
        data_keys = set(data.keys())
        if "file_ids" in data_keys:
            data_keys.remove("file_ids")
            data__fileids = data["file_ids"]
            if not isinstance(data__fileids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_ids must be array",
                    value=data__fileids,
                    name="" + (name_prefix or "data") + ".file_ids",
                    definition={"type": "array", "maxItems": 10000, "items": {"type": "string"}},
                    rule="type",
                )
            data__fileids_is_list = isinstance(data__fileids, (list, tuple))
            if data__fileids_is_list:
                data__fileids_len = len(data__fileids)
                if data__fileids_len > 10000:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain less than or equal to 10000 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "maxItems": 10000, "items": {"type": "string"}},
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
        if "chunking_strategy" in data_keys:
            data_keys.remove("chunking_strategy")
            data__chunkingstrategy = data["chunking_strategy"]
            validate___definitions_chunkingstrategy(
                data__chunkingstrategy, custom_formats, (name_prefix or "data") + ".chunking_strategy"
            )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count53 = 0
            if not data__metadata_any_of_count53:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count53 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count53:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count53 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count53:
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


def validate___definitions_reasoningeffort(data, custom_formats={}, name_prefix=None):
    data_any_of_count18 = 0
    if not data_any_of_count18:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                    rule="type",
                )
            if not (
                isinstance(data, str)
                and data == "none"
                or isinstance(data, str)
                and data == "minimal"
                or isinstance(data, str)
                and data == "low"
                or isinstance(data, str)
                and data == "medium"
                or isinstance(data, str)
                and data == "high"
                or isinstance(data, str)
                and data == "xhigh"
                or isinstance(data, str)
                and data == "max"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + " must be one of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                    rule="enum",
                )
            data_any_of_count18 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count18:
        try:
            if not isinstance(data, (NoneType)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be null",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "null"},
                    rule="type",
                )
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
                    {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                    {"type": "null"},
                ]
            },
            rule="anyOf",
        )
    return data


def validate___definitions_responseformatjsonobject(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "json_object"}},
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
                    "properties": {"type": {"type": "string", "const": "json_object"}},
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
                    definition={"type": "string", "const": "json_object"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "json_object"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: json_object",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "json_object"},
                    rule="const",
                )
    return data


def validate___definitions_responseformatjsonschema(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "json_schema"],
                "properties": {
                    "type": {"type": "string", "const": "json_schema"},
                    "json_schema": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                            "schema": {"type": "object", "additionalProperties": True},
                            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "json_schema"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "json_schema"],
                    "properties": {
                        "type": {"type": "string", "const": "json_schema"},
                        "json_schema": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                "schema": {"type": "object", "additionalProperties": True},
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
                    definition={"type": "string", "const": "json_schema"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "json_schema"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: json_schema",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "json_schema"},
                    rule="const",
                )
        if "json_schema" in data_keys:
            data_keys.remove("json_schema")
            data__jsonschema = data["json_schema"]
            if not isinstance(data__jsonschema, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".json_schema must be object",
                    value=data__jsonschema,
                    name="" + (name_prefix or "data") + ".json_schema",
                    definition={
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                            "schema": {"type": "object", "additionalProperties": True},
                            "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        },
                    },
                    rule="type",
                )
            data__jsonschema_is_dict = isinstance(data__jsonschema, dict)
            if data__jsonschema_is_dict:
                data__jsonschema__missing_keys = set(["name"]) - data__jsonschema.keys()
                if data__jsonschema__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".json_schema must contain "
                        + (str(sorted(data__jsonschema__missing_keys)) + " properties"),
                        value=data__jsonschema,
                        name="" + (name_prefix or "data") + ".json_schema",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                "schema": {"type": "object", "additionalProperties": True},
                                "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                            },
                        },
                        rule="required",
                    )
                data__jsonschema_keys = set(data__jsonschema.keys())
                if "name" in data__jsonschema_keys:
                    data__jsonschema_keys.remove("name")
                    data__jsonschema__name = data__jsonschema["name"]
                    if not isinstance(data__jsonschema__name, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".json_schema.name must be string",
                            value=data__jsonschema__name,
                            name="" + (name_prefix or "data") + ".json_schema.name",
                            definition={"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                            rule="type",
                        )
                    if isinstance(data__jsonschema__name, str):
                        if not REGEX_PATTERNS["^[a-zA-Z0-9_-]{1,64}$"].search(data__jsonschema__name):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".json_schema.name must match pattern ^[a-zA-Z0-9_-]{1,64}$",
                                value=data__jsonschema__name,
                                name="" + (name_prefix or "data") + ".json_schema.name",
                                definition={"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                rule="pattern",
                            )
                if "schema" in data__jsonschema_keys:
                    data__jsonschema_keys.remove("schema")
                    data__jsonschema__schema = data__jsonschema["schema"]
                    if not isinstance(data__jsonschema__schema, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".json_schema.schema must be object",
                            value=data__jsonschema__schema,
                            name="" + (name_prefix or "data") + ".json_schema.schema",
                            definition={"type": "object", "additionalProperties": True},
                            rule="type",
                        )
                    data__jsonschema__schema_is_dict = isinstance(data__jsonschema__schema, dict)
                    if data__jsonschema__schema_is_dict:
                        data__jsonschema__schema_keys = set(data__jsonschema__schema.keys())
                if "strict" in data__jsonschema_keys:
                    data__jsonschema_keys.remove("strict")
                    data__jsonschema__strict = data__jsonschema["strict"]
                    data__jsonschema__strict_any_of_count21 = 0
                    if not data__jsonschema__strict_any_of_count21:
                        try:
                            if not isinstance(data__jsonschema__strict, (bool)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".json_schema.strict must be boolean",
                                    value=data__jsonschema__strict,
                                    name="" + (name_prefix or "data") + ".json_schema.strict",
                                    definition={"type": "boolean"},
                                    rule="type",
                                )
                            data__jsonschema__strict_any_of_count21 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__jsonschema__strict_any_of_count21:
                        try:
                            if not isinstance(data__jsonschema__strict, (NoneType)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".json_schema.strict must be null",
                                    value=data__jsonschema__strict,
                                    name="" + (name_prefix or "data") + ".json_schema.strict",
                                    definition={"type": "null"},
                                    rule="type",
                                )
                            data__jsonschema__strict_any_of_count21 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__jsonschema__strict_any_of_count21:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".json_schema.strict cannot be validated by any definition",
                            value=data__jsonschema__strict,
                            name="" + (name_prefix or "data") + ".json_schema.strict",
                            definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                            rule="anyOf",
                        )
    return data


def validate___definitions_responseformattext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string", "const": "text"}},
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
                    "properties": {"type": {"type": "string", "const": "text"}},
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
                    definition={"type": "string", "const": "text"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "text"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: text",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "text"},
                    rule="const",
                )
    return data


def validate___definitions_stopsequences(data, custom_formats={}, name_prefix=None):
    data_any_of_count156 = 0
    if not data_any_of_count156:
        try:
            if not isinstance(data, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + " must be string",
                    value=data,
                    name="" + (name_prefix or "data") + "",
                    definition={"type": "string"},
                    rule="type",
                )
            data_any_of_count156 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count156:
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
            data_any_of_count156 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count156:
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


def validate___definitions_toolresources(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "code_interpreter": {
                        "type": "object",
                        "properties": {"file_ids": {"type": "array", "maxItems": 20, "items": {"type": "string"}}},
                    },
                    "file_search": {
                        "type": "object",
                        "properties": {
                            "vector_store_ids": {"type": "array", "maxItems": 1, "items": {"type": "string"}}
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "code_interpreter" in data_keys:
            data_keys.remove("code_interpreter")
            data__codeinterpreter = data["code_interpreter"]
            validate___definitions_toolresourcescodeinterpreter(
                data__codeinterpreter, custom_formats, (name_prefix or "data") + ".code_interpreter"
            )
        if "file_search" in data_keys:
            data_keys.remove("file_search")
            data__filesearch = data["file_search"]
            validate___definitions_toolresourcesfilesearch(
                data__filesearch, custom_formats, (name_prefix or "data") + ".file_search"
            )
    return data


def validate___definitions_toolresourcescodeinterpreter(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"file_ids": {"type": "array", "maxItems": 20, "items": {"type": "string"}}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "file_ids" in data_keys:
            data_keys.remove("file_ids")
            data__fileids = data["file_ids"]
            if not isinstance(data__fileids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_ids must be array",
                    value=data__fileids,
                    name="" + (name_prefix or "data") + ".file_ids",
                    definition={"type": "array", "maxItems": 20, "items": {"type": "string"}},
                    rule="type",
                )
            data__fileids_is_list = isinstance(data__fileids, (list, tuple))
            if data__fileids_is_list:
                data__fileids_len = len(data__fileids)
                if data__fileids_len > 20:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain less than or equal to 20 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "maxItems": 20, "items": {"type": "string"}},
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
    return data


def validate___definitions_toolresourcesfilesearch(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"vector_store_ids": {"type": "array", "maxItems": 1, "items": {"type": "string"}}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "vector_store_ids" in data_keys:
            data_keys.remove("vector_store_ids")
            data__vectorstoreids = data["vector_store_ids"]
            if not isinstance(data__vectorstoreids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".vector_store_ids must be array",
                    value=data__vectorstoreids,
                    name="" + (name_prefix or "data") + ".vector_store_ids",
                    definition={"type": "array", "maxItems": 1, "items": {"type": "string"}},
                    rule="type",
                )
            data__vectorstoreids_is_list = isinstance(data__vectorstoreids, (list, tuple))
            if data__vectorstoreids_is_list:
                data__vectorstoreids_len = len(data__vectorstoreids)
                if data__vectorstoreids_len > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".vector_store_ids must contain less than or equal to 1 items",
                        value=data__vectorstoreids,
                        name="" + (name_prefix or "data") + ".vector_store_ids",
                        definition={"type": "array", "maxItems": 1, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__vectorstoreids_x, data__vectorstoreids_item in enumerate(data__vectorstoreids):
                    if not isinstance(data__vectorstoreids_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".vector_store_ids[{data__vectorstoreids_x}]".format(**locals())
                            + " must be string",
                            value=data__vectorstoreids_item,
                            name=""
                            + (name_prefix or "data")
                            + ".vector_store_ids[{data__vectorstoreids_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
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
            data__lastmessages_any_of_count23 = 0
            if not data__lastmessages_any_of_count23:
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
                    data__lastmessages_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__lastmessages_any_of_count23:
                try:
                    if not isinstance(data__lastmessages, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".last_messages must be null",
                            value=data__lastmessages,
                            name="" + (name_prefix or "data") + ".last_messages",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__lastmessages_any_of_count23 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__lastmessages_any_of_count23:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".last_messages cannot be validated by any definition",
                    value=data__lastmessages,
                    name="" + (name_prefix or "data") + ".last_messages",
                    definition={"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data
