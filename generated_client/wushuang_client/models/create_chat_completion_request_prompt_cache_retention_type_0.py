# Generated from openapi/wushuang.yaml (sha256 620f13c06073a0bb) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateChatCompletionRequestPromptCacheRetentionType0(StrEnum):
    IN_MEMORY = "in_memory"
    VALUE_1 = "24h"

    def __str__(self) -> str:
        return str(self.value)
