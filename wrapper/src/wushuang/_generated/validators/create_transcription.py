# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createTranscription (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._validation import SchemaError as JsonSchemaValueException, SchemaError as JsonSchemaValuesException


def validate___operations_create_transcription(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "properties": {
                    "file": {},
                    "model": {"type": "string"},
                    "language": {"type": "string"},
                    "languages": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                    "keywords": {"type": "array", "items": {"type": "string"}},
                    "prompt": {"type": "string"},
                    "response_format": {
                        "type": "string",
                        "enum": ["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
                    },
                    "temperature": {"type": "number", "minimum": 0, "maximum": 1},
                    "include": {"type": "array", "items": {"type": "string", "enum": ["logprobs"]}},
                    "timestamp_granularities[]": {
                        "type": "array",
                        "items": {"type": "string", "enum": ["word", "segment"]},
                    },
                    "stream": {"type": "boolean"},
                    "chunking_strategy": {
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {
                                "type": "object",
                                "required": ["type"],
                                "properties": {
                                    "type": {"type": "string", "const": "server_vad"},
                                    "prefix_padding_ms": {"type": "integer"},
                                    "silence_duration_ms": {"type": "integer"},
                                    "threshold": {"type": "number"},
                                },
                            },
                        ]
                    },
                    "known_speaker_names": {"type": "array", "maxItems": 4, "items": {"type": "string"}},
                    "known_speaker_references": {"type": "array", "maxItems": 4, "items": {"type": "string"}},
                },
                "required": ["file", "model"],
            },
            rule="type",
        )
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(["file", "model"]) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException(
                "" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"),
                value=data,
                name="" + (name_prefix or "data") + "",
                definition={
                    "type": "object",
                    "properties": {
                        "file": {},
                        "model": {"type": "string"},
                        "language": {"type": "string"},
                        "languages": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                        "keywords": {"type": "array", "items": {"type": "string"}},
                        "prompt": {"type": "string"},
                        "response_format": {
                            "type": "string",
                            "enum": ["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
                        },
                        "temperature": {"type": "number", "minimum": 0, "maximum": 1},
                        "include": {"type": "array", "items": {"type": "string", "enum": ["logprobs"]}},
                        "timestamp_granularities[]": {
                            "type": "array",
                            "items": {"type": "string", "enum": ["word", "segment"]},
                        },
                        "stream": {"type": "boolean"},
                        "chunking_strategy": {
                            "anyOf": [
                                {"type": "string", "enum": ["auto"]},
                                {
                                    "type": "object",
                                    "required": ["type"],
                                    "properties": {
                                        "type": {"type": "string", "const": "server_vad"},
                                        "prefix_padding_ms": {"type": "integer"},
                                        "silence_duration_ms": {"type": "integer"},
                                        "threshold": {"type": "number"},
                                    },
                                },
                            ]
                        },
                        "known_speaker_names": {"type": "array", "maxItems": 4, "items": {"type": "string"}},
                        "known_speaker_references": {"type": "array", "maxItems": 4, "items": {"type": "string"}},
                    },
                    "required": ["file", "model"],
                },
                rule="required",
            )
        data_keys = set(data.keys())
        if "file" in data_keys:
            data_keys.remove("file")
            data__file = data["file"]
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
        if "language" in data_keys:
            data_keys.remove("language")
            data__language = data["language"]
            if not isinstance(data__language, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".language must be string",
                    value=data__language,
                    name="" + (name_prefix or "data") + ".language",
                    definition={"type": "string"},
                    rule="type",
                )
        if "languages" in data_keys:
            data_keys.remove("languages")
            data__languages = data["languages"]
            if not isinstance(data__languages, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".languages must be array",
                    value=data__languages,
                    name="" + (name_prefix or "data") + ".languages",
                    definition={"type": "array", "minItems": 1, "items": {"type": "string"}},
                    rule="type",
                )
            data__languages_is_list = isinstance(data__languages, (list, tuple))
            if data__languages_is_list:
                data__languages_len = len(data__languages)
                if data__languages_len < 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".languages must contain at least 1 items",
                        value=data__languages,
                        name="" + (name_prefix or "data") + ".languages",
                        definition={"type": "array", "minItems": 1, "items": {"type": "string"}},
                        rule="minItems",
                    )
                for data__languages_x, data__languages_item in enumerate(data__languages):
                    if not isinstance(data__languages_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".languages[{data__languages_x}]".format(**locals())
                            + " must be string",
                            value=data__languages_item,
                            name=""
                            + (name_prefix or "data")
                            + ".languages[{data__languages_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "keywords" in data_keys:
            data_keys.remove("keywords")
            data__keywords = data["keywords"]
            if not isinstance(data__keywords, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".keywords must be array",
                    value=data__keywords,
                    name="" + (name_prefix or "data") + ".keywords",
                    definition={"type": "array", "items": {"type": "string"}},
                    rule="type",
                )
            data__keywords_is_list = isinstance(data__keywords, (list, tuple))
            if data__keywords_is_list:
                data__keywords_len = len(data__keywords)
                for data__keywords_x, data__keywords_item in enumerate(data__keywords):
                    if not isinstance(data__keywords_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".keywords[{data__keywords_x}]".format(**locals())
                            + " must be string",
                            value=data__keywords_item,
                            name="" + (name_prefix or "data") + ".keywords[{data__keywords_x}]".format(**locals()) + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "prompt" in data_keys:
            data_keys.remove("prompt")
            data__prompt = data["prompt"]
            if not isinstance(data__prompt, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prompt must be string",
                    value=data__prompt,
                    name="" + (name_prefix or "data") + ".prompt",
                    definition={"type": "string"},
                    rule="type",
                )
        if "response_format" in data_keys:
            data_keys.remove("response_format")
            data__responseformat = data["response_format"]
            if not isinstance(data__responseformat, (str)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".response_format must be string",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={
                        "type": "string",
                        "enum": ["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
                    },
                    rule="type",
                )
            if not (
                isinstance(data__responseformat, str)
                and data__responseformat == "json"
                or isinstance(data__responseformat, str)
                and data__responseformat == "text"
                or isinstance(data__responseformat, str)
                and data__responseformat == "srt"
                or isinstance(data__responseformat, str)
                and data__responseformat == "verbose_json"
                or isinstance(data__responseformat, str)
                and data__responseformat == "vtt"
                or isinstance(data__responseformat, str)
                and data__responseformat == "diarized_json"
            ):
                raise JsonSchemaValueException(
                    ""
                    + (name_prefix or "data")
                    + ".response_format must be one of ['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json']",
                    value=data__responseformat,
                    name="" + (name_prefix or "data") + ".response_format",
                    definition={
                        "type": "string",
                        "enum": ["json", "text", "srt", "verbose_json", "vtt", "diarized_json"],
                    },
                    rule="enum",
                )
        if "temperature" in data_keys:
            data_keys.remove("temperature")
            data__temperature = data["temperature"]
            if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".temperature must be number",
                    value=data__temperature,
                    name="" + (name_prefix or "data") + ".temperature",
                    definition={"type": "number", "minimum": 0, "maximum": 1},
                    rule="type",
                )
            if isinstance(data__temperature, (int, float, Decimal)) and not isinstance(data__temperature, bool):
                if data__temperature < 0:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".temperature must be bigger than or equal to 0",
                        value=data__temperature,
                        name="" + (name_prefix or "data") + ".temperature",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="minimum",
                    )
                if data__temperature > 1:
                    raise JsonSchemaValueException(
                        "" + (name_prefix or "data") + ".temperature must be smaller than or equal to 1",
                        value=data__temperature,
                        name="" + (name_prefix or "data") + ".temperature",
                        definition={"type": "number", "minimum": 0, "maximum": 1},
                        rule="maximum",
                    )
        if "include" in data_keys:
            data_keys.remove("include")
            data__include = data["include"]
            if not isinstance(data__include, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".include must be array",
                    value=data__include,
                    name="" + (name_prefix or "data") + ".include",
                    definition={"type": "array", "items": {"type": "string", "enum": ["logprobs"]}},
                    rule="type",
                )
            data__include_is_list = isinstance(data__include, (list, tuple))
            if data__include_is_list:
                data__include_len = len(data__include)
                for data__include_x, data__include_item in enumerate(data__include):
                    if not isinstance(data__include_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[{data__include_x}]".format(**locals())
                            + " must be string",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[{data__include_x}]".format(**locals()) + "",
                            definition={"type": "string", "enum": ["logprobs"]},
                            rule="type",
                        )
                    if not (isinstance(data__include_item, str) and data__include_item == "logprobs"):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".include[{data__include_x}]".format(**locals())
                            + " must be one of ['logprobs']",
                            value=data__include_item,
                            name="" + (name_prefix or "data") + ".include[{data__include_x}]".format(**locals()) + "",
                            definition={"type": "string", "enum": ["logprobs"]},
                            rule="enum",
                        )
        if "timestamp_granularities[]" in data_keys:
            data_keys.remove("timestamp_granularities[]")
            data__timestampgranularities = data["timestamp_granularities[]"]
            if not isinstance(data__timestampgranularities, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".timestamp_granularities[] must be array",
                    value=data__timestampgranularities,
                    name="" + (name_prefix or "data") + ".timestamp_granularities[]",
                    definition={"type": "array", "items": {"type": "string", "enum": ["word", "segment"]}},
                    rule="type",
                )
            data__timestampgranularities_is_list = isinstance(data__timestampgranularities, (list, tuple))
            if data__timestampgranularities_is_list:
                data__timestampgranularities_len = len(data__timestampgranularities)
                for data__timestampgranularities_x, data__timestampgranularities_item in enumerate(
                    data__timestampgranularities
                ):
                    if not isinstance(data__timestampgranularities_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".timestamp_granularities[][{data__timestampgranularities_x}]".format(**locals())
                            + " must be string",
                            value=data__timestampgranularities_item,
                            name=""
                            + (name_prefix or "data")
                            + ".timestamp_granularities[][{data__timestampgranularities_x}]".format(**locals())
                            + "",
                            definition={"type": "string", "enum": ["word", "segment"]},
                            rule="type",
                        )
                    if not (
                        isinstance(data__timestampgranularities_item, str)
                        and data__timestampgranularities_item == "word"
                        or isinstance(data__timestampgranularities_item, str)
                        and data__timestampgranularities_item == "segment"
                    ):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".timestamp_granularities[][{data__timestampgranularities_x}]".format(**locals())
                            + " must be one of ['word', 'segment']",
                            value=data__timestampgranularities_item,
                            name=""
                            + (name_prefix or "data")
                            + ".timestamp_granularities[][{data__timestampgranularities_x}]".format(**locals())
                            + "",
                            definition={"type": "string", "enum": ["word", "segment"]},
                            rule="enum",
                        )
        if "stream" in data_keys:
            data_keys.remove("stream")
            data__stream = data["stream"]
            if not isinstance(data__stream, (bool)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".stream must be boolean",
                    value=data__stream,
                    name="" + (name_prefix or "data") + ".stream",
                    definition={"type": "boolean"},
                    rule="type",
                )
        if "chunking_strategy" in data_keys:
            data_keys.remove("chunking_strategy")
            data__chunkingstrategy = data["chunking_strategy"]
            data__chunkingstrategy_any_of_count122 = 0
            if not data__chunkingstrategy_any_of_count122:
                try:
                    if not isinstance(data__chunkingstrategy, (str)):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".chunking_strategy must be string",
                            value=data__chunkingstrategy,
                            name="" + (name_prefix or "data") + ".chunking_strategy",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="type",
                        )
                    if not (isinstance(data__chunkingstrategy, str) and data__chunkingstrategy == "auto"):
                        raise JsonSchemaValueException(
                            "" + (name_prefix or "data") + ".chunking_strategy must be one of ['auto']",
                            value=data__chunkingstrategy,
                            name="" + (name_prefix or "data") + ".chunking_strategy",
                            definition={"type": "string", "enum": ["auto"]},
                            rule="enum",
                        )
                    data__chunkingstrategy_any_of_count122 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__chunkingstrategy_any_of_count122:
                try:
                    validate___definitions_vadconfig(
                        data__chunkingstrategy, custom_formats, (name_prefix or "data") + ".chunking_strategy"
                    )
                    data__chunkingstrategy_any_of_count122 += 1
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    pass
            if not data__chunkingstrategy_any_of_count122:
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".chunking_strategy cannot be validated by any definition",
                    value=data__chunkingstrategy,
                    name="" + (name_prefix or "data") + ".chunking_strategy",
                    definition={
                        "anyOf": [
                            {"type": "string", "enum": ["auto"]},
                            {
                                "type": "object",
                                "required": ["type"],
                                "properties": {
                                    "type": {"type": "string", "const": "server_vad"},
                                    "prefix_padding_ms": {"type": "integer"},
                                    "silence_duration_ms": {"type": "integer"},
                                    "threshold": {"type": "number"},
                                },
                            },
                        ]
                    },
                    rule="anyOf",
                )
        if "known_speaker_names" in data_keys:
            data_keys.remove("known_speaker_names")
            data__knownspeakernames = data["known_speaker_names"]
            if not isinstance(data__knownspeakernames, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".known_speaker_names must be array",
                    value=data__knownspeakernames,
                    name="" + (name_prefix or "data") + ".known_speaker_names",
                    definition={"type": "array", "maxItems": 4, "items": {"type": "string"}},
                    rule="type",
                )
            data__knownspeakernames_is_list = isinstance(data__knownspeakernames, (list, tuple))
            if data__knownspeakernames_is_list:
                data__knownspeakernames_len = len(data__knownspeakernames)
                if data__knownspeakernames_len > 4:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".known_speaker_names must contain less than or equal to 4 items",
                        value=data__knownspeakernames,
                        name="" + (name_prefix or "data") + ".known_speaker_names",
                        definition={"type": "array", "maxItems": 4, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__knownspeakernames_x, data__knownspeakernames_item in enumerate(data__knownspeakernames):
                    if not isinstance(data__knownspeakernames_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".known_speaker_names[{data__knownspeakernames_x}]".format(**locals())
                            + " must be string",
                            value=data__knownspeakernames_item,
                            name=""
                            + (name_prefix or "data")
                            + ".known_speaker_names[{data__knownspeakernames_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
        if "known_speaker_references" in data_keys:
            data_keys.remove("known_speaker_references")
            data__knownspeakerreferences = data["known_speaker_references"]
            if not isinstance(data__knownspeakerreferences, (list, tuple)):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".known_speaker_references must be array",
                    value=data__knownspeakerreferences,
                    name="" + (name_prefix or "data") + ".known_speaker_references",
                    definition={"type": "array", "maxItems": 4, "items": {"type": "string"}},
                    rule="type",
                )
            data__knownspeakerreferences_is_list = isinstance(data__knownspeakerreferences, (list, tuple))
            if data__knownspeakerreferences_is_list:
                data__knownspeakerreferences_len = len(data__knownspeakerreferences)
                if data__knownspeakerreferences_len > 4:
                    raise JsonSchemaValueException(
                        ""
                        + (name_prefix or "data")
                        + ".known_speaker_references must contain less than or equal to 4 items",
                        value=data__knownspeakerreferences,
                        name="" + (name_prefix or "data") + ".known_speaker_references",
                        definition={"type": "array", "maxItems": 4, "items": {"type": "string"}},
                        rule="maxItems",
                    )
                for data__knownspeakerreferences_x, data__knownspeakerreferences_item in enumerate(
                    data__knownspeakerreferences
                ):
                    if not isinstance(data__knownspeakerreferences_item, (str)):
                        raise JsonSchemaValueException(
                            ""
                            + (name_prefix or "data")
                            + ".known_speaker_references[{data__knownspeakerreferences_x}]".format(**locals())
                            + " must be string",
                            value=data__knownspeakerreferences_item,
                            name=""
                            + (name_prefix or "data")
                            + ".known_speaker_references[{data__knownspeakerreferences_x}]".format(**locals())
                            + "",
                            definition={"type": "string"},
                            rule="type",
                        )
    return data


def validate___definitions_vadconfig(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException(
            "" + (name_prefix or "data") + " must be object",
            value=data,
            name="" + (name_prefix or "data") + "",
            definition={
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "const": "server_vad"},
                    "prefix_padding_ms": {"type": "integer"},
                    "silence_duration_ms": {"type": "integer"},
                    "threshold": {"type": "number"},
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
                        "type": {"type": "string", "const": "server_vad"},
                        "prefix_padding_ms": {"type": "integer"},
                        "silence_duration_ms": {"type": "integer"},
                        "threshold": {"type": "number"},
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
                    definition={"type": "string", "const": "server_vad"},
                    rule="type",
                )
            if not (isinstance(data__type, str) and data__type == "server_vad"):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".type must be same as const definition: server_vad",
                    value=data__type,
                    name="" + (name_prefix or "data") + ".type",
                    definition={"type": "string", "const": "server_vad"},
                    rule="const",
                )
        if "prefix_padding_ms" in data_keys:
            data_keys.remove("prefix_padding_ms")
            data__prefixpaddingms = data["prefix_padding_ms"]
            if (
                not isinstance(data__prefixpaddingms, (int))
                and not (isinstance(data__prefixpaddingms, float) and data__prefixpaddingms.is_integer())
                or isinstance(data__prefixpaddingms, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".prefix_padding_ms must be integer",
                    value=data__prefixpaddingms,
                    name="" + (name_prefix or "data") + ".prefix_padding_ms",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "silence_duration_ms" in data_keys:
            data_keys.remove("silence_duration_ms")
            data__silencedurationms = data["silence_duration_ms"]
            if (
                not isinstance(data__silencedurationms, (int))
                and not (isinstance(data__silencedurationms, float) and data__silencedurationms.is_integer())
                or isinstance(data__silencedurationms, bool)
            ):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".silence_duration_ms must be integer",
                    value=data__silencedurationms,
                    name="" + (name_prefix or "data") + ".silence_duration_ms",
                    definition={"type": "integer"},
                    rule="type",
                )
        if "threshold" in data_keys:
            data_keys.remove("threshold")
            data__threshold = data["threshold"]
            if not isinstance(data__threshold, (int, float, Decimal)) or isinstance(data__threshold, bool):
                raise JsonSchemaValueException(
                    "" + (name_prefix or "data") + ".threshold must be number",
                    value=data__threshold,
                    name="" + (name_prefix or "data") + ".threshold",
                    definition={"type": "number"},
                    rule="type",
                )
    return data


validate = validate___operations_create_transcription
