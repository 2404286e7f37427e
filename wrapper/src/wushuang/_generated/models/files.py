# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""Response, chunk and error models (msgspec Structs), one per component schema of the spec: those of the files resource."""

from typing import TYPE_CHECKING, Annotated

from msgspec import Meta

from wushuang._core.model import ABSENT as _ABSENT
from wushuang._core.model import DataList as _DataList
from wushuang._core.model import Model as _Model

if not TYPE_CHECKING:
    from wushuang._core.model import OpenLiteral as Literal
else:
    from typing import Literal


class FileExpirationAfter(_Model, kw_only=True):
    anchor: Annotated[Literal["created_at"], Meta(description="The time the expiry counts from.")] = _ABSENT
    seconds: Annotated[int, Meta(description="Seconds after the anchor, from one hour to 30 days.")] = _ABSENT


class OpenAIFile(_Model, kw_only=True):
    id: Annotated[str, Meta(description="The file ID (`file-...`), which other operations refer to.")] = _ABSENT
    object: Annotated[str, Meta(description="Always `file`.")] | None = None
    bytes: Annotated[int, Meta(description="The size of the file in bytes.")] | None = None
    created_at: Annotated[int, Meta(description="When the file was created (Unix seconds).")] | None = None
    filename: Annotated[str, Meta(description="The name of the file.")] | None = None
    expires_at: Annotated[int, Meta(description="When the file expires (Unix seconds), if it does.")] | None = None
    purpose: (
        Annotated[
            str,
            Meta(
                description="`assistants`, `assistants_output`, `batch`, `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, `user_data` or `evals`."
            ),
        ]
        | None
    ) = None
    status: Annotated[str, Meta(description="Deprecated: `uploaded`, `processed` or `error`.")] | None = None
    status_details: (
        Annotated[
            str,
            Meta(
                description="Deprecated: why a file failed validation; for fine-tuning see the job's `error` instead."
            ),
        ]
        | None
    ) = None


class DeleteFileResponse(_Model, kw_only=True):
    id: str = _ABSENT
    deleted: bool = _ABSENT
    object: str | None = None


class ListFilesResponse(_DataList[OpenAIFile], kw_only=True):
    data: list[OpenAIFile] = _ABSENT
    object: Annotated[str, Meta(description="Always `list`.")] | None = None
    has_more: Annotated[bool, Meta(description="Whether more files follow (with `limit`).")] | None = None
    first_id: Annotated[str, Meta(description="The ID of the first file of the page.")] | None = None
    last_id: Annotated[str, Meta(description="The ID of the last file of the page, for `after`.")] | None = None


class CreateFileRequest(_Model, kw_only=True):
    file: Annotated[bytes, Meta(description="The file to upload.")] = _ABSENT
    purpose: Annotated[
        Literal["assistants", "batch", "fine-tune", "vision", "user_data", "evals"],
        Meta(
            description="What the file is for: `assistants` (Assistants and message files), `batch` (Batch API input), `fine-tune`, `vision` (images for fine-tuning vision models), `user_data` (any file as model input) or `evals`."
        ),
    ] = _ABSENT
    expires_after: FileExpirationAfter | None = None


__all__ = [
    "CreateFileRequest",
    "DeleteFileResponse",
    "FileExpirationAfter",
    "ListFilesResponse",
    "OpenAIFile",
]


for _name in __all__:
    globals()[_name].__module__ = "wushuang.types"
