# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.fine_tuning.jobs.checkpoints``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_FINE_TUNING_JOB_CHECKPOINTS = Operation(
    operation_id="listFineTuningJobCheckpoints",
    method="GET",
    path="/v1/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints",
    module="wushuang_client.api.fine_tuning.list_fine_tuning_job_checkpoints",
    params=(
        Param("fine_tuning_job_id", "fine_tuning_job_id", "path", builder_name="fine_tuning_job_id"),
        Param("after", "after", "query"),
        Param("limit", "limit", "query"),
    ),
    response_kind="json",
    validator="list_fine_tuning_job_checkpoints",
    model="ListFineTuningJobCheckpointsResponse",
    paginate="cursor",
    item_model="FineTuningJobCheckpoint",
)

OPERATIONS: dict[str, Operation] = {
    "listFineTuningJobCheckpoints": LIST_FINE_TUNING_JOB_CHECKPOINTS,
}
