# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.assistants.files``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_ASSISTANT_FILES = Operation(
    operation_id="listAssistantFiles",
    method="GET",
    path="/v1/assistants/{assistant_id}/files",
    module="wushuang_client.api.assistants.list_assistant_files",
    params=(
        Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
    ),
    response_kind="json",
    validator="list_assistant_files",
    model="ListAssistantFilesResponse",
    paginate="cursor",
    item_model="AssistantFile",
    beta="assistants",
)
CREATE_ASSISTANT_FILE = Operation(
    operation_id="createAssistantFile",
    method="POST",
    path="/v1/assistants/{assistant_id}/files",
    module="wushuang_client.api.assistants.create_assistant_file",
    params=(
        Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),
        Param("file_id", "file_id", "body"),
    ),
    response_kind="json",
    validator="create_assistant_file",
    body_kind="json",
    model="AssistantFile",
    beta="assistants",
)
GET_ASSISTANT_FILE = Operation(
    operation_id="getAssistantFile",
    method="GET",
    path="/v1/assistants/{assistant_id}/files/{file_id}",
    module="wushuang_client.api.assistants.get_assistant_file",
    params=(
        Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),
        Param("file_id", "file_id", "path", builder_name="file_id"),
    ),
    response_kind="json",
    validator="get_assistant_file",
    model="AssistantFile",
    beta="assistants",
)
DELETE_ASSISTANT_FILE = Operation(
    operation_id="deleteAssistantFile",
    method="DELETE",
    path="/v1/assistants/{assistant_id}/files/{file_id}",
    module="wushuang_client.api.assistants.delete_assistant_file",
    params=(
        Param("assistant_id", "assistant_id", "path", builder_name="assistant_id"),
        Param("file_id", "file_id", "path", builder_name="file_id"),
    ),
    response_kind="json",
    validator="delete_assistant_file",
    model="DeleteAssistantFileResponse",
    beta="assistants",
)

OPERATIONS: dict[str, Operation] = {
    "listAssistantFiles": LIST_ASSISTANT_FILES,
    "createAssistantFile": CREATE_ASSISTANT_FILE,
    "getAssistantFile": GET_ASSISTANT_FILE,
    "deleteAssistantFile": DELETE_ASSISTANT_FILE,
}
