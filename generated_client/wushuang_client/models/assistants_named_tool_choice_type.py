# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class AssistantsNamedToolChoiceType(StrEnum):
    CODE_INTERPRETER = "code_interpreter"
    FILE_SEARCH = "file_search"
    FUNCTION = "function"
    RETRIEVAL = "retrieval"

    def __str__(self) -> str:
        return str(self.value)
