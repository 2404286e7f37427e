# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Request parameter types (TypedDicts keyed by wire names), one per component schema: those of the files resource."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class FileExpirationAfter(TypedDict):
    anchor: Literal["created_at"]
    seconds: int


class OpenAIFile(TypedDict):
    id: str
    object: NotRequired[str]
    bytes: NotRequired[int]
    created_at: NotRequired[int]
    filename: NotRequired[str]
    expires_at: NotRequired[int | None]
    purpose: NotRequired[str]
    status: NotRequired[str]
    status_details: NotRequired[str | None]


class DeleteFileResponse(TypedDict):
    id: str
    object: NotRequired[str]
    deleted: bool


class ListFilesResponse(TypedDict):
    object: NotRequired[str]
    data: list[OpenAIFile]
    has_more: NotRequired[bool]
    first_id: NotRequired[str | None]
    last_id: NotRequired[str | None]


class CreateFileRequest(TypedDict):
    file: bytes
    purpose: Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"]
    expires_after: NotRequired[FileExpirationAfter]


__all__ = [
    "CreateFileRequest",
    "DeleteFileResponse",
    "FileExpirationAfter",
    "ListFilesResponse",
    "OpenAIFile",
]
