# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.beta.threads.messages.files`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "beta.threads.messages.files.list": (
        "listMessageFiles",
        "List the files of a message",
        "The files attached to a message (Assistants v1), one page at a time with `limit`, `order`, `after` and `before`.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the message belongs to.", ()),
            ("message_id", "str", True, "The ID of the message the files belong to.", ()),
            ("limit", "int", False, "How many objects to return, 1 to 100; the server's default is 20.", ()),
            ("order", "choice", False, "Sort order by `created_at`; the server's default is `desc`.", ("asc", "desc")),
            ("after", "str", False, "The ID of the object after which the page starts (a cursor).", ()),
            ("before", "str", False, "The ID of the object before which the page ends (a cursor).", ()),
        ),
    ),
    "beta.threads.messages.files.retrieve": (
        "getMessageFile",
        "Retrieve a message file",
        "One file attached to a message (Assistants v1), with the message's ID and the time it was attached.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the message belongs to.", ()),
            ("message_id", "str", True, "The ID of the message the file belongs to.", ()),
            ("file_id", "str", True, "The ID of the file.", ()),
        ),
    ),
}
