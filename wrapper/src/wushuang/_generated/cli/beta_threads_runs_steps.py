# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.beta.threads.runs.steps`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "beta.threads.runs.steps.list": (
        "listRunSteps",
        "List the steps of a run",
        "The steps of a run (a message created, or tool calls made), one page at a time with `limit`, `order`, `after` and `before`; `include[]` asks for the content of file_search results.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the run and its steps belong to.", ()),
            ("run_id", "str", True, "The ID of the run the steps belong to.", ()),
            (
                "include",
                "json",
                False,
                "Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results.",
                (),
            ),
            ("limit", "int", False, "How many objects to return, 1 to 100; the server's default is 20.", ()),
            ("order", "choice", False, "Sort order by `created_at`; the server's default is `desc`.", ("asc", "desc")),
            ("after", "str", False, "The ID of the object after which the page starts (a cursor).", ()),
            ("before", "str", False, "The ID of the object before which the page ends (a cursor).", ()),
        ),
    ),
    "beta.threads.runs.steps.retrieve": (
        "getRunStep",
        "Retrieve a run step",
        "One step of a run by its ID: its type, status, details (the message it created or its tool calls) and its token usage once it has finished.",
        False,
        False,
        (
            ("thread_id", "str", True, "The ID of the thread the run and its step belong to.", ()),
            ("run_id", "str", True, "The ID of the run the step belongs to.", ()),
            ("step_id", "str", True, "The ID of the run step.", ()),
            (
                "include",
                "json",
                False,
                "Extra fields to fill in the run steps: `step_details.tool_calls[*].file_search.results[*].content` adds the content of the file_search results.",
                (),
            ),
        ),
    ),
}
