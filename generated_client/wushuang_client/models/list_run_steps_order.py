# Generated from openapi/wushuang.yaml (sha256 813f67cf58f9814a) by generator/ — do not edit by hand.
from enum import StrEnum


class ListRunStepsOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
