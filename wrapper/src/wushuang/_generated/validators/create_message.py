# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createMessage (wire names); compiled by fastjsonschema."""

from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import validate_messageattachmentrequest, validate_messagerequestcontentpart, validate_metadata


_S1 = {"type": "null"}
_S2 = {"type": "string"}
_S3 = {"type": "string", "minLength": 1}
_S4 = {"type": "string", "enum": ["user", "assistant"]}
_S5 = {"type": "string", "minLength": 1, "maxLength": 256000}
_S6 = {"type": "array", "minItems": 1, "maxItems": 10, "items": _S2}
_S7 = {
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
_S8 = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "file_id": _S2,
            "tools": {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentTool"}},
        },
    },
}
_S9 = {"anyOf": [_S8, _S1]}
_S10 = {
    "type": "array",
    "minItems": 1,
    "items": {
        "oneOf": [
            {"$ref": "#/definitions/MessageRequestContentImageFile"},
            {"$ref": "#/definitions/MessageRequestContentImageUrl"},
            {"$ref": "#/definitions/MessageRequestContentText"},
        ]
    },
}
_S11 = {"anyOf": [_S5, _S10]}
_S12 = {
    "type": "object",
    "properties": {
        "thread_id": _S3,
        "role": _S4,
        "content": _S11,
        "file_ids": _S6,
        "metadata": _S7,
        "attachments": _S9,
    },
    "required": ["content", "role", "thread_id"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S12, "type")
    data__missing_keys = set(["content", "role", "thread_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S12, "required")
    if "thread_id" in data:
        data__threadid = data["thread_id"]
        if not isinstance(data__threadid, str):
            raise SchemaError.at(f"{path}.thread_id", "must be string", data__threadid, _S3, "type")
        if isinstance(data__threadid, str):
            data__threadid_len = len(data__threadid)
            if data__threadid_len < 1:
                raise SchemaError.at(
                    f"{path}.thread_id",
                    "must be longer than or equal to 1 characters",
                    data__threadid,
                    _S3,
                    "minLength",
                )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S4, "type")
        if not (
            isinstance(data__role, str)
            and data__role == "user"
            or (isinstance(data__role, str) and data__role == "assistant")
        ):
            raise SchemaError.at(f"{path}.role", "must be one of ['user', 'assistant']", data__role, _S4, "enum")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            if isinstance(data__content, str):
                data__content_len = len(data__content)
                if data__content_len < 1:
                    raise SchemaError.at(
                        f"{path}.content",
                        "must be longer than or equal to 1 characters",
                        data__content,
                        _S5,
                        "minLength",
                    )
                if data__content_len > 256000:
                    raise SchemaError.at(
                        f"{path}.content",
                        "must be shorter than or equal to 256000 characters",
                        data__content,
                        _S5,
                        "maxLength",
                    )
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S10, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_messagerequestcontentpart(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S11, "anyOf"
            )
    if "file_ids" in data:
        data__fileids = data["file_ids"]
        if not isinstance(data__fileids, (list, tuple)):
            raise SchemaError.at(f"{path}.file_ids", "must be array", data__fileids, _S6, "type")
        data__fileids_len = len(data__fileids)
        if data__fileids_len < 1:
            raise SchemaError.at(f"{path}.file_ids", "must contain at least 1 items", data__fileids, _S6, "minItems")
        if data__fileids_len > 10:
            raise SchemaError.at(
                f"{path}.file_ids", "must contain less than or equal to 10 items", data__fileids, _S6, "maxItems"
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
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S7, "anyOf"
            )
    if "attachments" in data:
        data__attachments = data["attachments"]
        if isinstance(data__attachments, (list, tuple)):
            data__attachments_len = len(data__attachments)
            for data__attachments_x, data__attachments_item in enumerate(data__attachments):
                validate_messageattachmentrequest(data__attachments_item, f"{path}.attachments[{data__attachments_x}]")
        elif data__attachments is None:
            if not isinstance(data__attachments, NoneType):
                raise SchemaError.at(f"{path}.attachments", "must be null", data__attachments, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.attachments", "cannot be validated by any definition", data__attachments, _S9, "anyOf"
            )
    return data
