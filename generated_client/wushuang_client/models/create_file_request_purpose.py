# Generated from openapi/wushuang.yaml (sha256 0a5ed54e74769205) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateFileRequestPurpose(StrEnum):
    ASSISTANTS = "assistants"
    FINE_TUNE = "fine-tune"

    def __str__(self) -> str:
        return str(self.value)
