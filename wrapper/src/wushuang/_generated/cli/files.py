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
        "",
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
        "",
        False,
        False,
        (("file_id", "str", True, "The ID of the file.", ()),),
    ),
    "files.content": (
        "downloadFile",
        "Retrieve the content of a file",
        "",
        False,
        True,
        (("file_id", "str", True, "The ID of the file.", ()),),
    ),
}
