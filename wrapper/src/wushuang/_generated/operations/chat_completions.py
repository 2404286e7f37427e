# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.chat.completions``: what the wrapper's shared machinery needs to call each."""

from wushuang._operation import Operation, Param

CREATE_CHAT_COMPLETION = Operation(
    operation_id="createChatCompletion",
    method="POST",
    path="/v1/chat/completions",
    module="wushuang_client.api.chat.create_chat_completion",
    params=(
        Param("messages", "messages", "body"),
        Param("model", "model", "body"),
        Param("audio", "audio", "body"),
        Param("frequency_penalty", "frequency_penalty", "body"),
        Param("logit_bias", "logit_bias", "body"),
        Param("logprobs", "logprobs", "body"),
        Param("top_logprobs", "top_logprobs", "body"),
        Param("max_completion_tokens", "max_completion_tokens", "body"),
        Param("max_tokens", "max_tokens", "body"),
        Param("metadata", "metadata", "body"),
        Param("modalities", "modalities", "body"),
        Param("moderation", "moderation", "body"),
        Param("n", "n", "body"),
        Param("parallel_tool_calls", "parallel_tool_calls", "body"),
        Param("prediction", "prediction", "body"),
        Param("presence_penalty", "presence_penalty", "body"),
        Param("prompt_cache_key", "prompt_cache_key", "body"),
        Param("prompt_cache_options", "prompt_cache_options", "body"),
        Param("prompt_cache_retention", "prompt_cache_retention", "body"),
        Param("reasoning_effort", "reasoning_effort", "body"),
        Param("response_format", "response_format", "body"),
        Param("safety_identifier", "safety_identifier", "body"),
        Param("seed", "seed", "body"),
        Param("service_tier", "service_tier", "body"),
        Param("stop", "stop", "body"),
        Param("store", "store", "body"),
        Param("stream", "stream", "body"),
        Param("stream_options", "stream_options", "body"),
        Param("temperature", "temperature", "body"),
        Param("top_p", "top_p", "body"),
        Param("tools", "tools", "body"),
        Param("tool_choice", "tool_choice", "body"),
        Param("verbosity", "verbosity", "body"),
        Param("web_search_options", "web_search_options", "body"),
        Param("user", "user", "body"),
        Param("function_call", "function_call", "body"),
        Param("functions", "functions", "body"),
    ),
    response_kind="json",
    validator="create_chat_completion",
    body_kind="json",
    model="CreateChatCompletionResponse",
    stream_model="CreateChatCompletionStreamResponse",
)

OPERATIONS: dict[str, Operation] = {
    "createChatCompletion": CREATE_CHAT_COMPLETION,
}
