# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createRun (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_assistantsresponseformatoption,
    validate___definitions_assistantstoolchoiceoption,
    validate___definitions_assistanttooldefinition,
    validate___definitions_createmessagerequest,
    validate___definitions_metadata,
    validate___definitions_reasoningeffort,
    validate___definitions_truncationstrategy,
)


def validate___operations_create_run(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "thread_id": {"type": "string", "minLength": 1},
                    "include[]": {
                        "type": "array",
                        "items": {
                            "type": "string",
                            "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                        },
                    },
                    "assistant_id": {"type": "string"},
                    "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "additional_instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "additional_messages": {
                        "anyOf": [
                            {
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
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/MessageAttachmentRequest"},
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
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
                    "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "reasoning_effort": {
                        "anyOf": [
                            {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                            {"type": "null"},
                        ]
                    },
                },
                "required": ["assistant_id", "thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["assistant_id", "thread_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "thread_id": {"type": "string", "minLength": 1},
                        "include[]": {
                            "type": "array",
                            "items": {
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                        },
                        "assistant_id": {"type": "string"},
                        "model": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "additional_instructions": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "additional_messages": {
                            "anyOf": [
                                {
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
                                            "metadata": {
                                                "anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]
                                            },
                                            "attachments": {
                                                "anyOf": [
                                                    {
                                                        "type": "array",
                                                        "items": {"$ref": "#/definitions/MessageAttachmentRequest"},
                                                    },
                                                    {"type": "null"},
                                                ]
                                            },
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
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
                        "parallel_tool_calls": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
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
                    "required": ["assistant_id", "thread_id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "thread_id" in data_keys:
            data_keys.remove("thread_id")
            data__threadid = data["thread_id"]
            if not isinstance(data__threadid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".thread_id must be string",
                    value=data__threadid,
                    name="" + (name_prefix or "data") + ".thread_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__threadid, str):
                data__threadid_len = len(data__threadid)
                if data__threadid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".thread_id must be longer than or equal to 1 characters",
                        value=data__threadid,
                        name="" + (name_prefix or "data") + ".thread_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "include[]" in data_keys:
            data_keys.remove("include[]")
            data__include = data["include[]"]
            if not isinstance(data__include, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include[] must be array",
                    value=data__include,
                    name="" + (name_prefix or "data") + ".include[]",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "string",
                            "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                        },
                    },
                    rule="type",
                )
            data__include_is_list = isinstance(data__include, (list, tuple))
            if data__include_is_list:
                data__include_len = len(data__include)
                for data__include_x, data__include_item in enumerate(data__include):
                    if not isinstance(data__include_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[][{data__include_x}]".format(**locals())
                            + " must be string",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[][{data__include_x}]".format(**locals()) + "",
                            definition={
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__include_item, str)
                        and data__include_item == "step_details.tool_calls[*].file_search.results[*].content"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[][{data__include_x}]".format(**locals())
                            + " must be one of ['step_details.tool_calls[*].file_search.results[*].content']",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[][{data__include_x}]".format(**locals()) + "",
                            definition={
                                "type": "string",
                                "enum": ["step_details.tool_calls[*].file_search.results[*].content"],
                            },
                            rule="enum",
                        )
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
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            data__model_any_of_count3 = 0
            if not data__model_any_of_count3:
                try:
                    if not isinstance(data__model, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be string",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__model_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count3:
                try:
                    if not isinstance(data__model, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".model must be null",
                            value=data__model,
                            name="" + (name_prefix or "data") + ".model",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__model_any_of_count3 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__model_any_of_count3:
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
            data__instructions_any_of_count4 = 0
            if not data__instructions_any_of_count4:
                try:
                    if not isinstance(data__instructions, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be string",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__instructions_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count4:
                try:
                    if not isinstance(data__instructions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".instructions must be null",
                            value=data__instructions,
                            name="" + (name_prefix or "data") + ".instructions",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__instructions_any_of_count4 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__instructions_any_of_count4:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".instructions cannot be validated by any definition",
                    value=data__instructions,
                    name="" + (name_prefix or "data") + ".instructions",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "additional_instructions" in data_keys:
            data_keys.remove("additional_instructions")
            data__additionalinstructions = data["additional_instructions"]
            data__additionalinstructions_any_of_count5 = 0
            if not data__additionalinstructions_any_of_count5:
                try:
                    if not isinstance(data__additionalinstructions, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".additional_instructions must be string",
                            value=data__additionalinstructions,
                            name="" + (name_prefix or "data") + ".additional_instructions",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__additionalinstructions_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__additionalinstructions_any_of_count5:
                try:
                    if not isinstance(data__additionalinstructions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".additional_instructions must be null",
                            value=data__additionalinstructions,
                            name="" + (name_prefix or "data") + ".additional_instructions",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__additionalinstructions_any_of_count5 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__additionalinstructions_any_of_count5:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".additional_instructions cannot be validated by any definition",
                    value=data__additionalinstructions,
                    name="" + (name_prefix or "data") + ".additional_instructions",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "additional_messages" in data_keys:
            data_keys.remove("additional_messages")
            data__additionalmessages = data["additional_messages"]
            data__additionalmessages_any_of_count6 = 0
            if not data__additionalmessages_any_of_count6:
                try:
                    if not isinstance(data__additionalmessages, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".additional_messages must be array",
                            value=data__additionalmessages,
                            name="" + (name_prefix or "data") + ".additional_messages",
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
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/MessageAttachmentRequest"},
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__additionalmessages_is_list = isinstance(data__additionalmessages, (list, tuple))
                    if data__additionalmessages_is_list:
                        data__additionalmessages_len = len(data__additionalmessages)
                        for data__additionalmessages_x, data__additionalmessages_item in enumerate(
                            data__additionalmessages
                        ):
                            validate___definitions_createmessagerequest(
                                data__additionalmessages_item,
                                custom_formats,
                                (name_prefix or "data")
                                + ".additional_messages[{data__additionalmessages_x}]".format(**locals()),
                            )
                    data__additionalmessages_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__additionalmessages_any_of_count6:
                try:
                    if not isinstance(data__additionalmessages, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".additional_messages must be null",
                            value=data__additionalmessages,
                            name="" + (name_prefix or "data") + ".additional_messages",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__additionalmessages_any_of_count6 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__additionalmessages_any_of_count6:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".additional_messages cannot be validated by any definition",
                    value=data__additionalmessages,
                    name="" + (name_prefix or "data") + ".additional_messages",
                    definition={
                        "anyOf": [
                            {
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
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/MessageAttachmentRequest"},
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "tools" in data_keys:
            data_keys.remove("tools")
            data__tools = data["tools"]
            data__tools_any_of_count7 = 0
            if not data__tools_any_of_count7:
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
                    data__tools_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__tools_any_of_count7:
                try:
                    if not isinstance(data__tools, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tools must be null",
                            value=data__tools,
                            name="" + (name_prefix or "data") + ".tools",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__tools_any_of_count7 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__tools_any_of_count7:
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
            data__metadata_any_of_count8 = 0
            if not data__metadata_any_of_count8:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count8:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count8 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count8:
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
            data__temperature_any_of_count9 = 0
            if not data__temperature_any_of_count9:
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
                    data__temperature_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count9:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count9 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count9:
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
            data__topp_any_of_count10 = 0
            if not data__topp_any_of_count10:
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
                    data__topp_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count10:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count10 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count10:
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
            data__stream_any_of_count11 = 0
            if not data__stream_any_of_count11:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count11:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count11 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count11:
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
            data__maxprompttokens_any_of_count12 = 0
            if not data__maxprompttokens_any_of_count12:
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
                    data__maxprompttokens_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxprompttokens_any_of_count12:
                try:
                    if not isinstance(data__maxprompttokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_prompt_tokens must be null",
                            value=data__maxprompttokens,
                            name="" + (name_prefix or "data") + ".max_prompt_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxprompttokens_any_of_count12 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxprompttokens_any_of_count12:
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
            data__maxcompletiontokens_any_of_count13 = 0
            if not data__maxcompletiontokens_any_of_count13:
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
                    data__maxcompletiontokens_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count13:
                try:
                    if not isinstance(data__maxcompletiontokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_completion_tokens must be null",
                            value=data__maxcompletiontokens,
                            name="" + (name_prefix or "data") + ".max_completion_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxcompletiontokens_any_of_count13 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count13:
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
            data__truncationstrategy_any_of_count14 = 0
            if not data__truncationstrategy_any_of_count14:
                try:
                    validate___definitions_truncationstrategy(
                        data__truncationstrategy, custom_formats, (name_prefix or "data") + ".truncation_strategy"
                    )
                    data__truncationstrategy_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__truncationstrategy_any_of_count14:
                try:
                    if not isinstance(data__truncationstrategy, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".truncation_strategy must be null",
                            value=data__truncationstrategy,
                            name="" + (name_prefix or "data") + ".truncation_strategy",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__truncationstrategy_any_of_count14 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__truncationstrategy_any_of_count14:
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
            data__toolchoice_any_of_count15 = 0
            if not data__toolchoice_any_of_count15:
                try:
                    validate___definitions_assistantstoolchoiceoption(
                        data__toolchoice, custom_formats, (name_prefix or "data") + ".tool_choice"
                    )
                    data__toolchoice_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolchoice_any_of_count15:
                try:
                    if not isinstance(data__toolchoice, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_choice must be null",
                            value=data__toolchoice,
                            name="" + (name_prefix or "data") + ".tool_choice",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolchoice_any_of_count15 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolchoice_any_of_count15:
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
            data__responseformat_any_of_count16 = 0
            if not data__responseformat_any_of_count16:
                try:
                    validate___definitions_assistantsresponseformatoption(
                        data__responseformat, custom_formats, (name_prefix or "data") + ".response_format"
                    )
                    data__responseformat_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count16:
                try:
                    if not isinstance(data__responseformat, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".response_format must be null",
                            value=data__responseformat,
                            name="" + (name_prefix or "data") + ".response_format",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__responseformat_any_of_count16 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__responseformat_any_of_count16:
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
        if "parallel_tool_calls" in data_keys:
            data_keys.remove("parallel_tool_calls")
            data__paralleltoolcalls = data["parallel_tool_calls"]
            data__paralleltoolcalls_any_of_count17 = 0
            if not data__paralleltoolcalls_any_of_count17:
                try:
                    if not isinstance(data__paralleltoolcalls, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".parallel_tool_calls must be boolean",
                            value=data__paralleltoolcalls,
                            name="" + (name_prefix or "data") + ".parallel_tool_calls",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__paralleltoolcalls_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__paralleltoolcalls_any_of_count17:
                try:
                    if not isinstance(data__paralleltoolcalls, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".parallel_tool_calls must be null",
                            value=data__paralleltoolcalls,
                            name="" + (name_prefix or "data") + ".parallel_tool_calls",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__paralleltoolcalls_any_of_count17 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__paralleltoolcalls_any_of_count17:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".parallel_tool_calls cannot be validated by any definition",
                    value=data__paralleltoolcalls,
                    name="" + (name_prefix or "data") + ".parallel_tool_calls",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "reasoning_effort" in data_keys:
            data_keys.remove("reasoning_effort")
            data__reasoningeffort = data["reasoning_effort"]
            validate___definitions_reasoningeffort(
                data__reasoningeffort, custom_formats, (name_prefix or "data") + ".reasoning_effort"
            )
    return data


validate = validate___operations_create_run
