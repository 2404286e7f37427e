# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createMessage (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_messageattachmentrequest,
    validate___definitions_messagerequestcontentpart,
    validate___definitions_metadata,
)


def validate___operations_create_message(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "thread_id": {"type": "string", "minLength": 1},
                    "role": {"type": "string", "enum": ["user", "assistant"]},
                    "content": {
                        "anyOf": [
                            {"type": "string", "minLength": 1, "maxLength": 256000},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                        ]
                    },
                    "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
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
                    "attachments": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                },
                "required": ["content", "role", "thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["content", "role", "thread_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "thread_id": {"type": "string", "minLength": 1},
                        "role": {"type": "string", "enum": ["user", "assistant"]},
                        "content": {
                            "anyOf": [
                                {"type": "string", "minLength": 1, "maxLength": 256000},
                                {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                            {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                            {"$ref": "#/definitions/MessageRequestContentText"},
                                        ]
                                    },
                                },
                            ]
                        },
                        "file_ids": {"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
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
                        "attachments": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "file_id": {"type": "string"},
                                            "tools": {
                                                "type": "array",
                                                "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                            },
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": ["content", "role", "thread_id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "thread_id" in data_keys:
            data_keys.remove("thread_id")
            data__threadid = data["thread_id"]
            if not isinstance(data__threadid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".thread_id must be string",
                    value=data__threadid,
                    name="" + (name_prefix or "data") + ".thread_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__threadid, str):
                data__threadid_len = len(data__threadid)
                if data__threadid_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".thread_id must be longer than or equal to 1 characters",
                        value=data__threadid,
                        name="" + (name_prefix or "data") + ".thread_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            if not isinstance(data__role, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be string",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "enum": ["user", "assistant"]},
                    rule="type",
                )
            if not (
                isinstance(data__role, str)
                and data__role == "user"
                or isinstance(data__role, str)
                and data__role == "assistant"
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role must be one of ['user', 'assistant']",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={"type": "string", "enum": ["user", "assistant"]},
                    rule="enum",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count32 = 0
            if not data__content_any_of_count32:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string", "minLength": 1, "maxLength": 256000},
                            rule="type",
                        )
                    if isinstance(data__content, str):
                        data__content_len = len(data__content)
                        if data__content_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".content must be longer than or equal to 1 characters",
                                value=data__content,
                                name="" + (name_prefix or "data") + ".content",
                                definition={"type": "string", "minLength": 1, "maxLength": 256000},
                                rule="minLength",
                            )
                        if data__content_len > 256000:
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".content must be shorter than or equal to 256000 characters",
                                value=data__content,
                                name="" + (name_prefix or "data") + ".content",
                                definition={"type": "string", "minLength": 1, "maxLength": 256000},
                                rule="maxLength",
                            )
                    data__content_any_of_count32 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count32:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                            rule="type",
                        )
                    data__content_is_list = isinstance(data__content, (list, tuple))
                    if data__content_is_list:
                        data__content_len = len(data__content)
                        if data__content_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".content must contain at least 1 items",
                                value=data__content,
                                name="" + (name_prefix or "data") + ".content",
                                definition={
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "oneOf": [
                                            {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                            {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                            {"$ref": "#/definitions/MessageRequestContentText"},
                                        ]
                                    },
                                },
                                rule="minItems",
                            )
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_messagerequestcontentpart(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count32 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count32:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string", "minLength": 1, "maxLength": 256000},
                            {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "oneOf": [
                                        {"$ref": "#/definitions/MessageRequestContentImageFile"},
                                        {"$ref": "#/definitions/MessageRequestContentImageUrl"},
                                        {"$ref": "#/definitions/MessageRequestContentText"},
                                    ]
                                },
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "file_ids" in data_keys:
            data_keys.remove("file_ids")
            data__fileids = data["file_ids"]
            if not isinstance(data__fileids, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".file_ids must be array",
                    value=data__fileids,
                    name="" + (name_prefix or "data") + ".file_ids",
                    definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                    rule="type",
                )
            data__fileids_is_list = isinstance(data__fileids, (list, tuple))
            if data__fileids_is_list:
                data__fileids_len = len(data__fileids)
                if data__fileids_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain at least 1 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                        rule="minItems",
                    )
                if data__fileids_len > 10:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".file_ids must contain less than or equal to 10 items",
                        value=data__fileids,
                        name="" + (name_prefix or "data") + ".file_ids",
                        definition={"type": "array", "minItems": 1, "maxItems": 10, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__fileids_x, data__fileids_item in enumerate(data__fileids):
                    if not isinstance(data__fileids_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".file_ids[{data__fileids_x}]".format(**locals())
                            + " must be string",
                            value=data__fileids_item,
                            name="" + (name_prefix or "data") + ".file_ids[{data__fileids_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count33 = 0
            if not data__metadata_any_of_count33:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count33 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count33:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count33 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count33:
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
        if "attachments" in data_keys:
            data_keys.remove("attachments")
            data__attachments = data["attachments"]
            data__attachments_any_of_count34 = 0
            if not data__attachments_any_of_count34:
                try:
                    if not isinstance(data__attachments, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".attachments must be array",
                            value=data__attachments,
                            name="" + (name_prefix or "data") + ".attachments",
                            definition={
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__attachments_is_list = isinstance(data__attachments, (list, tuple))
                    if data__attachments_is_list:
                        data__attachments_len = len(data__attachments)
                        for data__attachments_x, data__attachments_item in enumerate(data__attachments):
                            validate___definitions_messageattachmentrequest(
                                data__attachments_item,
                                custom_formats,
                                (name_prefix or "data") + ".attachments[{data__attachments_x}]".format(**locals()),
                            )
                    data__attachments_any_of_count34 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__attachments_any_of_count34:
                try:
                    if not isinstance(data__attachments, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".attachments must be null",
                            value=data__attachments,
                            name="" + (name_prefix or "data") + ".attachments",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__attachments_any_of_count34 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__attachments_any_of_count34:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".attachments cannot be validated by any definition",
                    value=data__attachments,
                    name="" + (name_prefix or "data") + ".attachments",
                    definition={
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "file_id": {"type": "string"},
                                        "tools": {
                                            "type": "array",
                                            "items": {"$ref": "#/definitions/MessageAttachmentTool"},
                                        },
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


validate = validate___operations_create_message
