# Generated from openapi/wushuang.yaml (sha256 27c81346beef237d) by generator/ — do not edit by hand.
from enum import StrEnum


class ChatCompletionCustomToolCustomFormatType1GrammarSyntax(StrEnum):
    LARK = "lark"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
