"""The relay's billing: a key's quota that calls use up, its call log, the price list, and rerank.

Every answered call that names a model is charged as new-api charges it (`Billing.charge`): per token,
`(prompt + completion × completion_ratio) × model_ratio × group_ratio` quota units, rounded, at least 1; per call,
`model_price × group_ratio` USD. Tokens come from the answer's `usage` (a streamed answer's usage chunk); a model
priced per call is charged whatever its answer. The balance, usage, log and price routes read the same numbers,
so they move as calls are made. A test switches the key to unlimited, changes its grant or a price through
`state.billing` (`emu.app.state.billing`). These routes work in every profile: new-api and one-api both serve them.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import JSONResponse, Response, StreamingResponse

from ._call import Call, Handler, openai_error

__all__ = ["HANDLERS", "PRICES", "Billing", "ModelPrice", "charge_answer"]

QUOTA_PER_USD = 500_000
UNLIMITED_USD = 100_000_000


@dataclass(frozen=True)
class ModelPrice:
    """A model's price as new-api keeps it: per token (`model_ratio`, `completion_ratio`) or per call (USD)."""

    model_ratio: float = 0.0
    completion_ratio: float = 1.0
    model_price: float | None = None  # USD per call: the model is priced per call


#: The emulated relay's prices (new-api's default ratios for these models; images and speech per call).
PRICES: dict[str, ModelPrice] = {
    "gpt-3.5-turbo-instruct": ModelPrice(0.75, 1.33),
    "gpt-3.5-turbo": ModelPrice(0.25, 3),
    "gpt-3.5-turbo-0125": ModelPrice(0.25, 3),
    "gpt-4": ModelPrice(15, 2),
    "gpt-4-turbo": ModelPrice(5, 3),
    "gpt-4o": ModelPrice(1.25, 4),
    "gpt-4o-mini": ModelPrice(0.075, 4),
    "claude-3-opus-20240229": ModelPrice(7.5, 5),
    "claude-3-sonnet-20240229": ModelPrice(1.5, 5),
    "claude-3-haiku-20240307": ModelPrice(0.125, 5),
    "text-embedding-ada-002": ModelPrice(0.05),
    "text-embedding-3-small": ModelPrice(0.01),
    "text-embedding-3-large": ModelPrice(0.065),
    "jina-reranker-v2-base-multilingual": ModelPrice(0.01),
    "dall-e-2": ModelPrice(model_price=0.02),
    "dall-e-3": ModelPrice(model_price=0.04),
    "tts-1": ModelPrice(7.5),
    "whisper-1": ModelPrice(15),
}


@dataclass
class Billing:
    """One key's account on the emulated relay; every field may be changed by a test."""

    name: str = "emulator key"
    granted: int = 5_250_000  # quota units: 10.50 USD
    used: int = 0
    unlimited: bool = False
    group: str = "default"
    group_ratio: dict[str, float] = field(default_factory=lambda: {"default": 1.0})
    prices: dict[str, ModelPrice] = field(default_factory=lambda: dict(PRICES))
    logs: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def available(self) -> int:
        """Quota units left (what remains of the grant)."""
        return self.granted - self.used

    def quota_of(self, model: str, prompt_tokens: int, completion_tokens: int) -> int | None:
        """What a call costs in quota units, as new-api rounds it; None for a model without a price."""
        price = self.prices.get(model)
        if price is None:
            return None
        ratio = self.group_ratio.get(self.group, 1.0)
        if price.model_price is not None:
            return round(price.model_price * ratio * QUOTA_PER_USD)
        quota = (prompt_tokens + completion_tokens * price.completion_ratio) * price.model_ratio * ratio
        return max(1, round(quota)) if price.model_ratio else 0

    def charge(self, model: str, prompt_tokens: int, completion_tokens: int, *, stream: bool) -> None:
        """Charge one call and log it; a model without a price is served free, as a relay with no ratio does."""
        quota = self.quota_of(model, prompt_tokens, completion_tokens)
        if quota is None:
            return
        with self.lock:
            self.used += quota
            entry = {
                "id": len(self.logs) + 1,
                "created_at": int(time.time()),
                "type": 2,
                "content": "",
                "token_name": self.name,
                "model_name": model,
                "quota": quota,
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "use_time": 0,
                "is_stream": stream,
                "group": self.group,
                "other": "",
            }
            self.logs.insert(0, entry)


def _tokens(usage: object) -> tuple[int, int] | None:
    if not isinstance(usage, dict):
        return None
    prompt = usage.get("prompt_tokens", usage.get("input_tokens"))
    completion = usage.get("completion_tokens", usage.get("output_tokens")) or 0
    return (prompt, completion) if isinstance(prompt, int) and isinstance(completion, int) else None


def charge_answer(call: Call, response: Response) -> Response:
    """Charge ``call`` from its answer (a JSON body's ``usage``, or the usage chunk of an event stream, read as it
    passes); answers that fail, or name no model, cost nothing."""
    model = call.params.get("model") if isinstance(call.params, dict) else None
    if not isinstance(model, str) or response.status_code != 200:
        return response
    billing: Billing = call.state.billing
    price = billing.prices.get(model)
    if isinstance(response, StreamingResponse):
        response.body_iterator = _charged_stream(response.body_iterator, billing, model)
        return response
    if price is not None and price.model_price is not None:
        billing.charge(model, 0, 0, stream=False)
        return response
    tokens = _tokens(_usage_in(bytes(response.body)))
    if tokens is not None:
        billing.charge(model, *tokens, stream=False)
    return response


def _usage_in(body: bytes) -> Any:
    """The last ``"usage"`` object of a JSON body, read from where it starts (an answer of 2048 embeddings is tens
    of megabytes: only its usage is parsed)."""
    at = body.rfind(b'"usage"')
    start = body.find(b"{", at) if at >= 0 else -1
    if start < 0:
        return None
    try:
        usage, _ = json.JSONDecoder().raw_decode(body[start:].decode("utf-8", "replace"))
    except ValueError:
        return None
    return usage


async def _charged_stream(chunks: AsyncIterable[Any], billing: Billing, model: str) -> AsyncIterator[Any]:
    tokens: tuple[int, int] | None = None
    async for chunk in chunks:
        data = chunk.encode() if isinstance(chunk, str) else bytes(chunk)
        if b'"usage"' in data:
            for line in data.splitlines():
                if line.startswith(b"data:") and b'"usage"' in line:
                    try:
                        found = _tokens(json.loads(line[5:]).get("usage"))
                    except (ValueError, AttributeError):
                        found = None
                    tokens = found or tokens
        yield chunk
    if tokens is not None:
        billing.charge(model, *tokens, stream=True)


# ---------------------------------------------------------------- the routes
def _subscription(call: Call) -> Response:
    billing: Billing = call.state.billing
    limit = UNLIMITED_USD if billing.unlimited else billing.granted / QUOTA_PER_USD
    return JSONResponse(
        {
            "object": "billing_subscription",
            "has_payment_method": True,
            "soft_limit_usd": limit,
            "hard_limit_usd": limit,
            "system_hard_limit_usd": limit,
            "access_until": 0,
        }
    )


def _usage(call: Call) -> Response:
    billing: Billing = call.state.billing
    return JSONResponse({"object": "list", "total_usage": billing.used / QUOTA_PER_USD * 100})


def _token_usage(call: Call) -> Response:
    billing: Billing = call.state.billing
    data = {
        "object": "token_usage",
        "name": billing.name,
        "total_granted": billing.granted,
        "total_used": billing.used,
        "total_available": billing.available,
        "unlimited_quota": billing.unlimited,
        "model_limits": {},
        "model_limits_enabled": False,
        "expires_at": 0,
    }
    return JSONResponse({"code": True, "message": "ok", "data": data})


def _logs(call: Call) -> Response:
    billing: Billing = call.state.billing
    with billing.lock:
        logs = list(billing.logs)
    return JSONResponse({"success": True, "message": "", "data": logs})


def _pricing(call: Call) -> Response:
    billing: Billing = call.state.billing
    data = [
        {
            "model_name": model,
            "quota_type": 1 if price.model_price is not None else 0,
            "model_ratio": 0 if price.model_price is not None else price.model_ratio,
            "model_price": price.model_price or 0,
            "completion_ratio": 0 if price.model_price is not None else price.completion_ratio,
            "owner_by": "",
            "enable_groups": [billing.group],
            "supported_endpoint_types": ["openai"],
        }
        for model, price in billing.prices.items()
    ]
    return JSONResponse(
        {
            "success": True,
            "data": data,
            "group_ratio": dict(billing.group_ratio),
            "usable_group": {billing.group: "默认分组"},
        }
    )


def _rerank(call: Call) -> Response:
    params = call.params
    query, documents = params["query"], params["documents"]
    if not documents:
        return openai_error(400, "documents is empty", param="documents")
    words = set(query.lower().split())

    def score(text: str) -> float:
        # Shared words with the query first; a stable hash breaks ties, so the same request ranks the same.
        shared = len(words & set(text.lower().split()))
        tie = int(hashlib.sha256(f"{query}\0{text}".encode()).hexdigest()[:6], 16) / 16**6
        return round((shared + tie) / (len(words) + 1), 6)

    ranked = sorted(((score(text), index) for index, text in enumerate(documents)), reverse=True)
    top_n = params.get("top_n") or len(ranked)
    results: list[dict[str, Any]] = []
    for relevance, index in ranked[:top_n]:
        result: dict[str, Any] = {"index": index, "relevance_score": relevance}
        if params.get("return_documents"):
            result["document"] = {"text": documents[index]}
        results.append(result)
    tokens = len(query.split()) + sum(len(text.split()) for text in documents)
    return JSONResponse(
        {"model": params["model"], "results": results, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
    )


HANDLERS: dict[str, Handler] = {
    "getBillingSubscription": _subscription,
    "getBillingUsage": _usage,
    "getTokenUsage": _token_usage,
    "getTokenLogs": _logs,
    "getPricing": _pricing,
    "createRerank": _rerank,
}
