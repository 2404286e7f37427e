# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImageEdit (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "boolean"}
_S3 = {"type": "string", "enum": ["high", "low"]}
_S4 = {"type": "array", "maxItems": 16, "items": {}}
_S5 = {"type": "integer", "minimum": 0, "maximum": 3}
_S6 = {"type": "string", "enum": ["url", "b64_json"]}
_S7 = {"type": "integer", "minimum": 1, "maximum": 10}
_S8 = {"type": "integer", "minimum": 0, "maximum": 100}
_S9 = {"type": "string", "enum": ["png", "jpeg", "webp"]}
_S10 = {"type": "string", "enum": ["transparent", "opaque", "auto"]}
_S11 = {"anyOf": [{}, _S4]}
_S12 = {"type": "string", "enum": ["standard", "low", "medium", "high", "auto"]}
_S13 = {"type": "string", "enum": ["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]}
_S14 = {
    "type": "object",
    "properties": {
        "image": _S11,
        "prompt": _S1,
        "mask": {},
        "model": _S1,
        "n": _S7,
        "size": _S13,
        "quality": _S12,
        "response_format": _S6,
        "input_fidelity": _S3,
        "background": _S10,
        "output_format": _S9,
        "output_compression": _S8,
        "stream": _S2,
        "partial_images": _S5,
        "user": _S1,
    },
    "required": ["image", "prompt"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S14, "type")
    data__missing_keys = set(["image", "prompt"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S14, "required")
    if "image" in data:
        data__image = data["image"]
        data__image_any_of_count106 = 0
        if not data__image_any_of_count106:
            try:
                data__image_any_of_count106 += 1
            except SchemaError:
                pass
        if not data__image_any_of_count106:
            try:
                if not isinstance(data__image, (list, tuple)):
                    raise SchemaError.at(f"{path}.image", "must be array", data__image, _S4, "type")
                data__image_len = len(data__image)
                if data__image_len > 16:
                    raise SchemaError.at(
                        f"{path}.image", "must contain less than or equal to 16 items", data__image, _S4, "maxItems"
                    )
                data__image_any_of_count106 += 1
            except SchemaError:
                pass
        if not data__image_any_of_count106:
            raise SchemaError.at(f"{path}.image", "cannot be validated by any definition", data__image, _S11, "anyOf")
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S1, "type")
    if "mask" in data:
        data__mask = data["mask"]
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
            raise SchemaError.at(f"{path}.n", "must be integer", data__n, _S7, "type")
        if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
            if data__n < 1:
                raise SchemaError.at(f"{path}.n", "must be bigger than or equal to 1", data__n, _S7, "minimum")
            if data__n > 10:
                raise SchemaError.at(f"{path}.n", "must be smaller than or equal to 10", data__n, _S7, "maximum")
    if "size" in data:
        data__size = data["size"]
        if not isinstance(data__size, str):
            raise SchemaError.at(f"{path}.size", "must be string", data__size, _S13, "type")
        if not (
            isinstance(data__size, str)
            and data__size == "256x256"
            or (isinstance(data__size, str) and data__size == "512x512")
            or (isinstance(data__size, str) and data__size == "1024x1024")
            or (isinstance(data__size, str) and data__size == "1536x1024")
            or (isinstance(data__size, str) and data__size == "1024x1536")
            or (isinstance(data__size, str) and data__size == "auto")
        ):
            raise SchemaError.at(
                f"{path}.size",
                "must be one of ['256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', 'auto']",
                data__size,
                _S13,
                "enum",
            )
    if "quality" in data:
        data__quality = data["quality"]
        if not isinstance(data__quality, str):
            raise SchemaError.at(f"{path}.quality", "must be string", data__quality, _S12, "type")
        if not (
            isinstance(data__quality, str)
            and data__quality == "standard"
            or (isinstance(data__quality, str) and data__quality == "low")
            or (isinstance(data__quality, str) and data__quality == "medium")
            or (isinstance(data__quality, str) and data__quality == "high")
            or (isinstance(data__quality, str) and data__quality == "auto")
        ):
            raise SchemaError.at(
                f"{path}.quality",
                "must be one of ['standard', 'low', 'medium', 'high', 'auto']",
                data__quality,
                _S12,
                "enum",
            )
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if not isinstance(data__responseformat, str):
            raise SchemaError.at(f"{path}.response_format", "must be string", data__responseformat, _S6, "type")
        if not (
            isinstance(data__responseformat, str)
            and data__responseformat == "url"
            or (isinstance(data__responseformat, str) and data__responseformat == "b64_json")
        ):
            raise SchemaError.at(
                f"{path}.response_format", "must be one of ['url', 'b64_json']", data__responseformat, _S6, "enum"
            )
    if "input_fidelity" in data:
        data__inputfidelity = data["input_fidelity"]
        if not isinstance(data__inputfidelity, str):
            raise SchemaError.at(f"{path}.input_fidelity", "must be string", data__inputfidelity, _S3, "type")
        if not (
            isinstance(data__inputfidelity, str)
            and data__inputfidelity == "high"
            or (isinstance(data__inputfidelity, str) and data__inputfidelity == "low")
        ):
            raise SchemaError.at(
                f"{path}.input_fidelity", "must be one of ['high', 'low']", data__inputfidelity, _S3, "enum"
            )
    if "background" in data:
        data__background = data["background"]
        if not isinstance(data__background, str):
            raise SchemaError.at(f"{path}.background", "must be string", data__background, _S10, "type")
        if not (
            isinstance(data__background, str)
            and data__background == "transparent"
            or (isinstance(data__background, str) and data__background == "opaque")
            or (isinstance(data__background, str) and data__background == "auto")
        ):
            raise SchemaError.at(
                f"{path}.background", "must be one of ['transparent', 'opaque', 'auto']", data__background, _S10, "enum"
            )
    if "output_format" in data:
        data__outputformat = data["output_format"]
        if not isinstance(data__outputformat, str):
            raise SchemaError.at(f"{path}.output_format", "must be string", data__outputformat, _S9, "type")
        if not (
            isinstance(data__outputformat, str)
            and data__outputformat == "png"
            or (isinstance(data__outputformat, str) and data__outputformat == "jpeg")
            or (isinstance(data__outputformat, str) and data__outputformat == "webp")
        ):
            raise SchemaError.at(
                f"{path}.output_format", "must be one of ['png', 'jpeg', 'webp']", data__outputformat, _S9, "enum"
            )
    if "output_compression" in data:
        data__outputcompression = data["output_compression"]
        if (
            not isinstance(data__outputcompression, int)
            and (not (isinstance(data__outputcompression, float) and data__outputcompression.is_integer()))
            or isinstance(data__outputcompression, bool)
        ):
            raise SchemaError.at(f"{path}.output_compression", "must be integer", data__outputcompression, _S8, "type")
        if isinstance(data__outputcompression, (int, float, Decimal)) and (
            not isinstance(data__outputcompression, bool)
        ):
            if data__outputcompression < 0:
                raise SchemaError.at(
                    f"{path}.output_compression",
                    "must be bigger than or equal to 0",
                    data__outputcompression,
                    _S8,
                    "minimum",
                )
            if data__outputcompression > 100:
                raise SchemaError.at(
                    f"{path}.output_compression",
                    "must be smaller than or equal to 100",
                    data__outputcompression,
                    _S8,
                    "maximum",
                )
    if "stream" in data:
        data__stream = data["stream"]
        if not isinstance(data__stream, bool):
            raise SchemaError.at(f"{path}.stream", "must be boolean", data__stream, _S2, "type")
    if "partial_images" in data:
        data__partialimages = data["partial_images"]
        if (
            not isinstance(data__partialimages, int)
            and (not (isinstance(data__partialimages, float) and data__partialimages.is_integer()))
            or isinstance(data__partialimages, bool)
        ):
            raise SchemaError.at(f"{path}.partial_images", "must be integer", data__partialimages, _S5, "type")
        if isinstance(data__partialimages, (int, float, Decimal)) and (not isinstance(data__partialimages, bool)):
            if data__partialimages < 0:
                raise SchemaError.at(
                    f"{path}.partial_images", "must be bigger than or equal to 0", data__partialimages, _S5, "minimum"
                )
            if data__partialimages > 3:
                raise SchemaError.at(
                    f"{path}.partial_images", "must be smaller than or equal to 3", data__partialimages, _S5, "maximum"
                )
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S1, "type")
    return data
