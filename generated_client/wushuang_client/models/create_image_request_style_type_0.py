# Generated from openapi/wushuang.yaml (sha256 3854e09bb91a9171) by generator/ — do not edit by hand.
from enum import StrEnum


class CreateImageRequestStyleType0(StrEnum):
    NATURAL = "natural"
    VIVID = "vivid"

    def __str__(self) -> str:
        return str(self.value)
