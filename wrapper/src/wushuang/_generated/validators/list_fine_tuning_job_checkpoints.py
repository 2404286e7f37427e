# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of listFineTuningJobCheckpoints (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_list_fine_tuning_job_checkpoints(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "fine_tuning_job_id": {"type": "string", "minLength": 1},
                    "after": {"type": "string"},
                    "limit": {"type": "integer", "minimum": 1},
                },
                "required": ["fine_tuning_job_id"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["fine_tuning_job_id"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "fine_tuning_job_id": {"type": "string", "minLength": 1},
                        "after": {"type": "string"},
                        "limit": {"type": "integer", "minimum": 1},
                    },
                    "required": ["fine_tuning_job_id"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "fine_tuning_job_id" in data_keys:
            data_keys.remove("fine_tuning_job_id")
            data__finetuningjobid = data["fine_tuning_job_id"]
            if not isinstance(data__finetuningjobid, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".fine_tuning_job_id must be string",
                    value=data__finetuningjobid,
                    name="" + (name_prefix or "data") + ".fine_tuning_job_id",
                    definition={"type": "string", "minLength": 1},
                    rule="type",
                )
            if isinstance(data__finetuningjobid, str):
                data__finetuningjobid_len = len(data__finetuningjobid)
                if data__finetuningjobid_len < 1:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".fine_tuning_job_id must be longer than or equal to 1 characters",
                        value=data__finetuningjobid,
                        name="" + (name_prefix or "data") + ".fine_tuning_job_id",
                        definition={"type": "string", "minLength": 1},
                        rule="minLength",
                    )
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
                    definition={"type": "integer", "minimum": 1},
                    rule="type",
                )
            if isinstance(data__limit, (int, float, Decimal)) and not isinstance(data__limit, bool):
                if data__limit < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".limit must be bigger than or equal to 1",
                        value=data__limit,
                        name="" + (name_prefix or "data") + ".limit",
                        definition={"type": "integer", "minimum": 1},
                        rule="minimum",
                    )
    return data


validate = validate___operations_list_fine_tuning_job_checkpoints
