# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.beta.threads.messages``: what the wrapper's shared machinery needs to call each."""

from wushuang._operation import Operation, Param

LIST_MESSAGES = Operation(
    operation_id="listMessages",
    method="GET",
    path="/v1/threads/{thread_id}/messages",
    module="wushuang_client.api.threads.list_messages",
    body_kind=None,
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
        Param("before", "before", "query"),
        Param("run_id", "run_id", "query"),
    ),
    response_kind="json",
    model="ListMessagesResponse",
    stream_model=None,
    paginate="cursor",
    item_model="Message",
    beta="assistants",
    envelope=None,
    validator="list_messages",
)
CREATE_MESSAGE = Operation(
    operation_id="createMessage",
    method="POST",
    path="/v1/threads/{thread_id}/messages",
    module="wushuang_client.api.threads.create_message",
    body_kind="json",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("role", "role", "body"),
        Param("content", "content", "body"),
        Param("file_ids", "file_ids", "body"),
        Param("metadata", "metadata", "body"),
        Param("attachments", "attachments", "body"),
    ),
    response_kind="json",
    model="Message",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta="assistants",
    envelope=None,
    validator="create_message",
)
GET_MESSAGE = Operation(
    operation_id="getMessage",
    method="GET",
    path="/v1/threads/{thread_id}/messages/{message_id}",
    module="wushuang_client.api.threads.get_message",
    body_kind=None,
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
    ),
    response_kind="json",
    model="Message",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta="assistants",
    envelope=None,
    validator="get_message",
)
MODIFY_MESSAGE = Operation(
    operation_id="modifyMessage",
    method="POST",
    path="/v1/threads/{thread_id}/messages/{message_id}",
    module="wushuang_client.api.threads.modify_message",
    body_kind="json",
    params=(
        Param("thread_id", "thread_id", "path", builder_name="thread_id"),
        Param("message_id", "message_id", "path", builder_name="message_id"),
        Param("metadata", "metadata", "body"),
    ),
    response_kind="json",
    model="Message",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta="assistants",
    envelope=None,
    validator="modify_message",
)

OPERATIONS: dict[str, Operation] = {
    "listMessages": LIST_MESSAGES,
    "createMessage": CREATE_MESSAGE,
    "getMessage": GET_MESSAGE,
    "modifyMessage": MODIFY_MESSAGE,
}
