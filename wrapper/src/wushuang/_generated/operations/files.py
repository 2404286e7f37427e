# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.files``: what the wrapper's shared machinery needs to call each."""

from wushuang._operation import Operation, Param

LIST_FILES = Operation(
    operation_id="listFiles",
    method="GET",
    path="/v1/files",
    module="wushuang_client.api.files.list_files",
    body_kind=None,
    params=(
        Param("purpose", "purpose", "query"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
    ),
    response_kind="json",
    model="ListFilesResponse",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta=None,
    envelope=None,
    validator="list_files",
)
CREATE_FILE = Operation(
    operation_id="createFile",
    method="POST",
    path="/v1/files",
    module="wushuang_client.api.files.create_file",
    body_kind="multipart",
    params=(
        Param("file", "file", "body", binary=True),
        Param("purpose", "purpose", "body"),
        Param("expires_after", "expires_after", "body"),
    ),
    response_kind="json",
    model="OpenAIFile",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta=None,
    envelope=None,
    validator="create_file",
)
RETRIEVE_FILE = Operation(
    operation_id="retrieveFile",
    method="GET",
    path="/v1/files/{file_id}",
    module="wushuang_client.api.files.retrieve_file",
    body_kind=None,
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="json",
    model="OpenAIFile",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta=None,
    envelope=None,
    validator="retrieve_file",
    poll_until=("processed", "error", "deleted"),
)
DELETE_FILE = Operation(
    operation_id="deleteFile",
    method="DELETE",
    path="/v1/files/{file_id}",
    module="wushuang_client.api.files.delete_file",
    body_kind=None,
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="json",
    model="DeleteFileResponse",
    stream_model=None,
    paginate=None,
    item_model=None,
    beta=None,
    envelope=None,
    validator="delete_file",
)
DOWNLOAD_FILE = Operation(
    operation_id="downloadFile",
    method="GET",
    path="/v1/files/{file_id}/content",
    module="wushuang_client.api.files.download_file",
    body_kind=None,
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="binary",
    model=None,
    stream_model=None,
    paginate=None,
    item_model=None,
    beta=None,
    envelope=None,
    validator="download_file",
)

OPERATIONS: dict[str, Operation] = {
    "listFiles": LIST_FILES,
    "createFile": CREATE_FILE,
    "retrieveFile": RETRIEVE_FILE,
    "deleteFile": DELETE_FILE,
    "downloadFile": DOWNLOAD_FILE,
}
