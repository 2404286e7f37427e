# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createChatCompletion (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import (
    validate_functiondefinition,
    validate_logitbias,
    validate_metadata,
    validate_promptcachebreakpoint,
    validate_responseformatjsonobject,
    validate_responseformatjsonschema,
    validate_responseformattext,
    validate_stopsequences,
    validate_streamoptions,
)


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "integer"}
_S5 = {"type": "integer", "minimum": 0}
_S6 = {"type": "string", "const": "file"}
_S7 = {"type": "string", "const": "text"}
_S8 = {"type": "string", "const": "tool"}
_S9 = {"type": "string", "const": "user"}
_S10 = {"type": "string", "enum": ["30m"]}
_S11 = {"type": "string", "maxLength": 64}
_S12 = {"type": "string", "const": "custom"}
_S13 = {"type": "string", "const": "system"}
_S14 = {"type": "string", "const": "content"}
_S15 = {"type": "string", "const": "grammar"}
_S16 = {"type": "string", "const": "refusal"}
_S17 = {"type": "string", "deprecated": True}
_S18 = {"type": "string", "e.g. `US`.": None}
_S19 = {"type": "string", "const": "function"}
_S20 = {"type": "string", "const": "assistant"}
_S21 = {"type": "string", "const": "developer"}
_S22 = {"type": "string", "const": "image_url"}
_S23 = {"type": "string", "const": "approximate"}
_S24 = {"type": "string", "const": "input_audio"}
_S25 = {"type": "string", "enum": ["wav", "mp3"]}
_S26 = {"type": "string", "base64-encoded.": None}
_S27 = {"type": "string", "const": "allowed_tools"}
_S28 = {"type": "string", "enum": ["none", "auto"]}
_S29 = {"type": "string", "enum": ["lark", "regex"]}
_S30 = {"type": "string", "enum": ["text", "audio"]}
_S31 = {"type": "number", "minimum": 0, "maximum": 1}
_S32 = {"type": "number", "minimum": 0, "maximum": 2}
_S33 = {"type": "string", "enum": ["score", "block"]}
_S34 = {"type": "number", "minimum": -2, "maximum": 2}
_S35 = {"type": "integer", "minimum": 0, "maximum": 20}
_S36 = {"type": "object", "additionalProperties": True}
_S37 = {"type": "string", "enum": ["auto", "required"]}
_S38 = {"type": "string", "enum": ["in_memory", "24h"]}
_S39 = {"anyOf": [_S2, _S1]}
_S40 = {"type": "integer", "minimum": 1, "maximum": 128}
_S41 = {"anyOf": [_S3, _S1]}
_S42 = {"type": "string", "enum": ["auto", "low", "high"]}
_S43 = {"type": "string", "enum": ["implicit", "explicit"]}
_S44 = {"type": "string", "with inline `file_data`.": None}
_S45 = {"type": "string", "enum": ["low", "medium", "high"]}
_S46 = {"type": "string", "enum": ["none", "auto", "required"]}
_S47 = {"anyOf": [_S5, _S1]}
_S48 = {"anyOf": [_S11, _S1]}
_S49 = {"deprecated": True, "anyOf": [_S4, _S1]}
_S50 = {"type": "array", "items": _S30}
_S51 = {"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]}
_S52 = {"type": "array", "items": _S36}
_S53 = {"anyOf": [_S31, _S1]}
_S54 = {"anyOf": [_S32, _S1]}
_S55 = {"anyOf": [_S34, _S1]}
_S56 = {"anyOf": [_S35, _S1]}
_S57 = {"anyOf": [_S40, _S1]}
_S58 = {"type": "object", "required": ["id"], "properties": {"id": _S2}}
_S59 = {"anyOf": [_S45, _S1]}
_S60 = {"deprecated": True, "anyOf": [_S5, _S1]}
_S61 = {"type": "object", "required": ["name"], "properties": {"name": _S2}}
_S62 = {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast"]}
_S63 = {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]}
_S64 = {"deprecated": True, "anyOf": [_S38, _S1]}
_S65 = {"type": "object", "required": ["type"], "properties": {"type": _S7}}
_S66 = {"anyOf": [_S50, _S1]}
_S67 = {"type": "object", "deprecated": True, "required": ["name"], "properties": {"name": _S2}}
_S68 = {"anyOf": [_S58, _S1]}
_S69 = {"type": "object", "required": ["mode"], "properties": {"mode": _S33}}
_S70 = {"anyOf": [_S2, _S58]}
_S71 = {"anyOf": [_S62, _S1]}
_S72 = {"anyOf": [_S63, _S1]}
_S73 = {"type": "object", "required": ["name", "input"], "properties": {"name": _S2, "input": _S2}}
_S74 = {
    "anyOf": [{"type": "object", "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100}}, _S1]
}
_S75 = {"type": "object", "required": ["name", "arguments"], "properties": {"name": _S2, "arguments": _S2}}
_S76 = {"anyOf": [{"anyOf": [_S2, {"type": "array", "items": _S2, "minItems": 1, "maxItems": 4}]}, _S1]}
_S77 = {"type": "object", "properties": {"ttl": _S10, "mode": _S43}}
_S78 = {"anyOf": [_S69, _S1]}
_S79 = {"type": "object", "required": ["url"], "properties": {"url": _S2, "detail": _S42}}
_S80 = {"type": "object", "required": ["type", "refusal"], "properties": {"type": _S16, "refusal": _S2}}
_S81 = {"type": "object", "required": ["definition", "syntax"], "properties": {"definition": _S2, "syntax": _S29}}
_S82 = {"type": "object", "properties": {"filename": _S44, "file_data": _S2, "file_id": _S2}}
_S83 = {
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
_S84 = {
    "type": "array",
    "minItems": 1,
    "items": {
        "oneOf": [
            {"$ref": "#/definitions/ChatCompletionContentPartText"},
            {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
        ]
    },
}
_S85 = {"type": "object", "required": ["data", "format"], "properties": {"data": _S26, "format": _S25}}
_S86 = {"type": "object", "properties": {"country": _S18, "region": _S2, "city": _S2, "timezone": _S2}}
_S87 = {"deprecated": True, "anyOf": [_S75, _S1]}
_S88 = {"deprecated": True, "anyOf": [_S28, _S67]}
_S89 = {
    "anyOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
            "type": "object",
            "properties": {"include_usage": _S3, "include_obfuscation": _S3},
        },
        _S1,
    ]
}
_S90 = {"type": "object", "required": ["type", "custom"], "properties": {"type": _S12, "custom": _S61}}
_S91 = {"type": "object", "required": ["mode", "tools"], "properties": {"mode": _S37, "tools": _S52}}
_S92 = {"anyOf": [_S2, _S84, _S1]}
_S93 = {
    "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
    "type": "object",
    "required": ["type", "function"],
    "properties": {"type": _S19, "function": _S61},
}
_S94 = {"type": "object", "required": ["voice", "format"], "properties": {"voice": _S70, "format": _S51}}
_S95 = {"type": "object", "required": ["id", "type", "custom"], "properties": {"id": _S2, "type": _S12, "custom": _S73}}
_S96 = {
    "anyOf": [
        {
            "type": "object",
            "required": ["type", "content"],
            "properties": {
                "type": _S14,
                "content": {
                    "anyOf": [
                        _S2,
                        {
                            "type": "array",
                            "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                            "minItems": 1,
                        },
                    ]
                },
            },
        },
        _S1,
    ]
}
_S97 = {"type": "object", "required": ["type", "grammar"], "properties": {"type": _S15, "grammar": _S81}}
_S98 = {
    "x-sdk-type": ["chat.ChatCompletionFunctionMessageParam"],
    "type": "object",
    "deprecated": True,
    "required": ["role", "content", "name"],
    "properties": {"role": _S19, "content": _S39, "name": _S2},
}
_S99 = {"anyOf": [_S94, _S1]}
_S100 = {
    "type": "array",
    "items": {
        "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
        "type": "object",
        "required": ["type", "text"],
        "properties": {
            "type": _S7,
            "text": _S2,
            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
        },
    },
    "minItems": 1,
}
_S101 = {"type": "object", "required": ["type", "approximate"], "properties": {"type": _S23, "approximate": _S86}}
_S102 = {
    "deprecated": True,
    "type": "array",
    "minItems": 1,
    "maxItems": 128,
    "items": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
            "parameters": _S36,
            "strict": _S41,
        },
    },
}
_S103 = {
    "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
    "type": "object",
    "required": ["type", "text"],
    "properties": {
        "type": _S7,
        "text": _S2,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S104 = {
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
}
_S105 = {"type": "object", "properties": {"input": _S78, "output": _S78}}
_S106 = {"anyOf": [_S101, _S1]}
_S107 = {"anyOf": [_S2, _S100]}
_S108 = {"type": "object", "required": ["type", "allowed_tools"], "properties": {"type": _S27, "allowed_tools": _S91}}
_S109 = {
    "anyOf": [
        {
            "type": "object",
            "required": ["model"],
            "properties": {
                "model": _S2,
                "policy": {
                    "anyOf": [
                        {
                            "type": "object",
                            "properties": {
                                "input": {"anyOf": [{"$ref": "#/definitions/ModerationConfig"}, _S1]},
                                "output": {"anyOf": [{"$ref": "#/definitions/ModerationConfig"}, _S1]},
                            },
                        },
                        _S1,
                    ]
                },
            },
        },
        _S1,
    ]
}
_S110 = {
    "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
    "anyOf": [
        _S46,
        {
            "oneOf": [
                {"$ref": "#/definitions/ChatCompletionNamedToolChoice"},
                {"$ref": "#/definitions/ChatCompletionNamedToolChoiceCustom"},
                {"$ref": "#/definitions/ChatCompletionAllowedToolsChoice"},
            ],
            "discriminator": {"propertyName": "type"},
        },
    ],
}
_S111 = {"anyOf": [_S2, _S104]}
_S112 = {"anyOf": [_S105, _S1]}
_S113 = {
    "x-sdk-type": ["chat.ChatCompletionMessageToolCall", "chat.ChatCompletionMessageToolCallParam"],
    "type": "object",
    "required": ["id", "type", "function"],
    "properties": {"id": _S2, "type": _S19, "function": _S75},
}
_S114 = {"oneOf": [_S65, _S97]}
_S115 = {
    "type": "object",
    "required": ["type", "file"],
    "properties": {
        "type": _S6,
        "file": _S82,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S116 = {
    "x-sdk-type": ["chat.ChatCompletionToolParam"],
    "type": "object",
    "required": ["type", "function"],
    "properties": {
        "type": _S19,
        "function": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
                "parameters": _S36,
                "strict": _S41,
            },
        },
    },
}
_S117 = {
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
            "type": "object",
            "required": ["type", "text"],
            "properties": {
                "type": _S7,
                "text": _S2,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        _S80,
    ]
}
_S118 = {
    "type": "object",
    "required": ["type", "input_audio"],
    "properties": {
        "type": _S24,
        "input_audio": _S85,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S119 = {"type": "object", "required": ["model"], "properties": {"model": _S2, "policy": _S112}}
_S120 = {
    "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
    "type": "object",
    "required": ["type", "image_url"],
    "properties": {
        "type": _S22,
        "image_url": _S79,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S121 = {"type": "object", "required": ["type", "content"], "properties": {"type": _S14, "content": _S107}}
_S122 = {"type": "object", "properties": {"search_context_size": _S45, "user_location": _S106}}
_S123 = {
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
}
_S124 = {"type": "object", "required": ["name"], "properties": {"name": _S2, "format": _S114}}
_S125 = {
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionMessageToolCall", "chat.ChatCompletionMessageToolCallParam"],
            "type": "object",
            "required": ["id", "type", "function"],
            "properties": {"id": _S2, "type": _S19, "function": {"$ref": "#/definitions/FunctionCall"}},
        },
        {
            "type": "object",
            "required": ["id", "type", "custom"],
            "properties": {"id": _S2, "type": _S12, "custom": {"$ref": "#/definitions/CustomToolCall"}},
        },
    ],
    "discriminator": {"propertyName": "type"},
}
_S126 = {
    "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S13, "content": _S107, "name": _S2},
}
_S127 = {
    "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S21, "content": _S107, "name": _S2},
}
_S128 = {
    "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
    "type": "object",
    "required": ["role", "content", "tool_call_id"],
    "properties": {"role": _S8, "content": _S107, "tool_call_id": _S2},
}
_S129 = {
    "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S9, "content": _S111, "name": _S2},
}
_S130 = {"type": "array", "items": _S125}
_S131 = {
    "oneOf": [
        _S65,
        {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "const": "json_object"}}},
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
                        "schema": _S36,
                        "strict": _S41,
                    },
                },
            },
        },
    ]
}
_S132 = {"type": "object", "required": ["type", "custom"], "properties": {"type": _S12, "custom": _S124}}
_S133 = {
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
            "type": "object",
            "required": ["type", "function"],
            "properties": {"type": _S19, "function": {"$ref": "#/definitions/ToolChoiceFunction"}},
        },
        {
            "type": "object",
            "required": ["type", "custom"],
            "properties": {"type": _S12, "custom": {"$ref": "#/definitions/ToolChoiceFunction"}},
        },
        _S108,
    ],
    "discriminator": {"propertyName": "type"},
}
_S134 = {
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionToolParam"],
            "type": "object",
            "required": ["type", "function"],
            "properties": {"type": _S19, "function": {"$ref": "#/definitions/FunctionDefinition"}},
        },
        _S132,
    ],
    "discriminator": {"propertyName": "type"},
}
_S135 = {"type": "array", "items": _S134}
_S136 = {
    "x-sdk-type": ["chat.ChatCompletionContentPartParam"],
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionContentPartTextParam"],
            "type": "object",
            "required": ["type", "text"],
            "properties": {
                "type": _S7,
                "text": _S2,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        {
            "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
            "type": "object",
            "required": ["type", "image_url"],
            "properties": {
                "type": _S22,
                "image_url": {"$ref": "#/definitions/ImageUrl"},
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        {
            "type": "object",
            "required": ["type", "input_audio"],
            "properties": {
                "type": _S24,
                "input_audio": _S85,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        {
            "type": "object",
            "required": ["type", "file"],
            "properties": {
                "type": _S6,
                "file": _S82,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
    ],
}
_S137 = {
    "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
    "type": "object",
    "required": ["role"],
    "properties": {
        "role": _S20,
        "content": _S92,
        "refusal": _S39,
        "name": _S2,
        "audio": _S68,
        "tool_calls": _S130,
        "function_call": _S87,
    },
}
_S138 = {
    "x-sdk-type": ["chat.ChatCompletionMessageParam"],
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
            "type": "object",
            "required": ["role", "content"],
            "properties": {
                "role": _S21,
                "content": {
                    "anyOf": [
                        _S2,
                        {
                            "type": "array",
                            "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                            "minItems": 1,
                        },
                    ]
                },
                "name": _S2,
            },
        },
        {
            "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
            "type": "object",
            "required": ["role", "content"],
            "properties": {
                "role": _S13,
                "content": {
                    "anyOf": [
                        _S2,
                        {
                            "type": "array",
                            "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                            "minItems": 1,
                        },
                    ]
                },
                "name": _S2,
            },
        },
        {
            "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
            "type": "object",
            "required": ["role", "content"],
            "properties": {
                "role": _S9,
                "content": {
                    "anyOf": [
                        _S2,
                        {"type": "array", "items": {"$ref": "#/definitions/ChatCompletionContentPart"}, "minItems": 1},
                    ]
                },
                "name": _S2,
            },
        },
        {
            "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
            "type": "object",
            "required": ["role"],
            "properties": {
                "role": _S20,
                "content": {
                    "anyOf": [
                        _S2,
                        {
                            "type": "array",
                            "minItems": 1,
                            "items": {"$ref": "#/definitions/ChatCompletionAssistantContentPart"},
                        },
                        _S1,
                    ]
                },
                "refusal": _S39,
                "name": _S2,
                "audio": _S68,
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
                "function_call": {"deprecated": True, "anyOf": [{"$ref": "#/definitions/FunctionCall"}, _S1]},
            },
        },
        {
            "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
            "type": "object",
            "required": ["role", "content", "tool_call_id"],
            "properties": {
                "role": _S8,
                "content": {
                    "anyOf": [
                        _S2,
                        {
                            "type": "array",
                            "items": {"$ref": "#/definitions/ChatCompletionContentPartText"},
                            "minItems": 1,
                        },
                    ]
                },
                "tool_call_id": _S2,
            },
        },
        _S98,
    ],
}
_S139 = {
    "type": "object",
    "properties": {
        "messages": _S123,
        "model": _S2,
        "audio": _S99,
        "frequency_penalty": _S55,
        "logit_bias": _S74,
        "logprobs": _S41,
        "top_logprobs": _S56,
        "max_completion_tokens": _S47,
        "max_tokens": _S60,
        "metadata": _S83,
        "modalities": _S66,
        "moderation": _S109,
        "n": _S57,
        "parallel_tool_calls": _S3,
        "prediction": _S96,
        "presence_penalty": _S55,
        "prompt_cache_key": _S39,
        "prompt_cache_options": _S77,
        "prompt_cache_retention": _S64,
        "reasoning_effort": _S72,
        "response_format": {
            "oneOf": [
                {"$ref": "#/definitions/ResponseFormatText"},
                {"$ref": "#/definitions/ResponseFormatJsonObject"},
                {"$ref": "#/definitions/ResponseFormatJsonSchema"},
            ]
        },
        "safety_identifier": _S48,
        "seed": _S49,
        "service_tier": _S71,
        "stop": _S76,
        "store": _S41,
        "stream": _S41,
        "stream_options": _S89,
        "temperature": _S54,
        "top_p": _S53,
        "tools": _S135,
        "tool_choice": {
            "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
            "anyOf": [_S46, {"$ref": "#/definitions/ChatCompletionToolChoiceObject"}],
        },
        "verbosity": _S59,
        "web_search_options": _S122,
        "user": _S17,
        "function_call": _S88,
        "functions": _S102,
    },
    "required": ["messages", "model"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S139, "type")
    data__missing_keys = set(["messages", "model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S139, "required"
        )
    if "messages" in data:
        data__messages = data["messages"]
        if not isinstance(data__messages, (list, tuple)):
            raise SchemaError.at(f"{path}.messages", "must be array", data__messages, _S123, "type")
        data__messages_len = len(data__messages)
        if data__messages_len < 1:
            raise SchemaError.at(f"{path}.messages", "must contain at least 1 items", data__messages, _S123, "minItems")
        for data__messages_x, data__messages_item in enumerate(data__messages):
            validate_chatcompletionrequestmessage(data__messages_item, f"{path}.messages[{data__messages_x}]")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "audio" in data:
        data__audio = data["audio"]
        if data__audio is not None:
            try:
                validate_chatcompletionaudioparam(data__audio, f"{path}.audio")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.audio", "cannot be validated by any definition", data__audio, _S99, "anyOf"
                )
    if "frequency_penalty" in data:
        data__frequencypenalty = data["frequency_penalty"]
        if data__frequencypenalty is not None:
            try:
                if not isinstance(data__frequencypenalty, (int, float, Decimal)) or isinstance(
                    data__frequencypenalty, bool
                ):
                    raise SchemaError.at(
                        f"{path}.frequency_penalty", "must be number", data__frequencypenalty, _S34, "type"
                    )
                if isinstance(data__frequencypenalty, (int, float, Decimal)) and (
                    not isinstance(data__frequencypenalty, bool)
                ):
                    if data__frequencypenalty < -2:
                        raise SchemaError.at(
                            f"{path}.frequency_penalty",
                            "must be bigger than or equal to -2",
                            data__frequencypenalty,
                            _S34,
                            "minimum",
                        )
                    if data__frequencypenalty > 2:
                        raise SchemaError.at(
                            f"{path}.frequency_penalty",
                            "must be smaller than or equal to 2",
                            data__frequencypenalty,
                            _S34,
                            "maximum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.frequency_penalty",
                    "cannot be validated by any definition",
                    data__frequencypenalty,
                    _S55,
                    "anyOf",
                )
    if "logit_bias" in data:
        data__logitbias = data["logit_bias"]
        if data__logitbias is not None:
            try:
                validate_logitbias(data__logitbias, f"{path}.logit_bias")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.logit_bias", "cannot be validated by any definition", data__logitbias, _S74, "anyOf"
                )
    if "logprobs" in data:
        data__logprobs = data["logprobs"]
        if data__logprobs is not None:
            try:
                if not isinstance(data__logprobs, bool):
                    raise SchemaError.at(f"{path}.logprobs", "must be boolean", data__logprobs, _S3, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.logprobs", "cannot be validated by any definition", data__logprobs, _S41, "anyOf"
                )
    if "top_logprobs" in data:
        data__toplogprobs = data["top_logprobs"]
        if data__toplogprobs is not None:
            try:
                if (
                    not isinstance(data__toplogprobs, int)
                    and (not (isinstance(data__toplogprobs, float) and data__toplogprobs.is_integer()))
                    or isinstance(data__toplogprobs, bool)
                ):
                    raise SchemaError.at(f"{path}.top_logprobs", "must be integer", data__toplogprobs, _S35, "type")
                if isinstance(data__toplogprobs, (int, float, Decimal)) and (not isinstance(data__toplogprobs, bool)):
                    if data__toplogprobs < 0:
                        raise SchemaError.at(
                            f"{path}.top_logprobs",
                            "must be bigger than or equal to 0",
                            data__toplogprobs,
                            _S35,
                            "minimum",
                        )
                    if data__toplogprobs > 20:
                        raise SchemaError.at(
                            f"{path}.top_logprobs",
                            "must be smaller than or equal to 20",
                            data__toplogprobs,
                            _S35,
                            "maximum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.top_logprobs", "cannot be validated by any definition", data__toplogprobs, _S56, "anyOf"
                )
    if "max_completion_tokens" in data:
        data__maxcompletiontokens = data["max_completion_tokens"]
        if data__maxcompletiontokens is not None:
            try:
                if (
                    not isinstance(data__maxcompletiontokens, int)
                    and (not (isinstance(data__maxcompletiontokens, float) and data__maxcompletiontokens.is_integer()))
                    or isinstance(data__maxcompletiontokens, bool)
                ):
                    raise SchemaError.at(
                        f"{path}.max_completion_tokens", "must be integer", data__maxcompletiontokens, _S5, "type"
                    )
                if isinstance(data__maxcompletiontokens, (int, float, Decimal)) and (
                    not isinstance(data__maxcompletiontokens, bool)
                ):
                    if data__maxcompletiontokens < 0:
                        raise SchemaError.at(
                            f"{path}.max_completion_tokens",
                            "must be bigger than or equal to 0",
                            data__maxcompletiontokens,
                            _S5,
                            "minimum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.max_completion_tokens",
                    "cannot be validated by any definition",
                    data__maxcompletiontokens,
                    _S47,
                    "anyOf",
                )
    if "max_tokens" in data:
        data__maxtokens = data["max_tokens"]
        if data__maxtokens is not None:
            try:
                if (
                    not isinstance(data__maxtokens, int)
                    and (not (isinstance(data__maxtokens, float) and data__maxtokens.is_integer()))
                    or isinstance(data__maxtokens, bool)
                ):
                    raise SchemaError.at(f"{path}.max_tokens", "must be integer", data__maxtokens, _S5, "type")
                if isinstance(data__maxtokens, (int, float, Decimal)) and (not isinstance(data__maxtokens, bool)):
                    if data__maxtokens < 0:
                        raise SchemaError.at(
                            f"{path}.max_tokens", "must be bigger than or equal to 0", data__maxtokens, _S5, "minimum"
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.max_tokens", "cannot be validated by any definition", data__maxtokens, _S60, "anyOf"
                )
    if "metadata" in data:
        data__metadata = data["metadata"]
        if data__metadata is not None:
            try:
                validate_metadata(data__metadata, f"{path}.metadata")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S83, "anyOf"
                )
    if "modalities" in data:
        data__modalities = data["modalities"]
        if data__modalities is not None:
            try:
                if not isinstance(data__modalities, (list, tuple)):
                    raise SchemaError.at(f"{path}.modalities", "must be array", data__modalities, _S50, "type")
                data__modalities_len = len(data__modalities)
                for data__modalities_x, data__modalities_item in enumerate(data__modalities):
                    if not isinstance(data__modalities_item, str):
                        raise SchemaError.at(
                            f"{path}.modalities[{data__modalities_x}]",
                            "must be string",
                            data__modalities_item,
                            _S30,
                            "type",
                        )
                    if not (
                        isinstance(data__modalities_item, str)
                        and data__modalities_item == "text"
                        or (isinstance(data__modalities_item, str) and data__modalities_item == "audio")
                    ):
                        raise SchemaError.at(
                            f"{path}.modalities[{data__modalities_x}]",
                            "must be one of ['text', 'audio']",
                            data__modalities_item,
                            _S30,
                            "enum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.modalities", "cannot be validated by any definition", data__modalities, _S66, "anyOf"
                )
    if "moderation" in data:
        data__moderation = data["moderation"]
        if data__moderation is not None:
            try:
                validate_chatmoderationparam(data__moderation, f"{path}.moderation")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.moderation", "cannot be validated by any definition", data__moderation, _S109, "anyOf"
                )
    if "n" in data:
        data__n = data["n"]
        if data__n is not None:
            try:
                if (
                    not isinstance(data__n, int)
                    and (not (isinstance(data__n, float) and data__n.is_integer()))
                    or isinstance(data__n, bool)
                ):
                    raise SchemaError.at(f"{path}.n", "must be integer", data__n, _S40, "type")
                if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
                    if data__n < 1:
                        raise SchemaError.at(f"{path}.n", "must be bigger than or equal to 1", data__n, _S40, "minimum")
                    if data__n > 128:
                        raise SchemaError.at(
                            f"{path}.n", "must be smaller than or equal to 128", data__n, _S40, "maximum"
                        )
            except SchemaError:
                raise SchemaError.at(f"{path}.n", "cannot be validated by any definition", data__n, _S57, "anyOf")
    if "parallel_tool_calls" in data:
        data__paralleltoolcalls = data["parallel_tool_calls"]
        if not isinstance(data__paralleltoolcalls, bool):
            raise SchemaError.at(f"{path}.parallel_tool_calls", "must be boolean", data__paralleltoolcalls, _S3, "type")
    if "prediction" in data:
        data__prediction = data["prediction"]
        if data__prediction is not None:
            try:
                validate_predictioncontent(data__prediction, f"{path}.prediction")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.prediction", "cannot be validated by any definition", data__prediction, _S96, "anyOf"
                )
    if "presence_penalty" in data:
        data__presencepenalty = data["presence_penalty"]
        if data__presencepenalty is not None:
            try:
                if not isinstance(data__presencepenalty, (int, float, Decimal)) or isinstance(
                    data__presencepenalty, bool
                ):
                    raise SchemaError.at(
                        f"{path}.presence_penalty", "must be number", data__presencepenalty, _S34, "type"
                    )
                if isinstance(data__presencepenalty, (int, float, Decimal)) and (
                    not isinstance(data__presencepenalty, bool)
                ):
                    if data__presencepenalty < -2:
                        raise SchemaError.at(
                            f"{path}.presence_penalty",
                            "must be bigger than or equal to -2",
                            data__presencepenalty,
                            _S34,
                            "minimum",
                        )
                    if data__presencepenalty > 2:
                        raise SchemaError.at(
                            f"{path}.presence_penalty",
                            "must be smaller than or equal to 2",
                            data__presencepenalty,
                            _S34,
                            "maximum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.presence_penalty",
                    "cannot be validated by any definition",
                    data__presencepenalty,
                    _S55,
                    "anyOf",
                )
    if "prompt_cache_key" in data:
        data__promptcachekey = data["prompt_cache_key"]
        if data__promptcachekey is not None:
            try:
                if not isinstance(data__promptcachekey, str):
                    raise SchemaError.at(
                        f"{path}.prompt_cache_key", "must be string", data__promptcachekey, _S2, "type"
                    )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.prompt_cache_key",
                    "cannot be validated by any definition",
                    data__promptcachekey,
                    _S39,
                    "anyOf",
                )
    if "prompt_cache_options" in data:
        data__promptcacheoptions = data["prompt_cache_options"]
        validate_promptcacheoptions(data__promptcacheoptions, f"{path}.prompt_cache_options")
    if "prompt_cache_retention" in data:
        data__promptcacheretention = data["prompt_cache_retention"]
        if data__promptcacheretention is not None:
            try:
                if not isinstance(data__promptcacheretention, str):
                    raise SchemaError.at(
                        f"{path}.prompt_cache_retention", "must be string", data__promptcacheretention, _S38, "type"
                    )
                if not (
                    isinstance(data__promptcacheretention, str)
                    and data__promptcacheretention == "in_memory"
                    or (isinstance(data__promptcacheretention, str) and data__promptcacheretention == "24h")
                ):
                    raise SchemaError.at(
                        f"{path}.prompt_cache_retention",
                        "must be one of ['in_memory', '24h']",
                        data__promptcacheretention,
                        _S38,
                        "enum",
                    )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.prompt_cache_retention",
                    "cannot be validated by any definition",
                    data__promptcacheretention,
                    _S64,
                    "anyOf",
                )
    if "reasoning_effort" in data:
        data__reasoningeffort = data["reasoning_effort"]
        if data__reasoningeffort is not None:
            try:
                if not isinstance(data__reasoningeffort, str):
                    raise SchemaError.at(
                        f"{path}.reasoning_effort", "must be string", data__reasoningeffort, _S63, "type"
                    )
                if not (
                    isinstance(data__reasoningeffort, str)
                    and data__reasoningeffort == "none"
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "minimal")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "low")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "medium")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "high")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "xhigh")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "max")
                ):
                    raise SchemaError.at(
                        f"{path}.reasoning_effort",
                        "must be one of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']",
                        data__reasoningeffort,
                        _S63,
                        "enum",
                    )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.reasoning_effort",
                    "cannot be validated by any definition",
                    data__reasoningeffort,
                    _S72,
                    "anyOf",
                )
    if "response_format" in data:
        data__responseformat = data["response_format"]
        validate_responseformat(data__responseformat, f"{path}.response_format")
    if "safety_identifier" in data:
        data__safetyidentifier = data["safety_identifier"]
        if data__safetyidentifier is not None:
            try:
                if not isinstance(data__safetyidentifier, str):
                    raise SchemaError.at(
                        f"{path}.safety_identifier", "must be string", data__safetyidentifier, _S11, "type"
                    )
                if isinstance(data__safetyidentifier, str):
                    data__safetyidentifier_len = len(data__safetyidentifier)
                    if data__safetyidentifier_len > 64:
                        raise SchemaError.at(
                            f"{path}.safety_identifier",
                            "must be shorter than or equal to 64 characters",
                            data__safetyidentifier,
                            _S11,
                            "maxLength",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.safety_identifier",
                    "cannot be validated by any definition",
                    data__safetyidentifier,
                    _S48,
                    "anyOf",
                )
    if "seed" in data:
        data__seed = data["seed"]
        if data__seed is not None:
            try:
                if (
                    not isinstance(data__seed, int)
                    and (not (isinstance(data__seed, float) and data__seed.is_integer()))
                    or isinstance(data__seed, bool)
                ):
                    raise SchemaError.at(f"{path}.seed", "must be integer", data__seed, _S4, "type")
            except SchemaError:
                raise SchemaError.at(f"{path}.seed", "cannot be validated by any definition", data__seed, _S49, "anyOf")
    if "service_tier" in data:
        data__servicetier = data["service_tier"]
        if data__servicetier is not None:
            try:
                if not isinstance(data__servicetier, str):
                    raise SchemaError.at(f"{path}.service_tier", "must be string", data__servicetier, _S62, "type")
                if not (
                    isinstance(data__servicetier, str)
                    and data__servicetier == "auto"
                    or (isinstance(data__servicetier, str) and data__servicetier == "default")
                    or (isinstance(data__servicetier, str) and data__servicetier == "flex")
                    or (isinstance(data__servicetier, str) and data__servicetier == "scale")
                    or (isinstance(data__servicetier, str) and data__servicetier == "priority")
                    or (isinstance(data__servicetier, str) and data__servicetier == "fast")
                ):
                    raise SchemaError.at(
                        f"{path}.service_tier",
                        "must be one of ['auto', 'default', 'flex', 'scale', 'priority', 'fast']",
                        data__servicetier,
                        _S62,
                        "enum",
                    )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.service_tier", "cannot be validated by any definition", data__servicetier, _S71, "anyOf"
                )
    if "stop" in data:
        data__stop = data["stop"]
        if data__stop is not None:
            try:
                validate_stopsequences(data__stop, f"{path}.stop")
            except SchemaError:
                raise SchemaError.at(f"{path}.stop", "cannot be validated by any definition", data__stop, _S76, "anyOf")
    if "store" in data:
        data__store = data["store"]
        if data__store is not None:
            try:
                if not isinstance(data__store, bool):
                    raise SchemaError.at(f"{path}.store", "must be boolean", data__store, _S3, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.store", "cannot be validated by any definition", data__store, _S41, "anyOf"
                )
    if "stream" in data:
        data__stream = data["stream"]
        if data__stream is not None:
            try:
                if not isinstance(data__stream, bool):
                    raise SchemaError.at(f"{path}.stream", "must be boolean", data__stream, _S3, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.stream", "cannot be validated by any definition", data__stream, _S41, "anyOf"
                )
    if "stream_options" in data:
        data__streamoptions = data["stream_options"]
        if data__streamoptions is not None:
            try:
                validate_streamoptions(data__streamoptions, f"{path}.stream_options")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.stream_options",
                    "cannot be validated by any definition",
                    data__streamoptions,
                    _S89,
                    "anyOf",
                )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if data__temperature is not None:
            try:
                if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                    raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S32, "type")
                if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
                    if data__temperature < 0:
                        raise SchemaError.at(
                            f"{path}.temperature",
                            "must be bigger than or equal to 0",
                            data__temperature,
                            _S32,
                            "minimum",
                        )
                    if data__temperature > 2:
                        raise SchemaError.at(
                            f"{path}.temperature",
                            "must be smaller than or equal to 2",
                            data__temperature,
                            _S32,
                            "maximum",
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.temperature", "cannot be validated by any definition", data__temperature, _S54, "anyOf"
                )
    if "top_p" in data:
        data__topp = data["top_p"]
        if data__topp is not None:
            try:
                if not isinstance(data__topp, (int, float, Decimal)) or isinstance(data__topp, bool):
                    raise SchemaError.at(f"{path}.top_p", "must be number", data__topp, _S31, "type")
                if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
                    if data__topp < 0:
                        raise SchemaError.at(
                            f"{path}.top_p", "must be bigger than or equal to 0", data__topp, _S31, "minimum"
                        )
                    if data__topp > 1:
                        raise SchemaError.at(
                            f"{path}.top_p", "must be smaller than or equal to 1", data__topp, _S31, "maximum"
                        )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.top_p", "cannot be validated by any definition", data__topp, _S53, "anyOf"
                )
    if "tools" in data:
        data__tools = data["tools"]
        if not isinstance(data__tools, (list, tuple)):
            raise SchemaError.at(f"{path}.tools", "must be array", data__tools, _S135, "type")
        data__tools_len = len(data__tools)
        for data__tools_x, data__tools_item in enumerate(data__tools):
            data__tools_item_one_of_count149 = 0
            if data__tools_item_one_of_count149 < 2:
                try:
                    validate_chatcompletiontool(data__tools_item, f"{path}.tools[{data__tools_x}]")
                    data__tools_item_one_of_count149 += 1
                except SchemaError:
                    pass
            if data__tools_item_one_of_count149 < 2:
                try:
                    validate_chatcompletioncustomtool(data__tools_item, f"{path}.tools[{data__tools_x}]")
                    data__tools_item_one_of_count149 += 1
                except SchemaError:
                    pass
            if data__tools_item_one_of_count149 != 1:
                raise SchemaError.at(
                    f"{path}.tools[{data__tools_x}]",
                    f"must be valid exactly by one definition ({str(data__tools_item_one_of_count149)} matches found)",
                    data__tools_item,
                    _S134,
                    "oneOf",
                )
    if "tool_choice" in data:
        data__toolchoice = data["tool_choice"]
        validate_chatcompletiontoolchoiceoption(data__toolchoice, f"{path}.tool_choice")
    if "verbosity" in data:
        data__verbosity = data["verbosity"]
        if data__verbosity is not None:
            try:
                if not isinstance(data__verbosity, str):
                    raise SchemaError.at(f"{path}.verbosity", "must be string", data__verbosity, _S45, "type")
                if not (
                    isinstance(data__verbosity, str)
                    and data__verbosity == "low"
                    or (isinstance(data__verbosity, str) and data__verbosity == "medium")
                    or (isinstance(data__verbosity, str) and data__verbosity == "high")
                ):
                    raise SchemaError.at(
                        f"{path}.verbosity", "must be one of ['low', 'medium', 'high']", data__verbosity, _S45, "enum"
                    )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.verbosity", "cannot be validated by any definition", data__verbosity, _S59, "anyOf"
                )
    if "web_search_options" in data:
        data__websearchoptions = data["web_search_options"]
        validate_websearchoptions(data__websearchoptions, f"{path}.web_search_options")
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S17, "type")
    if "function_call" in data:
        data__functioncall = data["function_call"]
        data__functioncall_any_of_count151 = 0
        if not data__functioncall_any_of_count151:
            try:
                if not isinstance(data__functioncall, str):
                    raise SchemaError.at(f"{path}.function_call", "must be string", data__functioncall, _S28, "type")
                if not (
                    isinstance(data__functioncall, str)
                    and data__functioncall == "none"
                    or (isinstance(data__functioncall, str) and data__functioncall == "auto")
                ):
                    raise SchemaError.at(
                        f"{path}.function_call", "must be one of ['none', 'auto']", data__functioncall, _S28, "enum"
                    )
                data__functioncall_any_of_count151 += 1
            except SchemaError:
                pass
        if not data__functioncall_any_of_count151:
            try:
                validate_chatcompletionfunctioncalloption(data__functioncall, f"{path}.function_call")
                data__functioncall_any_of_count151 += 1
            except SchemaError:
                pass
        if not data__functioncall_any_of_count151:
            raise SchemaError.at(
                f"{path}.function_call", "cannot be validated by any definition", data__functioncall, _S88, "anyOf"
            )
    if "functions" in data:
        data__functions = data["functions"]
        if not isinstance(data__functions, (list, tuple)):
            raise SchemaError.at(f"{path}.functions", "must be array", data__functions, _S102, "type")
        data__functions_len = len(data__functions)
        if data__functions_len < 1:
            raise SchemaError.at(
                f"{path}.functions", "must contain at least 1 items", data__functions, _S102, "minItems"
            )
        if data__functions_len > 128:
            raise SchemaError.at(
                f"{path}.functions", "must contain less than or equal to 128 items", data__functions, _S102, "maxItems"
            )
        for data__functions_x, data__functions_item in enumerate(data__functions):
            validate_functiondefinition(data__functions_item, f"{path}.functions[{data__functions_x}]")
    return data


def validate_chatcompletionallowedtoolschoice(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S108, "type")
    data__missing_keys = set(["type", "allowed_tools"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S108, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S27, "type")
        if not (isinstance(data__type, str) and data__type == "allowed_tools"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: allowed_tools", data__type, _S27, "const"
            )
    if "allowed_tools" in data:
        data__allowedtools = data["allowed_tools"]
        if not isinstance(data__allowedtools, dict):
            raise SchemaError.at(f"{path}.allowed_tools", "must be object", data__allowedtools, _S91, "type")
        data__allowedtools__missing_keys = set(["mode", "tools"]) - data__allowedtools.keys()
        if data__allowedtools__missing_keys:
            raise SchemaError.at(
                f"{path}.allowed_tools",
                f"must contain {str(sorted(data__allowedtools__missing_keys))} properties",
                data__allowedtools,
                _S91,
                "required",
            )
        if "mode" in data__allowedtools:
            data__allowedtools__mode = data__allowedtools["mode"]
            if not isinstance(data__allowedtools__mode, str):
                raise SchemaError.at(
                    f"{path}.allowed_tools.mode", "must be string", data__allowedtools__mode, _S37, "type"
                )
            if not (
                isinstance(data__allowedtools__mode, str)
                and data__allowedtools__mode == "auto"
                or (isinstance(data__allowedtools__mode, str) and data__allowedtools__mode == "required")
            ):
                raise SchemaError.at(
                    f"{path}.allowed_tools.mode",
                    "must be one of ['auto', 'required']",
                    data__allowedtools__mode,
                    _S37,
                    "enum",
                )
        if "tools" in data__allowedtools:
            data__allowedtools__tools = data__allowedtools["tools"]
            if not isinstance(data__allowedtools__tools, (list, tuple)):
                raise SchemaError.at(
                    f"{path}.allowed_tools.tools", "must be array", data__allowedtools__tools, _S52, "type"
                )
            data__allowedtools__tools_len = len(data__allowedtools__tools)
            for data__allowedtools__tools_x, data__allowedtools__tools_item in enumerate(data__allowedtools__tools):
                if not isinstance(data__allowedtools__tools_item, dict):
                    raise SchemaError.at(
                        f"{path}.allowed_tools.tools[{data__allowedtools__tools_x}]",
                        "must be object",
                        data__allowedtools__tools_item,
                        _S36,
                        "type",
                    )
    return data


def validate_chatcompletionassistantcontentpart(data, path="data"):
    data_one_of_count171 = 0
    if data_one_of_count171 < 2:
        try:
            validate_chatcompletioncontentparttext(data, path)
            data_one_of_count171 += 1
        except SchemaError:
            pass
    if data_one_of_count171 < 2:
        try:
            validate_chatcompletioncontentpartrefusal(data, path)
            data_one_of_count171 += 1
        except SchemaError:
            pass
    if data_one_of_count171 != 1:
        raise SchemaError.at(
            path,
            f"must be valid exactly by one definition ({str(data_one_of_count171)} matches found)",
            data,
            _S117,
            "oneOf",
        )
    return data


def validate_chatcompletionaudioparam(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S94, "type")
    data__missing_keys = set(["voice", "format"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S94, "required")
    if "voice" in data:
        data__voice = data["voice"]
        data__voice_any_of_count162 = 0
        if not data__voice_any_of_count162:
            try:
                if not isinstance(data__voice, str):
                    raise SchemaError.at(f"{path}.voice", "must be string", data__voice, _S2, "type")
                data__voice_any_of_count162 += 1
            except SchemaError:
                pass
        if not data__voice_any_of_count162:
            try:
                if not isinstance(data__voice, dict):
                    raise SchemaError.at(f"{path}.voice", "must be object", data__voice, _S58, "type")
                data__voice__missing_keys = set(["id"]) - data__voice.keys()
                if data__voice__missing_keys:
                    raise SchemaError.at(
                        f"{path}.voice",
                        f"must contain {str(sorted(data__voice__missing_keys))} properties",
                        data__voice,
                        _S58,
                        "required",
                    )
                if "id" in data__voice:
                    data__voice__id = data__voice["id"]
                    if not isinstance(data__voice__id, str):
                        raise SchemaError.at(f"{path}.voice.id", "must be string", data__voice__id, _S2, "type")
                data__voice_any_of_count162 += 1
            except SchemaError:
                pass
        if not data__voice_any_of_count162:
            raise SchemaError.at(f"{path}.voice", "cannot be validated by any definition", data__voice, _S70, "anyOf")
    if "format" in data:
        data__format = data["format"]
        if not isinstance(data__format, str):
            raise SchemaError.at(f"{path}.format", "must be string", data__format, _S51, "type")
        if not (
            isinstance(data__format, str)
            and data__format == "wav"
            or (isinstance(data__format, str) and data__format == "aac")
            or (isinstance(data__format, str) and data__format == "mp3")
            or (isinstance(data__format, str) and data__format == "flac")
            or (isinstance(data__format, str) and data__format == "opus")
            or (isinstance(data__format, str) and data__format == "pcm16")
        ):
            raise SchemaError.at(
                f"{path}.format",
                "must be one of ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16']",
                data__format,
                _S51,
                "enum",
            )
    return data


def validate_chatcompletioncontentpart(data, path="data"):
    data_one_of_count173 = 0
    if data_one_of_count173 < 2:
        try:
            validate_chatcompletioncontentparttext(data, path)
            data_one_of_count173 += 1
        except SchemaError:
            pass
    if data_one_of_count173 < 2:
        try:
            validate_chatcompletioncontentpartimage(data, path)
            data_one_of_count173 += 1
        except SchemaError:
            pass
    if data_one_of_count173 < 2:
        try:
            validate_chatcompletioncontentpartaudio(data, path)
            data_one_of_count173 += 1
        except SchemaError:
            pass
    if data_one_of_count173 < 2:
        try:
            validate_chatcompletioncontentpartfile(data, path)
            data_one_of_count173 += 1
        except SchemaError:
            pass
    if data_one_of_count173 != 1:
        raise SchemaError.at(
            path,
            f"must be valid exactly by one definition ({str(data_one_of_count173)} matches found)",
            data,
            _S136,
            "oneOf",
        )
    return data


def validate_chatcompletioncontentpartaudio(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S118, "type")
    data__missing_keys = set(["type", "input_audio"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S118, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S24, "type")
        if not (isinstance(data__type, str) and data__type == "input_audio"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: input_audio", data__type, _S24, "const"
            )
    if "input_audio" in data:
        data__inputaudio = data["input_audio"]
        if not isinstance(data__inputaudio, dict):
            raise SchemaError.at(f"{path}.input_audio", "must be object", data__inputaudio, _S85, "type")
        data__inputaudio__missing_keys = set(["data", "format"]) - data__inputaudio.keys()
        if data__inputaudio__missing_keys:
            raise SchemaError.at(
                f"{path}.input_audio",
                f"must contain {str(sorted(data__inputaudio__missing_keys))} properties",
                data__inputaudio,
                _S85,
                "required",
            )
        if "data" in data__inputaudio:
            data__inputaudio__data = data__inputaudio["data"]
            if not isinstance(data__inputaudio__data, str):
                raise SchemaError.at(f"{path}.input_audio.data", "must be string", data__inputaudio__data, _S26, "type")
        if "format" in data__inputaudio:
            data__inputaudio__format = data__inputaudio["format"]
            if not isinstance(data__inputaudio__format, str):
                raise SchemaError.at(
                    f"{path}.input_audio.format", "must be string", data__inputaudio__format, _S25, "type"
                )
            if not (
                isinstance(data__inputaudio__format, str)
                and data__inputaudio__format == "wav"
                or (isinstance(data__inputaudio__format, str) and data__inputaudio__format == "mp3")
            ):
                raise SchemaError.at(
                    f"{path}.input_audio.format",
                    "must be one of ['wav', 'mp3']",
                    data__inputaudio__format,
                    _S25,
                    "enum",
                )
    if "prompt_cache_breakpoint" in data:
        data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
        validate_promptcachebreakpoint(data__promptcachebreakpoint, f"{path}.prompt_cache_breakpoint")
    return data


def validate_chatcompletioncontentpartfile(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S115, "type")
    data__missing_keys = set(["type", "file"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S115, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S6, "type")
        if not (isinstance(data__type, str) and data__type == "file"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: file", data__type, _S6, "const")
    if "file" in data:
        data__file = data["file"]
        if not isinstance(data__file, dict):
            raise SchemaError.at(f"{path}.file", "must be object", data__file, _S82, "type")
        if "filename" in data__file:
            data__file__filename = data__file["filename"]
            if not isinstance(data__file__filename, str):
                raise SchemaError.at(f"{path}.file.filename", "must be string", data__file__filename, _S44, "type")
        if "file_data" in data__file:
            data__file__filedata = data__file["file_data"]
            if not isinstance(data__file__filedata, str):
                raise SchemaError.at(f"{path}.file.file_data", "must be string", data__file__filedata, _S2, "type")
        if "file_id" in data__file:
            data__file__fileid = data__file["file_id"]
            if not isinstance(data__file__fileid, str):
                raise SchemaError.at(f"{path}.file.file_id", "must be string", data__file__fileid, _S2, "type")
    if "prompt_cache_breakpoint" in data:
        data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
        validate_promptcachebreakpoint(data__promptcachebreakpoint, f"{path}.prompt_cache_breakpoint")
    return data


def validate_chatcompletioncontentpartimage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S120, "type")
    data__missing_keys = set(["type", "image_url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S120, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S22, "type")
        if not (isinstance(data__type, str) and data__type == "image_url"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: image_url", data__type, _S22, "const"
            )
    if "image_url" in data:
        data__imageurl = data["image_url"]
        validate_imageurl(data__imageurl, f"{path}.image_url")
    if "prompt_cache_breakpoint" in data:
        data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
        validate_promptcachebreakpoint(data__promptcachebreakpoint, f"{path}.prompt_cache_breakpoint")
    return data


def validate_chatcompletioncontentpartrefusal(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S80, "type")
    data__missing_keys = set(["type", "refusal"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S80, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S16, "type")
        if not (isinstance(data__type, str) and data__type == "refusal"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: refusal", data__type, _S16, "const")
    if "refusal" in data:
        data__refusal = data["refusal"]
        if not isinstance(data__refusal, str):
            raise SchemaError.at(f"{path}.refusal", "must be string", data__refusal, _S2, "type")
    return data


def validate_chatcompletioncontentparttext(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S103, "type")
    data__missing_keys = set(["type", "text"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S103, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S7, "type")
        if not (isinstance(data__type, str) and data__type == "text"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: text", data__type, _S7, "const")
    if "text" in data:
        data__text = data["text"]
        if not isinstance(data__text, str):
            raise SchemaError.at(f"{path}.text", "must be string", data__text, _S2, "type")
    if "prompt_cache_breakpoint" in data:
        data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
        validate_promptcachebreakpoint(data__promptcachebreakpoint, f"{path}.prompt_cache_breakpoint")
    return data


def validate_chatcompletioncustomtool(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S132, "type")
    data__missing_keys = set(["type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S132, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S12, "type")
        if not (isinstance(data__type, str) and data__type == "custom"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: custom", data__type, _S12, "const")
    if "custom" in data:
        data__custom = data["custom"]
        if not isinstance(data__custom, dict):
            raise SchemaError.at(f"{path}.custom", "must be object", data__custom, _S124, "type")
        data__custom__missing_keys = set(["name"]) - data__custom.keys()
        if data__custom__missing_keys:
            raise SchemaError.at(
                f"{path}.custom",
                f"must contain {str(sorted(data__custom__missing_keys))} properties",
                data__custom,
                _S124,
                "required",
            )
        if "name" in data__custom:
            data__custom__name = data__custom["name"]
            if not isinstance(data__custom__name, str):
                raise SchemaError.at(f"{path}.custom.name", "must be string", data__custom__name, _S2, "type")
        if "format" in data__custom:
            data__custom__format = data__custom["format"]
            data__custom__format_one_of_count155 = 0
            if data__custom__format_one_of_count155 < 2:
                try:
                    if not isinstance(data__custom__format, dict):
                        raise SchemaError.at(
                            f"{path}.custom.format", "must be object", data__custom__format, _S65, "type"
                        )
                    data__custom__format__missing_keys = set(["type"]) - data__custom__format.keys()
                    if data__custom__format__missing_keys:
                        raise SchemaError.at(
                            f"{path}.custom.format",
                            f"must contain {str(sorted(data__custom__format__missing_keys))} properties",
                            data__custom__format,
                            _S65,
                            "required",
                        )
                    if "type" in data__custom__format:
                        data__custom__format__type = data__custom__format["type"]
                        if not isinstance(data__custom__format__type, str):
                            raise SchemaError.at(
                                f"{path}.custom.format.type", "must be string", data__custom__format__type, _S7, "type"
                            )
                        if not (isinstance(data__custom__format__type, str) and data__custom__format__type == "text"):
                            raise SchemaError.at(
                                f"{path}.custom.format.type",
                                "must be same as const definition: text",
                                data__custom__format__type,
                                _S7,
                                "const",
                            )
                    data__custom__format_one_of_count155 += 1
                except SchemaError:
                    pass
            if data__custom__format_one_of_count155 < 2:
                try:
                    if not isinstance(data__custom__format, dict):
                        raise SchemaError.at(
                            f"{path}.custom.format", "must be object", data__custom__format, _S97, "type"
                        )
                    data__custom__format__missing_keys = set(["type", "grammar"]) - data__custom__format.keys()
                    if data__custom__format__missing_keys:
                        raise SchemaError.at(
                            f"{path}.custom.format",
                            f"must contain {str(sorted(data__custom__format__missing_keys))} properties",
                            data__custom__format,
                            _S97,
                            "required",
                        )
                    if "type" in data__custom__format:
                        data__custom__format__type = data__custom__format["type"]
                        if not isinstance(data__custom__format__type, str):
                            raise SchemaError.at(
                                f"{path}.custom.format.type", "must be string", data__custom__format__type, _S15, "type"
                            )
                        if not (
                            isinstance(data__custom__format__type, str) and data__custom__format__type == "grammar"
                        ):
                            raise SchemaError.at(
                                f"{path}.custom.format.type",
                                "must be same as const definition: grammar",
                                data__custom__format__type,
                                _S15,
                                "const",
                            )
                    if "grammar" in data__custom__format:
                        data__custom__format__grammar = data__custom__format["grammar"]
                        if not isinstance(data__custom__format__grammar, dict):
                            raise SchemaError.at(
                                f"{path}.custom.format.grammar",
                                "must be object",
                                data__custom__format__grammar,
                                _S81,
                                "type",
                            )
                        data__custom__format__grammar__missing_keys = (
                            set(["definition", "syntax"]) - data__custom__format__grammar.keys()
                        )
                        if data__custom__format__grammar__missing_keys:
                            raise SchemaError.at(
                                f"{path}.custom.format.grammar",
                                f"must contain {str(sorted(data__custom__format__grammar__missing_keys))} properties",
                                data__custom__format__grammar,
                                _S81,
                                "required",
                            )
                        if "definition" in data__custom__format__grammar:
                            data__custom__format__grammar__definition = data__custom__format__grammar["definition"]
                            if not isinstance(data__custom__format__grammar__definition, str):
                                raise SchemaError.at(
                                    f"{path}.custom.format.grammar.definition",
                                    "must be string",
                                    data__custom__format__grammar__definition,
                                    _S2,
                                    "type",
                                )
                        if "syntax" in data__custom__format__grammar:
                            data__custom__format__grammar__syntax = data__custom__format__grammar["syntax"]
                            if not isinstance(data__custom__format__grammar__syntax, str):
                                raise SchemaError.at(
                                    f"{path}.custom.format.grammar.syntax",
                                    "must be string",
                                    data__custom__format__grammar__syntax,
                                    _S29,
                                    "type",
                                )
                            if not (
                                isinstance(data__custom__format__grammar__syntax, str)
                                and data__custom__format__grammar__syntax == "lark"
                                or (
                                    isinstance(data__custom__format__grammar__syntax, str)
                                    and data__custom__format__grammar__syntax == "regex"
                                )
                            ):
                                raise SchemaError.at(
                                    f"{path}.custom.format.grammar.syntax",
                                    "must be one of ['lark', 'regex']",
                                    data__custom__format__grammar__syntax,
                                    _S29,
                                    "enum",
                                )
                    data__custom__format_one_of_count155 += 1
                except SchemaError:
                    pass
            if data__custom__format_one_of_count155 != 1:
                raise SchemaError.at(
                    f"{path}.custom.format",
                    f"must be valid exactly by one definition ({str(data__custom__format_one_of_count155)} matches found)",
                    data__custom__format,
                    _S114,
                    "oneOf",
                )
    return data


def validate_chatcompletionfunctioncalloption(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S67, "type")
    data__missing_keys = set(["name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S67, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionmessagecustomtoolcall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S95, "type")
    data__missing_keys = set(["id", "type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S95, "required")
    if "id" in data:
        data__id = data["id"]
        if not isinstance(data__id, str):
            raise SchemaError.at(f"{path}.id", "must be string", data__id, _S2, "type")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S12, "type")
        if not (isinstance(data__type, str) and data__type == "custom"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: custom", data__type, _S12, "const")
    if "custom" in data:
        data__custom = data["custom"]
        validate_customtoolcall(data__custom, f"{path}.custom")
    return data


def validate_chatcompletionmessagetoolcall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S113, "type")
    data__missing_keys = set(["id", "type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S113, "required"
        )
    if "id" in data:
        data__id = data["id"]
        if not isinstance(data__id, str):
            raise SchemaError.at(f"{path}.id", "must be string", data__id, _S2, "type")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S19, "type")
        if not (isinstance(data__type, str) and data__type == "function"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: function", data__type, _S19, "const"
            )
    if "function" in data:
        data__function = data["function"]
        validate_functioncall(data__function, f"{path}.function")
    return data


def validate_chatcompletionnamedtoolchoice(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S93, "type")
    data__missing_keys = set(["type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S93, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S19, "type")
        if not (isinstance(data__type, str) and data__type == "function"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: function", data__type, _S19, "const"
            )
    if "function" in data:
        data__function = data["function"]
        validate_toolchoicefunction(data__function, f"{path}.function")
    return data


def validate_chatcompletionnamedtoolchoicecustom(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S90, "type")
    data__missing_keys = set(["type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S90, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S12, "type")
        if not (isinstance(data__type, str) and data__type == "custom"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: custom", data__type, _S12, "const")
    if "custom" in data:
        data__custom = data["custom"]
        validate_toolchoicefunction(data__custom, f"{path}.custom")
    return data


def validate_chatcompletionrequestassistantmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S137, "type")
    data__missing_keys = set(["role"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S137, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S20, "type")
        if not (isinstance(data__role, str) and data__role == "assistant"):
            raise SchemaError.at(
                f"{path}.role", "must be same as const definition: assistant", data__role, _S20, "const"
            )
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count166 = 0
        if not data__content_any_of_count166:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count166 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count166:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S84, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S84, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletionassistantcontentpart(
                        data__content_item, f"{path}.content[{data__content_x}]"
                    )
                data__content_any_of_count166 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count166:
            try:
                if not isinstance(data__content, NoneType):
                    raise SchemaError.at(f"{path}.content", "must be null", data__content, _S1, "type")
                data__content_any_of_count166 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count166:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S92, "anyOf"
            )
    if "refusal" in data:
        data__refusal = data["refusal"]
        if data__refusal is not None:
            try:
                if not isinstance(data__refusal, str):
                    raise SchemaError.at(f"{path}.refusal", "must be string", data__refusal, _S2, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.refusal", "cannot be validated by any definition", data__refusal, _S39, "anyOf"
                )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    if "audio" in data:
        data__audio = data["audio"]
        if data__audio is not None:
            try:
                if not isinstance(data__audio, dict):
                    raise SchemaError.at(f"{path}.audio", "must be object", data__audio, _S58, "type")
                data__audio__missing_keys = set(["id"]) - data__audio.keys()
                if data__audio__missing_keys:
                    raise SchemaError.at(
                        f"{path}.audio",
                        f"must contain {str(sorted(data__audio__missing_keys))} properties",
                        data__audio,
                        _S58,
                        "required",
                    )
                if "id" in data__audio:
                    data__audio__id = data__audio["id"]
                    if not isinstance(data__audio__id, str):
                        raise SchemaError.at(f"{path}.audio.id", "must be string", data__audio__id, _S2, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.audio", "cannot be validated by any definition", data__audio, _S68, "anyOf"
                )
    if "tool_calls" in data:
        data__toolcalls = data["tool_calls"]
        if not isinstance(data__toolcalls, (list, tuple)):
            raise SchemaError.at(f"{path}.tool_calls", "must be array", data__toolcalls, _S130, "type")
        data__toolcalls_len = len(data__toolcalls)
        for data__toolcalls_x, data__toolcalls_item in enumerate(data__toolcalls):
            data__toolcalls_item_one_of_count169 = 0
            if data__toolcalls_item_one_of_count169 < 2:
                try:
                    validate_chatcompletionmessagetoolcall(
                        data__toolcalls_item, f"{path}.tool_calls[{data__toolcalls_x}]"
                    )
                    data__toolcalls_item_one_of_count169 += 1
                except SchemaError:
                    pass
            if data__toolcalls_item_one_of_count169 < 2:
                try:
                    validate_chatcompletionmessagecustomtoolcall(
                        data__toolcalls_item, f"{path}.tool_calls[{data__toolcalls_x}]"
                    )
                    data__toolcalls_item_one_of_count169 += 1
                except SchemaError:
                    pass
            if data__toolcalls_item_one_of_count169 != 1:
                raise SchemaError.at(
                    f"{path}.tool_calls[{data__toolcalls_x}]",
                    f"must be valid exactly by one definition ({str(data__toolcalls_item_one_of_count169)} matches found)",
                    data__toolcalls_item,
                    _S125,
                    "oneOf",
                )
    if "function_call" in data:
        data__functioncall = data["function_call"]
        if data__functioncall is not None:
            try:
                validate_functioncall(data__functioncall, f"{path}.function_call")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.function_call", "cannot be validated by any definition", data__functioncall, _S87, "anyOf"
                )
    return data


def validate_chatcompletionrequestdevelopermessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S127, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S127, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S21, "type")
        if not (isinstance(data__role, str) and data__role == "developer"):
            raise SchemaError.at(
                f"{path}.role", "must be same as const definition: developer", data__role, _S21, "const"
            )
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count175 = 0
        if not data__content_any_of_count175:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count175 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count175:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S100, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S100, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
                data__content_any_of_count175 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count175:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S107, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequestfunctionmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S98, "type")
    data__missing_keys = set(["role", "content", "name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S98, "required")
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S19, "type")
        if not (isinstance(data__role, str) and data__role == "function"):
            raise SchemaError.at(
                f"{path}.role", "must be same as const definition: function", data__role, _S19, "const"
            )
    if "content" in data:
        data__content = data["content"]
        if data__content is not None:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.content", "cannot be validated by any definition", data__content, _S39, "anyOf"
                )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequestmessage(data, path="data"):
    data_one_of_count163 = 0
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequestdevelopermessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequestsystemmessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequestusermessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequestassistantmessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequesttoolmessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 < 2:
        try:
            validate_chatcompletionrequestfunctionmessage(data, path)
            data_one_of_count163 += 1
        except SchemaError:
            pass
    if data_one_of_count163 != 1:
        raise SchemaError.at(
            path,
            f"must be valid exactly by one definition ({str(data_one_of_count163)} matches found)",
            data,
            _S138,
            "oneOf",
        )
    return data


def validate_chatcompletionrequestsystemmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S126, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S126, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S13, "type")
        if not (isinstance(data__role, str) and data__role == "system"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: system", data__role, _S13, "const")
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count174 = 0
        if not data__content_any_of_count174:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count174 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count174:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S100, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S100, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
                data__content_any_of_count174 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count174:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S107, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequesttoolmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S128, "type")
    data__missing_keys = set(["role", "content", "tool_call_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S128, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S8, "type")
        if not (isinstance(data__role, str) and data__role == "tool"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: tool", data__role, _S8, "const")
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count165 = 0
        if not data__content_any_of_count165:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count165 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count165:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S100, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S100, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
                data__content_any_of_count165 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count165:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S107, "anyOf"
            )
    if "tool_call_id" in data:
        data__toolcallid = data["tool_call_id"]
        if not isinstance(data__toolcallid, str):
            raise SchemaError.at(f"{path}.tool_call_id", "must be string", data__toolcallid, _S2, "type")
    return data


def validate_chatcompletionrequestusermessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S129, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S129, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S9, "type")
        if not (isinstance(data__role, str) and data__role == "user"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: user", data__role, _S9, "const")
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count172 = 0
        if not data__content_any_of_count172:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count172 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count172:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S104, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S104, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletioncontentpart(data__content_item, f"{path}.content[{data__content_x}]")
                data__content_any_of_count172 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count172:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S111, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletiontool(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S116, "type")
    data__missing_keys = set(["type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S116, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S19, "type")
        if not (isinstance(data__type, str) and data__type == "function"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: function", data__type, _S19, "const"
            )
    if "function" in data:
        data__function = data["function"]
        validate_functiondefinition(data__function, f"{path}.function")
    return data


def validate_chatcompletiontoolchoiceobject(data, path="data"):
    data_one_of_count154 = 0
    if data_one_of_count154 < 2:
        try:
            validate_chatcompletionnamedtoolchoice(data, path)
            data_one_of_count154 += 1
        except SchemaError:
            pass
    if data_one_of_count154 < 2:
        try:
            validate_chatcompletionnamedtoolchoicecustom(data, path)
            data_one_of_count154 += 1
        except SchemaError:
            pass
    if data_one_of_count154 < 2:
        try:
            validate_chatcompletionallowedtoolschoice(data, path)
            data_one_of_count154 += 1
        except SchemaError:
            pass
    if data_one_of_count154 != 1:
        raise SchemaError.at(
            path,
            f"must be valid exactly by one definition ({str(data_one_of_count154)} matches found)",
            data,
            _S133,
            "oneOf",
        )
    return data


def validate_chatcompletiontoolchoiceoption(data, path="data"):
    data_any_of_count153 = 0
    if not data_any_of_count153:
        try:
            if not isinstance(data, str):
                raise SchemaError.at(path, "must be string", data, _S46, "type")
            if not (
                isinstance(data, str)
                and data == "none"
                or (isinstance(data, str) and data == "auto")
                or (isinstance(data, str) and data == "required")
            ):
                raise SchemaError.at(path, "must be one of ['none', 'auto', 'required']", data, _S46, "enum")
            data_any_of_count153 += 1
        except SchemaError:
            pass
    if not data_any_of_count153:
        try:
            validate_chatcompletiontoolchoiceobject(data, path)
            data_any_of_count153 += 1
        except SchemaError:
            pass
    if not data_any_of_count153:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S110, "anyOf")
    return data


def validate_chatmoderationparam(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S119, "type")
    data__missing_keys = set(["model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S119, "required"
        )
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "policy" in data:
        data__policy = data["policy"]
        if data__policy is not None:
            try:
                if not isinstance(data__policy, dict):
                    raise SchemaError.at(f"{path}.policy", "must be object", data__policy, _S105, "type")
                if "input" in data__policy:
                    data__policy__input = data__policy["input"]
                    if data__policy__input is not None:
                        try:
                            validate_moderationconfig(data__policy__input, f"{path}.policy.input")
                        except SchemaError:
                            raise SchemaError.at(
                                f"{path}.policy.input",
                                "cannot be validated by any definition",
                                data__policy__input,
                                _S78,
                                "anyOf",
                            )
                if "output" in data__policy:
                    data__policy__output = data__policy["output"]
                    if data__policy__output is not None:
                        try:
                            validate_moderationconfig(data__policy__output, f"{path}.policy.output")
                        except SchemaError:
                            raise SchemaError.at(
                                f"{path}.policy.output",
                                "cannot be validated by any definition",
                                data__policy__output,
                                _S78,
                                "anyOf",
                            )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.policy", "cannot be validated by any definition", data__policy, _S112, "anyOf"
                )
    return data


def validate_customtoolcall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S73, "type")
    data__missing_keys = set(["name", "input"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S73, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    if "input" in data:
        data__input = data["input"]
        if not isinstance(data__input, str):
            raise SchemaError.at(f"{path}.input", "must be string", data__input, _S2, "type")
    return data


def validate_functioncall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S75, "type")
    data__missing_keys = set(["name", "arguments"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S75, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    if "arguments" in data:
        data__arguments = data["arguments"]
        if not isinstance(data__arguments, str):
            raise SchemaError.at(f"{path}.arguments", "must be string", data__arguments, _S2, "type")
    return data


def validate_imageurl(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S79, "type")
    data__missing_keys = set(["url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S79, "required")
    if "url" in data:
        data__url = data["url"]
        if not isinstance(data__url, str):
            raise SchemaError.at(f"{path}.url", "must be string", data__url, _S2, "type")
    if "detail" in data:
        data__detail = data["detail"]
        if not isinstance(data__detail, str):
            raise SchemaError.at(f"{path}.detail", "must be string", data__detail, _S42, "type")
        if not (
            isinstance(data__detail, str)
            and data__detail == "auto"
            or (isinstance(data__detail, str) and data__detail == "low")
            or (isinstance(data__detail, str) and data__detail == "high")
        ):
            raise SchemaError.at(f"{path}.detail", "must be one of ['auto', 'low', 'high']", data__detail, _S42, "enum")
    return data


def validate_moderationconfig(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S69, "type")
    data__missing_keys = set(["mode"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S69, "required")
    if "mode" in data:
        data__mode = data["mode"]
        if not isinstance(data__mode, str):
            raise SchemaError.at(f"{path}.mode", "must be string", data__mode, _S33, "type")
        if not (
            isinstance(data__mode, str)
            and data__mode == "score"
            or (isinstance(data__mode, str) and data__mode == "block")
        ):
            raise SchemaError.at(f"{path}.mode", "must be one of ['score', 'block']", data__mode, _S33, "enum")
    return data


def validate_predictioncontent(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S121, "type")
    data__missing_keys = set(["type", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S121, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S14, "type")
        if not (isinstance(data__type, str) and data__type == "content"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: content", data__type, _S14, "const")
    if "content" in data:
        data__content = data["content"]
        data__content_any_of_count158 = 0
        if not data__content_any_of_count158:
            try:
                if not isinstance(data__content, str):
                    raise SchemaError.at(f"{path}.content", "must be string", data__content, _S2, "type")
                data__content_any_of_count158 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count158:
            try:
                if not isinstance(data__content, (list, tuple)):
                    raise SchemaError.at(f"{path}.content", "must be array", data__content, _S100, "type")
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content", "must contain at least 1 items", data__content, _S100, "minItems"
                    )
                for data__content_x, data__content_item in enumerate(data__content):
                    validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
                data__content_any_of_count158 += 1
            except SchemaError:
                pass
        if not data__content_any_of_count158:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S107, "anyOf"
            )
    return data


def validate_promptcacheoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S77, "type")
    if "ttl" in data:
        data__ttl = data["ttl"]
        if not isinstance(data__ttl, str):
            raise SchemaError.at(f"{path}.ttl", "must be string", data__ttl, _S10, "type")
        if not (isinstance(data__ttl, str) and data__ttl == "30m"):
            raise SchemaError.at(f"{path}.ttl", "must be one of ['30m']", data__ttl, _S10, "enum")
    if "mode" in data:
        data__mode = data["mode"]
        if not isinstance(data__mode, str):
            raise SchemaError.at(f"{path}.mode", "must be string", data__mode, _S43, "type")
        if not (
            isinstance(data__mode, str)
            and data__mode == "implicit"
            or (isinstance(data__mode, str) and data__mode == "explicit")
        ):
            raise SchemaError.at(f"{path}.mode", "must be one of ['implicit', 'explicit']", data__mode, _S43, "enum")
    return data


def validate_responseformat(data, path="data"):
    data_one_of_count157 = 0
    if data_one_of_count157 < 2:
        try:
            validate_responseformattext(data, path)
            data_one_of_count157 += 1
        except SchemaError:
            pass
    if data_one_of_count157 < 2:
        try:
            validate_responseformatjsonobject(data, path)
            data_one_of_count157 += 1
        except SchemaError:
            pass
    if data_one_of_count157 < 2:
        try:
            validate_responseformatjsonschema(data, path)
            data_one_of_count157 += 1
        except SchemaError:
            pass
    if data_one_of_count157 != 1:
        raise SchemaError.at(
            path,
            f"must be valid exactly by one definition ({str(data_one_of_count157)} matches found)",
            data,
            _S131,
            "oneOf",
        )
    return data


def validate_toolchoicefunction(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S61, "type")
    data__missing_keys = set(["name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S61, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_websearchoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S122, "type")
    if "search_context_size" in data:
        data__searchcontextsize = data["search_context_size"]
        if not isinstance(data__searchcontextsize, str):
            raise SchemaError.at(f"{path}.search_context_size", "must be string", data__searchcontextsize, _S45, "type")
        if not (
            isinstance(data__searchcontextsize, str)
            and data__searchcontextsize == "low"
            or (isinstance(data__searchcontextsize, str) and data__searchcontextsize == "medium")
            or (isinstance(data__searchcontextsize, str) and data__searchcontextsize == "high")
        ):
            raise SchemaError.at(
                f"{path}.search_context_size",
                "must be one of ['low', 'medium', 'high']",
                data__searchcontextsize,
                _S45,
                "enum",
            )
    if "user_location" in data:
        data__userlocation = data["user_location"]
        if data__userlocation is not None:
            try:
                if not isinstance(data__userlocation, dict):
                    raise SchemaError.at(f"{path}.user_location", "must be object", data__userlocation, _S101, "type")
                data__userlocation__missing_keys = set(["type", "approximate"]) - data__userlocation.keys()
                if data__userlocation__missing_keys:
                    raise SchemaError.at(
                        f"{path}.user_location",
                        f"must contain {str(sorted(data__userlocation__missing_keys))} properties",
                        data__userlocation,
                        _S101,
                        "required",
                    )
                if "type" in data__userlocation:
                    data__userlocation__type = data__userlocation["type"]
                    if not isinstance(data__userlocation__type, str):
                        raise SchemaError.at(
                            f"{path}.user_location.type", "must be string", data__userlocation__type, _S23, "type"
                        )
                    if not (isinstance(data__userlocation__type, str) and data__userlocation__type == "approximate"):
                        raise SchemaError.at(
                            f"{path}.user_location.type",
                            "must be same as const definition: approximate",
                            data__userlocation__type,
                            _S23,
                            "const",
                        )
                if "approximate" in data__userlocation:
                    data__userlocation__approximate = data__userlocation["approximate"]
                    if not isinstance(data__userlocation__approximate, dict):
                        raise SchemaError.at(
                            f"{path}.user_location.approximate",
                            "must be object",
                            data__userlocation__approximate,
                            _S86,
                            "type",
                        )
                    if "country" in data__userlocation__approximate:
                        data__userlocation__approximate__country = data__userlocation__approximate["country"]
                        if not isinstance(data__userlocation__approximate__country, str):
                            raise SchemaError.at(
                                f"{path}.user_location.approximate.country",
                                "must be string",
                                data__userlocation__approximate__country,
                                _S18,
                                "type",
                            )
                    if "region" in data__userlocation__approximate:
                        data__userlocation__approximate__region = data__userlocation__approximate["region"]
                        if not isinstance(data__userlocation__approximate__region, str):
                            raise SchemaError.at(
                                f"{path}.user_location.approximate.region",
                                "must be string",
                                data__userlocation__approximate__region,
                                _S2,
                                "type",
                            )
                    if "city" in data__userlocation__approximate:
                        data__userlocation__approximate__city = data__userlocation__approximate["city"]
                        if not isinstance(data__userlocation__approximate__city, str):
                            raise SchemaError.at(
                                f"{path}.user_location.approximate.city",
                                "must be string",
                                data__userlocation__approximate__city,
                                _S2,
                                "type",
                            )
                    if "timezone" in data__userlocation__approximate:
                        data__userlocation__approximate__timezone = data__userlocation__approximate["timezone"]
                        if not isinstance(data__userlocation__approximate__timezone, str):
                            raise SchemaError.at(
                                f"{path}.user_location.approximate.timezone",
                                "must be string",
                                data__userlocation__approximate__timezone,
                                _S2,
                                "type",
                            )
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.user_location", "cannot be validated by any definition", data__userlocation, _S106, "anyOf"
                )
    return data
