# Generated from openapi/wushuang.yaml (sha256 6eda92a40ada6104) by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFineTuningJob (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException

NoneType = type(None)


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
        if "suffix" in data_keys:
            data_keys.remove("suffix")
            data__suffix = data["suffix"]
            data__suffix_any_of_count52 = 0
            if not data__suffix_any_of_count52:
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
                    data__suffix_any_of_count52 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count52:
                try:
                    if not isinstance(data__suffix, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".suffix must be null",
                            value=data__suffix,
                            name="" + (name_prefix or "data") + ".suffix",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__suffix_any_of_count52 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__suffix_any_of_count52:
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
            data__validationfile_any_of_count53 = 0
            if not data__validationfile_any_of_count53:
                try:
                    if not isinstance(data__validationfile, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".validation_file must be string",
                            value=data__validationfile,
                            name="" + (name_prefix or "data") + ".validation_file",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__validationfile_any_of_count53 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__validationfile_any_of_count53:
                try:
                    if not isinstance(data__validationfile, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".validation_file must be null",
                            value=data__validationfile,
                            name="" + (name_prefix or "data") + ".validation_file",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__validationfile_any_of_count53 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__validationfile_any_of_count53:
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
            data__integrations_any_of_count54 = 0
            if not data__integrations_any_of_count54:
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
                    data__integrations_any_of_count54 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__integrations_any_of_count54:
                try:
                    if not isinstance(data__integrations, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".integrations must be null",
                            value=data__integrations,
                            name="" + (name_prefix or "data") + ".integrations",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__integrations_any_of_count54 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__integrations_any_of_count54:
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
            data__seed_any_of_count55 = 0
            if not data__seed_any_of_count55:
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
                    data__seed_any_of_count55 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count55:
                try:
                    if not isinstance(data__seed, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".seed must be null",
                            value=data__seed,
                            name="" + (name_prefix or "data") + ".seed",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__seed_any_of_count55 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__seed_any_of_count55:
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
            data__batchsize_any_of_count58 = 0
            if not data__batchsize_any_of_count58:
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
                    data__batchsize_any_of_count58 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count58:
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
                    data__batchsize_any_of_count58 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__batchsize_any_of_count58:
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
            data__learningratemultiplier_any_of_count59 = 0
            if not data__learningratemultiplier_any_of_count59:
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
                    data__learningratemultiplier_any_of_count59 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count59:
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
                    data__learningratemultiplier_any_of_count59 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__learningratemultiplier_any_of_count59:
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
            data__nepochs_any_of_count60 = 0
            if not data__nepochs_any_of_count60:
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
                    data__nepochs_any_of_count60 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count60:
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
                    data__nepochs_any_of_count60 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__nepochs_any_of_count60:
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
            data__name_any_of_count56 = 0
            if not data__name_any_of_count56:
                try:
                    if not isinstance(data__name, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be string",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__name_any_of_count56 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count56:
                try:
                    if not isinstance(data__name, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".name must be null",
                            value=data__name,
                            name="" + (name_prefix or "data") + ".name",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__name_any_of_count56 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__name_any_of_count56:
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
            data__entity_any_of_count57 = 0
            if not data__entity_any_of_count57:
                try:
                    if not isinstance(data__entity, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".entity must be string",
                            value=data__entity,
                            name="" + (name_prefix or "data") + ".entity",
                            definition={"type": "string"},
                            rule="type",
                        )
                    data__entity_any_of_count57 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__entity_any_of_count57:
                try:
                    if not isinstance(data__entity, (NoneType)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".entity must be null",
                            value=data__entity,
                            name="" + (name_prefix or "data") + ".entity",
                            definition={"type": "null"},
                            rule="type",
                        )
                    data__entity_any_of_count57 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__entity_any_of_count57:
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


validate = validate___operations_create_fine_tuning_job
