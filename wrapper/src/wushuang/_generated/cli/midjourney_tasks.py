# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.midjourney.tasks`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "midjourney.tasks.fetch": (
        "fetchTask",
        "Get a task by its ID",
        "The polling endpoint of every Midjourney task.",
        False,
        False,
        (("task_id", "str", True, "The task ID returned by a submit.", ()),),
    ),
    "midjourney.tasks.list_by_condition": (
        "listTasksByCondition",
        "Get several tasks by their IDs",
        "The tasks of the given IDs, in one call (a batch of the fetch operation). Unknown IDs are left out of the answer, so it may be shorter than the list sent, or empty; its order is the server's.",
        False,
        False,
        (("ids", "json", True, "The task IDs to look up; unknown ones are left out of the answer.", ()),),
    ),
    "midjourney.tasks.image_seed": (
        "getTaskImageSeed",
        "Get the seed of a task's image",
        "The seed Midjourney used for a finished task's image, to reproduce it with `--seed`; the task must have finished (it needs the job's message hash). Answers in the submit envelope, `result` being the seed as a string; a task with no message hash yet is refused with code 4.",
        False,
        False,
        (("task_id", "str", True, "The task ID returned by a submit.", ()),),
    ),
}
