# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.models``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

LIST_MODELS = Operation(
    operation_id="listModels",
    method="GET",
    path="/v1/models",
    module="wushuang_client.api.models.list_models",
    params=(),
    response_kind="json",
    validator="list_models",
    model="ListModelsResponse",
)
RETRIEVE_MODEL = Operation(
    operation_id="retrieveModel",
    method="GET",
    path="/v1/models/{model}",
    module="wushuang_client.api.models.retrieve_model",
    params=(Param("model", "model", "path", builder_name="model"),),
    response_kind="json",
    validator="retrieve_model",
    model="Model",
)

OPERATIONS: dict[str, Operation] = {
    "listModels": LIST_MODELS,
    "retrieveModel": RETRIEVE_MODEL,
}
