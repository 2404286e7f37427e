# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createCompletion (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import validate_logitbias, validate_stopsequences, validate_streamoptions


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "integer"}
_S5 = {"type": "integer", "minimum": 0}
_S6 = {"type": "array", "items": _S2}
_S7 = {"type": "number", "minimum": 0, "maximum": 1}
_S8 = {"type": "number", "minimum": 0, "maximum": 2}
_S9 = {"type": "integer", "minimum": 0, "maximum": 5}
_S10 = {"type": "number", "minimum": -2, "maximum": 2}
_S11 = {"type": "integer", "minimum": 0, "maximum": 20}
_S12 = {"anyOf": [_S2, _S1]}
_S13 = {"type": "integer", "minimum": 1, "maximum": 128}
_S14 = {"anyOf": [_S3, _S1]}
_S15 = {"anyOf": [_S4, _S1]}
_S16 = {"type": "array", "items": _S4, "minItems": 1}
_S17 = {"anyOf": [_S5, _S1]}
_S18 = {"anyOf": [_S7, _S1]}
_S19 = {"anyOf": [_S8, _S1]}
_S20 = {"anyOf": [_S9, _S1]}
_S21 = {"anyOf": [_S10, _S1]}
_S22 = {"anyOf": [_S11, _S1]}
_S23 = {"anyOf": [_S13, _S1]}
_S24 = {"type": "array", "items": _S16, "minItems": 1}
_S25 = {
    "anyOf": [{"type": "object", "additionalProperties": {"type": "integer", "minimum": -100, "maximum": 100}}, _S1]
}
_S26 = {"anyOf": [{"anyOf": [_S2, {"type": "array", "items": _S2, "minItems": 1, "maxItems": 4}]}, _S1]}
_S27 = {
    "anyOf": [
        {
            "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
            "type": "object",
            "properties": {"include_usage": _S3, "include_obfuscation": _S3},
        },
        _S1,
    ]
}
_S28 = {"anyOf": [_S2, _S6, _S16, _S24]}
_S29 = {
    "type": "object",
    "properties": {
        "model": _S2,
        "prompt": _S28,
        "best_of": _S22,
        "echo": _S14,
        "frequency_penalty": _S21,
        "logit_bias": _S25,
        "logprobs": _S20,
        "max_tokens": _S17,
        "n": _S23,
        "presence_penalty": _S21,
        "seed": _S15,
        "stop": _S26,
        "stream": _S14,
        "stream_options": _S27,
        "suffix": _S12,
        "temperature": _S19,
        "top_p": _S18,
        "user": _S2,
    },
    "required": ["model", "prompt"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S29, "type")
    data__missing_keys = set(["model", "prompt"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S29, "required")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "prompt" in data:
        data__prompt = data["prompt"]
        data__prompt_any_of_count176 = 0
        if not data__prompt_any_of_count176:
            try:
                if not isinstance(data__prompt, str):
                    raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S2, "type")
                data__prompt_any_of_count176 += 1
            except SchemaError:
                pass
        if not data__prompt_any_of_count176:
            try:
                if not isinstance(data__prompt, (list, tuple)):
                    raise SchemaError.at(f"{path}.prompt", "must be array", data__prompt, _S6, "type")
                data__prompt_len = len(data__prompt)
                for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                    if not isinstance(data__prompt_item, str):
                        raise SchemaError.at(
                            f"{path}.prompt[{data__prompt_x}]", "must be string", data__prompt_item, _S2, "type"
                        )
                data__prompt_any_of_count176 += 1
            except SchemaError:
                pass
        if not data__prompt_any_of_count176:
            try:
                if not isinstance(data__prompt, (list, tuple)):
                    raise SchemaError.at(f"{path}.prompt", "must be array", data__prompt, _S16, "type")
                data__prompt_len = len(data__prompt)
                if data__prompt_len < 1:
                    raise SchemaError.at(
                        f"{path}.prompt", "must contain at least 1 items", data__prompt, _S16, "minItems"
                    )
                for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                    if (
                        not isinstance(data__prompt_item, int)
                        and (not (isinstance(data__prompt_item, float) and data__prompt_item.is_integer()))
                        or isinstance(data__prompt_item, bool)
                    ):
                        raise SchemaError.at(
                            f"{path}.prompt[{data__prompt_x}]", "must be integer", data__prompt_item, _S4, "type"
                        )
                data__prompt_any_of_count176 += 1
            except SchemaError:
                pass
        if not data__prompt_any_of_count176:
            try:
                if not isinstance(data__prompt, (list, tuple)):
                    raise SchemaError.at(f"{path}.prompt", "must be array", data__prompt, _S24, "type")
                data__prompt_len = len(data__prompt)
                if data__prompt_len < 1:
                    raise SchemaError.at(
                        f"{path}.prompt", "must contain at least 1 items", data__prompt, _S24, "minItems"
                    )
                for data__prompt_x, data__prompt_item in enumerate(data__prompt):
                    if not isinstance(data__prompt_item, (list, tuple)):
                        raise SchemaError.at(
                            f"{path}.prompt[{data__prompt_x}]", "must be array", data__prompt_item, _S16, "type"
                        )
                    data__prompt_item_len = len(data__prompt_item)
                    if data__prompt_item_len < 1:
                        raise SchemaError.at(
                            f"{path}.prompt[{data__prompt_x}]",
                            "must contain at least 1 items",
                            data__prompt_item,
                            _S16,
                            "minItems",
                        )
                    for data__prompt_item_x, data__prompt_item_item in enumerate(data__prompt_item):
                        if (
                            not isinstance(data__prompt_item_item, int)
                            and (
                                not (isinstance(data__prompt_item_item, float) and data__prompt_item_item.is_integer())
                            )
                            or isinstance(data__prompt_item_item, bool)
                        ):
                            raise SchemaError.at(
                                f"{path}.prompt[{data__prompt_x}][{data__prompt_item_x}]",
                                "must be integer",
                                data__prompt_item_item,
                                _S4,
                                "type",
                            )
                data__prompt_any_of_count176 += 1
            except SchemaError:
                pass
        if not data__prompt_any_of_count176:
            raise SchemaError.at(f"{path}.prompt", "cannot be validated by any definition", data__prompt, _S28, "anyOf")
    if "best_of" in data:
        data__bestof = data["best_of"]
        if isinstance(data__bestof, (int, float, Decimal)) and (not isinstance(data__bestof, bool)):
            if (
                not isinstance(data__bestof, int)
                and (not (isinstance(data__bestof, float) and data__bestof.is_integer()))
                or isinstance(data__bestof, bool)
            ):
                raise SchemaError.at(f"{path}.best_of", "must be integer", data__bestof, _S11, "type")
            if isinstance(data__bestof, (int, float, Decimal)) and (not isinstance(data__bestof, bool)):
                if data__bestof < 0:
                    raise SchemaError.at(
                        f"{path}.best_of", "must be bigger than or equal to 0", data__bestof, _S11, "minimum"
                    )
                if data__bestof > 20:
                    raise SchemaError.at(
                        f"{path}.best_of", "must be smaller than or equal to 20", data__bestof, _S11, "maximum"
                    )
        elif data__bestof is None:
            if not isinstance(data__bestof, NoneType):
                raise SchemaError.at(f"{path}.best_of", "must be null", data__bestof, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.best_of", "cannot be validated by any definition", data__bestof, _S22, "anyOf"
            )
    if "echo" in data:
        data__echo = data["echo"]
        if isinstance(data__echo, bool):
            pass
        elif data__echo is None:
            if not isinstance(data__echo, NoneType):
                raise SchemaError.at(f"{path}.echo", "must be null", data__echo, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.echo", "cannot be validated by any definition", data__echo, _S14, "anyOf")
    if "frequency_penalty" in data:
        data__frequencypenalty = data["frequency_penalty"]
        if isinstance(data__frequencypenalty, (int, float, Decimal)) and (not isinstance(data__frequencypenalty, bool)):
            if not isinstance(data__frequencypenalty, (int, float, Decimal)) or isinstance(
                data__frequencypenalty, bool
            ):
                raise SchemaError.at(
                    f"{path}.frequency_penalty", "must be number", data__frequencypenalty, _S10, "type"
                )
            if isinstance(data__frequencypenalty, (int, float, Decimal)) and (
                not isinstance(data__frequencypenalty, bool)
            ):
                if data__frequencypenalty < -2:
                    raise SchemaError.at(
                        f"{path}.frequency_penalty",
                        "must be bigger than or equal to -2",
                        data__frequencypenalty,
                        _S10,
                        "minimum",
                    )
                if data__frequencypenalty > 2:
                    raise SchemaError.at(
                        f"{path}.frequency_penalty",
                        "must be smaller than or equal to 2",
                        data__frequencypenalty,
                        _S10,
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
                _S21,
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
                f"{path}.logit_bias", "cannot be validated by any definition", data__logitbias, _S25, "anyOf"
            )
    if "logprobs" in data:
        data__logprobs = data["logprobs"]
        if isinstance(data__logprobs, (int, float, Decimal)) and (not isinstance(data__logprobs, bool)):
            if (
                not isinstance(data__logprobs, int)
                and (not (isinstance(data__logprobs, float) and data__logprobs.is_integer()))
                or isinstance(data__logprobs, bool)
            ):
                raise SchemaError.at(f"{path}.logprobs", "must be integer", data__logprobs, _S9, "type")
            if isinstance(data__logprobs, (int, float, Decimal)) and (not isinstance(data__logprobs, bool)):
                if data__logprobs < 0:
                    raise SchemaError.at(
                        f"{path}.logprobs", "must be bigger than or equal to 0", data__logprobs, _S9, "minimum"
                    )
                if data__logprobs > 5:
                    raise SchemaError.at(
                        f"{path}.logprobs", "must be smaller than or equal to 5", data__logprobs, _S9, "maximum"
                    )
        elif data__logprobs is None:
            if not isinstance(data__logprobs, NoneType):
                raise SchemaError.at(f"{path}.logprobs", "must be null", data__logprobs, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.logprobs", "cannot be validated by any definition", data__logprobs, _S20, "anyOf"
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
                f"{path}.max_tokens", "cannot be validated by any definition", data__maxtokens, _S17, "anyOf"
            )
    if "n" in data:
        data__n = data["n"]
        if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
            if (
                not isinstance(data__n, int)
                and (not (isinstance(data__n, float) and data__n.is_integer()))
                or isinstance(data__n, bool)
            ):
                raise SchemaError.at(f"{path}.n", "must be integer", data__n, _S13, "type")
            if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
                if data__n < 1:
                    raise SchemaError.at(f"{path}.n", "must be bigger than or equal to 1", data__n, _S13, "minimum")
                if data__n > 128:
                    raise SchemaError.at(f"{path}.n", "must be smaller than or equal to 128", data__n, _S13, "maximum")
        elif data__n is None:
            if not isinstance(data__n, NoneType):
                raise SchemaError.at(f"{path}.n", "must be null", data__n, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.n", "cannot be validated by any definition", data__n, _S23, "anyOf")
    if "presence_penalty" in data:
        data__presencepenalty = data["presence_penalty"]
        if isinstance(data__presencepenalty, (int, float, Decimal)) and (not isinstance(data__presencepenalty, bool)):
            if not isinstance(data__presencepenalty, (int, float, Decimal)) or isinstance(data__presencepenalty, bool):
                raise SchemaError.at(f"{path}.presence_penalty", "must be number", data__presencepenalty, _S10, "type")
            if isinstance(data__presencepenalty, (int, float, Decimal)) and (
                not isinstance(data__presencepenalty, bool)
            ):
                if data__presencepenalty < -2:
                    raise SchemaError.at(
                        f"{path}.presence_penalty",
                        "must be bigger than or equal to -2",
                        data__presencepenalty,
                        _S10,
                        "minimum",
                    )
                if data__presencepenalty > 2:
                    raise SchemaError.at(
                        f"{path}.presence_penalty",
                        "must be smaller than or equal to 2",
                        data__presencepenalty,
                        _S10,
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
                _S21,
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
            raise SchemaError.at(f"{path}.seed", "cannot be validated by any definition", data__seed, _S15, "anyOf")
    if "stop" in data:
        data__stop = data["stop"]
        if data__stop is not None:
            try:
                validate_stopsequences(data__stop, f"{path}.stop")
            except SchemaError:
                raise SchemaError.at(f"{path}.stop", "cannot be validated by any definition", data__stop, _S26, "anyOf")
    if "stream" in data:
        data__stream = data["stream"]
        if isinstance(data__stream, bool):
            pass
        elif data__stream is None:
            if not isinstance(data__stream, NoneType):
                raise SchemaError.at(f"{path}.stream", "must be null", data__stream, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.stream", "cannot be validated by any definition", data__stream, _S14, "anyOf")
    if "stream_options" in data:
        data__streamoptions = data["stream_options"]
        if isinstance(data__streamoptions, dict):
            validate_streamoptions(data__streamoptions, f"{path}.stream_options")
        elif data__streamoptions is None:
            if not isinstance(data__streamoptions, NoneType):
                raise SchemaError.at(f"{path}.stream_options", "must be null", data__streamoptions, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.stream_options", "cannot be validated by any definition", data__streamoptions, _S27, "anyOf"
            )
    if "suffix" in data:
        data__suffix = data["suffix"]
        if isinstance(data__suffix, str):
            pass
        elif data__suffix is None:
            if not isinstance(data__suffix, NoneType):
                raise SchemaError.at(f"{path}.suffix", "must be null", data__suffix, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.suffix", "cannot be validated by any definition", data__suffix, _S12, "anyOf")
    if "temperature" in data:
        data__temperature = data["temperature"]
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S8, "type")
            if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
                if data__temperature < 0:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S8, "minimum"
                    )
                if data__temperature > 2:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be smaller than or equal to 2", data__temperature, _S8, "maximum"
                    )
        elif data__temperature is None:
            if not isinstance(data__temperature, NoneType):
                raise SchemaError.at(f"{path}.temperature", "must be null", data__temperature, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.temperature", "cannot be validated by any definition", data__temperature, _S19, "anyOf"
            )
    if "top_p" in data:
        data__topp = data["top_p"]
        if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
            if not isinstance(data__topp, (int, float, Decimal)) or isinstance(data__topp, bool):
                raise SchemaError.at(f"{path}.top_p", "must be number", data__topp, _S7, "type")
            if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
                if data__topp < 0:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be bigger than or equal to 0", data__topp, _S7, "minimum"
                    )
                if data__topp > 1:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be smaller than or equal to 1", data__topp, _S7, "maximum"
                    )
        elif data__topp is None:
            if not isinstance(data__topp, NoneType):
                raise SchemaError.at(f"{path}.top_p", "must be null", data__topp, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.top_p", "cannot be validated by any definition", data__topp, _S18, "anyOf")
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S2, "type")
    return data
