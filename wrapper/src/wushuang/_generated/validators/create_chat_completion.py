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
_S35 = {"type": "string", "enum": ["text", "grammar"]}
_S36 = {"type": "string", "enum": ["text", "refusal"]}
_S37 = {"type": "integer", "minimum": 0, "maximum": 20}
_S38 = {"type": "object", "additionalProperties": True}
_S39 = {"type": "string", "enum": ["auto", "required"]}
_S40 = {"type": "string", "enum": ["in_memory", "24h"]}
_S41 = {"anyOf": [_S2, _S1]}
_S42 = {"type": "integer", "minimum": 1, "maximum": 128}
_S43 = {"anyOf": [_S3, _S1]}
_S44 = {"type": "string", "enum": ["function", "custom"]}
_S45 = {"type": "string", "enum": ["auto", "low", "high"]}
_S46 = {"type": "string", "enum": ["implicit", "explicit"]}
_S47 = {"type": "string", "with inline `file_data`.": None}
_S48 = {"type": "string", "enum": ["low", "medium", "high"]}
_S49 = {"type": "string", "enum": ["none", "auto", "required"]}
_S50 = {"anyOf": [_S5, _S1]}
_S51 = {"anyOf": [_S11, _S1]}
_S52 = {"type": "string", "enum": ["text", "json_object", "json_schema"]}
_S53 = {"type": "string", "enum": ["function", "custom", "allowed_tools"]}
_S54 = {"deprecated": True, "anyOf": [_S4, _S1]}
_S55 = {"type": "string", "enum": ["text", "image_url", "input_audio", "file"]}
_S56 = {"type": "array", "items": _S30}
_S57 = {"type": "string", "enum": ["wav", "aac", "mp3", "flac", "opus", "pcm16"]}
_S58 = {"type": "array", "items": _S38}
_S59 = {"anyOf": [_S31, _S1]}
_S60 = {"anyOf": [_S32, _S1]}
_S61 = {"anyOf": [_S34, _S1]}
_S62 = {"anyOf": [_S37, _S1]}
_S63 = {"anyOf": [_S42, _S1]}
_S64 = {"type": "object", "required": ["id"], "properties": {"id": _S2}}
_S65 = {"anyOf": [_S48, _S1]}
_S66 = {"deprecated": True, "anyOf": [_S5, _S1]}
_S67 = {"type": "object", "required": ["name"], "properties": {"name": _S2}}
_S68 = {"type": "string", "enum": ["auto", "default", "flex", "scale", "priority", "fast"]}
_S69 = {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]}
_S70 = {"type": "string", "enum": ["developer", "system", "user", "assistant", "tool", "function"]}
_S71 = {"deprecated": True, "anyOf": [_S40, _S1]}
_S72 = {"type": "object", "required": ["type"], "properties": {"type": _S7}}
_S73 = {"anyOf": [_S56, _S1]}
_S74 = {"type": "object", "deprecated": True, "required": ["name"], "properties": {"name": _S2}}
_S75 = {"anyOf": [_S64, _S1]}
_S76 = {"type": "object", "required": ["mode"], "properties": {"mode": _S33}}
_S77 = {"anyOf": [_S2, _S64]}
_S78 = {"type": "object", "required": ["type"], "properties": {"type": _S35}}
_S79 = {"type": "object", "required": ["type"], "properties": {"type": _S36}}
_S80 = {"anyOf": [_S68, _S1]}
_S81 = {"type": "object", "required": ["type"], "properties": {"type": _S44}}
_S82 = {"anyOf": [_S69, _S1]}
_S83 = {"type": "object", "required": ["name", "input"], "properties": {"name": _S2, "input": _S2}}
_S84 = {
    "anyOf": [{"type": "object", "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100}}, _S1]
}
_S85 = {"type": "object", "required": ["name", "arguments"], "properties": {"name": _S2, "arguments": _S2}}
_S86 = {"type": "object", "required": ["type"], "properties": {"type": _S52}}
_S87 = {"type": "object", "required": ["type"], "properties": {"type": _S53}}
_S88 = {"type": "object", "required": ["type"], "properties": {"type": _S55}}
_S89 = {"anyOf": [{"anyOf": [_S2, {"type": "array", "items": _S2, "minItems": 1, "maxItems": 4}]}, _S1]}
_S90 = {"type": "object", "properties": {"ttl": _S10, "mode": _S46}}
_S91 = {"anyOf": [_S76, _S1]}
_S92 = {"type": "object", "required": ["url"], "properties": {"url": _S2, "detail": _S45}}
_S93 = {"type": "object", "required": ["type", "refusal"], "properties": {"type": _S16, "refusal": _S2}}
_S94 = {"type": "object", "required": ["role"], "properties": {"role": _S70}}
_S95 = {"type": "object", "required": ["definition", "syntax"], "properties": {"definition": _S2, "syntax": _S29}}
_S96 = {"type": "object", "properties": {"filename": _S47, "file_data": _S2, "file_id": _S2}}
_S97 = {
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
_S98 = {
    "type": "array",
    "minItems": 1,
    "items": {
        "oneOf": [
            {"$ref": "#/definitions/ChatCompletionContentPartText"},
            {"$ref": "#/definitions/ChatCompletionContentPartRefusal"},
        ]
    },
}
_S99 = {"type": "object", "required": ["data", "format"], "properties": {"data": _S26, "format": _S25}}
_S100 = {"type": "object", "properties": {"country": _S18, "region": _S2, "city": _S2, "timezone": _S2}}
_S101 = {"deprecated": True, "anyOf": [_S85, _S1]}
_S102 = {"deprecated": True, "anyOf": [_S28, _S74]}
_S103 = {
    "anyOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
            "type": "object",
            "properties": {"include_usage": _S3, "include_obfuscation": _S3},
        },
        _S1,
    ]
}
_S104 = {"type": "object", "required": ["type", "custom"], "properties": {"type": _S12, "custom": _S67}}
_S105 = {"type": "object", "required": ["mode", "tools"], "properties": {"mode": _S39, "tools": _S58}}
_S106 = {"anyOf": [_S2, _S98, _S1]}
_S107 = {
    "x-sdk-type": ["chat.ChatCompletionNamedToolChoiceParam"],
    "type": "object",
    "required": ["type", "function"],
    "properties": {"type": _S19, "function": _S67},
}
_S108 = {"type": "object", "required": ["voice", "format"], "properties": {"voice": _S77, "format": _S57}}
_S109 = {
    "type": "object",
    "required": ["id", "type", "custom"],
    "properties": {"id": _S2, "type": _S12, "custom": _S83},
}
_S110 = {
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
_S111 = {"type": "object", "required": ["type", "grammar"], "properties": {"type": _S15, "grammar": _S95}}
_S112 = {
    "x-sdk-type": ["chat.ChatCompletionFunctionMessageParam"],
    "type": "object",
    "deprecated": True,
    "required": ["role", "content", "name"],
    "properties": {"role": _S19, "content": _S41, "name": _S2},
}
_S113 = {"anyOf": [_S108, _S1]}
_S114 = {
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
_S115 = {"type": "object", "required": ["type", "approximate"], "properties": {"type": _S23, "approximate": _S100}}
_S116 = {
    "deprecated": True,
    "type": "array",
    "minItems": 1,
    "maxItems": 128,
    "items": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"},
            "parameters": _S38,
            "strict": _S43,
        },
    },
}
_S117 = {
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
_S118 = {
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
_S119 = {"type": "object", "properties": {"input": _S91, "output": _S91}}
_S120 = {"anyOf": [_S115, _S1]}
_S121 = {"anyOf": [_S2, _S114]}
_S122 = {"type": "object", "required": ["type", "allowed_tools"], "properties": {"type": _S27, "allowed_tools": _S105}}
_S123 = {
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
_S124 = {
    "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
    "anyOf": [
        _S49,
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
_S125 = {"anyOf": [_S2, _S118]}
_S126 = {"anyOf": [_S119, _S1]}
_S127 = {
    "x-sdk-type": ["chat.ChatCompletionMessageToolCall", "chat.ChatCompletionMessageToolCallParam"],
    "type": "object",
    "required": ["id", "type", "function"],
    "properties": {"id": _S2, "type": _S19, "function": _S85},
}
_S128 = {"oneOf": [_S72, _S111]}
_S129 = {
    "type": "object",
    "required": ["type", "file"],
    "properties": {
        "type": _S6,
        "file": _S96,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S130 = {
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
                "parameters": _S38,
                "strict": _S43,
            },
        },
    },
}
_S131 = {
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
        _S93,
    ]
}
_S132 = {
    "type": "object",
    "required": ["type", "input_audio"],
    "properties": {
        "type": _S24,
        "input_audio": _S99,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S133 = {"type": "object", "required": ["model"], "properties": {"model": _S2, "policy": _S126}}
_S134 = {
    "x-sdk-type": ["chat.ChatCompletionContentPartImageParam"],
    "type": "object",
    "required": ["type", "image_url"],
    "properties": {
        "type": _S22,
        "image_url": _S92,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S135 = {"type": "object", "required": ["type", "content"], "properties": {"type": _S14, "content": _S121}}
_S136 = {"type": "object", "properties": {"search_context_size": _S48, "user_location": _S120}}
_S137 = {
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
_S138 = {"type": "object", "required": ["name"], "properties": {"name": _S2, "format": _S128}}
_S139 = {
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
_S140 = {
    "x-sdk-type": ["chat.ChatCompletionSystemMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S13, "content": _S121, "name": _S2},
}
_S141 = {
    "x-sdk-type": ["chat.ChatCompletionDeveloperMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S21, "content": _S121, "name": _S2},
}
_S142 = {
    "x-sdk-type": ["chat.ChatCompletionToolMessageParam"],
    "type": "object",
    "required": ["role", "content", "tool_call_id"],
    "properties": {"role": _S8, "content": _S121, "tool_call_id": _S2},
}
_S143 = {
    "x-sdk-type": ["chat.ChatCompletionUserMessageParam"],
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S9, "content": _S125, "name": _S2},
}
_S144 = {"type": "array", "items": _S139}
_S145 = {
    "oneOf": [
        _S72,
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
                        "schema": _S38,
                        "strict": _S43,
                    },
                },
            },
        },
    ]
}
_S146 = {"type": "object", "required": ["type", "custom"], "properties": {"type": _S12, "custom": _S138}}
_S147 = {
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
        _S122,
    ],
    "discriminator": {"propertyName": "type"},
}
_S148 = {
    "oneOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionToolParam"],
            "type": "object",
            "required": ["type", "function"],
            "properties": {"type": _S19, "function": {"$ref": "#/definitions/FunctionDefinition"}},
        },
        _S146,
    ],
    "discriminator": {"propertyName": "type"},
}
_S149 = {"type": "array", "items": _S148}
_S150 = {
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
                "input_audio": _S99,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        {
            "type": "object",
            "required": ["type", "file"],
            "properties": {
                "type": _S6,
                "file": _S96,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
    ],
}
_S151 = {
    "x-sdk-type": ["chat.ChatCompletionAssistantMessageParam"],
    "type": "object",
    "required": ["role"],
    "properties": {
        "role": _S20,
        "content": _S106,
        "refusal": _S41,
        "name": _S2,
        "audio": _S75,
        "tool_calls": _S144,
        "function_call": _S101,
    },
}
_S152 = {
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
                "refusal": _S41,
                "name": _S2,
                "audio": _S75,
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
        _S112,
    ],
}
_S153 = {
    "type": "object",
    "properties": {
        "messages": _S137,
        "model": _S2,
        "audio": _S113,
        "frequency_penalty": _S61,
        "logit_bias": _S84,
        "logprobs": _S43,
        "top_logprobs": _S62,
        "max_completion_tokens": _S50,
        "max_tokens": _S66,
        "metadata": _S97,
        "modalities": _S73,
        "moderation": _S123,
        "n": _S63,
        "parallel_tool_calls": _S3,
        "prediction": _S110,
        "presence_penalty": _S61,
        "prompt_cache_key": _S41,
        "prompt_cache_options": _S90,
        "prompt_cache_retention": _S71,
        "reasoning_effort": _S82,
        "response_format": {
            "oneOf": [
                {"$ref": "#/definitions/ResponseFormatText"},
                {"$ref": "#/definitions/ResponseFormatJsonObject"},
                {"$ref": "#/definitions/ResponseFormatJsonSchema"},
            ]
        },
        "safety_identifier": _S51,
        "seed": _S54,
        "service_tier": _S80,
        "stop": _S89,
        "store": _S43,
        "stream": _S43,
        "stream_options": _S103,
        "temperature": _S60,
        "top_p": _S59,
        "tools": _S149,
        "tool_choice": {
            "x-sdk-type": ["chat.ChatCompletionToolChoiceOptionParam"],
            "anyOf": [_S49, {"$ref": "#/definitions/ChatCompletionToolChoiceObject"}],
        },
        "verbosity": _S65,
        "web_search_options": _S136,
        "user": _S17,
        "function_call": _S102,
        "functions": _S116,
    },
    "required": ["messages", "model"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S153, "type")
    data__missing_keys = set(["messages", "model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S153, "required"
        )
    if "messages" in data:
        data__messages = data["messages"]
        if not isinstance(data__messages, (list, tuple)):
            raise SchemaError.at(f"{path}.messages", "must be array", data__messages, _S137, "type")
        data__messages_len = len(data__messages)
        if data__messages_len < 1:
            raise SchemaError.at(f"{path}.messages", "must contain at least 1 items", data__messages, _S137, "minItems")
        for data__messages_x, data__messages_item in enumerate(data__messages):
            validate_chatcompletionrequestmessage(data__messages_item, f"{path}.messages[{data__messages_x}]")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "audio" in data:
        data__audio = data["audio"]
        if isinstance(data__audio, dict):
            validate_chatcompletionaudioparam(data__audio, f"{path}.audio")
        elif data__audio is None:
            if not isinstance(data__audio, NoneType):
                raise SchemaError.at(f"{path}.audio", "must be null", data__audio, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.audio", "cannot be validated by any definition", data__audio, _S113, "anyOf")
    if "frequency_penalty" in data:
        data__frequencypenalty = data["frequency_penalty"]
        if isinstance(data__frequencypenalty, (int, float, Decimal)) and (not isinstance(data__frequencypenalty, bool)):
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
        elif data__frequencypenalty is None:
            if not isinstance(data__frequencypenalty, NoneType):
                raise SchemaError.at(f"{path}.frequency_penalty", "must be null", data__frequencypenalty, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.frequency_penalty",
                "cannot be validated by any definition",
                data__frequencypenalty,
                _S61,
                "anyOf",
            )
    if "logit_bias" in data:
        data__logitbias = data["logit_bias"]
        if isinstance(data__logitbias, dict):
            validate_logitbias(data__logitbias, f"{path}.logit_bias")
        elif data__logitbias is None:
            if not isinstance(data__logitbias, NoneType):
                raise SchemaError.at(f"{path}.logit_bias", "must be null", data__logitbias, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.logit_bias", "cannot be validated by any definition", data__logitbias, _S84, "anyOf"
            )
    if "logprobs" in data:
        data__logprobs = data["logprobs"]
        if isinstance(data__logprobs, bool):
            pass
        elif data__logprobs is None:
            if not isinstance(data__logprobs, NoneType):
                raise SchemaError.at(f"{path}.logprobs", "must be null", data__logprobs, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.logprobs", "cannot be validated by any definition", data__logprobs, _S43, "anyOf"
            )
    if "top_logprobs" in data:
        data__toplogprobs = data["top_logprobs"]
        if isinstance(data__toplogprobs, (int, float, Decimal)) and (not isinstance(data__toplogprobs, bool)):
            if (
                not isinstance(data__toplogprobs, int)
                and (not (isinstance(data__toplogprobs, float) and data__toplogprobs.is_integer()))
                or isinstance(data__toplogprobs, bool)
            ):
                raise SchemaError.at(f"{path}.top_logprobs", "must be integer", data__toplogprobs, _S37, "type")
            if isinstance(data__toplogprobs, (int, float, Decimal)) and (not isinstance(data__toplogprobs, bool)):
                if data__toplogprobs < 0:
                    raise SchemaError.at(
                        f"{path}.top_logprobs", "must be bigger than or equal to 0", data__toplogprobs, _S37, "minimum"
                    )
                if data__toplogprobs > 20:
                    raise SchemaError.at(
                        f"{path}.top_logprobs",
                        "must be smaller than or equal to 20",
                        data__toplogprobs,
                        _S37,
                        "maximum",
                    )
        elif data__toplogprobs is None:
            if not isinstance(data__toplogprobs, NoneType):
                raise SchemaError.at(f"{path}.top_logprobs", "must be null", data__toplogprobs, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.top_logprobs", "cannot be validated by any definition", data__toplogprobs, _S62, "anyOf"
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
                _S50,
                "anyOf",
            )
    if "max_tokens" in data:
        data__maxtokens = data["max_tokens"]
        if isinstance(data__maxtokens, (int, float, Decimal)) and (not isinstance(data__maxtokens, bool)):
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
        elif data__maxtokens is None:
            if not isinstance(data__maxtokens, NoneType):
                raise SchemaError.at(f"{path}.max_tokens", "must be null", data__maxtokens, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.max_tokens", "cannot be validated by any definition", data__maxtokens, _S66, "anyOf"
            )
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S97, "anyOf"
            )
    if "modalities" in data:
        data__modalities = data["modalities"]
        if isinstance(data__modalities, (list, tuple)):
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
        elif data__modalities is None:
            if not isinstance(data__modalities, NoneType):
                raise SchemaError.at(f"{path}.modalities", "must be null", data__modalities, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.modalities", "cannot be validated by any definition", data__modalities, _S73, "anyOf"
            )
    if "moderation" in data:
        data__moderation = data["moderation"]
        if isinstance(data__moderation, dict):
            validate_chatmoderationparam(data__moderation, f"{path}.moderation")
        elif data__moderation is None:
            if not isinstance(data__moderation, NoneType):
                raise SchemaError.at(f"{path}.moderation", "must be null", data__moderation, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.moderation", "cannot be validated by any definition", data__moderation, _S123, "anyOf"
            )
    if "n" in data:
        data__n = data["n"]
        if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
            if (
                not isinstance(data__n, int)
                and (not (isinstance(data__n, float) and data__n.is_integer()))
                or isinstance(data__n, bool)
            ):
                raise SchemaError.at(f"{path}.n", "must be integer", data__n, _S42, "type")
            if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
                if data__n < 1:
                    raise SchemaError.at(f"{path}.n", "must be bigger than or equal to 1", data__n, _S42, "minimum")
                if data__n > 128:
                    raise SchemaError.at(f"{path}.n", "must be smaller than or equal to 128", data__n, _S42, "maximum")
        elif data__n is None:
            if not isinstance(data__n, NoneType):
                raise SchemaError.at(f"{path}.n", "must be null", data__n, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.n", "cannot be validated by any definition", data__n, _S63, "anyOf")
    if "parallel_tool_calls" in data:
        data__paralleltoolcalls = data["parallel_tool_calls"]
        if not isinstance(data__paralleltoolcalls, bool):
            raise SchemaError.at(f"{path}.parallel_tool_calls", "must be boolean", data__paralleltoolcalls, _S3, "type")
    if "prediction" in data:
        data__prediction = data["prediction"]
        if isinstance(data__prediction, dict):
            validate_predictioncontent(data__prediction, f"{path}.prediction")
        elif data__prediction is None:
            if not isinstance(data__prediction, NoneType):
                raise SchemaError.at(f"{path}.prediction", "must be null", data__prediction, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.prediction", "cannot be validated by any definition", data__prediction, _S110, "anyOf"
            )
    if "presence_penalty" in data:
        data__presencepenalty = data["presence_penalty"]
        if isinstance(data__presencepenalty, (int, float, Decimal)) and (not isinstance(data__presencepenalty, bool)):
            if not isinstance(data__presencepenalty, (int, float, Decimal)) or isinstance(data__presencepenalty, bool):
                raise SchemaError.at(f"{path}.presence_penalty", "must be number", data__presencepenalty, _S34, "type")
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
        elif data__presencepenalty is None:
            if not isinstance(data__presencepenalty, NoneType):
                raise SchemaError.at(f"{path}.presence_penalty", "must be null", data__presencepenalty, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.presence_penalty",
                "cannot be validated by any definition",
                data__presencepenalty,
                _S61,
                "anyOf",
            )
    if "prompt_cache_key" in data:
        data__promptcachekey = data["prompt_cache_key"]
        if isinstance(data__promptcachekey, str):
            pass
        elif data__promptcachekey is None:
            if not isinstance(data__promptcachekey, NoneType):
                raise SchemaError.at(f"{path}.prompt_cache_key", "must be null", data__promptcachekey, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.prompt_cache_key", "cannot be validated by any definition", data__promptcachekey, _S41, "anyOf"
            )
    if "prompt_cache_options" in data:
        data__promptcacheoptions = data["prompt_cache_options"]
        validate_promptcacheoptions(data__promptcacheoptions, f"{path}.prompt_cache_options")
    if "prompt_cache_retention" in data:
        data__promptcacheretention = data["prompt_cache_retention"]
        if isinstance(data__promptcacheretention, str):
            if not (
                isinstance(data__promptcacheretention, str)
                and data__promptcacheretention == "in_memory"
                or (isinstance(data__promptcacheretention, str) and data__promptcacheretention == "24h")
            ):
                raise SchemaError.at(
                    f"{path}.prompt_cache_retention",
                    "must be one of ['in_memory', '24h']",
                    data__promptcacheretention,
                    _S40,
                    "enum",
                )
        elif data__promptcacheretention is None:
            if not isinstance(data__promptcacheretention, NoneType):
                raise SchemaError.at(
                    f"{path}.prompt_cache_retention", "must be null", data__promptcacheretention, _S1, "type"
                )
        else:
            raise SchemaError.at(
                f"{path}.prompt_cache_retention",
                "cannot be validated by any definition",
                data__promptcacheretention,
                _S71,
                "anyOf",
            )
    if "reasoning_effort" in data:
        data__reasoningeffort = data["reasoning_effort"]
        if isinstance(data__reasoningeffort, str):
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
                    _S69,
                    "enum",
                )
        elif data__reasoningeffort is None:
            if not isinstance(data__reasoningeffort, NoneType):
                raise SchemaError.at(f"{path}.reasoning_effort", "must be null", data__reasoningeffort, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.reasoning_effort",
                "cannot be validated by any definition",
                data__reasoningeffort,
                _S82,
                "anyOf",
            )
    if "response_format" in data:
        data__responseformat = data["response_format"]
        validate_responseformat(data__responseformat, f"{path}.response_format")
    if "safety_identifier" in data:
        data__safetyidentifier = data["safety_identifier"]
        if isinstance(data__safetyidentifier, str):
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
        elif data__safetyidentifier is None:
            if not isinstance(data__safetyidentifier, NoneType):
                raise SchemaError.at(f"{path}.safety_identifier", "must be null", data__safetyidentifier, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.safety_identifier",
                "cannot be validated by any definition",
                data__safetyidentifier,
                _S51,
                "anyOf",
            )
    if "seed" in data:
        data__seed = data["seed"]
        if isinstance(data__seed, (int, float, Decimal)) and (not isinstance(data__seed, bool)):
            if (
                not isinstance(data__seed, int)
                and (not (isinstance(data__seed, float) and data__seed.is_integer()))
                or isinstance(data__seed, bool)
            ):
                raise SchemaError.at(f"{path}.seed", "must be integer", data__seed, _S4, "type")
        elif data__seed is None:
            if not isinstance(data__seed, NoneType):
                raise SchemaError.at(f"{path}.seed", "must be null", data__seed, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.seed", "cannot be validated by any definition", data__seed, _S54, "anyOf")
    if "service_tier" in data:
        data__servicetier = data["service_tier"]
        if isinstance(data__servicetier, str):
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
                    _S68,
                    "enum",
                )
        elif data__servicetier is None:
            if not isinstance(data__servicetier, NoneType):
                raise SchemaError.at(f"{path}.service_tier", "must be null", data__servicetier, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.service_tier", "cannot be validated by any definition", data__servicetier, _S80, "anyOf"
            )
    if "stop" in data:
        data__stop = data["stop"]
        if data__stop is not None:
            try:
                validate_stopsequences(data__stop, f"{path}.stop")
            except SchemaError:
                raise SchemaError.at(f"{path}.stop", "cannot be validated by any definition", data__stop, _S89, "anyOf")
    if "store" in data:
        data__store = data["store"]
        if isinstance(data__store, bool):
            pass
        elif data__store is None:
            if not isinstance(data__store, NoneType):
                raise SchemaError.at(f"{path}.store", "must be null", data__store, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.store", "cannot be validated by any definition", data__store, _S43, "anyOf")
    if "stream" in data:
        data__stream = data["stream"]
        if isinstance(data__stream, bool):
            pass
        elif data__stream is None:
            if not isinstance(data__stream, NoneType):
                raise SchemaError.at(f"{path}.stream", "must be null", data__stream, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.stream", "cannot be validated by any definition", data__stream, _S43, "anyOf")
    if "stream_options" in data:
        data__streamoptions = data["stream_options"]
        if isinstance(data__streamoptions, dict):
            validate_streamoptions(data__streamoptions, f"{path}.stream_options")
        elif data__streamoptions is None:
            if not isinstance(data__streamoptions, NoneType):
                raise SchemaError.at(f"{path}.stream_options", "must be null", data__streamoptions, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.stream_options", "cannot be validated by any definition", data__streamoptions, _S103, "anyOf"
            )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S32, "type")
            if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
                if data__temperature < 0:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S32, "minimum"
                    )
                if data__temperature > 2:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be smaller than or equal to 2", data__temperature, _S32, "maximum"
                    )
        elif data__temperature is None:
            if not isinstance(data__temperature, NoneType):
                raise SchemaError.at(f"{path}.temperature", "must be null", data__temperature, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.temperature", "cannot be validated by any definition", data__temperature, _S60, "anyOf"
            )
    if "top_p" in data:
        data__topp = data["top_p"]
        if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
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
        elif data__topp is None:
            if not isinstance(data__topp, NoneType):
                raise SchemaError.at(f"{path}.top_p", "must be null", data__topp, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.top_p", "cannot be validated by any definition", data__topp, _S59, "anyOf")
    if "tools" in data:
        data__tools = data["tools"]
        if not isinstance(data__tools, (list, tuple)):
            raise SchemaError.at(f"{path}.tools", "must be array", data__tools, _S149, "type")
        data__tools_len = len(data__tools)
        for data__tools_x, data__tools_item in enumerate(data__tools):
            if not isinstance(data__tools_item, dict):
                raise SchemaError.at(
                    f"{path}.tools[{data__tools_x}]",
                    "must be valid by one definition",
                    data__tools_item,
                    _S148,
                    "oneOf",
                )
            if "type" not in data__tools_item:
                raise SchemaError.at(
                    f"{path}.tools[{data__tools_x}]",
                    "must contain ['type'] properties",
                    data__tools_item,
                    _S81,
                    "required",
                )
            data__tools_item_tag = data__tools_item["type"]
            if data__tools_item_tag == "function":
                validate_chatcompletiontool(data__tools_item, f"{path}.tools[{data__tools_x}]")
            elif data__tools_item_tag == "custom":
                validate_chatcompletioncustomtool(data__tools_item, f"{path}.tools[{data__tools_x}]")
            else:
                raise SchemaError.at(
                    f"{path}.tools[{data__tools_x}].type",
                    "must be one of ['function', 'custom']",
                    data__tools_item_tag,
                    _S44,
                    "enum",
                )
    if "tool_choice" in data:
        data__toolchoice = data["tool_choice"]
        validate_chatcompletiontoolchoiceoption(data__toolchoice, f"{path}.tool_choice")
    if "verbosity" in data:
        data__verbosity = data["verbosity"]
        if isinstance(data__verbosity, str):
            if not (
                isinstance(data__verbosity, str)
                and data__verbosity == "low"
                or (isinstance(data__verbosity, str) and data__verbosity == "medium")
                or (isinstance(data__verbosity, str) and data__verbosity == "high")
            ):
                raise SchemaError.at(
                    f"{path}.verbosity", "must be one of ['low', 'medium', 'high']", data__verbosity, _S48, "enum"
                )
        elif data__verbosity is None:
            if not isinstance(data__verbosity, NoneType):
                raise SchemaError.at(f"{path}.verbosity", "must be null", data__verbosity, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.verbosity", "cannot be validated by any definition", data__verbosity, _S65, "anyOf"
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
        if isinstance(data__functioncall, str):
            if not (
                isinstance(data__functioncall, str)
                and data__functioncall == "none"
                or (isinstance(data__functioncall, str) and data__functioncall == "auto")
            ):
                raise SchemaError.at(
                    f"{path}.function_call", "must be one of ['none', 'auto']", data__functioncall, _S28, "enum"
                )
        elif isinstance(data__functioncall, dict):
            validate_chatcompletionfunctioncalloption(data__functioncall, f"{path}.function_call")
        else:
            raise SchemaError.at(
                f"{path}.function_call", "cannot be validated by any definition", data__functioncall, _S102, "anyOf"
            )
    if "functions" in data:
        data__functions = data["functions"]
        if not isinstance(data__functions, (list, tuple)):
            raise SchemaError.at(f"{path}.functions", "must be array", data__functions, _S116, "type")
        data__functions_len = len(data__functions)
        if data__functions_len < 1:
            raise SchemaError.at(
                f"{path}.functions", "must contain at least 1 items", data__functions, _S116, "minItems"
            )
        if data__functions_len > 128:
            raise SchemaError.at(
                f"{path}.functions", "must contain less than or equal to 128 items", data__functions, _S116, "maxItems"
            )
        for data__functions_x, data__functions_item in enumerate(data__functions):
            validate_functiondefinition(data__functions_item, f"{path}.functions[{data__functions_x}]")
    return data


def validate_chatcompletionallowedtoolschoice(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S122, "type")
    data__missing_keys = set(["type", "allowed_tools"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S122, "required"
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
            raise SchemaError.at(f"{path}.allowed_tools", "must be object", data__allowedtools, _S105, "type")
        data__allowedtools__missing_keys = set(["mode", "tools"]) - data__allowedtools.keys()
        if data__allowedtools__missing_keys:
            raise SchemaError.at(
                f"{path}.allowed_tools",
                f"must contain {str(sorted(data__allowedtools__missing_keys))} properties",
                data__allowedtools,
                _S105,
                "required",
            )
        if "mode" in data__allowedtools:
            data__allowedtools__mode = data__allowedtools["mode"]
            if not isinstance(data__allowedtools__mode, str):
                raise SchemaError.at(
                    f"{path}.allowed_tools.mode", "must be string", data__allowedtools__mode, _S39, "type"
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
                    _S39,
                    "enum",
                )
        if "tools" in data__allowedtools:
            data__allowedtools__tools = data__allowedtools["tools"]
            if not isinstance(data__allowedtools__tools, (list, tuple)):
                raise SchemaError.at(
                    f"{path}.allowed_tools.tools", "must be array", data__allowedtools__tools, _S58, "type"
                )
            data__allowedtools__tools_len = len(data__allowedtools__tools)
            for data__allowedtools__tools_x, data__allowedtools__tools_item in enumerate(data__allowedtools__tools):
                if not isinstance(data__allowedtools__tools_item, dict):
                    raise SchemaError.at(
                        f"{path}.allowed_tools.tools[{data__allowedtools__tools_x}]",
                        "must be object",
                        data__allowedtools__tools_item,
                        _S38,
                        "type",
                    )
    return data


def validate_chatcompletionassistantcontentpart(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S131, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S79, "required")
    data_tag = data["type"]
    if data_tag == "text":
        validate_chatcompletioncontentparttext(data, path)
    elif data_tag == "refusal":
        validate_chatcompletioncontentpartrefusal(data, path)
    else:
        raise SchemaError.at(f"{path}.type", "must be one of ['text', 'refusal']", data_tag, _S36, "enum")
    return data


def validate_chatcompletionaudioparam(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S108, "type")
    data__missing_keys = set(["voice", "format"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S108, "required"
        )
    if "voice" in data:
        data__voice = data["voice"]
        if isinstance(data__voice, str):
            pass
        elif isinstance(data__voice, dict):
            data__voice__missing_keys = set(["id"]) - data__voice.keys()
            if data__voice__missing_keys:
                raise SchemaError.at(
                    f"{path}.voice",
                    f"must contain {str(sorted(data__voice__missing_keys))} properties",
                    data__voice,
                    _S64,
                    "required",
                )
            if "id" in data__voice:
                data__voice__id = data__voice["id"]
                if not isinstance(data__voice__id, str):
                    raise SchemaError.at(f"{path}.voice.id", "must be string", data__voice__id, _S2, "type")
        else:
            raise SchemaError.at(f"{path}.voice", "cannot be validated by any definition", data__voice, _S77, "anyOf")
    if "format" in data:
        data__format = data["format"]
        if not isinstance(data__format, str):
            raise SchemaError.at(f"{path}.format", "must be string", data__format, _S57, "type")
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
                _S57,
                "enum",
            )
    return data


def validate_chatcompletioncontentpart(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S150, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S88, "required")
    data_tag = data["type"]
    if data_tag == "text":
        validate_chatcompletioncontentparttext(data, path)
    elif data_tag == "image_url":
        validate_chatcompletioncontentpartimage(data, path)
    elif data_tag == "input_audio":
        validate_chatcompletioncontentpartaudio(data, path)
    elif data_tag == "file":
        validate_chatcompletioncontentpartfile(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['text', 'image_url', 'input_audio', 'file']", data_tag, _S55, "enum"
        )
    return data


def validate_chatcompletioncontentpartaudio(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S132, "type")
    data__missing_keys = set(["type", "input_audio"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S132, "required"
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
            raise SchemaError.at(f"{path}.input_audio", "must be object", data__inputaudio, _S99, "type")
        data__inputaudio__missing_keys = set(["data", "format"]) - data__inputaudio.keys()
        if data__inputaudio__missing_keys:
            raise SchemaError.at(
                f"{path}.input_audio",
                f"must contain {str(sorted(data__inputaudio__missing_keys))} properties",
                data__inputaudio,
                _S99,
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
        raise SchemaError.at(path, "must be object", data, _S129, "type")
    data__missing_keys = set(["type", "file"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S129, "required"
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
            raise SchemaError.at(f"{path}.file", "must be object", data__file, _S96, "type")
        if "filename" in data__file:
            data__file__filename = data__file["filename"]
            if not isinstance(data__file__filename, str):
                raise SchemaError.at(f"{path}.file.filename", "must be string", data__file__filename, _S47, "type")
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
        raise SchemaError.at(path, "must be object", data, _S134, "type")
    data__missing_keys = set(["type", "image_url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S134, "required"
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
        raise SchemaError.at(path, "must be object", data, _S93, "type")
    data__missing_keys = set(["type", "refusal"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S93, "required")
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
        raise SchemaError.at(path, "must be object", data, _S117, "type")
    data__missing_keys = set(["type", "text"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S117, "required"
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
        raise SchemaError.at(path, "must be object", data, _S146, "type")
    data__missing_keys = set(["type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S146, "required"
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
            raise SchemaError.at(f"{path}.custom", "must be object", data__custom, _S138, "type")
        data__custom__missing_keys = set(["name"]) - data__custom.keys()
        if data__custom__missing_keys:
            raise SchemaError.at(
                f"{path}.custom",
                f"must contain {str(sorted(data__custom__missing_keys))} properties",
                data__custom,
                _S138,
                "required",
            )
        if "name" in data__custom:
            data__custom__name = data__custom["name"]
            if not isinstance(data__custom__name, str):
                raise SchemaError.at(f"{path}.custom.name", "must be string", data__custom__name, _S2, "type")
        if "format" in data__custom:
            data__custom__format = data__custom["format"]
            if not isinstance(data__custom__format, dict):
                raise SchemaError.at(
                    f"{path}.custom.format", "must be valid by one definition", data__custom__format, _S128, "oneOf"
                )
            if "type" not in data__custom__format:
                raise SchemaError.at(
                    f"{path}.custom.format", "must contain ['type'] properties", data__custom__format, _S78, "required"
                )
            data__custom__format_tag = data__custom__format["type"]
            if data__custom__format_tag == "text":
                if not isinstance(data__custom__format, dict):
                    raise SchemaError.at(f"{path}.custom.format", "must be object", data__custom__format, _S72, "type")
                data__custom__format__missing_keys = set(["type"]) - data__custom__format.keys()
                if data__custom__format__missing_keys:
                    raise SchemaError.at(
                        f"{path}.custom.format",
                        f"must contain {str(sorted(data__custom__format__missing_keys))} properties",
                        data__custom__format,
                        _S72,
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
            elif data__custom__format_tag == "grammar":
                if not isinstance(data__custom__format, dict):
                    raise SchemaError.at(f"{path}.custom.format", "must be object", data__custom__format, _S111, "type")
                data__custom__format__missing_keys = set(["type", "grammar"]) - data__custom__format.keys()
                if data__custom__format__missing_keys:
                    raise SchemaError.at(
                        f"{path}.custom.format",
                        f"must contain {str(sorted(data__custom__format__missing_keys))} properties",
                        data__custom__format,
                        _S111,
                        "required",
                    )
                if "type" in data__custom__format:
                    data__custom__format__type = data__custom__format["type"]
                    if not isinstance(data__custom__format__type, str):
                        raise SchemaError.at(
                            f"{path}.custom.format.type", "must be string", data__custom__format__type, _S15, "type"
                        )
                    if not (isinstance(data__custom__format__type, str) and data__custom__format__type == "grammar"):
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
                            _S95,
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
                            _S95,
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
            else:
                raise SchemaError.at(
                    f"{path}.custom.format.type",
                    "must be one of ['text', 'grammar']",
                    data__custom__format_tag,
                    _S35,
                    "enum",
                )
    return data


def validate_chatcompletionfunctioncalloption(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S74, "type")
    data__missing_keys = set(["name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S74, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionmessagecustomtoolcall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S109, "type")
    data__missing_keys = set(["id", "type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S109, "required"
        )
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
        raise SchemaError.at(path, "must be object", data, _S127, "type")
    data__missing_keys = set(["id", "type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S127, "required"
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
        raise SchemaError.at(path, "must be object", data, _S107, "type")
    data__missing_keys = set(["type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S107, "required"
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
        validate_toolchoicefunction(data__function, f"{path}.function")
    return data


def validate_chatcompletionnamedtoolchoicecustom(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S104, "type")
    data__missing_keys = set(["type", "custom"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S104, "required"
        )
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
        raise SchemaError.at(path, "must be object", data, _S151, "type")
    data__missing_keys = set(["role"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S151, "required"
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
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S98, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletionassistantcontentpart(data__content_item, f"{path}.content[{data__content_x}]")
        elif data__content is None:
            if not isinstance(data__content, NoneType):
                raise SchemaError.at(f"{path}.content", "must be null", data__content, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S106, "anyOf"
            )
    if "refusal" in data:
        data__refusal = data["refusal"]
        if isinstance(data__refusal, str):
            pass
        elif data__refusal is None:
            if not isinstance(data__refusal, NoneType):
                raise SchemaError.at(f"{path}.refusal", "must be null", data__refusal, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.refusal", "cannot be validated by any definition", data__refusal, _S41, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    if "audio" in data:
        data__audio = data["audio"]
        if isinstance(data__audio, dict):
            data__audio__missing_keys = set(["id"]) - data__audio.keys()
            if data__audio__missing_keys:
                raise SchemaError.at(
                    f"{path}.audio",
                    f"must contain {str(sorted(data__audio__missing_keys))} properties",
                    data__audio,
                    _S64,
                    "required",
                )
            if "id" in data__audio:
                data__audio__id = data__audio["id"]
                if not isinstance(data__audio__id, str):
                    raise SchemaError.at(f"{path}.audio.id", "must be string", data__audio__id, _S2, "type")
        elif data__audio is None:
            if not isinstance(data__audio, NoneType):
                raise SchemaError.at(f"{path}.audio", "must be null", data__audio, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.audio", "cannot be validated by any definition", data__audio, _S75, "anyOf")
    if "tool_calls" in data:
        data__toolcalls = data["tool_calls"]
        if not isinstance(data__toolcalls, (list, tuple)):
            raise SchemaError.at(f"{path}.tool_calls", "must be array", data__toolcalls, _S144, "type")
        data__toolcalls_len = len(data__toolcalls)
        for data__toolcalls_x, data__toolcalls_item in enumerate(data__toolcalls):
            if not isinstance(data__toolcalls_item, dict):
                raise SchemaError.at(
                    f"{path}.tool_calls[{data__toolcalls_x}]",
                    "must be valid by one definition",
                    data__toolcalls_item,
                    _S139,
                    "oneOf",
                )
            if "type" not in data__toolcalls_item:
                raise SchemaError.at(
                    f"{path}.tool_calls[{data__toolcalls_x}]",
                    "must contain ['type'] properties",
                    data__toolcalls_item,
                    _S81,
                    "required",
                )
            data__toolcalls_item_tag = data__toolcalls_item["type"]
            if data__toolcalls_item_tag == "function":
                validate_chatcompletionmessagetoolcall(data__toolcalls_item, f"{path}.tool_calls[{data__toolcalls_x}]")
            elif data__toolcalls_item_tag == "custom":
                validate_chatcompletionmessagecustomtoolcall(
                    data__toolcalls_item, f"{path}.tool_calls[{data__toolcalls_x}]"
                )
            else:
                raise SchemaError.at(
                    f"{path}.tool_calls[{data__toolcalls_x}].type",
                    "must be one of ['function', 'custom']",
                    data__toolcalls_item_tag,
                    _S44,
                    "enum",
                )
    if "function_call" in data:
        data__functioncall = data["function_call"]
        if isinstance(data__functioncall, dict):
            validate_functioncall(data__functioncall, f"{path}.function_call")
        elif data__functioncall is None:
            if not isinstance(data__functioncall, NoneType):
                raise SchemaError.at(f"{path}.function_call", "must be null", data__functioncall, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.function_call", "cannot be validated by any definition", data__functioncall, _S101, "anyOf"
            )
    return data


def validate_chatcompletionrequestdevelopermessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S141, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S141, "required"
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
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S114, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S121, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequestfunctionmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S112, "type")
    data__missing_keys = set(["role", "content", "name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S112, "required"
        )
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
        if isinstance(data__content, str):
            pass
        elif data__content is None:
            if not isinstance(data__content, NoneType):
                raise SchemaError.at(f"{path}.content", "must be null", data__content, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S41, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequestmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S152, "oneOf")
    if "role" not in data:
        raise SchemaError.at(path, "must contain ['role'] properties", data, _S94, "required")
    data_tag = data["role"]
    if data_tag == "developer":
        validate_chatcompletionrequestdevelopermessage(data, path)
    elif data_tag == "system":
        validate_chatcompletionrequestsystemmessage(data, path)
    elif data_tag == "user":
        validate_chatcompletionrequestusermessage(data, path)
    elif data_tag == "assistant":
        validate_chatcompletionrequestassistantmessage(data, path)
    elif data_tag == "tool":
        validate_chatcompletionrequesttoolmessage(data, path)
    elif data_tag == "function":
        validate_chatcompletionrequestfunctionmessage(data, path)
    else:
        raise SchemaError.at(
            f"{path}.role",
            "must be one of ['developer', 'system', 'user', 'assistant', 'tool', 'function']",
            data_tag,
            _S70,
            "enum",
        )
    return data


def validate_chatcompletionrequestsystemmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S140, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S140, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S13, "type")
        if not (isinstance(data__role, str) and data__role == "system"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: system", data__role, _S13, "const")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S114, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S121, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletionrequesttoolmessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S142, "type")
    data__missing_keys = set(["role", "content", "tool_call_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S142, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S8, "type")
        if not (isinstance(data__role, str) and data__role == "tool"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: tool", data__role, _S8, "const")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S114, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S121, "anyOf"
            )
    if "tool_call_id" in data:
        data__toolcallid = data["tool_call_id"]
        if not isinstance(data__toolcallid, str):
            raise SchemaError.at(f"{path}.tool_call_id", "must be string", data__toolcallid, _S2, "type")
    return data


def validate_chatcompletionrequestusermessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S143, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S143, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S9, "type")
        if not (isinstance(data__role, str) and data__role == "user"):
            raise SchemaError.at(f"{path}.role", "must be same as const definition: user", data__role, _S9, "const")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S118, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletioncontentpart(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S125, "anyOf"
            )
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S2, "type")
    return data


def validate_chatcompletiontool(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S130, "type")
    data__missing_keys = set(["type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S130, "required"
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
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S147, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S87, "required")
    data_tag = data["type"]
    if data_tag == "function":
        validate_chatcompletionnamedtoolchoice(data, path)
    elif data_tag == "custom":
        validate_chatcompletionnamedtoolchoicecustom(data, path)
    elif data_tag == "allowed_tools":
        validate_chatcompletionallowedtoolschoice(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['function', 'custom', 'allowed_tools']", data_tag, _S53, "enum"
        )
    return data


def validate_chatcompletiontoolchoiceoption(data, path="data"):
    if isinstance(data, str):
        if not (
            isinstance(data, str)
            and data == "none"
            or (isinstance(data, str) and data == "auto")
            or (isinstance(data, str) and data == "required")
        ):
            raise SchemaError.at(path, "must be one of ['none', 'auto', 'required']", data, _S49, "enum")
    elif isinstance(data, dict):
        validate_chatcompletiontoolchoiceobject(data, path)
    else:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S124, "anyOf")
    return data


def validate_chatmoderationparam(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S133, "type")
    data__missing_keys = set(["model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S133, "required"
        )
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "policy" in data:
        data__policy = data["policy"]
        if isinstance(data__policy, dict):
            if "input" in data__policy:
                data__policy__input = data__policy["input"]
                if isinstance(data__policy__input, dict):
                    validate_moderationconfig(data__policy__input, f"{path}.policy.input")
                elif data__policy__input is None:
                    if not isinstance(data__policy__input, NoneType):
                        raise SchemaError.at(f"{path}.policy.input", "must be null", data__policy__input, _S1, "type")
                else:
                    raise SchemaError.at(
                        f"{path}.policy.input",
                        "cannot be validated by any definition",
                        data__policy__input,
                        _S91,
                        "anyOf",
                    )
            if "output" in data__policy:
                data__policy__output = data__policy["output"]
                if isinstance(data__policy__output, dict):
                    validate_moderationconfig(data__policy__output, f"{path}.policy.output")
                elif data__policy__output is None:
                    if not isinstance(data__policy__output, NoneType):
                        raise SchemaError.at(f"{path}.policy.output", "must be null", data__policy__output, _S1, "type")
                else:
                    raise SchemaError.at(
                        f"{path}.policy.output",
                        "cannot be validated by any definition",
                        data__policy__output,
                        _S91,
                        "anyOf",
                    )
        elif data__policy is None:
            if not isinstance(data__policy, NoneType):
                raise SchemaError.at(f"{path}.policy", "must be null", data__policy, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.policy", "cannot be validated by any definition", data__policy, _S126, "anyOf"
            )
    return data


def validate_customtoolcall(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S83, "type")
    data__missing_keys = set(["name", "input"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S83, "required")
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
        raise SchemaError.at(path, "must be object", data, _S85, "type")
    data__missing_keys = set(["name", "arguments"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S85, "required")
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
        raise SchemaError.at(path, "must be object", data, _S92, "type")
    data__missing_keys = set(["url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S92, "required")
    if "url" in data:
        data__url = data["url"]
        if not isinstance(data__url, str):
            raise SchemaError.at(f"{path}.url", "must be string", data__url, _S2, "type")
    if "detail" in data:
        data__detail = data["detail"]
        if not isinstance(data__detail, str):
            raise SchemaError.at(f"{path}.detail", "must be string", data__detail, _S45, "type")
        if not (
            isinstance(data__detail, str)
            and data__detail == "auto"
            or (isinstance(data__detail, str) and data__detail == "low")
            or (isinstance(data__detail, str) and data__detail == "high")
        ):
            raise SchemaError.at(f"{path}.detail", "must be one of ['auto', 'low', 'high']", data__detail, _S45, "enum")
    return data


def validate_moderationconfig(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S76, "type")
    data__missing_keys = set(["mode"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S76, "required")
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
        raise SchemaError.at(path, "must be object", data, _S135, "type")
    data__missing_keys = set(["type", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S135, "required"
        )
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S14, "type")
        if not (isinstance(data__type, str) and data__type == "content"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: content", data__type, _S14, "const")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S114, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_chatcompletioncontentparttext(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S121, "anyOf"
            )
    return data


def validate_promptcacheoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S90, "type")
    if "ttl" in data:
        data__ttl = data["ttl"]
        if not isinstance(data__ttl, str):
            raise SchemaError.at(f"{path}.ttl", "must be string", data__ttl, _S10, "type")
        if not (isinstance(data__ttl, str) and data__ttl == "30m"):
            raise SchemaError.at(f"{path}.ttl", "must be one of ['30m']", data__ttl, _S10, "enum")
    if "mode" in data:
        data__mode = data["mode"]
        if not isinstance(data__mode, str):
            raise SchemaError.at(f"{path}.mode", "must be string", data__mode, _S46, "type")
        if not (
            isinstance(data__mode, str)
            and data__mode == "implicit"
            or (isinstance(data__mode, str) and data__mode == "explicit")
        ):
            raise SchemaError.at(f"{path}.mode", "must be one of ['implicit', 'explicit']", data__mode, _S46, "enum")
    return data


def validate_responseformat(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S145, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S86, "required")
    data_tag = data["type"]
    if data_tag == "text":
        validate_responseformattext(data, path)
    elif data_tag == "json_object":
        validate_responseformatjsonobject(data, path)
    elif data_tag == "json_schema":
        validate_responseformatjsonschema(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['text', 'json_object', 'json_schema']", data_tag, _S52, "enum"
        )
    return data


def validate_toolchoicefunction(data, path="data"):
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


def validate_websearchoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S136, "type")
    if "search_context_size" in data:
        data__searchcontextsize = data["search_context_size"]
        if not isinstance(data__searchcontextsize, str):
            raise SchemaError.at(f"{path}.search_context_size", "must be string", data__searchcontextsize, _S48, "type")
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
                _S48,
                "enum",
            )
    if "user_location" in data:
        data__userlocation = data["user_location"]
        if isinstance(data__userlocation, dict):
            data__userlocation__missing_keys = set(["type", "approximate"]) - data__userlocation.keys()
            if data__userlocation__missing_keys:
                raise SchemaError.at(
                    f"{path}.user_location",
                    f"must contain {str(sorted(data__userlocation__missing_keys))} properties",
                    data__userlocation,
                    _S115,
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
                        _S100,
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
        elif data__userlocation is None:
            if not isinstance(data__userlocation, NoneType):
                raise SchemaError.at(f"{path}.user_location", "must be null", data__userlocation, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.user_location", "cannot be validated by any definition", data__userlocation, _S120, "anyOf"
            )
    return data
