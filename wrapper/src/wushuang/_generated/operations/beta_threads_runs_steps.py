# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.runs.steps``: what the wrapper's shared machinery needs to call each."""

from wushuang._operation import Operation, Param

LIST_RUN_STEPS = Operation(
    operation_id="listRunSteps",
    method="GET",
    path="/v1/threads/{thread_id}/runs/{run_id}/steps",
    module="wushuang_client.api.threads.list_run_steps",
    body_kind=None,
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
    model="ListRunStepsResponse",
    stream_model=None,
    paginate="cursor",
    item_model="RunStep",
    beta="assistants",
    envelope=None,
    validator="list_run_steps",
)
GET_RUN_STEP = Operation(
    operation_id="getRunStep",
    method="GET",
    path="/v1/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    module="wushuang_client.api.threads.get_run_step",
    body_kind=None,
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("run_id", "run_id", "path", builder_name="run_id"),
        Param("step_id", "step_id", "path", builder_name="step_id"),
        Param("include", "include[]", "query"),
    ),
    response_kind="json",
    model="RunStep",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta="assistants",
    envelope=None,
    validator="get_run_step",
)

OPERATIONS: dict[str, Operation] = {
    "listRunSteps": LIST_RUN_STEPS,
    "getRunStep": GET_RUN_STEP,
}
