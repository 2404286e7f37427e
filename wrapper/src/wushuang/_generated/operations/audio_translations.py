# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.audio.translations``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_TRANSLATION = Operation(
    operation_id="createTranslation",
    method="POST",
    path="/v1/audio/translations",
    module="wushuang_client.api.audio.create_translation",
    params=(
        Param("file", "file", "body", binary=True),
        Param("model", "model", "body"),
        Param("prompt", "prompt", "body"),
        Param("response_format", "response_format", "body"),
        Param("temperature", "temperature", "body"),
    ),
    response_kind="json_or_text",
    validator="create_translation",
    body_kind="multipart",
    model="CreateTranslationResponse",
)

OPERATIONS: dict[str, Operation] = {
    "createTranslation": CREATE_TRANSLATION,
}
