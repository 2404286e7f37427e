# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class PromptCacheOptionsTtl(StrEnum):
    VALUE_0 = "30m"

    def __str__(self) -> str:
        return str(self.value)
