# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createChatCompletion (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_functiondefinition,
    validate___definitions_logitbias,
    validate___definitions_metadata,
    validate___definitions_promptcachebreakpoint,
    validate___definitions_responseformatjsonobject,
    validate___definitions_responseformatjsonschema,
    validate___definitions_responseformattext,
    validate___definitions_stopsequences,
    validate___definitions_streamoptions,
)


def validate___operations_create_chat_completion(data, custom_formats={}, name_prefix=None):
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
                        "minItems": 1,
                        "items": {
                            "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                            "oneOf": [
                                {"$ref": "#/definitions/ChatCompletionRequestDeveloperMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                            ],
                        },
                    },
                    "model": {"type": "string"},
                    "audio": {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["voice", "format"],
                                "properties": {
                                    "voice": {
                                        "anyOf": [
                                            {"type": "string"},
                                            {
                                                "type": "object",
                                                "required": ["id"],
                                                "properties": {"id": {"type": "string"}},
                                            },
                                        ]
                                    },
                                    "format": {
                                        "type": "string",
                                        "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"],
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "frequency_penalty": {"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    "logit_bias": {
                        "anyOf": [
                            {
                                "type": "object",
                                "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100},
                            },
                            {"type": "null"},
                        ]
                    },
                    "logprobs": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "top_logprobs": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                    "max_completion_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    "max_tokens": {"deprecated": True, "anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
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
                    "modalities": {
                        "anyOf": [
                            {"type": "array", "items": {"type": "string", "enum": ["text", "audio"]}},
                            {"type": "null"},
                        ]
                    },
                    "moderation": {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["model"],
                                "properties": {
                                    "model": {"type": "string"},
                                    "policy": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "properties": {
                                                    "input": {
                                                        "anyOf": [
                                                            {"$ref": "#/definitions/ModerationConfig"},
                                                            {"type": "null"},
                                                        ]
                                                    },
                                                    "output": {
                                                        "anyOf": [
                                                            {"$ref": "#/definitions/ModerationConfig"},
                                                            {"type": "null"},
                                                        ]
                                                    },
                                                },
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                    "parallel_tool_calls": {"type": "boolean"},
                    "prediction": {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type", "content"],
                                "properties": {
                                    "type": {"type": "string", "const": "content"},
                                    "content": {
                                        "anyOf": [
                                            {"type": "string"},
                                            {
                                                "type": "array",
                                                "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                                "minItems": 1,
                                            },
                                        ]
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "presence_penalty": {"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    "prompt_cache_key": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "prompt_cache_options": {
                        "type": "object",
                        "properties": {
                            "ttl": {"type": "string", "enum": ["30m"]},
                            "mode": {"type": "string", "enum": ["implicit", "explicit"]},
                        },
                    },
                    "prompt_cache_retention": {
                        "deprecated": True,
                        "anyOf": [{"type": "string", "enum": ["in_memory", "24h"]}, {"type": "null"}],
                    },
                    "reasoning_effort": {
                        "anyOf": [
                            {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                            {"type": "null"},
                        ]
                    },
                    "response_format": {
                        "oneOf": [
                            {"$ref": "#/definitions/ResponseFormatText"},
                            {"$ref": "#/definitions/ResponseFormatJsonObject"},
                            {"$ref": "#/definitions/ResponseFormatJsonSchema"},
                        ]
                    },
                    "safety_identifier": {"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
                    "seed": {"deprecated": True, "anyOf": [{"type": "integer"}, {"type": "null"}]},
                    "service_tier": {
                        "anyOf": [
                            {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast"]},
                            {"type": "null"},
                        ]
                    },
                    "stop": {
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string"},
                                    {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
                    "store": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "stream_options": {
                        "anyOf": [
                            {
                                "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                "type": "object",
                                "properties": {
                                    "include_usage": {"type": "boolean"},
                                    "include_obfuscation": {"type": "boolean"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    "tools": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {
                                    "x-sdk-type": ["chat.ChatCompletionToolParam"],
                                    "type": "object",
                                    "required": ["type", "function"],
                                    "properties": {
                                        "type": {"type": "string", "const": "function"},
                                        "function": {"$ref": "#/definitions/FunctionDefinition"},
                                    },
                                },
                                {
                                    "type": "object",
                                    "required": ["type", "custom"],
                                    "properties": {
                                        "type": {"type": "string", "const": "custom"},
                                        "custom": {
                                            "type": "object",
                                            "required": ["name"],
                                            "properties": {
                                                "name": {"type": "string"},
                                                "format": {
                                                    "oneOf": [
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {"type": {"type": "string", "const": "text"}},
                                                        },
                                                        {
                                                            "type": "object",
                                                            "required": ["type", "grammar"],
                                                            "properties": {
                                                                "type": {"type": "string", "const": "grammar"},
                                                                "grammar": {
                                                                    "type": "object",
                                                                    "required": ["definition", "syntax"],
                                                                    "properties": {
                                                                        "definition": {"type": "string"},
                                                                        "syntax": {
                                                                            "type": "string",
                                                                            "enum": ["lark", "regex"],
                                                                        },
                                                                    },
                                                                },
                                                            },
                                                        },
                                                    ]
                                                },
                                            },
                                        },
                                    },
                                },
                            ],
                            "discriminator": {"propertyName": "type"},
                        },
                    },
                    "tool_choice": {
                        "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                        "anyOf": [
                            {"type": "string", "enum": ["none", "auto", "required"]},
                            {"$ref": "#/definitions/ChatCompletionToolChoiceObject"},
                        ],
                    },
                    "verbosity": {"anyOf": [{"type": "string", "enum": ["low", "medium", "high"]}, {"type": "null"}]},
                    "web_search_options": {
                        "type": "object",
                        "properties": {
                            "search_context_size": {"type": "string", "enum": ["low", "medium", "high"]},
                            "user_location": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "required": ["type", "approximate"],
                                        "properties": {
                                            "type": {"type": "string", "const": "approximate"},
                                            "approximate": {
                                                "type": "object",
                                                "properties": {
                                                    "country": {"type": "string", "e.g. `US`.": None},
                                                    "region": {"type": "string"},
                                                    "city": {"type": "string"},
                                                    "timezone": {"type": "string"},
                                                },
                                            },
                                        },
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                    "user": {"type": "string", "deprecated": True},
                    "function_call": {
                        "deprecated": True,
                        "anyOf": [
                            {"type": "string", "enum": ["none", "auto"]},
                            {
                                "type": "object",
                                "deprecated": True,
                                "required": ["name"],
                                "properties": {"name": {"type": "string"}},
                            },
                        ],
                    },
                    "functions": {
                        "deprecated": True,
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 128,
                        "items": {
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
                "required": ["messages", "model"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["messages", "model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "messages": {
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                                "oneOf": [
                                    {"$ref": "#/definitions/ChatCompletionRequestDeveloperMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                                ],
                            },
                        },
                        "model": {"type": "string"},
                        "audio": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["voice", "format"],
                                    "properties": {
                                        "voice": {
                                            "anyOf": [
                                                {"type": "string"},
                                                {
                                                    "type": "object",
                                                    "required": ["id"],
                                                    "properties": {"id": {"type": "string"}},
                                                },
                                            ]
                                        },
                                        "format": {
                                            "type": "string",
                                            "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"],
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "frequency_penalty": {
                            "anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]
                        },
                        "logit_bias": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100},
                                },
                                {"type": "null"},
                            ]
                        },
                        "logprobs": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "top_logprobs": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                        "max_completion_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                        "max_tokens": {
                            "deprecated": True,
                            "anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}],
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
                        "modalities": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string", "enum": ["text", "audio"]}},
                                {"type": "null"},
                            ]
                        },
                        "moderation": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["model"],
                                    "properties": {
                                        "model": {"type": "string"},
                                        "policy": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "properties": {
                                                        "input": {
                                                            "anyOf": [
                                                                {"$ref": "#/definitions/ModerationConfig"},
                                                                {"type": "null"},
                                                            ]
                                                        },
                                                        "output": {
                                                            "anyOf": [
                                                                {"$ref": "#/definitions/ModerationConfig"},
                                                                {"type": "null"},
                                                            ]
                                                        },
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                        "parallel_tool_calls": {"type": "boolean"},
                        "prediction": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["type", "content"],
                                    "properties": {
                                        "type": {"type": "string", "const": "content"},
                                        "content": {
                                            "anyOf": [
                                                {"type": "string"},
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                                    "minItems": 1,
                                                },
                                            ]
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "presence_penalty": {
                            "anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]
                        },
                        "prompt_cache_key": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "prompt_cache_options": {
                            "type": "object",
                            "properties": {
                                "ttl": {"type": "string", "enum": ["30m"]},
                                "mode": {"type": "string", "enum": ["implicit", "explicit"]},
                            },
                        },
                        "prompt_cache_retention": {
                            "deprecated": True,
                            "anyOf": [{"type": "string", "enum": ["in_memory", "24h"]}, {"type": "null"}],
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
                        "response_format": {
                            "oneOf": [
                                {"$ref": "#/definitions/ResponseFormatText"},
                                {"$ref": "#/definitions/ResponseFormatJsonObject"},
                                {"$ref": "#/definitions/ResponseFormatJsonSchema"},
                            ]
                        },
                        "safety_identifier": {"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
                        "seed": {"deprecated": True, "anyOf": [{"type": "integer"}, {"type": "null"}]},
                        "service_tier": {
                            "anyOf": [
                                {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast"]},
                                {"type": "null"},
                            ]
                        },
                        "stop": {
                            "anyOf": [
                                {
                                    "anyOf": [
                                        {"type": "string"},
                                        {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                                    ]
                                },
                                {"type": "null"},
                            ]
                        },
                        "store": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "stream_options": {
                            "anyOf": [
                                {
                                    "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                    "type": "object",
                                    "properties": {
                                        "include_usage": {"type": "boolean"},
                                        "include_obfuscation": {"type": "boolean"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                        "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                        "tools": {
                            "type": "array",
                            "items": {
                                "oneOf": [
                                    {
                                        "x-sdk-type": ["chat.ChatCompletionToolParam"],
                                        "type": "object",
                                        "required": ["type", "function"],
                                        "properties": {
                                            "type": {"type": "string", "const": "function"},
                                            "function": {"$ref": "#/definitions/FunctionDefinition"},
                                        },
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "custom"],
                                        "properties": {
                                            "type": {"type": "string", "const": "custom"},
                                            "custom": {
                                                "type": "object",
                                                "required": ["name"],
                                                "properties": {
                                                    "name": {"type": "string"},
                                                    "format": {
                                                        "oneOf": [
                                                            {
                                                                "type": "object",
                                                                "required": ["type"],
                                                                "properties": {
                                                                    "type": {"type": "string", "const": "text"}
                                                                },
                                                            },
                                                            {
                                                                "type": "object",
                                                                "required": ["type", "grammar"],
                                                                "properties": {
                                                                    "type": {"type": "string", "const": "grammar"},
                                                                    "grammar": {
                                                                        "type": "object",
                                                                        "required": ["definition", "syntax"],
                                                                        "properties": {
                                                                            "definition": {"type": "string"},
                                                                            "syntax": {
                                                                                "type": "string",
                                                                                "enum": ["lark", "regex"],
                                                                            },
                                                                        },
                                                                    },
                                                                },
                                                            },
                                                        ]
                                                    },
                                                },
                                            },
                                        },
                                    },
                                ],
                                "discriminator": {"propertyName": "type"},
                            },
                        },
                        "tool_choice": {
                            "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                            "anyOf": [
                                {"type": "string", "enum": ["none", "auto", "required"]},
                                {"$ref": "#/definitions/ChatCompletionToolChoiceObject"},
                            ],
                        },
                        "verbosity": {
                            "anyOf": [{"type": "string", "enum": ["low", "medium", "high"]}, {"type": "null"}]
                        },
                        "web_search_options": {
                            "type": "object",
                            "properties": {
                                "search_context_size": {"type": "string", "enum": ["low", "medium", "high"]},
                                "user_location": {
                                    "anyOf": [
                                        {
                                            "type": "object",
                                            "required": ["type", "approximate"],
                                            "properties": {
                                                "type": {"type": "string", "const": "approximate"},
                                                "approximate": {
                                                    "type": "object",
                                                    "properties": {
                                                        "country": {"type": "string", "e.g. `US`.": None},
                                                        "region": {"type": "string"},
                                                        "city": {"type": "string"},
                                                        "timezone": {"type": "string"},
                                                    },
                                                },
                                            },
                                        },
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
                        "user": {"type": "string", "deprecated": True},
                        "function_call": {
                            "deprecated": True,
                            "anyOf": [
                                {"type": "string", "enum": ["none", "auto"]},
                                {
                                    "type": "object",
                                    "deprecated": True,
                                    "required": ["name"],
                                    "properties": {"name": {"type": "string"}},
                                },
                            ],
                        },
                        "functions": {
                            "deprecated": True,
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 128,
                            "items": {
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
                    "required": ["messages", "model"],
                },
                rule="required",
            )
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
                        "minItems": 1,
                        "items": {
                            "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                            "oneOf": [
                                {"$ref": "#/definitions/ChatCompletionRequestDeveloperMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                            ],
                        },
                    },
                    rule="type",
                )
            data__messages_is_list = isinstance(data__messages, (list, tuple))
            if data__messages_is_list:
                data__messages_len = len(data__messages)
                if data__messages_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".messages must contain at least 1 items",
                        value=data__messages,
                        name="" + (name_prefix or "data") + ".messages",
                        definition={
                            "type": "array",
                            "minItems": 1,
                            "items": {
                                "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                                "oneOf": [
                                    {"$ref": "#/definitions/ChatCompletionRequestDeveloperMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                                ],
                            },
                        },
                        rule="minItems",
                    )
                for data__messages_x, data__messages_item in enumerate(data__messages):
                    validate___definitions_chatcompletionrequestmessage(
                        data__messages_item,
                        custom_formats,
                        (name_prefix or "data") + ".messages[{data__messages_x}]".format(**locals()),
                    )
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
        if "audio" in data_keys:
            data_keys.remove("audio")
            data__audio = data["audio"]
            data__audio_any_of_count124 = 0
            if not data__audio_any_of_count124:
                try:
                    validate___definitions_chatcompletionaudioparam(
                        data__audio, custom_formats, (name_prefix or "data") + ".audio"
                    )
                    data__audio_any_of_count124 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__audio_any_of_count124:
                try:
                    if not isinstance(data__audio, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".audio must be null",
                            value=data__audio,
                            name="" + (name_prefix or "data") + ".audio",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__audio_any_of_count124 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__audio_any_of_count124:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".audio cannot be validated by any definition",
                    value=data__audio,
                    name="" + (name_prefix or "data") + ".audio",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["voice", "format"],
                                "properties": {
                                    "voice": {
                                        "anyOf": [
                                            {"type": "string"},
                                            {
                                                "type": "object",
                                                "required": ["id"],
                                                "properties": {"id": {"type": "string"}},
                                            },
                                        ]
                                    },
                                    "format": {
                                        "type": "string",
                                        "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"],
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "frequency_penalty" in data_keys:
            data_keys.remove("frequency_penalty")
            data__frequencypenalty = data["frequency_penalty"]
            data__frequencypenalty_any_of_count125 = 0
            if not data__frequencypenalty_any_of_count125:
                try:
                    if not isinstance(data__frequencypenalty, (int, float, Decimal)) or isinstance(
                        data__frequencypenalty, bool
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".frequency_penalty must be number",
                            value=data__frequencypenalty,
                            name="" + (name_prefix or "data") + ".frequency_penalty",
                            definition={"type": "number", "minimum": -2, "maximum": 2},
                            rule="type",
                        )
                    if isinstance(data__frequencypenalty, (int, float, Decimal)) and not isinstance(
                        data__frequencypenalty, bool
                    ):
                        if data__frequencypenalty < -2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".frequency_penalty must be bigger than or equal to -2",
                                value=data__frequencypenalty,
                                name="" + (name_prefix or "data") + ".frequency_penalty",
                                definition={"type": "number", "minimum": -2, "maximum": 2},
                                rule="minimum",
                            )
                        if data__frequencypenalty > 2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".frequency_penalty must be smaller than or equal to 2",
                                value=data__frequencypenalty,
                                name="" + (name_prefix or "data") + ".frequency_penalty",
                                definition={"type": "number", "minimum": -2, "maximum": 2},
                                rule="maximum",
                            )
                    data__frequencypenalty_any_of_count125 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count125:
                try:
                    if not isinstance(data__frequencypenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".frequency_penalty must be null",
                            value=data__frequencypenalty,
                            name="" + (name_prefix or "data") + ".frequency_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__frequencypenalty_any_of_count125 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count125:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".frequency_penalty cannot be validated by any definition",
                    value=data__frequencypenalty,
                    name="" + (name_prefix or "data") + ".frequency_penalty",
                    definition={"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "logit_bias" in data_keys:
            data_keys.remove("logit_bias")
            data__logitbias = data["logit_bias"]
            data__logitbias_any_of_count126 = 0
            if not data__logitbias_any_of_count126:
                try:
                    validate___definitions_logitbias(
                        data__logitbias, custom_formats, (name_prefix or "data") + ".logit_bias"
                    )
                    data__logitbias_any_of_count126 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count126:
                try:
                    if not isinstance(data__logitbias, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logit_bias must be null",
                            value=data__logitbias,
                            name="" + (name_prefix or "data") + ".logit_bias",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logitbias_any_of_count126 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count126:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".logit_bias cannot be validated by any definition",
                    value=data__logitbias,
                    name="" + (name_prefix or "data") + ".logit_bias",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100},
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "logprobs" in data_keys:
            data_keys.remove("logprobs")
            data__logprobs = data["logprobs"]
            data__logprobs_any_of_count127 = 0
            if not data__logprobs_any_of_count127:
                try:
                    if not isinstance(data__logprobs, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be boolean",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__logprobs_any_of_count127 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count127:
                try:
                    if not isinstance(data__logprobs, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be null",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logprobs_any_of_count127 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count127:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".logprobs cannot be validated by any definition",
                    value=data__logprobs,
                    name="" + (name_prefix or "data") + ".logprobs",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "top_logprobs" in data_keys:
            data_keys.remove("top_logprobs")
            data__toplogprobs = data["top_logprobs"]
            data__toplogprobs_any_of_count128 = 0
            if not data__toplogprobs_any_of_count128:
                try:
                    if (
                        not isinstance(data__toplogprobs, (int))
                        and not (isinstance(data__toplogprobs, float) and data__toplogprobs.is_integer())
                        or isinstance(data__toplogprobs, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_logprobs must be integer",
                            value=data__toplogprobs,
                            name="" + (name_prefix or "data") + ".top_logprobs",
                            definition={"type": "integer", "minimum": 0, "maximum": 20},
                            rule="type",
                        )
                    if isinstance(data__toplogprobs, (int, float, Decimal)) and not isinstance(data__toplogprobs, bool):
                        if data__toplogprobs < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".top_logprobs must be bigger than or equal to 0",
                                value=data__toplogprobs,
                                name="" + (name_prefix or "data") + ".top_logprobs",
                                definition={"type": "integer", "minimum": 0, "maximum": 20},
                                rule="minimum",
                            )
                        if data__toplogprobs > 20:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".top_logprobs must be smaller than or equal to 20",
                                value=data__toplogprobs,
                                name="" + (name_prefix or "data") + ".top_logprobs",
                                definition={"type": "integer", "minimum": 0, "maximum": 20},
                                rule="maximum",
                            )
                    data__toplogprobs_any_of_count128 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toplogprobs_any_of_count128:
                try:
                    if not isinstance(data__toplogprobs, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_logprobs must be null",
                            value=data__toplogprobs,
                            name="" + (name_prefix or "data") + ".top_logprobs",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toplogprobs_any_of_count128 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toplogprobs_any_of_count128:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_logprobs cannot be validated by any definition",
                    value=data__toplogprobs,
                    name="" + (name_prefix or "data") + ".top_logprobs",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_completion_tokens" in data_keys:
            data_keys.remove("max_completion_tokens")
            data__maxcompletiontokens = data["max_completion_tokens"]
            data__maxcompletiontokens_any_of_count129 = 0
            if not data__maxcompletiontokens_any_of_count129:
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
                            definition={"type": "integer", "minimum": 0},
                            rule="type",
                        )
                    if isinstance(data__maxcompletiontokens, (int, float, Decimal)) and not isinstance(
                        data__maxcompletiontokens, bool
                    ):
                        if data__maxcompletiontokens < 0:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".max_completion_tokens must be bigger than or equal to 0",
                                value=data__maxcompletiontokens,
                                name="" + (name_prefix or "data") + ".max_completion_tokens",
                                definition={"type": "integer", "minimum": 0},
                                rule="minimum",
                            )
                    data__maxcompletiontokens_any_of_count129 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count129:
                try:
                    if not isinstance(data__maxcompletiontokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_completion_tokens must be null",
                            value=data__maxcompletiontokens,
                            name="" + (name_prefix or "data") + ".max_completion_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxcompletiontokens_any_of_count129 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxcompletiontokens_any_of_count129:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_completion_tokens cannot be validated by any definition",
                    value=data__maxcompletiontokens,
                    name="" + (name_prefix or "data") + ".max_completion_tokens",
                    definition={"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_tokens" in data_keys:
            data_keys.remove("max_tokens")
            data__maxtokens = data["max_tokens"]
            data__maxtokens_any_of_count130 = 0
            if not data__maxtokens_any_of_count130:
                try:
                    if (
                        not isinstance(data__maxtokens, (int))
                        and not (isinstance(data__maxtokens, float) and data__maxtokens.is_integer())
                        or isinstance(data__maxtokens, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_tokens must be integer",
                            value=data__maxtokens,
                            name="" + (name_prefix or "data") + ".max_tokens",
                            definition={"type": "integer", "minimum": 0},
                            rule="type",
                        )
                    if isinstance(data__maxtokens, (int, float, Decimal)) and not isinstance(data__maxtokens, bool):
                        if data__maxtokens < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".max_tokens must be bigger than or equal to 0",
                                value=data__maxtokens,
                                name="" + (name_prefix or "data") + ".max_tokens",
                                definition={"type": "integer", "minimum": 0},
                                rule="minimum",
                            )
                    data__maxtokens_any_of_count130 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count130:
                try:
                    if not isinstance(data__maxtokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_tokens must be null",
                            value=data__maxtokens,
                            name="" + (name_prefix or "data") + ".max_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxtokens_any_of_count130 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count130:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_tokens cannot be validated by any definition",
                    value=data__maxtokens,
                    name="" + (name_prefix or "data") + ".max_tokens",
                    definition={"deprecated": True, "anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count131 = 0
            if not data__metadata_any_of_count131:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count131 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count131:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count131 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count131:
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
        if "modalities" in data_keys:
            data_keys.remove("modalities")
            data__modalities = data["modalities"]
            data__modalities_any_of_count132 = 0
            if not data__modalities_any_of_count132:
                try:
                    if not isinstance(data__modalities, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".modalities must be array",
                            value=data__modalities,
                            name="" + (name_prefix or "data") + ".modalities",
                            definition={"type": "array", "items": {"type": "string", "enum": ["text", "audio"]}},
                            rule="type",
                        )
                    data__modalities_is_list = isinstance(data__modalities, (list, tuple))
                    if data__modalities_is_list:
                        data__modalities_len = len(data__modalities)
                        for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                            if not isinstance(data__modalities_item, (str)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".modalities[{data__modalities_x}]".format(**locals())
                                    + " must be string",
                                    value=data__modalities_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".modalities[{data__modalities_x}]".format(**locals())
                                    + "",
                                    definition={"type": "string", "enum": ["text", "audio"]},
                                    rule="type",
                                )
                            if not (
                                isinstance(data__modalities_item, str)
                                and data__modalities_item == "text"
                                or isinstance(data__modalities_item, str)
                                and data__modalities_item == "audio"
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".modalities[{data__modalities_x}]".format(**locals())
                                    + " must be one of ['text', 'audio']",
                                    value=data__modalities_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".modalities[{data__modalities_x}]".format(**locals())
                                    + "",
                                    definition={"type": "string", "enum": ["text", "audio"]},
                                    rule="enum",
                                )
                    data__modalities_any_of_count132 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__modalities_any_of_count132:
                try:
                    if not isinstance(data__modalities, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".modalities must be null",
                            value=data__modalities,
                            name="" + (name_prefix or "data") + ".modalities",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__modalities_any_of_count132 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__modalities_any_of_count132:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".modalities cannot be validated by any definition",
                    value=data__modalities,
                    name="" + (name_prefix or "data") + ".modalities",
                    definition={
                        "anyOf": [
                            {"type": "array", "items": {"type": "string", "enum": ["text", "audio"]}},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "moderation" in data_keys:
            data_keys.remove("moderation")
            data__moderation = data["moderation"]
            data__moderation_any_of_count133 = 0
            if not data__moderation_any_of_count133:
                try:
                    validate___definitions_chatmoderationparam(
                        data__moderation, custom_formats, (name_prefix or "data") + ".moderation"
                    )
                    data__moderation_any_of_count133 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__moderation_any_of_count133:
                try:
                    if not isinstance(data__moderation, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".moderation must be null",
                            value=data__moderation,
                            name="" + (name_prefix or "data") + ".moderation",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__moderation_any_of_count133 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__moderation_any_of_count133:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".moderation cannot be validated by any definition",
                    value=data__moderation,
                    name="" + (name_prefix or "data") + ".moderation",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["model"],
                                "properties": {
                                    "model": {"type": "string"},
                                    "policy": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "properties": {
                                                    "input": {
                                                        "anyOf": [
                                                            {"$ref": "#/definitions/ModerationConfig"},
                                                            {"type": "null"},
                                                        ]
                                                    },
                                                    "output": {
                                                        "anyOf": [
                                                            {"$ref": "#/definitions/ModerationConfig"},
                                                            {"type": "null"},
                                                        ]
                                                    },
                                                },
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "n" in data_keys:
            data_keys.remove("n")
            data__n = data["n"]
            data__n_any_of_count134 = 0
            if not data__n_any_of_count134:
                try:
                    if (
                        not isinstance(data__n, (int))
                        and not (isinstance(data__n, float) and data__n.is_integer())
                        or isinstance(data__n, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be integer",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "integer", "minimum": 1, "maximum": 128},
                            rule="type",
                        )
                    if isinstance(data__n, (int, float, Decimal)) and not isinstance(data__n, bool):
                        if data__n < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n must be bigger than or equal to 1",
                                value=data__n,
                                name="" + (name_prefix or "data") + ".n",
                                definition={"type": "integer", "minimum": 1, "maximum": 128},
                                rule="minimum",
                            )
                        if data__n > 128:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n must be smaller than or equal to 128",
                                value=data__n,
                                name="" + (name_prefix or "data") + ".n",
                                definition={"type": "integer", "minimum": 1, "maximum": 128},
                                rule="maximum",
                            )
                    data__n_any_of_count134 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count134:
                try:
                    if not isinstance(data__n, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be null",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__n_any_of_count134 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count134:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n cannot be validated by any definition",
                    value=data__n,
                    name="" + (name_prefix or "data") + ".n",
                    definition={"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "parallel_tool_calls" in data_keys:
            data_keys.remove("parallel_tool_calls")
            data__paralleltoolcalls = data["parallel_tool_calls"]
            if not isinstance(data__paralleltoolcalls, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".parallel_tool_calls must be boolean",
                    value=data__paralleltoolcalls,
                    name="" + (name_prefix or "data") + ".parallel_tool_calls",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "prediction" in data_keys:
            data_keys.remove("prediction")
            data__prediction = data["prediction"]
            data__prediction_any_of_count135 = 0
            if not data__prediction_any_of_count135:
                try:
                    validate___definitions_predictioncontent(
                        data__prediction, custom_formats, (name_prefix or "data") + ".prediction"
                    )
                    data__prediction_any_of_count135 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prediction_any_of_count135:
                try:
                    if not isinstance(data__prediction, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prediction must be null",
                            value=data__prediction,
                            name="" + (name_prefix or "data") + ".prediction",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__prediction_any_of_count135 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prediction_any_of_count135:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prediction cannot be validated by any definition",
                    value=data__prediction,
                    name="" + (name_prefix or "data") + ".prediction",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type", "content"],
                                "properties": {
                                    "type": {"type": "string", "const": "content"},
                                    "content": {
                                        "anyOf": [
                                            {"type": "string"},
                                            {
                                                "type": "array",
                                                "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                                "minItems": 1,
                                            },
                                        ]
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "presence_penalty" in data_keys:
            data_keys.remove("presence_penalty")
            data__presencepenalty = data["presence_penalty"]
            data__presencepenalty_any_of_count136 = 0
            if not data__presencepenalty_any_of_count136:
                try:
                    if not isinstance(data__presencepenalty, (int, float, Decimal)) or isinstance(
                        data__presencepenalty, bool
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".presence_penalty must be number",
                            value=data__presencepenalty,
                            name="" + (name_prefix or "data") + ".presence_penalty",
                            definition={"type": "number", "minimum": -2, "maximum": 2},
                            rule="type",
                        )
                    if isinstance(data__presencepenalty, (int, float, Decimal)) and not isinstance(
                        data__presencepenalty, bool
                    ):
                        if data__presencepenalty < -2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".presence_penalty must be bigger than or equal to -2",
                                value=data__presencepenalty,
                                name="" + (name_prefix or "data") + ".presence_penalty",
                                definition={"type": "number", "minimum": -2, "maximum": 2},
                                rule="minimum",
                            )
                        if data__presencepenalty > 2:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".presence_penalty must be smaller than or equal to 2",
                                value=data__presencepenalty,
                                name="" + (name_prefix or "data") + ".presence_penalty",
                                definition={"type": "number", "minimum": -2, "maximum": 2},
                                rule="maximum",
                            )
                    data__presencepenalty_any_of_count136 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count136:
                try:
                    if not isinstance(data__presencepenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".presence_penalty must be null",
                            value=data__presencepenalty,
                            name="" + (name_prefix or "data") + ".presence_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__presencepenalty_any_of_count136 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count136:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".presence_penalty cannot be validated by any definition",
                    value=data__presencepenalty,
                    name="" + (name_prefix or "data") + ".presence_penalty",
                    definition={"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "prompt_cache_key" in data_keys:
            data_keys.remove("prompt_cache_key")
            data__promptcachekey = data["prompt_cache_key"]
            data__promptcachekey_any_of_count137 = 0
            if not data__promptcachekey_any_of_count137:
                try:
                    if not isinstance(data__promptcachekey, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt_cache_key must be string",
                            value=data__promptcachekey,
                            name="" + (name_prefix or "data") + ".prompt_cache_key",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__promptcachekey_any_of_count137 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__promptcachekey_any_of_count137:
                try:
                    if not isinstance(data__promptcachekey, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt_cache_key must be null",
                            value=data__promptcachekey,
                            name="" + (name_prefix or "data") + ".prompt_cache_key",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__promptcachekey_any_of_count137 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__promptcachekey_any_of_count137:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prompt_cache_key cannot be validated by any definition",
                    value=data__promptcachekey,
                    name="" + (name_prefix or "data") + ".prompt_cache_key",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "prompt_cache_options" in data_keys:
            data_keys.remove("prompt_cache_options")
            data__promptcacheoptions = data["prompt_cache_options"]
            validate___definitions_promptcacheoptions(
                data__promptcacheoptions, custom_formats, (name_prefix or "data") + ".prompt_cache_options"
            )
        if "prompt_cache_retention" in data_keys:
            data_keys.remove("prompt_cache_retention")
            data__promptcacheretention = data["prompt_cache_retention"]
            data__promptcacheretention_any_of_count138 = 0
            if not data__promptcacheretention_any_of_count138:
                try:
                    if not isinstance(data__promptcacheretention, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt_cache_retention must be string",
                            value=data__promptcacheretention,
                            name="" + (name_prefix or "data") + ".prompt_cache_retention",
                            definition={"type": "string", "enum": ["in_memory", "24h"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__promptcacheretention, str)
                        and data__promptcacheretention == "in_memory"
                        or isinstance(data__promptcacheretention, str)
                        and data__promptcacheretention == "24h"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".prompt_cache_retention must be one of ['in_memory', '24h']",
                            value=data__promptcacheretention,
                            name="" + (name_prefix or "data") + ".prompt_cache_retention",
                            definition={"type": "string", "enum": ["in_memory", "24h"]},
                            rule="enum",
                        )
                    data__promptcacheretention_any_of_count138 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__promptcacheretention_any_of_count138:
                try:
                    if not isinstance(data__promptcacheretention, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt_cache_retention must be null",
                            value=data__promptcacheretention,
                            name="" + (name_prefix or "data") + ".prompt_cache_retention",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__promptcacheretention_any_of_count138 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__promptcacheretention_any_of_count138:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prompt_cache_retention cannot be validated by any definition",
                    value=data__promptcacheretention,
                    name="" + (name_prefix or "data") + ".prompt_cache_retention",
                    definition={
                        "deprecated": True,
                        "anyOf": [{"type": "string", "enum": ["in_memory", "24h"]}, {"type": "null"}],
                    },
                    rule="anyOf",
                )
        if "reasoning_effort" in data_keys:
            data_keys.remove("reasoning_effort")
            data__reasoningeffort = data["reasoning_effort"]
            data__reasoningeffort_any_of_count139 = 0
            if not data__reasoningeffort_any_of_count139:
                try:
                    if not isinstance(data__reasoningeffort, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".reasoning_effort must be string",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={
                                "type": "string",
                                "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "none"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "minimal"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "low"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "medium"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "high"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "xhigh"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "max"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reasoning_effort must be one of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={
                                "type": "string",
                                "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                            },
                            rule="enum",
                        )
                    data__reasoningeffort_any_of_count139 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__reasoningeffort_any_of_count139:
                try:
                    if not isinstance(data__reasoningeffort, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".reasoning_effort must be null",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__reasoningeffort_any_of_count139 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__reasoningeffort_any_of_count139:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reasoning_effort cannot be validated by any definition",
                    value=data__reasoningeffort,
                    name="" + (name_prefix or "data") + ".reasoning_effort",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            validate___definitions_responseformat(
                data__responseformat, custom_formats, (name_prefix or "data") + ".response_format"
            )
        if "safety_identifier" in data_keys:
            data_keys.remove("safety_identifier")
            data__safetyidentifier = data["safety_identifier"]
            data__safetyidentifier_any_of_count140 = 0
            if not data__safetyidentifier_any_of_count140:
                try:
                    if not isinstance(data__safetyidentifier, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".safety_identifier must be string",
                            value=data__safetyidentifier,
                            name="" + (name_prefix or "data") + ".safety_identifier",
                            definition={"type": "string", "maxLength": 64},
                            rule="type",
                        )
                    if isinstance(data__safetyidentifier, str):
                        data__safetyidentifier_len = len(data__safetyidentifier)
                        if data__safetyidentifier_len > 64:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".safety_identifier must be shorter than or equal to 64 characters",
                                value=data__safetyidentifier,
                                name="" + (name_prefix or "data") + ".safety_identifier",
                                definition={"type": "string", "maxLength": 64},
                                rule="maxLength",
                            )
                    data__safetyidentifier_any_of_count140 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__safetyidentifier_any_of_count140:
                try:
                    if not isinstance(data__safetyidentifier, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".safety_identifier must be null",
                            value=data__safetyidentifier,
                            name="" + (name_prefix or "data") + ".safety_identifier",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__safetyidentifier_any_of_count140 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__safetyidentifier_any_of_count140:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".safety_identifier cannot be validated by any definition",
                    value=data__safetyidentifier,
                    name="" + (name_prefix or "data") + ".safety_identifier",
                    definition={"anyOf": [{"type": "string", "maxLength": 64}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "seed" in data_keys:
            data_keys.remove("seed")
            data__seed = data["seed"]
            data__seed_any_of_count141 = 0
            if not data__seed_any_of_count141:
                try:
                    if (
                        not isinstance(data__seed, (int))
                        and not (isinstance(data__seed, float) and data__seed.is_integer())
                        or isinstance(data__seed, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be integer",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "integer"},
                            rule="type",
                        )
                    data__seed_any_of_count141 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count141:
                try:
                    if not isinstance(data__seed, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be null",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__seed_any_of_count141 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count141:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".seed cannot be validated by any definition",
                    value=data__seed,
                    name="" + (name_prefix or "data") + ".seed",
                    definition={"deprecated": True, "anyOf": [{"type": "integer"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "service_tier" in data_keys:
            data_keys.remove("service_tier")
            data__servicetier = data["service_tier"]
            data__servicetier_any_of_count142 = 0
            if not data__servicetier_any_of_count142:
                try:
                    if not isinstance(data__servicetier, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".service_tier must be string",
                            value=data__servicetier,
                            name="" + (name_prefix or "data") + ".service_tier",
                            definition={
                                "type": "string",
                                "enum": ["auto", "default", "flex", "scale", "priority", "fast"],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__servicetier, str)
                        and data__servicetier == "auto"
                        or isinstance(data__servicetier, str)
                        and data__servicetier == "default"
                        or isinstance(data__servicetier, str)
                        and data__servicetier == "flex"
                        or isinstance(data__servicetier, str)
                        and data__servicetier == "scale"
                        or isinstance(data__servicetier, str)
                        and data__servicetier == "priority"
                        or isinstance(data__servicetier, str)
                        and data__servicetier == "fast"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".service_tier must be one of ['auto', 'default', 'flex', 'scale', 'priority', 'fast']",
                            value=data__servicetier,
                            name="" + (name_prefix or "data") + ".service_tier",
                            definition={
                                "type": "string",
                                "enum": ["auto", "default", "flex", "scale", "priority", "fast"],
                            },
                            rule="enum",
                        )
                    data__servicetier_any_of_count142 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__servicetier_any_of_count142:
                try:
                    if not isinstance(data__servicetier, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".service_tier must be null",
                            value=data__servicetier,
                            name="" + (name_prefix or "data") + ".service_tier",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__servicetier_any_of_count142 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__servicetier_any_of_count142:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".service_tier cannot be validated by any definition",
                    value=data__servicetier,
                    name="" + (name_prefix or "data") + ".service_tier",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast"]},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "stop" in data_keys:
            data_keys.remove("stop")
            data__stop = data["stop"]
            data__stop_any_of_count143 = 0
            if not data__stop_any_of_count143:
                try:
                    validate___definitions_stopsequences(data__stop, custom_formats, (name_prefix or "data") + ".stop")
                    data__stop_any_of_count143 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count143:
                try:
                    if not isinstance(data__stop, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stop must be null",
                            value=data__stop,
                            name="" + (name_prefix or "data") + ".stop",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stop_any_of_count143 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count143:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stop cannot be validated by any definition",
                    value=data__stop,
                    name="" + (name_prefix or "data") + ".stop",
                    definition={
                        "anyOf": [
                            {
                                "anyOf": [
                                    {"type": "string"},
                                    {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 4},
                                ]
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "store" in data_keys:
            data_keys.remove("store")
            data__store = data["store"]
            data__store_any_of_count144 = 0
            if not data__store_any_of_count144:
                try:
                    if not isinstance(data__store, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".store must be boolean",
                            value=data__store,
                            name="" + (name_prefix or "data") + ".store",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__store_any_of_count144 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__store_any_of_count144:
                try:
                    if not isinstance(data__store, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".store must be null",
                            value=data__store,
                            name="" + (name_prefix or "data") + ".store",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__store_any_of_count144 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__store_any_of_count144:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".store cannot be validated by any definition",
                    value=data__store,
                    name="" + (name_prefix or "data") + ".store",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            data__stream_any_of_count145 = 0
            if not data__stream_any_of_count145:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count145 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count145:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count145 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count145:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream cannot be validated by any definition",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "stream_options" in data_keys:
            data_keys.remove("stream_options")
            data__streamoptions = data["stream_options"]
            data__streamoptions_any_of_count146 = 0
            if not data__streamoptions_any_of_count146:
                try:
                    validate___definitions_streamoptions(
                        data__streamoptions, custom_formats, (name_prefix or "data") + ".stream_options"
                    )
                    data__streamoptions_any_of_count146 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count146:
                try:
                    if not isinstance(data__streamoptions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream_options must be null",
                            value=data__streamoptions,
                            name="" + (name_prefix or "data") + ".stream_options",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__streamoptions_any_of_count146 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count146:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream_options cannot be validated by any definition",
                    value=data__streamoptions,
                    name="" + (name_prefix or "data") + ".stream_options",
                    definition={
                        "anyOf": [
                            {
                                "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                "type": "object",
                                "properties": {
                                    "include_usage": {"type": "boolean"},
                                    "include_obfuscation": {"type": "boolean"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            data__temperature_any_of_count147 = 0
            if not data__temperature_any_of_count147:
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
                    data__temperature_any_of_count147 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count147:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count147 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count147:
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
            data__topp_any_of_count148 = 0
            if not data__topp_any_of_count148:
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
                    data__topp_any_of_count148 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count148:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count148 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count148:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_p cannot be validated by any definition",
                    value=data__topp,
                    name="" + (name_prefix or "data") + ".top_p",
                    definition={"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
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
                        "items": {
                            "oneOf": [
                                {
                                    "x-sdk-type": ["chat.ChatCompletionToolParam"],
                                    "type": "object",
                                    "required": ["type", "function"],
                                    "properties": {
                                        "type": {"type": "string", "const": "function"},
                                        "function": {"$ref": "#/definitions/FunctionDefinition"},
                                    },
                                },
                                {
                                    "type": "object",
                                    "required": ["type", "custom"],
                                    "properties": {
                                        "type": {"type": "string", "const": "custom"},
                                        "custom": {
                                            "type": "object",
                                            "required": ["name"],
                                            "properties": {
                                                "name": {"type": "string"},
                                                "format": {
                                                    "oneOf": [
                                                        {
                                                            "type": "object",
                                                            "required": ["type"],
                                                            "properties": {"type": {"type": "string", "const": "text"}},
                                                        },
                                                        {
                                                            "type": "object",
                                                            "required": ["type", "grammar"],
                                                            "properties": {
                                                                "type": {"type": "string", "const": "grammar"},
                                                                "grammar": {
                                                                    "type": "object",
                                                                    "required": ["definition", "syntax"],
                                                                    "properties": {
                                                                        "definition": {"type": "string"},
                                                                        "syntax": {
                                                                            "type": "string",
                                                                            "enum": ["lark", "regex"],
                                                                        },
                                                                    },
                                                                },
                                                            },
                                                        },
                                                    ]
                                                },
                                            },
                                        },
                                    },
                                },
                            ],
                            "discriminator": {"propertyName": "type"},
                        },
                    },
                    rule="type",
                )
            data__tools_is_list = isinstance(data__tools, (list, tuple))
            if data__tools_is_list:
                data__tools_len = len(data__tools)
                for data__tools_x, data__tools_item in enumerate(data__tools):
                    data__tools_item_one_of_count149 = 0
                    if data__tools_item_one_of_count149 < 2:
                        try:
                            validate___definitions_chatcompletiontool(
                                data__tools_item,
                                custom_formats,
                                (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()),
                            )
                            data__tools_item_one_of_count149 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__tools_item_one_of_count149 < 2:
                        try:
                            validate___definitions_chatcompletioncustomtool(
                                data__tools_item,
                                custom_formats,
                                (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()),
                            )
                            data__tools_item_one_of_count149 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__tools_item_one_of_count149 != 1:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".tools[{data__tools_x}]".format(**locals())
                            + " must be valid exactly by one definition"
                            + (" (" + str(data__tools_item_one_of_count149) + " matches found)"),
                            value=data__tools_item,
                            name="" + (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()) + "",
                            definition={
                                "oneOf": [
                                    {
                                        "x-sdk-type": ["chat.ChatCompletionToolParam"],
                                        "type": "object",
                                        "required": ["type", "function"],
                                        "properties": {
                                            "type": {"type": "string", "const": "function"},
                                            "function": {"$ref": "#/definitions/FunctionDefinition"},
                                        },
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "custom"],
                                        "properties": {
                                            "type": {"type": "string", "const": "custom"},
                                            "custom": {
                                                "type": "object",
                                                "required": ["name"],
                                                "properties": {
                                                    "name": {"type": "string"},
                                                    "format": {
                                                        "oneOf": [
                                                            {
                                                                "type": "object",
                                                                "required": ["type"],
                                                                "properties": {
                                                                    "type": {"type": "string", "const": "text"}
                                                                },
                                                            },
                                                            {
                                                                "type": "object",
                                                                "required": ["type", "grammar"],
                                                                "properties": {
                                                                    "type": {"type": "string", "const": "grammar"},
                                                                    "grammar": {
                                                                        "type": "object",
                                                                        "required": ["definition", "syntax"],
                                                                        "properties": {
                                                                            "definition": {"type": "string"},
                                                                            "syntax": {
                                                                                "type": "string",
                                                                                "enum": ["lark", "regex"],
                                                                            },
                                                                        },
                                                                    },
                                                                },
                                                            },
                                                        ]
                                                    },
                                                },
                                            },
                                        },
                                    },
                                ],
                                "discriminator": {"propertyName": "type"},
                            },
                            rule="oneOf",
                        )
        if "tool_choice" in data_keys:
            data_keys.remove("tool_choice")
            data__toolchoice = data["tool_choice"]
            validate___definitions_chatcompletiontoolchoiceoption(
                data__toolchoice, custom_formats, (name_prefix or "data") + ".tool_choice"
            )
        if "verbosity" in data_keys:
            data_keys.remove("verbosity")
            data__verbosity = data["verbosity"]
            data__verbosity_any_of_count150 = 0
            if not data__verbosity_any_of_count150:
                try:
                    if not isinstance(data__verbosity, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".verbosity must be string",
                            value=data__verbosity,
                            name="" + (name_prefix or "data") + ".verbosity",
                            definition={"type": "string", "enum": ["low", "medium", "high"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__verbosity, str)
                        and data__verbosity == "low"
                        or isinstance(data__verbosity, str)
                        and data__verbosity == "medium"
                        or isinstance(data__verbosity, str)
                        and data__verbosity == "high"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".verbosity must be one of ['low', 'medium', 'high']",
                            value=data__verbosity,
                            name="" + (name_prefix or "data") + ".verbosity",
                            definition={"type": "string", "enum": ["low", "medium", "high"]},
                            rule="enum",
                        )
                    data__verbosity_any_of_count150 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__verbosity_any_of_count150:
                try:
                    if not isinstance(data__verbosity, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".verbosity must be null",
                            value=data__verbosity,
                            name="" + (name_prefix or "data") + ".verbosity",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__verbosity_any_of_count150 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__verbosity_any_of_count150:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".verbosity cannot be validated by any definition",
                    value=data__verbosity,
                    name="" + (name_prefix or "data") + ".verbosity",
                    definition={"anyOf": [{"type": "string", "enum": ["low", "medium", "high"]}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "web_search_options" in data_keys:
            data_keys.remove("web_search_options")
            data__websearchoptions = data["web_search_options"]
            validate___definitions_websearchoptions(
                data__websearchoptions, custom_formats, (name_prefix or "data") + ".web_search_options"
            )
        if "user" in data_keys:
            data_keys.remove("user")
            data__user = data["user"]
            if not isinstance(data__user, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user must be string",
                    value=data__user,
                    name="" + (name_prefix or "data") + ".user",
                    definition={"type": "string", "deprecated": True},
                    rule="type",
                )
        if "function_call" in data_keys:
            data_keys.remove("function_call")
            data__functioncall = data["function_call"]
            data__functioncall_any_of_count151 = 0
            if not data__functioncall_any_of_count151:
                try:
                    if not isinstance(data__functioncall, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".function_call must be string",
                            value=data__functioncall,
                            name="" + (name_prefix or "data") + ".function_call",
                            definition={"type": "string", "enum": ["none", "auto"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__functioncall, str)
                        and data__functioncall == "none"
                        or isinstance(data__functioncall, str)
                        and data__functioncall == "auto"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".function_call must be one of ['none', 'auto']",
                            value=data__functioncall,
                            name="" + (name_prefix or "data") + ".function_call",
                            definition={"type": "string", "enum": ["none", "auto"]},
                            rule="enum",
                        )
                    data__functioncall_any_of_count151 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count151:
                try:
                    validate___definitions_chatcompletionfunctioncalloption(
                        data__functioncall, custom_formats, (name_prefix or "data") + ".function_call"
                    )
                    data__functioncall_any_of_count151 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count151:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".function_call cannot be validated by any definition",
                    value=data__functioncall,
                    name="" + (name_prefix or "data") + ".function_call",
                    definition={
                        "deprecated": True,
                        "anyOf": [
                            {"type": "string", "enum": ["none", "auto"]},
                            {
                                "type": "object",
                                "deprecated": True,
                                "required": ["name"],
                                "properties": {"name": {"type": "string"}},
                            },
                        ],
                    },
                    rule="anyOf",
                )
        if "functions" in data_keys:
            data_keys.remove("functions")
            data__functions = data["functions"]
            if not isinstance(data__functions, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".functions must be array",
                    value=data__functions,
                    name="" + (name_prefix or "data") + ".functions",
                    definition={
                        "deprecated": True,
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 128,
                        "items": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                "parameters": {"type": "object", "additionalProperties": True},
                                "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                            },
                        },
                    },
                    rule="type",
                )
            data__functions_is_list = isinstance(data__functions, (list, tuple))
            if data__functions_is_list:
                data__functions_len = len(data__functions)
                if data__functions_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".functions must contain at least 1 items",
                        value=data__functions,
                        name="" + (name_prefix or "data") + ".functions",
                        definition={
                            "deprecated": True,
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 128,
                            "items": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                    "parameters": {"type": "object", "additionalProperties": True},
                                    "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                                },
                            },
                        },
                        rule="minItems",
                    )
                if data__functions_len > 128:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".functions must contain less than or equal to 128 items",
                        value=data__functions,
                        name="" + (name_prefix or "data") + ".functions",
                        definition={
                            "deprecated": True,
                            "type": "array",
                            "minItems": 1,
                            "maxItems": 128,
                            "items": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                                    "parameters": {"type": "object", "additionalProperties": True},
                                    "strict": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                                },
                            },
                        },
                        rule="maxItems",
                    )
                for data__functions_x, data__functions_item in enumerate(data__functions):
                    validate___definitions_functiondefinition(
                        data__functions_item,
                        custom_formats,
                        (name_prefix or "data") + ".functions[{data__functions_x}]".format(**locals()),
                    )
    return data


def validate___definitions_chatcompletionallowedtoolschoice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "allowed_tools"],
                "properties": {
                    "type": {"type": "string", "const": "allowed_tools"},
                    "allowed_tools": {
                        "type": "object",
                        "required": ["mode", "tools"],
                        "properties": {
                            "mode": {"type": "string", "enum": ["auto", "required"]},
                            "tools": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "allowed_tools"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "allowed_tools"],
                    "properties": {
                        "type": {"type": "string", "const": "allowed_tools"},
                        "allowed_tools": {
                            "type": "object",
                            "required": ["mode", "tools"],
                            "properties": {
                                "mode": {"type": "string", "enum": ["auto", "required"]},
                                "tools": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
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
                    definition={"type": "string", "const": "allowed_tools"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "allowed_tools"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: allowed_tools",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "allowed_tools"},
                    rule="const",
                )
        if "allowed_tools" in data_keys:
            data_keys.remove("allowed_tools")
            data__allowedtools = data["allowed_tools"]
            if not isinstance(data__allowedtools, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".allowed_tools must be object",
                    value=data__allowedtools,
                    name="" + (name_prefix or "data") + ".allowed_tools",
                    definition={
                        "type": "object",
                        "required": ["mode", "tools"],
                        "properties": {
                            "mode": {"type": "string", "enum": ["auto", "required"]},
                            "tools": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
                        },
                    },
                    rule="type",
                )
            data__allowedtools_is_dict = isinstance(data__allowedtools, dict)
            if data__allowedtools_is_dict:
                data__allowedtools__missing_keys = set(["mode", "tools"]) - data__allowedtools.keys()
                if data__allowedtools__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".allowed_tools must contain "
                        + (str(sorted(data__allowedtools__missing_keys)) + " properties"),
                        value=data__allowedtools,
                        name="" + (name_prefix or "data") + ".allowed_tools",
                        definition={
                            "type": "object",
                            "required": ["mode", "tools"],
                            "properties": {
                                "mode": {"type": "string", "enum": ["auto", "required"]},
                                "tools": {"type": "array", "items": {"type": "object", "additionalProperties": True}},
                            },
                        },
                        rule="required",
                    )
                data__allowedtools_keys = set(data__allowedtools.keys())
                if "mode" in data__allowedtools_keys:
                    data__allowedtools_keys.remove("mode")
                    data__allowedtools__mode = data__allowedtools["mode"]
                    if not isinstance(data__allowedtools__mode, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".allowed_tools.mode must be string",
                            value=data__allowedtools__mode,
                            name="" + (name_prefix or "data") + ".allowed_tools.mode",
                            definition={"type": "string", "enum": ["auto", "required"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__allowedtools__mode, str)
                        and data__allowedtools__mode == "auto"
                        or isinstance(data__allowedtools__mode, str)
                        and data__allowedtools__mode == "required"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".allowed_tools.mode must be one of ['auto', 'required']",
                            value=data__allowedtools__mode,
                            name="" + (name_prefix or "data") + ".allowed_tools.mode",
                            definition={"type": "string", "enum": ["auto", "required"]},
                            rule="enum",
                        )
                if "tools" in data__allowedtools_keys:
                    data__allowedtools_keys.remove("tools")
                    data__allowedtools__tools = data__allowedtools["tools"]
                    if not isinstance(data__allowedtools__tools, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".allowed_tools.tools must be array",
                            value=data__allowedtools__tools,
                            name="" + (name_prefix or "data") + ".allowed_tools.tools",
                            definition={"type": "array", "items": {"type": "object", "additionalProperties": True}},
                            rule="type",
                        )
                    data__allowedtools__tools_is_list = isinstance(data__allowedtools__tools, (list, tuple))
                    if data__allowedtools__tools_is_list:
                        data__allowedtools__tools_len = len(data__allowedtools__tools)
                        for data__allowedtools__tools_x, data__allowedtools__tools_item in enumerate(
                            data__allowedtools__tools
                        ):
                            if not isinstance(data__allowedtools__tools_item, (dict)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".allowed_tools.tools[{data__allowedtools__tools_x}]".format(**locals())
                                    + " must be object",
                                    value=data__allowedtools__tools_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".allowed_tools.tools[{data__allowedtools__tools_x}]".format(**locals())
                                    + "",
                                    definition={"type": "object", "additionalProperties": True},
                                    rule="type",
                                )
                            data__allowedtools__tools_item_is_dict = isinstance(data__allowedtools__tools_item, dict)
                            if data__allowedtools__tools_item_is_dict:
                                data__allowedtools__tools_item_keys = set(data__allowedtools__tools_item.keys())
    return data


def validate___definitions_chatcompletionassistantcontentpart(data, custom_formats={}, name_prefix=None):
    data_one_of_count171 = 0
    if data_one_of_count171 < 2:
        try:
            validate___definitions_chatcompletioncontentparttext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count171 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count171 < 2:
        try:
            validate___definitions_chatcompletioncontentpartrefusal(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count171 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count171 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count171) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                        "type": "object",
                        "required": ["type", "text"],
                        "properties": {
                            "type": {"type": "string", "const": "text"},
                            "text": {"type": "string"},
                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "refusal"],
                        "properties": {"type": {"type": "string", "const": "refusal"}, "refusal": {"type": "string"}},
                    },
                ]
            },
            rule="oneOf",
        )
    return data


def validate___definitions_chatcompletionaudioparam(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["voice", "format"],
                "properties": {
                    "voice": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                        ]
                    },
                    "format": {"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["voice", "format"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["voice", "format"],
                    "properties": {
                        "voice": {
                            "anyOf": [
                                {"type": "string"},
                                {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            ]
                        },
                        "format": {"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "voice" in data_keys:
            data_keys.remove("voice")
            data__voice = data["voice"]
            data__voice_any_of_count162 = 0
            if not data__voice_any_of_count162:
                try:
                    if not isinstance(data__voice, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".voice must be string",
                            value=data__voice,
                            name="" + (name_prefix or "data") + ".voice",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__voice_any_of_count162 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__voice_any_of_count162:
                try:
                    if not isinstance(data__voice, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".voice must be object",
                            value=data__voice,
                            name="" + (name_prefix or "data") + ".voice",
                            definition={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            rule="type",
                        )
                    data__voice_is_dict = isinstance(data__voice, dict)
                    if data__voice_is_dict:
                        data__voice__missing_keys = set(["id"]) - data__voice.keys()
                        if data__voice__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".voice must contain "
                                + (str(sorted(data__voice__missing_keys)) + " properties"),
                                value=data__voice,
                                name="" + (name_prefix or "data") + ".voice",
                                definition={
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "string"}},
                                },
                                rule="required",
                            )
                        data__voice_keys = set(data__voice.keys())
                        if "id" in data__voice_keys:
                            data__voice_keys.remove("id")
                            data__voice__id = data__voice["id"]
                            if not isinstance(data__voice__id, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".voice.id must be string",
                                    value=data__voice__id,
                                    name="" + (name_prefix or "data") + ".voice.id",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                    data__voice_any_of_count162 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__voice_any_of_count162:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".voice cannot be validated by any definition",
                    value=data__voice,
                    name="" + (name_prefix or "data") + ".voice",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                        ]
                    },
                    rule="anyOf",
                )
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not isinstance(data__format, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".format must be string",
                    value=data__format,
                    name="" + (name_prefix or "data") + ".format",
                    definition={"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]},
                    rule="type",
                )
            if not (
                isinstance(data__format, str)
                and data__format == "wav"
                or isinstance(data__format, str)
                and data__format == "aac"
                or isinstance(data__format, str)
                and data__format == "mp3"
                or isinstance(data__format, str)
                and data__format == "flac"
                or isinstance(data__format, str)
                and data__format == "opus"
                or isinstance(data__format, str)
                and data__format == "pcm16"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".format must be one of ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16']",
                    value=data__format,
                    name="" + (name_prefix or "data") + ".format",
                    definition={"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]},
                    rule="enum",
                )
    return data


def validate___definitions_chatcompletioncontentpart(data, custom_formats={}, name_prefix=None):
    data_one_of_count173 = 0
    if data_one_of_count173 < 2:
        try:
            validate___definitions_chatcompletioncontentparttext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count173 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count173 < 2:
        try:
            validate___definitions_chatcompletioncontentpartimage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count173 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count173 < 2:
        try:
            validate___definitions_chatcompletioncontentpartaudio(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count173 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count173 < 2:
        try:
            validate___definitions_chatcompletioncontentpartfile(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count173 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count173 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count173) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                        "type": "object",
                        "required": ["type", "text"],
                        "properties": {
                            "type": {"type": "string", "const": "text"},
                            "text": {"type": "string"},
                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
                        "type": "object",
                        "required": ["type", "image_url"],
                        "properties": {
                            "type": {"type": "string", "const": "image_url"},
                            "image_url": {"$ref": "#/definitions/ImageUrl"},
                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "input_audio"],
                        "properties": {
                            "type": {"type": "string", "const": "input_audio"},
                            "input_audio": {
                                "type": "object",
                                "required": ["data", "format"],
                                "properties": {
                                    "data": {"type": "string", "base64-encoded.": None},
                                    "format": {"type": "string", "enum": ["wav", "mp3"]},
                                },
                            },
                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "file"],
                        "properties": {
                            "type": {"type": "string", "const": "file"},
                            "file": {
                                "type": "object",
                                "properties": {
                                    "filename": {"type": "string", "with inline `file_data`.": None},
                                    "file_data": {"type": "string"},
                                    "file_id": {"type": "string"},
                                },
                            },
                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                        },
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_chatcompletioncontentpartaudio(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "input_audio"],
                "properties": {
                    "type": {"type": "string", "const": "input_audio"},
                    "input_audio": {
                        "type": "object",
                        "required": ["data", "format"],
                        "properties": {
                            "data": {"type": "string", "base64-encoded.": None},
                            "format": {"type": "string", "enum": ["wav", "mp3"]},
                        },
                    },
                    "prompt_cache_breakpoint": {
                        "type": "object",
                        "required": ["mode"],
                        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "input_audio"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "input_audio"],
                    "properties": {
                        "type": {"type": "string", "const": "input_audio"},
                        "input_audio": {
                            "type": "object",
                            "required": ["data", "format"],
                            "properties": {
                                "data": {"type": "string", "base64-encoded.": None},
                                "format": {"type": "string", "enum": ["wav", "mp3"]},
                            },
                        },
                        "prompt_cache_breakpoint": {
                            "type": "object",
                            "required": ["mode"],
                            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
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
                    definition={"type": "string", "const": "input_audio"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "input_audio"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: input_audio",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "input_audio"},
                    rule="const",
                )
        if "input_audio" in data_keys:
            data_keys.remove("input_audio")
            data__inputaudio = data["input_audio"]
            if not isinstance(data__inputaudio, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input_audio must be object",
                    value=data__inputaudio,
                    name="" + (name_prefix or "data") + ".input_audio",
                    definition={
                        "type": "object",
                        "required": ["data", "format"],
                        "properties": {
                            "data": {"type": "string", "base64-encoded.": None},
                            "format": {"type": "string", "enum": ["wav", "mp3"]},
                        },
                    },
                    rule="type",
                )
            data__inputaudio_is_dict = isinstance(data__inputaudio, dict)
            if data__inputaudio_is_dict:
                data__inputaudio__missing_keys = set(["data", "format"]) - data__inputaudio.keys()
                if data__inputaudio__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".input_audio must contain "
                        + (str(sorted(data__inputaudio__missing_keys)) + " properties"),
                        value=data__inputaudio,
                        name="" + (name_prefix or "data") + ".input_audio",
                        definition={
                            "type": "object",
                            "required": ["data", "format"],
                            "properties": {
                                "data": {"type": "string", "base64-encoded.": None},
                                "format": {"type": "string", "enum": ["wav", "mp3"]},
                            },
                        },
                        rule="required",
                    )
                data__inputaudio_keys = set(data__inputaudio.keys())
                if "data" in data__inputaudio_keys:
                    data__inputaudio_keys.remove("data")
                    data__inputaudio__data = data__inputaudio["data"]
                    if not isinstance(data__inputaudio__data, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input_audio.data must be string",
                            value=data__inputaudio__data,
                            name="" + (name_prefix or "data") + ".input_audio.data",
                            definition={"type": "string", "base64-encoded.": None},
                            rule="type",
                        )
                if "format" in data__inputaudio_keys:
                    data__inputaudio_keys.remove("format")
                    data__inputaudio__format = data__inputaudio["format"]
                    if not isinstance(data__inputaudio__format, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input_audio.format must be string",
                            value=data__inputaudio__format,
                            name="" + (name_prefix or "data") + ".input_audio.format",
                            definition={"type": "string", "enum": ["wav", "mp3"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__inputaudio__format, str)
                        and data__inputaudio__format == "wav"
                        or isinstance(data__inputaudio__format, str)
                        and data__inputaudio__format == "mp3"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input_audio.format must be one of ['wav', 'mp3']",
                            value=data__inputaudio__format,
                            name="" + (name_prefix or "data") + ".input_audio.format",
                            definition={"type": "string", "enum": ["wav", "mp3"]},
                            rule="enum",
                        )
        if "prompt_cache_breakpoint" in data_keys:
            data_keys.remove("prompt_cache_breakpoint")
            data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
            validate___definitions_promptcachebreakpoint(
                data__promptcachebreakpoint, custom_formats, (name_prefix or "data") + ".prompt_cache_breakpoint"
            )
    return data


def validate___definitions_chatcompletioncontentpartfile(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "file"],
                "properties": {
                    "type": {"type": "string", "const": "file"},
                    "file": {
                        "type": "object",
                        "properties": {
                            "filename": {"type": "string", "with inline `file_data`.": None},
                            "file_data": {"type": "string"},
                            "file_id": {"type": "string"},
                        },
                    },
                    "prompt_cache_breakpoint": {
                        "type": "object",
                        "required": ["mode"],
                        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "file"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "file"],
                    "properties": {
                        "type": {"type": "string", "const": "file"},
                        "file": {
                            "type": "object",
                            "properties": {
                                "filename": {"type": "string", "with inline `file_data`.": None},
                                "file_data": {"type": "string"},
                                "file_id": {"type": "string"},
                            },
                        },
                        "prompt_cache_breakpoint": {
                            "type": "object",
                            "required": ["mode"],
                            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
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
                    definition={"type": "string", "const": "file"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "file"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: file",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "file"},
                    rule="const",
                )
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
            if not isinstance(data__file, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file must be object",
                    value=data__file,
                    name="" + (name_prefix or "data") + ".file",
                    definition={
                        "type": "object",
                        "properties": {
                            "filename": {"type": "string", "with inline `file_data`.": None},
                            "file_data": {"type": "string"},
                            "file_id": {"type": "string"},
                        },
                    },
                    rule="type",
                )
            data__file_is_dict = isinstance(data__file, dict)
            if data__file_is_dict:
                data__file_keys = set(data__file.keys())
                if "filename" in data__file_keys:
                    data__file_keys.remove("filename")
                    data__file__filename = data__file["filename"]
                    if not isinstance(data__file__filename, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".file.filename must be string",
                            value=data__file__filename,
                            name="" + (name_prefix or "data") + ".file.filename",
                            definition={"type": "string", "with inline `file_data`.": None},
                            rule="type",
                        )
                if "file_data" in data__file_keys:
                    data__file_keys.remove("file_data")
                    data__file__filedata = data__file["file_data"]
                    if not isinstance(data__file__filedata, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".file.file_data must be string",
                            value=data__file__filedata,
                            name="" + (name_prefix or "data") + ".file.file_data",
                            definition={"type": "string"},
                            rule="type",
                        )
                if "file_id" in data__file_keys:
                    data__file_keys.remove("file_id")
                    data__file__fileid = data__file["file_id"]
                    if not isinstance(data__file__fileid, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".file.file_id must be string",
                            value=data__file__fileid,
                            name="" + (name_prefix or "data") + ".file.file_id",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "prompt_cache_breakpoint" in data_keys:
            data_keys.remove("prompt_cache_breakpoint")
            data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
            validate___definitions_promptcachebreakpoint(
                data__promptcachebreakpoint, custom_formats, (name_prefix or "data") + ".prompt_cache_breakpoint"
            )
    return data


def validate___definitions_chatcompletioncontentpartimage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
                "type": "object",
                "required": ["type", "image_url"],
                "properties": {
                    "type": {"type": "string", "const": "image_url"},
                    "image_url": {
                        "type": "object",
                        "required": ["url"],
                        "properties": {
                            "url": {"type": "string"},
                            "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                        },
                    },
                    "prompt_cache_breakpoint": {
                        "type": "object",
                        "required": ["mode"],
                        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
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
                    "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
                    "type": "object",
                    "required": ["type", "image_url"],
                    "properties": {
                        "type": {"type": "string", "const": "image_url"},
                        "image_url": {
                            "type": "object",
                            "required": ["url"],
                            "properties": {
                                "url": {"type": "string"},
                                "detail": {"type": "string", "enum": ["auto", "low", "high"]},
                            },
                        },
                        "prompt_cache_breakpoint": {
                            "type": "object",
                            "required": ["mode"],
                            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
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
            validate___definitions_imageurl(data__imageurl, custom_formats, (name_prefix or "data") + ".image_url")
        if "prompt_cache_breakpoint" in data_keys:
            data_keys.remove("prompt_cache_breakpoint")
            data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
            validate___definitions_promptcachebreakpoint(
                data__promptcachebreakpoint, custom_formats, (name_prefix or "data") + ".prompt_cache_breakpoint"
            )
    return data


def validate___definitions_chatcompletioncontentpartrefusal(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "refusal"],
                "properties": {"type": {"type": "string", "const": "refusal"}, "refusal": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "refusal"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "refusal"],
                    "properties": {"type": {"type": "string", "const": "refusal"}, "refusal": {"type": "string"}},
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
                    definition={"type": "string", "const": "refusal"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "refusal"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: refusal",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "refusal"},
                    rule="const",
                )
        if "refusal" in data_keys:
            data_keys.remove("refusal")
            data__refusal = data["refusal"]
            if not isinstance(data__refusal, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".refusal must be string",
                    value=data__refusal,
                    name="" + (name_prefix or "data") + ".refusal",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_chatcompletioncontentparttext(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                "type": "object",
                "required": ["type", "text"],
                "properties": {
                    "type": {"type": "string", "const": "text"},
                    "text": {"type": "string"},
                    "prompt_cache_breakpoint": {
                        "type": "object",
                        "required": ["mode"],
                        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
                    },
                },
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
                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                    "type": "object",
                    "required": ["type", "text"],
                    "properties": {
                        "type": {"type": "string", "const": "text"},
                        "text": {"type": "string"},
                        "prompt_cache_breakpoint": {
                            "type": "object",
                            "required": ["mode"],
                            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
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
        if "prompt_cache_breakpoint" in data_keys:
            data_keys.remove("prompt_cache_breakpoint")
            data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
            validate___definitions_promptcachebreakpoint(
                data__promptcachebreakpoint, custom_formats, (name_prefix or "data") + ".prompt_cache_breakpoint"
            )
    return data


def validate___definitions_chatcompletioncustomtool(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "custom"],
                "properties": {
                    "type": {"type": "string", "const": "custom"},
                    "custom": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "format": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["type"],
                                        "properties": {"type": {"type": "string", "const": "text"}},
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "grammar"],
                                        "properties": {
                                            "type": {"type": "string", "const": "grammar"},
                                            "grammar": {
                                                "type": "object",
                                                "required": ["definition", "syntax"],
                                                "properties": {
                                                    "definition": {"type": "string"},
                                                    "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                },
                                            },
                                        },
                                    },
                                ]
                            },
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "custom"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "custom"],
                    "properties": {
                        "type": {"type": "string", "const": "custom"},
                        "custom": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string"},
                                "format": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "required": ["type"],
                                            "properties": {"type": {"type": "string", "const": "text"}},
                                        },
                                        {
                                            "type": "object",
                                            "required": ["type", "grammar"],
                                            "properties": {
                                                "type": {"type": "string", "const": "grammar"},
                                                "grammar": {
                                                    "type": "object",
                                                    "required": ["definition", "syntax"],
                                                    "properties": {
                                                        "definition": {"type": "string"},
                                                        "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                    },
                                                },
                                            },
                                        },
                                    ]
                                },
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
                    definition={"type": "string", "const": "custom"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "custom"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: custom",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "custom"},
                    rule="const",
                )
        if "custom" in data_keys:
            data_keys.remove("custom")
            data__custom = data["custom"]
            if not isinstance(data__custom, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".custom must be object",
                    value=data__custom,
                    name="" + (name_prefix or "data") + ".custom",
                    definition={
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "format": {
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["type"],
                                        "properties": {"type": {"type": "string", "const": "text"}},
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "grammar"],
                                        "properties": {
                                            "type": {"type": "string", "const": "grammar"},
                                            "grammar": {
                                                "type": "object",
                                                "required": ["definition", "syntax"],
                                                "properties": {
                                                    "definition": {"type": "string"},
                                                    "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                },
                                            },
                                        },
                                    },
                                ]
                            },
                        },
                    },
                    rule="type",
                )
            data__custom_is_dict = isinstance(data__custom, dict)
            if data__custom_is_dict:
                data__custom__missing_keys = set(["name"]) - data__custom.keys()
                if data__custom__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".custom must contain "
                        + (str(sorted(data__custom__missing_keys)) + " properties"),
                        value=data__custom,
                        name="" + (name_prefix or "data") + ".custom",
                        definition={
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string"},
                                "format": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "required": ["type"],
                                            "properties": {"type": {"type": "string", "const": "text"}},
                                        },
                                        {
                                            "type": "object",
                                            "required": ["type", "grammar"],
                                            "properties": {
                                                "type": {"type": "string", "const": "grammar"},
                                                "grammar": {
                                                    "type": "object",
                                                    "required": ["definition", "syntax"],
                                                    "properties": {
                                                        "definition": {"type": "string"},
                                                        "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                    },
                                                },
                                            },
                                        },
                                    ]
                                },
                            },
                        },
                        rule="required",
                    )
                data__custom_keys = set(data__custom.keys())
                if "name" in data__custom_keys:
                    data__custom_keys.remove("name")
                    data__custom__name = data__custom["name"]
                    if not isinstance(data__custom__name, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".custom.name must be string",
                            value=data__custom__name,
                            name="" + (name_prefix or "data") + ".custom.name",
                            definition={"type": "string"},
                            rule="type",
                        )
                if "format" in data__custom_keys:
                    data__custom_keys.remove("format")
                    data__custom__format = data__custom["format"]
                    data__custom__format_one_of_count155 = 0
                    if data__custom__format_one_of_count155 < 2:
                        try:
                            if not isinstance(data__custom__format, (dict)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".custom.format must be object",
                                    value=data__custom__format,
                                    name="" + (name_prefix or "data") + ".custom.format",
                                    definition={
                                        "type": "object",
                                        "required": ["type"],
                                        "properties": {"type": {"type": "string", "const": "text"}},
                                    },
                                    rule="type",
                                )
                            data__custom__format_is_dict = isinstance(data__custom__format, dict)
                            if data__custom__format_is_dict:
                                data__custom__format__missing_keys = set(["type"]) - data__custom__format.keys()
                                if data__custom__format__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".custom.format must contain "
                                        + (str(sorted(data__custom__format__missing_keys)) + " properties"),
                                        value=data__custom__format,
                                        name="" + (name_prefix or "data") + ".custom.format",
                                        definition={
                                            "type": "object",
                                            "required": ["type"],
                                            "properties": {"type": {"type": "string", "const": "text"}},
                                        },
                                        rule="required",
                                    )
                                data__custom__format_keys = set(data__custom__format.keys())
                                if "type" in data__custom__format_keys:
                                    data__custom__format_keys.remove("type")
                                    data__custom__format__type = data__custom__format["type"]
                                    if not isinstance(data__custom__format__type, (str)):
                                        raise JsonSchemaValueException(
                                            "" + (name_prefix or "data") + ".custom.format.type must be string",
                                            value=data__custom__format__type,
                                            name="" + (name_prefix or "data") + ".custom.format.type",
                                            definition={"type": "string", "const": "text"},
                                            rule="type",
                                        )
                                    if not (
                                        isinstance(data__custom__format__type, str)
                                        and data__custom__format__type == "text"
                                    ):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".custom.format.type must be same as const definition: text",
                                            value=data__custom__format__type,
                                            name="" + (name_prefix or "data") + ".custom.format.type",
                                            definition={"type": "string", "const": "text"},
                                            rule="const",
                                        )
                            data__custom__format_one_of_count155 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__custom__format_one_of_count155 < 2:
                        try:
                            if not isinstance(data__custom__format, (dict)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".custom.format must be object",
                                    value=data__custom__format,
                                    name="" + (name_prefix or "data") + ".custom.format",
                                    definition={
                                        "type": "object",
                                        "required": ["type", "grammar"],
                                        "properties": {
                                            "type": {"type": "string", "const": "grammar"},
                                            "grammar": {
                                                "type": "object",
                                                "required": ["definition", "syntax"],
                                                "properties": {
                                                    "definition": {"type": "string"},
                                                    "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                },
                                            },
                                        },
                                    },
                                    rule="type",
                                )
                            data__custom__format_is_dict = isinstance(data__custom__format, dict)
                            if data__custom__format_is_dict:
                                data__custom__format__missing_keys = (
                                    set(["type", "grammar"]) - data__custom__format.keys()
                                )
                                if data__custom__format__missing_keys:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".custom.format must contain "
                                        + (str(sorted(data__custom__format__missing_keys)) + " properties"),
                                        value=data__custom__format,
                                        name="" + (name_prefix or "data") + ".custom.format",
                                        definition={
                                            "type": "object",
                                            "required": ["type", "grammar"],
                                            "properties": {
                                                "type": {"type": "string", "const": "grammar"},
                                                "grammar": {
                                                    "type": "object",
                                                    "required": ["definition", "syntax"],
                                                    "properties": {
                                                        "definition": {"type": "string"},
                                                        "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                    },
                                                },
                                            },
                                        },
                                        rule="required",
                                    )
                                data__custom__format_keys = set(data__custom__format.keys())
                                if "type" in data__custom__format_keys:
                                    data__custom__format_keys.remove("type")
                                    data__custom__format__type = data__custom__format["type"]
                                    if not isinstance(data__custom__format__type, (str)):
                                        raise JsonSchemaValueException(
                                            "" + (name_prefix or "data") + ".custom.format.type must be string",
                                            value=data__custom__format__type,
                                            name="" + (name_prefix or "data") + ".custom.format.type",
                                            definition={"type": "string", "const": "grammar"},
                                            rule="type",
                                        )
                                    if not (
                                        isinstance(data__custom__format__type, str)
                                        and data__custom__format__type == "grammar"
                                    ):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".custom.format.type must be same as const definition: grammar",
                                            value=data__custom__format__type,
                                            name="" + (name_prefix or "data") + ".custom.format.type",
                                            definition={"type": "string", "const": "grammar"},
                                            rule="const",
                                        )
                                if "grammar" in data__custom__format_keys:
                                    data__custom__format_keys.remove("grammar")
                                    data__custom__format__grammar = data__custom__format["grammar"]
                                    if not isinstance(data__custom__format__grammar, (dict)):
                                        raise JsonSchemaValueException(
                                            "" + (name_prefix or "data") + ".custom.format.grammar must be object",
                                            value=data__custom__format__grammar,
                                            name="" + (name_prefix or "data") + ".custom.format.grammar",
                                            definition={
                                                "type": "object",
                                                "required": ["definition", "syntax"],
                                                "properties": {
                                                    "definition": {"type": "string"},
                                                    "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                },
                                            },
                                            rule="type",
                                        )
                                    data__custom__format__grammar_is_dict = isinstance(
                                        data__custom__format__grammar, dict
                                    )
                                    if data__custom__format__grammar_is_dict:
                                        data__custom__format__grammar__missing_keys = (
                                            set(["definition", "syntax"]) - data__custom__format__grammar.keys()
                                        )
                                        if data__custom__format__grammar__missing_keys:
                                            raise JsonSchemaValueException(
                                                ""
                                                + (name_prefix or "data")
                                                + ".custom.format.grammar must contain "
                                                + (
                                                    str(sorted(data__custom__format__grammar__missing_keys))
                                                    + " properties"
                                                ),
                                                value=data__custom__format__grammar,
                                                name="" + (name_prefix or "data") + ".custom.format.grammar",
                                                definition={
                                                    "type": "object",
                                                    "required": ["definition", "syntax"],
                                                    "properties": {
                                                        "definition": {"type": "string"},
                                                        "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                    },
                                                },
                                                rule="required",
                                            )
                                        data__custom__format__grammar_keys = set(data__custom__format__grammar.keys())
                                        if "definition" in data__custom__format__grammar_keys:
                                            data__custom__format__grammar_keys.remove("definition")
                                            data__custom__format__grammar__definition = data__custom__format__grammar[
                                                "definition"
                                            ]
                                            if not isinstance(data__custom__format__grammar__definition, (str)):
                                                raise JsonSchemaValueException(
                                                    ""
                                                    + (name_prefix or "data")
                                                    + ".custom.format.grammar.definition must be string",
                                                    value=data__custom__format__grammar__definition,
                                                    name=""
                                                    + (name_prefix or "data")
                                                    + ".custom.format.grammar.definition",
                                                    definition={"type": "string"},
                                                    rule="type",
                                                )
                                        if "syntax" in data__custom__format__grammar_keys:
                                            data__custom__format__grammar_keys.remove("syntax")
                                            data__custom__format__grammar__syntax = data__custom__format__grammar[
                                                "syntax"
                                            ]
                                            if not isinstance(data__custom__format__grammar__syntax, (str)):
                                                raise JsonSchemaValueException(
                                                    ""
                                                    + (name_prefix or "data")
                                                    + ".custom.format.grammar.syntax must be string",
                                                    value=data__custom__format__grammar__syntax,
                                                    name="" + (name_prefix or "data") + ".custom.format.grammar.syntax",
                                                    definition={"type": "string", "enum": ["lark", "regex"]},
                                                    rule="type",
                                                )
                                            if not (
                                                isinstance(data__custom__format__grammar__syntax, str)
                                                and data__custom__format__grammar__syntax == "lark"
                                                or isinstance(data__custom__format__grammar__syntax, str)
                                                and data__custom__format__grammar__syntax == "regex"
                                            ):
                                                raise JsonSchemaValueException(
                                                    ""
                                                    + (name_prefix or "data")
                                                    + ".custom.format.grammar.syntax must be one of ['lark', 'regex']",
                                                    value=data__custom__format__grammar__syntax,
                                                    name="" + (name_prefix or "data") + ".custom.format.grammar.syntax",
                                                    definition={"type": "string", "enum": ["lark", "regex"]},
                                                    rule="enum",
                                                )
                            data__custom__format_one_of_count155 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__custom__format_one_of_count155 != 1:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".custom.format must be valid exactly by one definition"
                            + (" (" + str(data__custom__format_one_of_count155) + " matches found)"),
                            value=data__custom__format,
                            name="" + (name_prefix or "data") + ".custom.format",
                            definition={
                                "oneOf": [
                                    {
                                        "type": "object",
                                        "required": ["type"],
                                        "properties": {"type": {"type": "string", "const": "text"}},
                                    },
                                    {
                                        "type": "object",
                                        "required": ["type", "grammar"],
                                        "properties": {
                                            "type": {"type": "string", "const": "grammar"},
                                            "grammar": {
                                                "type": "object",
                                                "required": ["definition", "syntax"],
                                                "properties": {
                                                    "definition": {"type": "string"},
                                                    "syntax": {"type": "string", "enum": ["lark", "regex"]},
                                                },
                                            },
                                        },
                                    },
                                ]
                            },
                            rule="oneOf",
                        )
    return data


def validate___definitions_chatcompletionfunctioncalloption(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "deprecated": True,
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
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
                    "deprecated": True,
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}},
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
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_chatcompletionmessagecustomtoolcall(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["id", "type", "custom"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "const": "custom"},
                    "custom": {
                        "type": "object",
                        "required": ["name", "input"],
                        "properties": {"name": {"type": "string"}, "input": {"type": "string"}},
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type", "custom"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["id", "type", "custom"],
                    "properties": {
                        "id": {"type": "string"},
                        "type": {"type": "string", "const": "custom"},
                        "custom": {
                            "type": "object",
                            "required": ["name", "input"],
                            "properties": {"name": {"type": "string"}, "input": {"type": "string"}},
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition={"type": "string"},
                    rule="type",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "custom"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "custom"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: custom",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "custom"},
                    rule="const",
                )
        if "custom" in data_keys:
            data_keys.remove("custom")
            data__custom = data["custom"]
            validate___definitions_customtoolcall(data__custom, custom_formats, (name_prefix or "data") + ".custom")
    return data


def validate___definitions_chatcompletionmessagetoolcall(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionMessageToolCall", "chat.ChatCompletionMessageToolCallParam"],
                "type": "object",
                "required": ["id", "type", "function"],
                "properties": {
                    "id": {"type": "string"},
                    "type": {"type": "string", "const": "function"},
                    "function": {
                        "type": "object",
                        "required": ["name", "arguments"],
                        "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["id", "type", "function"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "x-sdk-type": ["chat.ChatCompletionMessageToolCall", "chat.ChatCompletionMessageToolCallParam"],
                    "type": "object",
                    "required": ["id", "type", "function"],
                    "properties": {
                        "id": {"type": "string"},
                        "type": {"type": "string", "const": "function"},
                        "function": {
                            "type": "object",
                            "required": ["name", "arguments"],
                            "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".id must be string",
                    value=data__id,
                    name="" + (name_prefix or "data") + ".id",
                    definition={"type": "string"},
                    rule="type",
                )
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
            validate___definitions_functioncall(data__function, custom_formats, (name_prefix or "data") + ".function")
    return data


def validate___definitions_chatcompletionnamedtoolchoice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
                "type": "object",
                "required": ["type", "function"],
                "properties": {
                    "type": {"type": "string", "const": "function"},
                    "function": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
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
                    "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
                    "type": "object",
                    "required": ["type", "function"],
                    "properties": {
                        "type": {"type": "string", "const": "function"},
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
            validate___definitions_toolchoicefunction(
                data__function, custom_formats, (name_prefix or "data") + ".function"
            )
    return data


def validate___definitions_chatcompletionnamedtoolchoicecustom(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "custom"],
                "properties": {
                    "type": {"type": "string", "const": "custom"},
                    "custom": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "custom"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "custom"],
                    "properties": {
                        "type": {"type": "string", "const": "custom"},
                        "custom": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
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
                    definition={"type": "string", "const": "custom"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "custom"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: custom",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "custom"},
                    rule="const",
                )
        if "custom" in data_keys:
            data_keys.remove("custom")
            data__custom = data["custom"]
            validate___definitions_toolchoicefunction(data__custom, custom_formats, (name_prefix or "data") + ".custom")
    return data


def validate___definitions_chatcompletionrequestassistantmessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
                "type": "object",
                "required": ["role"],
                "properties": {
                    "role": {"type": "string", "const": "assistant"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
                                    ]
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "refusal": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "name": {"type": "string"},
                    "audio": {
                        "anyOf": [
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            {"type": "null"},
                        ]
                    },
                    "tool_calls": {
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {
                                    "x-sdk-type": [
                                        "chat.ChatCompletionMessageToolCall",
                                        "chat.ChatCompletionMessageToolCallParam",
                                    ],
                                    "type": "object",
                                    "required": ["id", "type", "function"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "type": {"type": "string", "const": "function"},
                                        "function": {"$ref": "#/definitions/FunctionCall"},
                                    },
                                },
                                {
                                    "type": "object",
                                    "required": ["id", "type", "custom"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "type": {"type": "string", "const": "custom"},
                                        "custom": {"$ref": "#/definitions/CustomToolCall"},
                                    },
                                },
                            ],
                            "discriminator": {"propertyName": "type"},
                        },
                    },
                    "function_call": {
                        "deprecated": True,
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["name", "arguments"],
                                "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                            },
                            {"type": "null"},
                        ],
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["role"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
                    "type": "object",
                    "required": ["role"],
                    "properties": {
                        "role": {"type": "string", "const": "assistant"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
                                        ]
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "refusal": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "name": {"type": "string"},
                        "audio": {
                            "anyOf": [
                                {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                                {"type": "null"},
                            ]
                        },
                        "tool_calls": {
                            "type": "array",
                            "items": {
                                "oneOf": [
                                    {
                                        "x-sdk-type": [
                                            "chat.ChatCompletionMessageToolCall",
                                            "chat.ChatCompletionMessageToolCallParam",
                                        ],
                                        "type": "object",
                                        "required": ["id", "type", "function"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "type": {"type": "string", "const": "function"},
                                            "function": {"$ref": "#/definitions/FunctionCall"},
                                        },
                                    },
                                    {
                                        "type": "object",
                                        "required": ["id", "type", "custom"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "type": {"type": "string", "const": "custom"},
                                            "custom": {"$ref": "#/definitions/CustomToolCall"},
                                        },
                                    },
                                ],
                                "discriminator": {"propertyName": "type"},
                            },
                        },
                        "function_call": {
                            "deprecated": True,
                            "anyOf": [
                                {
                                    "type": "object",
                                    "required": ["name", "arguments"],
                                    "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                                },
                                {"type": "null"},
                            ],
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
                    definition={"type": "string", "const": "assistant"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "assistant"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: assistant",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "assistant"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count166 = 0
            if not data__content_any_of_count166:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count166 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count166:
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
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
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
                                            {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
                                        ]
                                    },
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletionassistantcontentpart(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count166 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count166:
                try:
                    if not isinstance(data__content, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be null",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__content_any_of_count166 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count166:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
                                    ]
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "refusal" in data_keys:
            data_keys.remove("refusal")
            data__refusal = data["refusal"]
            data__refusal_any_of_count167 = 0
            if not data__refusal_any_of_count167:
                try:
                    if not isinstance(data__refusal, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".refusal must be string",
                            value=data__refusal,
                            name="" + (name_prefix or "data") + ".refusal",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__refusal_any_of_count167 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__refusal_any_of_count167:
                try:
                    if not isinstance(data__refusal, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".refusal must be null",
                            value=data__refusal,
                            name="" + (name_prefix or "data") + ".refusal",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__refusal_any_of_count167 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__refusal_any_of_count167:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".refusal cannot be validated by any definition",
                    value=data__refusal,
                    name="" + (name_prefix or "data") + ".refusal",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
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
        if "audio" in data_keys:
            data_keys.remove("audio")
            data__audio = data["audio"]
            data__audio_any_of_count168 = 0
            if not data__audio_any_of_count168:
                try:
                    if not isinstance(data__audio, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".audio must be object",
                            value=data__audio,
                            name="" + (name_prefix or "data") + ".audio",
                            definition={"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            rule="type",
                        )
                    data__audio_is_dict = isinstance(data__audio, dict)
                    if data__audio_is_dict:
                        data__audio__missing_keys = set(["id"]) - data__audio.keys()
                        if data__audio__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".audio must contain "
                                + (str(sorted(data__audio__missing_keys)) + " properties"),
                                value=data__audio,
                                name="" + (name_prefix or "data") + ".audio",
                                definition={
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "string"}},
                                },
                                rule="required",
                            )
                        data__audio_keys = set(data__audio.keys())
                        if "id" in data__audio_keys:
                            data__audio_keys.remove("id")
                            data__audio__id = data__audio["id"]
                            if not isinstance(data__audio__id, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".audio.id must be string",
                                    value=data__audio__id,
                                    name="" + (name_prefix or "data") + ".audio.id",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                    data__audio_any_of_count168 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__audio_any_of_count168:
                try:
                    if not isinstance(data__audio, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".audio must be null",
                            value=data__audio,
                            name="" + (name_prefix or "data") + ".audio",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__audio_any_of_count168 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__audio_any_of_count168:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".audio cannot be validated by any definition",
                    value=data__audio,
                    name="" + (name_prefix or "data") + ".audio",
                    definition={
                        "anyOf": [
                            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "tool_calls" in data_keys:
            data_keys.remove("tool_calls")
            data__toolcalls = data["tool_calls"]
            if not isinstance(data__toolcalls, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_calls must be array",
                    value=data__toolcalls,
                    name="" + (name_prefix or "data") + ".tool_calls",
                    definition={
                        "type": "array",
                        "items": {
                            "oneOf": [
                                {
                                    "x-sdk-type": [
                                        "chat.ChatCompletionMessageToolCall",
                                        "chat.ChatCompletionMessageToolCallParam",
                                    ],
                                    "type": "object",
                                    "required": ["id", "type", "function"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "type": {"type": "string", "const": "function"},
                                        "function": {"$ref": "#/definitions/FunctionCall"},
                                    },
                                },
                                {
                                    "type": "object",
                                    "required": ["id", "type", "custom"],
                                    "properties": {
                                        "id": {"type": "string"},
                                        "type": {"type": "string", "const": "custom"},
                                        "custom": {"$ref": "#/definitions/CustomToolCall"},
                                    },
                                },
                            ],
                            "discriminator": {"propertyName": "type"},
                        },
                    },
                    rule="type",
                )
            data__toolcalls_is_list = isinstance(data__toolcalls, (list, tuple))
            if data__toolcalls_is_list:
                data__toolcalls_len = len(data__toolcalls)
                for data__toolcalls_x, data__toolcalls_item in enumerate(data__toolcalls):
                    data__toolcalls_item_one_of_count169 = 0
                    if data__toolcalls_item_one_of_count169 < 2:
                        try:
                            validate___definitions_chatcompletionmessagetoolcall(
                                data__toolcalls_item,
                                custom_formats,
                                (name_prefix or "data") + ".tool_calls[{data__toolcalls_x}]".format(**locals()),
                            )
                            data__toolcalls_item_one_of_count169 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__toolcalls_item_one_of_count169 < 2:
                        try:
                            validate___definitions_chatcompletionmessagecustomtoolcall(
                                data__toolcalls_item,
                                custom_formats,
                                (name_prefix or "data") + ".tool_calls[{data__toolcalls_x}]".format(**locals()),
                            )
                            data__toolcalls_item_one_of_count169 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if data__toolcalls_item_one_of_count169 != 1:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".tool_calls[{data__toolcalls_x}]".format(**locals())
                            + " must be valid exactly by one definition"
                            + (" (" + str(data__toolcalls_item_one_of_count169) + " matches found)"),
                            value=data__toolcalls_item,
                            name=""
                            + (name_prefix or "data")
                            + ".tool_calls[{data__toolcalls_x}]".format(**locals())
                            + "",
                            definition={
                                "oneOf": [
                                    {
                                        "x-sdk-type": [
                                            "chat.ChatCompletionMessageToolCall",
                                            "chat.ChatCompletionMessageToolCallParam",
                                        ],
                                        "type": "object",
                                        "required": ["id", "type", "function"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "type": {"type": "string", "const": "function"},
                                            "function": {"$ref": "#/definitions/FunctionCall"},
                                        },
                                    },
                                    {
                                        "type": "object",
                                        "required": ["id", "type", "custom"],
                                        "properties": {
                                            "id": {"type": "string"},
                                            "type": {"type": "string", "const": "custom"},
                                            "custom": {"$ref": "#/definitions/CustomToolCall"},
                                        },
                                    },
                                ],
                                "discriminator": {"propertyName": "type"},
                            },
                            rule="oneOf",
                        )
        if "function_call" in data_keys:
            data_keys.remove("function_call")
            data__functioncall = data["function_call"]
            data__functioncall_any_of_count170 = 0
            if not data__functioncall_any_of_count170:
                try:
                    validate___definitions_functioncall(
                        data__functioncall, custom_formats, (name_prefix or "data") + ".function_call"
                    )
                    data__functioncall_any_of_count170 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count170:
                try:
                    if not isinstance(data__functioncall, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".function_call must be null",
                            value=data__functioncall,
                            name="" + (name_prefix or "data") + ".function_call",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__functioncall_any_of_count170 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count170:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".function_call cannot be validated by any definition",
                    value=data__functioncall,
                    name="" + (name_prefix or "data") + ".function_call",
                    definition={
                        "deprecated": True,
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["name", "arguments"],
                                "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
                            },
                            {"type": "null"},
                        ],
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_chatcompletionrequestdevelopermessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "role": {"type": "string", "const": "developer"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    "name": {"type": "string"},
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
                    "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
                    "type": "object",
                    "required": ["role", "content"],
                    "properties": {
                        "role": {"type": "string", "const": "developer"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                            ]
                        },
                        "name": {"type": "string"},
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
                    definition={"type": "string", "const": "developer"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "developer"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: developer",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "developer"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count175 = 0
            if not data__content_any_of_count175:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count175 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count175:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
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
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletioncontentparttext(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count175 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count175:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
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


def validate___definitions_chatcompletionrequestfunctionmessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionFunctionMessageParam"],
                "type": "object",
                "deprecated": True,
                "required": ["role", "content", "name"],
                "properties": {
                    "role": {"type": "string", "const": "function"},
                    "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "name": {"type": "string"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["role", "content", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "x-sdk-type": ["chat.ChatCompletionFunctionMessageParam"],
                    "type": "object",
                    "deprecated": True,
                    "required": ["role", "content", "name"],
                    "properties": {
                        "role": {"type": "string", "const": "function"},
                        "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "name": {"type": "string"},
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
                    definition={"type": "string", "const": "function"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "function"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: function",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "function"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count164 = 0
            if not data__content_any_of_count164:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count164 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count164:
                try:
                    if not isinstance(data__content, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be null",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__content_any_of_count164 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count164:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
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


def validate___definitions_chatcompletionrequestmessage(data, custom_formats={}, name_prefix=None):
    data_one_of_count163 = 0
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequestdevelopermessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequestsystemmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequestusermessage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequestassistantmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequesttoolmessage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 < 2:
        try:
            validate___definitions_chatcompletionrequestfunctionmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count163 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count163 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count163) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
                        "type": "object",
                        "required": ["role", "content"],
                        "properties": {
                            "role": {"type": "string", "const": "developer"},
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {
                                        "type": "array",
                                        "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        "minItems": 1,
                                    },
                                ]
                            },
                            "name": {"type": "string"},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
                        "type": "object",
                        "required": ["role", "content"],
                        "properties": {
                            "role": {"type": "string", "const": "system"},
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {
                                        "type": "array",
                                        "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        "minItems": 1,
                                    },
                                ]
                            },
                            "name": {"type": "string"},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
                        "type": "object",
                        "required": ["role", "content"],
                        "properties": {
                            "role": {"type": "string", "const": "user"},
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {
                                        "type": "array",
                                        "items": {"$ref": "#/definitions/ChatCompletionContentPart"},
                                        "minItems": 1,
                                    },
                                ]
                            },
                            "name": {"type": "string"},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
                        "type": "object",
                        "required": ["role"],
                        "properties": {
                            "role": {"type": "string", "const": "assistant"},
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {"$ref": "#/definitions/ChatCompletionAssistantContentPart"},
                                    },
                                    {"type": "null"},
                                ]
                            },
                            "refusal": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                            "name": {"type": "string"},
                            "audio": {
                                "anyOf": [
                                    {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                                    {"type": "null"},
                                ]
                            },
                            "tool_calls": {
                                "type": "array",
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionMessageToolCall"},
                                        {"$ref": "#/definitions/ChatCompletionMessageCustomToolCall"},
                                    ],
                                    "discriminator": {"propertyName": "type"},
                                },
                            },
                            "function_call": {
                                "deprecated": True,
                                "anyOf": [{"$ref": "#/definitions/FunctionCall"}, {"type": "null"}],
                            },
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
                        "type": "object",
                        "required": ["role", "content", "tool_call_id"],
                        "properties": {
                            "role": {"type": "string", "const": "tool"},
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {
                                        "type": "array",
                                        "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        "minItems": 1,
                                    },
                                ]
                            },
                            "tool_call_id": {"type": "string"},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionFunctionMessageParam"],
                        "type": "object",
                        "deprecated": True,
                        "required": ["role", "content", "name"],
                        "properties": {
                            "role": {"type": "string", "const": "function"},
                            "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                            "name": {"type": "string"},
                        },
                    },
                ],
            },
            rule="oneOf",
        )
    return data


def validate___definitions_chatcompletionrequestsystemmessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "role": {"type": "string", "const": "system"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    "name": {"type": "string"},
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
                    "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
                    "type": "object",
                    "required": ["role", "content"],
                    "properties": {
                        "role": {"type": "string", "const": "system"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                            ]
                        },
                        "name": {"type": "string"},
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
                    definition={"type": "string", "const": "system"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "system"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: system",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "system"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count174 = 0
            if not data__content_any_of_count174:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count174 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count174:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
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
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletioncontentparttext(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count174 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count174:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
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


def validate___definitions_chatcompletionrequesttoolmessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
                "type": "object",
                "required": ["role", "content", "tool_call_id"],
                "properties": {
                    "role": {"type": "string", "const": "tool"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    "tool_call_id": {"type": "string"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["role", "content", "tool_call_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
                    "type": "object",
                    "required": ["role", "content", "tool_call_id"],
                    "properties": {
                        "role": {"type": "string", "const": "tool"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                            ]
                        },
                        "tool_call_id": {"type": "string"},
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
                    definition={"type": "string", "const": "tool"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "tool"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: tool",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "tool"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count165 = 0
            if not data__content_any_of_count165:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count165 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count165:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
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
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletioncontentparttext(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count165 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count165:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "tool_call_id" in data_keys:
            data_keys.remove("tool_call_id")
            data__toolcallid = data["tool_call_id"]
            if not isinstance(data__toolcallid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_call_id must be string",
                    value=data__toolcallid,
                    name="" + (name_prefix or "data") + ".tool_call_id",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_chatcompletionrequestusermessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "role": {"type": "string", "const": "user"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartImage"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartAudio"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartFile"},
                                    ],
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    "name": {"type": "string"},
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
                    "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
                    "type": "object",
                    "required": ["role", "content"],
                    "properties": {
                        "role": {"type": "string", "const": "user"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                                        "oneOf": [
                                            {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartImage"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartAudio"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartFile"},
                                        ],
                                    },
                                    "minItems": 1,
                                },
                            ]
                        },
                        "name": {"type": "string"},
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
                    definition={"type": "string", "const": "user"},
                    rule="type",
                )
            if not (isinstance(data__role, str) and data__role == "user"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be same as const definition: user",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "const": "user"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count172 = 0
            if not data__content_any_of_count172:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count172 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count172:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartImage"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartAudio"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartFile"},
                                    ],
                                },
                                "minItems": 1,
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
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                                        "oneOf": [
                                            {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartImage"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartAudio"},
                                            {"$ref": "#/definitions/ChatCompletionContentPartFile"},
                                        ],
                                    },
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletioncontentpart(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count172 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count172:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                                    "oneOf": [
                                        {"$ref": "#/definitions/ChatCompletionContentPartText"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartImage"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartAudio"},
                                        {"$ref": "#/definitions/ChatCompletionContentPartFile"},
                                    ],
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
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


def validate___definitions_chatcompletiontool(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionToolParam"],
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
                    "x-sdk-type": ["chat.ChatCompletionToolParam"],
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


def validate___definitions_chatcompletiontoolchoiceobject(data, custom_formats={}, name_prefix=None):
    data_one_of_count154 = 0
    if data_one_of_count154 < 2:
        try:
            validate___definitions_chatcompletionnamedtoolchoice(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count154 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count154 < 2:
        try:
            validate___definitions_chatcompletionnamedtoolchoicecustom(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count154 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count154 < 2:
        try:
            validate___definitions_chatcompletionallowedtoolschoice(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count154 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count154 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count154) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
                        "type": "object",
                        "required": ["type", "function"],
                        "properties": {
                            "type": {"type": "string", "const": "function"},
                            "function": {"$ref": "#/definitions/ToolChoiceFunction"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "custom"],
                        "properties": {
                            "type": {"type": "string", "const": "custom"},
                            "custom": {"$ref": "#/definitions/ToolChoiceFunction"},
                        },
                    },
                    {
                        "type": "object",
                        "required": ["type", "allowed_tools"],
                        "properties": {
                            "type": {"type": "string", "const": "allowed_tools"},
                            "allowed_tools": {
                                "type": "object",
                                "required": ["mode", "tools"],
                                "properties": {
                                    "mode": {"type": "string", "enum": ["auto", "required"]},
                                    "tools": {
                                        "type": "array",
                                        "items": {"type": "object", "additionalProperties": True},
                                    },
                                },
                            },
                        },
                    },
                ],
                "discriminator": {"propertyName": "type"},
            },
            rule="oneOf",
        )
    return data


def validate___definitions_chatcompletiontoolchoiceoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count153 = 0
    if not data_any_of_count153:
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
            data_any_of_count153 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count153:
        try:
            validate___definitions_chatcompletiontoolchoiceobject(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count153 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count153:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto", "required"]},
                    {
                        "oneOf": [
                            {"$ref": "#/definitions/ChatCompletionNamedToolChoice"},
                            {"$ref": "#/definitions/ChatCompletionNamedToolChoiceCustom"},
                            {"$ref": "#/definitions/ChatCompletionAllowedToolsChoice"},
                        ],
                        "discriminator": {"propertyName": "type"},
                    },
                ],
            },
            rule="anyOf",
        )
    return data


def validate___definitions_chatmoderationparam(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["model"],
                "properties": {
                    "model": {"type": "string"},
                    "policy": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "input": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                    "output": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
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
        data__missing_keys = set(["model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["model"],
                    "properties": {
                        "model": {"type": "string"},
                        "policy": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "properties": {
                                        "input": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "required": ["mode"],
                                                    "properties": {
                                                        "mode": {"type": "string", "enum": ["score", "block"]}
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
                                        },
                                        "output": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "required": ["mode"],
                                                    "properties": {
                                                        "mode": {"type": "string", "enum": ["score", "block"]}
                                                    },
                                                },
                                                {"type": "null"},
                                            ]
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
        if "policy" in data_keys:
            data_keys.remove("policy")
            data__policy = data["policy"]
            data__policy_any_of_count159 = 0
            if not data__policy_any_of_count159:
                try:
                    if not isinstance(data__policy, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".policy must be object",
                            value=data__policy,
                            name="" + (name_prefix or "data") + ".policy",
                            definition={
                                "type": "object",
                                "properties": {
                                    "input": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                    "output": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__policy_is_dict = isinstance(data__policy, dict)
                    if data__policy_is_dict:
                        data__policy_keys = set(data__policy.keys())
                        if "input" in data__policy_keys:
                            data__policy_keys.remove("input")
                            data__policy__input = data__policy["input"]
                            data__policy__input_any_of_count160 = 0
                            if not data__policy__input_any_of_count160:
                                try:
                                    validate___definitions_moderationconfig(
                                        data__policy__input, custom_formats, (name_prefix or "data") + ".policy.input"
                                    )
                                    data__policy__input_any_of_count160 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if not data__policy__input_any_of_count160:
                                try:
                                    if not isinstance(data__policy__input, (NoneType)):
                                        raise JsonSchemaValueException(
                                            "" + (name_prefix or "data") + ".policy.input must be null",
                                            value=data__policy__input,
                                            name="" + (name_prefix or "data") + ".policy.input",
                                            definition={"type": "null"},
                                            rule="type",
                                        )
                                    data__policy__input_any_of_count160 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if not data__policy__input_any_of_count160:
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".policy.input cannot be validated by any definition",
                                    value=data__policy__input,
                                    name="" + (name_prefix or "data") + ".policy.input",
                                    definition={
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                    rule="anyOf",
                                )
                        if "output" in data__policy_keys:
                            data__policy_keys.remove("output")
                            data__policy__output = data__policy["output"]
                            data__policy__output_any_of_count161 = 0
                            if not data__policy__output_any_of_count161:
                                try:
                                    validate___definitions_moderationconfig(
                                        data__policy__output, custom_formats, (name_prefix or "data") + ".policy.output"
                                    )
                                    data__policy__output_any_of_count161 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if not data__policy__output_any_of_count161:
                                try:
                                    if not isinstance(data__policy__output, (NoneType)):
                                        raise JsonSchemaValueException(
                                            "" + (name_prefix or "data") + ".policy.output must be null",
                                            value=data__policy__output,
                                            name="" + (name_prefix or "data") + ".policy.output",
                                            definition={"type": "null"},
                                            rule="type",
                                        )
                                    data__policy__output_any_of_count161 += 1
                                except (JsonSchemaValueException, JsonSchemaValuesException):
                                    pass
                            if not data__policy__output_any_of_count161:
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".policy.output cannot be validated by any definition",
                                    value=data__policy__output,
                                    name="" + (name_prefix or "data") + ".policy.output",
                                    definition={
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                    rule="anyOf",
                                )
                    data__policy_any_of_count159 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__policy_any_of_count159:
                try:
                    if not isinstance(data__policy, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".policy must be null",
                            value=data__policy,
                            name="" + (name_prefix or "data") + ".policy",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__policy_any_of_count159 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__policy_any_of_count159:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".policy cannot be validated by any definition",
                    value=data__policy,
                    name="" + (name_prefix or "data") + ".policy",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "input": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                    "output": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["mode"],
                                                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_customtoolcall(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["name", "input"],
                "properties": {"name": {"type": "string"}, "input": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name", "input"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["name", "input"],
                    "properties": {"name": {"type": "string"}, "input": {"type": "string"}},
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
                    definition={"type": "string"},
                    rule="type",
                )
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            if not isinstance(data__input, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input must be string",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_functioncall(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["name", "arguments"],
                "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["name", "arguments"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["name", "arguments"],
                    "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
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
                    definition={"type": "string"},
                    rule="type",
                )
        if "arguments" in data_keys:
            data_keys.remove("arguments")
            data__arguments = data["arguments"]
            if not isinstance(data__arguments, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".arguments must be string",
                    value=data__arguments,
                    name="" + (name_prefix or "data") + ".arguments",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_imageurl(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["url"],
                "properties": {
                    "url": {"type": "string"},
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
                        "url": {"type": "string"},
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


def validate___definitions_moderationconfig(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["mode"],
                "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
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
                    "properties": {"mode": {"type": "string", "enum": ["score", "block"]}},
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
                    definition={"type": "string", "enum": ["score", "block"]},
                    rule="type",
                )
            if not (
                isinstance(data__mode, str)
                and data__mode == "score"
                or isinstance(data__mode, str)
                and data__mode == "block"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mode must be one of ['score', 'block']",
                    value=data__mode,
                    name="" + (name_prefix or "data") + ".mode",
                    definition={"type": "string", "enum": ["score", "block"]},
                    rule="enum",
                )
    return data


def validate___definitions_predictioncontent(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "content"],
                "properties": {
                    "type": {"type": "string", "const": "content"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "content"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "content"],
                    "properties": {
                        "type": {"type": "string", "const": "content"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                            ]
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
                    definition={"type": "string", "const": "content"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "content"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: content",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "content"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count158 = 0
            if not data__content_any_of_count158:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count158 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count158:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
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
                                    "items": {
                                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                        "type": "object",
                                        "required": ["type", "text"],
                                        "properties": {
                                            "type": {"type": "string", "const": "text"},
                                            "text": {"type": "string"},
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_chatcompletioncontentparttext(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count158 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count158:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                                    "type": "object",
                                    "required": ["type", "text"],
                                    "properties": {
                                        "type": {"type": "string", "const": "text"},
                                        "text": {"type": "string"},
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_promptcacheoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "ttl": {"type": "string", "enum": ["30m"]},
                    "mode": {"type": "string", "enum": ["implicit", "explicit"]},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "ttl" in data_keys:
            data_keys.remove("ttl")
            data__ttl = data["ttl"]
            if not isinstance(data__ttl, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ttl must be string",
                    value=data__ttl,
                    name="" + (name_prefix or "data") + ".ttl",
                    definition={"type": "string", "enum": ["30m"]},
                    rule="type",
                )
            if not (isinstance(data__ttl, str) and data__ttl == "30m"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".ttl must be one of ['30m']",
                    value=data__ttl,
                    name="" + (name_prefix or "data") + ".ttl",
                    definition={"type": "string", "enum": ["30m"]},
                    rule="enum",
                )
        if "mode" in data_keys:
            data_keys.remove("mode")
            data__mode = data["mode"]
            if not isinstance(data__mode, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mode must be string",
                    value=data__mode,
                    name="" + (name_prefix or "data") + ".mode",
                    definition={"type": "string", "enum": ["implicit", "explicit"]},
                    rule="type",
                )
            if not (
                isinstance(data__mode, str)
                and data__mode == "implicit"
                or isinstance(data__mode, str)
                and data__mode == "explicit"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".mode must be one of ['implicit', 'explicit']",
                    value=data__mode,
                    name="" + (name_prefix or "data") + ".mode",
                    definition={"type": "string", "enum": ["implicit", "explicit"]},
                    rule="enum",
                )
    return data


def validate___definitions_responseformat(data, custom_formats={}, name_prefix=None):
    data_one_of_count157 = 0
    if data_one_of_count157 < 2:
        try:
            validate___definitions_responseformattext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count157 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count157 < 2:
        try:
            validate___definitions_responseformatjsonobject(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count157 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count157 < 2:
        try:
            validate___definitions_responseformatjsonschema(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count157 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count157 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count157) + " matches found)"),
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


def validate___definitions_toolchoicefunction(data, custom_formats={}, name_prefix=None):
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


def validate___definitions_websearchoptions(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "search_context_size": {"type": "string", "enum": ["low", "medium", "high"]},
                    "user_location": {
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type", "approximate"],
                                "properties": {
                                    "type": {"type": "string", "const": "approximate"},
                                    "approximate": {
                                        "type": "object",
                                        "properties": {
                                            "country": {"type": "string", "e.g. `US`.": None},
                                            "region": {"type": "string"},
                                            "city": {"type": "string"},
                                            "timezone": {"type": "string"},
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
        data_keys = set(data.keys())
        if "search_context_size" in data_keys:
            data_keys.remove("search_context_size")
            data__searchcontextsize = data["search_context_size"]
            if not isinstance(data__searchcontextsize, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".search_context_size must be string",
                    value=data__searchcontextsize,
                    name="" + (name_prefix or "data") + ".search_context_size",
                    definition={"type": "string", "enum": ["low", "medium", "high"]},
                    rule="type",
                )
            if not (
                isinstance(data__searchcontextsize, str)
                and data__searchcontextsize == "low"
                or isinstance(data__searchcontextsize, str)
                and data__searchcontextsize == "medium"
                or isinstance(data__searchcontextsize, str)
                and data__searchcontextsize == "high"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".search_context_size must be one of ['low', 'medium', 'high']",
                    value=data__searchcontextsize,
                    name="" + (name_prefix or "data") + ".search_context_size",
                    definition={"type": "string", "enum": ["low", "medium", "high"]},
                    rule="enum",
                )
        if "user_location" in data_keys:
            data_keys.remove("user_location")
            data__userlocation = data["user_location"]
            data__userlocation_any_of_count152 = 0
            if not data__userlocation_any_of_count152:
                try:
                    if not isinstance(data__userlocation, (dict)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".user_location must be object",
                            value=data__userlocation,
                            name="" + (name_prefix or "data") + ".user_location",
                            definition={
                                "type": "object",
                                "required": ["type", "approximate"],
                                "properties": {
                                    "type": {"type": "string", "const": "approximate"},
                                    "approximate": {
                                        "type": "object",
                                        "properties": {
                                            "country": {"type": "string", "e.g. `US`.": None},
                                            "region": {"type": "string"},
                                            "city": {"type": "string"},
                                            "timezone": {"type": "string"},
                                        },
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__userlocation_is_dict = isinstance(data__userlocation, dict)
                    if data__userlocation_is_dict:
                        data__userlocation__missing_keys = set(["type", "approximate"]) - data__userlocation.keys()
                        if data__userlocation__missing_keys:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".user_location must contain "
                                + (str(sorted(data__userlocation__missing_keys)) + " properties"),
                                value=data__userlocation,
                                name="" + (name_prefix or "data") + ".user_location",
                                definition={
                                    "type": "object",
                                    "required": ["type", "approximate"],
                                    "properties": {
                                        "type": {"type": "string", "const": "approximate"},
                                        "approximate": {
                                            "type": "object",
                                            "properties": {
                                                "country": {"type": "string", "e.g. `US`.": None},
                                                "region": {"type": "string"},
                                                "city": {"type": "string"},
                                                "timezone": {"type": "string"},
                                            },
                                        },
                                    },
                                },
                                rule="required",
                            )
                        data__userlocation_keys = set(data__userlocation.keys())
                        if "type" in data__userlocation_keys:
                            data__userlocation_keys.remove("type")
                            data__userlocation__type = data__userlocation["type"]
                            if not isinstance(data__userlocation__type, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".user_location.type must be string",
                                    value=data__userlocation__type,
                                    name="" + (name_prefix or "data") + ".user_location.type",
                                    definition={"type": "string", "const": "approximate"},
                                    rule="type",
                                )
                            if not (
                                isinstance(data__userlocation__type, str) and data__userlocation__type == "approximate"
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".user_location.type must be same as const definition: approximate",
                                    value=data__userlocation__type,
                                    name="" + (name_prefix or "data") + ".user_location.type",
                                    definition={"type": "string", "const": "approximate"},
                                    rule="const",
                                )
                        if "approximate" in data__userlocation_keys:
                            data__userlocation_keys.remove("approximate")
                            data__userlocation__approximate = data__userlocation["approximate"]
                            if not isinstance(data__userlocation__approximate, (dict)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".user_location.approximate must be object",
                                    value=data__userlocation__approximate,
                                    name="" + (name_prefix or "data") + ".user_location.approximate",
                                    definition={
                                        "type": "object",
                                        "properties": {
                                            "country": {"type": "string", "e.g. `US`.": None},
                                            "region": {"type": "string"},
                                            "city": {"type": "string"},
                                            "timezone": {"type": "string"},
                                        },
                                    },
                                    rule="type",
                                )
                            data__userlocation__approximate_is_dict = isinstance(data__userlocation__approximate, dict)
                            if data__userlocation__approximate_is_dict:
                                data__userlocation__approximate_keys = set(data__userlocation__approximate.keys())
                                if "country" in data__userlocation__approximate_keys:
                                    data__userlocation__approximate_keys.remove("country")
                                    data__userlocation__approximate__country = data__userlocation__approximate[
                                        "country"
                                    ]
                                    if not isinstance(data__userlocation__approximate__country, (str)):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".user_location.approximate.country must be string",
                                            value=data__userlocation__approximate__country,
                                            name="" + (name_prefix or "data") + ".user_location.approximate.country",
                                            definition={"type": "string", "e.g. `US`.": None},
                                            rule="type",
                                        )
                                if "region" in data__userlocation__approximate_keys:
                                    data__userlocation__approximate_keys.remove("region")
                                    data__userlocation__approximate__region = data__userlocation__approximate["region"]
                                    if not isinstance(data__userlocation__approximate__region, (str)):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".user_location.approximate.region must be string",
                                            value=data__userlocation__approximate__region,
                                            name="" + (name_prefix or "data") + ".user_location.approximate.region",
                                            definition={"type": "string"},
                                            rule="type",
                                        )
                                if "city" in data__userlocation__approximate_keys:
                                    data__userlocation__approximate_keys.remove("city")
                                    data__userlocation__approximate__city = data__userlocation__approximate["city"]
                                    if not isinstance(data__userlocation__approximate__city, (str)):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".user_location.approximate.city must be string",
                                            value=data__userlocation__approximate__city,
                                            name="" + (name_prefix or "data") + ".user_location.approximate.city",
                                            definition={"type": "string"},
                                            rule="type",
                                        )
                                if "timezone" in data__userlocation__approximate_keys:
                                    data__userlocation__approximate_keys.remove("timezone")
                                    data__userlocation__approximate__timezone = data__userlocation__approximate[
                                        "timezone"
                                    ]
                                    if not isinstance(data__userlocation__approximate__timezone, (str)):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".user_location.approximate.timezone must be string",
                                            value=data__userlocation__approximate__timezone,
                                            name="" + (name_prefix or "data") + ".user_location.approximate.timezone",
                                            definition={"type": "string"},
                                            rule="type",
                                        )
                    data__userlocation_any_of_count152 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__userlocation_any_of_count152:
                try:
                    if not isinstance(data__userlocation, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".user_location must be null",
                            value=data__userlocation,
                            name="" + (name_prefix or "data") + ".user_location",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__userlocation_any_of_count152 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__userlocation_any_of_count152:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user_location cannot be validated by any definition",
                    value=data__userlocation,
                    name="" + (name_prefix or "data") + ".user_location",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "required": ["type", "approximate"],
                                "properties": {
                                    "type": {"type": "string", "const": "approximate"},
                                    "approximate": {
                                        "type": "object",
                                        "properties": {
                                            "country": {"type": "string", "e.g. `US`.": None},
                                            "region": {"type": "string"},
                                            "city": {"type": "string"},
                                            "timezone": {"type": "string"},
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


validate = validate___operations_create_chat_completion
