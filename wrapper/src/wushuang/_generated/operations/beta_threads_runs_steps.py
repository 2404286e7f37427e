# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.runs.steps``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_RUN_STEPS = Operation(
    operation_id="listRunSteps",
    method="GET",
    path="/v1/threads/{thread_id}/runs/{run_id}/steps",
    module="wushuang_client.api.threads.list_run_steps",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("run_id", "run_id", "path", builder_name="run_id"),
        Param("include", "include[]", "query"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
    ),
    response_kind="json",
    validator="list_run_steps",
    model="ListRunStepsResponse",
    paginate="cursor",
    item_model="RunStep",
    beta="assistants",
)
GET_RUN_STEP = Operation(
    operation_id="getRunStep",
    method="GET",
    path="/v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    module="wushuang_client.api.threads.get_run_step",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("run_id", "run_id", "path", builder_name="run_id"),
        Param("step_id", "step_id", "path", builder_name="step_id"),
        Param("include", "include[]", "query"),
    ),
    response_kind="json",
    validator="get_run_step",
    model="RunStep",
    beta="assistants",
)

OPERATIONS: dict[str, Operation] = {
    "listRunSteps": LIST_RUN_STEPS,
    "getRunStep": GET_RUN_STEP,
}
