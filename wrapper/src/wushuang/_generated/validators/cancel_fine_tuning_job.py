# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of cancelFineTuningJob (wire names); compiled by fastjsonschema."""

from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_cancel_fine_tuning_job(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {"fine_tuning_job_id": {"type": "string", "minLength": 1}},
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
                    "properties": {"fine_tuning_job_id": {"type": "string", "minLength": 1}},
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
    return data


validate = validate___operations_cancel_fine_tuning_job
