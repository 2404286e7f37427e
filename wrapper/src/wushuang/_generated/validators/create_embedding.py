# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createEmbedding (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "integer"}
_S3 = {"type": "integer", "minimum": 1}
_S4 = {"type": "string", "enum": ["float", "base64"]}
_S5 = {"type": "array", "items": _S2, "minItems": 1}
_S6 = {"type": "array", "items": _S1, "minItems": 1, "maxItems": 2048}
_S7 = {"type": "array", "items": _S2, "minItems": 1, "maxItems": 2048}
_S8 = {"type": "array", "items": _S5, "minItems": 1, "maxItems": 2048}
_S9 = {"anyOf": [_S1, _S6, _S7, _S8]}
_S10 = {
    "type": "object",
    "properties": {"input": _S9, "model": _S1, "encoding_format": _S4, "dimensions": _S3, "user": _S1},
    "required": ["input", "model"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S10, "type")
    data__missing_keys = set(["input", "model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S10, "required")
    if "input" in data:
        data__input = data["input"]
        data__input_any_of_count121 = 0
        if not data__input_any_of_count121:
            try:
                if not isinstance(data__input, str):
                    raise SchemaError.at(f"{path}.input", "must be string", data__input, _S1, "type")
                data__input_any_of_count121 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count121:
            try:
                if not isinstance(data__input, (list, tuple)):
                    raise SchemaError.at(f"{path}.input", "must be array", data__input, _S6, "type")
                data__input_len = len(data__input)
                if data__input_len < 1:
                    raise SchemaError.at(f"{path}.input", "must contain at least 1 items", data__input, _S6, "minItems")
                if data__input_len > 2048:
                    raise SchemaError.at(
                        f"{path}.input", "must contain less than or equal to 2048 items", data__input, _S6, "maxItems"
                    )
                for data__input_x, data__input_item in enumerate(data__input):
                    if not isinstance(data__input_item, str):
                        raise SchemaError.at(
                            f"{path}.input[{data__input_x}]", "must be string", data__input_item, _S1, "type"
                        )
                data__input_any_of_count121 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count121:
            try:
                if not isinstance(data__input, (list, tuple)):
                    raise SchemaError.at(f"{path}.input", "must be array", data__input, _S7, "type")
                data__input_len = len(data__input)
                if data__input_len < 1:
                    raise SchemaError.at(f"{path}.input", "must contain at least 1 items", data__input, _S7, "minItems")
                if data__input_len > 2048:
                    raise SchemaError.at(
                        f"{path}.input", "must contain less than or equal to 2048 items", data__input, _S7, "maxItems"
                    )
                for data__input_x, data__input_item in enumerate(data__input):
                    if (
                        not isinstance(data__input_item, int)
                        and (not (isinstance(data__input_item, float) and data__input_item.is_integer()))
                        or isinstance(data__input_item, bool)
                    ):
                        raise SchemaError.at(
                            f"{path}.input[{data__input_x}]", "must be integer", data__input_item, _S2, "type"
                        )
                data__input_any_of_count121 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count121:
            try:
                if not isinstance(data__input, (list, tuple)):
                    raise SchemaError.at(f"{path}.input", "must be array", data__input, _S8, "type")
                data__input_len = len(data__input)
                if data__input_len < 1:
                    raise SchemaError.at(f"{path}.input", "must contain at least 1 items", data__input, _S8, "minItems")
                if data__input_len > 2048:
                    raise SchemaError.at(
                        f"{path}.input", "must contain less than or equal to 2048 items", data__input, _S8, "maxItems"
                    )
                for data__input_x, data__input_item in enumerate(data__input):
                    if not isinstance(data__input_item, (list, tuple)):
                        raise SchemaError.at(
                            f"{path}.input[{data__input_x}]", "must be array", data__input_item, _S5, "type"
                        )
                    data__input_item_len = len(data__input_item)
                    if data__input_item_len < 1:
                        raise SchemaError.at(
                            f"{path}.input[{data__input_x}]",
                            "must contain at least 1 items",
                            data__input_item,
                            _S5,
                            "minItems",
                        )
                    for data__input_item_x, data__input_item_item in enumerate(data__input_item):
                        if (
                            not isinstance(data__input_item_item, int)
                            and (not (isinstance(data__input_item_item, float) and data__input_item_item.is_integer()))
                            or isinstance(data__input_item_item, bool)
                        ):
                            raise SchemaError.at(
                                f"{path}.input[{data__input_x}][{data__input_item_x}]",
                                "must be integer",
                                data__input_item_item,
                                _S2,
                                "type",
                            )
                data__input_any_of_count121 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count121:
            raise SchemaError.at(f"{path}.input", "cannot be validated by any definition", data__input, _S9, "anyOf")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
    if "encoding_format" in data:
        data__encodingformat = data["encoding_format"]
        if not isinstance(data__encodingformat, str):
            raise SchemaError.at(f"{path}.encoding_format", "must be string", data__encodingformat, _S4, "type")
        if not (
            isinstance(data__encodingformat, str)
            and data__encodingformat == "float"
            or (isinstance(data__encodingformat, str) and data__encodingformat == "base64")
        ):
            raise SchemaError.at(
                f"{path}.encoding_format", "must be one of ['float', 'base64']", data__encodingformat, _S4, "enum"
            )
    if "dimensions" in data:
        data__dimensions = data["dimensions"]
        if (
            not isinstance(data__dimensions, int)
            and (not (isinstance(data__dimensions, float) and data__dimensions.is_integer()))
            or isinstance(data__dimensions, bool)
        ):
            raise SchemaError.at(f"{path}.dimensions", "must be integer", data__dimensions, _S3, "type")
        if isinstance(data__dimensions, (int, float, Decimal)) and (not isinstance(data__dimensions, bool)):
            if data__dimensions < 1:
                raise SchemaError.at(
                    f"{path}.dimensions", "must be bigger than or equal to 1", data__dimensions, _S3, "minimum"
                )
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S1, "type")
    return data
