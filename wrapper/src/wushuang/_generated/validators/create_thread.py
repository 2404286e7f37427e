# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createThread (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_createmessagerequest,
    validate___definitions_createtoolresources,
    validate___definitions_metadata,
)


def validate___operations_create_thread(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "messages": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["role", "content"],
                            "properties": {
                                "role": {"type": "string", "enum": ["user", "assistant"]},
                                "content": {
                                    "anyOf": [
                                        {"type": "string", "minLength": 1, "maxLength": 256000},
                                        {
                                            "type": "array",
                                            "minItems": 1,
                                            "items": {"$ref": "#/definitions/MessageRequestContentPart"},
                                        },
                                    ]
                                },
                                "file_ids": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 10,
                                    "items": {"type": "string"},
                                },
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                "attachments": {
                                    "anyOf": [
                                        {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}},
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
                    },
                    "metadata": {
                        "anyOf": [
                            {
                                "type": "object",
                                "maxProperties": 16,
                                "propertyNames": {"maxLength": 64},
                                "additionalProperties": {"type": "string", "maxLength": 512},
                            },
                            {"type": "null"},
                        ]
                    },
                    "tool_resources": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                    "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                },
                "required": [],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set([]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "messages": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["role", "content"],
                                "properties": {
                                    "role": {"type": "string", "enum": ["user", "assistant"]},
                                    "content": {
                                        "anyOf": [
                                            {"type": "string", "minLength": 1, "maxLength": 256000},
                                            {
                                                "type": "array",
                                                "minItems": 1,
                                                "items": {"$ref": "#/definitions/MessageRequestContentPart"},
                                            },
                                        ]
                                    },
                                    "file_ids": {
                                        "type": "array",
                                        "minItems": 1,
                                        "maxItems": 10,
                                        "items": {"type": "string"},
                                    },
                                    "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                    "attachments": {
                                        "anyOf": [
                                            {
                                                "type": "array",
                                                "items": {"$ref": "#/definitions/MessageAttachmentRequest"},
                                            },
                                            {"type": "null"},
                                        ]
                                    },
                                },
                            },
                        },
                        "metadata": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "maxProperties": 16,
                                    "propertyNames": {"maxLength": 64},
                                    "additionalProperties": {"type": "string", "maxLength": 512},
                                },
                                {"type": "null"},
                            ]
                        },
                        "tool_resources": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "properties": {
                                        "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                        "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": [],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "messages" in data_keys:
            data_keys.remove("messages")
            data__messages = data["messages"]
            if not isinstance(data__messages, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".messages must be array",
                    value=data__messages,
                    name="" + (name_prefix or "data") + ".messages",
                    definition={
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["role", "content"],
                            "properties": {
                                "role": {"type": "string", "enum": ["user", "assistant"]},
                                "content": {
                                    "anyOf": [
                                        {"type": "string", "minLength": 1, "maxLength": 256000},
                                        {
                                            "type": "array",
                                            "minItems": 1,
                                            "items": {"$ref": "#/definitions/MessageRequestContentPart"},
                                        },
                                    ]
                                },
                                "file_ids": {
                                    "type": "array",
                                    "minItems": 1,
                                    "maxItems": 10,
                                    "items": {"type": "string"},
                                },
                                "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, {"type": "null"}]},
                                "attachments": {
                                    "anyOf": [
                                        {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentRequest"}},
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
                    },
                    rule="type",
                )
            data__messages_is_list = isinstance(data__messages, (list, tuple))
            if data__messages_is_list:
                data__messages_len = len(data__messages)
                for data__messages_x, data__messages_item in enumerate(data__messages):
                    validate___definitions_createmessagerequest(
                        data__messages_item,
                        custom_formats,
                        (name_prefix or "data") + ".messages[{data__messages_x}]".format(**locals()),
                    )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count55 = 0
            if not data__metadata_any_of_count55:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count55 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count55:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count55 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count55:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata cannot be validated by any definition",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "maxProperties": 16,
                                "propertyNames": {"maxLength": 64},
                                "additionalProperties": {"type": "string", "maxLength": 512},
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "tool_resources" in data_keys:
            data_keys.remove("tool_resources")
            data__toolresources = data["tool_resources"]
            data__toolresources_any_of_count56 = 0
            if not data__toolresources_any_of_count56:
                try:
                    validate___definitions_createtoolresources(
                        data__toolresources, custom_formats, (name_prefix or "data") + ".tool_resources"
                    )
                    data__toolresources_any_of_count56 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count56:
                try:
                    if not isinstance(data__toolresources, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_resources must be null",
                            value=data__toolresources,
                            name="" + (name_prefix or "data") + ".tool_resources",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolresources_any_of_count56 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count56:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tool_resources cannot be validated by any definition",
                    value=data__toolresources,
                    name="" + (name_prefix or "data") + ".tool_resources",
                    definition={
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "code_interpreter": {"$ref": "#/definitions/ToolResourcesCodeInterpreter"},
                                    "file_search": {"$ref": "#/definitions/CreateToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


validate = validate___operations_create_thread
