# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFineTuningJob (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


from ._components import (
    validate___definitions_metadata,
    validate___definitions_promptcachebreakpoint,
    validate___definitions_reasoningeffort,
)


def validate___operations_create_fine_tuning_job(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "model": {"type": "string"},
                    "training_file": {"type": "string"},
                    "hyperparameters": {
                        "type": "object",
                        "properties": {
                            "batch_size": {
                                "anyOf": [
                                    {"type": "string", "enum": ["auto"]},
                                    {"type": "integer", "minimum": 1, "maximum": 256},
                                ]
                            },
                            "learning_rate_multiplier": {
                                "anyOf": [
                                    {"type": "string", "enum": ["auto"]},
                                    {"type": "number", "exclusiveMinimum": 0},
                                ]
                            },
                            "n_epochs": {
                                "anyOf": [
                                    {"type": "string", "enum": ["auto"]},
                                    {"type": "integer", "minimum": 1, "maximum": 50},
                                ]
                            },
                        },
                    },
                    "method": {
                        "type": "object",
                        "required": ["type"],
                        "properties": {
                            "type": {
                                "anyOf": [
                                    {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                                    {"type": "string"},
                                ]
                            },
                            "supervised": {
                                "type": "object",
                                "properties": {
                                    "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}
                                },
                            },
                            "dpo": {
                                "type": "object",
                                "properties": {
                                    "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}
                                },
                            },
                            "reinforcement": {
                                "type": "object",
                                "required": ["grader"],
                                "properties": {
                                    "grader": {"$ref": "#/definitions/FineTuneGrader"},
                                    "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"},
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
                    "suffix": {"anyOf": [{"type": "string", "minLength": 1, "maxLength": 40}, {"type": "null"}]},
                    "validation_file": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "integrations": {
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["type", "wandb"],
                                    "properties": {
                                        "type": {"type": "string", "enum": ["wandb"]},
                                        "wandb": {"$ref": "#/definitions/CreateFineTuningJobIntegrationWandb"},
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    "seed": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 2147483647}, {"type": "null"}]},
                },
                "required": ["model", "training_file"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["model", "training_file"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "model": {"type": "string"},
                        "training_file": {"type": "string"},
                        "hyperparameters": {
                            "type": "object",
                            "properties": {
                                "batch_size": {
                                    "anyOf": [
                                        {"type": "string", "enum": ["auto"]},
                                        {"type": "integer", "minimum": 1, "maximum": 256},
                                    ]
                                },
                                "learning_rate_multiplier": {
                                    "anyOf": [
                                        {"type": "string", "enum": ["auto"]},
                                        {"type": "number", "exclusiveMinimum": 0},
                                    ]
                                },
                                "n_epochs": {
                                    "anyOf": [
                                        {"type": "string", "enum": ["auto"]},
                                        {"type": "integer", "minimum": 1, "maximum": 50},
                                    ]
                                },
                            },
                        },
                        "method": {
                            "type": "object",
                            "required": ["type"],
                            "properties": {
                                "type": {
                                    "anyOf": [
                                        {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                                        {"type": "string"},
                                    ]
                                },
                                "supervised": {
                                    "type": "object",
                                    "properties": {
                                        "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}
                                    },
                                },
                                "dpo": {
                                    "type": "object",
                                    "properties": {
                                        "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}
                                    },
                                },
                                "reinforcement": {
                                    "type": "object",
                                    "required": ["grader"],
                                    "properties": {
                                        "grader": {"$ref": "#/definitions/FineTuneGrader"},
                                        "hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"},
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
                        "suffix": {"anyOf": [{"type": "string", "minLength": 1, "maxLength": 40}, {"type": "null"}]},
                        "validation_file": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "integrations": {
                            "anyOf": [
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["type", "wandb"],
                                        "properties": {
                                            "type": {"type": "string", "enum": ["wandb"]},
                                            "wandb": {"$ref": "#/definitions/CreateFineTuningJobIntegrationWandb"},
                                        },
                                    },
                                },
                                {"type": "null"},
                            ]
                        },
                        "seed": {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 2147483647}, {"type": "null"}]},
                    },
                    "required": ["model", "training_file"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            if not isinstance(data__model, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model must be string",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"type": "string"},
                    rule="type",
                )
        if "training_file" in data_keys:
            data_keys.remove("training_file")
            data__trainingfile = data["training_file"]
            if not isinstance(data__trainingfile, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".training_file must be string",
                    value=data__trainingfile,
                    name="" + (name_prefix or "data") + ".training_file",
                    definition={"type": "string"},
                    rule="type",
                )
        if "hyperparameters" in data_keys:
            data_keys.remove("hyperparameters")
            data__hyperparameters = data["hyperparameters"]
            validate___definitions_createfinetuningjobhyperparameters(
                data__hyperparameters, custom_formats, (name_prefix or "data") + ".hyperparameters"
            )
        if "method" in data_keys:
            data_keys.remove("method")
            data__method = data["method"]
            validate___definitions_finetunemethod(data__method, custom_formats, (name_prefix or "data") + ".method")
        if "metadata" in data_keys:
            data_keys.remove("metadata")
            data__metadata = data["metadata"]
            data__metadata_any_of_count71 = 0
            if not data__metadata_any_of_count71:
                try:
                    validate___definitions_metadata(
                        data__metadata, custom_formats, (name_prefix or "data") + ".metadata"
                    )
                    data__metadata_any_of_count71 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count71:
                try:
                    if not isinstance(data__metadata, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".metadata must be null",
                            value=data__metadata,
                            name="" + (name_prefix or "data") + ".metadata",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__metadata_any_of_count71 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__metadata_any_of_count71:
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
        if "suffix" in data_keys:
            data_keys.remove("suffix")
            data__suffix = data["suffix"]
            data__suffix_any_of_count72 = 0
            if not data__suffix_any_of_count72:
                try:
                    if not isinstance(data__suffix, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".suffix must be string",
                            value=data__suffix,
                            name="" + (name_prefix or "data") + ".suffix",
                            definition={"type": "string", "minLength": 1, "maxLength": 40},
                            rule="type",
                        )
                    if isinstance(data__suffix, str):
                        data__suffix_len = len(data__suffix)
                        if data__suffix_len < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".suffix must be longer than or equal to 1 characters",
                                value=data__suffix,
                                name="" + (name_prefix or "data") + ".suffix",
                                definition={"type": "string", "minLength": 1, "maxLength": 40},
                                rule="minLength",
                            )
                        if data__suffix_len > 40:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".suffix must be shorter than or equal to 40 characters",
                                value=data__suffix,
                                name="" + (name_prefix or "data") + ".suffix",
                                definition={"type": "string", "minLength": 1, "maxLength": 40},
                                rule="maxLength",
                            )
                    data__suffix_any_of_count72 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count72:
                try:
                    if not isinstance(data__suffix, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".suffix must be null",
                            value=data__suffix,
                            name="" + (name_prefix or "data") + ".suffix",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__suffix_any_of_count72 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count72:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".suffix cannot be validated by any definition",
                    value=data__suffix,
                    name="" + (name_prefix or "data") + ".suffix",
                    definition={"anyOf": [{"type": "string", "minLength": 1, "maxLength": 40}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "validation_file" in data_keys:
            data_keys.remove("validation_file")
            data__validationfile = data["validation_file"]
            data__validationfile_any_of_count73 = 0
            if not data__validationfile_any_of_count73:
                try:
                    if not isinstance(data__validationfile, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".validation_file must be string",
                            value=data__validationfile,
                            name="" + (name_prefix or "data") + ".validation_file",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__validationfile_any_of_count73 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__validationfile_any_of_count73:
                try:
                    if not isinstance(data__validationfile, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".validation_file must be null",
                            value=data__validationfile,
                            name="" + (name_prefix or "data") + ".validation_file",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__validationfile_any_of_count73 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__validationfile_any_of_count73:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".validation_file cannot be validated by any definition",
                    value=data__validationfile,
                    name="" + (name_prefix or "data") + ".validation_file",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "integrations" in data_keys:
            data_keys.remove("integrations")
            data__integrations = data["integrations"]
            data__integrations_any_of_count74 = 0
            if not data__integrations_any_of_count74:
                try:
                    if not isinstance(data__integrations, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".integrations must be array",
                            value=data__integrations,
                            name="" + (name_prefix or "data") + ".integrations",
                            definition={
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["type", "wandb"],
                                    "properties": {
                                        "type": {"type": "string", "enum": ["wandb"]},
                                        "wandb": {"$ref": "#/definitions/CreateFineTuningJobIntegrationWandb"},
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__integrations_is_list = isinstance(data__integrations, (list, tuple))
                    if data__integrations_is_list:
                        data__integrations_len = len(data__integrations)
                        for data__integrations_x, data__integrations_item in enumerate(data__integrations):
                            validate___definitions_createfinetuningjobintegration(
                                data__integrations_item,
                                custom_formats,
                                (name_prefix or "data") + ".integrations[{data__integrations_x}]".format(**locals()),
                            )
                    data__integrations_any_of_count74 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__integrations_any_of_count74:
                try:
                    if not isinstance(data__integrations, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".integrations must be null",
                            value=data__integrations,
                            name="" + (name_prefix or "data") + ".integrations",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__integrations_any_of_count74 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__integrations_any_of_count74:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".integrations cannot be validated by any definition",
                    value=data__integrations,
                    name="" + (name_prefix or "data") + ".integrations",
                    definition={
                        "anyOf": [
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["type", "wandb"],
                                    "properties": {
                                        "type": {"type": "string", "enum": ["wandb"]},
                                        "wandb": {"$ref": "#/definitions/CreateFineTuningJobIntegrationWandb"},
                                    },
                                },
                            },
                            {"type": "null"},
                        ]
                    },
                    rule="anyOf",
                )
        if "seed" in data_keys:
            data_keys.remove("seed")
            data__seed = data["seed"]
            data__seed_any_of_count75 = 0
            if not data__seed_any_of_count75:
                try:
                    if (
                        not isinstance(data__seed, (int))
                        and not (isinstance(data__seed, float) and data__seed.is_integer())
                        or isinstance(data__seed, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be integer",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "integer", "minimum": 0, "maximum": 2147483647},
                            rule="type",
                        )
                    if isinstance(data__seed, (int, float, Decimal)) and not isinstance(data__seed, bool):
                        if data__seed < 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".seed must be bigger than or equal to 0",
                                value=data__seed,
                                name="" + (name_prefix or "data") + ".seed",
                                definition={"type": "integer", "minimum": 0, "maximum": 2147483647},
                                rule="minimum",
                            )
                        if data__seed > 2147483647:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".seed must be smaller than or equal to 2147483647",
                                value=data__seed,
                                name="" + (name_prefix or "data") + ".seed",
                                definition={"type": "integer", "minimum": 0, "maximum": 2147483647},
                                rule="maximum",
                            )
                    data__seed_any_of_count75 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count75:
                try:
                    if not isinstance(data__seed, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be null",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__seed_any_of_count75 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count75:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".seed cannot be validated by any definition",
                    value=data__seed,
                    name="" + (name_prefix or "data") + ".seed",
                    definition={"anyOf": [{"type": "integer", "minimum": 0, "maximum": 2147483647}, {"type": "null"}]},
                    rule="anyOf",
                )
    return data


def validate___definitions_createfinetuningjobhyperparameters(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "batch_size": {
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {"type": "integer", "minimum": 1, "maximum": 256},
                        ]
                    },
                    "learning_rate_multiplier": {
                        "anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "number", "exclusiveMinimum": 0}]
                    },
                    "n_epochs": {
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {"type": "integer", "minimum": 1, "maximum": 50},
                        ]
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "batch_size" in data_keys:
            data_keys.remove("batch_size")
            data__batchsize = data["batch_size"]
            data__batchsize_any_of_count103 = 0
            if not data__batchsize_any_of_count103:
                try:
                    if not isinstance(data__batchsize, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".batch_size must be string",
                            value=data__batchsize,
                            name="" + (name_prefix or "data") + ".batch_size",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="type",
                        )
                    if not (isinstance(data__batchsize, str) and data__batchsize == "auto"):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".batch_size must be one of ['auto']",
                            value=data__batchsize,
                            name="" + (name_prefix or "data") + ".batch_size",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="enum",
                        )
                    data__batchsize_any_of_count103 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count103:
                try:
                    if (
                        not isinstance(data__batchsize, (int))
                        and not (isinstance(data__batchsize, float) and data__batchsize.is_integer())
                        or isinstance(data__batchsize, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".batch_size must be integer",
                            value=data__batchsize,
                            name="" + (name_prefix or "data") + ".batch_size",
                            definition={"type": "integer", "minimum": 1, "maximum": 256},
                            rule="type",
                        )
                    if isinstance(data__batchsize, (int, float, Decimal)) and not isinstance(data__batchsize, bool):
                        if data__batchsize < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".batch_size must be bigger than or equal to 1",
                                value=data__batchsize,
                                name="" + (name_prefix or "data") + ".batch_size",
                                definition={"type": "integer", "minimum": 1, "maximum": 256},
                                rule="minimum",
                            )
                        if data__batchsize > 256:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".batch_size must be smaller than or equal to 256",
                                value=data__batchsize,
                                name="" + (name_prefix or "data") + ".batch_size",
                                definition={"type": "integer", "minimum": 1, "maximum": 256},
                                rule="maximum",
                            )
                    data__batchsize_any_of_count103 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count103:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".batch_size cannot be validated by any definition",
                    value=data__batchsize,
                    name="" + (name_prefix or "data") + ".batch_size",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {"type": "integer", "minimum": 1, "maximum": 256},
                        ]
                    },
                    rule="anyOf",
                )
        if "learning_rate_multiplier" in data_keys:
            data_keys.remove("learning_rate_multiplier")
            data__learningratemultiplier = data["learning_rate_multiplier"]
            data__learningratemultiplier_any_of_count104 = 0
            if not data__learningratemultiplier_any_of_count104:
                try:
                    if not isinstance(data__learningratemultiplier, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".learning_rate_multiplier must be string",
                            value=data__learningratemultiplier,
                            name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="type",
                        )
                    if not (isinstance(data__learningratemultiplier, str) and data__learningratemultiplier == "auto"):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".learning_rate_multiplier must be one of ['auto']",
                            value=data__learningratemultiplier,
                            name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="enum",
                        )
                    data__learningratemultiplier_any_of_count104 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count104:
                try:
                    if not isinstance(data__learningratemultiplier, (int, float, Decimal)) or isinstance(
                        data__learningratemultiplier, bool
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".learning_rate_multiplier must be number",
                            value=data__learningratemultiplier,
                            name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                            definition={"type": "number", "exclusiveMinimum": 0},
                            rule="type",
                        )
                    if isinstance(data__learningratemultiplier, (int, float, Decimal)) and not isinstance(
                        data__learningratemultiplier, bool
                    ):
                        if data__learningratemultiplier <= 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".learning_rate_multiplier must be bigger than 0",
                                value=data__learningratemultiplier,
                                name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                                definition={"type": "number", "exclusiveMinimum": 0},
                                rule="exclusiveMinimum",
                            )
                    data__learningratemultiplier_any_of_count104 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count104:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".learning_rate_multiplier cannot be validated by any definition",
                    value=data__learningratemultiplier,
                    name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                    definition={
                        "anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "number", "exclusiveMinimum": 0}]
                    },
                    rule="anyOf",
                )
        if "n_epochs" in data_keys:
            data_keys.remove("n_epochs")
            data__nepochs = data["n_epochs"]
            data__nepochs_any_of_count105 = 0
            if not data__nepochs_any_of_count105:
                try:
                    if not isinstance(data__nepochs, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n_epochs must be string",
                            value=data__nepochs,
                            name="" + (name_prefix or "data") + ".n_epochs",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="type",
                        )
                    if not (isinstance(data__nepochs, str) and data__nepochs == "auto"):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n_epochs must be one of ['auto']",
                            value=data__nepochs,
                            name="" + (name_prefix or "data") + ".n_epochs",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="enum",
                        )
                    data__nepochs_any_of_count105 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count105:
                try:
                    if (
                        not isinstance(data__nepochs, (int))
                        and not (isinstance(data__nepochs, float) and data__nepochs.is_integer())
                        or isinstance(data__nepochs, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n_epochs must be integer",
                            value=data__nepochs,
                            name="" + (name_prefix or "data") + ".n_epochs",
                            definition={"type": "integer", "minimum": 1, "maximum": 50},
                            rule="type",
                        )
                    if isinstance(data__nepochs, (int, float, Decimal)) and not isinstance(data__nepochs, bool):
                        if data__nepochs < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n_epochs must be bigger than or equal to 1",
                                value=data__nepochs,
                                name="" + (name_prefix or "data") + ".n_epochs",
                                definition={"type": "integer", "minimum": 1, "maximum": 50},
                                rule="minimum",
                            )
                        if data__nepochs > 50:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n_epochs must be smaller than or equal to 50",
                                value=data__nepochs,
                                name="" + (name_prefix or "data") + ".n_epochs",
                                definition={"type": "integer", "minimum": 1, "maximum": 50},
                                rule="maximum",
                            )
                    data__nepochs_any_of_count105 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count105:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n_epochs cannot be validated by any definition",
                    value=data__nepochs,
                    name="" + (name_prefix or "data") + ".n_epochs",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {"type": "integer", "minimum": 1, "maximum": 50},
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_createfinetuningjobintegration(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "wandb"],
                "properties": {
                    "type": {"type": "string", "enum": ["wandb"]},
                    "wandb": {
                        "type": "object",
                        "required": ["project"],
                        "properties": {
                            "project": {"type": "string"},
                            "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                            "entity": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                            "tags": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "wandb"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "wandb"],
                    "properties": {
                        "type": {"type": "string", "enum": ["wandb"]},
                        "wandb": {
                            "type": "object",
                            "required": ["project"],
                            "properties": {
                                "project": {"type": "string"},
                                "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                                "entity": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                                "tags": {"type": "array", "items": {"type": "string"}},
                            },
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["wandb"]},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "wandb"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be one of ['wandb']",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "enum": ["wandb"]},
                    rule="enum",
                )
        if "wandb" in data_keys:
            data_keys.remove("wandb")
            data__wandb = data["wandb"]
            validate___definitions_createfinetuningjobintegrationwandb(
                data__wandb, custom_formats, (name_prefix or "data") + ".wandb"
            )
    return data


def validate___definitions_createfinetuningjobintegrationwandb(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["project"],
                "properties": {
                    "project": {"type": "string"},
                    "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "entity": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["project"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["project"],
                    "properties": {
                        "project": {"type": "string"},
                        "name": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "entity": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "project" in data_keys:
            data_keys.remove("project")
            data__project = data["project"]
            if not isinstance(data__project, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".project must be string",
                    value=data__project,
                    name="" + (name_prefix or "data") + ".project",
                    definition={"type": "string"},
                    rule="type",
                )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            data__name_any_of_count76 = 0
            if not data__name_any_of_count76:
                try:
                    if not isinstance(data__name, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be string",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__name_any_of_count76 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count76:
                try:
                    if not isinstance(data__name, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be null",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__name_any_of_count76 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count76:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name cannot be validated by any definition",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "entity" in data_keys:
            data_keys.remove("entity")
            data__entity = data["entity"]
            data__entity_any_of_count77 = 0
            if not data__entity_any_of_count77:
                try:
                    if not isinstance(data__entity, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".entity must be string",
                            value=data__entity,
                            name="" + (name_prefix or "data") + ".entity",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__entity_any_of_count77 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__entity_any_of_count77:
                try:
                    if not isinstance(data__entity, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".entity must be null",
                            value=data__entity,
                            name="" + (name_prefix or "data") + ".entity",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__entity_any_of_count77 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__entity_any_of_count77:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".entity cannot be validated by any definition",
                    value=data__entity,
                    name="" + (name_prefix or "data") + ".entity",
                    definition={"anyOf": [{"type": "string"}, {"type": "null"}]},
                    rule="anyOf",
                )
        if "tags" in data_keys:
            data_keys.remove("tags")
            data__tags = data["tags"]
            if not isinstance(data__tags, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".tags must be array",
                    value=data__tags,
                    name="" + (name_prefix or "data") + ".tags",
                    definition={"type": "array", "items": {"type": "string"}},
                    rule="type",
                )
            data__tags_is_list = isinstance(data__tags, (list, tuple))
            if data__tags_is_list:
                data__tags_len = len(data__tags)
                for data__tags_x, data__tags_item in enumerate(data__tags):
                    if not isinstance(data__tags_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".tags[{data__tags_x}]".format(**locals())
                            + " must be string",
                            value=data__tags_item,
                            name="" + (name_prefix or "data") + ".tags[{data__tags_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
    return data


def validate___definitions_finetunegrader(data, custom_formats={}, name_prefix=None):
    validate___definitions_finetunegradersettings(data, custom_formats, (name_prefix or "data") + "")
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "graders": {
                        "type": "object",
                        "required": ["type", "name"],
                        "properties": {
                            "type": {
                                "anyOf": [
                                    {
                                        "type": "string",
                                        "enum": [
                                            "string_check",
                                            "text_similarity",
                                            "python",
                                            "score_model",
                                            "label_model",
                                            "multi",
                                        ],
                                    },
                                    {"type": "string"},
                                ]
                            },
                            "name": {"type": "string"},
                            "input": {
                                "anyOf": [
                                    {"type": "string"},
                                    {"type": "array", "items": {"$ref": "#/definitions/FineTuneGraderMessage"}},
                                ]
                            },
                            "reference": {"type": "string"},
                            "operation": {
                                "anyOf": [{"type": "string", "enum": ["eq", "ne", "like", "ilike"]}, {"type": "string"}]
                            },
                            "evaluation_metric": {"type": "string"},
                            "source": {"type": "string"},
                            "image_tag": {"type": "string"},
                            "model": {"type": "string"},
                            "sampling_params": {
                                "type": "object",
                                "properties": {
                                    "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                                    "top_p": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                                    "temperature": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                                    "max_completions_tokens": {
                                        "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]
                                    },
                                    "reasoning_effort": {"$ref": "#/definitions/ReasoningEffort"},
                                },
                            },
                            "range": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                            "labels": {"type": "array", "items": {"type": "string"}},
                            "passing_labels": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "calculate_output": {"type": "string"},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "graders" in data_keys:
            data_keys.remove("graders")
            data__graders = data["graders"]
            validate___definitions_finetunegradersettings(
                data__graders, custom_formats, (name_prefix or "data") + ".graders"
            )
        if "calculate_output" in data_keys:
            data_keys.remove("calculate_output")
            data__calculateoutput = data["calculate_output"]
            if not isinstance(data__calculateoutput, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".calculate_output must be string",
                    value=data__calculateoutput,
                    name="" + (name_prefix or "data") + ".calculate_output",
                    definition={"type": "string"},
                    rule="type",
                )
    return data


def validate___definitions_finetunegradercontentpart(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "text": {"type": "string"},
                    "image_url": {"type": "string"},
                    "detail": {"type": "string"},
                    "input_audio": {
                        "type": "object",
                        "properties": {
                            "data": {"type": "string", "base64-encoded.": None},
                            "format": {"type": "string"},
                        },
                    },
                    "prompt_cache_breakpoint": {
                        "type": "object",
                        "required": ["mode"],
                        "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string"},
                    rule="type",
                )
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".text must be string",
                    value=data__text,
                    name="" + (name_prefix or "data") + ".text",
                    definition={"type": "string"},
                    rule="type",
                )
        if "image_url" in data_keys:
            data_keys.remove("image_url")
            data__imageurl = data["image_url"]
            if not isinstance(data__imageurl, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".image_url must be string",
                    value=data__imageurl,
                    name="" + (name_prefix or "data") + ".image_url",
                    definition={"type": "string"},
                    rule="type",
                )
        if "detail" in data_keys:
            data_keys.remove("detail")
            data__detail = data["detail"]
            if not isinstance(data__detail, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".detail must be string",
                    value=data__detail,
                    name="" + (name_prefix or "data") + ".detail",
                    definition={"type": "string"},
                    rule="type",
                )
        if "input_audio" in data_keys:
            data_keys.remove("input_audio")
            data__inputaudio = data["input_audio"]
            if not isinstance(data__inputaudio, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input_audio must be object",
                    value=data__inputaudio,
                    name="" + (name_prefix or "data") + ".input_audio",
                    definition={
                        "type": "object",
                        "properties": {
                            "data": {"type": "string", "base64-encoded.": None},
                            "format": {"type": "string"},
                        },
                    },
                    rule="type",
                )
            data__inputaudio_is_dict = isinstance(data__inputaudio, dict)
            if data__inputaudio_is_dict:
                data__inputaudio_keys = set(data__inputaudio.keys())
                if "data" in data__inputaudio_keys:
                    data__inputaudio_keys.remove("data")
                    data__inputaudio__data = data__inputaudio["data"]
                    if not isinstance(data__inputaudio__data, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input_audio.data must be string",
                            value=data__inputaudio__data,
                            name="" + (name_prefix or "data") + ".input_audio.data",
                            definition={"type": "string", "base64-encoded.": None},
                            rule="type",
                        )
                if "format" in data__inputaudio_keys:
                    data__inputaudio_keys.remove("format")
                    data__inputaudio__format = data__inputaudio["format"]
                    if not isinstance(data__inputaudio__format, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input_audio.format must be string",
                            value=data__inputaudio__format,
                            name="" + (name_prefix or "data") + ".input_audio.format",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "prompt_cache_breakpoint" in data_keys:
            data_keys.remove("prompt_cache_breakpoint")
            data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
            validate___definitions_promptcachebreakpoint(
                data__promptcachebreakpoint, custom_formats, (name_prefix or "data") + ".prompt_cache_breakpoint"
            )
    return data


def validate___definitions_finetunegradermessage(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["role", "content"],
                "properties": {
                    "role": {
                        "anyOf": [
                            {"type": "string", "enum": ["user", "assistant", "system", "developer"]},
                            {"type": "string"},
                        ]
                    },
                    "type": {"type": "string", "const": "message"},
                    "content": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string"},
                                    "text": {"type": "string"},
                                    "image_url": {"type": "string"},
                                    "detail": {"type": "string"},
                                    "input_audio": {
                                        "type": "object",
                                        "properties": {
                                            "data": {"type": "string", "base64-encoded.": None},
                                            "format": {"type": "string"},
                                        },
                                    },
                                    "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                },
                            },
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string"},
                                        "text": {"type": "string"},
                                        "image_url": {"type": "string"},
                                        "detail": {"type": "string"},
                                        "input_audio": {
                                            "type": "object",
                                            "properties": {
                                                "data": {"type": "string", "base64-encoded.": None},
                                                "format": {"type": "string"},
                                            },
                                        },
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                            },
                        ]
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["role", "content"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["role", "content"],
                    "properties": {
                        "role": {
                            "anyOf": [
                                {"type": "string", "enum": ["user", "assistant", "system", "developer"]},
                                {"type": "string"},
                            ]
                        },
                        "type": {"type": "string", "const": "message"},
                        "content": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string"},
                                        "text": {"type": "string"},
                                        "image_url": {"type": "string"},
                                        "detail": {"type": "string"},
                                        "input_audio": {
                                            "type": "object",
                                            "properties": {
                                                "data": {"type": "string", "base64-encoded.": None},
                                                "format": {"type": "string"},
                                            },
                                        },
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "type": {"type": "string"},
                                            "text": {"type": "string"},
                                            "image_url": {"type": "string"},
                                            "detail": {"type": "string"},
                                            "input_audio": {
                                                "type": "object",
                                                "properties": {
                                                    "data": {"type": "string", "base64-encoded.": None},
                                                    "format": {"type": "string"},
                                                },
                                            },
                                            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                        },
                                    },
                                },
                            ]
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "role" in data_keys:
            data_keys.remove("role")
            data__role = data["role"]
            data__role_any_of_count86 = 0
            if not data__role_any_of_count86:
                try:
                    if not isinstance(data__role, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".role must be string",
                            value=data__role,
                            name="" + (name_prefix or "data") + ".role",
                            definition={"type": "string", "enum": ["user", "assistant", "system", "developer"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__role, str)
                        and data__role == "user"
                        or isinstance(data__role, str)
                        and data__role == "assistant"
                        or isinstance(data__role, str)
                        and data__role == "system"
                        or isinstance(data__role, str)
                        and data__role == "developer"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".role must be one of ['user', 'assistant', 'system', 'developer']",
                            value=data__role,
                            name="" + (name_prefix or "data") + ".role",
                            definition={"type": "string", "enum": ["user", "assistant", "system", "developer"]},
                            rule="enum",
                        )
                    data__role_any_of_count86 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__role_any_of_count86:
                try:
                    if not isinstance(data__role, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".role must be string",
                            value=data__role,
                            name="" + (name_prefix or "data") + ".role",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__role_any_of_count86 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__role_any_of_count86:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".role cannot be validated by any definition",
                    value=data__role,
                    name="" + (name_prefix or "data") + ".role",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["user", "assistant", "system", "developer"]},
                            {"type": "string"},
                        ]
                    },
                    rule="anyOf",
                )
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not isinstance(data__type, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be string",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "message"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "message"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: message",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "message"},
                    rule="const",
                )
        if "content" in data_keys:
            data_keys.remove("content")
            data__content = data["content"]
            data__content_any_of_count87 = 0
            if not data__content_any_of_count87:
                try:
                    if not isinstance(data__content, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be string",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__content_any_of_count87 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count87:
                try:
                    validate___definitions_finetunegradercontentpart(
                        data__content, custom_formats, (name_prefix or "data") + ".content"
                    )
                    data__content_any_of_count87 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count87:
                try:
                    if not isinstance(data__content, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".content must be array",
                            value=data__content,
                            name="" + (name_prefix or "data") + ".content",
                            definition={
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string"},
                                        "text": {"type": "string"},
                                        "image_url": {"type": "string"},
                                        "detail": {"type": "string"},
                                        "input_audio": {
                                            "type": "object",
                                            "properties": {
                                                "data": {"type": "string", "base64-encoded.": None},
                                                "format": {"type": "string"},
                                            },
                                        },
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__content_is_list = isinstance(data__content, (list, tuple))
                    if data__content_is_list:
                        data__content_len = len(data__content)
                        for data__content_x, data__content_item in enumerate(data__content):
                            validate___definitions_finetunegradercontentpart(
                                data__content_item,
                                custom_formats,
                                (name_prefix or "data") + ".content[{data__content_x}]".format(**locals()),
                            )
                    data__content_any_of_count87 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__content_any_of_count87:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".content cannot be validated by any definition",
                    value=data__content,
                    name="" + (name_prefix or "data") + ".content",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string"},
                                    "text": {"type": "string"},
                                    "image_url": {"type": "string"},
                                    "detail": {"type": "string"},
                                    "input_audio": {
                                        "type": "object",
                                        "properties": {
                                            "data": {"type": "string", "base64-encoded.": None},
                                            "format": {"type": "string"},
                                        },
                                    },
                                    "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                },
                            },
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string"},
                                        "text": {"type": "string"},
                                        "image_url": {"type": "string"},
                                        "detail": {"type": "string"},
                                        "input_audio": {
                                            "type": "object",
                                            "properties": {
                                                "data": {"type": "string", "base64-encoded.": None},
                                                "format": {"type": "string"},
                                            },
                                        },
                                        "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
                                    },
                                },
                            },
                        ]
                    },
                    rule="anyOf",
                )
    return data


def validate___definitions_finetunegradersettings(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type", "name"],
                "properties": {
                    "type": {
                        "anyOf": [
                            {
                                "type": "string",
                                "enum": [
                                    "string_check",
                                    "text_similarity",
                                    "python",
                                    "score_model",
                                    "label_model",
                                    "multi",
                                ],
                            },
                            {"type": "string"},
                        ]
                    },
                    "name": {"type": "string"},
                    "input": {
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["role", "content"],
                                    "properties": {
                                        "role": {
                                            "anyOf": [
                                                {
                                                    "type": "string",
                                                    "enum": ["user", "assistant", "system", "developer"],
                                                },
                                                {"type": "string"},
                                            ]
                                        },
                                        "type": {"type": "string", "const": "message"},
                                        "content": {
                                            "anyOf": [
                                                {"type": "string"},
                                                {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                },
                                            ]
                                        },
                                    },
                                },
                            },
                        ]
                    },
                    "reference": {"type": "string"},
                    "operation": {
                        "anyOf": [{"type": "string", "enum": ["eq", "ne", "like", "ilike"]}, {"type": "string"}]
                    },
                    "evaluation_metric": {"type": "string"},
                    "source": {"type": "string"},
                    "image_tag": {"type": "string"},
                    "model": {"type": "string"},
                    "sampling_params": {
                        "type": "object",
                        "properties": {
                            "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                            "top_p": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                            "temperature": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                            "max_completions_tokens": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                            "reasoning_effort": {
                                "anyOf": [
                                    {
                                        "type": "string",
                                        "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                    "range": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                    "labels": {"type": "array", "items": {"type": "string"}},
                    "passing_labels": {"type": "array", "items": {"type": "string"}},
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type", "name"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type", "name"],
                    "properties": {
                        "type": {
                            "anyOf": [
                                {
                                    "type": "string",
                                    "enum": [
                                        "string_check",
                                        "text_similarity",
                                        "python",
                                        "score_model",
                                        "label_model",
                                        "multi",
                                    ],
                                },
                                {"type": "string"},
                            ]
                        },
                        "name": {"type": "string"},
                        "input": {
                            "anyOf": [
                                {"type": "string"},
                                {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["role", "content"],
                                        "properties": {
                                            "role": {
                                                "anyOf": [
                                                    {
                                                        "type": "string",
                                                        "enum": ["user", "assistant", "system", "developer"],
                                                    },
                                                    {"type": "string"},
                                                ]
                                            },
                                            "type": {"type": "string", "const": "message"},
                                            "content": {
                                                "anyOf": [
                                                    {"type": "string"},
                                                    {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                    {
                                                        "type": "array",
                                                        "items": {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                    },
                                                ]
                                            },
                                        },
                                    },
                                },
                            ]
                        },
                        "reference": {"type": "string"},
                        "operation": {
                            "anyOf": [{"type": "string", "enum": ["eq", "ne", "like", "ilike"]}, {"type": "string"}]
                        },
                        "evaluation_metric": {"type": "string"},
                        "source": {"type": "string"},
                        "image_tag": {"type": "string"},
                        "model": {"type": "string"},
                        "sampling_params": {
                            "type": "object",
                            "properties": {
                                "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                                "top_p": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                                "temperature": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                                "max_completions_tokens": {
                                    "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]
                                },
                                "reasoning_effort": {
                                    "anyOf": [
                                        {
                                            "type": "string",
                                            "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                                        },
                                        {"type": "null"},
                                    ]
                                },
                            },
                        },
                        "range": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                        "labels": {"type": "array", "items": {"type": "string"}},
                        "passing_labels": {"type": "array", "items": {"type": "string"}},
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            data__type_any_of_count79 = 0
            if not data__type_any_of_count79:
                try:
                    if not isinstance(data__type, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".type must be string",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={
                                "type": "string",
                                "enum": [
                                    "string_check",
                                    "text_similarity",
                                    "python",
                                    "score_model",
                                    "label_model",
                                    "multi",
                                ],
                            },
                            rule="type",
                        )
                    if not (
                        isinstance(data__type, str)
                        and data__type == "string_check"
                        or isinstance(data__type, str)
                        and data__type == "text_similarity"
                        or isinstance(data__type, str)
                        and data__type == "python"
                        or isinstance(data__type, str)
                        and data__type == "score_model"
                        or isinstance(data__type, str)
                        and data__type == "label_model"
                        or isinstance(data__type, str)
                        and data__type == "multi"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".type must be one of ['string_check', 'text_similarity', 'python', 'score_model', 'label_model', 'multi']",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={
                                "type": "string",
                                "enum": [
                                    "string_check",
                                    "text_similarity",
                                    "python",
                                    "score_model",
                                    "label_model",
                                    "multi",
                                ],
                            },
                            rule="enum",
                        )
                    data__type_any_of_count79 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count79:
                try:
                    if not isinstance(data__type, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".type must be string",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__type_any_of_count79 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count79:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type cannot be validated by any definition",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={
                        "anyOf": [
                            {
                                "type": "string",
                                "enum": [
                                    "string_check",
                                    "text_similarity",
                                    "python",
                                    "score_model",
                                    "label_model",
                                    "multi",
                                ],
                            },
                            {"type": "string"},
                        ]
                    },
                    rule="anyOf",
                )
        if "name" in data_keys:
            data_keys.remove("name")
            data__name = data["name"]
            if not isinstance(data__name, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".name must be string",
                    value=data__name,
                    name="" + (name_prefix or "data") + ".name",
                    definition={"type": "string"},
                    rule="type",
                )
        if "input" in data_keys:
            data_keys.remove("input")
            data__input = data["input"]
            data__input_any_of_count80 = 0
            if not data__input_any_of_count80:
                try:
                    if not isinstance(data__input, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be string",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__input_any_of_count80 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count80:
                try:
                    if not isinstance(data__input, (list, tuple)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".input must be array",
                            value=data__input,
                            name="" + (name_prefix or "data") + ".input",
                            definition={
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["role", "content"],
                                    "properties": {
                                        "role": {
                                            "anyOf": [
                                                {
                                                    "type": "string",
                                                    "enum": ["user", "assistant", "system", "developer"],
                                                },
                                                {"type": "string"},
                                            ]
                                        },
                                        "type": {"type": "string", "const": "message"},
                                        "content": {
                                            "anyOf": [
                                                {"type": "string"},
                                                {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                },
                                            ]
                                        },
                                    },
                                },
                            },
                            rule="type",
                        )
                    data__input_is_list = isinstance(data__input, (list, tuple))
                    if data__input_is_list:
                        data__input_len = len(data__input)
                        for data__input_x, data__input_item in enumerate(data__input):
                            validate___definitions_finetunegradermessage(
                                data__input_item,
                                custom_formats,
                                (name_prefix or "data") + ".input[{data__input_x}]".format(**locals()),
                            )
                    data__input_any_of_count80 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__input_any_of_count80:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".input cannot be validated by any definition",
                    value=data__input,
                    name="" + (name_prefix or "data") + ".input",
                    definition={
                        "anyOf": [
                            {"type": "string"},
                            {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["role", "content"],
                                    "properties": {
                                        "role": {
                                            "anyOf": [
                                                {
                                                    "type": "string",
                                                    "enum": ["user", "assistant", "system", "developer"],
                                                },
                                                {"type": "string"},
                                            ]
                                        },
                                        "type": {"type": "string", "const": "message"},
                                        "content": {
                                            "anyOf": [
                                                {"type": "string"},
                                                {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                {
                                                    "type": "array",
                                                    "items": {"$ref": "#/definitions/FineTuneGraderContentPart"},
                                                },
                                            ]
                                        },
                                    },
                                },
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "reference" in data_keys:
            data_keys.remove("reference")
            data__reference = data["reference"]
            if not isinstance(data__reference, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reference must be string",
                    value=data__reference,
                    name="" + (name_prefix or "data") + ".reference",
                    definition={"type": "string"},
                    rule="type",
                )
        if "operation" in data_keys:
            data_keys.remove("operation")
            data__operation = data["operation"]
            data__operation_any_of_count81 = 0
            if not data__operation_any_of_count81:
                try:
                    if not isinstance(data__operation, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".operation must be string",
                            value=data__operation,
                            name="" + (name_prefix or "data") + ".operation",
                            definition={"type": "string", "enum": ["eq", "ne", "like", "ilike"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__operation, str)
                        and data__operation == "eq"
                        or isinstance(data__operation, str)
                        and data__operation == "ne"
                        or isinstance(data__operation, str)
                        and data__operation == "like"
                        or isinstance(data__operation, str)
                        and data__operation == "ilike"
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".operation must be one of ['eq', 'ne', 'like', 'ilike']",
                            value=data__operation,
                            name="" + (name_prefix or "data") + ".operation",
                            definition={"type": "string", "enum": ["eq", "ne", "like", "ilike"]},
                            rule="enum",
                        )
                    data__operation_any_of_count81 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__operation_any_of_count81:
                try:
                    if not isinstance(data__operation, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".operation must be string",
                            value=data__operation,
                            name="" + (name_prefix or "data") + ".operation",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__operation_any_of_count81 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__operation_any_of_count81:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".operation cannot be validated by any definition",
                    value=data__operation,
                    name="" + (name_prefix or "data") + ".operation",
                    definition={
                        "anyOf": [{"type": "string", "enum": ["eq", "ne", "like", "ilike"]}, {"type": "string"}]
                    },
                    rule="anyOf",
                )
        if "evaluation_metric" in data_keys:
            data_keys.remove("evaluation_metric")
            data__evaluationmetric = data["evaluation_metric"]
            if not isinstance(data__evaluationmetric, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".evaluation_metric must be string",
                    value=data__evaluationmetric,
                    name="" + (name_prefix or "data") + ".evaluation_metric",
                    definition={"type": "string"},
                    rule="type",
                )
        if "source" in data_keys:
            data_keys.remove("source")
            data__source = data["source"]
            if not isinstance(data__source, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".source must be string",
                    value=data__source,
                    name="" + (name_prefix or "data") + ".source",
                    definition={"type": "string"},
                    rule="type",
                )
        if "image_tag" in data_keys:
            data_keys.remove("image_tag")
            data__imagetag = data["image_tag"]
            if not isinstance(data__imagetag, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".image_tag must be string",
                    value=data__imagetag,
                    name="" + (name_prefix or "data") + ".image_tag",
                    definition={"type": "string"},
                    rule="type",
                )
        if "model" in data_keys:
            data_keys.remove("model")
            data__model = data["model"]
            if not isinstance(data__model, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".model must be string",
                    value=data__model,
                    name="" + (name_prefix or "data") + ".model",
                    definition={"type": "string"},
                    rule="type",
                )
        if "sampling_params" in data_keys:
            data_keys.remove("sampling_params")
            data__samplingparams = data["sampling_params"]
            if not isinstance(data__samplingparams, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".sampling_params must be object",
                    value=data__samplingparams,
                    name="" + (name_prefix or "data") + ".sampling_params",
                    definition={
                        "type": "object",
                        "properties": {
                            "seed": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                            "top_p": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                            "temperature": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                            "max_completions_tokens": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                            "reasoning_effort": {
                                "anyOf": [
                                    {
                                        "type": "string",
                                        "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"],
                                    },
                                    {"type": "null"},
                                ]
                            },
                        },
                    },
                    rule="type",
                )
            data__samplingparams_is_dict = isinstance(data__samplingparams, dict)
            if data__samplingparams_is_dict:
                data__samplingparams_keys = set(data__samplingparams.keys())
                if "seed" in data__samplingparams_keys:
                    data__samplingparams_keys.remove("seed")
                    data__samplingparams__seed = data__samplingparams["seed"]
                    data__samplingparams__seed_any_of_count82 = 0
                    if not data__samplingparams__seed_any_of_count82:
                        try:
                            if (
                                not isinstance(data__samplingparams__seed, (int))
                                and not (
                                    isinstance(data__samplingparams__seed, float)
                                    and data__samplingparams__seed.is_integer()
                                )
                                or isinstance(data__samplingparams__seed, bool)
                            ):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.seed must be integer",
                                    value=data__samplingparams__seed,
                                    name="" + (name_prefix or "data") + ".sampling_params.seed",
                                    definition={"type": "integer"},
                                    rule="type",
                                )
                            data__samplingparams__seed_any_of_count82 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__seed_any_of_count82:
                        try:
                            if not isinstance(data__samplingparams__seed, (NoneType)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.seed must be null",
                                    value=data__samplingparams__seed,
                                    name="" + (name_prefix or "data") + ".sampling_params.seed",
                                    definition={"type": "null"},
                                    rule="type",
                                )
                            data__samplingparams__seed_any_of_count82 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__seed_any_of_count82:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".sampling_params.seed cannot be validated by any definition",
                            value=data__samplingparams__seed,
                            name="" + (name_prefix or "data") + ".sampling_params.seed",
                            definition={"anyOf": [{"type": "integer"}, {"type": "null"}]},
                            rule="anyOf",
                        )
                if "top_p" in data__samplingparams_keys:
                    data__samplingparams_keys.remove("top_p")
                    data__samplingparams__topp = data__samplingparams["top_p"]
                    data__samplingparams__topp_any_of_count83 = 0
                    if not data__samplingparams__topp_any_of_count83:
                        try:
                            if not isinstance(data__samplingparams__topp, (int, float, Decimal)) or isinstance(
                                data__samplingparams__topp, bool
                            ):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.top_p must be number",
                                    value=data__samplingparams__topp,
                                    name="" + (name_prefix or "data") + ".sampling_params.top_p",
                                    definition={"type": "number"},
                                    rule="type",
                                )
                            data__samplingparams__topp_any_of_count83 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__topp_any_of_count83:
                        try:
                            if not isinstance(data__samplingparams__topp, (NoneType)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.top_p must be null",
                                    value=data__samplingparams__topp,
                                    name="" + (name_prefix or "data") + ".sampling_params.top_p",
                                    definition={"type": "null"},
                                    rule="type",
                                )
                            data__samplingparams__topp_any_of_count83 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__topp_any_of_count83:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".sampling_params.top_p cannot be validated by any definition",
                            value=data__samplingparams__topp,
                            name="" + (name_prefix or "data") + ".sampling_params.top_p",
                            definition={"anyOf": [{"type": "number"}, {"type": "null"}]},
                            rule="anyOf",
                        )
                if "temperature" in data__samplingparams_keys:
                    data__samplingparams_keys.remove("temperature")
                    data__samplingparams__temperature = data__samplingparams["temperature"]
                    data__samplingparams__temperature_any_of_count84 = 0
                    if not data__samplingparams__temperature_any_of_count84:
                        try:
                            if not isinstance(data__samplingparams__temperature, (int, float, Decimal)) or isinstance(
                                data__samplingparams__temperature, bool
                            ):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.temperature must be number",
                                    value=data__samplingparams__temperature,
                                    name="" + (name_prefix or "data") + ".sampling_params.temperature",
                                    definition={"type": "number"},
                                    rule="type",
                                )
                            data__samplingparams__temperature_any_of_count84 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__temperature_any_of_count84:
                        try:
                            if not isinstance(data__samplingparams__temperature, (NoneType)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".sampling_params.temperature must be null",
                                    value=data__samplingparams__temperature,
                                    name="" + (name_prefix or "data") + ".sampling_params.temperature",
                                    definition={"type": "null"},
                                    rule="type",
                                )
                            data__samplingparams__temperature_any_of_count84 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__temperature_any_of_count84:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".sampling_params.temperature cannot be validated by any definition",
                            value=data__samplingparams__temperature,
                            name="" + (name_prefix or "data") + ".sampling_params.temperature",
                            definition={"anyOf": [{"type": "number"}, {"type": "null"}]},
                            rule="anyOf",
                        )
                if "max_completions_tokens" in data__samplingparams_keys:
                    data__samplingparams_keys.remove("max_completions_tokens")
                    data__samplingparams__maxcompletionstokens = data__samplingparams["max_completions_tokens"]
                    data__samplingparams__maxcompletionstokens_any_of_count85 = 0
                    if not data__samplingparams__maxcompletionstokens_any_of_count85:
                        try:
                            if (
                                not isinstance(data__samplingparams__maxcompletionstokens, (int))
                                and not (
                                    isinstance(data__samplingparams__maxcompletionstokens, float)
                                    and data__samplingparams__maxcompletionstokens.is_integer()
                                )
                                or isinstance(data__samplingparams__maxcompletionstokens, bool)
                            ):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".sampling_params.max_completions_tokens must be integer",
                                    value=data__samplingparams__maxcompletionstokens,
                                    name="" + (name_prefix or "data") + ".sampling_params.max_completions_tokens",
                                    definition={"type": "integer", "minimum": 1},
                                    rule="type",
                                )
                            if isinstance(
                                data__samplingparams__maxcompletionstokens, (int, float, Decimal)
                            ) and not isinstance(data__samplingparams__maxcompletionstokens, bool):
                                if data__samplingparams__maxcompletionstokens < 1:
                                    raise JsonSchemaValueException(
                                        ""
                                        + (name_prefix or "data")
                                        + ".sampling_params.max_completions_tokens must be bigger than or equal to 1",
                                        value=data__samplingparams__maxcompletionstokens,
                                        name="" + (name_prefix or "data") + ".sampling_params.max_completions_tokens",
                                        definition={"type": "integer", "minimum": 1},
                                        rule="minimum",
                                    )
                            data__samplingparams__maxcompletionstokens_any_of_count85 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__maxcompletionstokens_any_of_count85:
                        try:
                            if not isinstance(data__samplingparams__maxcompletionstokens, (NoneType)):
                                raise JsonSchemaValueException(
                                    ""
                                    + (name_prefix or "data")
                                    + ".sampling_params.max_completions_tokens must be null",
                                    value=data__samplingparams__maxcompletionstokens,
                                    name="" + (name_prefix or "data") + ".sampling_params.max_completions_tokens",
                                    definition={"type": "null"},
                                    rule="type",
                                )
                            data__samplingparams__maxcompletionstokens_any_of_count85 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__samplingparams__maxcompletionstokens_any_of_count85:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".sampling_params.max_completions_tokens cannot be validated by any definition",
                            value=data__samplingparams__maxcompletionstokens,
                            name="" + (name_prefix or "data") + ".sampling_params.max_completions_tokens",
                            definition={"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]},
                            rule="anyOf",
                        )
                if "reasoning_effort" in data__samplingparams_keys:
                    data__samplingparams_keys.remove("reasoning_effort")
                    data__samplingparams__reasoningeffort = data__samplingparams["reasoning_effort"]
                    validate___definitions_reasoningeffort(
                        data__samplingparams__reasoningeffort,
                        custom_formats,
                        (name_prefix or "data") + ".sampling_params.reasoning_effort",
                    )
        if "range" in data_keys:
            data_keys.remove("range")
            data__range = data["range"]
            if not isinstance(data__range, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".range must be array",
                    value=data__range,
                    name="" + (name_prefix or "data") + ".range",
                    definition={"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                    rule="type",
                )
            data__range_is_list = isinstance(data__range, (list, tuple))
            if data__range_is_list:
                data__range_len = len(data__range)
                if data__range_len < 2:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".range must contain at least 2 items",
                        value=data__range,
                        name="" + (name_prefix or "data") + ".range",
                        definition={"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                        rule="minItems",
                    )
                if data__range_len > 2:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".range must contain less than or equal to 2 items",
                        value=data__range,
                        name="" + (name_prefix or "data") + ".range",
                        definition={"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
                        rule="maxItems",
                    )
                for data__range_x, data__range_item in enumerate(data__range):
                    if not isinstance(data__range_item, (int, float, Decimal)) or isinstance(data__range_item, bool):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".range[{data__range_x}]".format(**locals())
                            + " must be number",
                            value=data__range_item,
                            name="" + (name_prefix or "data") + ".range[{data__range_x}]".format(**locals()) + "",
                            definition={"type": "number"},
                            rule="type",
                        )
        if "labels" in data_keys:
            data_keys.remove("labels")
            data__labels = data["labels"]
            if not isinstance(data__labels, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".labels must be array",
                    value=data__labels,
                    name="" + (name_prefix or "data") + ".labels",
                    definition={"type": "array", "items": {"type": "string"}},
                    rule="type",
                )
            data__labels_is_list = isinstance(data__labels, (list, tuple))
            if data__labels_is_list:
                data__labels_len = len(data__labels)
                for data__labels_x, data__labels_item in enumerate(data__labels):
                    if not isinstance(data__labels_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".labels[{data__labels_x}]".format(**locals())
                            + " must be string",
                            value=data__labels_item,
                            name="" + (name_prefix or "data") + ".labels[{data__labels_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "passing_labels" in data_keys:
            data_keys.remove("passing_labels")
            data__passinglabels = data["passing_labels"]
            if not isinstance(data__passinglabels, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".passing_labels must be array",
                    value=data__passinglabels,
                    name="" + (name_prefix or "data") + ".passing_labels",
                    definition={"type": "array", "items": {"type": "string"}},
                    rule="type",
                )
            data__passinglabels_is_list = isinstance(data__passinglabels, (list, tuple))
            if data__passinglabels_is_list:
                data__passinglabels_len = len(data__passinglabels)
                for data__passinglabels_x, data__passinglabels_item in enumerate(data__passinglabels):
                    if not isinstance(data__passinglabels_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".passing_labels[{data__passinglabels_x}]".format(**locals())
                            + " must be string",
                            value=data__passinglabels_item,
                            name=""
                            + (name_prefix or "data")
                            + ".passing_labels[{data__passinglabels_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
    return data


def validate___definitions_finetunemethod(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {
                        "anyOf": [
                            {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                            {"type": "string"},
                        ]
                    },
                    "supervised": {
                        "type": "object",
                        "properties": {
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            }
                        },
                    },
                    "dpo": {
                        "type": "object",
                        "properties": {
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            }
                        },
                    },
                    "reinforcement": {
                        "type": "object",
                        "required": ["grader"],
                        "properties": {
                            "grader": {
                                "allOf": [
                                    {"$ref": "#/definitions/FineTuneGraderSettings"},
                                    {
                                        "type": "object",
                                        "properties": {
                                            "graders": {"$ref": "#/definitions/FineTuneGraderSettings"},
                                            "calculate_output": {"type": "string"},
                                        },
                                    },
                                ]
                            },
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            },
                        },
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["type"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "required": ["type"],
                    "properties": {
                        "type": {
                            "anyOf": [
                                {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                                {"type": "string"},
                            ]
                        },
                        "supervised": {
                            "type": "object",
                            "properties": {
                                "hyperparameters": {
                                    "type": "object",
                                    "properties": {
                                        "batch_size": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "learning_rate_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "n_epochs": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "beta": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "compute_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "eval_interval": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "eval_samples": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "reasoning_effort": {
                                            "anyOf": [
                                                {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                                {"type": "string"},
                                            ]
                                        },
                                    },
                                }
                            },
                        },
                        "dpo": {
                            "type": "object",
                            "properties": {
                                "hyperparameters": {
                                    "type": "object",
                                    "properties": {
                                        "batch_size": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "learning_rate_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "n_epochs": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "beta": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "compute_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "eval_interval": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "eval_samples": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "reasoning_effort": {
                                            "anyOf": [
                                                {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                                {"type": "string"},
                                            ]
                                        },
                                    },
                                }
                            },
                        },
                        "reinforcement": {
                            "type": "object",
                            "required": ["grader"],
                            "properties": {
                                "grader": {
                                    "allOf": [
                                        {"$ref": "#/definitions/FineTuneGraderSettings"},
                                        {
                                            "type": "object",
                                            "properties": {
                                                "graders": {"$ref": "#/definitions/FineTuneGraderSettings"},
                                                "calculate_output": {"type": "string"},
                                            },
                                        },
                                    ]
                                },
                                "hyperparameters": {
                                    "type": "object",
                                    "properties": {
                                        "batch_size": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "learning_rate_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "n_epochs": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "beta": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "compute_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "eval_interval": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "eval_samples": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "reasoning_effort": {
                                            "anyOf": [
                                                {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                                {"type": "string"},
                                            ]
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            data__type_any_of_count78 = 0
            if not data__type_any_of_count78:
                try:
                    if not isinstance(data__type, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".type must be string",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__type, str)
                        and data__type == "supervised"
                        or isinstance(data__type, str)
                        and data__type == "dpo"
                        or isinstance(data__type, str)
                        and data__type == "reinforcement"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".type must be one of ['supervised', 'dpo', 'reinforcement']",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                            rule="enum",
                        )
                    data__type_any_of_count78 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count78:
                try:
                    if not isinstance(data__type, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".type must be string",
                            value=data__type,
                            name="" + (name_prefix or "data") + ".type",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__type_any_of_count78 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__type_any_of_count78:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type cannot be validated by any definition",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]},
                            {"type": "string"},
                        ]
                    },
                    rule="anyOf",
                )
        if "supervised" in data_keys:
            data_keys.remove("supervised")
            data__supervised = data["supervised"]
            if not isinstance(data__supervised, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".supervised must be object",
                    value=data__supervised,
                    name="" + (name_prefix or "data") + ".supervised",
                    definition={
                        "type": "object",
                        "properties": {
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            }
                        },
                    },
                    rule="type",
                )
            data__supervised_is_dict = isinstance(data__supervised, dict)
            if data__supervised_is_dict:
                data__supervised_keys = set(data__supervised.keys())
                if "hyperparameters" in data__supervised_keys:
                    data__supervised_keys.remove("hyperparameters")
                    data__supervised__hyperparameters = data__supervised["hyperparameters"]
                    validate___definitions_finetunemethodhyperparameters(
                        data__supervised__hyperparameters,
                        custom_formats,
                        (name_prefix or "data") + ".supervised.hyperparameters",
                    )
        if "dpo" in data_keys:
            data_keys.remove("dpo")
            data__dpo = data["dpo"]
            if not isinstance(data__dpo, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".dpo must be object",
                    value=data__dpo,
                    name="" + (name_prefix or "data") + ".dpo",
                    definition={
                        "type": "object",
                        "properties": {
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            }
                        },
                    },
                    rule="type",
                )
            data__dpo_is_dict = isinstance(data__dpo, dict)
            if data__dpo_is_dict:
                data__dpo_keys = set(data__dpo.keys())
                if "hyperparameters" in data__dpo_keys:
                    data__dpo_keys.remove("hyperparameters")
                    data__dpo__hyperparameters = data__dpo["hyperparameters"]
                    validate___definitions_finetunemethodhyperparameters(
                        data__dpo__hyperparameters, custom_formats, (name_prefix or "data") + ".dpo.hyperparameters"
                    )
        if "reinforcement" in data_keys:
            data_keys.remove("reinforcement")
            data__reinforcement = data["reinforcement"]
            if not isinstance(data__reinforcement, (dict)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reinforcement must be object",
                    value=data__reinforcement,
                    name="" + (name_prefix or "data") + ".reinforcement",
                    definition={
                        "type": "object",
                        "required": ["grader"],
                        "properties": {
                            "grader": {
                                "allOf": [
                                    {"$ref": "#/definitions/FineTuneGraderSettings"},
                                    {
                                        "type": "object",
                                        "properties": {
                                            "graders": {"$ref": "#/definitions/FineTuneGraderSettings"},
                                            "calculate_output": {"type": "string"},
                                        },
                                    },
                                ]
                            },
                            "hyperparameters": {
                                "type": "object",
                                "properties": {
                                    "batch_size": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "learning_rate_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "n_epochs": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "beta": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "compute_multiplier": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "number", "exclusiveMinimum": 0},
                                        ]
                                    },
                                    "eval_interval": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "eval_samples": {
                                        "anyOf": [
                                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                            {"type": "integer", "minimum": 1},
                                        ]
                                    },
                                    "reasoning_effort": {
                                        "anyOf": [
                                            {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                            {"type": "string"},
                                        ]
                                    },
                                },
                            },
                        },
                    },
                    rule="type",
                )
            data__reinforcement_is_dict = isinstance(data__reinforcement, dict)
            if data__reinforcement_is_dict:
                data__reinforcement__missing_keys = set(["grader"]) - data__reinforcement.keys()
                if data__reinforcement__missing_keys:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".reinforcement must contain "
                        + (str(sorted(data__reinforcement__missing_keys)) + " properties"),
                        value=data__reinforcement,
                        name="" + (name_prefix or "data") + ".reinforcement",
                        definition={
                            "type": "object",
                            "required": ["grader"],
                            "properties": {
                                "grader": {
                                    "allOf": [
                                        {"$ref": "#/definitions/FineTuneGraderSettings"},
                                        {
                                            "type": "object",
                                            "properties": {
                                                "graders": {"$ref": "#/definitions/FineTuneGraderSettings"},
                                                "calculate_output": {"type": "string"},
                                            },
                                        },
                                    ]
                                },
                                "hyperparameters": {
                                    "type": "object",
                                    "properties": {
                                        "batch_size": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "learning_rate_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "n_epochs": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "beta": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "compute_multiplier": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "number", "exclusiveMinimum": 0},
                                            ]
                                        },
                                        "eval_interval": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "eval_samples": {
                                            "anyOf": [
                                                {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                                                {"type": "integer", "minimum": 1},
                                            ]
                                        },
                                        "reasoning_effort": {
                                            "anyOf": [
                                                {"type": "string", "enum": ["default", "low", "medium", "high"]},
                                                {"type": "string"},
                                            ]
                                        },
                                    },
                                },
                            },
                        },
                        rule="required",
                    )
                data__reinforcement_keys = set(data__reinforcement.keys())
                if "grader" in data__reinforcement_keys:
                    data__reinforcement_keys.remove("grader")
                    data__reinforcement__grader = data__reinforcement["grader"]
                    validate___definitions_finetunegrader(
                        data__reinforcement__grader, custom_formats, (name_prefix or "data") + ".reinforcement.grader"
                    )
                if "hyperparameters" in data__reinforcement_keys:
                    data__reinforcement_keys.remove("hyperparameters")
                    data__reinforcement__hyperparameters = data__reinforcement["hyperparameters"]
                    validate___definitions_finetunemethodhyperparameters(
                        data__reinforcement__hyperparameters,
                        custom_formats,
                        (name_prefix or "data") + ".reinforcement.hyperparameters",
                    )
    return data


def validate___definitions_finetunemethodhyperparameters(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "batch_size": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    "learning_rate_multiplier": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    "n_epochs": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    "beta": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    "compute_multiplier": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    "eval_interval": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    "eval_samples": {
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    "reasoning_effort": {
                        "anyOf": [{"type": "string", "enum": ["default", "low", "medium", "high"]}, {"type": "string"}]
                    },
                },
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_keys = set(data.keys())
        if "batch_size" in data_keys:
            data_keys.remove("batch_size")
            data__batchsize = data["batch_size"]
            data__batchsize_any_of_count88 = 0
            if not data__batchsize_any_of_count88:
                try:
                    data__batchsize_any_of_count89 = 0
                    if not data__batchsize_any_of_count89:
                        try:
                            if not isinstance(data__batchsize, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".batch_size must be string",
                                    value=data__batchsize,
                                    name="" + (name_prefix or "data") + ".batch_size",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__batchsize, str) and data__batchsize == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".batch_size must be one of ['auto']",
                                    value=data__batchsize,
                                    name="" + (name_prefix or "data") + ".batch_size",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__batchsize_any_of_count89 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__batchsize_any_of_count89:
                        try:
                            if not isinstance(data__batchsize, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".batch_size must be string",
                                    value=data__batchsize,
                                    name="" + (name_prefix or "data") + ".batch_size",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__batchsize_any_of_count89 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__batchsize_any_of_count89:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".batch_size cannot be validated by any definition",
                            value=data__batchsize,
                            name="" + (name_prefix or "data") + ".batch_size",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__batchsize_any_of_count88 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count88:
                try:
                    if (
                        not isinstance(data__batchsize, (int))
                        and not (isinstance(data__batchsize, float) and data__batchsize.is_integer())
                        or isinstance(data__batchsize, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".batch_size must be integer",
                            value=data__batchsize,
                            name="" + (name_prefix or "data") + ".batch_size",
                            definition={"type": "integer", "minimum": 1},
                            rule="type",
                        )
                    if isinstance(data__batchsize, (int, float, Decimal)) and not isinstance(data__batchsize, bool):
                        if data__batchsize < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".batch_size must be bigger than or equal to 1",
                                value=data__batchsize,
                                name="" + (name_prefix or "data") + ".batch_size",
                                definition={"type": "integer", "minimum": 1},
                                rule="minimum",
                            )
                    data__batchsize_any_of_count88 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count88:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".batch_size cannot be validated by any definition",
                    value=data__batchsize,
                    name="" + (name_prefix or "data") + ".batch_size",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    rule="anyOf",
                )
        if "learning_rate_multiplier" in data_keys:
            data_keys.remove("learning_rate_multiplier")
            data__learningratemultiplier = data["learning_rate_multiplier"]
            data__learningratemultiplier_any_of_count90 = 0
            if not data__learningratemultiplier_any_of_count90:
                try:
                    data__learningratemultiplier_any_of_count91 = 0
                    if not data__learningratemultiplier_any_of_count91:
                        try:
                            if not isinstance(data__learningratemultiplier, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".learning_rate_multiplier must be string",
                                    value=data__learningratemultiplier,
                                    name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (
                                isinstance(data__learningratemultiplier, str) and data__learningratemultiplier == "auto"
                            ):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".learning_rate_multiplier must be one of ['auto']",
                                    value=data__learningratemultiplier,
                                    name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__learningratemultiplier_any_of_count91 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__learningratemultiplier_any_of_count91:
                        try:
                            if not isinstance(data__learningratemultiplier, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".learning_rate_multiplier must be string",
                                    value=data__learningratemultiplier,
                                    name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__learningratemultiplier_any_of_count91 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__learningratemultiplier_any_of_count91:
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".learning_rate_multiplier cannot be validated by any definition",
                            value=data__learningratemultiplier,
                            name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__learningratemultiplier_any_of_count90 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count90:
                try:
                    if not isinstance(data__learningratemultiplier, (int, float, Decimal)) or isinstance(
                        data__learningratemultiplier, bool
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".learning_rate_multiplier must be number",
                            value=data__learningratemultiplier,
                            name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                            definition={"type": "number", "exclusiveMinimum": 0},
                            rule="type",
                        )
                    if isinstance(data__learningratemultiplier, (int, float, Decimal)) and not isinstance(
                        data__learningratemultiplier, bool
                    ):
                        if data__learningratemultiplier <= 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".learning_rate_multiplier must be bigger than 0",
                                value=data__learningratemultiplier,
                                name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                                definition={"type": "number", "exclusiveMinimum": 0},
                                rule="exclusiveMinimum",
                            )
                    data__learningratemultiplier_any_of_count90 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count90:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".learning_rate_multiplier cannot be validated by any definition",
                    value=data__learningratemultiplier,
                    name="" + (name_prefix or "data") + ".learning_rate_multiplier",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    rule="anyOf",
                )
        if "n_epochs" in data_keys:
            data_keys.remove("n_epochs")
            data__nepochs = data["n_epochs"]
            data__nepochs_any_of_count92 = 0
            if not data__nepochs_any_of_count92:
                try:
                    data__nepochs_any_of_count93 = 0
                    if not data__nepochs_any_of_count93:
                        try:
                            if not isinstance(data__nepochs, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".n_epochs must be string",
                                    value=data__nepochs,
                                    name="" + (name_prefix or "data") + ".n_epochs",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__nepochs, str) and data__nepochs == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".n_epochs must be one of ['auto']",
                                    value=data__nepochs,
                                    name="" + (name_prefix or "data") + ".n_epochs",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__nepochs_any_of_count93 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__nepochs_any_of_count93:
                        try:
                            if not isinstance(data__nepochs, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".n_epochs must be string",
                                    value=data__nepochs,
                                    name="" + (name_prefix or "data") + ".n_epochs",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__nepochs_any_of_count93 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__nepochs_any_of_count93:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n_epochs cannot be validated by any definition",
                            value=data__nepochs,
                            name="" + (name_prefix or "data") + ".n_epochs",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__nepochs_any_of_count92 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count92:
                try:
                    if (
                        not isinstance(data__nepochs, (int))
                        and not (isinstance(data__nepochs, float) and data__nepochs.is_integer())
                        or isinstance(data__nepochs, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".n_epochs must be integer",
                            value=data__nepochs,
                            name="" + (name_prefix or "data") + ".n_epochs",
                            definition={"type": "integer", "minimum": 1},
                            rule="type",
                        )
                    if isinstance(data__nepochs, (int, float, Decimal)) and not isinstance(data__nepochs, bool):
                        if data__nepochs < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".n_epochs must be bigger than or equal to 1",
                                value=data__nepochs,
                                name="" + (name_prefix or "data") + ".n_epochs",
                                definition={"type": "integer", "minimum": 1},
                                rule="minimum",
                            )
                    data__nepochs_any_of_count92 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count92:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".n_epochs cannot be validated by any definition",
                    value=data__nepochs,
                    name="" + (name_prefix or "data") + ".n_epochs",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    rule="anyOf",
                )
        if "beta" in data_keys:
            data_keys.remove("beta")
            data__beta = data["beta"]
            data__beta_any_of_count94 = 0
            if not data__beta_any_of_count94:
                try:
                    data__beta_any_of_count95 = 0
                    if not data__beta_any_of_count95:
                        try:
                            if not isinstance(data__beta, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".beta must be string",
                                    value=data__beta,
                                    name="" + (name_prefix or "data") + ".beta",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__beta, str) and data__beta == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".beta must be one of ['auto']",
                                    value=data__beta,
                                    name="" + (name_prefix or "data") + ".beta",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__beta_any_of_count95 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__beta_any_of_count95:
                        try:
                            if not isinstance(data__beta, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".beta must be string",
                                    value=data__beta,
                                    name="" + (name_prefix or "data") + ".beta",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__beta_any_of_count95 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__beta_any_of_count95:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".beta cannot be validated by any definition",
                            value=data__beta,
                            name="" + (name_prefix or "data") + ".beta",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__beta_any_of_count94 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__beta_any_of_count94:
                try:
                    if not isinstance(data__beta, (int, float, Decimal)) or isinstance(data__beta, bool):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".beta must be number",
                            value=data__beta,
                            name="" + (name_prefix or "data") + ".beta",
                            definition={"type": "number", "exclusiveMinimum": 0},
                            rule="type",
                        )
                    if isinstance(data__beta, (int, float, Decimal)) and not isinstance(data__beta, bool):
                        if data__beta <= 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".beta must be bigger than 0",
                                value=data__beta,
                                name="" + (name_prefix or "data") + ".beta",
                                definition={"type": "number", "exclusiveMinimum": 0},
                                rule="exclusiveMinimum",
                            )
                    data__beta_any_of_count94 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__beta_any_of_count94:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".beta cannot be validated by any definition",
                    value=data__beta,
                    name="" + (name_prefix or "data") + ".beta",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    rule="anyOf",
                )
        if "compute_multiplier" in data_keys:
            data_keys.remove("compute_multiplier")
            data__computemultiplier = data["compute_multiplier"]
            data__computemultiplier_any_of_count96 = 0
            if not data__computemultiplier_any_of_count96:
                try:
                    data__computemultiplier_any_of_count97 = 0
                    if not data__computemultiplier_any_of_count97:
                        try:
                            if not isinstance(data__computemultiplier, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".compute_multiplier must be string",
                                    value=data__computemultiplier,
                                    name="" + (name_prefix or "data") + ".compute_multiplier",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__computemultiplier, str) and data__computemultiplier == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".compute_multiplier must be one of ['auto']",
                                    value=data__computemultiplier,
                                    name="" + (name_prefix or "data") + ".compute_multiplier",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__computemultiplier_any_of_count97 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__computemultiplier_any_of_count97:
                        try:
                            if not isinstance(data__computemultiplier, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".compute_multiplier must be string",
                                    value=data__computemultiplier,
                                    name="" + (name_prefix or "data") + ".compute_multiplier",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__computemultiplier_any_of_count97 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__computemultiplier_any_of_count97:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".compute_multiplier cannot be validated by any definition",
                            value=data__computemultiplier,
                            name="" + (name_prefix or "data") + ".compute_multiplier",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__computemultiplier_any_of_count96 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__computemultiplier_any_of_count96:
                try:
                    if not isinstance(data__computemultiplier, (int, float, Decimal)) or isinstance(
                        data__computemultiplier, bool
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".compute_multiplier must be number",
                            value=data__computemultiplier,
                            name="" + (name_prefix or "data") + ".compute_multiplier",
                            definition={"type": "number", "exclusiveMinimum": 0},
                            rule="type",
                        )
                    if isinstance(data__computemultiplier, (int, float, Decimal)) and not isinstance(
                        data__computemultiplier, bool
                    ):
                        if data__computemultiplier <= 0:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".compute_multiplier must be bigger than 0",
                                value=data__computemultiplier,
                                name="" + (name_prefix or "data") + ".compute_multiplier",
                                definition={"type": "number", "exclusiveMinimum": 0},
                                rule="exclusiveMinimum",
                            )
                    data__computemultiplier_any_of_count96 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__computemultiplier_any_of_count96:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".compute_multiplier cannot be validated by any definition",
                    value=data__computemultiplier,
                    name="" + (name_prefix or "data") + ".compute_multiplier",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "number", "exclusiveMinimum": 0},
                        ]
                    },
                    rule="anyOf",
                )
        if "eval_interval" in data_keys:
            data_keys.remove("eval_interval")
            data__evalinterval = data["eval_interval"]
            data__evalinterval_any_of_count98 = 0
            if not data__evalinterval_any_of_count98:
                try:
                    data__evalinterval_any_of_count99 = 0
                    if not data__evalinterval_any_of_count99:
                        try:
                            if not isinstance(data__evalinterval, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_interval must be string",
                                    value=data__evalinterval,
                                    name="" + (name_prefix or "data") + ".eval_interval",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__evalinterval, str) and data__evalinterval == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_interval must be one of ['auto']",
                                    value=data__evalinterval,
                                    name="" + (name_prefix or "data") + ".eval_interval",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__evalinterval_any_of_count99 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__evalinterval_any_of_count99:
                        try:
                            if not isinstance(data__evalinterval, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_interval must be string",
                                    value=data__evalinterval,
                                    name="" + (name_prefix or "data") + ".eval_interval",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__evalinterval_any_of_count99 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__evalinterval_any_of_count99:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".eval_interval cannot be validated by any definition",
                            value=data__evalinterval,
                            name="" + (name_prefix or "data") + ".eval_interval",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__evalinterval_any_of_count98 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__evalinterval_any_of_count98:
                try:
                    if (
                        not isinstance(data__evalinterval, (int))
                        and not (isinstance(data__evalinterval, float) and data__evalinterval.is_integer())
                        or isinstance(data__evalinterval, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".eval_interval must be integer",
                            value=data__evalinterval,
                            name="" + (name_prefix or "data") + ".eval_interval",
                            definition={"type": "integer", "minimum": 1},
                            rule="type",
                        )
                    if isinstance(data__evalinterval, (int, float, Decimal)) and not isinstance(
                        data__evalinterval, bool
                    ):
                        if data__evalinterval < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".eval_interval must be bigger than or equal to 1",
                                value=data__evalinterval,
                                name="" + (name_prefix or "data") + ".eval_interval",
                                definition={"type": "integer", "minimum": 1},
                                rule="minimum",
                            )
                    data__evalinterval_any_of_count98 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__evalinterval_any_of_count98:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".eval_interval cannot be validated by any definition",
                    value=data__evalinterval,
                    name="" + (name_prefix or "data") + ".eval_interval",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    rule="anyOf",
                )
        if "eval_samples" in data_keys:
            data_keys.remove("eval_samples")
            data__evalsamples = data["eval_samples"]
            data__evalsamples_any_of_count100 = 0
            if not data__evalsamples_any_of_count100:
                try:
                    data__evalsamples_any_of_count101 = 0
                    if not data__evalsamples_any_of_count101:
                        try:
                            if not isinstance(data__evalsamples, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_samples must be string",
                                    value=data__evalsamples,
                                    name="" + (name_prefix or "data") + ".eval_samples",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="type",
                                )
                            if not (isinstance(data__evalsamples, str) and data__evalsamples == "auto"):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_samples must be one of ['auto']",
                                    value=data__evalsamples,
                                    name="" + (name_prefix or "data") + ".eval_samples",
                                    definition={"type": "string", "enum": ["auto"]},
                                    rule="enum",
                                )
                            data__evalsamples_any_of_count101 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__evalsamples_any_of_count101:
                        try:
                            if not isinstance(data__evalsamples, (str)):
                                raise JsonSchemaValueException(
                                    "" + (name_prefix or "data") + ".eval_samples must be string",
                                    value=data__evalsamples,
                                    name="" + (name_prefix or "data") + ".eval_samples",
                                    definition={"type": "string"},
                                    rule="type",
                                )
                            data__evalsamples_any_of_count101 += 1
                        except (JsonSchemaValueException, JsonSchemaValuesException):
                            pass
                    if not data__evalsamples_any_of_count101:
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".eval_samples cannot be validated by any definition",
                            value=data__evalsamples,
                            name="" + (name_prefix or "data") + ".eval_samples",
                            definition={"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            rule="anyOf",
                        )
                    data__evalsamples_any_of_count100 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__evalsamples_any_of_count100:
                try:
                    if (
                        not isinstance(data__evalsamples, (int))
                        and not (isinstance(data__evalsamples, float) and data__evalsamples.is_integer())
                        or isinstance(data__evalsamples, bool)
                    ):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".eval_samples must be integer",
                            value=data__evalsamples,
                            name="" + (name_prefix or "data") + ".eval_samples",
                            definition={"type": "integer", "minimum": 1},
                            rule="type",
                        )
                    if isinstance(data__evalsamples, (int, float, Decimal)) and not isinstance(data__evalsamples, bool):
                        if data__evalsamples < 1:
                            raise JsonSchemaValueException(
                                "" + (name_prefix or "data") + ".eval_samples must be bigger than or equal to 1",
                                value=data__evalsamples,
                                name="" + (name_prefix or "data") + ".eval_samples",
                                definition={"type": "integer", "minimum": 1},
                                rule="minimum",
                            )
                    data__evalsamples_any_of_count100 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__evalsamples_any_of_count100:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".eval_samples cannot be validated by any definition",
                    value=data__evalsamples,
                    name="" + (name_prefix or "data") + ".eval_samples",
                    definition={
                        "anyOf": [
                            {"anyOf": [{"type": "string", "enum": ["auto"]}, {"type": "string"}]},
                            {"type": "integer", "minimum": 1},
                        ]
                    },
                    rule="anyOf",
                )
        if "reasoning_effort" in data_keys:
            data_keys.remove("reasoning_effort")
            data__reasoningeffort = data["reasoning_effort"]
            data__reasoningeffort_any_of_count102 = 0
            if not data__reasoningeffort_any_of_count102:
                try:
                    if not isinstance(data__reasoningeffort, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".reasoning_effort must be string",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={"type": "string", "enum": ["default", "low", "medium", "high"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "default"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "low"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "medium"
                        or isinstance(data__reasoningeffort, str)
                        and data__reasoningeffort == "high"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".reasoning_effort must be one of ['default', 'low', 'medium', 'high']",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={"type": "string", "enum": ["default", "low", "medium", "high"]},
                            rule="enum",
                        )
                    data__reasoningeffort_any_of_count102 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__reasoningeffort_any_of_count102:
                try:
                    if not isinstance(data__reasoningeffort, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".reasoning_effort must be string",
                            value=data__reasoningeffort,
                            name="" + (name_prefix or "data") + ".reasoning_effort",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__reasoningeffort_any_of_count102 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__reasoningeffort_any_of_count102:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".reasoning_effort cannot be validated by any definition",
                    value=data__reasoningeffort,
                    name="" + (name_prefix or "data") + ".reasoning_effort",
                    definition={
                        "anyOf": [{"type": "string", "enum": ["default", "low", "medium", "high"]}, {"type": "string"}]
                    },
                    rule="anyOf",
                )
    return data


validate = validate___operations_create_fine_tuning_job
