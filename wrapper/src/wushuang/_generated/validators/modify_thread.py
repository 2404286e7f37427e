# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of modifyThread (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import validate___definitions_metadata, validate___definitions_toolresources


def validate___operations_modify_thread(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "thread_id": {"type": "string", "minLength": 1},
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
                                    "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                },
                "required": ["thread_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["thread_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "thread_id": {"type": "string", "minLength": 1},
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
                                        "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                    },
                    "required": ["thread_id"],
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
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count35 = 0
            if not data__metadata_any_of_count35:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count35 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count35:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count35 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count35:
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
            data__toolresources_any_of_count36 = 0
            if not data__toolresources_any_of_count36:
                try:
                    validate___definitions_toolresources(
                        data__toolresources, custom_formats, (name_prefix or "data") + ".tool_resources"
                    )
                    data__toolresources_any_of_count36 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count36:
                try:
                    if not isinstance(data__toolresources, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".tool_resources must be null",
                            value=data__toolresources,
                            name="" + (name_prefix or "data") + ".tool_resources",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__toolresources_any_of_count36 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__toolresources_any_of_count36:
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
                                    "file_search": {"$ref": "#/definitions/ToolResourcesFileSearch"},
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
    return data


validate = validate___operations_modify_thread
