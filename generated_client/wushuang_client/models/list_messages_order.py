# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class ListMessagesOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
