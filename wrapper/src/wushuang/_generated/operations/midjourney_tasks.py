# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.midjourney.tasks``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

FETCH_TASK = Operation(
    operation_id="fetchTask",
    method="GET",
    path="/mj/task/{id}/fetch",
    module="wushuang_client.api.midjourney.fetch_task",
    params=(Param("task_id", "id", "path", builder_name="id"),),
    response_kind="json",
    validator="fetch_task",
    model="Task",
)
LIST_TASKS_BY_CONDITION = Operation(
    operation_id="listTasksByCondition",
    method="POST",
    path="/mj/task/list-by-condition",
    module="wushuang_client.api.midjourney.list_tasks_by_condition",
    params=(Param("ids", "ids", "body"),),
    response_kind="json",
    validator="list_tasks_by_condition",
    body_kind="json",
    model="TaskList",
)
GET_TASK_IMAGE_SEED = Operation(
    operation_id="getTaskImageSeed",
    method="GET",
    path="/mj/task/{id}/image-seed",
    module="wushuang_client.api.midjourney.get_task_image_seed",
    params=(Param("task_id", "id", "path", builder_name="id"),),
    response_kind="json",
    validator="get_task_image_seed",
    model="SubmitResult",
    envelope="midjourney",
)

OPERATIONS: dict[str, Operation] = {
    "fetchTask": FETCH_TASK,
    "listTasksByCondition": LIST_TASKS_BY_CONDITION,
    "getTaskImageSeed": GET_TASK_IMAGE_SEED,
}
