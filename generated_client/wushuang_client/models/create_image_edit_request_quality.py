# Generated from openapi/wushuang.yaml (sha256 620f13c06073a0bb) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateImageEditRequestQuality(StrEnum):
    AUTO = "auto"
    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
