# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.audio.transcriptions``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_TRANSCRIPTION = Operation(
    operation_id="createTranscription",
    method="POST",
    path="/v1/audio/transcriptions",
    module="wushuang_client.api.audio.create_transcription",
    params=(
        Param("file", "file", "body", binary=True),
        Param("model", "model", "body"),
        Param("language", "language", "body"),
        Param("languages", "languages", "body"),
        Param("keywords", "keywords", "body"),
        Param("prompt", "prompt", "body"),
        Param("response_format", "response_format", "body"),
        Param("temperature", "temperature", "body"),
        Param("include", "include", "body"),
        Param("timestamp_granularities", "timestamp_granularities[]", "body"),
        Param("stream", "stream", "body"),
        Param("chunking_strategy", "chunking_strategy", "body"),
        Param("known_speaker_names", "known_speaker_names", "body"),
        Param("known_speaker_references", "known_speaker_references", "body"),
    ),
    response_kind="json_or_text",
    validator="create_transcription",
    body_kind="multipart",
    model="CreateTranscriptionResponse",
    stream_model="TranscriptionStreamEvent",
)

OPERATIONS: dict[str, Operation] = {
    "createTranscription": CREATE_TRANSCRIPTION,
}
