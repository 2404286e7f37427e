# Generated from openapi/wushuang.yaml (sha256 14f3398b5a4bdf0a) by generator/ — do not edit by hand.
from enum import StrEnum


class ListMessagesOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
