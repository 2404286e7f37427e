# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.fine_tuning.jobs.checkpoints`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "fine_tuning.jobs.checkpoints.list": (
        "listFineTuningJobCheckpoints",
        "List the checkpoints of a fine-tuning job",
        "The model checkpoints saved at the end of training epochs, newest first, each usable as a model; one page at a time.",
        False,
        False,
        (
            ("fine_tuning_job_id", "str", True, "The ID of the fine-tuning job (`ftjob-...`).", ()),
            ("after", "str", False, "The ID of the last checkpoint of the previous page (a cursor).", ()),
            ("limit", "int", False, "How many checkpoints to return; the server's default is 10.", ()),
        ),
    ),
}
