# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createTranslation (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "number", "minimum": 0, "maximum": 1}
_S3 = {"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt"]}
_S4 = {
    "type": "object",
    "properties": {"file": {}, "model": _S1, "prompt": _S1, "response_format": _S3, "temperature": _S2},
    "required": ["file", "model"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S4, "type")
    data__missing_keys = set(["file", "model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S4, "required")
    if "file" in data:
        data__file = data["file"]
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S1, "type")
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if not isinstance(data__responseformat, str):
            raise SchemaError.at(f"{path}.response_format", "must be string", data__responseformat, _S3, "type")
        if not (
            isinstance(data__responseformat, str)
            and data__responseformat == "json"
            or (isinstance(data__responseformat, str) and data__responseformat == "text")
            or (isinstance(data__responseformat, str) and data__responseformat == "srt")
            or (isinstance(data__responseformat, str) and data__responseformat == "verbose_json")
            or (isinstance(data__responseformat, str) and data__responseformat == "vtt")
        ):
            raise SchemaError.at(
                f"{path}.response_format",
                "must be one of ['json', 'text', 'srt', 'verbose_json', 'vtt']",
                data__responseformat,
                _S3,
                "enum",
            )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
            raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S2, "type")
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if data__temperature < 0:
                raise SchemaError.at(
                    f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S2, "minimum"
                )
            if data__temperature > 1:
                raise SchemaError.at(
                    f"{path}.temperature", "must be smaller than or equal to 1", data__temperature, _S2, "maximum"
                )
    return data
