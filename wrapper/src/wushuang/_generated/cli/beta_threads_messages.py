# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.beta.threads.messages`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "beta.threads.messages.list": (
        "listMessages",
        "List the messages of a thread",
        "The messages of a thread, newest first by default, one page at a time with `limit`, `order`, `after` and `before`; `run_id` keeps only the messages one run wrote.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the messages belong to.", ()),
            ("limit", "int", False, "How many objects to return, 1 to 100; the server's default is 20.", ()),
            ("order", "choice", False, "Sort order by `created_at`; the server's default is `desc`.", ("asc", "desc")),
            ("after", "str", False, "The ID of the object after which the page starts (a cursor).", ()),
            ("before", "str", False, "The ID of the object before which the page ends (a cursor).", ()),
            ("run_id", "str", False, "Only the messages the run with this ID created.", ()),
        ),
    ),
    "beta.threads.messages.create": (
        "createMessage",
        "Create a message",
        "Adds a message to a thread, usually from the user (`role` user), with up to 10 file IDs; the thread's next run reads it. A thread with an active run accepts no new message until the run ends.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the messages belong to.", ()),
            (
                "role",
                "choice",
                True,
                "`user` for a message from the user (most cases), `assistant` to insert a message as if the assistant had written it.",
                ("user", "assistant"),
            ),
            (
                "content",
                "json_or_text",
                True,
                "The text of the message, up to 256,000 characters, or (today's API) a list of text and image parts.",
                (),
            ),
            (
                "file_ids",
                "json",
                False,
                "Up to 10 IDs of files the message uses, for the retrieval and code_interpreter tools (v1; today's API takes `attachments`). Server default: none.",
                (),
            ),
            (
                "metadata",
                "json",
                False,
                "Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).",
                (),
            ),
            (
                "attachments",
                "json",
                False,
                "Files attached to the message and the tools to add them to (today's API; v1 uses `file_ids`).",
                (),
            ),
        ),
    ),
    "beta.threads.messages.retrieve": (
        "getMessage",
        "Retrieve a message",
        "One message of a thread by its ID: its role, content parts (text with annotations, image files), file IDs and the run that wrote it, if any.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the message belongs to.", ()),
            ("message_id", "str", True, "The ID of the message.", ()),
        ),
    ),
    "beta.threads.messages.update": (
        "modifyMessage",
        "Modify a message",
        "Only the `metadata` can be modified.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the message belongs to.", ()),
            ("message_id", "str", True, "The ID of the message.", ()),
            (
                "metadata",
                "json",
                False,
                "Up to 16 key-value pairs of your own (keys up to 64, values up to 512 characters).",
                (),
            ),
        ),
    ),
}
