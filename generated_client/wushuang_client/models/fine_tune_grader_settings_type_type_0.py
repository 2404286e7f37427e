# Generated from openapi/wushuang.yaml (sha256 620f13c06073a0bb) by generator/ — do not edit by hand.
from enum import StrEnum


class FineTuneGraderSettingsTypeType0(StrEnum):
    LABEL_MODEL = "label_model"
    MULTI = "multi"
    PYTHON = "python"
    SCORE_MODEL = "score_model"
    STRING_CHECK = "string_check"
    TEXT_SIMILARITY = "text_similarity"

    def __str__(self) -> str:
        return str(self.value)
