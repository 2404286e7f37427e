# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class PromptCacheBreakpointMode(StrEnum):
    EXPLICIT = "explicit"

    def __str__(self) -> str:
        return str(self.value)
