# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the component schemas that two or more operations use; compiled by fastjsonschema."""

from decimal import Decimal
import re
from wushuang._core.validation import SchemaError

REGEX_PATTERNS = {"^[a-zA-Z0-9_-]{1,64}$": re.compile("^[a-zA-Z0-9_-]{1,64}\\Z")}
NoneType = type(None)


_S1 = {"type": "null"}
_S2 = {"maxLength": 64}
_S3 = {"type": "string"}
_S4 = {"type": "boolean"}
_S5 = {"type": "integer", "minimum": 0}
_S6 = {"type": "integer", "minimum": 1}
_S7 = {"type": "string", "minLength": 1}
_S8 = {"type": "string", "const": "auto"}
_S9 = {"type": "string", "const": "text"}
_S10 = {"type": "string", "maxLength": 512}
_S11 = {"type": "string", "const": "static"}
_S12 = {"type": "string", "const": "function"}
_S13 = {"type": "string", "const": "image_url"}
_S14 = {"type": "string", "const": "retrieval"}
_S15 = {"type": "string", "enum": ["explicit"]}
_S16 = {"type": "string", "const": "image_file"}
_S17 = {"type": "string", "const": "file_search"}
_S18 = {"type": "string", "const": "json_object"}
_S19 = {"type": "string", "const": "json_schema"}
_S20 = {"type": "string", "enum": ["none", "auto"]}
_S21 = {"type": "number", "minimum": 0, "maximum": 1}
_S22 = {"type": "string", "enum": ["auto", "static"]}
_S23 = {"type": "string", "const": "code_interpreter"}
_S24 = {"type": "integer", "minimum": 1, "maximum": 50}
_S25 = {"type": "object", "additionalProperties": True}
_S26 = {"type": "string", "enum": ["user", "assistant"]}
_S27 = {"anyOf": [_S4, _S1]}
_S28 = {"type": "string", "enum": ["auto", "low", "high"]}
_S29 = {"type": "integer", "minimum": -100, "maximum": 100}
_S30 = {"type": "integer", "minimum": 100, "maximum": 4096}
_S31 = {"type": "string", "enum": ["auto", "last_messages"]}
_S32 = {"type": "string", "pattern": "^[a-zA-Z0-9_-]{1,64}$"}
_S33 = {"type": "string", "minLength": 1, "maxLength": 256000}
_S34 = {"type": "string", "enum": ["none", "auto", "required"]}
_S35 = {"type": "string", "enum": ["auto", "default_2024_08_21"]}
_S36 = {"type": "array", "maxItems": 1, "items": _S3}
_S37 = {"type": "array", "maxItems": 20, "items": _S3}
_S38 = {"type": "string", "enum": ["code_interpreter", "file_search"]}
_S39 = {"type": "string", "enum": ["image_file", "image_url", "text"]}
_S40 = {"anyOf": [_S6, _S1]}
_S41 = {"type": "array", "maxItems": 10000, "items": _S3}
_S42 = {"type": "string", "enum": ["text", "json_object", "json_schema"]}
_S43 = {"type": "array", "items": _S3, "minItems": 1, "maxItems": 4}
_S44 = {"type": "array", "minItems": 1, "maxItems": 10, "items": _S3}
_S45 = {"type": "object", "required": ["name"], "properties": {"name": _S3}}
_S46 = {"type": "string", "enum": ["code_interpreter", "retrieval", "file_search", "function"]}
_S47 = {"type": "string", "enum": ["function", "code_interpreter", "retrieval", "file_search"]}
_S48 = {"type": "string", "enum": ["none", "minimal", "low", "medium", "high", "xhigh", "max"]}
_S49 = {"type": "object", "additionalProperties": _S29}
_S50 = {"type": "object", "required": ["type"], "properties": {"type": _S8}}
_S51 = {"type": "object", "required": ["type"], "properties": {"type": _S9}}
_S52 = {"type": "object", "required": ["mode"], "properties": {"mode": _S15}}
_S53 = {"type": "object", "required": ["type"], "properties": {"type": _S14}}
_S54 = {"type": "object", "required": ["type"], "properties": {"type": _S17}}
_S55 = {"type": "object", "required": ["type"], "properties": {"type": _S18}}
_S56 = {"anyOf": [_S3, _S43]}
_S57 = {"type": "object", "properties": {"file_ids": _S37}}
_S58 = {"type": "object", "required": ["type"], "properties": {"type": _S22}}
_S59 = {"type": "object", "required": ["type"], "properties": {"type": _S23}}
_S60 = {"type": "object", "properties": {"vector_store_ids": _S36}}
_S61 = {"anyOf": [_S48, _S1]}
_S62 = {"type": "object", "required": ["type"], "properties": {"type": _S38}}
_S63 = {"type": "object", "required": ["type"], "properties": {"type": _S39}}
_S64 = {"type": "object", "required": ["type"], "properties": {"type": _S42}}
_S65 = {"type": "object", "maxProperties": 16, "propertyNames": _S2, "additionalProperties": _S10}
_S66 = {"type": "object", "required": ["type", "text"], "properties": {"type": _S9, "text": _S3}}
_S67 = {
    "type": "array",
    "items": {
        "oneOf": [
            {"$ref": "#/definitions/AssistantToolsCode"},
            {"$ref": "#/definitions/AssistantToolsFileSearchTypeOnly"},
        ]
    },
}
_S68 = {"type": "object", "required": ["file_id"], "properties": {"file_id": _S3, "detail": _S28}}
_S69 = {"type": "object", "required": ["type"], "properties": {"type": _S46}}
_S70 = {"type": "object", "required": ["url"], "properties": {"url": _S7, "detail": _S28}}
_S71 = {"anyOf": [_S65, _S1]}
_S72 = {
    "x-sdk-type": ["chat.ChatCompletionStreamOptionsParam"],
    "type": "object",
    "properties": {"include_usage": _S4, "include_obfuscation": _S4},
}
_S73 = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "file_id": _S3,
            "tools": {"type": "array", "items": {"$ref": "#/definitions/MessageAttachmentTool"}},
        },
    },
}
_S74 = {"type": "object", "required": ["type"], "properties": {"type": _S31, "last_messages": _S40}}
_S75 = {"type": "object", "required": ["score_threshold"], "properties": {"ranker": _S35, "score_threshold": _S21}}
_S76 = {"anyOf": [_S73, _S1]}
_S77 = {
    "anyOf": [
        _S20,
        {
            "oneOf": [
                {"$ref": "#/definitions/ResponseFormatText"},
                {"$ref": "#/definitions/ResponseFormatJsonObject"},
                {"$ref": "#/definitions/ResponseFormatJsonSchema"},
            ]
        },
    ]
}
_S78 = {"type": "object", "properties": {"file_id": _S3, "tools": _S67}}
_S79 = {
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
_S80 = {
    "type": "object",
    "required": ["max_chunk_size_tokens", "chunk_overlap_tokens"],
    "properties": {"max_chunk_size_tokens": _S30, "chunk_overlap_tokens": _S5},
}
_S81 = {"oneOf": [_S59, _S54]}
_S82 = {"type": "object", "required": ["name"], "properties": {"name": _S32, "schema": _S25, "strict": _S27}}
_S83 = {"type": "object", "required": ["name"], "properties": {"name": _S32, "parameters": _S25, "strict": _S27}}
_S84 = {"type": "object", "required": ["type"], "properties": {"type": _S47, "function": _S45}}
_S85 = {"type": "object", "required": ["type", "image_file"], "properties": {"type": _S16, "image_file": _S68}}
_S86 = {"anyOf": [_S33, _S79]}
_S87 = {"type": "object", "required": ["type", "image_url"], "properties": {"type": _S13, "image_url": _S70}}
_S88 = {
    "oneOf": [
        _S50,
        {
            "type": "object",
            "required": ["type", "static"],
            "properties": {"type": _S11, "static": {"$ref": "#/definitions/ChunkingStrategyStaticSettings"}},
        },
    ]
}
_S89 = {
    "anyOf": [
        _S34,
        {
            "type": "object",
            "required": ["type"],
            "properties": {"type": _S47, "function": {"$ref": "#/definitions/AssistantsNamedToolChoiceFunction"}},
        },
    ]
}
_S90 = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "type": _S17,
        "file_search": {
            "type": "object",
            "properties": {
                "max_num_results": _S24,
                "ranking_options": {"$ref": "#/definitions/FileSearchRankingOptions"},
            },
        },
    },
}
_S91 = {
    "type": "array",
    "maxItems": 1,
    "items": {
        "type": "object",
        "properties": {
            "file_ids": _S41,
            "chunking_strategy": {"$ref": "#/definitions/ChunkingStrategy"},
            "metadata": {"anyOf": [{"$ref": "#/definitions/Metadata"}, _S1]},
        },
    },
}
_S92 = {"type": "object", "properties": {"code_interpreter": _S57, "file_search": _S60}}
_S93 = {"type": "object", "properties": {"max_num_results": _S24, "ranking_options": _S75}}
_S94 = {"type": "object", "required": ["type", "static"], "properties": {"type": _S11, "static": _S80}}
_S95 = {"type": "object", "required": ["type", "function"], "properties": {"type": _S12, "function": _S83}}
_S96 = {"type": "object", "required": ["type", "json_schema"], "properties": {"type": _S19, "json_schema": _S82}}
_S97 = {
    "type": "object",
    "properties": {
        "code_interpreter": _S57,
        "file_search": {
            "type": "object",
            "properties": {
                "vector_store_ids": _S36,
                "vector_stores": {"type": "array", "maxItems": 1, "items": {"$ref": "#/definitions/NewVectorStore"}},
            },
        },
    },
}
_S98 = {
    "type": "object",
    "properties": {
        "file_ids": _S41,
        "chunking_strategy": {
            "oneOf": [{"$ref": "#/definitions/ChunkingStrategyAuto"}, {"$ref": "#/definitions/ChunkingStrategyStatic"}]
        },
        "metadata": _S71,
    },
}
_S99 = {"type": "object", "properties": {"vector_store_ids": _S36, "vector_stores": _S91}}
_S100 = {
    "oneOf": [
        {
            "type": "object",
            "required": ["type", "image_file"],
            "properties": {"type": _S16, "image_file": {"$ref": "#/definitions/MessageRequestImageFile"}},
        },
        {
            "type": "object",
            "required": ["type", "image_url"],
            "properties": {"type": _S13, "image_url": {"$ref": "#/definitions/MessageRequestImageUrl"}},
        },
        _S66,
    ]
}
_S101 = {
    "oneOf": [
        _S59,
        _S53,
        {
            "type": "object",
            "required": ["type"],
            "properties": {"type": _S17, "file_search": {"$ref": "#/definitions/AssistantToolsFileSearchSettings"}},
        },
        {
            "type": "object",
            "required": ["type", "function"],
            "properties": {"type": _S12, "function": {"$ref": "#/definitions/FunctionDefinition"}},
        },
    ]
}
_S102 = {"oneOf": [_S51, _S55, _S96]}
_S103 = {
    "type": "object",
    "required": ["role", "content"],
    "properties": {"role": _S26, "content": _S86, "file_ids": _S44, "metadata": _S71, "attachments": _S76},
}


def validate_assistantsnamedtoolchoice(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S84, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S84, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S47, "type")
        if not (
            isinstance(data__type, str)
            and data__type == "function"
            or (isinstance(data__type, str) and data__type == "code_interpreter")
            or (isinstance(data__type, str) and data__type == "retrieval")
            or (isinstance(data__type, str) and data__type == "file_search")
        ):
            raise SchemaError.at(
                f"{path}.type",
                "must be one of ['function', 'code_interpreter', 'retrieval', 'file_search']",
                data__type,
                _S47,
                "enum",
            )
    if "function" in data:
        data__function = data["function"]
        validate_assistantsnamedtoolchoicefunction(data__function, f"{path}.function")
    return data


def validate_assistantsnamedtoolchoicefunction(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S45, "type")
    data__missing_keys = set(["name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S45, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S3, "type")
    return data


def validate_assistantsresponseformat(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S102, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S64, "required")
    data_tag = data["type"]
    if data_tag == "text":
        validate_responseformattext(data, path)
    elif data_tag == "json_object":
        validate_responseformatjsonobject(data, path)
    elif data_tag == "json_schema":
        validate_responseformatjsonschema(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['text', 'json_object', 'json_schema']", data_tag, _S42, "enum"
        )
    return data


def validate_assistantsresponseformatoption(data, path="data"):
    if isinstance(data, str):
        if not (isinstance(data, str) and data == "none" or (isinstance(data, str) and data == "auto")):
            raise SchemaError.at(path, "must be one of ['none', 'auto']", data, _S20, "enum")
    elif isinstance(data, dict):
        validate_assistantsresponseformat(data, path)
    else:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S77, "anyOf")
    return data


def validate_assistantstoolchoiceoption(data, path="data"):
    if isinstance(data, str):
        if not (
            isinstance(data, str)
            and data == "none"
            or (isinstance(data, str) and data == "auto")
            or (isinstance(data, str) and data == "required")
        ):
            raise SchemaError.at(path, "must be one of ['none', 'auto', 'required']", data, _S34, "enum")
    elif isinstance(data, dict):
        validate_assistantsnamedtoolchoice(data, path)
    else:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S89, "anyOf")
    return data


def validate_assistanttooldefinition(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S101, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S69, "required")
    data_tag = data["type"]
    if data_tag == "code_interpreter":
        validate_assistanttoolscode(data, path)
    elif data_tag == "retrieval":
        validate_assistanttoolsretrieval(data, path)
    elif data_tag == "file_search":
        validate_assistanttoolsfilesearch(data, path)
    elif data_tag == "function":
        validate_assistanttoolsfunction(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type",
            "must be one of ['code_interpreter', 'retrieval', 'file_search', 'function']",
            data_tag,
            _S46,
            "enum",
        )
    return data


def validate_assistanttoolscode(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S59, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S59, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S23, "type")
        if not (isinstance(data__type, str) and data__type == "code_interpreter"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: code_interpreter", data__type, _S23, "const"
            )
    return data


def validate_assistanttoolsfilesearch(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S90, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S90, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S17, "type")
        if not (isinstance(data__type, str) and data__type == "file_search"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: file_search", data__type, _S17, "const"
            )
    if "file_search" in data:
        data__filesearch = data["file_search"]
        validate_assistanttoolsfilesearchsettings(data__filesearch, f"{path}.file_search")
    return data


def validate_assistanttoolsfilesearchsettings(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S93, "type")
    if "max_num_results" in data:
        data__maxnumresults = data["max_num_results"]
        if (
            not isinstance(data__maxnumresults, int)
            and (not (isinstance(data__maxnumresults, float) and data__maxnumresults.is_integer()))
            or isinstance(data__maxnumresults, bool)
        ):
            raise SchemaError.at(f"{path}.max_num_results", "must be integer", data__maxnumresults, _S24, "type")
        if isinstance(data__maxnumresults, (int, float, Decimal)) and (not isinstance(data__maxnumresults, bool)):
            if data__maxnumresults < 1:
                raise SchemaError.at(
                    f"{path}.max_num_results", "must be bigger than or equal to 1", data__maxnumresults, _S24, "minimum"
                )
            if data__maxnumresults > 50:
                raise SchemaError.at(
                    f"{path}.max_num_results",
                    "must be smaller than or equal to 50",
                    data__maxnumresults,
                    _S24,
                    "maximum",
                )
    if "ranking_options" in data:
        data__rankingoptions = data["ranking_options"]
        validate_filesearchrankingoptions(data__rankingoptions, f"{path}.ranking_options")
    return data


def validate_assistanttoolsfilesearchtypeonly(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S54, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S54, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S17, "type")
        if not (isinstance(data__type, str) and data__type == "file_search"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: file_search", data__type, _S17, "const"
            )
    return data


def validate_assistanttoolsfunction(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S95, "type")
    data__missing_keys = set(["type", "function"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S95, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S12, "type")
        if not (isinstance(data__type, str) and data__type == "function"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: function", data__type, _S12, "const"
            )
    if "function" in data:
        data__function = data["function"]
        validate_functiondefinition(data__function, f"{path}.function")
    return data


def validate_assistanttoolsretrieval(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S53, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S53, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S14, "type")
        if not (isinstance(data__type, str) and data__type == "retrieval"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: retrieval", data__type, _S14, "const"
            )
    return data


def validate_chunkingstrategy(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S88, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S58, "required")
    data_tag = data["type"]
    if data_tag == "auto":
        validate_chunkingstrategyauto(data, path)
    elif data_tag == "static":
        validate_chunkingstrategystatic(data, path)
    else:
        raise SchemaError.at(f"{path}.type", "must be one of ['auto', 'static']", data_tag, _S22, "enum")
    return data


def validate_chunkingstrategyauto(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S50, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S50, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S8, "type")
        if not (isinstance(data__type, str) and data__type == "auto"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: auto", data__type, _S8, "const")
    return data


def validate_chunkingstrategystatic(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S94, "type")
    data__missing_keys = set(["type", "static"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S94, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S11, "type")
        if not (isinstance(data__type, str) and data__type == "static"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: static", data__type, _S11, "const")
    if "static" in data:
        data__static = data["static"]
        validate_chunkingstrategystaticsettings(data__static, f"{path}.static")
    return data


def validate_chunkingstrategystaticsettings(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S80, "type")
    data__missing_keys = set(["max_chunk_size_tokens", "chunk_overlap_tokens"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S80, "required")
    if "max_chunk_size_tokens" in data:
        data__maxchunksizetokens = data["max_chunk_size_tokens"]
        if (
            not isinstance(data__maxchunksizetokens, int)
            and (not (isinstance(data__maxchunksizetokens, float) and data__maxchunksizetokens.is_integer()))
            or isinstance(data__maxchunksizetokens, bool)
        ):
            raise SchemaError.at(
                f"{path}.max_chunk_size_tokens", "must be integer", data__maxchunksizetokens, _S30, "type"
            )
        if isinstance(data__maxchunksizetokens, (int, float, Decimal)) and (
            not isinstance(data__maxchunksizetokens, bool)
        ):
            if data__maxchunksizetokens < 100:
                raise SchemaError.at(
                    f"{path}.max_chunk_size_tokens",
                    "must be bigger than or equal to 100",
                    data__maxchunksizetokens,
                    _S30,
                    "minimum",
                )
            if data__maxchunksizetokens > 4096:
                raise SchemaError.at(
                    f"{path}.max_chunk_size_tokens",
                    "must be smaller than or equal to 4096",
                    data__maxchunksizetokens,
                    _S30,
                    "maximum",
                )
    if "chunk_overlap_tokens" in data:
        data__chunkoverlaptokens = data["chunk_overlap_tokens"]
        if (
            not isinstance(data__chunkoverlaptokens, int)
            and (not (isinstance(data__chunkoverlaptokens, float) and data__chunkoverlaptokens.is_integer()))
            or isinstance(data__chunkoverlaptokens, bool)
        ):
            raise SchemaError.at(
                f"{path}.chunk_overlap_tokens", "must be integer", data__chunkoverlaptokens, _S5, "type"
            )
        if isinstance(data__chunkoverlaptokens, (int, float, Decimal)) and (
            not isinstance(data__chunkoverlaptokens, bool)
        ):
            if data__chunkoverlaptokens < 0:
                raise SchemaError.at(
                    f"{path}.chunk_overlap_tokens",
                    "must be bigger than or equal to 0",
                    data__chunkoverlaptokens,
                    _S5,
                    "minimum",
                )
    return data


def validate_createmessagerequest(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S103, "type")
    data__missing_keys = set(["role", "content"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(
            path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S103, "required"
        )
    if "role" in data:
        data__role = data["role"]
        if not isinstance(data__role, str):
            raise SchemaError.at(f"{path}.role", "must be string", data__role, _S26, "type")
        if not (
            isinstance(data__role, str)
            and data__role == "user"
            or (isinstance(data__role, str) and data__role == "assistant")
        ):
            raise SchemaError.at(f"{path}.role", "must be one of ['user', 'assistant']", data__role, _S26, "enum")
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
                        _S33,
                        "minLength",
                    )
                if data__content_len > 256000:
                    raise SchemaError.at(
                        f"{path}.content",
                        "must be shorter than or equal to 256000 characters",
                        data__content,
                        _S33,
                        "maxLength",
                    )
        elif isinstance(data__content, (list, tuple)):
            data__content_len = len(data__content)
            if data__content_len < 1:
                raise SchemaError.at(
                    f"{path}.content", "must contain at least 1 items", data__content, _S79, "minItems"
                )
            for data__content_x, data__content_item in enumerate(data__content):
                validate_messagerequestcontentpart(data__content_item, f"{path}.content[{data__content_x}]")
        else:
            raise SchemaError.at(
                f"{path}.content", "cannot be validated by any definition", data__content, _S86, "anyOf"
            )
    if "file_ids" in data:
        data__fileids = data["file_ids"]
        if not isinstance(data__fileids, (list, tuple)):
            raise SchemaError.at(f"{path}.file_ids", "must be array", data__fileids, _S44, "type")
        data__fileids_len = len(data__fileids)
        if data__fileids_len < 1:
            raise SchemaError.at(f"{path}.file_ids", "must contain at least 1 items", data__fileids, _S44, "minItems")
        if data__fileids_len > 10:
            raise SchemaError.at(
                f"{path}.file_ids", "must contain less than or equal to 10 items", data__fileids, _S44, "maxItems"
            )
        for data__fileids_x, data__fileids_item in enumerate(data__fileids):
            if not isinstance(data__fileids_item, str):
                raise SchemaError.at(
                    f"{path}.file_ids[{data__fileids_x}]", "must be string", data__fileids_item, _S3, "type"
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
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S71, "anyOf"
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
                f"{path}.attachments", "cannot be validated by any definition", data__attachments, _S76, "anyOf"
            )
    return data


def validate_createtoolresources(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S97, "type")
    if "code_interpreter" in data:
        data__codeinterpreter = data["code_interpreter"]
        validate_toolresourcescodeinterpreter(data__codeinterpreter, f"{path}.code_interpreter")
    if "file_search" in data:
        data__filesearch = data["file_search"]
        validate_createtoolresourcesfilesearch(data__filesearch, f"{path}.file_search")
    return data


def validate_createtoolresourcesfilesearch(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S99, "type")
    if "vector_store_ids" in data:
        data__vectorstoreids = data["vector_store_ids"]
        if not isinstance(data__vectorstoreids, (list, tuple)):
            raise SchemaError.at(f"{path}.vector_store_ids", "must be array", data__vectorstoreids, _S36, "type")
        data__vectorstoreids_len = len(data__vectorstoreids)
        if data__vectorstoreids_len > 1:
            raise SchemaError.at(
                f"{path}.vector_store_ids",
                "must contain less than or equal to 1 items",
                data__vectorstoreids,
                _S36,
                "maxItems",
            )
        for data__vectorstoreids_x, data__vectorstoreids_item in enumerate(data__vectorstoreids):
            if not isinstance(data__vectorstoreids_item, str):
                raise SchemaError.at(
                    f"{path}.vector_store_ids[{data__vectorstoreids_x}]",
                    "must be string",
                    data__vectorstoreids_item,
                    _S3,
                    "type",
                )
    if "vector_stores" in data:
        data__vectorstores = data["vector_stores"]
        if not isinstance(data__vectorstores, (list, tuple)):
            raise SchemaError.at(f"{path}.vector_stores", "must be array", data__vectorstores, _S91, "type")
        data__vectorstores_len = len(data__vectorstores)
        if data__vectorstores_len > 1:
            raise SchemaError.at(
                f"{path}.vector_stores",
                "must contain less than or equal to 1 items",
                data__vectorstores,
                _S91,
                "maxItems",
            )
        for data__vectorstores_x, data__vectorstores_item in enumerate(data__vectorstores):
            validate_newvectorstore(data__vectorstores_item, f"{path}.vector_stores[{data__vectorstores_x}]")
    return data


def validate_filesearchrankingoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S75, "type")
    data__missing_keys = set(["score_threshold"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S75, "required")
    if "ranker" in data:
        data__ranker = data["ranker"]
        if not isinstance(data__ranker, str):
            raise SchemaError.at(f"{path}.ranker", "must be string", data__ranker, _S35, "type")
        if not (
            isinstance(data__ranker, str)
            and data__ranker == "auto"
            or (isinstance(data__ranker, str) and data__ranker == "default_2024_08_21")
        ):
            raise SchemaError.at(
                f"{path}.ranker", "must be one of ['auto', 'default_2024_08_21']", data__ranker, _S35, "enum"
            )
    if "score_threshold" in data:
        data__scorethreshold = data["score_threshold"]
        if not isinstance(data__scorethreshold, (int, float, Decimal)) or isinstance(data__scorethreshold, bool):
            raise SchemaError.at(f"{path}.score_threshold", "must be number", data__scorethreshold, _S21, "type")
        if isinstance(data__scorethreshold, (int, float, Decimal)) and (not isinstance(data__scorethreshold, bool)):
            if data__scorethreshold < 0:
                raise SchemaError.at(
                    f"{path}.score_threshold",
                    "must be bigger than or equal to 0",
                    data__scorethreshold,
                    _S21,
                    "minimum",
                )
            if data__scorethreshold > 1:
                raise SchemaError.at(
                    f"{path}.score_threshold",
                    "must be smaller than or equal to 1",
                    data__scorethreshold,
                    _S21,
                    "maximum",
                )
    return data


def validate_functiondefinition(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S83, "type")
    data__missing_keys = set(["name"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S83, "required")
    if "name" in data:
        data__name = data["name"]
        if not isinstance(data__name, str):
            raise SchemaError.at(f"{path}.name", "must be string", data__name, _S32, "type")
        if isinstance(data__name, str):
            if not REGEX_PATTERNS["^[a-zA-Z0-9_-]{1,64}$"].search(data__name):
                raise SchemaError.at(
                    f"{path}.name", "must match pattern ^[a-zA-Z0-9_-]{1,64}$", data__name, _S32, "pattern"
                )
    if "parameters" in data:
        data__parameters = data["parameters"]
        if not isinstance(data__parameters, dict):
            raise SchemaError.at(f"{path}.parameters", "must be object", data__parameters, _S25, "type")
    if "strict" in data:
        data__strict = data["strict"]
        if isinstance(data__strict, bool):
            pass
        elif data__strict is None:
            if not isinstance(data__strict, NoneType):
                raise SchemaError.at(f"{path}.strict", "must be null", data__strict, _S1, "type")
        else:
            raise SchemaError.at(f"{path}.strict", "cannot be validated by any definition", data__strict, _S27, "anyOf")
    return data


def validate_logitbias(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S49, "type")
    data_keys = set(data.keys())
    for data_key in data_keys:
        if data_key not in []:
            data_value = data.get(data_key)
            if (
                not isinstance(data_value, int)
                and (not (isinstance(data_value, float) and data_value.is_integer()))
                or isinstance(data_value, bool)
            ):
                raise SchemaError.at(f"{path}.{data_key}", "must be integer", data_value, _S29, "type")
            if isinstance(data_value, (int, float, Decimal)) and (not isinstance(data_value, bool)):
                if data_value < -100:
                    raise SchemaError.at(
                        f"{path}.{data_key}", "must be bigger than or equal to -100", data_value, _S29, "minimum"
                    )
                if data_value > 100:
                    raise SchemaError.at(
                        f"{path}.{data_key}", "must be smaller than or equal to 100", data_value, _S29, "maximum"
                    )
    return data


def validate_messageattachmentrequest(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S78, "type")
    if "file_id" in data:
        data__fileid = data["file_id"]
        if not isinstance(data__fileid, str):
            raise SchemaError.at(f"{path}.file_id", "must be string", data__fileid, _S3, "type")
    if "tools" in data:
        data__tools = data["tools"]
        if not isinstance(data__tools, (list, tuple)):
            raise SchemaError.at(f"{path}.tools", "must be array", data__tools, _S67, "type")
        data__tools_len = len(data__tools)
        for data__tools_x, data__tools_item in enumerate(data__tools):
            validate_messageattachmenttool(data__tools_item, f"{path}.tools[{data__tools_x}]")
    return data


def validate_messageattachmenttool(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S81, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S62, "required")
    data_tag = data["type"]
    if data_tag == "code_interpreter":
        validate_assistanttoolscode(data, path)
    elif data_tag == "file_search":
        validate_assistanttoolsfilesearchtypeonly(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['code_interpreter', 'file_search']", data_tag, _S38, "enum"
        )
    return data


def validate_messagerequestcontentimagefile(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S85, "type")
    data__missing_keys = set(["type", "image_file"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S85, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S16, "type")
        if not (isinstance(data__type, str) and data__type == "image_file"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: image_file", data__type, _S16, "const"
            )
    if "image_file" in data:
        data__imagefile = data["image_file"]
        validate_messagerequestimagefile(data__imagefile, f"{path}.image_file")
    return data


def validate_messagerequestcontentimageurl(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S87, "type")
    data__missing_keys = set(["type", "image_url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S87, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S13, "type")
        if not (isinstance(data__type, str) and data__type == "image_url"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: image_url", data__type, _S13, "const"
            )
    if "image_url" in data:
        data__imageurl = data["image_url"]
        validate_messagerequestimageurl(data__imageurl, f"{path}.image_url")
    return data


def validate_messagerequestcontentpart(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be valid by one definition", data, _S100, "oneOf")
    if "type" not in data:
        raise SchemaError.at(path, "must contain ['type'] properties", data, _S63, "required")
    data_tag = data["type"]
    if data_tag == "image_file":
        validate_messagerequestcontentimagefile(data, path)
    elif data_tag == "image_url":
        validate_messagerequestcontentimageurl(data, path)
    elif data_tag == "text":
        validate_messagerequestcontenttext(data, path)
    else:
        raise SchemaError.at(
            f"{path}.type", "must be one of ['image_file', 'image_url', 'text']", data_tag, _S39, "enum"
        )
    return data


def validate_messagerequestcontenttext(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S66, "type")
    data__missing_keys = set(["type", "text"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S66, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S9, "type")
        if not (isinstance(data__type, str) and data__type == "text"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: text", data__type, _S9, "const")
    if "text" in data:
        data__text = data["text"]
        if not isinstance(data__text, str):
            raise SchemaError.at(f"{path}.text", "must be string", data__text, _S3, "type")
    return data


def validate_messagerequestimagefile(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S68, "type")
    data__missing_keys = set(["file_id"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S68, "required")
    if "file_id" in data:
        data__fileid = data["file_id"]
        if not isinstance(data__fileid, str):
            raise SchemaError.at(f"{path}.file_id", "must be string", data__fileid, _S3, "type")
    if "detail" in data:
        data__detail = data["detail"]
        if not isinstance(data__detail, str):
            raise SchemaError.at(f"{path}.detail", "must be string", data__detail, _S28, "type")
        if not (
            isinstance(data__detail, str)
            and data__detail == "auto"
            or (isinstance(data__detail, str) and data__detail == "low")
            or (isinstance(data__detail, str) and data__detail == "high")
        ):
            raise SchemaError.at(f"{path}.detail", "must be one of ['auto', 'low', 'high']", data__detail, _S28, "enum")
    return data


def validate_messagerequestimageurl(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S70, "type")
    data__missing_keys = set(["url"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S70, "required")
    if "url" in data:
        data__url = data["url"]
        if not isinstance(data__url, str):
            raise SchemaError.at(f"{path}.url", "must be string", data__url, _S7, "type")
        if isinstance(data__url, str):
            data__url_len = len(data__url)
            if data__url_len < 1:
                raise SchemaError.at(
                    f"{path}.url", "must be longer than or equal to 1 characters", data__url, _S7, "minLength"
                )
    if "detail" in data:
        data__detail = data["detail"]
        if not isinstance(data__detail, str):
            raise SchemaError.at(f"{path}.detail", "must be string", data__detail, _S28, "type")
        if not (
            isinstance(data__detail, str)
            and data__detail == "auto"
            or (isinstance(data__detail, str) and data__detail == "low")
            or (isinstance(data__detail, str) and data__detail == "high")
        ):
            raise SchemaError.at(f"{path}.detail", "must be one of ['auto', 'low', 'high']", data__detail, _S28, "enum")
    return data


def validate_metadata(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S65, "type")
    data_len = len(data)
    if data_len > 16:
        raise SchemaError.at(path, "must contain less than or equal to 16 properties", data, _S65, "maxProperties")
    data_keys = set(data.keys())
    for data_key in data_keys:
        if data_key not in []:
            data_value = data.get(data_key)
            if not isinstance(data_value, str):
                raise SchemaError.at(f"{path}.{data_key}", "must be string", data_value, _S10, "type")
            if isinstance(data_value, str):
                data_value_len = len(data_value)
                if data_value_len > 512:
                    raise SchemaError.at(
                        f"{path}.{data_key}",
                        "must be shorter than or equal to 512 characters",
                        data_value,
                        _S10,
                        "maxLength",
                    )
    if data_len != 0:
        data_property_names = True
        for data_key in data:
            try:
                if isinstance(data_key, str):
                    data_key_len = len(data_key)
                    if data_key_len > 64:
                        raise SchemaError.at(
                            path, "must be shorter than or equal to 64 characters", data_key, _S2, "maxLength"
                        )
            except SchemaError:
                data_property_names = False
        if not data_property_names:
            raise SchemaError.at(path, "must be named by propertyName definition", data, _S65, "propertyNames")
    return data


def validate_newvectorstore(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S98, "type")
    if "file_ids" in data:
        data__fileids = data["file_ids"]
        if not isinstance(data__fileids, (list, tuple)):
            raise SchemaError.at(f"{path}.file_ids", "must be array", data__fileids, _S41, "type")
        data__fileids_len = len(data__fileids)
        if data__fileids_len > 10000:
            raise SchemaError.at(
                f"{path}.file_ids", "must contain less than or equal to 10000 items", data__fileids, _S41, "maxItems"
            )
        for data__fileids_x, data__fileids_item in enumerate(data__fileids):
            if not isinstance(data__fileids_item, str):
                raise SchemaError.at(
                    f"{path}.file_ids[{data__fileids_x}]", "must be string", data__fileids_item, _S3, "type"
                )
    if "chunking_strategy" in data:
        data__chunkingstrategy = data["chunking_strategy"]
        validate_chunkingstrategy(data__chunkingstrategy, f"{path}.chunking_strategy")
    if "metadata" in data:
        data__metadata = data["metadata"]
        if isinstance(data__metadata, dict):
            validate_metadata(data__metadata, f"{path}.metadata")
        elif data__metadata is None:
            if not isinstance(data__metadata, NoneType):
                raise SchemaError.at(f"{path}.metadata", "must be null", data__metadata, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.metadata", "cannot be validated by any definition", data__metadata, _S71, "anyOf"
            )
    return data


def validate_promptcachebreakpoint(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S52, "type")
    data__missing_keys = set(["mode"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S52, "required")
    if "mode" in data:
        data__mode = data["mode"]
        if not isinstance(data__mode, str):
            raise SchemaError.at(f"{path}.mode", "must be string", data__mode, _S15, "type")
        if not (isinstance(data__mode, str) and data__mode == "explicit"):
            raise SchemaError.at(f"{path}.mode", "must be one of ['explicit']", data__mode, _S15, "enum")
    return data


def validate_reasoningeffort(data, path="data"):
    if isinstance(data, str):
        if not (
            isinstance(data, str)
            and data == "none"
            or (isinstance(data, str) and data == "minimal")
            or (isinstance(data, str) and data == "low")
            or (isinstance(data, str) and data == "medium")
            or (isinstance(data, str) and data == "high")
            or (isinstance(data, str) and data == "xhigh")
            or (isinstance(data, str) and data == "max")
        ):
            raise SchemaError.at(
                path, "must be one of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']", data, _S48, "enum"
            )
    elif data is None:
        if not isinstance(data, NoneType):
            raise SchemaError.at(path, "must be null", data, _S1, "type")
    else:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S61, "anyOf")
    return data


def validate_responseformatjsonobject(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S55, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S55, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S18, "type")
        if not (isinstance(data__type, str) and data__type == "json_object"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: json_object", data__type, _S18, "const"
            )
    return data


def validate_responseformatjsonschema(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S96, "type")
    data__missing_keys = set(["type", "json_schema"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S96, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S19, "type")
        if not (isinstance(data__type, str) and data__type == "json_schema"):
            raise SchemaError.at(
                f"{path}.type", "must be same as const definition: json_schema", data__type, _S19, "const"
            )
    if "json_schema" in data:
        data__jsonschema = data["json_schema"]
        if not isinstance(data__jsonschema, dict):
            raise SchemaError.at(f"{path}.json_schema", "must be object", data__jsonschema, _S82, "type")
        data__jsonschema__missing_keys = set(["name"]) - data__jsonschema.keys()
        if data__jsonschema__missing_keys:
            raise SchemaError.at(
                f"{path}.json_schema",
                f"must contain {str(sorted(data__jsonschema__missing_keys))} properties",
                data__jsonschema,
                _S82,
                "required",
            )
        if "name" in data__jsonschema:
            data__jsonschema__name = data__jsonschema["name"]
            if not isinstance(data__jsonschema__name, str):
                raise SchemaError.at(f"{path}.json_schema.name", "must be string", data__jsonschema__name, _S32, "type")
            if isinstance(data__jsonschema__name, str):
                if not REGEX_PATTERNS["^[a-zA-Z0-9_-]{1,64}$"].search(data__jsonschema__name):
                    raise SchemaError.at(
                        f"{path}.json_schema.name",
                        "must match pattern ^[a-zA-Z0-9_-]{1,64}$",
                        data__jsonschema__name,
                        _S32,
                        "pattern",
                    )
        if "schema" in data__jsonschema:
            data__jsonschema__schema = data__jsonschema["schema"]
            if not isinstance(data__jsonschema__schema, dict):
                raise SchemaError.at(
                    f"{path}.json_schema.schema", "must be object", data__jsonschema__schema, _S25, "type"
                )
        if "strict" in data__jsonschema:
            data__jsonschema__strict = data__jsonschema["strict"]
            if isinstance(data__jsonschema__strict, bool):
                pass
            elif data__jsonschema__strict is None:
                if not isinstance(data__jsonschema__strict, NoneType):
                    raise SchemaError.at(
                        f"{path}.json_schema.strict", "must be null", data__jsonschema__strict, _S1, "type"
                    )
            else:
                raise SchemaError.at(
                    f"{path}.json_schema.strict",
                    "cannot be validated by any definition",
                    data__jsonschema__strict,
                    _S27,
                    "anyOf",
                )
    return data


def validate_responseformattext(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S51, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S51, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S9, "type")
        if not (isinstance(data__type, str) and data__type == "text"):
            raise SchemaError.at(f"{path}.type", "must be same as const definition: text", data__type, _S9, "const")
    return data


def validate_stopsequences(data, path="data"):
    if isinstance(data, str):
        pass
    elif isinstance(data, (list, tuple)):
        data_len = len(data)
        if data_len < 1:
            raise SchemaError.at(path, "must contain at least 1 items", data, _S43, "minItems")
        if data_len > 4:
            raise SchemaError.at(path, "must contain less than or equal to 4 items", data, _S43, "maxItems")
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, str):
                raise SchemaError.at(f"{path}[{data_x}]", "must be string", data_item, _S3, "type")
    else:
        raise SchemaError.at(path, "cannot be validated by any definition", data, _S56, "anyOf")
    return data


def validate_streamoptions(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S72, "type")
    if "include_usage" in data:
        data__includeusage = data["include_usage"]
        if not isinstance(data__includeusage, bool):
            raise SchemaError.at(f"{path}.include_usage", "must be boolean", data__includeusage, _S4, "type")
    if "include_obfuscation" in data:
        data__includeobfuscation = data["include_obfuscation"]
        if not isinstance(data__includeobfuscation, bool):
            raise SchemaError.at(
                f"{path}.include_obfuscation", "must be boolean", data__includeobfuscation, _S4, "type"
            )
    return data


def validate_toolresources(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S92, "type")
    if "code_interpreter" in data:
        data__codeinterpreter = data["code_interpreter"]
        validate_toolresourcescodeinterpreter(data__codeinterpreter, f"{path}.code_interpreter")
    if "file_search" in data:
        data__filesearch = data["file_search"]
        validate_toolresourcesfilesearch(data__filesearch, f"{path}.file_search")
    return data


def validate_toolresourcescodeinterpreter(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S57, "type")
    if "file_ids" in data:
        data__fileids = data["file_ids"]
        if not isinstance(data__fileids, (list, tuple)):
            raise SchemaError.at(f"{path}.file_ids", "must be array", data__fileids, _S37, "type")
        data__fileids_len = len(data__fileids)
        if data__fileids_len > 20:
            raise SchemaError.at(
                f"{path}.file_ids", "must contain less than or equal to 20 items", data__fileids, _S37, "maxItems"
            )
        for data__fileids_x, data__fileids_item in enumerate(data__fileids):
            if not isinstance(data__fileids_item, str):
                raise SchemaError.at(
                    f"{path}.file_ids[{data__fileids_x}]", "must be string", data__fileids_item, _S3, "type"
                )
    return data


def validate_toolresourcesfilesearch(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S60, "type")
    if "vector_store_ids" in data:
        data__vectorstoreids = data["vector_store_ids"]
        if not isinstance(data__vectorstoreids, (list, tuple)):
            raise SchemaError.at(f"{path}.vector_store_ids", "must be array", data__vectorstoreids, _S36, "type")
        data__vectorstoreids_len = len(data__vectorstoreids)
        if data__vectorstoreids_len > 1:
            raise SchemaError.at(
                f"{path}.vector_store_ids",
                "must contain less than or equal to 1 items",
                data__vectorstoreids,
                _S36,
                "maxItems",
            )
        for data__vectorstoreids_x, data__vectorstoreids_item in enumerate(data__vectorstoreids):
            if not isinstance(data__vectorstoreids_item, str):
                raise SchemaError.at(
                    f"{path}.vector_store_ids[{data__vectorstoreids_x}]",
                    "must be string",
                    data__vectorstoreids_item,
                    _S3,
                    "type",
                )
    return data


def validate_truncationstrategy(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S74, "type")
    data__missing_keys = set(["type"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S74, "required")
    if "type" in data:
        data__type = data["type"]
        if not isinstance(data__type, str):
            raise SchemaError.at(f"{path}.type", "must be string", data__type, _S31, "type")
        if not (
            isinstance(data__type, str)
            and data__type == "auto"
            or (isinstance(data__type, str) and data__type == "last_messages")
        ):
            raise SchemaError.at(f"{path}.type", "must be one of ['auto', 'last_messages']", data__type, _S31, "enum")
    if "last_messages" in data:
        data__lastmessages = data["last_messages"]
        if isinstance(data__lastmessages, (int, float, Decimal)) and (not isinstance(data__lastmessages, bool)):
            if (
                not isinstance(data__lastmessages, int)
                and (not (isinstance(data__lastmessages, float) and data__lastmessages.is_integer()))
                or isinstance(data__lastmessages, bool)
            ):
                raise SchemaError.at(f"{path}.last_messages", "must be integer", data__lastmessages, _S6, "type")
            if isinstance(data__lastmessages, (int, float, Decimal)) and (not isinstance(data__lastmessages, bool)):
                if data__lastmessages < 1:
                    raise SchemaError.at(
                        f"{path}.last_messages", "must be bigger than or equal to 1", data__lastmessages, _S6, "minimum"
                    )
        elif data__lastmessages is None:
            if not isinstance(data__lastmessages, NoneType):
                raise SchemaError.at(f"{path}.last_messages", "must be null", data__lastmessages, _S1, "type")
        else:
            raise SchemaError.at(
                f"{path}.last_messages", "cannot be validated by any definition", data__lastmessages, _S40, "anyOf"
            )
    return data
