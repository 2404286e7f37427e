# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
# mypy: ignore-errors
# ruff: noqa
"""Validates the arguments of createRerank (wire names); compiled by fastjsonschema."""

from decimal import Decimal
from wushuang._core.validation import SchemaError


_S1 = {"type": "string"}
_S2 = {"type": "boolean"}
_S3 = {"type": "integer", "minimum": 1}
_S4 = {"type": "string", "minLength": 1}
_S5 = {"type": "array", "minItems": 1, "items": _S1}
_S6 = {
    "type": "object",
    "properties": {"model": _S4, "query": _S1, "documents": _S5, "top_n": _S3, "return_documents": _S2},
    "required": ["documents", "model", "query"],
}


def validate(data, path="data"):
    if not isinstance(data, dict):
        raise SchemaError.at(path, "must be object", data, _S6, "type")
    data__missing_keys = set(["documents", "model", "query"]) - data.keys()
    if data__missing_keys:
        raise SchemaError.at(path, f"must contain {str(sorted(data__missing_keys))} properties", data, _S6, "required")
    if "model" in data:
        data__model = data["model"]
        if not isinstance(data__model, str):
            raise SchemaError.at(f"{path}.model", "must be string", data__model, _S4, "type")
        if isinstance(data__model, str):
            data__model_len = len(data__model)
            if data__model_len < 1:
                raise SchemaError.at(
                    f"{path}.model", "must be longer than or equal to 1 characters", data__model, _S4, "minLength"
                )
    if "query" in data:
        data__query = data["query"]
        if not isinstance(data__query, str):
            raise SchemaError.at(f"{path}.query", "must be string", data__query, _S1, "type")
    if "documents" in data:
        data__documents = data["documents"]
        if not isinstance(data__documents, (list, tuple)):
            raise SchemaError.at(f"{path}.documents", "must be array", data__documents, _S5, "type")
        data__documents_len = len(data__documents)
        if data__documents_len < 1:
            raise SchemaError.at(f"{path}.documents", "must contain at least 1 items", data__documents, _S5, "minItems")
        for data__documents_x, data__documents_item in enumerate(data__documents):
            if not isinstance(data__documents_item, str):
                raise SchemaError.at(
                    f"{path}.documents[{data__documents_x}]", "must be string", data__documents_item, _S1, "type"
                )
    if "top_n" in data:
        data__topn = data["top_n"]
        if (
            not isinstance(data__topn, int)
            and (not (isinstance(data__topn, float) and data__topn.is_integer()))
            or isinstance(data__topn, bool)
        ):
            raise SchemaError.at(f"{path}.top_n", "must be integer", data__topn, _S3, "type")
        if isinstance(data__topn, (int, float, Decimal)) and (not isinstance(data__topn, bool)):
            if data__topn < 1:
                raise SchemaError.at(f"{path}.top_n", "must be bigger than or equal to 1", data__topn, _S3, "minimum")
    if "return_documents" in data:
        data__returndocuments = data["return_documents"]
        if not isinstance(data__returndocuments, bool):
            raise SchemaError.at(f"{path}.return_documents", "must be boolean", data__returndocuments, _S2, "type")
    return data
