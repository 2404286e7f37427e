# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listPaginatedFineTuningJobs (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_list_paginated_fine_tuning_jobs(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "after": {"type": "string"},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                    "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
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
                        "after": {"type": "string"},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                        "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                    "required": [],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "after" in data_keys:
            data_keys.remove("after")
            data__after = data["after"]
            if not isinstance(data__after, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".after must be string",
                    value=data__after,
                    name="" + (name_prefix or "data") + ".after",
                    definition={"type": "string"},
                    rule="type",
                )
        if "limit" in data_keys:
            data_keys.remove("limit")
            data__limit = data["limit"]
            if (
                not isinstance(data__limit, (int))
                and not (isinstance(data__limit, float) and data__limit.is_integer())
                or isinstance(data__limit, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".limit must be integer",
                    value=data__limit,
                    name="" + (name_prefix or "data") + ".limit",
                    definition={"type": "integer", "minimum": 1, "maximum": 100},
                    rule="type",
                )
            if isinstance(data__limit, (int, float, Decimal)) and not isinstance(data__limit, bool):
                if data__limit < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be bigger than or equal to 1",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 100},
                        rule="minimum",
                    )
                if data__limit > 100:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be smaller than or equal to 100",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1, "maximum": 100},
                        rule="maximum",
                    )
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            if not isinstance(data__metadata, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".metadata must be object",
                    value=data__metadata,
                    name="" + (name_prefix or "data") + ".metadata",
                    definition={"type": "object", "additionalProperties": {"type": "string"}},
                    rule="type",
                )
            data__metadata_is_dict = isinstance(data__metadata, dict)
            if data__metadata_is_dict:
                data__metadata_keys = set(data__metadata.keys())
                for data__metadata_key in data__metadata_keys:
                    if data__metadata_key not in []:
                        data__metadata_value = data__metadata.get(data__metadata_key)
                        if not isinstance(data__metadata_value, (str)):
                            raise JsonSchemaValueException(
                                ""
                                + (name_prefix or "data")
                                + ".metadata.{data__metadata_key}".format(**locals())
                                + " must be string",
                                value=data__metadata_value,
                                name=""
                                + (name_prefix or "data")
                                + ".metadata.{data__metadata_key}".format(**locals())
                                + "",
                                definition={"type": "string"},
                                rule="type",
                            )
    return data


validate = validate___operations_list_paginated_fine_tuning_jobs
