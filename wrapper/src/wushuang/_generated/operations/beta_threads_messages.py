# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.messages``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_MESSAGES = Operation(
    operation_id="listMessages",
    method="GET",
    path="/v1/threads/{thread_id}/messages",
    module="wushuang_client.api.threads.list_messages",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
        Param("run_id", "run_id", "query"),
    ),
    response_kind="json",
    validator="list_messages",
    model="ListMessagesResponse",
    paginate="cursor",
    item_model="Message",
    beta="assistants",
)
CREATE_MESSAGE = Operation(
    operation_id="createMessage",
    method="POST",
    path="/v1/threads/{thread_id}/messages",
    module="wushuang_client.api.threads.create_message",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("role", "role", "body"),
        Param("content", "content", "body"),
        Param("file_ids", "file_ids", "body"),
        Param("metadata", "metadata", "body"),
        Param("attachments", "attachments", "body"),
    ),
    response_kind="json",
    validator="create_message",
    body_kind="json",
    model="Message",
    beta="assistants",
)
GET_MESSAGE = Operation(
    operation_id="getMessage",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}",
    module="wushuang_client.api.threads.get_message",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
    ),
    response_kind="json",
    validator="get_message",
    model="Message",
    beta="assistants",
)
MODIFY_MESSAGE = Operation(
    operation_id="modifyMessage",
    method="POST",
    path="/v1/threads/{thread_id}/messages/{message_id}",
    module="wushuang_client.api.threads.modify_message",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("metadata", "metadata", "body"),
    ),
    response_kind="json",
    validator="modify_message",
    body_kind="json",
    model="Message",
    beta="assistants",
)

OPERATIONS: dict[str, Operation] = {
    "listMessages": LIST_MESSAGES,
    "createMessage": CREATE_MESSAGE,
    "getMessage": GET_MESSAGE,
    "modifyMessage": MODIFY_MESSAGE,
}
