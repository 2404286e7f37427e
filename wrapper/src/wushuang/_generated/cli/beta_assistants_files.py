# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.beta.assistants.files`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "beta.assistants.files.list": (
        "listAssistantFiles",
        "List an assistant's files",
        "The files attached to an assistant (Assistants v1), one page at a time with `limit`, `order`, `after` and `before`.",
        False,
        False,
        (
            ("assistant_id", "str", True, "The ID of the assistant the files belong to.", ()),
            ("limit", "int", False, "How many objects to return, 1 to 100; the server's default is 20.", ()),
            ("order", "choice", False, "Sort order by `created_at`; the server's default is `desc`.", ("asc", "desc")),
            ("after", "str", False, "The ID of the object after which the page starts (a cursor).", ()),
            ("before", "str", False, "The ID of the object before which the page ends (a cursor).", ()),
        ),
    ),
    "beta.assistants.files.create": (
        "createAssistantFile",
        "Attach a file to an assistant",
        "Attaches a file uploaded with purpose `assistants` (`POST /v1/files`) to the assistant, for the retrieval and code_interpreter tools; the assistant file's ID is the file's ID.",
        False,
        False,
        (
            ("assistant_id", "str", True, "The ID of the assistant the files belong to.", ()),
            (
                "file_id",
                "str",
                True,
                "The ID of a file uploaded with purpose `assistants`, for the retrieval and code_interpreter tools.",
                (),
            ),
        ),
    ),
    "beta.assistants.files.retrieve": (
        "getAssistantFile",
        "Retrieve an assistant file",
        "One file attached to an assistant (Assistants v1): the assistant file's ID is the file's ID, and it carries the assistant's ID and the time it was attached.",
        False,
        False,
        (
            ("assistant_id", "str", True, "The ID of the assistant the file belongs to.", ()),
            ("file_id", "str", True, "The ID of the file.", ()),
        ),
    ),
    "beta.assistants.files.delete": (
        "deleteAssistantFile",
        "Detach a file from an assistant",
        "Deletes the association between the assistant and the file, not the file itself.",
        False,
        False,
        (
            ("assistant_id", "str", True, "The ID of the assistant the file belongs to.", ()),
            ("file_id", "str", True, "The ID of the file.", ()),
        ),
    ),
}
