# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
from enum import StrEnum


class FileSearchRankingOptionsRanker(StrEnum):
    AUTO = "auto"
    DEFAULT_2024_08_21 = "default_2024_08_21"

    def __str__(self) -> str:
        return str(self.value)
