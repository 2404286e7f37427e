# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.files``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_FILES = Operation(
    operation_id="listFiles",
    method="GET",
    path="/v1/files",
    module="wushuang_client.api.files.list_files",
    params=(
        Param("purpose", "purpose", "query"),
        Param("limit", "limit", "query"),
        Param("order", "order", "query"),
        Param("after", "after", "query"),
    ),
    response_kind="json",
    validator="list_files",
    model="ListFilesResponse",
)
CREATE_FILE = Operation(
    operation_id="createFile",
    method="POST",
    path="/v1/files",
    module="wushuang_client.api.files.create_file",
    params=(
        Param("file", "file", "body", binary=True),
        Param("purpose", "purpose", "body"),
        Param("expires_after", "expires_after", "body"),
    ),
    response_kind="json",
    validator="create_file",
    body_kind="multipart",
    model="OpenAIFile",
)
RETRIEVE_FILE = Operation(
    operation_id="retrieveFile",
    method="GET",
    path="/v1/files/{file_id}",
    module="wushuang_client.api.files.retrieve_file",
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="json",
    validator="retrieve_file",
    model="OpenAIFile",
    poll_until=("processed", "error", "deleted"),
)
DELETE_FILE = Operation(
    operation_id="deleteFile",
    method="DELETE",
    path="/v1/files/{file_id}",
    module="wushuang_client.api.files.delete_file",
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="json",
    validator="delete_file",
    model="DeleteFileResponse",
)
DOWNLOAD_FILE = Operation(
    operation_id="downloadFile",
    method="GET",
    path="/v1/files/{file_id}/content",
    module="wushuang_client.api.files.download_file",
    params=(Param("file_id", "file_id", "path", builder_name="file_id"),),
    response_kind="binary",
    validator="download_file",
)

OPERATIONS: dict[str, Operation] = {
    "listFiles": LIST_FILES,
    "createFile": CREATE_FILE,
    "retrieveFile": RETRIEVE_FILE,
    "deleteFile": DELETE_FILE,
    "downloadFile": DOWNLOAD_FILE,
}
