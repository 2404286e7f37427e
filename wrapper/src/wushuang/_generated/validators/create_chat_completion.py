# Generated from openapi/wushuang.yaml (sha256 308ae75e90aed858) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createChatCompletion (wire names); compiled by fastjsonschema."""

from decimal import Decimal
import re
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

REGEX_PATTERNS = {"^[a-zA-Z0-9_-]{1,64}$": re.compile("^[a-zA-Z0-9_-]{1,64}\\Z")}
NoneType = type(None)


from ._components import (
    validate___definitions_functiondefinition,
    validate___definitions_logitbias,
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
                                {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                            ],
                        },
                    },
                    "model": {"type": "string"},
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
                    "max_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                    "presence_penalty": {"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    "response_format": {
                        "type": "object",
                        "required": ["type"],
                        "properties": {
                            "type": {"type": "string", "enum": ["text", "json_object", "json_schema"]},
                            "json_schema": {"$ref": "#/definitions/ResponseFormatJsonSchema"},
                        },
                    },
                    "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
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
                    "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    "stream_options": {
                        "anyOf": [
                            {
                                "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                "type": "object",
                                "properties": {"include_usage": {"type": "boolean"}},
                            },
                            {"type": "null"},
                        ]
                    },
                    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    "tools": {
                        "type": "array",
                        "items": {
                            "x-sdk-type": ["chat.ChatCompletionToolParam"],
                            "type": "object",
                            "required": ["type", "function"],
                            "properties": {
                                "type": {"type": "string", "const": "function"},
                                "function": {"$ref": "#/definitions/FunctionDefinition"},
                            },
                        },
                    },
                    "tool_choice": {
                        "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                        "anyOf": [
                            {"type": "string", "enum": ["none", "auto", "required"]},
                            {"$ref": "#/definitions/ChatCompletionNamedToolChoice"},
                        ],
                    },
                    "user": {"type": "string"},
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
                                    {"$ref": "#/definitions/ChatCompletionRequestSystemMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestUserMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestAssistantMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestToolMessage"},
                                    {"$ref": "#/definitions/ChatCompletionRequestFunctionMessage"},
                                ],
                            },
                        },
                        "model": {"type": "string"},
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
                        "max_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                        "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                        "presence_penalty": {
                            "anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]
                        },
                        "response_format": {
                            "type": "object",
                            "required": ["type"],
                            "properties": {
                                "type": {"type": "string", "enum": ["text", "json_object", "json_schema"]},
                                "json_schema": {"$ref": "#/definitions/ResponseFormatJsonSchema"},
                            },
                        },
                        "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
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
                        "stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                        "stream_options": {
                            "anyOf": [
                                {
                                    "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                    "type": "object",
                                    "properties": {"include_usage": {"type": "boolean"}},
                                },
                                {"type": "null"},
                            ]
                        },
                        "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                        "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                        "tools": {
                            "type": "array",
                            "items": {
                                "x-sdk-type": ["chat.ChatCompletionToolParam"],
                                "type": "object",
                                "required": ["type", "function"],
                                "properties": {
                                    "type": {"type": "string", "const": "function"},
                                    "function": {"$ref": "#/definitions/FunctionDefinition"},
                                },
                            },
                        },
                        "tool_choice": {
                            "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                            "anyOf": [
                                {"type": "string", "enum": ["none", "auto", "required"]},
                                {"$ref": "#/definitions/ChatCompletionNamedToolChoice"},
                            ],
                        },
                        "user": {"type": "string"},
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
        if "frequency_penalty" in data_keys:
            data_keys.remove("frequency_penalty")
            data__frequencypenalty = data["frequency_penalty"]
            data__frequencypenalty_any_of_count68 = 0
            if not data__frequencypenalty_any_of_count68:
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
                    data__frequencypenalty_any_of_count68 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count68:
                try:
                    if not isinstance(data__frequencypenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".frequency_penalty must be null",
                            value=data__frequencypenalty,
                            name="" + (name_prefix or "data") + ".frequency_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__frequencypenalty_any_of_count68 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count68:
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
            data__logitbias_any_of_count69 = 0
            if not data__logitbias_any_of_count69:
                try:
                    validate___definitions_logitbias(
                        data__logitbias, custom_formats, (name_prefix or "data") + ".logit_bias"
                    )
                    data__logitbias_any_of_count69 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count69:
                try:
                    if not isinstance(data__logitbias, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logit_bias must be null",
                            value=data__logitbias,
                            name="" + (name_prefix or "data") + ".logit_bias",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logitbias_any_of_count69 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count69:
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
            data__logprobs_any_of_count70 = 0
            if not data__logprobs_any_of_count70:
                try:
                    if not isinstance(data__logprobs, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be boolean",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__logprobs_any_of_count70 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count70:
                try:
                    if not isinstance(data__logprobs, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be null",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logprobs_any_of_count70 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count70:
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
            data__toplogprobs_any_of_count71 = 0
            if not data__toplogprobs_any_of_count71:
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
                    data__toplogprobs_any_of_count71 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toplogprobs_any_of_count71:
                try:
                    if not isinstance(data__toplogprobs, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_logprobs must be null",
                            value=data__toplogprobs,
                            name="" + (name_prefix or "data") + ".top_logprobs",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toplogprobs_any_of_count71 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toplogprobs_any_of_count71:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_logprobs cannot be validated by any definition",
                    value=data__toplogprobs,
                    name="" + (name_prefix or "data") + ".top_logprobs",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_tokens" in data_keys:
            data_keys.remove("max_tokens")
            data__maxtokens = data["max_tokens"]
            data__maxtokens_any_of_count72 = 0
            if not data__maxtokens_any_of_count72:
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
                    data__maxtokens_any_of_count72 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count72:
                try:
                    if not isinstance(data__maxtokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_tokens must be null",
                            value=data__maxtokens,
                            name="" + (name_prefix or "data") + ".max_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxtokens_any_of_count72 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count72:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".max_tokens cannot be validated by any definition",
                    value=data__maxtokens,
                    name="" + (name_prefix or "data") + ".max_tokens",
                    definition={"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "n" in data_keys:
            data_keys.remove("n")
            data__n = data["n"]
            data__n_any_of_count73 = 0
            if not data__n_any_of_count73:
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
                    data__n_any_of_count73 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count73:
                try:
                    if not isinstance(data__n, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be null",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__n_any_of_count73 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count73:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n cannot be validated by any definition",
                    value=data__n,
                    name="" + (name_prefix or "data") + ".n",
                    definition={"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "presence_penalty" in data_keys:
            data_keys.remove("presence_penalty")
            data__presencepenalty = data["presence_penalty"]
            data__presencepenalty_any_of_count74 = 0
            if not data__presencepenalty_any_of_count74:
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
                    data__presencepenalty_any_of_count74 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count74:
                try:
                    if not isinstance(data__presencepenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".presence_penalty must be null",
                            value=data__presencepenalty,
                            name="" + (name_prefix or "data") + ".presence_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__presencepenalty_any_of_count74 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count74:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".presence_penalty cannot be validated by any definition",
                    value=data__presencepenalty,
                    name="" + (name_prefix or "data") + ".presence_penalty",
                    definition={"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            validate___definitions_responseformat(
                data__responseformat, custom_formats, (name_prefix or "data") + ".response_format"
            )
        if "seed" in data_keys:
            data_keys.remove("seed")
            data__seed = data["seed"]
            data__seed_any_of_count75 = 0
            if not data__seed_any_of_count75:
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
                    data__seed_any_of_count75 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count75:
                try:
                    if not isinstance(data__seed, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be null",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__seed_any_of_count75 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count75:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".seed cannot be validated by any definition",
                    value=data__seed,
                    name="" + (name_prefix or "data") + ".seed",
                    definition={"anyOf": [{"type": "integer"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "stop" in data_keys:
            data_keys.remove("stop")
            data__stop = data["stop"]
            data__stop_any_of_count76 = 0
            if not data__stop_any_of_count76:
                try:
                    validate___definitions_stopsequences(data__stop, custom_formats, (name_prefix or "data") + ".stop")
                    data__stop_any_of_count76 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count76:
                try:
                    if not isinstance(data__stop, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stop must be null",
                            value=data__stop,
                            name="" + (name_prefix or "data") + ".stop",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stop_any_of_count76 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count76:
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
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            data__stream_any_of_count77 = 0
            if not data__stream_any_of_count77:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count77 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count77:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count77 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count77:
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
            data__streamoptions_any_of_count78 = 0
            if not data__streamoptions_any_of_count78:
                try:
                    validate___definitions_streamoptions(
                        data__streamoptions, custom_formats, (name_prefix or "data") + ".stream_options"
                    )
                    data__streamoptions_any_of_count78 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count78:
                try:
                    if not isinstance(data__streamoptions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream_options must be null",
                            value=data__streamoptions,
                            name="" + (name_prefix or "data") + ".stream_options",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__streamoptions_any_of_count78 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count78:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream_options cannot be validated by any definition",
                    value=data__streamoptions,
                    name="" + (name_prefix or "data") + ".stream_options",
                    definition={
                        "anyOf": [
                            {
                                "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
                                "type": "object",
                                "properties": {"include_usage": {"type": "boolean"}},
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            data__temperature_any_of_count79 = 0
            if not data__temperature_any_of_count79:
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
                    data__temperature_any_of_count79 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count79:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count79 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count79:
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
            data__topp_any_of_count80 = 0
            if not data__topp_any_of_count80:
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
                    data__topp_any_of_count80 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count80:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count80 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count80:
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
                            "x-sdk-type": ["chat.ChatCompletionToolParam"],
                            "type": "object",
                            "required": ["type", "function"],
                            "properties": {
                                "type": {"type": "string", "const": "function"},
                                "function": {"$ref": "#/definitions/FunctionDefinition"},
                            },
                        },
                    },
                    rule="type",
                )
            data__tools_is_list = isinstance(data__tools, (list, tuple))
            if data__tools_is_list:
                data__tools_len = len(data__tools)
                for data__tools_x, data__tools_item in enumerate(data__tools):
                    validate___definitions_chatcompletiontool(
                        data__tools_item,
                        custom_formats,
                        (name_prefix or "data") + ".tools[{data__tools_x}]".format(**locals()),
                    )
        if "tool_choice" in data_keys:
            data_keys.remove("tool_choice")
            data__toolchoice = data["tool_choice"]
            validate___definitions_chatcompletiontoolchoiceoption(
                data__toolchoice, custom_formats, (name_prefix or "data") + ".tool_choice"
            )
        if "user" in data_keys:
            data_keys.remove("user")
            data__user = data["user"]
            if not isinstance(data__user, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".user must be string",
                    value=data__user,
                    name="" + (name_prefix or "data") + ".user",
                    definition={"type": "string"},
                    rule="type",
                )
        if "function_call" in data_keys:
            data_keys.remove("function_call")
            data__functioncall = data["function_call"]
            data__functioncall_any_of_count81 = 0
            if not data__functioncall_any_of_count81:
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
                    data__functioncall_any_of_count81 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count81:
                try:
                    validate___definitions_chatcompletionfunctioncalloption(
                        data__functioncall, custom_formats, (name_prefix or "data") + ".function_call"
                    )
                    data__functioncall_any_of_count81 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__functioncall_any_of_count81:
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


def validate___definitions_chatcompletioncontentpart(data, custom_formats={}, name_prefix=None):
    data_one_of_count89 = 0
    if data_one_of_count89 < 2:
        try:
            validate___definitions_chatcompletioncontentparttext(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count89 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count89 < 2:
        try:
            validate___definitions_chatcompletioncontentpartimage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count89 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count89 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count89) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
                        "type": "object",
                        "required": ["type", "text"],
                        "properties": {"type": {"type": "string", "const": "text"}, "text": {"type": "string"}},
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
                        "type": "object",
                        "required": ["type", "image_url"],
                        "properties": {
                            "type": {"type": "string", "const": "image_url"},
                            "image_url": {"$ref": "#/definitions/ImageUrl"},
                        },
                    },
                ],
            },
            rule="oneOf",
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
                    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
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
                    "type": {"type": "string"},
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
                        "type": {"type": "string"},
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
                    definition={"type": "string"},
                    rule="type",
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
                    "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "name": {"type": "string"},
                    "tool_calls": {
                        "type": "array",
                        "items": {
                            "x-sdk-type": [
                                "chat.ChatCompletionMessageToolCall",
                                "chat.ChatCompletionMessageToolCallParam",
                            ],
                            "type": "object",
                            "required": ["id", "type", "function"],
                            "properties": {
                                "id": {"type": "string"},
                                "type": {"type": "string"},
                                "function": {"$ref": "#/definitions/FunctionCall"},
                            },
                        },
                    },
                    "function_call": {
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
                        "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "name": {"type": "string"},
                        "tool_calls": {
                            "type": "array",
                            "items": {
                                "x-sdk-type": [
                                    "chat.ChatCompletionMessageToolCall",
                                    "chat.ChatCompletionMessageToolCallParam",
                                ],
                                "type": "object",
                                "required": ["id", "type", "function"],
                                "properties": {
                                    "id": {"type": "string"},
                                    "type": {"type": "string"},
                                    "function": {"$ref": "#/definitions/FunctionCall"},
                                },
                            },
                        },
                        "function_call": {
                            "type": "object",
                            "required": ["name", "arguments"],
                            "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
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
            data__content_any_of_count87 = 0
            if not data__content_any_of_count87:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count87 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count87:
                try:
                    if not isinstance(data__content, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be null",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__content_any_of_count87 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count87:
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
                            "x-sdk-type": [
                                "chat.ChatCompletionMessageToolCall",
                                "chat.ChatCompletionMessageToolCallParam",
                            ],
                            "type": "object",
                            "required": ["id", "type", "function"],
                            "properties": {
                                "id": {"type": "string"},
                                "type": {"type": "string"},
                                "function": {"$ref": "#/definitions/FunctionCall"},
                            },
                        },
                    },
                    rule="type",
                )
            data__toolcalls_is_list = isinstance(data__toolcalls, (list, tuple))
            if data__toolcalls_is_list:
                data__toolcalls_len = len(data__toolcalls)
                for data__toolcalls_x, data__toolcalls_item in enumerate(data__toolcalls):
                    validate___definitions_chatcompletionmessagetoolcall(
                        data__toolcalls_item,
                        custom_formats,
                        (name_prefix or "data") + ".tool_calls[{data__toolcalls_x}]".format(**locals()),
                    )
        if "function_call" in data_keys:
            data_keys.remove("function_call")
            data__functioncall = data["function_call"]
            validate___definitions_functioncall(
                data__functioncall, custom_formats, (name_prefix or "data") + ".function_call"
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
            data__content_any_of_count86 = 0
            if not data__content_any_of_count86:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count86 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count86:
                try:
                    if not isinstance(data__content, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be null",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__content_any_of_count86 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count86:
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
    data_one_of_count85 = 0
    if data_one_of_count85 < 2:
        try:
            validate___definitions_chatcompletionrequestsystemmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count85 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count85 < 2:
        try:
            validate___definitions_chatcompletionrequestusermessage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count85 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count85 < 2:
        try:
            validate___definitions_chatcompletionrequestassistantmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count85 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count85 < 2:
        try:
            validate___definitions_chatcompletionrequesttoolmessage(data, custom_formats, (name_prefix or "data") + "")
            data_one_of_count85 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count85 < 2:
        try:
            validate___definitions_chatcompletionrequestfunctionmessage(
                data, custom_formats, (name_prefix or "data") + ""
            )
            data_one_of_count85 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if data_one_of_count85 != 1:
        raise JsonSchemaValueException(
            ""
            + (name_prefix or "data")
            + " must be valid exactly by one definition"
            + (" (" + str(data_one_of_count85) + " matches found)"),
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionMessageParam"],
                "oneOf": [
                    {
                        "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
                        "type": "object",
                        "required": ["role", "content"],
                        "properties": {
                            "role": {"type": "string", "const": "system"},
                            "content": {"type": "string"},
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
                            "content": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                            "name": {"type": "string"},
                            "tool_calls": {
                                "type": "array",
                                "items": {"$ref": "#/definitions/ChatCompletionMessageToolCall"},
                            },
                            "function_call": {"$ref": "#/definitions/FunctionCall", "deprecated": True},
                        },
                    },
                    {
                        "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
                        "type": "object",
                        "required": ["role", "content", "tool_call_id"],
                        "properties": {
                            "role": {"type": "string", "const": "tool"},
                            "content": {"type": "string"},
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
                    "content": {"type": "string"},
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
                        "content": {"type": "string"},
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
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content must be string",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={"type": "string"},
                    rule="type",
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
                    "content": {"type": "string"},
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
                        "content": {"type": "string"},
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
            if not isinstance(data__content, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content must be string",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={"type": "string"},
                    rule="type",
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
            data__content_any_of_count88 = 0
            if not data__content_any_of_count88:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count88 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count88:
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
                    data__content_any_of_count88 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count88:
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


def validate___definitions_chatcompletiontoolchoiceoption(data, custom_formats={}, name_prefix=None):
    data_any_of_count82 = 0
    if not data_any_of_count82:
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
            data_any_of_count82 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count82:
        try:
            validate___definitions_chatcompletionnamedtoolchoice(data, custom_formats, (name_prefix or "data") + "")
            data_any_of_count82 += 1
        except (JsonSchemaValueException, JsonSchemaValuesException):
            pass
    if not data_any_of_count82:
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " cannot be validated by any definition",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
                "anyOf": [
                    {"type": "string", "enum": ["none", "auto", "required"]},
                    {
                        "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
                        "type": "object",
                        "required": ["type", "function"],
                        "properties": {
                            "type": {"type": "string", "const": "function"},
                            "function": {"$ref": "#/definitions/ToolChoiceFunction"},
                        },
                    },
                ],
            },
            rule="anyOf",
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


def validate___definitions_responseformat(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "enum": ["text", "json_object", "json_schema"]},
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
                        "type": {"type": "string", "enum": ["text", "json_object", "json_schema"]},
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
                    definition={"type": "string", "enum": ["text", "json_object", "json_schema"]},
                    rule="type",
                )
            if not (
                isinstance(data__type, str)
                and data__type == "text"
                or isinstance(data__type, str)
                and data__type == "json_object"
                or isinstance(data__type, str)
                and data__type == "json_schema"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be one of ['text', 'json_object', 'json_schema']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["text", "json_object", "json_schema"]},
                    rule="enum",
                )
        if "json_schema" in data_keys:
            data_keys.remove("json_schema")
            data__jsonschema = data["json_schema"]
            validate___definitions_responseformatjsonschema(
                data__jsonschema, custom_formats, (name_prefix or "data") + ".json_schema"
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
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                    "schema": {"type": "object", "additionalProperties": True},
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
                        "schema": {"type": "object", "additionalProperties": True},
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
        if "schema" in data_keys:
            data_keys.remove("schema")
            data__schema = data["schema"]
            if not isinstance(data__schema, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".schema must be object",
                    value=data__schema,
                    name="" + (name_prefix or "data") + ".schema",
                    definition={"type": "object", "additionalProperties": True},
                    rule="type",
                )
            data__schema_is_dict = isinstance(data__schema, dict)
            if data__schema_is_dict:
                data__schema_keys = set(data__schema.keys())
        if "strict" in data_keys:
            data_keys.remove("strict")
            data__strict = data["strict"]
            data__strict_any_of_count84 = 0
            if not data__strict_any_of_count84:
                try:
                    if not isinstance(data__strict, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be boolean",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__strict_any_of_count84 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count84:
                try:
                    if not isinstance(data__strict, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".strict must be null",
                            value=data__strict,
                            name="" + (name_prefix or "data") + ".strict",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__strict_any_of_count84 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__strict_any_of_count84:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".strict cannot be validated by any definition",
                    value=data__strict,
                    name="" + (name_prefix or "data") + ".strict",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
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


validate = validate___operations_create_chat_completion
