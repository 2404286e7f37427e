# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.files`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "files.list": (
        "listFiles",
        "List files",
        "The files that belong to the key's organization. The relay answers all of them at once; servers that page take `limit`, `order` and `after` and say `has_more`.",
        False,
        False,
        (
            (
                "purpose",
                "str",
                False,
                "Only return files with this purpose (`assistants`, `batch`, `fine-tune`, `vision`, `user_data`, `evals`, ...).",
                (),
            ),
            (
                "limit",
                "int",
                False,
                "How many files to return, 1 to 10000; servers that page answer 10000 by default.",
                (),
            ),
            ("order", "choice", False, "By `created_at`, `asc` or `desc` (the server's default).", ("asc", "desc")),
            ("after", "str", False, "A file ID; the answer starts after it (the `last_id` of the page before).", ()),
        ),
    ),
    "files.create": (
        "createFile",
        "Upload a file",
        "Uploads a file (multipart) for later use by ID: training data for fine-tuning, inputs of the Batch API, files for assistants. The answer is the file's metadata, with `status` uploaded; it becomes processed (or error) once the server has read it. Stock new-api builds do not relay this route and answer 501 `api_not_implemented`.",
        False,
        False,
        (
            ("file", "file", True, "The file to upload.", ()),
            (
                "purpose",
                "choice",
                True,
                "What the file is for: `assistants` (Assistants and message files), `batch` (Batch API input), `fine-tune`, `vision` (images for fine-tuning vision models), `user_data` (any file as model input) or `evals`.",
                ("assistants", "batch", "fine-tune", "vision", "user_data", "evals"),
            ),
            (
                "expires_after",
                "json",
                False,
                "When the file expires; by default `batch` files expire after 30 days and the others are kept until deleted.",
                (),
            ),
        ),
    ),
    "files.retrieve": (
        "retrieveFile",
        "Retrieve a file",
        "The file's metadata (its bytes come from `GET /v1/files/{file_id}/content`).",
        False,
        False,
        (("file_id", "str", True, "The ID of the file.", ()),),
    ),
    "files.delete": (
        "deleteFile",
        "Delete a file",
        "Deletes an uploaded file; the answer says whether it was deleted. Fine-tuning jobs and assistants that used it keep what they already read. Relays that do not serve files answer 501 `api_not_implemented`.",
        False,
        False,
        (("file_id", "str", True, "The ID of the file.", ()),),
    ),
    "files.content": (
        "downloadFile",
        "Retrieve the content of a file",
        "The bytes of an uploaded file, exactly as uploaded, whatever its media type (a client should read them as binary, not JSON). Files with purpose `assistants` may be refused by the server; relays that do not serve files answer 501 `api_not_implemented`.",
        False,
        True,
        (("file_id", "str", True, "The ID of the file.", ()),),
    ),
}
