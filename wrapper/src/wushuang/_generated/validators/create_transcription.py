# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createTranscription (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "number"}
_S2 = {"type": "string"}
_S3 = {"type": "boolean"}
_S4 = {"type": "integer"}
_S5 = {"type": "string", "enum": ["auto"]}
_S6 = {"type": "string", "enum": ["logprobs"]}
_S7 = {"type": "string", "const": "server_vad"}
_S8 = {"type": "array", "items": _S2}
_S9 = {"type": "number", "minimum": 0, "maximum": 1}
_S10 = {"type": "string", "enum": ["word", "segment"]}
_S11 = {"type": "array", "maxItems": 4, "items": _S2}
_S12 = {"type": "array", "minItems": 1, "items": _S2}
_S13 = {"type": "array", "items": _S6}
_S14 = {"type": "array", "items": _S10}
_S15 = {"type": "string", "enum": ["json", "text", "srt", "verbose_json", "vtt", "diarized_json"]}
_S16 = {
    "type": "object",
    "required": ["type"],
    "properties": {"type": _S7, "prefix_padding_ms": _S4, "silence_duration_ms": _S4, "threshold": _S1},
}
_S17 = {"anyOf": [_S5, _S16]}
_S18 = {
    "type": "object",
    "properties": {
        "file": {},
        "model": _S2,
        "language": _S2,
        "languages": _S12,
        "keywords": _S8,
        "prompt": _S2,
        "response_format": _S15,
        "temperature": _S9,
        "include": _S13,
        "timestamp_granularities[]": _S14,
        "stream": _S3,
        "chunking_strategy": _S17,
        "known_speaker_names": _S11,
        "known_speaker_references": _S11,
    },
    "required": ["file", "model"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S18, "type")
    data__missing_keys = set(["file", "model"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S18, "required")
    if "file" in data:
        data__file = data["file"]
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S2, "type")
    if "language" in data:
        data__language = data["language"]
        if not isinstance(data__language, str):
            raise SchemaError.at(f"{path}.language", "must be string", data__language, _S2, "type")
    if "languages" in data:
        data__languages = data["languages"]
        if not isinstance(data__languages, (list, tuple)):
            raise SchemaError.at(f"{path}.languages", "must be array", data__languages, _S12, "type")
        data__languages_len = len(data__languages)
        if data__languages_len < 1:
            raise SchemaError.at(
                f"{path}.languages", "must contain at least 1 items", data__languages, _S12, "minItems"
            )
        for data__languages_x, data__languages_item in enumerate(data__languages):
            if not isinstance(data__languages_item, str):
                raise SchemaError.at(
                    f"{path}.languages[{data__languages_x}]", "must be string", data__languages_item, _S2, "type"
                )
    if "keywords" in data:
        data__keywords = data["keywords"]
        if not isinstance(data__keywords, (list, tuple)):
            raise SchemaError.at(f"{path}.keywords", "must be array", data__keywords, _S8, "type")
        data__keywords_len = len(data__keywords)
        for data__keywords_x, data__keywords_item in enumerate(data__keywords):
            if not isinstance(data__keywords_item, str):
                raise SchemaError.at(
                    f"{path}.keywords[{data__keywords_x}]", "must be string", data__keywords_item, _S2, "type"
                )
    if "prompt" in data:
        data__prompt = data["prompt"]
        if not isinstance(data__prompt, str):
            raise SchemaError.at(f"{path}.prompt", "must be string", data__prompt, _S2, "type")
    if "response_format" in data:
        data__responseformat = data["response_format"]
        if not isinstance(data__responseformat, str):
            raise SchemaError.at(f"{path}.response_format", "must be string", data__responseformat, _S15, "type")
        if not (
            isinstance(data__responseformat, str)
            and data__responseformat == "json"
            or (isinstance(data__responseformat, str) and data__responseformat == "text")
            or (isinstance(data__responseformat, str) and data__responseformat == "srt")
            or (isinstance(data__responseformat, str) and data__responseformat == "verbose_json")
            or (isinstance(data__responseformat, str) and data__responseformat == "vtt")
            or (isinstance(data__responseformat, str) and data__responseformat == "diarized_json")
        ):
            raise SchemaError.at(
                f"{path}.response_format",
                "must be one of ['json', 'text', 'srt', 'verbose_json', 'vtt', 'diarized_json']",
                data__responseformat,
                _S15,
                "enum",
            )
    if "temperature" in data:
        data__temperature = data["temperature"]
        if not isinstance(data__temperature, (int, float, Decimal)) or isinstance(data__temperature, bool):
            raise SchemaError.at(f"{path}.temperature", "must be number", data__temperature, _S9, "type")
        if isinstance(data__temperature, (int, float, Decimal)) and (not isinstance(data__temperature, bool)):
            if data__temperature < 0:
                raise SchemaError.at(
                    f"{path}.temperature", "must be bigger than or equal to 0", data__temperature, _S9, "minimum"
                )
            if data__temperature > 1:
                raise SchemaError.at(
                    f"{path}.temperature", "must be smaller than or equal to 1", data__temperature, _S9, "maximum"
                )
    if "include" in data:
        data__include = data["include"]
        if not isinstance(data__include, (list, tuple)):
            raise SchemaError.at(f"{path}.include", "must be array", data__include, _S13, "type")
        data__include_len = len(data__include)
        for data__include_x, data__include_item in enumerate(data__include):
            if not isinstance(data__include_item, str):
                raise SchemaError.at(
                    f"{path}.include[{data__include_x}]", "must be string", data__include_item, _S6, "type"
                )
            if not (isinstance(data__include_item, str) and data__include_item == "logprobs"):
                raise SchemaError.at(
                    f"{path}.include[{data__include_x}]", "must be one of ['logprobs']", data__include_item, _S6, "enum"
                )
    if "timestamp_granularities[]" in data:
        data__timestampgranularities = data["timestamp_granularities[]"]
        if not isinstance(data__timestampgranularities, (list, tuple)):
            raise SchemaError.at(
                f"{path}.timestamp_granularities[]", "must be array", data__timestampgranularities, _S14, "type"
            )
        data__timestampgranularities_len = len(data__timestampgranularities)
        for data__timestampgranularities_x, data__timestampgranularities_item in enumerate(
            data__timestampgranularities
        ):
            if not isinstance(data__timestampgranularities_item, str):
                raise SchemaError.at(
                    f"{path}.timestamp_granularities[][{data__timestampgranularities_x}]",
                    "must be string",
                    data__timestampgranularities_item,
                    _S10,
                    "type",
                )
            if not (
                isinstance(data__timestampgranularities_item, str)
                and data__timestampgranularities_item == "word"
                or (
                    isinstance(data__timestampgranularities_item, str)
                    and data__timestampgranularities_item == "segment"
                )
            ):
                raise SchemaError.at(
                    f"{path}.timestamp_granularities[][{data__timestampgranularities_x}]",
                    "must be one of ['word', 'segment']",
                    data__timestampgranularities_item,
                    _S10,
                    "enum",
                )
    if "stream" in data:
        data__stream = data["stream"]
        if not isinstance(data__stream, bool):
            raise SchemaError.at(f"{path}.stream", "must be boolean", data__stream, _S3, "type")
    if "chunking_strategy" in data:
        data__chunkingstrategy = data["chunking_strategy"]
        if isinstance(data__chunkingstrategy, str):
            if not (isinstance(data__chunkingstrategy, str) and data__chunkingstrategy == "auto"):
                raise SchemaError.at(
                    f"{path}.chunking_strategy", "must be one of ['auto']", data__chunkingstrategy, _S5, "enum"
                )
        elif isinstance(data__chunkingstrategy, dict):
            validate_vadconfig(data__chunkingstrategy, f"{path}.chunking_strategy")
        else:
            raise SchemaError.at(
                f"{path}.chunking_strategy",
                "cannot be validated by any definition",
                data__chunkingstrategy,
                _S17,
                "anyOf",
            )
    if "known_speaker_names" in data:
        data__knownspeakernames = data["known_speaker_names"]
        if not isinstance(data__knownspeakernames, (list, tuple)):
            raise SchemaError.at(f"{path}.known_speaker_names", "must be array", data__knownspeakernames, _S11, "type")
        data__knownspeakernames_len = len(data__knownspeakernames)
        if data__knownspeakernames_len > 4:
            raise SchemaError.at(
                f"{path}.known_speaker_names",
                "must contain less than or equal to 4 items",
                data__knownspeakernames,
                _S11,
                "maxItems",
            )
        for data__knownspeakernames_x, data__knownspeakernames_item in enumerate(data__knownspeakernames):
            if not isinstance(data__knownspeakernames_item, str):
                raise SchemaError.at(
                    f"{path}.known_speaker_names[{data__knownspeakernames_x}]",
                    "must be string",
                    data__knownspeakernames_item,
                    _S2,
                    "type",
                )
    if "known_speaker_references" in data:
        data__knownspeakerreferences = data["known_speaker_references"]
        if not isinstance(data__knownspeakerreferences, (list, tuple)):
            raise SchemaError.at(
                f"{path}.known_speaker_references", "must be array", data__knownspeakerreferences, _S11, "type"
            )
        data__knownspeakerreferences_len = len(data__knownspeakerreferences)
        if data__knownspeakerreferences_len > 4:
            raise SchemaError.at(
                f"{path}.known_speaker_references",
                "must contain less than or equal to 4 items",
                data__knownspeakerreferences,
                _S11,
                "maxItems",
            )
        for data__knownspeakerreferences_x, data__knownspeakerreferences_item in enumerate(
            data__knownspeakerreferences
        ):
            if not isinstance(data__knownspeakerreferences_item, str):
                raise SchemaError.at(
                    f"{path}.known_speaker_references[{data__knownspeakerreferences_x}]",
                    "must be string",
                    data__knownspeakerreferences_item,
                    _S2,
                    "type",
                )
    return data


def validate_vadconfig(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S16, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S16, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S7, "type")
        if not (isinstance(data__type, str) and data__type == "server_vad"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: server_vad", data__type, _S7, "const"
            )
    if "prefix_padding_ms" in data:
        data__prefixpaddingms = data["prefix_padding_ms"]
        if (
            not isinstance(data__prefixpaddingms, int)
            and (not (isinstance(data__prefixpaddingms, float) and data__prefixpaddingms.is_integer()))
            or isinstance(data__prefixpaddingms, bool)
        ):
            raise SchemaError.at(f"{path}.prefix_padding_ms", "must be integer", data__prefixpaddingms, _S4, "type")
    if "silence_duration_ms" in data:
        data__silencedurationms = data["silence_duration_ms"]
        if (
            not isinstance(data__silencedurationms, int)
            and (not (isinstance(data__silencedurationms, float) and data__silencedurationms.is_integer()))
            or isinstance(data__silencedurationms, bool)
        ):
            raise SchemaError.at(f"{path}.silence_duration_ms", "must be integer", data__silencedurationms, _S4, "type")
    if "threshold" in data:
        data__threshold = data["threshold"]
        if not isinstance(data__threshold, (int, float, Decimal)) or isinstance(data__threshold, bool):
            raise SchemaError.at(f"{path}.threshold", "must be number", data__threshold, _S1, "type")
    return data
