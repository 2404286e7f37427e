# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.moderations``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_MODERATION = Operation(
    operation_id="createModeration",
    method="POST",
    path="/v1/moderations",
    module="wushuang_client.api.moderations.create_moderation",
    params=(
        Param("input", "input", "body"),
        Param("model", "model", "body"),
    ),
    response_kind="json",
    validator="create_moderation",
    body_kind="json",
    model="CreateModerationResponse",
)

OPERATIONS: dict[str, Operation] = {
    "createModeration": CREATE_MODERATION,
}
