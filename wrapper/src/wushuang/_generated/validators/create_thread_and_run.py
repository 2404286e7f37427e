# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createThreadAndRun (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_assistantsresponseformatoption,
    validate___definitions_assistantstoolchoiceoption,
    validate___definitions_assistanttooldefinition,
    validate___definitions_createmessagerequest,
    validate___definitions_createtoolresources,
    validate___definitions_metadata,
    validate___definitions_toolresources,
    validate___definitions_truncationstrategy,
)


def validate___operations_create_thread_and_run(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "assistant_id": {"type": "string"},
                    "thread": {
                        "type": "object",
                        "properties": {
                            "messages": {"type": "array", "items": {"$ref": "#/definitions/CreateMessageRequest"}},
                            "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                            "tool_resources": {
                                "anyOf": [{"$ref": "#/definitions/CreateToolResources"}, {"type": "null"}]
                            },
                        },
                    },
                    "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "tools": {
                        "anyOf": [
                            {
                                "type": "array",
                                "maxItems": 20,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/AssistantToolsCode"},
                                        {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                        {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                        {"$ref": "#/definitions/AssistantToolsFunction"},
                                    ]
                                },
                            },
                            {"type": "null"},
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
                    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "max_prompt_tokens": {"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                    "max_completion_tokens": {"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                    "truncation_strategy": {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type"],
                                "properties": {
                                    "type": {"type": "string", "enum": ["auto", "last_messages"]},
                                    "last_messages": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "tool_choice": {
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string", "enum": ["none", "auto", "required"]},
                                    {"$ref": "#/definitions/AssistantsNamedToolChoice"},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
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
                                    "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                },
                "required": ["assistant_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["assistant_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "assistant_id": {"type": "string"},
                        "thread": {
                            "type": "object",
                            "properties": {
                                "messages": {"type": "array", "items": {"$ref": "#/definitions/CreateMessageRequest"}},
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                "tool_resources": {
                                    "anyOf": [{"$ref": "#/definitions/CreateToolResources"}, {"type": "null"}]
                                },
                            },
                        },
                        "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "tools": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "maxItems": 20,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/AssistantToolsCode"},
                                            {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                            {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                            {"$ref": "#/definitions/AssistantToolsFunction"},
                                        ]
                                    },
                                },
                                {"type": "null"},
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
                        "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                        "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                        "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "max_prompt_tokens": {"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                        "max_completion_tokens": {"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                        "truncation_strategy": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["type"],
                                    "properties": {
                                        "type": {"type": "string", "enum": ["auto", "last_messages"]},
                                        "last_messages": {
                                            "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "tool_choice": {
                            "anyOf": [
                                {
                                    "anyOf": [
                                        {"type": "string", "enum": ["none", "auto", "required"]},
                                        {"$ref": "#/definitions/AssistantsNamedToolChoice"},
                                    ]
                                },
                                {"type": "null"},
                            ]
                        },
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
                                        "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    },
                    "required": ["assistant_id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "assistant_id" in data_keys:
            data_keys.remove("assistant_id")
            data__assistantid = data["assistant_id"]
            if not isinstance(data__assistantid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".assistant_id must be string",
                    value=data__assistantid,
                    name="" + (name_prefix or "data") + ".assistant_id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "thread" in data_keys:
            data_keys.remove("thread")
            data__thread = data["thread"]
            validate___definitions_createthreadrequest(
                data__thread, custom_formats, (name_prefix or "data") + ".thread"
            )
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            data__model_any_of_count37 = 0
            if not data__model_any_of_count37:
                try:
                    if not isinstance(data__model, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be string",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__model_any_of_count37 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count37:
                try:
                    if not isinstance(data__model, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be null",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__model_any_of_count37 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count37:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model cannot be validated by any definition",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "instructions" in data_keys:
            data_keys.remove("instructions")
            data__instructions = data["instructions"]
            data__instructions_any_of_count38 = 0
            if not data__instructions_any_of_count38:
                try:
                    if not isinstance(data__instructions, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be string",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__instructions_any_of_count38 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count38:
                try:
                    if not isinstance(data__instructions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be null",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__instructions_any_of_count38 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count38:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".instructions cannot be validated by any definition",
                    value=data__instructions,
                    name="" + (name_prefix or "data") + ".instructions",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "tools" in data_keys:
            data_keys.remove("tools")
            data__tools = data["tools"]
            data__tools_any_of_count39 = 0
            if not data__tools_any_of_count39:
                try:
                    if not isinstance(data__tools, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tools must be array",
                            value=data__tools,
                            name="" + (name_prefix or "data") + ".tools",
                            definition={
                                "type": "array",
                                "maxItems": 20,
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
                        if data__tools_len > 20:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".tools must contain less than or equal to 20 items",
                                value=data__tools,
                                name="" + (name_prefix or "data") + ".tools",
                                definition={
                                    "type": "array",
                                    "maxItems": 20,
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
                    data__tools_any_of_count39 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__tools_any_of_count39:
                try:
                    if not isinstance(data__tools, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tools must be null",
                            value=data__tools,
                            name="" + (name_prefix or "data") + ".tools",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__tools_any_of_count39 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__tools_any_of_count39:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tools cannot be validated by any definition",
                    value=data__tools,
                    name="" + (name_prefix or "data") + ".tools",
                    definition={
                        "anyOf": [
                            {
                                "type": "array",
                                "maxItems": 20,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/AssistantToolsCode"},
                                        {"$ref": "#/definitions/AssistantToolsRetrieval"},
                                        {"$ref": "#/definitions/AssistantToolsFileSearch"},
                                        {"$ref": "#/definitions/AssistantToolsFunction"},
                                    ]
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count40 = 0
            if not data__metadata_any_of_count40:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count40 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count40:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count40 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count40:
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
            data__temperature_any_of_count41 = 0
            if not data__temperature_any_of_count41:
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
                    data__temperature_any_of_count41 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count41:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count41 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count41:
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
            data__topp_any_of_count42 = 0
            if not data__topp_any_of_count42:
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
                    data__topp_any_of_count42 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count42:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count42 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count42:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_p cannot be validated by any definition",
                    value=data__topp,
                    name="" + (name_prefix or "data") + ".top_p",
                    definition={"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            data__stream_any_of_count43 = 0
            if not data__stream_any_of_count43:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count43 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count43:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count43 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count43:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream cannot be validated by any definition",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_prompt_tokens" in data_keys:
            data_keys.remove("max_prompt_tokens")
            data__maxprompttokens = data["max_prompt_tokens"]
            data__maxprompttokens_any_of_count44 = 0
            if not data__maxprompttokens_any_of_count44:
                try:
                    if (
                        not isinstance(data__maxprompttokens, (int))
                        and not (isinstance(data__maxprompttokens, float) and data__maxprompttokens.is_integer())
                        or isinstance(data__maxprompttokens, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_prompt_tokens must be integer",
                            value=data__maxprompttokens,
                            name="" + (name_prefix or "data") + ".max_prompt_tokens",
                            definition={"type": "integer", "minimum": 256},
                            rule="type",
                        )
                    if isinstance(data__maxprompttokens, (int, float, Decimal)) and not isinstance(
                        data__maxprompttokens, bool
                    ):
                        if data__maxprompttokens < 256:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".max_prompt_tokens must be bigger than or equal to 256",
                                value=data__maxprompttokens,
                                name="" + (name_prefix or "data") + ".max_prompt_tokens",
                                definition={"type": "integer", "minimum": 256},
                                rule="minimum",
                            )
                    data__maxprompttokens_any_of_count44 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxprompttokens_any_of_count44:
                try:
                    if not isinstance(data__maxprompttokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_prompt_tokens must be null",
                            value=data__maxprompttokens,
                            name="" + (name_prefix or "data") + ".max_prompt_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxprompttokens_any_of_count44 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxprompttokens_any_of_count44:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_prompt_tokens cannot be validated by any definition",
                    value=data__maxprompttokens,
                    name="" + (name_prefix or "data") + ".max_prompt_tokens",
                    definition={"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_completion_tokens" in data_keys:
            data_keys.remove("max_completion_tokens")
            data__maxcompletiontokens = data["max_completion_tokens"]
            data__maxcompletiontokens_any_of_count45 = 0
            if not data__maxcompletiontokens_any_of_count45:
                try:
                    if (
                        not isinstance(data__maxcompletiontokens, (int))
                        and not (
                            isinstance(data__maxcompletiontokens, float) and data__maxcompletiontokens.is_integer()
                        )
                        or isinstance(data__maxcompletiontokens, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_completion_tokens must be integer",
                            value=data__maxcompletiontokens,
                            name="" + (name_prefix or "data") + ".max_completion_tokens",
                            definition={"type": "integer", "minimum": 256},
                            rule="type",
                        )
                    if isinstance(data__maxcompletiontokens, (int, float, Decimal)) and not isinstance(
                        data__maxcompletiontokens, bool
                    ):
                        if data__maxcompletiontokens < 256:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".max_completion_tokens must be bigger than or equal to 256",
                                value=data__maxcompletiontokens,
                                name="" + (name_prefix or "data") + ".max_completion_tokens",
                                definition={"type": "integer", "minimum": 256},
                                rule="minimum",
                            )
                    data__maxcompletiontokens_any_of_count45 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count45:
                try:
                    if not isinstance(data__maxcompletiontokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_completion_tokens must be null",
                            value=data__maxcompletiontokens,
                            name="" + (name_prefix or "data") + ".max_completion_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxcompletiontokens_any_of_count45 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count45:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_completion_tokens cannot be validated by any definition",
                    value=data__maxcompletiontokens,
                    name="" + (name_prefix or "data") + ".max_completion_tokens",
                    definition={"anyOf": [{"type": "integer", "minimum": 256}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "truncation_strategy" in data_keys:
            data_keys.remove("truncation_strategy")
            data__truncationstrategy = data["truncation_strategy"]
            data__truncationstrategy_any_of_count46 = 0
            if not data__truncationstrategy_any_of_count46:
                try:
                    validate___definitions_truncationstrategy(
                        data__truncationstrategy, custom_formats, (name_prefix or "data") + ".truncation_strategy"
                    )
                    data__truncationstrategy_any_of_count46 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__truncationstrategy_any_of_count46:
                try:
                    if not isinstance(data__truncationstrategy, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".truncation_strategy must be null",
                            value=data__truncationstrategy,
                            name="" + (name_prefix or "data") + ".truncation_strategy",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__truncationstrategy_any_of_count46 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__truncationstrategy_any_of_count46:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".truncation_strategy cannot be validated by any definition",
                    value=data__truncationstrategy,
                    name="" + (name_prefix or "data") + ".truncation_strategy",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type"],
                                "properties": {
                                    "type": {"type": "string", "enum": ["auto", "last_messages"]},
                                    "last_messages": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "tool_choice" in data_keys:
            data_keys.remove("tool_choice")
            data__toolchoice = data["tool_choice"]
            data__toolchoice_any_of_count47 = 0
            if not data__toolchoice_any_of_count47:
                try:
                    validate___definitions_assistantstoolchoiceoption(
                        data__toolchoice, custom_formats, (name_prefix or "data") + ".tool_choice"
                    )
                    data__toolchoice_any_of_count47 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolchoice_any_of_count47:
                try:
                    if not isinstance(data__toolchoice, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_choice must be null",
                            value=data__toolchoice,
                            name="" + (name_prefix or "data") + ".tool_choice",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolchoice_any_of_count47 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolchoice_any_of_count47:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_choice cannot be validated by any definition",
                    value=data__toolchoice,
                    name="" + (name_prefix or "data") + ".tool_choice",
                    definition={
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string", "enum": ["none", "auto", "required"]},
                                    {"$ref": "#/definitions/AssistantsNamedToolChoice"},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            data__responseformat_any_of_count48 = 0
            if not data__responseformat_any_of_count48:
                try:
                    validate___definitions_assistantsresponseformatoption(
                        data__responseformat, custom_formats, (name_prefix or "data") + ".response_format"
                    )
                    data__responseformat_any_of_count48 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count48:
                try:
                    if not isinstance(data__responseformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".response_format must be null",
                            value=data__responseformat,
                            name="" + (name_prefix or "data") + ".response_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__responseformat_any_of_count48 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count48:
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
            data__toolresources_any_of_count49 = 0
            if not data__toolresources_any_of_count49:
                try:
                    validate___definitions_toolresources(
                        data__toolresources, custom_formats, (name_prefix or "data") + ".tool_resources"
                    )
                    data__toolresources_any_of_count49 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count49:
                try:
                    if not isinstance(data__toolresources, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_resources must be null",
                            value=data__toolresources,
                            name="" + (name_prefix or "data") + ".tool_resources",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolresources_any_of_count49 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count49:
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
                                    "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "parallel_tool_calls" in data_keys:
            data_keys.remove("parallel_tool_calls")
            data__paralleltoolcalls = data["parallel_tool_calls"]
            data__paralleltoolcalls_any_of_count50 = 0
            if not data__paralleltoolcalls_any_of_count50:
                try:
                    if not isinstance(data__paralleltoolcalls, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".parallel_tool_calls must be boolean",
                            value=data__paralleltoolcalls,
                            name="" + (name_prefix or "data") + ".parallel_tool_calls",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__paralleltoolcalls_any_of_count50 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__paralleltoolcalls_any_of_count50:
                try:
                    if not isinstance(data__paralleltoolcalls, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".parallel_tool_calls must be null",
                            value=data__paralleltoolcalls,
                            name="" + (name_prefix or "data") + ".parallel_tool_calls",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__paralleltoolcalls_any_of_count50 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__paralleltoolcalls_any_of_count50:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".parallel_tool_calls cannot be validated by any definition",
                    value=data__paralleltoolcalls,
                    name="" + (name_prefix or "data") + ".parallel_tool_calls",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data


def validate___definitions_createthreadrequest(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "messages": {
                        "type": "array",
                        "items": {
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
                                            "items": {"$ref": "#/definitions/MessageRequestContentPart"},
                                        },
                                    ]
                                },
                                "file_ids": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 10,
                                    "items": {"type": "string"},
                                },
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                "attachments": {
                                    "anyOf": [
                                        {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}},
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
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
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "messages" in data_keys:
            data_keys.remove("messages")
            data__messages = data["messages"]
            if not isinstance(data__messages, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".messages must be array",
                    value=data__messages,
                    name="" + (name_prefix or "data") + ".messages",
                    definition={
                        "type": "array",
                        "items": {
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
                                            "items": {"$ref": "#/definitions/MessageRequestContentPart"},
                                        },
                                    ]
                                },
                                "file_ids": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 10,
                                    "items": {"type": "string"},
                                },
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                "attachments": {
                                    "anyOf": [
                                        {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}},
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
                    },
                    rule="type",
                )
            data__messages_is_list = isinstance(data__messages, (list, tuple))
            if data__messages_is_list:
                data__messages_len = len(data__messages)
                for data__messages_x, data__messages_item in enumerate(data__messages):
                    validate___definitions_createmessagerequest(
                        data__messages_item,
                        custom_formats,
                        (name_prefix or "data") + ".messages[{data__messages_x}]".format(**locals()),
                    )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count51 = 0
            if not data__metadata_any_of_count51:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count51 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count51:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count51 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count51:
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
        if "tool_resources" in data_keys:
            data_keys.remove("tool_resources")
            data__toolresources = data["tool_resources"]
            data__toolresources_any_of_count52 = 0
            if not data__toolresources_any_of_count52:
                try:
                    validate___definitions_createtoolresources(
                        data__toolresources, custom_formats, (name_prefix or "data") + ".tool_resources"
                    )
                    data__toolresources_any_of_count52 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count52:
                try:
                    if not isinstance(data__toolresources, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_resources must be null",
                            value=data__toolresources,
                            name="" + (name_prefix or "data") + ".tool_resources",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolresources_any_of_count52 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count52:
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
    return data


validate = validate___operations_create_thread_and_run
