# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createCompletion (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_logitbias,
    validate___definitions_stopsequences,
    validate___definitions_streamoptions,
)


def validate___operations_create_completion(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "model": {"type": "string"},
                    "prompt": {
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                            {
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                            },
                        ]
                    },
                    "best_of": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                    "echo": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
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
                    "logprobs": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 5}, {"type": "null"}]},
                    "max_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                    "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                    "presence_penalty": {"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
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
                                "properties": {
                                    "include_usage": {"type": "boolean"},
                                    "include_obfuscation": {"type": "boolean"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "suffix": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                    "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    "user": {"type": "string"},
                },
                "required": ["model", "prompt"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["model", "prompt"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "model": {"type": "string"},
                        "prompt": {
                            "anyOf": [
                                {"type": "string"},
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                {
                                    "type": "array",
                                    "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    "minItems": 1,
                                },
                            ]
                        },
                        "best_of": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                        "echo": {"anyOf": [{"type": "boolean"}, {"type": "null"}]},
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
                        "logprobs": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 5}, {"type": "null"}]},
                        "max_tokens": {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]},
                        "n": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 128}, {"type": "null"}]},
                        "presence_penalty": {
                            "anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]
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
                                    "properties": {
                                        "include_usage": {"type": "boolean"},
                                        "include_obfuscation": {"type": "boolean"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "suffix": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "temperature": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 2}, {"type": "null"}]},
                        "top_p": {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                        "user": {"type": "string"},
                    },
                    "required": ["model", "prompt"],
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
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            data__prompt_any_of_count176 = 0
            if not data__prompt_any_of_count176:
                try:
                    if not isinstance(data__prompt, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt must be string",
                            value=data__prompt,
                            name="" + (name_prefix or "data") + ".prompt",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__prompt_any_of_count176 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prompt_any_of_count176:
                try:
                    if not isinstance(data__prompt, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt must be array",
                            value=data__prompt,
                            name="" + (name_prefix or "data") + ".prompt",
                            definition={"type": "array", "items": {"type": "string"}},
                            rule="type",
                        )
                    data__prompt_is_list = isinstance(data__prompt, (list, tuple))
                    if data__prompt_is_list:
                        data__prompt_len = len(data__prompt)
                        for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                            if not isinstance(data__prompt_item, (str)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + " must be string",
                                    value=data__prompt_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + "",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                    data__prompt_any_of_count176 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prompt_any_of_count176:
                try:
                    if not isinstance(data__prompt, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt must be array",
                            value=data__prompt,
                            name="" + (name_prefix or "data") + ".prompt",
                            definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                            rule="type",
                        )
                    data__prompt_is_list = isinstance(data__prompt, (list, tuple))
                    if data__prompt_is_list:
                        data__prompt_len = len(data__prompt)
                        if data__prompt_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".prompt must contain at least 1 items",
                                value=data__prompt,
                                name="" + (name_prefix or "data") + ".prompt",
                                definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                rule="minItems",
                            )
                        for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                            if (
                                not isinstance(data__prompt_item, (int))
                                and not (isinstance(data__prompt_item, float) and data__prompt_item.is_integer())
                                or isinstance(data__prompt_item, bool)
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + " must be integer",
                                    value=data__prompt_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + "",
                                    definition={"type": "integer"},
                                    rule="type",
                                )
                    data__prompt_any_of_count176 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prompt_any_of_count176:
                try:
                    if not isinstance(data__prompt, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".prompt must be array",
                            value=data__prompt,
                            name="" + (name_prefix or "data") + ".prompt",
                            definition={
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                            },
                            rule="type",
                        )
                    data__prompt_is_list = isinstance(data__prompt, (list, tuple))
                    if data__prompt_is_list:
                        data__prompt_len = len(data__prompt)
                        if data__prompt_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".prompt must contain at least 1 items",
                                value=data__prompt,
                                name="" + (name_prefix or "data") + ".prompt",
                                definition={
                                    "type": "array",
                                    "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    "minItems": 1,
                                },
                                rule="minItems",
                            )
                        for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                            if not isinstance(data__prompt_item, (list, tuple)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + " must be array",
                                    value=data__prompt_item,
                                    name=""
                                    + (name_prefix or "data")
                                    + ".prompt[{data__prompt_x}]".format(**locals())
                                    + "",
                                    definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                    rule="type",
                                )
                            data__prompt_item_is_list = isinstance(data__prompt_item, (list, tuple))
                            if data__prompt_item_is_list:
                                data__prompt_item_len = len(data__prompt_item)
                                if data__prompt_item_len < 1:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".prompt[{data__prompt_x}]".format(**locals())
                                        + " must contain at least 1 items",
                                        value=data__prompt_item,
                                        name=""
                                        + (name_prefix or "data")
                                        + ".prompt[{data__prompt_x}]".format(**locals())
                                        + "",
                                        definition={"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                        rule="minItems",
                                    )
                                for data__prompt_item_x, data__prompt_item_item in enumerate(data__prompt_item):
                                    if (
                                        not isinstance(data__prompt_item_item, (int))
                                        and not (
                                            isinstance(data__prompt_item_item, float)
                                            and data__prompt_item_item.is_integer()
                                        )
                                        or isinstance(data__prompt_item_item, bool)
                                    ):
                                        raise JsonSchemaValueException(
                                            ""
                                            + (name_prefix or "data")
                                            + ".prompt[{data__prompt_x}][{data__prompt_item_x}]".format(**locals())
                                            + " must be integer",
                                            value=data__prompt_item_item,
                                            name=""
                                            + (name_prefix or "data")
                                            + ".prompt[{data__prompt_x}][{data__prompt_item_x}]".format(**locals())
                                            + "",
                                            definition={"type": "integer"},
                                            rule="type",
                                        )
                    data__prompt_any_of_count176 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__prompt_any_of_count176:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prompt cannot be validated by any definition",
                    value=data__prompt,
                    name="" + (name_prefix or "data") + ".prompt",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {"type": "array", "items": {"type": "string"}},
                            {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                            {
                                "type": "array",
                                "items": {"type": "array", "items": {"type": "integer"}, "minItems": 1},
                                "minItems": 1,
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "best_of" in data_keys:
            data_keys.remove("best_of")
            data__bestof = data["best_of"]
            data__bestof_any_of_count177 = 0
            if not data__bestof_any_of_count177:
                try:
                    if (
                        not isinstance(data__bestof, (int))
                        and not (isinstance(data__bestof, float) and data__bestof.is_integer())
                        or isinstance(data__bestof, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".best_of must be integer",
                            value=data__bestof,
                            name="" + (name_prefix or "data") + ".best_of",
                            definition={"type": "integer", "minimum": 0, "maximum": 20},
                            rule="type",
                        )
                    if isinstance(data__bestof, (int, float, Decimal)) and not isinstance(data__bestof, bool):
                        if data__bestof < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".best_of must be bigger than or equal to 0",
                                value=data__bestof,
                                name="" + (name_prefix or "data") + ".best_of",
                                definition={"type": "integer", "minimum": 0, "maximum": 20},
                                rule="minimum",
                            )
                        if data__bestof > 20:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".best_of must be smaller than or equal to 20",
                                value=data__bestof,
                                name="" + (name_prefix or "data") + ".best_of",
                                definition={"type": "integer", "minimum": 0, "maximum": 20},
                                rule="maximum",
                            )
                    data__bestof_any_of_count177 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__bestof_any_of_count177:
                try:
                    if not isinstance(data__bestof, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".best_of must be null",
                            value=data__bestof,
                            name="" + (name_prefix or "data") + ".best_of",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__bestof_any_of_count177 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__bestof_any_of_count177:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".best_of cannot be validated by any definition",
                    value=data__bestof,
                    name="" + (name_prefix or "data") + ".best_of",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 20}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "echo" in data_keys:
            data_keys.remove("echo")
            data__echo = data["echo"]
            data__echo_any_of_count178 = 0
            if not data__echo_any_of_count178:
                try:
                    if not isinstance(data__echo, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".echo must be boolean",
                            value=data__echo,
                            name="" + (name_prefix or "data") + ".echo",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__echo_any_of_count178 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__echo_any_of_count178:
                try:
                    if not isinstance(data__echo, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".echo must be null",
                            value=data__echo,
                            name="" + (name_prefix or "data") + ".echo",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__echo_any_of_count178 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__echo_any_of_count178:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".echo cannot be validated by any definition",
                    value=data__echo,
                    name="" + (name_prefix or "data") + ".echo",
                    definition={"anyOf": [{"type": "boolean"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "frequency_penalty" in data_keys:
            data_keys.remove("frequency_penalty")
            data__frequencypenalty = data["frequency_penalty"]
            data__frequencypenalty_any_of_count179 = 0
            if not data__frequencypenalty_any_of_count179:
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
                    data__frequencypenalty_any_of_count179 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count179:
                try:
                    if not isinstance(data__frequencypenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".frequency_penalty must be null",
                            value=data__frequencypenalty,
                            name="" + (name_prefix or "data") + ".frequency_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__frequencypenalty_any_of_count179 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__frequencypenalty_any_of_count179:
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
            data__logitbias_any_of_count180 = 0
            if not data__logitbias_any_of_count180:
                try:
                    validate___definitions_logitbias(
                        data__logitbias, custom_formats, (name_prefix or "data") + ".logit_bias"
                    )
                    data__logitbias_any_of_count180 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count180:
                try:
                    if not isinstance(data__logitbias, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logit_bias must be null",
                            value=data__logitbias,
                            name="" + (name_prefix or "data") + ".logit_bias",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logitbias_any_of_count180 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logitbias_any_of_count180:
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
            data__logprobs_any_of_count181 = 0
            if not data__logprobs_any_of_count181:
                try:
                    if (
                        not isinstance(data__logprobs, (int))
                        and not (isinstance(data__logprobs, float) and data__logprobs.is_integer())
                        or isinstance(data__logprobs, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be integer",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "integer", "minimum": 0, "maximum": 5},
                            rule="type",
                        )
                    if isinstance(data__logprobs, (int, float, Decimal)) and not isinstance(data__logprobs, bool):
                        if data__logprobs < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".logprobs must be bigger than or equal to 0",
                                value=data__logprobs,
                                name="" + (name_prefix or "data") + ".logprobs",
                                definition={"type": "integer", "minimum": 0, "maximum": 5},
                                rule="minimum",
                            )
                        if data__logprobs > 5:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".logprobs must be smaller than or equal to 5",
                                value=data__logprobs,
                                name="" + (name_prefix or "data") + ".logprobs",
                                definition={"type": "integer", "minimum": 0, "maximum": 5},
                                rule="maximum",
                            )
                    data__logprobs_any_of_count181 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count181:
                try:
                    if not isinstance(data__logprobs, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".logprobs must be null",
                            value=data__logprobs,
                            name="" + (name_prefix or "data") + ".logprobs",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__logprobs_any_of_count181 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__logprobs_any_of_count181:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".logprobs cannot be validated by any definition",
                    value=data__logprobs,
                    name="" + (name_prefix or "data") + ".logprobs",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 5}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "max_tokens" in data_keys:
            data_keys.remove("max_tokens")
            data__maxtokens = data["max_tokens"]
            data__maxtokens_any_of_count182 = 0
            if not data__maxtokens_any_of_count182:
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
                    data__maxtokens_any_of_count182 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count182:
                try:
                    if not isinstance(data__maxtokens, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".max_tokens must be null",
                            value=data__maxtokens,
                            name="" + (name_prefix or "data") + ".max_tokens",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__maxtokens_any_of_count182 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__maxtokens_any_of_count182:
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
            data__n_any_of_count183 = 0
            if not data__n_any_of_count183:
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
                    data__n_any_of_count183 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count183:
                try:
                    if not isinstance(data__n, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n must be null",
                            value=data__n,
                            name="" + (name_prefix or "data") + ".n",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__n_any_of_count183 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__n_any_of_count183:
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
            data__presencepenalty_any_of_count184 = 0
            if not data__presencepenalty_any_of_count184:
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
                    data__presencepenalty_any_of_count184 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count184:
                try:
                    if not isinstance(data__presencepenalty, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".presence_penalty must be null",
                            value=data__presencepenalty,
                            name="" + (name_prefix or "data") + ".presence_penalty",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__presencepenalty_any_of_count184 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__presencepenalty_any_of_count184:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".presence_penalty cannot be validated by any definition",
                    value=data__presencepenalty,
                    name="" + (name_prefix or "data") + ".presence_penalty",
                    definition={"anyOf": [{"type": "number", "minimum": -2, "maximum": 2}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "seed" in data_keys:
            data_keys.remove("seed")
            data__seed = data["seed"]
            data__seed_any_of_count185 = 0
            if not data__seed_any_of_count185:
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
                    data__seed_any_of_count185 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count185:
                try:
                    if not isinstance(data__seed, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be null",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__seed_any_of_count185 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count185:
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
            data__stop_any_of_count186 = 0
            if not data__stop_any_of_count186:
                try:
                    validate___definitions_stopsequences(data__stop, custom_formats, (name_prefix or "data") + ".stop")
                    data__stop_any_of_count186 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count186:
                try:
                    if not isinstance(data__stop, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stop must be null",
                            value=data__stop,
                            name="" + (name_prefix or "data") + ".stop",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stop_any_of_count186 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stop_any_of_count186:
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
            data__stream_any_of_count187 = 0
            if not data__stream_any_of_count187:
                try:
                    if not isinstance(data__stream, (bool)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be boolean",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "boolean"},
                            rule="type",
                        )
                    data__stream_any_of_count187 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count187:
                try:
                    if not isinstance(data__stream, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream must be null",
                            value=data__stream,
                            name="" + (name_prefix or "data") + ".stream",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__stream_any_of_count187 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__stream_any_of_count187:
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
            data__streamoptions_any_of_count188 = 0
            if not data__streamoptions_any_of_count188:
                try:
                    validate___definitions_streamoptions(
                        data__streamoptions, custom_formats, (name_prefix or "data") + ".stream_options"
                    )
                    data__streamoptions_any_of_count188 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count188:
                try:
                    if not isinstance(data__streamoptions, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".stream_options must be null",
                            value=data__streamoptions,
                            name="" + (name_prefix or "data") + ".stream_options",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__streamoptions_any_of_count188 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__streamoptions_any_of_count188:
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
        if "suffix" in data_keys:
            data_keys.remove("suffix")
            data__suffix = data["suffix"]
            data__suffix_any_of_count189 = 0
            if not data__suffix_any_of_count189:
                try:
                    if not isinstance(data__suffix, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".suffix must be string",
                            value=data__suffix,
                            name="" + (name_prefix or "data") + ".suffix",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__suffix_any_of_count189 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count189:
                try:
                    if not isinstance(data__suffix, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".suffix must be null",
                            value=data__suffix,
                            name="" + (name_prefix or "data") + ".suffix",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__suffix_any_of_count189 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count189:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".suffix cannot be validated by any definition",
                    value=data__suffix,
                    name="" + (name_prefix or "data") + ".suffix",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            data__temperature_any_of_count190 = 0
            if not data__temperature_any_of_count190:
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
                    data__temperature_any_of_count190 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count190:
                try:
                    if not isinstance(data__temperature, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".temperature must be null",
                            value=data__temperature,
                            name="" + (name_prefix or "data") + ".temperature",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__temperature_any_of_count190 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__temperature_any_of_count190:
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
            data__topp_any_of_count191 = 0
            if not data__topp_any_of_count191:
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
                    data__topp_any_of_count191 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count191:
                try:
                    if not isinstance(data__topp, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".top_p must be null",
                            value=data__topp,
                            name="" + (name_prefix or "data") + ".top_p",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__topp_any_of_count191 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__topp_any_of_count191:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".top_p cannot be validated by any definition",
                    value=data__topp,
                    name="" + (name_prefix or "data") + ".top_p",
                    definition={"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]},
                    rule="anyOf",
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
    return data


validate = validate___operations_create_completion
