# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class PromptCacheOptionsMode(StrEnum):
    EXPLICIT = "explicit"
    IMPLICIT = "implicit"

    def __str__(self) -> str:
        return str(self.value)
