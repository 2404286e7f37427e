# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class ChatCompletionCustomToolCustomFormatType1GrammarSyntax(StrEnum):
    LARK = "lark"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
