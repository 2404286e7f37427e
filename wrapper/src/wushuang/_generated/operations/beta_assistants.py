# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.assistants``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_ASSISTANTS = Operation(
    operation_id="listAssistants",
    method="GET",
    path="/v1/assistants",
    module="wushuang_client.api.assistants.list_assistants",
    params=(
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
    ),
    response_kind="json",
    validator="list_assistants",
    model="ListAssistantsResponse",
    paginate="cursor",
    item_model="Assistant",
    beta="assistants",
)
CREATE_ASSISTANT = Operation(
    operation_id="createAssistant",
    method="POST",
    path="/v1/assistants",
    module="wushuang_client.api.assistants.create_assistant",
    params=(
        Param("model", "model", "body"),
        Param("name", "name", "body"),
        Param("description", "description", "body"),
        Param("instructions", "instructions", "body"),
        Param("tools", "tools", "body"),
        Param("file_ids", "file_ids", "body"),
        Param("metadata", "metadata", "body"),
        Param("temperature", "temperature", "body"),
        Param("top_p", "top_p", "body"),
        Param("response_format", "response_format", "body"),
        Param("tool_resources", "tool_resources", "body"),
        Param("reasoning_effort", "reasoning_effort", "body"),
    ),
    response_kind="json",
    validator="create_assistant",
    body_kind="json",
    model="Assistant",
    beta="assistants",
)
GET_ASSISTANT = Operation(
    operation_id="getAssistant",
    method="GET",
    path="/v1/assistants/{assistant_id}",
    module="wushuang_client.api.assistants.get_assistant",
    params=(Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),),
    response_kind="json",
    validator="get_assistant",
    model="Assistant",
    beta="assistants",
)
MODIFY_ASSISTANT = Operation(
    operation_id="modifyAssistant",
    method="POST",
    path="/v1/assistants/{assistant_id}",
    module="wushuang_client.api.assistants.modify_assistant",
    params=(
        Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),
        Param("model", "model", "body"),
        Param("name", "name", "body"),
        Param("description", "description", "body"),
        Param("instructions", "instructions", "body"),
        Param("tools", "tools", "body"),
        Param("file_ids", "file_ids", "body"),
        Param("metadata", "metadata", "body"),
        Param("temperature", "temperature", "body"),
        Param("top_p", "top_p", "body"),
        Param("response_format", "response_format", "body"),
        Param("tool_resources", "tool_resources", "body"),
        Param("reasoning_effort", "reasoning_effort", "body"),
    ),
    response_kind="json",
    validator="modify_assistant",
    body_kind="json",
    model="Assistant",
    beta="assistants",
)
DELETE_ASSISTANT = Operation(
    operation_id="deleteAssistant",
    method="DELETE",
    path="/v1/assistants/{assistant_id}",
    module="wushuang_client.api.assistants.delete_assistant",
    params=(Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),),
    response_kind="json",
    validator="delete_assistant",
    model="DeleteAssistantResponse",
    beta="assistants",
)

OPERATIONS: dict[str, Operation] = {
    "listAssistants": LIST_ASSISTANTS,
    "createAssistant": CREATE_ASSISTANT,
    "getAssistant": GET_ASSISTANT,
    "modifyAssistant": MODIFY_ASSISTANT,
    "deleteAssistant": DELETE_ASSISTANT,
}
