# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createAssistant (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_assistantsresponseformatoption,
    validate___definitions_assistanttooldefinition,
    validate___definitions_createtoolresources,
    validate___definitions_metadata,
    validate___definitions_reasoningeffort,
)


def validate___operations_create_assistant(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "model": {"type": "string"},
                    "name": {"anyOf": [{"type": "string", "maxLength": 256}, {"type": "null"}]},
                    "instructions": {"anyOf": [{"type": "string", "maxLength": 256000}, {"type": "null"}]},
                    "tools": {
                        "type": "array",
                        "maxItems": 128,
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/AssistantToolsCode"},
                                {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                {"$ref": "#/definitions/AssistantToolsFunction"},
                            ]
                        },
                    },
                    "file_ids": {"type": "array", "maxItems": 20, "items": {"type": "string"}},
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
                    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    "response_format": {
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string", "enum": ["none", "auto"]},
                                    {"$ref": "#/definitions/AssistantsResponseFormat"},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
                    "tool_resources": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                    "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "reasoning_effort": {
                        "anyOf": [
                            {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                            {"type": "null"},
                        ]
                    },
                },
                "required": ["model"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "model": {"type": "string"},
                        "name": {"anyOf": [{"type": "string", "maxLength": 256}, {"type": "null"}]},
                        "instructions": {"anyOf": [{"type": "string", "maxLength": 256000}, {"type": "null"}]},
                        "tools": {
                            "type": "array",
                            "maxItems": 128,
                            "items": {
                                "oneOf": [
                                    {"$ref": "#/definitions/AssistantToolsCode"},
                                    {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                    {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                    {"$ref": "#/definitions/AssistantToolsFunction"},
                                ]
                            },
                        },
                        "file_ids": {"type": "array", "maxItems": 20, "items": {"type": "string"}},
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
                        "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                        "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                        "response_format": {
                            "anyOf": [
                                {
                                    "anyOf": [
                                        {"type": "string", "enum": ["none", "auto"]},
                                        {"$ref": "#/definitions/AssistantsResponseFormat"},
                                    ]
                                },
                                {"type": "null"},
                            ]
                        },
                        "tool_resources": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "properties": {
                                        "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                        "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "reasoning_effort": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": ["model"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            if not isinstance(data__model, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model must be string",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"type": "string"},
                    rule="type",
                )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            data__name_any_of_count64 = 0
            if not data__name_any_of_count64:
                try:
                    if not isinstance(data__name, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be string",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "string", "maxLength": 256},
                            rule="type",
                        )
                    if isinstance(data__name, str):
                        data__name_len = len(data__name)
                        if data__name_len > 256:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".name must be shorter than or equal to 256 characters",
                                value=data__name,
                                name="" + (name_prefix or "data") + ".name",
                                definition={"type": "string", "maxLength": 256},
                                rule="maxLength",
                            )
                    data__name_any_of_count64 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count64:
                try:
                    if not isinstance(data__name, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be null",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__name_any_of_count64 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count64:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name cannot be validated by any definition",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition={"anyOf": [{"type": "string", "maxLength": 256}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "instructions" in data_keys:
            data_keys.remove("instructions")
            data__instructions = data["instructions"]
            data__instructions_any_of_count65 = 0
            if not data__instructions_any_of_count65:
                try:
                    if not isinstance(data__instructions, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be string",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "string", "maxLength": 256000},
                            rule="type",
                        )
                    if isinstance(data__instructions, str):
                        data__instructions_len = len(data__instructions)
                        if data__instructions_len > 256000:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".instructions must be shorter than or equal to 256000 characters",
                                value=data__instructions,
                                name="" + (name_prefix or "data") + ".instructions",
                                definition={"type": "string", "maxLength": 256000},
                                rule="maxLength",
                            )
                    data__instructions_any_of_count65 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count65:
                try:
                    if not isinstance(data__instructions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be null",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__instructions_any_of_count65 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count65:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".instructions cannot be validated by any definition",
                    value=data__instructions,
                    name="" + (name_prefix or "data") + ".instructions",
                    definition={"anyOf": [{"type": "string", "maxLength": 256000}, {"type": "null"}]},
                    rule="anyOf",
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
                        "maxItems": 128,
                        "items": {
                            "oneOf": [
                                {"$ref": "#/definitions/AssistantToolsCode"},
                                {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                {"$ref": "#/definitions/AssistantToolsFunction"},
                            ]
                        },
                    },
                    rule="type",
                )
            data__tools_is_list = isinstance(data__tools, (list, tuple))
            if data__tools_is_list:
                data__tools_len = len(data__tools)
                if data__tools_len > 128:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".tools must contain less than or equal to 128 items",
                        value=data__tools,
                        name="" + (name_prefix or "data") + ".tools",
                        definition={
                            "type": "array",
                            "maxItems": 128,
                            "items": {
                                "oneOf": [
                                    {"$ref": "#/definitions/AssistantToolsCode"},
                                    {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                    {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                    {"$ref": "#/definitions/AssistantToolsFunction"},
                                ]
                            },
                        },
                        rule="maxItems",
                    )
                for data__tools_x, data__tools_item in enumerate(data__tools):
                    validate___definitions_assistanttooldefinition(
                        data__tools_item,
                        custom_formats,
                        (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()),
                    )
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
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count66 = 0
            if not data__metadata_any_of_count66:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count66 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count66:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count66 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count66:
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
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            data__temperature_any_of_count67 = 0
            if not data__temperature_any_of_count67:
                try:
                    if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be number",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "number", "minimum": 0, "maximum": 2},
                            rule="type",
                        )
                    if isinstance(data__temperature, (int, float, Decimal)) and not isinstance(data__temperature, bool):
                        if data__temperature < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".temperature must be bigger than or equal to 0",
                                value=data__temperature,
                                name="" + (name_prefix or "data") + ".temperature",
                                definition={"type": "number", "minimum": 0, "maximum": 2},
                                rule="minimum",
                            )
                        if data__temperature > 2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".temperature must be smaller than or equal to 2",
                                value=data__temperature,
                                name="" + (name_prefix or "data") + ".temperature",
                                definition={"type": "number", "minimum": 0, "maximum": 2},
                                rule="maximum",
                            )
                    data__temperature_any_of_count67 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count67:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count67 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count67:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".temperature cannot be validated by any definition",
                    value=data__temperature,
                    name="" + (name_prefix or "data") + ".temperature",
                    definition={"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "top_p" in data_keys:
            data_keys.remove("top_p")
            data__topp = data["top_p"]
            data__topp_any_of_count68 = 0
            if not data__topp_any_of_count68:
                try:
                    if not isinstance(data__topp, (int, float, Decimal)) or isinstance(data__topp, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be number",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "number", "minimum": 0, "maximum": 1},
                            rule="type",
                        )
                    if isinstance(data__topp, (int, float, Decimal)) and not isinstance(data__topp, bool):
                        if data__topp < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".top_p must be bigger than or equal to 0",
                                value=data__topp,
                                name="" + (name_prefix or "data") + ".top_p",
                                definition={"type": "number", "minimum": 0, "maximum": 1},
                                rule="minimum",
                            )
                        if data__topp > 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".top_p must be smaller than or equal to 1",
                                value=data__topp,
                                name="" + (name_prefix or "data") + ".top_p",
                                definition={"type": "number", "minimum": 0, "maximum": 1},
                                rule="maximum",
                            )
                    data__topp_any_of_count68 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count68:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count68 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count68:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_p cannot be validated by any definition",
                    value=data__topp,
                    name="" + (name_prefix or "data") + ".top_p",
                    definition={"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            data__responseformat_any_of_count69 = 0
            if not data__responseformat_any_of_count69:
                try:
                    validate___definitions_assistantsresponseformatoption(
                        data__responseformat, custom_formats, (name_prefix or "data") + ".response_format"
                    )
                    data__responseformat_any_of_count69 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count69:
                try:
                    if not isinstance(data__responseformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".response_format must be null",
                            value=data__responseformat,
                            name="" + (name_prefix or "data") + ".response_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__responseformat_any_of_count69 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count69:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format cannot be validated by any definition",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string", "enum": ["none", "auto"]},
                                    {"$ref": "#/definitions/AssistantsResponseFormat"},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "tool_resources" in data_keys:
            data_keys.remove("tool_resources")
            data__toolresources = data["tool_resources"]
            data__toolresources_any_of_count70 = 0
            if not data__toolresources_any_of_count70:
                try:
                    validate___definitions_createtoolresources(
                        data__toolresources, custom_formats, (name_prefix or "data") + ".tool_resources"
                    )
                    data__toolresources_any_of_count70 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count70:
                try:
                    if not isinstance(data__toolresources, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_resources must be null",
                            value=data__toolresources,
                            name="" + (name_prefix or "data") + ".tool_resources",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolresources_any_of_count70 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count70:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_resources cannot be validated by any definition",
                    value=data__toolresources,
                    name="" + (name_prefix or "data") + ".tool_resources",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                    "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "reasoning_effort" in data_keys:
            data_keys.remove("reasoning_effort")
            data__reasoningeffort = data["reasoning_effort"]
            validate___definitions_reasoningeffort(
                data__reasoningeffort, custom_formats, (name_prefix or "data") + ".reasoning_effort"
            )
    return data


validate = validate___operations_create_assistant
