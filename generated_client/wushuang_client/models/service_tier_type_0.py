# Generated from openapi/wushuang.yaml (sha256 6d7010e44c23942e) by generator/ — do not edit by hand.
from enum import StrEnum


class ServiceTierType0(StrEnum):
    AUTO = "auto"
    DEFAULT = "default"
    FAST = "fast"
    FLEX = "flex"
    PRIORITY = "priority"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
