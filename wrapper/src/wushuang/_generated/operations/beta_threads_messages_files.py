# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.messages.files``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_MESSAGE_FILES = Operation(
    operation_id="listMessageFiles",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}/files",
    module="wushuang_client.api.threads.list_message_files",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
    ),
    response_kind="json",
    validator="list_message_files",
    model="ListMessageFilesResponse",
    paginate="cursor",
    item_model="MessageFile",
    beta="assistants",
)
GET_MESSAGE_FILE = Operation(
    operation_id="getMessageFile",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}/files/{file_id}",
    module="wushuang_client.api.threads.get_message_file",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("file_id", "file_id", "path", builder_name="file_id"),
    ),
    response_kind="json",
    validator="get_message_file",
    model="MessageFile",
    beta="assistants",
)

OPERATIONS: dict[str, Operation] = {
    "listMessageFiles": LIST_MESSAGE_FILES,
    "getMessageFile": GET_MESSAGE_FILE,
}
