# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of modifyAssistant (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import (
    validate_assistantsresponseformatoption,
    validate_assistanttooldefinition,
    validate_metadata,
    validate_reasoningeffort,
    validate_toolresources,
)


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "string", "minLength": 1}
_S4 = {"type": "string", "maxLength": 256}
_S5 = {"type": "string", "maxLength": 256000}
_S6 = {"type": "number", "minimum": 0, "maximum": 1}
_S7 = {"type": "number", "minimum": 0, "maximum": 2}
_S8 = {"type": "array", "maxItems": 20, "items": _S2}
_S9 = {"anyOf": [_S4, _S1]}
_S10 = {"anyOf": [_S5, _S1]}
_S11 = {"anyOf": [_S6, _S1]}
_S12 = {"anyOf": [_S7, _S1]}
_S13 = {
    "anyOf": [
        {"anyOf": [{"type": "string", "enum": ["none", "auto"]}, {"$ref": "#/definitions/AssistantsResponseFormat"}]},
        _S1,
    ]
}
_S14 = {
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
_S15 = {
    "anyOf": [
        {
            "type": "object",
            "properties": {
                "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
            },
        },
        _S1,
    ]
}
_S16 = {
    "type": "array",
    "maxItems": 128,
    "items": {
        "oneOf": [
            {"$ref": "#/definitions/AssistantToolsCode"},
            {"$ref": "#/definitions/AssistantToolsRetrieval"},
            {"$ref": "#/definitions/AssistantToolsFileSearch"},
            {"$ref": "#/definitions/AssistantToolsFunction"},
        ]
    },
}
_S17 = {
    "type": "object",
    "properties": {
        "assistant_id": _S3,
        "model": _S2,
        "name": _S9,
        "instructions": _S10,
        "tools": _S16,
        "file_ids": _S8,
        "metadata": _S14,
        "temperature": _S12,
        "top_p": _S11,
        "response_format": _S13,
        "tool_resources": _S15,
        "reasoning_effort": {
            "anyOf": [{"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]}, _S1]
        },
    },
    "required": ["assistant_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S17, "type")
    data__missing_keys = set(["assistant_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S17, "required")
    if "assistant_id" in data:
        data__assistantid = data["assistant_id"]
        if not isinstance(data__assistantid, str):
            raise SchemaError.at(f"{path}.assistant_id", "must be string", data__assistantid, _S3, "type")
        if isinstance(data__assistantid, str):
            data__assistantid_len = len(data__assistantid)
            if data__assistantid_len < 1:
                raise SchemaError.at(
                    f"{path}.assistant_id",
                    "must be longer than or equal to 1 characters",
                    data__assistantid,
                    _S3,
                    "minLength",
                )
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "name" in data:
        data__name = data["name"]
        if isinstance(data__name, str):
            if isinstance(data__name, str):
                data__name_len = len(data__name)
                if data__name_len > 256:
                    raise SchemaError.at(
                        f"{path}.name", "must be shorter than or equal to 256 characters", data__name, _S4, "maxLength"
                    )
        elif data__name is None:
            if not isinstance(data__name, NoneType):
                raise SchemaError.at(f"{path}.name", "must be null", data__name, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.name", "cannot be validated by any definition", data__name, _S9, "anyOf")
    if "instructions" in data:
        data__instructions = data["instructions"]
        if isinstance(data__instructions, str):
            if isinstance(data__instructions, str):
                data__instructions_len = len(data__instructions)
                if data__instructions_len > 256000:
                    raise SchemaError.at(
                        f"{path}.instructions",
                        "must be shorter than or equal to 256000 characters",
                        data__instructions,
                        _S5,
                        "maxLength",
                    )
        elif data__instructions is None:
            if not isinstance(data__instructions, NoneType):
                raise SchemaError.at(f"{path}.instructions", "must be null", data__instructions, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.instructions", "cannot be validated by any definition", data__instructions, _S10, "anyOf"
            )
    if "tools" in data:
        data__tools = data["tools"]
        if not isinstance(data__tools, (list, tuple)):
            raise SchemaError.at(f"{path}.tools", "must be array", data__tools, _S16, "type")
        data__tools_len = len(data__tools)
        if data__tools_len > 128:
            raise SchemaError.at(
                f"{path}.tools", "must contain less than or equal to 128 items", data__tools, _S16, "maxItems"
            )
        for data__tools_x, data__tools_item in enumerate(data__tools):
            validate_assistanttooldefinition(data__tools_item, f"{path}.tools[{data__tools_x}]")
    if "file_ids" in data:
        data__fileids = data["file_ids"]
        if not isinstance(data__fileids, (list, tuple)):
            raise SchemaError.at(f"{path}.file_ids", "must be array", data__fileids, _S8, "type")
        data__fileids_len = len(data__fileids)
        if data__fileids_len > 20:
            raise SchemaError.at(
                f"{path}.file_ids", "must contain less than or equal to 20 items", data__fileids, _S8, "maxItems"
            )
        for data__fileids_x, data__fileids_item in enumerate(data__fileids):
            if not isinstance(data__fileids_item, str):
                raise SchemaError.at(
                    f"{path}.file_ids[{data__fileids_x}]", "must be string", data__fileids_item, _S2, "type"
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
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S14, "anyOf"
            )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S7, "type")
            if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
                if data__temperature < 0:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S7, "minimum"
                    )
                if data__temperature > 2:
                    raise SchemaError.at(
                        f"{path}.temperature", "must be smaller than or equal to 2", data__temperature, _S7, "maximum"
                    )
        elif data__temperature is None:
            if not isinstance(data__temperature, NoneType):
                raise SchemaError.at(f"{path}.temperature", "must be null", data__temperature, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.temperature", "cannot be validated by any definition", data__temperature, _S12, "anyOf"
            )
    if "top_p" in data:
        data__topp = data["top_p"]
        if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
            if not isinstance(data__topp, (int, float, Decimal)) or isinstance(data__topp, bool):
                raise SchemaError.at(f"{path}.top_p", "must be number", data__topp, _S6, "type")
            if isinstance(data__topp, (int, float, Decimal)) and (not isinstance(data__topp, bool)):
                if data__topp < 0:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be bigger than or equal to 0", data__topp, _S6, "minimum"
                    )
                if data__topp > 1:
                    raise SchemaError.at(
                        f"{path}.top_p", "must be smaller than or equal to 1", data__topp, _S6, "maximum"
                    )
        elif data__topp is None:
            if not isinstance(data__topp, NoneType):
                raise SchemaError.at(f"{path}.top_p", "must be null", data__topp, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.top_p", "cannot be validated by any definition", data__topp, _S11, "anyOf")
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if data__responseformat is not None:
            try:
                validate_assistantsresponseformatoption(data__responseformat, f"{path}.response_format")
            except SchemaError:
                raise SchemaError.at(
                    f"{path}.response_format",
                    "cannot be validated by any definition",
                    data__responseformat,
                    _S13,
                    "anyOf",
                )
    if "tool_resources" in data:
        data__toolresources = data["tool_resources"]
        if isinstance(data__toolresources, dict):
            validate_toolresources(data__toolresources, f"{path}.tool_resources")
        elif data__toolresources is None:
            if not isinstance(data__toolresources, NoneType):
                raise SchemaError.at(f"{path}.tool_resources", "must be null", data__toolresources, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.tool_resources", "cannot be validated by any definition", data__toolresources, _S15, "anyOf"
            )
    if "reasoning_effort" in data:
        data__reasoningeffort = data["reasoning_effort"]
        validate_reasoningeffort(data__reasoningeffort, f"{path}.reasoning_effort")
    return data
