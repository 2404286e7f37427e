# Generated from openapi/wushuang.yaml (sha256 773223c7fd142d8c) by generator/ — do not edit by hand.
from enum import StrEnum


class AssistantsResponseFormatType(StrEnum):
    JSON_OBJECT = "json_object"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
