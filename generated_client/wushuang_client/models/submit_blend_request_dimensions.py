# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class SubmitBlendRequestDimensions(StrEnum):
    LANDSCAPE = "LANDSCAPE"
    PORTRAIT = "PORTRAIT"
    SQUARE = "SQUARE"

    def __str__(self) -> str:
        return str(self.value)
