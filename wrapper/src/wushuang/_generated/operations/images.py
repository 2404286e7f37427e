# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The operations of ``client.images``: what the wrapper's shared machinery needs to call each."""

from wushuang._core.operation import Operation, Param

CREATE_IMAGE = Operation(
    operation_id="createImage",
    method="POST",
    path="/v1/images/generations",
    module="wushuang_client.api.images.create_image",
    params=(
        Param("prompt", "prompt", "body"),
        Param("model", "model", "body"),
        Param("n", "n", "body"),
        Param("quality", "quality", "body"),
        Param("response_format", "response_format", "body"),
        Param("size", "size", "body"),
        Param("moderation", "moderation", "body"),
        Param("background", "background", "body"),
        Param("output_format", "output_format", "body"),
        Param("output_compression", "output_compression", "body"),
        Param("stream", "stream", "body"),
        Param("partial_images", "partial_images", "body"),
        Param("style", "style", "body"),
        Param("user", "user", "body"),
    ),
    response_kind="json",
    validator="create_image",
    body_kind="json",
    model="ImagesResponse",
    stream_model="ImageStreamEvent",
)
CREATE_IMAGE_EDIT = Operation(
    operation_id="createImageEdit",
    method="POST",
    path="/v1/images/edits",
    module="wushuang_client.api.images.create_image_edit",
    params=(
        Param("image", "image", "body", binary=True),
        Param("prompt", "prompt", "body"),
        Param("mask", "mask", "body", binary=True),
        Param("model", "model", "body"),
        Param("n", "n", "body"),
        Param("size", "size", "body"),
        Param("quality", "quality", "body"),
        Param("response_format", "response_format", "body"),
        Param("input_fidelity", "input_fidelity", "body"),
        Param("background", "background", "body"),
        Param("output_format", "output_format", "body"),
        Param("output_compression", "output_compression", "body"),
        Param("stream", "stream", "body"),
        Param("partial_images", "partial_images", "body"),
        Param("user", "user", "body"),
    ),
    response_kind="json",
    validator="create_image_edit",
    body_kind="multipart",
    model="ImagesResponse",
    stream_model="ImageStreamEvent",
)
CREATE_IMAGE_VARIATION = Operation(
    operation_id="createImageVariation",
    method="POST",
    path="/v1/images/variations",
    module="wushuang_client.api.images.create_image_variation",
    params=(
        Param("image", "image", "body", binary=True),
        Param("model", "model", "body"),
        Param("n", "n", "body"),
        Param("response_format", "response_format", "body"),
        Param("size", "size", "body"),
        Param("user", "user", "body"),
    ),
    response_kind="json",
    validator="create_image_variation",
    body_kind="multipart",
    model="ImagesResponse",
)

OPERATIONS: dict[str, Operation] = {
    "createImage": CREATE_IMAGE,
    "createImageEdit": CREATE_IMAGE_EDIT,
    "createImageVariation": CREATE_IMAGE_VARIATION,
}
