# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.fine_tuning.jobs`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "fine_tuning.jobs.list": (
        "listPaginatedFineTuningJobs",
        "List fine-tuning jobs",
        "The organization's fine-tuning jobs, newest first, one page at a time: pass the last job's ID as `after` for the next page while `has_more` is true. Stock new-api builds serve the older `/v1/fine-tunes` only and answer 501 `api_not_implemented` here.",
        False,
        False,
        (
            ("after", "str", False, "The ID of the last job of the previous page (a cursor).", ()),
            ("limit", "int", False, "How many jobs to return, 1 to 100; the server's default is 20.", ()),
            ("metadata", "json", False, "Only jobs with these metadata, sent as `metadata[key]=value`.", ()),
        ),
    ),
    "fine_tuning.jobs.create": (
        "createFineTuningJob",
        "Create a fine-tuning job",
        "Starts a job that creates a new model from a training file; poll it with `GET /v1/fine_tuning/jobs/{fine_tuning_job_id}` until its status is succeeded, failed or cancelled.",
        False,
        False,
        (
            (
                "model",
                "str",
                True,
                "The model to fine-tune, e.g. `gpt-4.1-mini-2025-04-14`, `gpt-4o-mini-2024-07-18`, `o4-mini-2025-04-16` (reinforcement), `gpt-3.5-turbo`, `babbage-002` or `davinci-002`.",
                (),
            ),
            (
                "training_file",
                "str",
                True,
                "The ID of an uploaded JSONL file (purpose `fine-tune`) with the training data.",
                (),
            ),
            ("hyperparameters", "json", False, "The hyperparameters of the job; each is `auto` or a value.", ()),
            (
                "method",
                "json",
                False,
                "How the model is trained: `supervised` (the default), `dpo` (direct preference optimization) or `reinforcement` (with a grader); the object named by `type` holds its settings.",
                (),
            ),
            ("metadata", "json", False, "dict[str, str] | None, as JSON.", ()),
            (
                "suffix",
                "str",
                False,
                "1 to 40 characters added to the fine-tuned model's name (`ft:gpt-3.5-turbo:openai:<suffix>:7p4lURel`). Server default null.",
                (),
            ),
            (
                "validation_file",
                "str",
                False,
                "The ID of an uploaded JSONL file (purpose `fine-tune`) with validation data, for metrics during training; not the same data as the training file.",
                (),
            ),
            ("integrations", "json", False, "Integrations to enable for the job.", ()),
            (
                "seed",
                "int",
                False,
                "0 to 2147483647; the same seed and parameters should give the same results. The server picks one when it is not set.",
                (),
            ),
        ),
    ),
    "fine_tuning.jobs.retrieve": (
        "retrieveFineTuningJob",
        "Retrieve a fine-tuning job",
        "The polling target of a job.",
        False,
        False,
        (("fine_tuning_job_id", "str", True, "The ID of the fine-tuning job (`ftjob-...`).", ()),),
    ),
    "fine_tuning.jobs.cancel": (
        "cancelFineTuningJob",
        "Cancel a fine-tuning job",
        "Stops a job that is validating files, queued or running; the answer is the job, whose status becomes cancelled. A job that has already finished cannot be cancelled.",
        False,
        False,
        (("fine_tuning_job_id", "str", True, "The ID of the fine-tuning job (`ftjob-...`).", ()),),
    ),
    "fine_tuning.jobs.list_events": (
        "listFineTuningEvents",
        "List the events of a fine-tuning job",
        "The status and progress messages of a job (validation, each training step's metrics, the end), newest first, one page at a time with `after` and `limit`.",
        False,
        False,
        (
            ("fine_tuning_job_id", "str", True, "The ID of the fine-tuning job (`ftjob-...`).", ()),
            ("after", "str", False, "The ID of the last event of the previous page (a cursor).", ()),
            ("limit", "int", False, "How many events to return; the server's default is 20.", ()),
        ),
    ),
}
