"""The conditions of the new-api gateway, as the `new-api` profile answers them (switched on `state.gateway`).

In the order new-api checks them, each in its own words (Chinese, or English with `english=True`), in the OpenAI
envelope with type `new_api_error` (the app appends ` (request id: <id>)` to every error message, as the gateway
does), and in the Midjourney error body `{"description", "type": "upstream_error", "code"}` on `/mj/...`:

- the key's request limit (`model-rate-limit.go`): 429 `您已达到请求数限制：{minutes}分钟内最多请求{limit}次`;
- the key's model list (`distributor.go`): 403 `该令牌无权访问模型 {model}`;
- no channel for the model in the group (`distributor.go`): 503 `当前分组 {group} 下对于模型 {model} 无可用渠道`,
  code `model_not_found`;
- the quota (`relay/helper`'s pre-consume): 403 `insufficient_user_quota`; Midjourney: HTTP 400, code 4
  `quota_not_enough`;
- an upstream 429, rewritten by `controller/relay.go`: 429 `当前分组上游负载已饱和，请稍后再试`, no `Retry-After`;
  Midjourney: 429, code 30.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from ._call import mj_error, openai_error
from ._state import EmulatorState, GatewaySettings

__all__ = ["gateway_refusal", "no_channel"]


def _error(status: int, message: str, code: str = "") -> Response:
    return openai_error(status, message, type="new_api_error", code=code)


def no_channel(model: str, settings: GatewaySettings) -> Response:
    """503: no channel of the key's group serves `model`."""
    group = settings.group
    if settings.english:
        return _error(503, f"No available channel for model {model} under group {group}", "model_not_found")
    return _error(503, f"当前分组 {group} 下对于模型 {model} 无可用渠道", "model_not_found")


def _over_limit(state: EmulatorState, settings: GatewaySettings) -> Response | None:
    """429 when the key made `request_limit` calls in the window; else counts this call."""
    if settings.request_limit is None:
        return None
    now = state.clock.now()
    with state.lock:
        settings.calls[:] = [t for t in settings.calls if t > now - settings.request_window]
        if len(settings.calls) < settings.request_limit:
            settings.calls.append(now)
            return None
    minutes = max(1, round(settings.request_window / 60))
    if settings.english:
        message = f"You have reached the request limit: at most {settings.request_limit} requests in {minutes} minutes"
    else:
        message = f"您已达到请求数限制：{minutes}分钟内最多请求{settings.request_limit}次"
    return _error(429, message, "rate_limit_exceeded")


def gateway_refusal(
    state: EmulatorState, model: str | None, *, midjourney: bool, upstream: bool, known: bool
) -> Response | None:
    """The gateway's answer to a call for `model` (None: the operation names none), or None to let it through.

    `upstream`: whether the call is relayed to an upstream and charged (a model's call, a Midjourney submission; not
    a task fetch, which new-api answers from its database); `known`: whether any channel serves the model at all."""
    settings = state.gateway
    english = settings.english
    limited = _over_limit(state, settings)
    if limited is not None:
        return limited
    if model is not None and settings.allowed_models is not None and model not in settings.allowed_models:
        message = f"This token has no access to model {model}" if english else f"该令牌无权访问模型 {model}"
        return _error(403, message)
    if model is not None and (not known or model in settings.no_channel):
        return no_channel(model, settings)
    if not upstream:
        return None
    if settings.quota_exhausted:
        if midjourney:
            return mj_error("quota_not_enough ", code=4)
        quota = (
            "user quota is not enough, remaining quota: $0.000000" if english else "用户额度不足, 剩余额度: ＄0.000000"
        )
        return _error(403, quota, "insufficient_user_quota")
    with state.lock:
        saturated = settings.saturated > 0
        settings.saturated -= saturated
    if saturated:
        if midjourney:
            busy = (
                "upstream load is saturated"
                if english
                else "当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。"
            )
            return JSONResponse({"description": f" {busy}", "type": "upstream_error", "code": 30}, status_code=429)
        message = (
            "upstream load for your group is saturated, try again later"
            if english
            else "当前分组上游负载已饱和，请稍后再试"
        )
        return openai_error(429, message, type="upstream_error", code="bad_response_status_code")
    return None
