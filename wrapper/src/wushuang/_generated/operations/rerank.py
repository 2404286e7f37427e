# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.rerank``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_RERANK = Operation(
    operation_id="createRerank",
    method="POST",
    path="/v1/rerank",
    module="wushuang_client.api.rerank.create_rerank",
    params=(
        Param("model", "model", "body"),
        Param("query", "query", "body"),
        Param("documents", "documents", "body"),
        Param("top_n", "top_n", "body"),
        Param("return_documents", "return_documents", "body"),
    ),
    response_kind="json",
    validator="create_rerank",
    body_kind="json",
    model="RerankResponse",
)

OPERATIONS: dict[str, Operation] = {
    "createRerank": CREATE_RERANK,
}
