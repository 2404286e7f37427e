# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.completions``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_COMPLETION = Operation(
    operation_id="createCompletion",
    method="POST",
    path="/v1/completions",
    module="wushuang_client.api.completions.create_completion",
    params=(
        Param("model", "model", "body"),
        Param("prompt", "prompt", "body"),
        Param("best_of", "best_of", "body"),
        Param("echo", "echo", "body"),
        Param("frequency_penalty", "frequency_penalty", "body"),
        Param("logit_bias", "logit_bias", "body"),
        Param("logprobs", "logprobs", "body"),
        Param("max_tokens", "max_tokens", "body"),
        Param("n", "n", "body"),
        Param("presence_penalty", "presence_penalty", "body"),
        Param("seed", "seed", "body"),
        Param("stop", "stop", "body"),
        Param("stream", "stream", "body"),
        Param("stream_options", "stream_options", "body"),
        Param("suffix", "suffix", "body"),
        Param("temperature", "temperature", "body"),
        Param("top_p", "top_p", "body"),
        Param("user", "user", "body"),
    ),
    response_kind="json",
    validator="create_completion",
    body_kind="json",
    model="CreateCompletionResponse",
    stream_model="CreateCompletionResponse",
    stream_rule="chat_chunks",
)

OPERATIONS: dict[str, Operation] = {
    "createCompletion": CREATE_COMPLETION,
}
