# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.audio.speech``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_SPEECH = Operation(
    operation_id="createSpeech",
    method="POST",
    path="/v1/audio/speech",
    module="wushuang_client.api.audio.create_speech",
    params=(
        Param("model", "model", "body"),
        Param("input", "input", "body"),
        Param("voice", "voice", "body"),
        Param("instructions", "instructions", "body"),
        Param("response_format", "response_format", "body"),
        Param("speed", "speed", "body"),
        Param("stream_format", "stream_format", "body"),
    ),
    response_kind="binary",
    validator="create_speech",
    body_kind="json",
)

OPERATIONS: dict[str, Operation] = {
    "createSpeech": CREATE_SPEECH,
}
