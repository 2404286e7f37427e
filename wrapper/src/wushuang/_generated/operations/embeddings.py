# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.embeddings``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_EMBEDDING = Operation(
    operation_id="createEmbedding",
    method="POST",
    path="/v1/embeddings",
    module="wushuang_client.api.embeddings.create_embedding",
    params=(
        Param("input", "input", "body"),
        Param("model", "model", "body"),
        Param("encoding_format", "encoding_format", "body"),
        Param("dimensions", "dimensions", "body"),
        Param("user", "user", "body"),
    ),
    response_kind="json",
    validator="create_embedding",
    body_kind="json",
    model="CreateEmbeddingResponse",
    decode="base64_embeddings",
)

OPERATIONS: dict[str, Operation] = {
    "createEmbedding": CREATE_EMBEDDING,
}
