# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createThreadAndRun (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import (
    validate_assistantsresponseformatoption,
    validate_assistantstoolchoiceoption,
    validate_assistanttooldefinition,
    validate_createmessagerequest,
    validate_createtoolresources,
    validate_metadata,
    validate_toolresources,
    validate_truncationstrategy,
)


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "integer", "minimum": 256}
_S5 = {"type": "number", "minimum": 0, "maximum": 1}
_S6 = {"type": "number", "minimum": 0, "maximum": 2}
_S7 = {"anyOf": [_S2, _S1]}
_S8 = {"anyOf": [_S3, _S1]}
_S9 = {"anyOf": [_S4, _S1]}
_S10 = {"anyOf": [_S5, _S1]}
_S11 = {"anyOf": [_S6, _S1]}
_S12 = {
    "anyOf": [
        {"anyOf": [{"type": "string", "enum": ["none", "auto"]}, {"$ref": "#/definitions/AssistantsResponseFormat"}]},
        _S1,
    ]
}
_S13 = {
    "anyOf": [
        {
            "anyOf": [
                {"type": "string", "enum": ["none", "auto", "required"]},
                {"$ref": "#/definitions/AssistantsNamedToolChoice"},
            ]
        },
        _S1,
    ]
}
_S14 = {
    "anyOf": [
        {
            "type": "object",
            "maxProperties": 16,
            "propertyNames": {"maxLength": 64},
            "additionalProperties": {"type": "string", "maxLength": 512},
        },
        _S1,
    ]
}
_S15 = {
    "anyOf": [
        {
            "type": "object",
            "properties": {
                "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
            },
        },
        _S1,
    ]
}
_S16 = {
    "anyOf": [
        {
            "type": "object",
            "properties": {
                "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
            },
        },
        _S1,
    ]
}
_S17 = {
    "anyOf": [
        {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": {"type": "string", "enum": ["auto", "last_messages"]},
                "last_messages": {"anyOf": [{"type": "integer", "minimum": 1}, _S1]},
            },
        },
        _S1,
    ]
}
_S18 = {
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
}
_S19 = {"anyOf": [_S18, _S1]}
_S20 = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": {"type": "string", "enum": ["user", "assistant"]},
            "content": {
                "anyOf": [
                    {"type": "string", "minLength": 1, "maxLength": 256000},
                    {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/MessageRequestContentPart"}},
                ]
            },
            "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": _S2},
            "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, _S1]},
            "attachments": {
                "anyOf": [{"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}}, _S1]
            },
        },
    },
}
_S21 = {"type": "object", "properties": {"messages": _S20, "metadata": _S14, "tool_resources": _S16}}
_S22 = {
    "type": "object",
    "properties": {
        "assistant_id": _S2,
        "thread": {
            "type": "object",
            "properties": {
                "messages": {"type": "array", "items": {"$ref": "#/definitions/CreateMessageRequest"}},
                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, _S1]},
                "tool_resources": {"anyOf": [{"$ref": "#/definitions/CreateToolResources"}, _S1]},
            },
        },
        "model": _S7,
        "instructions": _S7,
        "tools": _S19,
        "metadata": _S14,
        "temperature": _S11,
        "top_p": _S10,
        "stream": _S8,
        "max_prompt_tokens": _S9,
        "max_completion_tokens": _S9,
        "truncation_strategy": _S17,
        "tool_choice": _S13,
        "response_format": _S12,
        "tool_resources": _S15,
        "parallel_tool_calls": _S8,
    },
    "required": ["assistant_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S22, "type")
    data__missing_keys = set(["assistant_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S22, "required")
    if "assistant_id" in data:
        data__assistantid = data["assistant_id"]
        if not isinstance(data__assistantid, str):
            raise SchemaError.at(f"{path}.assistant_id", "must be string", data__assistantid, _S2, "type")
    if "thread" in data:
        data__thread = data["thread"]
        validate_createthreadrequest(data__thread, f"{path}.thread")
    if "model" in data:
        data__model = data["model"]
        if isinstance(data__model, str):
            pass
        elif data__model is None:
            if not isinstance(data__model, NoneType):
                raise SchemaError.at(f"{path}.model", "must be null", data__model, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.model", "cannot be validated by any definition", data__model, _S7, "anyOf")
    if "instructions" in data:
        data__instructions = data["instructions"]
        if isinstance(data__instructions, str):
            pass
        elif data__instructions is None:
            if not isinstance(data__instructions, NoneType):
                raise SchemaError.at(f"{path}.instructions", "must be null", data__instructions, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.instructions", "cannot be validated by any definition", data__instructions, _S7, "anyOf"
            )
    if "tools" in data:
        data__tools = data["tools"]
        if isinstance(data__tools, (list, tuple)):
            data__tools_len = len(data__tools)
            if data__tools_len > 20:
                raise SchemaError.at(
                    f"{path}.tools", "must contain less than or equal to 20 items", data__tools, _S18, "maxItems"
                )
            for data__tools_x, data__tools_item in enumerate(data__tools):
                validate_assistanttooldefinition(data__tools_item, f"{path}.tools[{data__tools_x}]")
        elif data__tools is None:
            if not isinstance(data__tools, NoneType):
                raise SchemaError.at(f"{path}.tools", "must be null", data__tools, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.tools", "cannot be validated by any definition", data__tools, _S19, "anyOf")
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S14, "anyOf"
            )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S6, "type")
            if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
                if data__temperature < 0:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S6, "minimum"
                    )
                if data__temperature > 2:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be smaller than or equal to 2", data__temperature, _S6, "maximum"
                    )
        elif data__temperature is None:
            if not isinstance(data__temperature, NoneType):
                raise SchemaError.at(f"{path}.temperature", "must be null", data__temperature, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.temperature", "cannot be validated by any definition", data__temperature, _S11, "anyOf"
            )
    if "top_p" in data:
        data__topp = data["top_p"]
        if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
            if not isinstance(data__topp, (int, float, Decimal)) or isinstance(data__topp, bool):
                raise SchemaError.at(f"{path}.top_p", "must be number", data__topp, _S5, "type")
            if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
                if data__topp < 0:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be bigger than or equal to 0", data__topp, _S5, "minimum"
                    )
                if data__topp > 1:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be smaller than or equal to 1", data__topp, _S5, "maximum"
                    )
        elif data__topp is None:
            if not isinstance(data__topp, NoneType):
                raise SchemaError.at(f"{path}.top_p", "must be null", data__topp, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.top_p", "cannot be validated by any definition", data__topp, _S10, "anyOf")
    if "stream" in data:
        data__stream = data["stream"]
        if isinstance(data__stream, bool):
            pass
        elif data__stream is None:
            if not isinstance(data__stream, NoneType):
                raise SchemaError.at(f"{path}.stream", "must be null", data__stream, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.stream", "cannot be validated by any definition", data__stream, _S8, "anyOf")
    if "max_prompt_tokens" in data:
        data__maxprompttokens = data["max_prompt_tokens"]
        if isinstance(data__maxprompttokens, (int, float, Decimal)) and (not isinstance(data__maxprompttokens, bool)):
            if (
                not isinstance(data__maxprompttokens, int)
                and (not (isinstance(data__maxprompttokens, float) and data__maxprompttokens.is_integer()))
                or isinstance(data__maxprompttokens, bool)
            ):
                raise SchemaError.at(f"{path}.max_prompt_tokens", "must be integer", data__maxprompttokens, _S4, "type")
            if isinstance(data__maxprompttokens, (int, float, Decimal)) and (
                not isinstance(data__maxprompttokens, bool)
            ):
                if data__maxprompttokens < 256:
                    raise SchemaError.at(
                        f"{path}.max_prompt_tokens",
                        "must be bigger than or equal to 256",
                        data__maxprompttokens,
                        _S4,
                        "minimum",
                    )
        elif data__maxprompttokens is None:
            if not isinstance(data__maxprompttokens, NoneType):
                raise SchemaError.at(f"{path}.max_prompt_tokens", "must be null", data__maxprompttokens, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.max_prompt_tokens",
                "cannot be validated by any definition",
                data__maxprompttokens,
                _S9,
                "anyOf",
            )
    if "max_completion_tokens" in data:
        data__maxcompletiontokens = data["max_completion_tokens"]
        if isinstance(data__maxcompletiontokens, (int, float, Decimal)) and (
            not isinstance(data__maxcompletiontokens, bool)
        ):
            if (
                not isinstance(data__maxcompletiontokens, int)
                and (not (isinstance(data__maxcompletiontokens, float) and data__maxcompletiontokens.is_integer()))
                or isinstance(data__maxcompletiontokens, bool)
            ):
                raise SchemaError.at(
                    f"{path}.max_completion_tokens", "must be integer", data__maxcompletiontokens, _S4, "type"
                )
            if isinstance(data__maxcompletiontokens, (int, float, Decimal)) and (
                not isinstance(data__maxcompletiontokens, bool)
            ):
                if data__maxcompletiontokens < 256:
                    raise SchemaError.at(
                        f"{path}.max_completion_tokens",
                        "must be bigger than or equal to 256",
                        data__maxcompletiontokens,
                        _S4,
                        "minimum",
                    )
        elif data__maxcompletiontokens is None:
            if not isinstance(data__maxcompletiontokens, NoneType):
                raise SchemaError.at(
                    f"{path}.max_completion_tokens", "must be null", data__maxcompletiontokens, _S1, "type"
                )
        else:
            raise SchemaError.at(
                f"{path}.max_completion_tokens",
                "cannot be validated by any definition",
                data__maxcompletiontokens,
                _S9,
                "anyOf",
            )
    if "truncation_strategy" in data:
        data__truncationstrategy = data["truncation_strategy"]
        if isinstance(data__truncationstrategy, dict):
            validate_truncationstrategy(data__truncationstrategy, f"{path}.truncation_strategy")
        elif data__truncationstrategy is None:
            if not isinstance(data__truncationstrategy, NoneType):
                raise SchemaError.at(
                    f"{path}.truncation_strategy", "must be null", data__truncationstrategy, _S1, "type"
                )
        else:
            raise SchemaError.at(
                f"{path}.truncation_strategy",
                "cannot be validated by any definition",
                data__truncationstrategy,
                _S17,
                "anyOf",
            )
    if "tool_choice" in data:
        data__toolchoice = data["tool_choice"]
        if data__toolchoice is not None:
            try:
                validate_assistantstoolchoiceoption(data__toolchoice, f"{path}.tool_choice")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.tool_choice", "cannot be validated by any definition", data__toolchoice, _S13, "anyOf"
                )
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if data__responseformat is not None:
            try:
                validate_assistantsresponseformatoption(data__responseformat, f"{path}.response_format")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.response_format",
                    "cannot be validated by any definition",
                    data__responseformat,
                    _S12,
                    "anyOf",
                )
    if "tool_resources" in data:
        data__toolresources = data["tool_resources"]
        if isinstance(data__toolresources, dict):
            validate_toolresources(data__toolresources, f"{path}.tool_resources")
        elif data__toolresources is None:
            if not isinstance(data__toolresources, NoneType):
                raise SchemaError.at(f"{path}.tool_resources", "must be null", data__toolresources, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.tool_resources", "cannot be validated by any definition", data__toolresources, _S15, "anyOf"
            )
    if "parallel_tool_calls" in data:
        data__paralleltoolcalls = data["parallel_tool_calls"]
        if isinstance(data__paralleltoolcalls, bool):
            pass
        elif data__paralleltoolcalls is None:
            if not isinstance(data__paralleltoolcalls, NoneType):
                raise SchemaError.at(
                    f"{path}.parallel_tool_calls", "must be null", data__paralleltoolcalls, _S1, "type"
                )
        else:
            raise SchemaError.at(
                f"{path}.parallel_tool_calls",
                "cannot be validated by any definition",
                data__paralleltoolcalls,
                _S8,
                "anyOf",
            )
    return data


def validate_createthreadrequest(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S21, "type")
    if "messages" in data:
        data__messages = data["messages"]
        if not isinstance(data__messages, (list, tuple)):
            raise SchemaError.at(f"{path}.messages", "must be array", data__messages, _S20, "type")
        data__messages_len = len(data__messages)
        for data__messages_x, data__messages_item in enumerate(data__messages):
            validate_createmessagerequest(data__messages_item, f"{path}.messages[{data__messages_x}]")
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S14, "anyOf"
            )
    if "tool_resources" in data:
        data__toolresources = data["tool_resources"]
        if isinstance(data__toolresources, dict):
            validate_createtoolresources(data__toolresources, f"{path}.tool_resources")
        elif data__toolresources is None:
            if not isinstance(data__toolresources, NoneType):
                raise SchemaError.at(f"{path}.tool_resources", "must be null", data__toolresources, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.tool_resources", "cannot be validated by any definition", data__toolresources, _S16, "anyOf"
            )
    return data
