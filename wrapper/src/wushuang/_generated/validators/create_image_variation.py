# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImageVariation (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "enum": ["url", "b64_json"]}
_S3 = {"type": "integer", "minimum": 1, "maximum": 10}
_S4 = {"type": "string", "enum": ["256x256", "512x512", "1024x1024"]}
_S5 = {
    "type": "object",
    "properties": {"image": {}, "model": _S1, "n": _S3, "response_format": _S2, "size": _S4, "user": _S1},
    "required": ["image"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S5, "type")
    data__missing_keys = set(["image"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S5, "required")
    if "image" in data:
        data__image = data["image"]
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
    if "n" in data:
        data__n = data["n"]
        if (
            not isinstance(data__n, int)
            and (not (isinstance(data__n, float) and data__n.is_integer()))
            or isinstance(data__n, bool)
        ):
            raise SchemaError.at(f"{path}.n", "must be integer", data__n, _S3, "type")
        if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
            if data__n < 1:
                raise SchemaError.at(f"{path}.n", "must be bigger than or equal to 1", data__n, _S3, "minimum")
            if data__n > 10:
                raise SchemaError.at(f"{path}.n", "must be smaller than or equal to 10", data__n, _S3, "maximum")
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if not isinstance(data__responseformat, str):
            raise SchemaError.at(f"{path}.response_format", "must be string", data__responseformat, _S2, "type")
        if not (
            isinstance(data__responseformat, str)
            and data__responseformat == "url"
            or (isinstance(data__responseformat, str) and data__responseformat == "b64_json")
        ):
            raise SchemaError.at(
                f"{path}.response_format", "must be one of ['url', 'b64_json']", data__responseformat, _S2, "enum"
            )
    if "size" in data:
        data__size = data["size"]
        if not isinstance(data__size, str):
            raise SchemaError.at(f"{path}.size", "must be string", data__size, _S4, "type")
        if not (
            isinstance(data__size, str)
            and data__size == "256x256"
            or (isinstance(data__size, str) and data__size == "512x512")
            or (isinstance(data__size, str) and data__size == "1024x1024")
        ):
            raise SchemaError.at(
                f"{path}.size", "must be one of ['256x256', '512x512', '1024x1024']", data__size, _S4, "enum"
            )
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S1, "type")
    return data
