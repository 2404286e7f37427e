# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.messages.files``: what the wrapper's shared machinery needs to call each."""

from wushuang._operation import Operation, Param

LIST_MESSAGE_FILES = Operation(
    operation_id="listMessageFiles",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}/files",
    module="wushuang_client.api.threads.list_message_files",
    body_kind=None,
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
    ),
    response_kind="json",
    model="ListMessageFilesResponse",
    stream_model=None,
    paginate="cursor",
    item_model="MessageFile",
    beta="assistants",
    envelope=None,
    validator="list_message_files",
)
GET_MESSAGE_FILE = Operation(
    operation_id="getMessageFile",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}/files/{file_id}",
    module="wushuang_client.api.threads.get_message_file",
    body_kind=None,
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("file_id", "file_id", "path", builder_name="file_id"),
    ),
    response_kind="json",
    model="MessageFile",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta="assistants",
    envelope=None,
    validator="get_message_file",
)

OPERATIONS: dict[str, Operation] = {
    "listMessageFiles": LIST_MESSAGE_FILES,
    "getMessageFile": GET_MESSAGE_FILE,
}
