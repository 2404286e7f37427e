"""Errors as a new-api relay writes them: request ids, the gateway's own conditions, what is retried.

First against answers scripted through ``httpx.MockTransport`` (the real shapes, and hostile variants: no request id
header, English messages, malformed bodies), then against the emulator's ``new-api`` profile.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client

import wushuang
from wushuang import Wushuang
from wushuang.testing import Emulator

RID = "2026120518000012345678abcdefgh"
HI = [{"role": "user", "content": "hi"}]
NO_CHANNEL = "当前分组 default 下对于模型 gpt-9 无可用渠道"
SATURATED = "当前分组上游负载已饱和，请稍后再试"
CHAT = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}],
}


def envelope(message: str, *, type: str = "new_api_error", code: Any = "", suffix: bool = True) -> dict[str, Any]:
    text = f"{message} (request id: {RID})" if suffix else message
    return {"error": {"message": text, "type": type, "param": "", "code": code}}


def scripted(*replies: httpx.Response) -> tuple[list[httpx.Request], Any]:
    """A handler answering ``replies`` in turn (the last one again once they run out), and the requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return replies[min(len(seen), len(replies)) - 1]

    return seen, handler


def chat_error(reply: httpx.Response, *, max_retries: int = 2) -> tuple[wushuang.APIError, int, FakeTime]:
    """The error a chat call for gpt-9 ends with, the number of requests sent, and the client's clock."""
    seen, handler = scripted(reply)
    fake = FakeTime()
    with mock_client(handler, fake, max_retries=max_retries) as client:
        with pytest.raises(wushuang.APIError) as caught:
            client.chat.completions.create(model="gpt-9", messages=HI)
    return caught.value, len(seen), fake


# ---------------------------------------------------------------- request ids
def test_the_request_id_comes_from_x_oneapi_request_id_on_answers_and_errors() -> None:
    headers = {"X-Oneapi-Request-Id": "rid-ok"}
    seen, handler = scripted(httpx.Response(200, json=CHAT, headers=headers))
    with mock_client(handler) as client:
        raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=HI)
        assert raw.request_id == "rid-ok"
        with client.chat.completions.with_streaming_response.create(model="gpt-4o", messages=HI) as streamed:
            assert streamed.request_id == "rid-ok"
    error, _, _ = chat_error(
        httpx.Response(400, json=envelope("bad", suffix=False), headers={"X-Oneapi-Request-Id": "x1"})
    )
    assert error.request_id == "x1"  # type: ignore[attr-defined]


def test_the_gateways_id_wins_over_x_request_id_which_still_works_alone() -> None:
    both = {"X-Oneapi-Request-Id": "gateway", "x-request-id": "upstream"}
    error, _, _ = chat_error(httpx.Response(400, json={"error": {"message": "bad"}}, headers=both))
    assert error.request_id == "gateway"  # type: ignore[attr-defined]
    error, _, _ = chat_error(httpx.Response(400, json={"error": {"message": "bad"}}, headers={"x-request-id": "req_1"}))
    assert error.request_id == "req_1"  # type: ignore[attr-defined]


def test_without_a_header_the_request_id_is_read_from_the_message_suffix() -> None:
    error, _, _ = chat_error(httpx.Response(400, json=envelope("参数错误")))
    assert error.request_id == RID  # type: ignore[attr-defined]
    assert error.message.endswith(f"(request id: {RID})")  # the relay's words are kept
    error, _, _ = chat_error(httpx.Response(400, json=envelope("参数错误", suffix=False)))
    assert error.request_id is None  # type: ignore[attr-defined]


def test_type_code_and_param_of_the_envelope_are_on_the_exception() -> None:
    body = {"error": {"message": "bad", "type": "upstream_error", "param": "messages", "code": 1008}}
    error, _, _ = chat_error(httpx.Response(400, json=body))
    assert (error.type, error.code, error.param) == ("upstream_error", "1008", "messages")


# ---------------------------------------------------------------- the gateway's conditions
def test_no_channel_for_the_model_is_its_own_error_and_is_not_retried() -> None:
    error, sent, fake = chat_error(httpx.Response(503, json=envelope(NO_CHANNEL, code="model_not_found")))
    assert isinstance(error, wushuang.NoChannelError) and isinstance(error, wushuang.InternalServerError)
    assert sent == 1 and fake.sleeps == []
    assert (error.model, error.group, error.status_code, error.request_id) == ("gpt-9", "default", 503, RID)
    assert str(error).startswith(f"Error code: 503 - {NO_CHANNEL} (request id: {RID}) [no channel serves model gpt-9")


@pytest.mark.parametrize(
    "body",
    [
        envelope("No available channel for model gpt-9 under group vip (distributor)", code="model_not_found"),
        envelope("当前分组 vip 下对于模型 gpt-9 无可用渠道", code=""),  # an older build: no code
        {"error": "当前分组 vip 下对于模型 gpt-9 无可用渠道"},  # a relay that writes the error as a string
    ],
    ids=["english", "no-code", "string-error"],
)
def test_no_channel_is_recognised_in_its_variants(body: dict[str, Any]) -> None:
    error, sent, _ = chat_error(httpx.Response(503, json=body))
    assert isinstance(error, wushuang.NoChannelError) and sent == 1
    assert (error.model, error.group) == ("gpt-9", "vip")


def test_a_503_that_is_not_the_gateways_is_still_retried() -> None:
    for reply in (
        httpx.Response(503, json=envelope("upstream timed out")),
        httpx.Response(503, text="<html>503 Service Unavailable</html>"),  # a malformed (non-JSON) body
    ):
        error, sent, _ = chat_error(reply)
        assert type(error) is wushuang.InternalServerError and sent == 3


def test_a_saturated_upstream_is_retried_with_backoff_then_raised() -> None:
    error, sent, fake = chat_error(httpx.Response(429, json=envelope(SATURATED, type="upstream_error")))
    assert isinstance(error, wushuang.UpstreamSaturatedError) and isinstance(error, wushuang.RateLimitError)
    assert sent == 3 and len(fake.sleeps) == 2 and 0.375 <= fake.sleeps[0] <= 0.5 <= fake.sleeps[1] <= 1.0
    assert error.model == "gpt-9" and error.retryable  # the model from the request body
    error, _, _ = chat_error(httpx.Response(429, json=envelope("upstream load is saturated, try again later")))
    assert isinstance(error, wushuang.UpstreamSaturatedError)


def test_a_saturated_message_with_a_quota_code_is_a_spent_quota_not_retried() -> None:
    # Seen in the wild: the rewritten 429 text on what the code says is an exhausted balance.
    body = envelope(SATURATED, type="insufficient_quota", code="insufficient_user_quota")
    error, sent, _ = chat_error(httpx.Response(429, json=body))
    assert isinstance(error, wushuang.QuotaExhaustedError) and sent == 1


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (403, envelope("用户额度不足, 剩余额度: ＄0.000000", code="insufficient_user_quota")),
        (401, envelope("该令牌额度已用尽", code="")),
        (403, envelope("token quota is exhausted", code="pre_consume_token_quota_failed")),
    ],
    ids=["user-quota", "token-exhausted", "english"],
)
def test_a_spent_quota_is_its_own_error_whatever_the_status(status: int, body: dict[str, Any]) -> None:
    error, sent, _ = chat_error(httpx.Response(status, json=body))
    assert isinstance(error, wushuang.QuotaExhaustedError) and error.status_code == status and sent == 1


def test_the_keys_model_list_and_request_limit() -> None:
    error, _, _ = chat_error(httpx.Response(403, json=envelope("该令牌无权访问模型 gpt-9")))
    assert isinstance(error, wushuang.ModelNotAllowedError) and error.model == "gpt-9"
    limit = envelope("您已达到请求数限制：2分钟内最多请求10次")
    error, sent, _ = chat_error(httpx.Response(429, json=limit))
    assert isinstance(error, wushuang.RequestLimitError) and isinstance(error, wushuang.RateLimitError)
    assert (error.limit, error.minutes, sent) == (10, 2, 1)
    english = envelope("You have reached the request limit", code="rate_limit_exceeded")
    error, sent, _ = chat_error(httpx.Response(429, json=english))
    assert isinstance(error, wushuang.RequestLimitError) and (error.limit, sent) == (None, 1)


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}},
        {"error": {"message": "upstream quota exhausted", "type": "rate_limit_error", "code": None}},
    ],
)
def test_an_ordinary_429_stays_a_rate_limit_error_and_is_retried(body: dict[str, Any]) -> None:
    error, sent, _ = chat_error(httpx.Response(429, json=body))
    assert type(error) is wushuang.RateLimitError and sent == 3


def test_api_not_implemented_is_endpoint_not_supported_at_any_status() -> None:
    body = {"error": {"message": "API not implemented", "type": "new_api_error", "code": "api_not_implemented"}}
    for status in (501, 400, 200):
        seen, handler = scripted(httpx.Response(status, json=body))
        with mock_client(handler, max_retries=2) as client, pytest.raises(wushuang.EndpointNotSupportedError) as info:
            client.models.list()
        assert info.value.path == "/v1/models" and len(seen) == 1, status


# ---------------------------------------------------------------- 200 with an error
def test_a_200_whose_body_is_an_error_is_raised_as_that_error() -> None:
    body = envelope("该令牌无权访问模型 gpt-9")
    _, handler = scripted(httpx.Response(200, json=body))
    with mock_client(handler) as client, pytest.raises(wushuang.ModelNotAllowedError):
        client.chat.completions.create(model="gpt-9", messages=HI)
    _, handler = scripted(httpx.Response(200, json={"error": {"message": "boom", "type": "upstream_error"}}))
    with mock_client(handler) as client, pytest.raises(wushuang.APIStatusError) as info:
        client.models.list()
    assert info.value.type == "upstream_error" and "boom" in str(info.value)


async def test_a_200_error_is_raised_by_the_async_client_too() -> None:
    _, handler = scripted(httpx.Response(200, json=envelope("quota", code="insufficient_user_quota")))
    async with mock_async_client(handler) as client:
        with pytest.raises(wushuang.QuotaExhaustedError):
            await client.models.list()


def test_an_object_with_an_error_field_is_no_error() -> None:
    job = {
        "id": "ftjob-1",
        "object": "fine_tuning.job",
        "created_at": 1,
        "model": "gpt-4o-mini",
        "status": "failed",
        "error": {"code": "invalid_file", "message": "bad file", "param": "training_file"},
        "training_file": "file-1",
        "hyperparameters": {"n_epochs": 1},
        "organization_id": "org",
        "result_files": [],
        "validation_file": None,
        "fine_tuned_model": None,
        "finished_at": None,
        "trained_tokens": None,
        "seed": 1,
    }
    _, handler = scripted(httpx.Response(200, json=job))
    with mock_client(handler) as client:
        assert client.fine_tuning.jobs.retrieve("ftjob-1").status == "failed"


# ---------------------------------------------------------------- Midjourney
def submit_reply(code: int, description: str = "") -> httpx.Response:
    return httpx.Response(200, json={"code": code, "description": description, "result": "17", "properties": {}})


def test_every_submit_retries_a_full_queue_under_the_retry_policy() -> None:
    seen, handler = scripted(submit_reply(23, "队列已满，请稍后尝试"), submit_reply(23), submit_reply(1, "提交成功"))
    fake = FakeTime()
    with mock_client(handler, fake, max_retries=2) as client:
        result = client.midjourney.submit.describe(base64="data:image/png;base64,iVBORw0KGgo=")
    assert result.code == 1 and len(seen) == 3 and len(fake.sleeps) == 2
    assert seen[0].headers["Idempotency-Key"] == seen[2].headers["Idempotency-Key"]


async def test_every_async_submit_retries_a_full_queue_too() -> None:
    seen, handler = scripted(submit_reply(30, "rate limited"), submit_reply(1, "提交成功"))
    async with mock_async_client(handler, max_retries=2) as client:
        assert (await client.midjourney.submit.shorten(prompt="a fox in the snow")).code == 1
    assert len(seen) == 2


def test_a_queue_still_full_when_the_policy_gives_up_raises_code_23() -> None:
    seen, handler = scripted(submit_reply(23, "队列已满，请稍后尝试"))
    with mock_client(handler, max_retries=1) as client, pytest.raises(wushuang.MidjourneyError) as info:
        client.midjourney.submit.imagine(prompt="a fox")
    assert info.value.code == 23 and len(seen) == 2 and "[the queue is full; submit again later]" in str(info.value)
    seen, handler = scripted(submit_reply(24, "可能包含敏感词"))  # a banned prompt is final
    with mock_client(handler, max_retries=2) as client, pytest.raises(wushuang.MidjourneyError):
        client.midjourney.submit.imagine(prompt="banned")
    assert len(seen) == 1


def test_midjourney_error_bodies_of_the_gateway() -> None:
    busy = {
        "description": " 当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。",
        "type": "upstream_error",
        "code": 30,
    }
    seen, handler = scripted(httpx.Response(429, json=busy))
    with mock_client(handler, max_retries=2) as client, pytest.raises(wushuang.UpstreamSaturatedError) as info:
        client.midjourney.submit.imagine(prompt="a fox")
    assert len(seen) == 3 and info.value.code == "30" and info.value.type == "upstream_error"
    full = {"description": "队列已满，请稍后尝试 ", "type": "upstream_error", "code": 23}
    seen, handler = scripted(httpx.Response(400, json=full), submit_reply(1))
    with mock_client(handler, max_retries=2) as client:
        assert client.midjourney.submit.imagine(prompt="a fox").code == 1
    quota = {"description": "quota_not_enough ", "type": "upstream_error", "code": 4}
    seen, handler = scripted(httpx.Response(400, json=quota))
    with mock_client(handler, max_retries=2) as client, pytest.raises(wushuang.QuotaExhaustedError) as spent:
        client.midjourney.submit.imagine(prompt="a fox")
    assert len(seen) == 1 and spent.value.status_code == 400 and spent.value.code == "4"
    missing = {"description": "task_not_found ", "type": "upstream_error", "code": 4}
    _, handler = scripted(httpx.Response(400, json=missing))
    with mock_client(handler) as client, pytest.raises(wushuang.BadRequestError) as other:
        client.midjourney.submit.change(task_id="1", action="UPSCALE", index=1)
    assert type(other.value) is wushuang.BadRequestError and other.value.error.message == "task_not_found "  # type: ignore[union-attr]


# ---------------------------------------------------------------- the emulator's new-api profile
@pytest.fixture(scope="module")
def relay() -> Iterator[Emulator]:
    with Emulator(profile="new-api") as emu:
        yield emu


@pytest.fixture
def newapi(relay: Emulator) -> Iterator[Emulator]:
    relay.reset()
    yield relay
    relay.reset()


@pytest.fixture
def sdk(newapi: Emulator) -> Iterator[Wushuang]:
    with Wushuang(api_key=newapi.api_key, base_url=newapi.base_url, max_retries=2, clock=FakeTime()) as client:
        yield client


def test_the_profile_sends_x_oneapi_request_id_and_suffixes_error_messages(newapi: Emulator, sdk: Wushuang) -> None:
    raw = sdk.chat.completions.with_raw_response.create(model="gpt-4o", messages=HI)
    assert "x-request-id" not in raw.headers and raw.request_id == raw.headers["X-Oneapi-Request-Id"]
    with pytest.raises(wushuang.NotFoundError) as info:
        sdk.models.retrieve("no-such-model")
    header = info.value.response.headers["X-Oneapi-Request-Id"]
    assert info.value.request_id == header and str(info.value).endswith(f"(request id: {header})")


def test_the_profiles_gateway_conditions(newapi: Emulator, sdk: Wushuang) -> None:
    with pytest.raises(wushuang.NoChannelError) as none:
        sdk.chat.completions.create(model="gpt-9", messages=HI)
    assert (none.value.model, none.value.group, none.value.code) == ("gpt-9", "default", "model_not_found")
    gateway = newapi.app.state.gateway
    gateway.group, gateway.no_channel = "vip", frozenset({"gpt-4o"})
    with pytest.raises(wushuang.NoChannelError) as unrouted:
        sdk.chat.completions.create(model="gpt-4o", messages=HI)
    assert unrouted.value.group == "vip"
    gateway.allowed_models = frozenset({"gpt-4o-mini"})
    with pytest.raises(wushuang.ModelNotAllowedError) as denied:
        sdk.embeddings.create(model="text-embedding-3-small", input="hi")
    assert denied.value.model == "text-embedding-3-small" and denied.value.status_code == 403
    gateway.quota_exhausted = True
    with pytest.raises(wushuang.QuotaExhaustedError):
        sdk.chat.completions.create(model="gpt-4o-mini", messages=HI)
    with pytest.raises(wushuang.QuotaExhaustedError) as mj:
        sdk.midjourney.submit.imagine(prompt="a fox")
    assert mj.value.status_code == 400 and mj.value.code == "4"
    assert len([r for r in newapi.requests if r.operation_id == "submitImagine"]) == 1


def test_the_profiles_saturation_is_retried_through(newapi: Emulator, sdk: Wushuang) -> None:
    newapi.app.state.gateway.saturated = 2
    assert sdk.chat.completions.create(model="gpt-4o", messages=HI).choices
    assert [r.status for r in newapi.requests] == [429, 429, 200]
    assert "Retry-After" not in newapi.requests[0].headers
    newapi.app.state.gateway.saturated = 3
    with pytest.raises(wushuang.UpstreamSaturatedError):
        sdk.midjourney.submit.imagine(prompt="a fox")


def test_the_profiles_request_limit_and_english_messages(newapi: Emulator, sdk: Wushuang) -> None:
    gateway = newapi.app.state.gateway
    gateway.request_limit, gateway.request_window = 2, 120.0
    sdk.chat.completions.create(model="gpt-4o", messages=HI)
    sdk.embeddings.create(model="text-embedding-3-small", input="hi")
    with pytest.raises(wushuang.RequestLimitError) as limited:
        sdk.chat.completions.create(model="gpt-4o", messages=HI)
    assert (limited.value.limit, limited.value.minutes) == (2, 2) and len(newapi.requests) == 3
    newapi.clock.advance(121)
    sdk.chat.completions.create(model="gpt-4o", messages=HI)
    gateway.request_limit, gateway.english = None, True
    with pytest.raises(wushuang.NoChannelError) as english:
        sdk.chat.completions.create(model="gpt-9", messages=HI)
    assert english.value.message.startswith("Error code: 503 - No available channel for model gpt-9")
    assert english.value.model == "gpt-9"


def test_the_profiles_model_list_is_new_apis(newapi: Emulator, sdk: Wushuang) -> None:
    raw = httpx.get(f"{newapi.base_url}/v1/models", headers={"Authorization": f"Bearer {newapi.api_key}"})
    body = raw.json()
    assert body["success"] is True and "object" not in body
    assert {"id", "object", "created", "owned_by", "supported_endpoint_types"} <= body["data"][0].keys()
    assert "gpt-4o" in {m.id for m in sdk.models.list().data}
    assert httpx.get(f"{newapi.base_url}/v1/models").status_code == 401  # behind the key, as the spec's route


def test_the_profile_refuses_what_new_api_does_not_relay(newapi: Emulator, sdk: Wushuang) -> None:
    with pytest.raises(wushuang.EndpointNotSupportedError) as files:
        sdk.files.list()
    assert files.value.status_code == 501 and files.value.code == "api_not_implemented"
    assert files.value.request_id and "(request id" not in str(files.value)  # new-api adds none to this one
    with pytest.raises(wushuang.EndpointNotSupportedError):
        sdk.beta.assistants.list()


def test_a_full_midjourney_queue_is_waited_out_by_the_submit_itself(newapi: Emulator) -> None:
    # midjourney-proxy's defaults: 3 running and 10 waiting; the 14th is refused with code 23.
    with Wushuang(api_key=newapi.api_key, base_url=newapi.base_url, max_retries=0) as eager:
        for n in range(13):
            eager.midjourney.submit.imagine(prompt=f"harbour {n}")
        with pytest.raises(wushuang.MidjourneyError) as full:
            eager.midjourney.submit.imagine(prompt="one more")
    assert full.value.code == 23
    # Back-off pauses on the emulator's clock let task time pass: the first three finish, a place frees up.
    with Wushuang(api_key=newapi.api_key, base_url=newapi.base_url, max_retries=5, clock=newapi.clock) as patient:
        assert patient.midjourney.submit.imagine(prompt="one more").code == 1
    attempts = [json.loads(r.body)["prompt"] for r in newapi.requests if r.operation_id == "submitImagine"]
    assert attempts.count("one more") > 2


def test_the_command_line_offers_every_profile(capsys: pytest.CaptureFixture[str]) -> None:
    from wushuang.testing.__main__ import main
    from wushuang.testing._relay import PROFILES

    with pytest.raises(SystemExit):
        main(["--profile", "nope", "--api-key", "k"])
    refused = capsys.readouterr().err
    assert all(f"'{name}'" in refused for name in PROFILES)
