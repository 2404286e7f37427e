# Generated from openapi/wushuang.yaml (sha256 3854e09bb91a9171) by generator/ — do not edit by hand.
from enum import StrEnum


class ResponseFormatType(StrEnum):
    JSON_OBJECT = "json_object"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
