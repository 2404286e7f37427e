# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createFineTuningJob (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError

NoneType = type(None)


from ._components import validate_metadata, validate_promptcachebreakpoint, validate_reasoningeffort


_S1 = {"type": "null"}
_S2 = {"type": "number"}
_S3 = {"type": "string"}
_S4 = {"type": "integer"}
_S5 = {"type": "integer", "minimum": 1}
_S6 = {"type": "string", "enum": ["auto"]}
_S7 = {"type": "string", "enum": ["wandb"]}
_S8 = {"type": "string", "const": "message"}
_S9 = {"type": "number", "exclusiveMinimum": 0}
_S10 = {"type": "string", "base64-encoded.": None}
_S11 = {"type": "array", "items": _S3}
_S12 = {"type": "integer", "minimum": 1, "maximum": 50}
_S13 = {"anyOf": [_S2, _S1]}
_S14 = {"anyOf": [_S3, _S1]}
_S15 = {"type": "integer", "minimum": 1, "maximum": 256}
_S16 = {"anyOf": [_S4, _S1]}
_S17 = {"type": "string", "minLength": 1, "maxLength": 40}
_S18 = {"type": "integer", "minimum": 0, "maximum": 2147483647}
_S19 = {"type": "string", "enum": ["eq", "ne", "like", "ilike"]}
_S20 = {"anyOf": [_S5, _S1]}
_S21 = {"type": "string", "enum": ["default", "low", "medium", "high"]}
_S22 = {"type": "string", "enum": ["supervised", "dpo", "reinforcement"]}
_S23 = {"anyOf": [_S6, _S3]}
_S24 = {"type": "string", "enum": ["user", "assistant", "system", "developer"]}
_S25 = {"type": "array", "items": _S2, "minItems": 2, "maxItems": 2}
_S26 = {"anyOf": [_S17, _S1]}
_S27 = {"anyOf": [_S18, _S1]}
_S28 = {"anyOf": [_S19, _S3]}
_S29 = {"anyOf": [_S6, _S9]}
_S30 = {"anyOf": [_S21, _S3]}
_S31 = {"anyOf": [_S6, _S12]}
_S32 = {"anyOf": [_S22, _S3]}
_S33 = {"anyOf": [_S6, _S15]}
_S34 = {"anyOf": [_S24, _S3]}
_S35 = {"type": "string", "enum": ["string_check", "text_similarity", "python", "score_model", "label_model", "multi"]}
_S36 = {"anyOf": [_S23, _S5]}
_S37 = {"type": "object", "properties": {"data": _S10, "format": _S3}}
_S38 = {"anyOf": [_S23, _S9]}
_S39 = {"anyOf": [_S35, _S3]}
_S40 = {
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
_S41 = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["type", "wandb"],
        "properties": {"type": _S7, "wandb": {"$ref": "#/definitions/CreateFineTuningJobIntegrationWandb"}},
    },
}
_S42 = {"anyOf": [_S41, _S1]}
_S43 = {
    "type": "object",
    "required": ["project"],
    "properties": {"project": _S3, "name": _S14, "entity": _S14, "tags": _S11},
}
_S44 = {"type": "object", "properties": {"batch_size": _S33, "learning_rate_multiplier": _S29, "n_epochs": _S31}}
_S45 = {"type": "object", "required": ["type", "wandb"], "properties": {"type": _S7, "wandb": _S43}}
_S46 = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "type": _S3,
            "text": _S3,
            "image_url": _S3,
            "detail": _S3,
            "input_audio": _S37,
            "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
        },
    },
}
_S47 = {
    "type": "object",
    "properties": {
        "type": _S3,
        "text": _S3,
        "image_url": _S3,
        "detail": _S3,
        "input_audio": _S37,
        "prompt_cache_breakpoint": {
            "type": "object",
            "required": ["mode"],
            "properties": {"mode": {"type": "string", "enum": ["explicit"]}},
        },
    },
}
_S48 = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["role", "content"],
        "properties": {
            "role": _S34,
            "type": _S8,
            "content": {
                "anyOf": [
                    _S3,
                    {"$ref": "#/definitions/FineTuneGraderContentPart"},
                    {"type": "array", "items": {"$ref": "#/definitions/FineTuneGraderContentPart"}},
                ]
            },
        },
    },
}
_S49 = {
    "type": "object",
    "properties": {
        "seed": _S16,
        "top_p": _S13,
        "temperature": _S13,
        "max_completions_tokens": _S20,
        "reasoning_effort": {
            "anyOf": [{"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]}, _S1]
        },
    },
}
_S50 = {"anyOf": [_S3, _S48]}
_S51 = {
    "anyOf": [
        _S3,
        {
            "type": "object",
            "properties": {
                "type": _S3,
                "text": _S3,
                "image_url": _S3,
                "detail": _S3,
                "input_audio": _S37,
                "prompt_cache_breakpoint": {"$ref": "#/definitions/PromptCacheBreakpoint"},
            },
        },
        _S46,
    ]
}
_S52 = {"type": "object", "required": ["role", "content"], "properties": {"role": _S34, "type": _S8, "content": _S51}}
_S53 = {
    "type": "object",
    "properties": {
        "batch_size": _S36,
        "learning_rate_multiplier": _S38,
        "n_epochs": _S36,
        "beta": _S38,
        "compute_multiplier": _S38,
        "eval_interval": _S36,
        "eval_samples": _S36,
        "reasoning_effort": _S30,
    },
}
_S54 = {"type": "object", "properties": {"hyperparameters": _S53}}
_S55 = {
    "type": "object",
    "properties": {
        "graders": {
            "type": "object",
            "required": ["type", "name"],
            "properties": {
                "type": _S39,
                "name": _S3,
                "input": {"anyOf": [_S3, {"type": "array", "items": {"$ref": "#/definitions/FineTuneGraderMessage"}}]},
                "reference": _S3,
                "operation": _S28,
                "evaluation_metric": _S3,
                "source": _S3,
                "image_tag": _S3,
                "model": _S3,
                "sampling_params": {
                    "type": "object",
                    "properties": {
                        "seed": _S16,
                        "top_p": _S13,
                        "temperature": _S13,
                        "max_completions_tokens": _S20,
                        "reasoning_effort": {"$ref": "#/definitions/ReasoningEffort"},
                    },
                },
                "range": _S25,
                "labels": _S11,
                "passing_labels": _S11,
            },
        },
        "calculate_output": _S3,
    },
}
_S56 = {
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
                        "calculate_output": _S3,
                    },
                },
            ]
        },
        "hyperparameters": _S53,
    },
}
_S57 = {
    "type": "object",
    "required": ["type", "name"],
    "properties": {
        "type": _S39,
        "name": _S3,
        "input": _S50,
        "reference": _S3,
        "operation": _S28,
        "evaluation_metric": _S3,
        "source": _S3,
        "image_tag": _S3,
        "model": _S3,
        "sampling_params": _S49,
        "range": _S25,
        "labels": _S11,
        "passing_labels": _S11,
    },
}
_S58 = {
    "type": "object",
    "properties": {
        "model": _S3,
        "training_file": _S3,
        "hyperparameters": _S44,
        "method": {
            "type": "object",
            "required": ["type"],
            "properties": {
                "type": _S32,
                "supervised": {
                    "type": "object",
                    "properties": {"hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}},
                },
                "dpo": {
                    "type": "object",
                    "properties": {"hyperparameters": {"$ref": "#/definitions/FineTuneMethodHyperparameters"}},
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
        "metadata": _S40,
        "suffix": _S26,
        "validation_file": _S14,
        "integrations": _S42,
        "seed": _S27,
    },
    "required": ["model", "training_file"],
}
_S59 = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": _S32, "supervised": _S54, "dpo": _S54, "reinforcement": _S56},
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S58, "type")
    data__missing_keys = set(["model", "training_file"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S58, "required")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S3, "type")
    if "training_file" in data:
        data__trainingfile = data["training_file"]
        if not isinstance(data__trainingfile, str):
            raise SchemaError.at(f"{path}.training_file", "must be string", data__trainingfile, _S3, "type")
    if "hyperparameters" in data:
        data__hyperparameters = data["hyperparameters"]
        validate_createfinetuningjobhyperparameters(data__hyperparameters, f"{path}.hyperparameters")
    if "method" in data:
        data__method = data["method"]
        validate_finetunemethod(data__method, f"{path}.method")
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S40, "anyOf"
            )
    if "suffix" in data:
        data__suffix = data["suffix"]
        if isinstance(data__suffix, str):
            if isinstance(data__suffix, str):
                data__suffix_len = len(data__suffix)
                if data__suffix_len < 1:
                    raise SchemaError.at(
                        f"{path}.suffix",
                        "must be longer than or equal to 1 characters",
                        data__suffix,
                        _S17,
                        "minLength",
                    )
                if data__suffix_len > 40:
                    raise SchemaError.at(
                        f"{path}.suffix",
                        "must be shorter than or equal to 40 characters",
                        data__suffix,
                        _S17,
                        "maxLength",
                    )
        elif data__suffix is None:
            if not isinstance(data__suffix, NoneType):
                raise SchemaError.at(f"{path}.suffix", "must be null", data__suffix, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.suffix", "cannot be validated by any definition", data__suffix, _S26, "anyOf")
    if "validation_file" in data:
        data__validationfile = data["validation_file"]
        if isinstance(data__validationfile, str):
            pass
        elif data__validationfile is None:
            if not isinstance(data__validationfile, NoneType):
                raise SchemaError.at(f"{path}.validation_file", "must be null", data__validationfile, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.validation_file", "cannot be validated by any definition", data__validationfile, _S14, "anyOf"
            )
    if "integrations" in data:
        data__integrations = data["integrations"]
        if isinstance(data__integrations, (list, tuple)):
            data__integrations_len = len(data__integrations)
            for data__integrations_x, data__integrations_item in enumerate(data__integrations):
                validate_createfinetuningjobintegration(
                    data__integrations_item, f"{path}.integrations[{data__integrations_x}]"
                )
        elif data__integrations is None:
            if not isinstance(data__integrations, NoneType):
                raise SchemaError.at(f"{path}.integrations", "must be null", data__integrations, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.integrations", "cannot be validated by any definition", data__integrations, _S42, "anyOf"
            )
    if "seed" in data:
        data__seed = data["seed"]
        if isinstance(data__seed, (int, float, Decimal)) and (not isinstance(data__seed, bool)):
            if (
                not isinstance(data__seed, int)
                and (not (isinstance(data__seed, float) and data__seed.is_integer()))
                or isinstance(data__seed, bool)
            ):
                raise SchemaError.at(f"{path}.seed", "must be integer", data__seed, _S18, "type")
            if isinstance(data__seed, (int, float, Decimal)) and (not isinstance(data__seed, bool)):
                if data__seed < 0:
                    raise SchemaError.at(
                        f"{path}.seed", "must be bigger than or equal to 0", data__seed, _S18, "minimum"
                    )
                if data__seed > 2147483647:
                    raise SchemaError.at(
                        f"{path}.seed", "must be smaller than or equal to 2147483647", data__seed, _S18, "maximum"
                    )
        elif data__seed is None:
            if not isinstance(data__seed, NoneType):
                raise SchemaError.at(f"{path}.seed", "must be null", data__seed, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.seed", "cannot be validated by any definition", data__seed, _S27, "anyOf")
    return data


def validate_createfinetuningjobhyperparameters(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S44, "type")
    if "batch_size" in data:
        data__batchsize = data["batch_size"]
        if isinstance(data__batchsize, str):
            if not (isinstance(data__batchsize, str) and data__batchsize == "auto"):
                raise SchemaError.at(f"{path}.batch_size", "must be one of ['auto']", data__batchsize, _S6, "enum")
        elif isinstance(data__batchsize, (int, float, Decimal)) and (not isinstance(data__batchsize, bool)):
            if (
                not isinstance(data__batchsize, int)
                and (not (isinstance(data__batchsize, float) and data__batchsize.is_integer()))
                or isinstance(data__batchsize, bool)
            ):
                raise SchemaError.at(f"{path}.batch_size", "must be integer", data__batchsize, _S15, "type")
            if isinstance(data__batchsize, (int, float, Decimal)) and (not isinstance(data__batchsize, bool)):
                if data__batchsize < 1:
                    raise SchemaError.at(
                        f"{path}.batch_size", "must be bigger than or equal to 1", data__batchsize, _S15, "minimum"
                    )
                if data__batchsize > 256:
                    raise SchemaError.at(
                        f"{path}.batch_size", "must be smaller than or equal to 256", data__batchsize, _S15, "maximum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.batch_size", "cannot be validated by any definition", data__batchsize, _S33, "anyOf"
            )
    if "learning_rate_multiplier" in data:
        data__learningratemultiplier = data["learning_rate_multiplier"]
        if isinstance(data__learningratemultiplier, str):
            if not (isinstance(data__learningratemultiplier, str) and data__learningratemultiplier == "auto"):
                raise SchemaError.at(
                    f"{path}.learning_rate_multiplier",
                    "must be one of ['auto']",
                    data__learningratemultiplier,
                    _S6,
                    "enum",
                )
        elif isinstance(data__learningratemultiplier, (int, float, Decimal)) and (
            not isinstance(data__learningratemultiplier, bool)
        ):
            if not isinstance(data__learningratemultiplier, (int, float, Decimal)) or isinstance(
                data__learningratemultiplier, bool
            ):
                raise SchemaError.at(
                    f"{path}.learning_rate_multiplier", "must be number", data__learningratemultiplier, _S9, "type"
                )
            if isinstance(data__learningratemultiplier, (int, float, Decimal)) and (
                not isinstance(data__learningratemultiplier, bool)
            ):
                if data__learningratemultiplier <= 0:
                    raise SchemaError.at(
                        f"{path}.learning_rate_multiplier",
                        "must be bigger than 0",
                        data__learningratemultiplier,
                        _S9,
                        "exclusiveMinimum",
                    )
        else:
            raise SchemaError.at(
                f"{path}.learning_rate_multiplier",
                "cannot be validated by any definition",
                data__learningratemultiplier,
                _S29,
                "anyOf",
            )
    if "n_epochs" in data:
        data__nepochs = data["n_epochs"]
        if isinstance(data__nepochs, str):
            if not (isinstance(data__nepochs, str) and data__nepochs == "auto"):
                raise SchemaError.at(f"{path}.n_epochs", "must be one of ['auto']", data__nepochs, _S6, "enum")
        elif isinstance(data__nepochs, (int, float, Decimal)) and (not isinstance(data__nepochs, bool)):
            if (
                not isinstance(data__nepochs, int)
                and (not (isinstance(data__nepochs, float) and data__nepochs.is_integer()))
                or isinstance(data__nepochs, bool)
            ):
                raise SchemaError.at(f"{path}.n_epochs", "must be integer", data__nepochs, _S12, "type")
            if isinstance(data__nepochs, (int, float, Decimal)) and (not isinstance(data__nepochs, bool)):
                if data__nepochs < 1:
                    raise SchemaError.at(
                        f"{path}.n_epochs", "must be bigger than or equal to 1", data__nepochs, _S12, "minimum"
                    )
                if data__nepochs > 50:
                    raise SchemaError.at(
                        f"{path}.n_epochs", "must be smaller than or equal to 50", data__nepochs, _S12, "maximum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.n_epochs", "cannot be validated by any definition", data__nepochs, _S31, "anyOf"
            )
    return data


def validate_createfinetuningjobintegration(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S45, "type")
    data__missing_keys = set(["type", "wandb"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S45, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S7, "type")
        if not (isinstance(data__type, str) and data__type == "wandb"):
            raise SchemaError.at(f"{path}.type", "must be one of ['wandb']", data__type, _S7, "enum")
    if "wandb" in data:
        data__wandb = data["wandb"]
        validate_createfinetuningjobintegrationwandb(data__wandb, f"{path}.wandb")
    return data


def validate_createfinetuningjobintegrationwandb(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S43, "type")
    data__missing_keys = set(["project"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S43, "required")
    if "project" in data:
        data__project = data["project"]
        if not isinstance(data__project, str):
            raise SchemaError.at(f"{path}.project", "must be string", data__project, _S3, "type")
    if "name" in data:
        data__name = data["name"]
        if isinstance(data__name, str):
            pass
        elif data__name is None:
            if not isinstance(data__name, NoneType):
                raise SchemaError.at(f"{path}.name", "must be null", data__name, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.name", "cannot be validated by any definition", data__name, _S14, "anyOf")
    if "entity" in data:
        data__entity = data["entity"]
        if isinstance(data__entity, str):
            pass
        elif data__entity is None:
            if not isinstance(data__entity, NoneType):
                raise SchemaError.at(f"{path}.entity", "must be null", data__entity, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.entity", "cannot be validated by any definition", data__entity, _S14, "anyOf")
    if "tags" in data:
        data__tags = data["tags"]
        if not isinstance(data__tags, (list, tuple)):
            raise SchemaError.at(f"{path}.tags", "must be array", data__tags, _S11, "type")
        data__tags_len = len(data__tags)
        for data__tags_x, data__tags_item in enumerate(data__tags):
            if not isinstance(data__tags_item, str):
                raise SchemaError.at(f"{path}.tags[{data__tags_x}]", "must be string", data__tags_item, _S3, "type")
    return data


def validate_finetunegrader(data, path="data"):
    validate_finetunegradersettings(data, path)
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S55, "type")
    if "graders" in data:
        data__graders = data["graders"]
        validate_finetunegradersettings(data__graders, f"{path}.graders")
    if "calculate_output" in data:
        data__calculateoutput = data["calculate_output"]
        if not isinstance(data__calculateoutput, str):
            raise SchemaError.at(f"{path}.calculate_output", "must be string", data__calculateoutput, _S3, "type")
    return data


def validate_finetunegradercontentpart(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S47, "type")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S3, "type")
    if "text" in data:
        data__text = data["text"]
        if not isinstance(data__text, str):
            raise SchemaError.at(f"{path}.text", "must be string", data__text, _S3, "type")
    if "image_url" in data:
        data__imageurl = data["image_url"]
        if not isinstance(data__imageurl, str):
            raise SchemaError.at(f"{path}.image_url", "must be string", data__imageurl, _S3, "type")
    if "detail" in data:
        data__detail = data["detail"]
        if not isinstance(data__detail, str):
            raise SchemaError.at(f"{path}.detail", "must be string", data__detail, _S3, "type")
    if "input_audio" in data:
        data__inputaudio = data["input_audio"]
        if not isinstance(data__inputaudio, dict):
            raise SchemaError.at(f"{path}.input_audio", "must be object", data__inputaudio, _S37, "type")
        if "data" in data__inputaudio:
            data__inputaudio__data = data__inputaudio["data"]
            if not isinstance(data__inputaudio__data, str):
                raise SchemaError.at(f"{path}.input_audio.data", "must be string", data__inputaudio__data, _S10, "type")
        if "format" in data__inputaudio:
            data__inputaudio__format = data__inputaudio["format"]
            if not isinstance(data__inputaudio__format, str):
                raise SchemaError.at(
                    f"{path}.input_audio.format", "must be string", data__inputaudio__format, _S3, "type"
                )
    if "prompt_cache_breakpoint" in data:
        data__promptcachebreakpoint = data["prompt_cache_breakpoint"]
        validate_promptcachebreakpoint(data__promptcachebreakpoint, f"{path}.prompt_cache_breakpoint")
    return data


def validate_finetunegradermessage(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S52, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S52, "required")
    if "role" in data:
        data__role = data["role"]
        data__role_any_of_count86 = 0
        if not data__role_any_of_count86:
            try:
                if not isinstance(data__role, str):
                    raise SchemaError.at(f"{path}.role", "must be string", data__role, _S24, "type")
                if not (
                    isinstance(data__role, str)
                    and data__role == "user"
                    or (isinstance(data__role, str) and data__role == "assistant")
                    or (isinstance(data__role, str) and data__role == "system")
                    or (isinstance(data__role, str) and data__role == "developer")
                ):
                    raise SchemaError.at(
                        f"{path}.role",
                        "must be one of ['user', 'assistant', 'system', 'developer']",
                        data__role,
                        _S24,
                        "enum",
                    )
                data__role_any_of_count86 += 1
            except SchemaError:
                pass
        if not data__role_any_of_count86:
            try:
                if not isinstance(data__role, str):
                    raise SchemaError.at(f"{path}.role", "must be string", data__role, _S3, "type")
                data__role_any_of_count86 += 1
            except SchemaError:
                pass
        if not data__role_any_of_count86:
            raise SchemaError.at(f"{path}.role", "cannot be validated by any definition", data__role, _S34, "anyOf")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S8, "type")
        if not (isinstance(data__type, str) and data__type == "message"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: message", data__type, _S8, "const")
    if "content" in data:
        data__content = data["content"]
        if isinstance(data__content, str):
            pass
        elif isinstance(data__content, dict):
            validate_finetunegradercontentpart(data__content, f"{path}.content")
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            for data__content_x, data__content_item in enumerate(data__content):
                validate_finetunegradercontentpart(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S51, "anyOf"
            )
    return data


def validate_finetunegradersettings(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S57, "type")
    data__missing_keys = set(["type", "name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S57, "required")
    if "type" in data:
        data__type = data["type"]
        data__type_any_of_count79 = 0
        if not data__type_any_of_count79:
            try:
                if not isinstance(data__type, str):
                    raise SchemaError.at(f"{path}.type", "must be string", data__type, _S35, "type")
                if not (
                    isinstance(data__type, str)
                    and data__type == "string_check"
                    or (isinstance(data__type, str) and data__type == "text_similarity")
                    or (isinstance(data__type, str) and data__type == "python")
                    or (isinstance(data__type, str) and data__type == "score_model")
                    or (isinstance(data__type, str) and data__type == "label_model")
                    or (isinstance(data__type, str) and data__type == "multi")
                ):
                    raise SchemaError.at(
                        f"{path}.type",
                        "must be one of ['string_check', 'text_similarity', 'python', 'score_model', 'label_model', 'multi']",
                        data__type,
                        _S35,
                        "enum",
                    )
                data__type_any_of_count79 += 1
            except SchemaError:
                pass
        if not data__type_any_of_count79:
            try:
                if not isinstance(data__type, str):
                    raise SchemaError.at(f"{path}.type", "must be string", data__type, _S3, "type")
                data__type_any_of_count79 += 1
            except SchemaError:
                pass
        if not data__type_any_of_count79:
            raise SchemaError.at(f"{path}.type", "cannot be validated by any definition", data__type, _S39, "anyOf")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S3, "type")
    if "input" in data:
        data__input = data["input"]
        if isinstance(data__input, str):
            pass
        elif isinstance(data__input, (list, tuple)):
            data__input_len = len(data__input)
            for data__input_x, data__input_item in enumerate(data__input):
                validate_finetunegradermessage(data__input_item, f"{path}.input[{data__input_x}]")
        else:
            raise SchemaError.at(f"{path}.input", "cannot be validated by any definition", data__input, _S50, "anyOf")
    if "reference" in data:
        data__reference = data["reference"]
        if not isinstance(data__reference, str):
            raise SchemaError.at(f"{path}.reference", "must be string", data__reference, _S3, "type")
    if "operation" in data:
        data__operation = data["operation"]
        data__operation_any_of_count81 = 0
        if not data__operation_any_of_count81:
            try:
                if not isinstance(data__operation, str):
                    raise SchemaError.at(f"{path}.operation", "must be string", data__operation, _S19, "type")
                if not (
                    isinstance(data__operation, str)
                    and data__operation == "eq"
                    or (isinstance(data__operation, str) and data__operation == "ne")
                    or (isinstance(data__operation, str) and data__operation == "like")
                    or (isinstance(data__operation, str) and data__operation == "ilike")
                ):
                    raise SchemaError.at(
                        f"{path}.operation",
                        "must be one of ['eq', 'ne', 'like', 'ilike']",
                        data__operation,
                        _S19,
                        "enum",
                    )
                data__operation_any_of_count81 += 1
            except SchemaError:
                pass
        if not data__operation_any_of_count81:
            try:
                if not isinstance(data__operation, str):
                    raise SchemaError.at(f"{path}.operation", "must be string", data__operation, _S3, "type")
                data__operation_any_of_count81 += 1
            except SchemaError:
                pass
        if not data__operation_any_of_count81:
            raise SchemaError.at(
                f"{path}.operation", "cannot be validated by any definition", data__operation, _S28, "anyOf"
            )
    if "evaluation_metric" in data:
        data__evaluationmetric = data["evaluation_metric"]
        if not isinstance(data__evaluationmetric, str):
            raise SchemaError.at(f"{path}.evaluation_metric", "must be string", data__evaluationmetric, _S3, "type")
    if "source" in data:
        data__source = data["source"]
        if not isinstance(data__source, str):
            raise SchemaError.at(f"{path}.source", "must be string", data__source, _S3, "type")
    if "image_tag" in data:
        data__imagetag = data["image_tag"]
        if not isinstance(data__imagetag, str):
            raise SchemaError.at(f"{path}.image_tag", "must be string", data__imagetag, _S3, "type")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S3, "type")
    if "sampling_params" in data:
        data__samplingparams = data["sampling_params"]
        if not isinstance(data__samplingparams, dict):
            raise SchemaError.at(f"{path}.sampling_params", "must be object", data__samplingparams, _S49, "type")
        if "seed" in data__samplingparams:
            data__samplingparams__seed = data__samplingparams["seed"]
            if isinstance(data__samplingparams__seed, (int, float, Decimal)) and (
                not isinstance(data__samplingparams__seed, bool)
            ):
                if (
                    not isinstance(data__samplingparams__seed, int)
                    and (
                        not (isinstance(data__samplingparams__seed, float) and data__samplingparams__seed.is_integer())
                    )
                    or isinstance(data__samplingparams__seed, bool)
                ):
                    raise SchemaError.at(
                        f"{path}.sampling_params.seed", "must be integer", data__samplingparams__seed, _S4, "type"
                    )
            elif data__samplingparams__seed is None:
                if not isinstance(data__samplingparams__seed, NoneType):
                    raise SchemaError.at(
                        f"{path}.sampling_params.seed", "must be null", data__samplingparams__seed, _S1, "type"
                    )
            else:
                raise SchemaError.at(
                    f"{path}.sampling_params.seed",
                    "cannot be validated by any definition",
                    data__samplingparams__seed,
                    _S16,
                    "anyOf",
                )
        if "top_p" in data__samplingparams:
            data__samplingparams__topp = data__samplingparams["top_p"]
            if isinstance(data__samplingparams__topp, (int, float, Decimal)) and (
                not isinstance(data__samplingparams__topp, bool)
            ):
                if not isinstance(data__samplingparams__topp, (int, float, Decimal)) or isinstance(
                    data__samplingparams__topp, bool
                ):
                    raise SchemaError.at(
                        f"{path}.sampling_params.top_p", "must be number", data__samplingparams__topp, _S2, "type"
                    )
            elif data__samplingparams__topp is None:
                if not isinstance(data__samplingparams__topp, NoneType):
                    raise SchemaError.at(
                        f"{path}.sampling_params.top_p", "must be null", data__samplingparams__topp, _S1, "type"
                    )
            else:
                raise SchemaError.at(
                    f"{path}.sampling_params.top_p",
                    "cannot be validated by any definition",
                    data__samplingparams__topp,
                    _S13,
                    "anyOf",
                )
        if "temperature" in data__samplingparams:
            data__samplingparams__temperature = data__samplingparams["temperature"]
            if isinstance(data__samplingparams__temperature, (int, float, Decimal)) and (
                not isinstance(data__samplingparams__temperature, bool)
            ):
                if not isinstance(data__samplingparams__temperature, (int, float, Decimal)) or isinstance(
                    data__samplingparams__temperature, bool
                ):
                    raise SchemaError.at(
                        f"{path}.sampling_params.temperature",
                        "must be number",
                        data__samplingparams__temperature,
                        _S2,
                        "type",
                    )
            elif data__samplingparams__temperature is None:
                if not isinstance(data__samplingparams__temperature, NoneType):
                    raise SchemaError.at(
                        f"{path}.sampling_params.temperature",
                        "must be null",
                        data__samplingparams__temperature,
                        _S1,
                        "type",
                    )
            else:
                raise SchemaError.at(
                    f"{path}.sampling_params.temperature",
                    "cannot be validated by any definition",
                    data__samplingparams__temperature,
                    _S13,
                    "anyOf",
                )
        if "max_completions_tokens" in data__samplingparams:
            data__samplingparams__maxcompletionstokens = data__samplingparams["max_completions_tokens"]
            if isinstance(data__samplingparams__maxcompletionstokens, (int, float, Decimal)) and (
                not isinstance(data__samplingparams__maxcompletionstokens, bool)
            ):
                if (
                    not isinstance(data__samplingparams__maxcompletionstokens, int)
                    and (
                        not (
                            isinstance(data__samplingparams__maxcompletionstokens, float)
                            and data__samplingparams__maxcompletionstokens.is_integer()
                        )
                    )
                    or isinstance(data__samplingparams__maxcompletionstokens, bool)
                ):
                    raise SchemaError.at(
                        f"{path}.sampling_params.max_completions_tokens",
                        "must be integer",
                        data__samplingparams__maxcompletionstokens,
                        _S5,
                        "type",
                    )
                if isinstance(data__samplingparams__maxcompletionstokens, (int, float, Decimal)) and (
                    not isinstance(data__samplingparams__maxcompletionstokens, bool)
                ):
                    if data__samplingparams__maxcompletionstokens < 1:
                        raise SchemaError.at(
                            f"{path}.sampling_params.max_completions_tokens",
                            "must be bigger than or equal to 1",
                            data__samplingparams__maxcompletionstokens,
                            _S5,
                            "minimum",
                        )
            elif data__samplingparams__maxcompletionstokens is None:
                if not isinstance(data__samplingparams__maxcompletionstokens, NoneType):
                    raise SchemaError.at(
                        f"{path}.sampling_params.max_completions_tokens",
                        "must be null",
                        data__samplingparams__maxcompletionstokens,
                        _S1,
                        "type",
                    )
            else:
                raise SchemaError.at(
                    f"{path}.sampling_params.max_completions_tokens",
                    "cannot be validated by any definition",
                    data__samplingparams__maxcompletionstokens,
                    _S20,
                    "anyOf",
                )
        if "reasoning_effort" in data__samplingparams:
            data__samplingparams__reasoningeffort = data__samplingparams["reasoning_effort"]
            validate_reasoningeffort(data__samplingparams__reasoningeffort, f"{path}.sampling_params.reasoning_effort")
    if "range" in data:
        data__range = data["range"]
        if not isinstance(data__range, (list, tuple)):
            raise SchemaError.at(f"{path}.range", "must be array", data__range, _S25, "type")
        data__range_len = len(data__range)
        if data__range_len < 2:
            raise SchemaError.at(f"{path}.range", "must contain at least 2 items", data__range, _S25, "minItems")
        if data__range_len > 2:
            raise SchemaError.at(
                f"{path}.range", "must contain less than or equal to 2 items", data__range, _S25, "maxItems"
            )
        for data__range_x, data__range_item in enumerate(data__range):
            if not isinstance(data__range_item, (int, float, Decimal)) or isinstance(data__range_item, bool):
                raise SchemaError.at(f"{path}.range[{data__range_x}]", "must be number", data__range_item, _S2, "type")
    if "labels" in data:
        data__labels = data["labels"]
        if not isinstance(data__labels, (list, tuple)):
            raise SchemaError.at(f"{path}.labels", "must be array", data__labels, _S11, "type")
        data__labels_len = len(data__labels)
        for data__labels_x, data__labels_item in enumerate(data__labels):
            if not isinstance(data__labels_item, str):
                raise SchemaError.at(
                    f"{path}.labels[{data__labels_x}]", "must be string", data__labels_item, _S3, "type"
                )
    if "passing_labels" in data:
        data__passinglabels = data["passing_labels"]
        if not isinstance(data__passinglabels, (list, tuple)):
            raise SchemaError.at(f"{path}.passing_labels", "must be array", data__passinglabels, _S11, "type")
        data__passinglabels_len = len(data__passinglabels)
        for data__passinglabels_x, data__passinglabels_item in enumerate(data__passinglabels):
            if not isinstance(data__passinglabels_item, str):
                raise SchemaError.at(
                    f"{path}.passing_labels[{data__passinglabels_x}]",
                    "must be string",
                    data__passinglabels_item,
                    _S3,
                    "type",
                )
    return data


def validate_finetunemethod(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S59, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S59, "required")
    if "type" in data:
        data__type = data["type"]
        data__type_any_of_count78 = 0
        if not data__type_any_of_count78:
            try:
                if not isinstance(data__type, str):
                    raise SchemaError.at(f"{path}.type", "must be string", data__type, _S22, "type")
                if not (
                    isinstance(data__type, str)
                    and data__type == "supervised"
                    or (isinstance(data__type, str) and data__type == "dpo")
                    or (isinstance(data__type, str) and data__type == "reinforcement")
                ):
                    raise SchemaError.at(
                        f"{path}.type",
                        "must be one of ['supervised', 'dpo', 'reinforcement']",
                        data__type,
                        _S22,
                        "enum",
                    )
                data__type_any_of_count78 += 1
            except SchemaError:
                pass
        if not data__type_any_of_count78:
            try:
                if not isinstance(data__type, str):
                    raise SchemaError.at(f"{path}.type", "must be string", data__type, _S3, "type")
                data__type_any_of_count78 += 1
            except SchemaError:
                pass
        if not data__type_any_of_count78:
            raise SchemaError.at(f"{path}.type", "cannot be validated by any definition", data__type, _S32, "anyOf")
    if "supervised" in data:
        data__supervised = data["supervised"]
        if not isinstance(data__supervised, dict):
            raise SchemaError.at(f"{path}.supervised", "must be object", data__supervised, _S54, "type")
        if "hyperparameters" in data__supervised:
            data__supervised__hyperparameters = data__supervised["hyperparameters"]
            validate_finetunemethodhyperparameters(
                data__supervised__hyperparameters, f"{path}.supervised.hyperparameters"
            )
    if "dpo" in data:
        data__dpo = data["dpo"]
        if not isinstance(data__dpo, dict):
            raise SchemaError.at(f"{path}.dpo", "must be object", data__dpo, _S54, "type")
        if "hyperparameters" in data__dpo:
            data__dpo__hyperparameters = data__dpo["hyperparameters"]
            validate_finetunemethodhyperparameters(data__dpo__hyperparameters, f"{path}.dpo.hyperparameters")
    if "reinforcement" in data:
        data__reinforcement = data["reinforcement"]
        if not isinstance(data__reinforcement, dict):
            raise SchemaError.at(f"{path}.reinforcement", "must be object", data__reinforcement, _S56, "type")
        data__reinforcement__missing_keys = set(["grader"]) - data__reinforcement.keys()
        if data__reinforcement__missing_keys:
            raise SchemaError.at(
                f"{path}.reinforcement",
                f"must contain {str(sorted(data__reinforcement__missing_keys))} properties",
                data__reinforcement,
                _S56,
                "required",
            )
        if "grader" in data__reinforcement:
            data__reinforcement__grader = data__reinforcement["grader"]
            validate_finetunegrader(data__reinforcement__grader, f"{path}.reinforcement.grader")
        if "hyperparameters" in data__reinforcement:
            data__reinforcement__hyperparameters = data__reinforcement["hyperparameters"]
            validate_finetunemethodhyperparameters(
                data__reinforcement__hyperparameters, f"{path}.reinforcement.hyperparameters"
            )
    return data


def validate_finetunemethodhyperparameters(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S53, "type")
    if "batch_size" in data:
        data__batchsize = data["batch_size"]
        if isinstance(data__batchsize, str):
            data__batchsize_any_of_count89 = 0
            if not data__batchsize_any_of_count89:
                try:
                    if not isinstance(data__batchsize, str):
                        raise SchemaError.at(f"{path}.batch_size", "must be string", data__batchsize, _S6, "type")
                    if not (isinstance(data__batchsize, str) and data__batchsize == "auto"):
                        raise SchemaError.at(
                            f"{path}.batch_size", "must be one of ['auto']", data__batchsize, _S6, "enum"
                        )
                    data__batchsize_any_of_count89 += 1
                except SchemaError:
                    pass
            if not data__batchsize_any_of_count89:
                try:
                    if not isinstance(data__batchsize, str):
                        raise SchemaError.at(f"{path}.batch_size", "must be string", data__batchsize, _S3, "type")
                    data__batchsize_any_of_count89 += 1
                except SchemaError:
                    pass
            if not data__batchsize_any_of_count89:
                raise SchemaError.at(
                    f"{path}.batch_size", "cannot be validated by any definition", data__batchsize, _S23, "anyOf"
                )
        elif isinstance(data__batchsize, (int, float, Decimal)) and (not isinstance(data__batchsize, bool)):
            if (
                not isinstance(data__batchsize, int)
                and (not (isinstance(data__batchsize, float) and data__batchsize.is_integer()))
                or isinstance(data__batchsize, bool)
            ):
                raise SchemaError.at(f"{path}.batch_size", "must be integer", data__batchsize, _S5, "type")
            if isinstance(data__batchsize, (int, float, Decimal)) and (not isinstance(data__batchsize, bool)):
                if data__batchsize < 1:
                    raise SchemaError.at(
                        f"{path}.batch_size", "must be bigger than or equal to 1", data__batchsize, _S5, "minimum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.batch_size", "cannot be validated by any definition", data__batchsize, _S36, "anyOf"
            )
    if "learning_rate_multiplier" in data:
        data__learningratemultiplier = data["learning_rate_multiplier"]
        if isinstance(data__learningratemultiplier, str):
            data__learningratemultiplier_any_of_count91 = 0
            if not data__learningratemultiplier_any_of_count91:
                try:
                    if not isinstance(data__learningratemultiplier, str):
                        raise SchemaError.at(
                            f"{path}.learning_rate_multiplier",
                            "must be string",
                            data__learningratemultiplier,
                            _S6,
                            "type",
                        )
                    if not (isinstance(data__learningratemultiplier, str) and data__learningratemultiplier == "auto"):
                        raise SchemaError.at(
                            f"{path}.learning_rate_multiplier",
                            "must be one of ['auto']",
                            data__learningratemultiplier,
                            _S6,
                            "enum",
                        )
                    data__learningratemultiplier_any_of_count91 += 1
                except SchemaError:
                    pass
            if not data__learningratemultiplier_any_of_count91:
                try:
                    if not isinstance(data__learningratemultiplier, str):
                        raise SchemaError.at(
                            f"{path}.learning_rate_multiplier",
                            "must be string",
                            data__learningratemultiplier,
                            _S3,
                            "type",
                        )
                    data__learningratemultiplier_any_of_count91 += 1
                except SchemaError:
                    pass
            if not data__learningratemultiplier_any_of_count91:
                raise SchemaError.at(
                    f"{path}.learning_rate_multiplier",
                    "cannot be validated by any definition",
                    data__learningratemultiplier,
                    _S23,
                    "anyOf",
                )
        elif isinstance(data__learningratemultiplier, (int, float, Decimal)) and (
            not isinstance(data__learningratemultiplier, bool)
        ):
            if not isinstance(data__learningratemultiplier, (int, float, Decimal)) or isinstance(
                data__learningratemultiplier, bool
            ):
                raise SchemaError.at(
                    f"{path}.learning_rate_multiplier", "must be number", data__learningratemultiplier, _S9, "type"
                )
            if isinstance(data__learningratemultiplier, (int, float, Decimal)) and (
                not isinstance(data__learningratemultiplier, bool)
            ):
                if data__learningratemultiplier <= 0:
                    raise SchemaError.at(
                        f"{path}.learning_rate_multiplier",
                        "must be bigger than 0",
                        data__learningratemultiplier,
                        _S9,
                        "exclusiveMinimum",
                    )
        else:
            raise SchemaError.at(
                f"{path}.learning_rate_multiplier",
                "cannot be validated by any definition",
                data__learningratemultiplier,
                _S38,
                "anyOf",
            )
    if "n_epochs" in data:
        data__nepochs = data["n_epochs"]
        if isinstance(data__nepochs, str):
            data__nepochs_any_of_count93 = 0
            if not data__nepochs_any_of_count93:
                try:
                    if not isinstance(data__nepochs, str):
                        raise SchemaError.at(f"{path}.n_epochs", "must be string", data__nepochs, _S6, "type")
                    if not (isinstance(data__nepochs, str) and data__nepochs == "auto"):
                        raise SchemaError.at(f"{path}.n_epochs", "must be one of ['auto']", data__nepochs, _S6, "enum")
                    data__nepochs_any_of_count93 += 1
                except SchemaError:
                    pass
            if not data__nepochs_any_of_count93:
                try:
                    if not isinstance(data__nepochs, str):
                        raise SchemaError.at(f"{path}.n_epochs", "must be string", data__nepochs, _S3, "type")
                    data__nepochs_any_of_count93 += 1
                except SchemaError:
                    pass
            if not data__nepochs_any_of_count93:
                raise SchemaError.at(
                    f"{path}.n_epochs", "cannot be validated by any definition", data__nepochs, _S23, "anyOf"
                )
        elif isinstance(data__nepochs, (int, float, Decimal)) and (not isinstance(data__nepochs, bool)):
            if (
                not isinstance(data__nepochs, int)
                and (not (isinstance(data__nepochs, float) and data__nepochs.is_integer()))
                or isinstance(data__nepochs, bool)
            ):
                raise SchemaError.at(f"{path}.n_epochs", "must be integer", data__nepochs, _S5, "type")
            if isinstance(data__nepochs, (int, float, Decimal)) and (not isinstance(data__nepochs, bool)):
                if data__nepochs < 1:
                    raise SchemaError.at(
                        f"{path}.n_epochs", "must be bigger than or equal to 1", data__nepochs, _S5, "minimum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.n_epochs", "cannot be validated by any definition", data__nepochs, _S36, "anyOf"
            )
    if "beta" in data:
        data__beta = data["beta"]
        if isinstance(data__beta, str):
            data__beta_any_of_count95 = 0
            if not data__beta_any_of_count95:
                try:
                    if not isinstance(data__beta, str):
                        raise SchemaError.at(f"{path}.beta", "must be string", data__beta, _S6, "type")
                    if not (isinstance(data__beta, str) and data__beta == "auto"):
                        raise SchemaError.at(f"{path}.beta", "must be one of ['auto']", data__beta, _S6, "enum")
                    data__beta_any_of_count95 += 1
                except SchemaError:
                    pass
            if not data__beta_any_of_count95:
                try:
                    if not isinstance(data__beta, str):
                        raise SchemaError.at(f"{path}.beta", "must be string", data__beta, _S3, "type")
                    data__beta_any_of_count95 += 1
                except SchemaError:
                    pass
            if not data__beta_any_of_count95:
                raise SchemaError.at(f"{path}.beta", "cannot be validated by any definition", data__beta, _S23, "anyOf")
        elif isinstance(data__beta, (int, float, Decimal)) and (not isinstance(data__beta, bool)):
            if not isinstance(data__beta, (int, float, Decimal)) or isinstance(data__beta, bool):
                raise SchemaError.at(f"{path}.beta", "must be number", data__beta, _S9, "type")
            if isinstance(data__beta, (int, float, Decimal)) and (not isinstance(data__beta, bool)):
                if data__beta <= 0:
                    raise SchemaError.at(f"{path}.beta", "must be bigger than 0", data__beta, _S9, "exclusiveMinimum")
        else:
            raise SchemaError.at(f"{path}.beta", "cannot be validated by any definition", data__beta, _S38, "anyOf")
    if "compute_multiplier" in data:
        data__computemultiplier = data["compute_multiplier"]
        if isinstance(data__computemultiplier, str):
            data__computemultiplier_any_of_count97 = 0
            if not data__computemultiplier_any_of_count97:
                try:
                    if not isinstance(data__computemultiplier, str):
                        raise SchemaError.at(
                            f"{path}.compute_multiplier", "must be string", data__computemultiplier, _S6, "type"
                        )
                    if not (isinstance(data__computemultiplier, str) and data__computemultiplier == "auto"):
                        raise SchemaError.at(
                            f"{path}.compute_multiplier",
                            "must be one of ['auto']",
                            data__computemultiplier,
                            _S6,
                            "enum",
                        )
                    data__computemultiplier_any_of_count97 += 1
                except SchemaError:
                    pass
            if not data__computemultiplier_any_of_count97:
                try:
                    if not isinstance(data__computemultiplier, str):
                        raise SchemaError.at(
                            f"{path}.compute_multiplier", "must be string", data__computemultiplier, _S3, "type"
                        )
                    data__computemultiplier_any_of_count97 += 1
                except SchemaError:
                    pass
            if not data__computemultiplier_any_of_count97:
                raise SchemaError.at(
                    f"{path}.compute_multiplier",
                    "cannot be validated by any definition",
                    data__computemultiplier,
                    _S23,
                    "anyOf",
                )
        elif isinstance(data__computemultiplier, (int, float, Decimal)) and (
            not isinstance(data__computemultiplier, bool)
        ):
            if not isinstance(data__computemultiplier, (int, float, Decimal)) or isinstance(
                data__computemultiplier, bool
            ):
                raise SchemaError.at(
                    f"{path}.compute_multiplier", "must be number", data__computemultiplier, _S9, "type"
                )
            if isinstance(data__computemultiplier, (int, float, Decimal)) and (
                not isinstance(data__computemultiplier, bool)
            ):
                if data__computemultiplier <= 0:
                    raise SchemaError.at(
                        f"{path}.compute_multiplier",
                        "must be bigger than 0",
                        data__computemultiplier,
                        _S9,
                        "exclusiveMinimum",
                    )
        else:
            raise SchemaError.at(
                f"{path}.compute_multiplier",
                "cannot be validated by any definition",
                data__computemultiplier,
                _S38,
                "anyOf",
            )
    if "eval_interval" in data:
        data__evalinterval = data["eval_interval"]
        if isinstance(data__evalinterval, str):
            data__evalinterval_any_of_count99 = 0
            if not data__evalinterval_any_of_count99:
                try:
                    if not isinstance(data__evalinterval, str):
                        raise SchemaError.at(f"{path}.eval_interval", "must be string", data__evalinterval, _S6, "type")
                    if not (isinstance(data__evalinterval, str) and data__evalinterval == "auto"):
                        raise SchemaError.at(
                            f"{path}.eval_interval", "must be one of ['auto']", data__evalinterval, _S6, "enum"
                        )
                    data__evalinterval_any_of_count99 += 1
                except SchemaError:
                    pass
            if not data__evalinterval_any_of_count99:
                try:
                    if not isinstance(data__evalinterval, str):
                        raise SchemaError.at(f"{path}.eval_interval", "must be string", data__evalinterval, _S3, "type")
                    data__evalinterval_any_of_count99 += 1
                except SchemaError:
                    pass
            if not data__evalinterval_any_of_count99:
                raise SchemaError.at(
                    f"{path}.eval_interval", "cannot be validated by any definition", data__evalinterval, _S23, "anyOf"
                )
        elif isinstance(data__evalinterval, (int, float, Decimal)) and (not isinstance(data__evalinterval, bool)):
            if (
                not isinstance(data__evalinterval, int)
                and (not (isinstance(data__evalinterval, float) and data__evalinterval.is_integer()))
                or isinstance(data__evalinterval, bool)
            ):
                raise SchemaError.at(f"{path}.eval_interval", "must be integer", data__evalinterval, _S5, "type")
            if isinstance(data__evalinterval, (int, float, Decimal)) and (not isinstance(data__evalinterval, bool)):
                if data__evalinterval < 1:
                    raise SchemaError.at(
                        f"{path}.eval_interval", "must be bigger than or equal to 1", data__evalinterval, _S5, "minimum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.eval_interval", "cannot be validated by any definition", data__evalinterval, _S36, "anyOf"
            )
    if "eval_samples" in data:
        data__evalsamples = data["eval_samples"]
        if isinstance(data__evalsamples, str):
            data__evalsamples_any_of_count101 = 0
            if not data__evalsamples_any_of_count101:
                try:
                    if not isinstance(data__evalsamples, str):
                        raise SchemaError.at(f"{path}.eval_samples", "must be string", data__evalsamples, _S6, "type")
                    if not (isinstance(data__evalsamples, str) and data__evalsamples == "auto"):
                        raise SchemaError.at(
                            f"{path}.eval_samples", "must be one of ['auto']", data__evalsamples, _S6, "enum"
                        )
                    data__evalsamples_any_of_count101 += 1
                except SchemaError:
                    pass
            if not data__evalsamples_any_of_count101:
                try:
                    if not isinstance(data__evalsamples, str):
                        raise SchemaError.at(f"{path}.eval_samples", "must be string", data__evalsamples, _S3, "type")
                    data__evalsamples_any_of_count101 += 1
                except SchemaError:
                    pass
            if not data__evalsamples_any_of_count101:
                raise SchemaError.at(
                    f"{path}.eval_samples", "cannot be validated by any definition", data__evalsamples, _S23, "anyOf"
                )
        elif isinstance(data__evalsamples, (int, float, Decimal)) and (not isinstance(data__evalsamples, bool)):
            if (
                not isinstance(data__evalsamples, int)
                and (not (isinstance(data__evalsamples, float) and data__evalsamples.is_integer()))
                or isinstance(data__evalsamples, bool)
            ):
                raise SchemaError.at(f"{path}.eval_samples", "must be integer", data__evalsamples, _S5, "type")
            if isinstance(data__evalsamples, (int, float, Decimal)) and (not isinstance(data__evalsamples, bool)):
                if data__evalsamples < 1:
                    raise SchemaError.at(
                        f"{path}.eval_samples", "must be bigger than or equal to 1", data__evalsamples, _S5, "minimum"
                    )
        else:
            raise SchemaError.at(
                f"{path}.eval_samples", "cannot be validated by any definition", data__evalsamples, _S36, "anyOf"
            )
    if "reasoning_effort" in data:
        data__reasoningeffort = data["reasoning_effort"]
        data__reasoningeffort_any_of_count102 = 0
        if not data__reasoningeffort_any_of_count102:
            try:
                if not isinstance(data__reasoningeffort, str):
                    raise SchemaError.at(
                        f"{path}.reasoning_effort", "must be string", data__reasoningeffort, _S21, "type"
                    )
                if not (
                    isinstance(data__reasoningeffort, str)
                    and data__reasoningeffort == "default"
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "low")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "medium")
                    or (isinstance(data__reasoningeffort, str) and data__reasoningeffort == "high")
                ):
                    raise SchemaError.at(
                        f"{path}.reasoning_effort",
                        "must be one of ['default', 'low', 'medium', 'high']",
                        data__reasoningeffort,
                        _S21,
                        "enum",
                    )
                data__reasoningeffort_any_of_count102 += 1
            except SchemaError:
                pass
        if not data__reasoningeffort_any_of_count102:
            try:
                if not isinstance(data__reasoningeffort, str):
                    raise SchemaError.at(
                        f"{path}.reasoning_effort", "must be string", data__reasoningeffort, _S3, "type"
                    )
                data__reasoningeffort_any_of_count102 += 1
            except SchemaError:
                pass
        if not data__reasoningeffort_any_of_count102:
            raise SchemaError.at(
                f"{path}.reasoning_effort",
                "cannot be validated by any definition",
                data__reasoningeffort,
                _S30,
                "anyOf",
            )
    return data
