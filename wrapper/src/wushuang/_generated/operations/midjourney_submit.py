# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.midjourney.submit``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

SUBMIT_IMAGINE = Operation(
    operation_id="submitImagine",
    method="POST",
    path="/mj/submit/imagine",
    module="wushuang_client.api.midjourney.submit_imagine",
    params=(
        Param("prompt", "prompt", "body"),
        Param("base64_array", "base64Array", "body", data_url="images"),
        Param("bot_type", "botType", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_imagine",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_BLEND = Operation(
    operation_id="submitBlend",
    method="POST",
    path="/mj/submit/blend",
    module="wushuang_client.api.midjourney.submit_blend",
    params=(
        Param("base64_array", "base64Array", "body", data_url="images"),
        Param("dimensions", "dimensions", "body"),
        Param("bot_type", "botType", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_blend",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_DESCRIBE = Operation(
    operation_id="submitDescribe",
    method="POST",
    path="/mj/submit/describe",
    module="wushuang_client.api.midjourney.submit_describe",
    params=(
        Param("base64", "base64", "body", data_url="image"),
        Param("bot_type", "botType", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_describe",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_CHANGE = Operation(
    operation_id="submitChange",
    method="POST",
    path="/mj/submit/change",
    module="wushuang_client.api.midjourney.submit_change",
    params=(
        Param("task_id", "taskId", "body"),
        Param("action", "action", "body"),
        Param("index", "index", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_change",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_SIMPLE_CHANGE = Operation(
    operation_id="submitSimpleChange",
    method="POST",
    path="/mj/submit/simple-change",
    module="wushuang_client.api.midjourney.submit_simple_change",
    params=(
        Param("content", "content", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_simple_change",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_ACTION = Operation(
    operation_id="submitAction",
    method="POST",
    path="/mj/submit/action",
    module="wushuang_client.api.midjourney.submit_action",
    params=(
        Param("task_id", "taskId", "body"),
        Param("custom_id", "customId", "body"),
        Param("choose_same_channel", "chooseSameChannel", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_action",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_MODAL = Operation(
    operation_id="submitModal",
    method="POST",
    path="/mj/submit/modal",
    module="wushuang_client.api.midjourney.submit_modal",
    params=(
        Param("task_id", "taskId", "body"),
        Param("prompt", "prompt", "body"),
        Param("mask_base64", "maskBase64", "body", data_url="image"),
    ),
    response_kind="json",
    validator="submit_modal",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SUBMIT_SHORTEN = Operation(
    operation_id="submitShorten",
    method="POST",
    path="/mj/submit/shorten",
    module="wushuang_client.api.midjourney.submit_shorten",
    params=(
        Param("prompt", "prompt", "body"),
        Param("bot_type", "botType", "body"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="submit_shorten",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)
SWAP_FACE = Operation(
    operation_id="swapFace",
    method="POST",
    path="/mj/insight-face/swap",
    module="wushuang_client.api.midjourney.swap_face",
    params=(
        Param("source_base64", "sourceBase64", "body", data_url="image"),
        Param("target_base64", "targetBase64", "body", data_url="image"),
        Param("notify_hook", "notifyHook", "body"),
        Param("state", "state", "body"),
    ),
    response_kind="json",
    validator="swap_face",
    body_kind="json",
    model="SubmitResult",
    envelope="midjourney",
)

OPERATIONS: dict[str, Operation] = {
    "submitImagine": SUBMIT_IMAGINE,
    "submitBlend": SUBMIT_BLEND,
    "submitDescribe": SUBMIT_DESCRIBE,
    "submitChange": SUBMIT_CHANGE,
    "submitSimpleChange": SUBMIT_SIMPLE_CHANGE,
    "submitAction": SUBMIT_ACTION,
    "submitModal": SUBMIT_MODAL,
    "submitShorten": SUBMIT_SHORTEN,
    "swapFace": SWAP_FACE,
}
