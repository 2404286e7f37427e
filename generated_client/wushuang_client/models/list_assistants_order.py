# Generated from openapi/wushuang.yaml (sha256 082e4ab8d6ba1ca9) by generator/ — do not edit by hand.
from enum import StrEnum


class ListAssistantsOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
