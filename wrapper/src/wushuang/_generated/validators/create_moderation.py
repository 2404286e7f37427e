# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createModeration (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "string", "const": "text"}
_S3 = {"type": "string", "const": "image_url"}
_S4 = {"type": "array", "items": _S1}
_S5 = {"type": "string", "enum": ["text", "image_url"]}
_S6 = {"type": "object", "required": ["url"], "properties": {"url": _S1}}
_S7 = {"type": "object", "required": ["type"], "properties": {"type": _S5}}
_S8 = {
    "type": "array",
    "items": {"oneOf": [{"$ref": "#/definitions/ModerationInputText"}, {"$ref": "#/definitions/ModerationInputImage"}]},
}
_S9 = {"type": "object", "required": ["type", "text"], "properties": {"type": _S2, "text": _S1}}
_S10 = {"anyOf": [_S1, _S4, _S8]}
_S11 = {"type": "object", "required": ["type", "image_url"], "properties": {"type": _S3, "image_url": _S6}}
_S12 = {"type": "object", "properties": {"input": _S10, "model": _S1}, "required": ["input"]}
_S13 = {"oneOf": [_S9, _S11]}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S12, "type")
    data__missing_keys = set(["input"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S12, "required")
    if "input" in data:
        data__input = data["input"]
        data__input_any_of_count119 = 0
        if not data__input_any_of_count119:
            try:
                if not isinstance(data__input, str):
                    raise SchemaError.at(f"{path}.input", "must be string", data__input, _S1, "type")
                data__input_any_of_count119 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count119:
            try:
                if not isinstance(data__input, (list, tuple)):
                    raise SchemaError.at(f"{path}.input", "must be array", data__input, _S4, "type")
                data__input_len = len(data__input)
                for data__input_x, data__input_item in enumerate(data__input):
                    if not isinstance(data__input_item, str):
                        raise SchemaError.at(
                            f"{path}.input[{data__input_x}]", "must be string", data__input_item, _S1, "type"
                        )
                data__input_any_of_count119 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count119:
            try:
                if not isinstance(data__input, (list, tuple)):
                    raise SchemaError.at(f"{path}.input", "must be array", data__input, _S8, "type")
                data__input_len = len(data__input)
                for data__input_x, data__input_item in enumerate(data__input):
                    validate_moderationinputpart(data__input_item, f"{path}.input[{data__input_x}]")
                data__input_any_of_count119 += 1
            except SchemaError:
                pass
        if not data__input_any_of_count119:
            raise SchemaError.at(f"{path}.input", "cannot be validated by any definition", data__input, _S10, "anyOf")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S1, "type")
    return data


def validate_moderationinputimage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S11, "type")
    data__missing_keys = set(["type", "image_url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S11, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S3, "type")
        if not (isinstance(data__type, str) and data__type == "image_url"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: image_url", data__type, _S3, "const"
            )
    if "image_url" in data:
        data__imageurl = data["image_url"]
        if not isinstance(data__imageurl, dict):
            raise SchemaError.at(f"{path}.image_url", "must be object", data__imageurl, _S6, "type")
        data__imageurl__missing_keys = set(["url"]) - data__imageurl.keys()
        if data__imageurl__missing_keys:
            raise SchemaError.at(
                f"{path}.image_url",
                f"must contain {str(sorted(data__imageurl__missing_keys))} properties",
                data__imageurl,
                _S6,
                "required",
            )
        if "url" in data__imageurl:
            data__imageurl__url = data__imageurl["url"]
            if not isinstance(data__imageurl__url, str):
                raise SchemaError.at(f"{path}.image_url.url", "must be string", data__imageurl__url, _S1, "type")
    return data


def validate_moderationinputpart(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S13, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S7, "required")
    data_tag = data["type"]
    if data_tag == "text":
        validate_moderationinputtext(data, path)
    elif data_tag == "image_url":
        validate_moderationinputimage(data, path)
    else:
        raise SchemaError.at(f"{path}.type", "must be one of ['text', 'image_url']", data_tag, _S5, "enum")
    return data


def validate_moderationinputtext(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S9, "type")
    data__missing_keys = set(["type", "text"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S9, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S2, "type")
        if not (isinstance(data__type, str) and data__type == "text"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: text", data__type, _S2, "const")
    if "text" in data:
        data__text = data["text"]
        if not isinstance(data__text, str):
            raise SchemaError.at(f"{path}.text", "must be string", data__text, _S1, "type")
    return data
