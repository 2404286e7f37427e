"""Hand-made handlers for embeddings and moderations: answers that are pure functions of the input text.

An embedding is a unit vector drawn from a generator seeded with the model and the input: the same text gives
the same vector, another text another one. Its first `dimensions` components are those of the model's full
vector, renormalised, as text-embedding-3 models shorten theirs. Values are float32, so the float and base64
encodings of one vector decode to the same numbers.

A moderation flags the categories whose words appear in the text ("kill", "hate", "self-harm", ...) with high
scores; any other text is not flagged and scores low.
"""

from __future__ import annotations

import base64
import hashlib
import math
import random
import re
import struct
from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, openai_error
from ._textgen import count_tokens, seed_of

__all__ = ["HANDLERS", "MODELS", "embedding", "moderation_result"]

#: Embedding model -> its native number of dimensions, and whether `dimensions` may shorten it.
EMBEDDING_MODELS: dict[str, tuple[int, bool]] = {
    "text-embedding-ada-002": (1536, False),
    "text-embedding-3-small": (1536, True),
    "text-embedding-3-large": (3072, True),
}
#: What `model` of a moderation may name -> the model the answer names.
MODERATION_MODELS: dict[str, str] = {
    "text-moderation-latest": "text-moderation-007",
    "text-moderation-stable": "text-moderation-007",
    "text-moderation-007": "text-moderation-007",
    "omni-moderation-latest": "omni-moderation-2024-09-26",
    "omni-moderation-2024-09-26": "omni-moderation-2024-09-26",
}
#: The models these handlers serve, for the emulator's list of known models.
MODELS: tuple[str, ...] = (*EMBEDDING_MODELS, *MODERATION_MODELS)


# ---------------------------------------------------------------- embeddings
def embedding(model: str, text: str | list[int], dimensions: int) -> bytes:
    """The embedding of one input as little-endian float32 bytes: deterministic, unit length."""
    seed = hashlib.sha256(repr((model, text)).encode()).digest()
    # Signed 16-bit components from a seeded stream: a prefix of the stream is a prefix of the vector.
    raw = struct.unpack(f"<{dimensions}h", random.Random(seed).randbytes(2 * dimensions))
    norm = math.sqrt(math.fsum(x * x for x in raw)) or 1.0
    return struct.pack(f"<{dimensions}f", *(x / norm for x in raw))


def _inputs(value: Any) -> list[str | list[int]]:
    """The inputs of a request: a string, strings, a token list, or token lists."""
    if isinstance(value, str):
        return [value]
    if value and all(isinstance(t, int) for t in value):
        return [list(value)]
    return list(value)


def create_embedding(call: Call) -> Response:
    """POST /v1/embeddings: one vector per input, as floats or (`encoding_format: base64`) base64."""
    p = call.json
    model = str(p["model"])
    native, shortens = EMBEDDING_MODELS.get(model, (1536, False))
    dimensions = p.get("dimensions")
    if dimensions is not None and not shortens:
        return openai_error(400, "This model does not support specifying dimensions.", param="dimensions")
    if dimensions is not None and dimensions > native:
        return openai_error(
            400, f"dimensions must be at most {native} for {model}, got {dimensions}.", param="dimensions"
        )
    size = int(dimensions or native)
    data: list[dict[str, Any]] = []
    tokens = 0
    for index, item in enumerate(_inputs(p["input"])):
        tokens += count_tokens(item) if isinstance(item, str) else len(item)
        packed = embedding(model, item, size)
        vector: Any = (
            base64.b64encode(packed).decode()
            if p.get("encoding_format") == "base64"
            else list(struct.unpack(f"<{size}f", packed))
        )
        data.append({"object": "embedding", "index": index, "embedding": vector})
    return JSONResponse(
        {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
    )


# ---------------------------------------------------------------- moderations
CATEGORIES: tuple[str, ...] = (
    "sexual",
    "hate",
    "harassment",
    "self-harm",
    "sexual/minors",
    "hate/threatening",
    "violence/graphic",
    "self-harm/intent",
    "self-harm/instructions",
    "harassment/threatening",
    "violence",
    "illicit",
    "illicit/violent",
)
#: The categories an image can be scored for (`omni-moderation` models); the others are scored on text only.
IMAGE_CATEGORIES: frozenset[str] = frozenset(
    {"sexual", "self-harm", "self-harm/intent", "self-harm/instructions", "violence", "violence/graphic"}
)
#: Word stem -> the categories a word starting with it flags.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "kill": ("violence", "harassment/threatening"),
    "murder": ("violence", "harassment/threatening"),
    "stab": ("violence",),
    "shoot": ("violence",),
    "gore": ("violence/graphic", "violence"),
    "hate": ("hate", "harassment"),
    "racist": ("hate",),
    "idiot": ("harassment",),
    "self-harm": ("self-harm", "self-harm/intent"),
    "suicide": ("self-harm", "self-harm/intent"),
    "porn": ("sexual",),
    "shoplift": ("illicit",),
    "bomb": ("illicit/violent", "illicit", "violence"),
}
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def moderation_result(text: str, *, images: bool = False) -> dict[str, Any]:
    """The moderation of one text: the categories its trigger words flag, high scores for them, low otherwise.

    `images`: the input also held images, which count for the categories an image can be scored for.
    """
    flagged = {
        category
        for word in _WORD_RE.findall(text.lower())
        for stem, categories in TRIGGERS.items()
        if word.startswith(stem)
        for category in categories
    }
    rng = random.Random(seed_of("moderation", text))
    scores = {c: round(rng.uniform(0.9, 0.999), 6) if c in flagged else rng.uniform(1e-7, 1e-3) for c in CATEGORIES}
    return {
        "flagged": bool(flagged),
        "categories": {c: c in flagged for c in CATEGORIES},
        "category_scores": scores,
        "category_applied_input_types": {
            c: ["text", "image"] if images and c in IMAGE_CATEGORIES else ["text"] for c in CATEGORIES
        },
    }


def create_moderation(call: Call) -> Response:
    """POST /v1/moderations: one result per input string; one result for an array of text and image parts."""
    p = call.json
    given = [p["input"]] if isinstance(p["input"], str) else list(p["input"])
    requested = str(p.get("model") or "text-moderation-latest")
    model = MODERATION_MODELS.get(requested, requested)
    if any(isinstance(part, dict) for part in given):
        parts = [part for part in given if isinstance(part, dict)]
        text = " ".join(str(part.get("text", "")) for part in parts if part.get("type") == "text")
        images = any(part.get("type") == "image_url" for part in parts)
        result = moderation_result(text, images=images)
        return JSONResponse(
            {
                "id": "modr-" + hashlib.sha256(repr((model, text, images)).encode()).hexdigest()[:24],
                "model": model,
                "results": [result],
            }
        )
    texts = [str(text) for text in given]
    return JSONResponse(
        {
            "id": "modr-" + hashlib.sha256(repr((model, texts)).encode()).hexdigest()[:24],
            "model": model,
            "results": [moderation_result(text) for text in texts],
        }
    )


HANDLERS: dict[str, Handler] = {"createEmbedding": create_embedding, "createModeration": create_moderation}
