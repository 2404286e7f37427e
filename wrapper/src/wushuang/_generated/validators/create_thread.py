# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createThread (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import validate_createmessagerequest, validate_createtoolresources, validate_metadata


_S1 = {"type": "null"}
_S2 = {
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
_S3 = {
    "anyOf": [
        {
            "type": "object",
            "properties": {
                "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
            },
        },
        _S1,
    ]
}
_S4 = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": {"type": "string", "enum": ["user", "assistant"]},
            "content": {
                "anyOf": [
                    {"type": "string", "minLength": 1, "maxLength": 256000},
                    {"type": "array", "minItems": 1, "items": {"$ref": "#/definitions/MessageRequestContentPart"}},
                ]
            },
            "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
            "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, _S1]},
            "attachments": {
                "anyOf": [{"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}}, _S1]
            },
        },
    },
}
_S5 = {"type": "object", "properties": {"messages": _S4, "metadata": _S2, "tool_resources": _S3}, "required": []}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S5, "type")
    data__missing_keys = set([]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S5, "required")
    if "messages" in data:
        data__messages = data["messages"]
        if not isinstance(data__messages, (list, tuple)):
            raise SchemaError.at(f"{path}.messages", "must be array", data__messages, _S4, "type")
        data__messages_len = len(data__messages)
        for data__messages_x, data__messages_item in enumerate(data__messages):
            validate_createmessagerequest(data__messages_item, f"{path}.messages[{data__messages_x}]")
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S2, "anyOf"
            )
    if "tool_resources" in data:
        data__toolresources = data["tool_resources"]
        if isinstance(data__toolresources, dict):
            validate_createtoolresources(data__toolresources, f"{path}.tool_resources")
        elif data__toolresources is None:
            if not isinstance(data__toolresources, NoneType):
                raise SchemaError.at(f"{path}.tool_resources", "must be null", data__toolresources, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.tool_resources", "cannot be validated by any definition", data__toolresources, _S3, "anyOf"
            )
    return data
