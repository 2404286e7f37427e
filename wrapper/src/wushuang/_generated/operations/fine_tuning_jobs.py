# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.fine_tuning.jobs``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_PAGINATED_FINE_TUNING_JOBS = Operation(
    operation_id="listPaginatedFineTuningJobs",
    method="GET",
    path="/v1/fine_tuning/jobs",
    module="wushuang_client.api.fine_tuning.list_paginated_fine_tuning_jobs",
    params=(
        Param("after", "after", "query"),
        Param("limit", "limit", "query"),
        Param("metadata", "metadata", "query"),
    ),
    response_kind="json",
    validator="list_paginated_fine_tuning_jobs",
    model="ListPaginatedFineTuningJobsResponse",
    paginate="cursor",
    item_model="FineTuningJob",
)
CREATE_FINE_TUNING_JOB = Operation(
    operation_id="createFineTuningJob",
    method="POST",
    path="/v1/fine_tuning/jobs",
    module="wushuang_client.api.fine_tuning.create_fine_tuning_job",
    params=(
        Param("model", "model", "body"),
        Param("training_file", "training_file", "body"),
        Param("hyperparameters", "hyperparameters", "body"),
        Param("method", "method", "body"),
        Param("metadata", "metadata", "body"),
        Param("suffix", "suffix", "body"),
        Param("validation_file", "validation_file", "body"),
        Param("integrations", "integrations", "body"),
        Param("seed", "seed", "body"),
    ),
    response_kind="json",
    validator="create_fine_tuning_job",
    body_kind="json",
    model="FineTuningJob",
)
RETRIEVE_FINE_TUNING_JOB = Operation(
    operation_id="retrieveFineTuningJob",
    method="GET",
    path="/v1/fine_tuning/jobs/{fine_tuning_job_id}",
    module="wushuang_client.api.fine_tuning.retrieve_fine_tuning_job",
    params=(Param("fine_tuning_job_id", "fine_tuning_job_id", "path", builder_name="fine_tuning_job_id"),),
    response_kind="json",
    validator="retrieve_fine_tuning_job",
    model="FineTuningJob",
    poll_until=("succeeded", "failed", "cancelled"),
    poll_events="listFineTuningEvents",
)
CANCEL_FINE_TUNING_JOB = Operation(
    operation_id="cancelFineTuningJob",
    method="POST",
    path="/v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel",
    module="wushuang_client.api.fine_tuning.cancel_fine_tuning_job",
    params=(Param("fine_tuning_job_id", "fine_tuning_job_id", "path", builder_name="fine_tuning_job_id"),),
    response_kind="json",
    validator="cancel_fine_tuning_job",
    model="FineTuningJob",
)
LIST_FINE_TUNING_EVENTS = Operation(
    operation_id="listFineTuningEvents",
    method="GET",
    path="/v1/fine_tuning/jobs/{fine_tuning_job_id}/events",
    module="wushuang_client.api.fine_tuning.list_fine_tuning_events",
    params=(
        Param("fine_tuning_job_id", "fine_tuning_job_id", "path", builder_name="fine_tuning_job_id"),
        Param("after", "after", "query"),
        Param("limit", "limit", "query"),
    ),
    response_kind="json",
    validator="list_fine_tuning_events",
    model="ListFineTuningJobEventsResponse",
    paginate="cursor",
    item_model="FineTuningJobEvent",
)

OPERATIONS: dict[str, Operation] = {
    "listPaginatedFineTuningJobs": LIST_PAGINATED_FINE_TUNING_JOBS,
    "createFineTuningJob": CREATE_FINE_TUNING_JOB,
    "retrieveFineTuningJob": RETRIEVE_FINE_TUNING_JOB,
    "cancelFineTuningJob": CANCEL_FINE_TUNING_JOB,
    "listFineTuningEvents": LIST_FINE_TUNING_EVENTS,
}
