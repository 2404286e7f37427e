# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createImage (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "string", "enum": ["low", "auto"]}
_S5 = {"type": "integer", "minimum": 0, "maximum": 3}
_S6 = {"type": "string", "enum": ["url", "b64_json"]}
_S7 = {"type": "integer", "minimum": 1, "maximum": 10}
_S8 = {"type": "string", "enum": ["vivid", "natural"]}
_S9 = {"anyOf": [_S2, _S1]}
_S10 = {"type": "integer", "minimum": 0, "maximum": 100}
_S11 = {"anyOf": [_S3, _S1]}
_S12 = {"type": "string", "enum": ["png", "jpeg", "webp"]}
_S13 = {"type": "string", "enum": ["transparent", "opaque", "auto"]}
_S14 = {"anyOf": [_S4, _S1]}
_S15 = {"anyOf": [_S5, _S1]}
_S16 = {"anyOf": [_S6, _S1]}
_S17 = {"anyOf": [_S7, _S1]}
_S18 = {"anyOf": [_S8, _S1]}
_S19 = {"type": "string", "enum": ["standard", "hd", "low", "medium", "high", "auto"]}
_S20 = {"anyOf": [_S10, _S1]}
_S21 = {"anyOf": [_S12, _S1]}
_S22 = {"anyOf": [_S13, _S1]}
_S23 = {"anyOf": [_S19, _S1]}
_S24 = {
    "type": "string",
    "enum": ["auto", "256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "1792x1024", "1024x1792"],
}
_S25 = {"anyOf": [_S24, _S1]}
_S26 = {
    "type": "object",
    "properties": {
        "prompt": _S2,
        "model": _S9,
        "n": _S17,
        "quality": _S23,
        "response_format": _S16,
        "size": _S25,
        "moderation": _S14,
        "background": _S22,
        "output_format": _S21,
        "output_compression": _S20,
        "stream": _S11,
        "partial_images": _S15,
        "style": _S18,
        "user": _S2,
    },
    "required": ["prompt"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S26, "type")
    data__missing_keys = set(["prompt"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S26, "required")
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S2, "type")
    if "model" in data:
        data__model = data["model"]
        if isinstance(data__model, str):
            pass
        elif data__model is None:
            if not isinstance(data__model, NoneType):
                raise SchemaError.at(f"{path}.model", "must be null", data__model, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.model", "cannot be validated by any definition", data__model, _S9, "anyOf")
    if "n" in data:
        data__n = data["n"]
        if isinstance(data__n, (int, float, Decimal)) and (not isinstance(data__n, bool)):
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
        elif data__n is None:
            if not isinstance(data__n, NoneType):
                raise SchemaError.at(f"{path}.n", "must be null", data__n, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.n", "cannot be validated by any definition", data__n, _S17, "anyOf")
    if "quality" in data:
        data__quality = data["quality"]
        if isinstance(data__quality, str):
            if not (
                isinstance(data__quality, str)
                and data__quality == "standard"
                or (isinstance(data__quality, str) and data__quality == "hd")
                or (isinstance(data__quality, str) and data__quality == "low")
                or (isinstance(data__quality, str) and data__quality == "medium")
                or (isinstance(data__quality, str) and data__quality == "high")
                or (isinstance(data__quality, str) and data__quality == "auto")
            ):
                raise SchemaError.at(
                    f"{path}.quality",
                    "must be one of ['standard', 'hd', 'low', 'medium', 'high', 'auto']",
                    data__quality,
                    _S19,
                    "enum",
                )
        elif data__quality is None:
            if not isinstance(data__quality, NoneType):
                raise SchemaError.at(f"{path}.quality", "must be null", data__quality, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.quality", "cannot be validated by any definition", data__quality, _S23, "anyOf"
            )
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if isinstance(data__responseformat, str):
            if not (
                isinstance(data__responseformat, str)
                and data__responseformat == "url"
                or (isinstance(data__responseformat, str) and data__responseformat == "b64_json")
            ):
                raise SchemaError.at(
                    f"{path}.response_format", "must be one of ['url', 'b64_json']", data__responseformat, _S6, "enum"
                )
        elif data__responseformat is None:
            if not isinstance(data__responseformat, NoneType):
                raise SchemaError.at(f"{path}.response_format", "must be null", data__responseformat, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.response_format", "cannot be validated by any definition", data__responseformat, _S16, "anyOf"
            )
    if "size" in data:
        data__size = data["size"]
        if isinstance(data__size, str):
            if not (
                isinstance(data__size, str)
                and data__size == "auto"
                or (isinstance(data__size, str) and data__size == "256x256")
                or (isinstance(data__size, str) and data__size == "512x512")
                or (isinstance(data__size, str) and data__size == "1024x1024")
                or (isinstance(data__size, str) and data__size == "1536x1024")
                or (isinstance(data__size, str) and data__size == "1024x1536")
                or (isinstance(data__size, str) and data__size == "1792x1024")
                or (isinstance(data__size, str) and data__size == "1024x1792")
            ):
                raise SchemaError.at(
                    f"{path}.size",
                    "must be one of ['auto', '256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', '1792x1024', '1024x1792']",
                    data__size,
                    _S24,
                    "enum",
                )
        elif data__size is None:
            if not isinstance(data__size, NoneType):
                raise SchemaError.at(f"{path}.size", "must be null", data__size, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.size", "cannot be validated by any definition", data__size, _S25, "anyOf")
    if "moderation" in data:
        data__moderation = data["moderation"]
        if isinstance(data__moderation, str):
            if not (
                isinstance(data__moderation, str)
                and data__moderation == "low"
                or (isinstance(data__moderation, str) and data__moderation == "auto")
            ):
                raise SchemaError.at(
                    f"{path}.moderation", "must be one of ['low', 'auto']", data__moderation, _S4, "enum"
                )
        elif data__moderation is None:
            if not isinstance(data__moderation, NoneType):
                raise SchemaError.at(f"{path}.moderation", "must be null", data__moderation, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.moderation", "cannot be validated by any definition", data__moderation, _S14, "anyOf"
            )
    if "background" in data:
        data__background = data["background"]
        if isinstance(data__background, str):
            if not (
                isinstance(data__background, str)
                and data__background == "transparent"
                or (isinstance(data__background, str) and data__background == "opaque")
                or (isinstance(data__background, str) and data__background == "auto")
            ):
                raise SchemaError.at(
                    f"{path}.background",
                    "must be one of ['transparent', 'opaque', 'auto']",
                    data__background,
                    _S13,
                    "enum",
                )
        elif data__background is None:
            if not isinstance(data__background, NoneType):
                raise SchemaError.at(f"{path}.background", "must be null", data__background, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.background", "cannot be validated by any definition", data__background, _S22, "anyOf"
            )
    if "output_format" in data:
        data__outputformat = data["output_format"]
        if isinstance(data__outputformat, str):
            if not (
                isinstance(data__outputformat, str)
                and data__outputformat == "png"
                or (isinstance(data__outputformat, str) and data__outputformat == "jpeg")
                or (isinstance(data__outputformat, str) and data__outputformat == "webp")
            ):
                raise SchemaError.at(
                    f"{path}.output_format", "must be one of ['png', 'jpeg', 'webp']", data__outputformat, _S12, "enum"
                )
        elif data__outputformat is None:
            if not isinstance(data__outputformat, NoneType):
                raise SchemaError.at(f"{path}.output_format", "must be null", data__outputformat, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.output_format", "cannot be validated by any definition", data__outputformat, _S21, "anyOf"
            )
    if "output_compression" in data:
        data__outputcompression = data["output_compression"]
        if isinstance(data__outputcompression, (int, float, Decimal)) and (
            not isinstance(data__outputcompression, bool)
        ):
            if (
                not isinstance(data__outputcompression, int)
                and (not (isinstance(data__outputcompression, float) and data__outputcompression.is_integer()))
                or isinstance(data__outputcompression, bool)
            ):
                raise SchemaError.at(
                    f"{path}.output_compression", "must be integer", data__outputcompression, _S10, "type"
                )
            if isinstance(data__outputcompression, (int, float, Decimal)) and (
                not isinstance(data__outputcompression, bool)
            ):
                if data__outputcompression < 0:
                    raise SchemaError.at(
                        f"{path}.output_compression",
                        "must be bigger than or equal to 0",
                        data__outputcompression,
                        _S10,
                        "minimum",
                    )
                if data__outputcompression > 100:
                    raise SchemaError.at(
                        f"{path}.output_compression",
                        "must be smaller than or equal to 100",
                        data__outputcompression,
                        _S10,
                        "maximum",
                    )
        elif data__outputcompression is None:
            if not isinstance(data__outputcompression, NoneType):
                raise SchemaError.at(f"{path}.output_compression", "must be null", data__outputcompression, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.output_compression",
                "cannot be validated by any definition",
                data__outputcompression,
                _S20,
                "anyOf",
            )
    if "stream" in data:
        data__stream = data["stream"]
        if isinstance(data__stream, bool):
            pass
        elif data__stream is None:
            if not isinstance(data__stream, NoneType):
                raise SchemaError.at(f"{path}.stream", "must be null", data__stream, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.stream", "cannot be validated by any definition", data__stream, _S11, "anyOf")
    if "partial_images" in data:
        data__partialimages = data["partial_images"]
        if isinstance(data__partialimages, (int, float, Decimal)) and (not isinstance(data__partialimages, bool)):
            if (
                not isinstance(data__partialimages, int)
                and (not (isinstance(data__partialimages, float) and data__partialimages.is_integer()))
                or isinstance(data__partialimages, bool)
            ):
                raise SchemaError.at(f"{path}.partial_images", "must be integer", data__partialimages, _S5, "type")
            if isinstance(data__partialimages, (int, float, Decimal)) and (not isinstance(data__partialimages, bool)):
                if data__partialimages < 0:
                    raise SchemaError.at(
                        f"{path}.partial_images",
                        "must be bigger than or equal to 0",
                        data__partialimages,
                        _S5,
                        "minimum",
                    )
                if data__partialimages > 3:
                    raise SchemaError.at(
                        f"{path}.partial_images",
                        "must be smaller than or equal to 3",
                        data__partialimages,
                        _S5,
                        "maximum",
                    )
        elif data__partialimages is None:
            if not isinstance(data__partialimages, NoneType):
                raise SchemaError.at(f"{path}.partial_images", "must be null", data__partialimages, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.partial_images", "cannot be validated by any definition", data__partialimages, _S15, "anyOf"
            )
    if "style" in data:
        data__style = data["style"]
        if isinstance(data__style, str):
            if not (
                isinstance(data__style, str)
                and data__style == "vivid"
                or (isinstance(data__style, str) and data__style == "natural")
            ):
                raise SchemaError.at(f"{path}.style", "must be one of ['vivid', 'natural']", data__style, _S8, "enum")
        elif data__style is None:
            if not isinstance(data__style, NoneType):
                raise SchemaError.at(f"{path}.style", "must be null", data__style, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.style", "cannot be validated by any definition", data__style, _S18, "anyOf")
    if "user" in data:
        data__user = data["user"]
        if not isinstance(data__user, str):
            raise SchemaError.at(f"{path}.user", "must be string", data__user, _S2, "type")
    return data
