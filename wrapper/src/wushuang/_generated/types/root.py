# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The types of ``wushuang.types`` under the names the official SDK gives them (``openai.types``)."""

from wushuang._generated.models import (
    CompletionChoice,
    CompletionUsage,
    CreateEmbeddingResponse,
    Embedding,
    Image,
    ImagesResponse,
    Model,
)
from wushuang._generated.models import CreateCompletionResponse as Completion
from wushuang._generated.models import CreateModerationResponse as ModerationCreateResponse
from wushuang._generated.models import DeleteFileResponse as FileDeleted
from wushuang._generated.models import ModerationResult as Moderation
from wushuang._generated.models import OpenAIFile as FileObject

__all__ = [
    "Completion",
    "CompletionChoice",
    "CompletionUsage",
    "CreateEmbeddingResponse",
    "Embedding",
    "FileDeleted",
    "FileObject",
    "Image",
    "ImagesResponse",
    "Model",
    "Moderation",
    "ModerationCreateResponse",
]
