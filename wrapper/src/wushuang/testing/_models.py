"""Hand-made handlers for the models the relay serves: `GET /v1/models` and `GET /v1/models/{model}`.

`MODELS` is also the list the emulator checks the `model` field of every request against: a name outside it
gets the relay's "no channel for this model" error.
"""

from __future__ import annotations

import hashlib
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, openai_error
from ._state import EmulatorState

__all__ = ["HANDLERS", "MODELS", "list_models_new_api"]

#: (model id, owner) of every model the emulated relay serves.
MODELS: tuple[tuple[str, str], ...] = (
    ("gpt-3.5-turbo-instruct", "system"),
    ("gpt-3.5-turbo", "openai"),
    ("gpt-3.5-turbo-0125", "system"),
    ("gpt-4", "openai"),
    ("gpt-4-turbo", "system"),
    ("gpt-4o", "system"),
    ("gpt-4o-mini", "system"),
    ("claude-3-opus-20240229", "anthropic"),
    ("claude-3-sonnet-20240229", "anthropic"),
    ("claude-3-haiku-20240307", "anthropic"),
    ("text-embedding-ada-002", "openai-internal"),
    ("text-embedding-3-small", "system"),
    ("text-embedding-3-large", "system"),
    ("text-moderation-latest", "system"),
    ("text-moderation-stable", "system"),
    ("text-moderation-007", "system"),
    ("dall-e-2", "system"),
    ("tts-1", "openai-internal"),
    ("tts-1-hd", "system"),
    ("whisper-1", "openai-internal"),
    ("dall-e-3", "system"),
    ("jina-reranker-v2-base-multilingual", "jina"),
    ("gpt-4.1", "system"),
    ("gpt-4.1-mini", "system"),
    ("gpt-4.1-nano", "system"),
    ("o1", "system"),
    ("o3-mini", "system"),
    ("o4-mini", "system"),
    ("gpt-5", "system"),
    ("gpt-5-mini", "system"),
    ("gpt-5-nano", "system"),
    ("gpt-image-1", "system"),
    ("omni-moderation-latest", "system"),
    ("omni-moderation-2024-09-26", "system"),
    ("gpt-4o-mini-tts", "system"),
    ("gpt-4o-transcribe", "system"),
    ("gpt-4o-mini-transcribe", "system"),
    ("ft:gpt-3.5-turbo-0125:wushuang::emu42", "user-wushuang"),
    ("wushuang/custom-model", "user-wushuang"),
)


def _model(model_id: str, owner: str) -> dict[str, Any]:
    created = 1_686_935_002 + int(hashlib.sha256(model_id.encode()).hexdigest()[:6], 16) % 10_000_000
    return {"id": model_id, "object": "model", "created": created, "owned_by": owner}


def list_models(call: Call) -> Response:
    """GET /v1/models."""
    return JSONResponse({"object": "list", "data": [_model(m, o) for m, o in MODELS]})


def list_models_new_api(state: EmulatorState, request: Request) -> Response:
    """GET /v1/models as new-api writes it: `{"success": true, "data": [...]}`, no `"object": "list"`, and each
    model with the `supported_endpoint_types` it is served on."""
    data = [{**_model(m, o), "supported_endpoint_types": _endpoint_types(m)} for m, o in MODELS]
    return JSONResponse({"success": True, "data": data})


def _endpoint_types(model_id: str) -> list[str]:
    if "embedding" in model_id:
        return ["embeddings"]
    if model_id.startswith(("dall-e", "gpt-image")):
        return ["image-generation"]
    return ["openai"]


def retrieve_model(call: Call) -> Response:
    """GET /v1/models/{model}; the id arrives unquoted, so `ft:...` and `org/model` ids work."""
    model_id = call.path_params["model"]
    for known, owner in MODELS:
        if known == model_id:
            return JSONResponse(_model(known, owner))
    return openai_error(404, f"The model '{model_id}' does not exist", param="model", code="model_not_found")


HANDLERS: dict[str, Handler] = {"listModels": list_models, "retrieveModel": retrieve_model}
