"""Balance, usage, logs and prices (the emulator's numbers move with calls), spend and budget, rerank, and the
billing commands; hostile answers through MockTransport."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from _fakes import mock_client
from _scripted_server import Reply, scripted_server
from click.testing import CliRunner

import wushuang
from wushuang._cli import cli
from wushuang.testing import Emulator, Fault

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello there"}]}


def _charged(usage: Any, model_ratio: float, completion_ratio: float) -> float:
    return (usage.prompt_tokens + usage.completion_tokens * completion_ratio) * model_ratio / 500_000


# ---------------------------------------------------------------- the routes, against the emulator
def test_balance_usage_and_logs_move_as_calls_are_made(emu: Emulator, client: wushuang.Wushuang) -> None:
    before = client.billing.token_usage().data
    assert before is not None and before.total_used == 0 and before.available_usd == pytest.approx(10.5)
    client.chat.completions.create(**CHAT)
    after = client.billing.token_usage().data
    assert after is not None and after.total_used > 0
    assert after.total_available == before.total_available - after.total_used
    log = client.billing.logs().data
    assert log is not None and log[0].model_name == "gpt-4o-mini" and log[0].quota == after.total_used
    assert log[0].usd == pytest.approx(after.total_used / 500_000)
    usage = client.billing.usage()
    assert usage.usage_quota == after.total_used
    subscription = client.billing.subscription()
    assert not subscription.unlimited and subscription.limit_quota == 5_250_000


def test_an_unlimited_key_is_shown_as_such(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.app.state.billing.unlimited = True
    data = client.billing.token_usage().data
    assert data is not None and data.unlimited and data.available_usd is None and data.granted_usd is None
    subscription = client.billing.subscription()
    assert subscription.unlimited and subscription.limit_quota is None


def test_prices_follow_new_apis_ratios(client: wushuang.Wushuang) -> None:
    prices = client.billing.pricing()
    mini = prices.price("gpt-4o-mini")
    assert (mini.input_usd_per_million, mini.output_usd_per_million) == pytest.approx((0.15, 0.6))
    assert prices.price("dall-e-3").per_call and prices.cost_usd("dall-e-3", 0, 0) == pytest.approx(0.04)
    with pytest.raises(LookupError, match="no model 'gpt-9'"):
        prices.price("gpt-9")
    with pytest.raises(LookupError, match="no group 'vip'"):
        prices.cost_usd("gpt-4o-mini", 1, 1, group="vip")


def test_rerank_is_typed_and_ranks_the_matching_document_first(client: wushuang.Wushuang) -> None:
    documents = ["new cars for sale", "organic skincare for sensitive skin", "weather today"]
    answer = client.rerank.create(
        model="jina-reranker-v2-base-multilingual",
        query="organic skincare",
        documents=documents,
        top_n=2,
        return_documents=True,
    )
    assert [r.index for r in answer.results][0] == 1 and len(answer.results) == 2
    assert answer.results[0].document == {"text": documents[1]}
    assert answer.usage is not None and answer.usage.prompt_tokens > 0
    with pytest.raises(wushuang.InvalidParameterError, match="top_n"):
        client.rerank.create(model="jina-reranker-v2-base-multilingual", query="q", documents=["a"], top_n=0)


# ---------------------------------------------------------------- spend and budget
def test_a_calls_cost_is_readable_and_the_total_runs(emu: Emulator) -> None:
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, track_spend=True) as sdk:
        assert sdk.spend is not None and sdk.spend.budget_usd is None
        answer = sdk.chat.completions.create(**CHAT)
        cost = sdk.spend.cost_of(answer)
        assert cost is not None and cost.model == "gpt-4o-mini"
        assert cost.usd == pytest.approx(_charged(answer.usage, 0.075, 4))
        raw = sdk.with_raw_response.chat.completions.create(**CHAT)
        assert sdk.spend.cost_of(raw) is not None and sdk.spend.cost_of(raw.parse()) == sdk.spend.cost_of(raw)
        assert sdk.spend.calls == 2 and sdk.spend.total_usd == pytest.approx(2 * cost.usd)
        # The relay's own count agrees (it rounds each call to whole quota units).
        used = sdk.billing.token_usage().data
        assert used is not None and abs(used.total_used - 2 * cost.quota) <= 2


def test_streamed_usage_is_counted(emu: Emulator) -> None:
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, track_spend=True) as sdk:
        assert sdk.spend is not None
        with sdk.chat.completions.create(**CHAT, stream=True, stream_options={"include_usage": True}) as stream:
            usage = [chunk.usage for chunk in stream if chunk.usage is not None][-1]
        cost = sdk.spend.cost_of(stream)
        assert cost is not None and cost.usd == pytest.approx(_charged(usage, 0.075, 4))


def test_a_stream_without_usage_warns_once_and_counts_nothing(emu: Emulator) -> None:
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, track_spend=True) as sdk:
        assert sdk.spend is not None
        with pytest.warns(wushuang.SpendWarning, match="reported no usage") as caught:
            for _ in range(2):
                with sdk.chat.completions.create(**CHAT, stream=True) as stream:
                    list(stream)
        assert len(caught) == 1 and sdk.spend.calls == 0


def test_the_budget_refuses_to_send_once_reached(emu: Emulator) -> None:
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, budget_usd=1e-6) as sdk:
        sdk.chat.completions.create(**CHAT)
        sent = len(emu.requests)
        with pytest.raises(wushuang.BudgetExceededError, match="createChatCompletion was not sent") as caught:
            sdk.chat.completions.create(**CHAT)
        assert len(emu.requests) == sent and caught.value.budget_usd == 1e-6
        assert sdk.billing.token_usage().data is not None  # the billing routes stay open


async def test_the_async_client_counts_and_refuses_alike(emu: Emulator) -> None:
    async with wushuang.AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, budget_usd=2e-5) as sdk:
        answer = await sdk.chat.completions.create(**CHAT)
        assert sdk.spend is not None and sdk.spend.cost_of(answer) is not None
        stream = await sdk.chat.completions.create(**CHAT, stream=True, stream_options={"include_usage": True})
        async with stream:
            async for _ in stream:
                pass
        assert sdk.spend.cost_of(stream) is not None and sdk.spend.calls == 2
        with pytest.raises(wushuang.BudgetExceededError):
            await sdk.chat.completions.create(**CHAT)


async def test_the_price_list_is_fetched_once_for_calls_that_start_together(emu: Emulator) -> None:
    import asyncio

    async with wushuang.AsyncWushuang(api_key=emu.api_key, base_url=emu.base_url, track_spend=True) as sdk:
        await asyncio.gather(*(sdk.chat.completions.create(**CHAT) for _ in range(5)))
        assert sdk.spend is not None and sdk.spend.calls == 5
    assert [r.path for r in emu.requests].count("/api/pricing") == 1


def test_a_copy_shares_the_tracker_and_prices_can_be_refreshed(emu: Emulator) -> None:
    with wushuang.Wushuang(api_key=emu.api_key, base_url=emu.base_url, budget_usd=1.0) as sdk:
        copy = sdk.with_options(max_retries=0)
        assert copy.spend is sdk.spend and sdk.spend is not None
        copy.chat.completions.create(**CHAT)
        assert sdk.spend.calls == 1
        emu.app.state.billing.group_ratio["default"] = 2.0
        sdk.spend.refresh_prices()
        before = sdk.spend.total_usd
        answer = sdk.chat.completions.create(**CHAT)
        cost = sdk.spend.cost_of(answer)
        assert cost is not None and cost.usd == pytest.approx(2 * _charged(answer.usage, 0.075, 4))
        assert sdk.spend.total_usd == pytest.approx(before + cost.usd)
    assert [r.path for r in emu.requests].count("/api/pricing") == 2


def test_no_tracker_without_budget_or_spend(client: wushuang.Wushuang) -> None:
    assert client.spend is None and client.middleware == ()


@pytest.mark.parametrize("budget", [0, -1.0, math.nan, math.inf, "2", True])
def test_a_budget_that_is_not_a_positive_number_is_refused(budget: Any) -> None:
    with pytest.raises(wushuang.InvalidParameterError, match="budget_usd must be a positive number"):
        wushuang.Wushuang(api_key="sk-test", budget_usd=budget)


def test_amounts_convert_by_unit_and_an_unknown_unit_is_named() -> None:
    assert wushuang.to_usd(500_000, "quota") == 1.0 and wushuang.to_usd(250, "cents") == 2.5
    with pytest.raises(ValueError, match="unknown unit 'cny'"):
        wushuang.to_usd(1, "cny")  # type: ignore[arg-type]


# ---------------------------------------------------------------- hostile relays
def _relay(pricing: Any, usage: dict[str, int] | None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/pricing":
            return httpx.Response(200, json=pricing)
        body: dict[str, Any] = {"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
        if usage is not None:
            body["usage"] = usage
        return httpx.Response(200, json=body)

    return handler


USAGE = {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}


def test_a_model_missing_from_the_price_list_warns_once() -> None:
    pricing = {"success": True, "data": [{"model_name": "other", "quota_type": 0, "model_ratio": 1}]}
    with mock_client(_relay(pricing, USAGE), track_spend=True) as sdk:
        assert sdk.spend is not None
        with pytest.warns(wushuang.SpendWarning, match="no model 'gpt-4o-mini'") as caught:
            sdk.chat.completions.create(**CHAT)
            sdk.chat.completions.create(**CHAT)
        assert len(caught) == 1 and sdk.spend.total_usd == 0


def test_a_json_answer_read_as_a_stream_is_said_to_go_uncounted() -> None:
    pricing = {"success": True, "data": [{"model_name": "gpt-4o-mini", "quota_type": 0, "model_ratio": 1}]}
    relay = _relay(pricing, USAGE)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = relay(request)  # its body as it comes off a connection: not read before the caller reads it
        return httpx.Response(answer.status_code, headers=answer.headers, content=iter([answer.content]))

    with mock_client(handler, track_spend=True) as sdk:
        assert sdk.spend is not None
        with pytest.warns(wushuang.SpendWarning, match="reported no usage"):
            with sdk.chat.completions.with_streaming_response.create(**CHAT) as answer:
                answer.read()
        assert sdk.spend.calls == 0


def test_a_price_without_its_ratio_warns() -> None:
    pricing = {"success": True, "data": [{"model_name": "gpt-4o-mini", "quota_type": 0}], "group_ratio": {"default": 1}}
    with (
        mock_client(_relay(pricing, USAGE), track_spend=True) as sdk,
        pytest.warns(wushuang.SpendWarning, match="no model_ratio"),
    ):
        sdk.chat.completions.create(**CHAT)


def test_a_malformed_or_refused_price_list_warns_and_counts_nothing() -> None:
    for pricing in ({"success": True, "data": "oops"}, {"success": False, "message": "无权进行此操作"}):
        with mock_client(_relay(pricing, USAGE), track_spend=True) as sdk:
            with pytest.warns(wushuang.SpendWarning, match="price list could not be read"):
                sdk.chat.completions.create(**CHAT)
            assert sdk.spend is not None and sdk.spend.total_usd == 0


def test_a_refusal_in_the_envelope_is_a_billing_error_and_an_error_body_its_own_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v1/dashboard"):
            return httpx.Response(200, json={"error": {"message": "令牌额度已用尽", "type": "new_api_error"}})
        return httpx.Response(200, json={"success": False, "message": "无效的令牌"})

    with mock_client(handler) as sdk:
        with pytest.raises(wushuang.QuotaExhaustedError, match="令牌额度已用尽"):
            sdk.billing.subscription()
        with pytest.raises(wushuang.BillingError, match="无效的令牌"):
            sdk.billing.logs()


# ---------------------------------------------------------------- the command line
def _run(emu: Emulator, *args: str) -> Any:
    env = {"WUSHUANG_API_KEY": emu.api_key, "WUSHUANG_BASE_URL": emu.base_url}
    return CliRunner().invoke(cli, list(args), env=env)


def test_balance_usage_and_pricing_commands(emu: Emulator, client: wushuang.Wushuang) -> None:
    client.chat.completions.create(**CHAT)
    emu.app.state.billing.name = emu.api_key  # even a key named after itself is not shown
    balance = _run(emu, "balance")
    assert balance.exit_code == 0 and "available: 10.4" in balance.output
    usage = _run(emu, "--json", "usage")
    assert json.loads(usage.output)["calls"][0]["model_name"] == "gpt-4o-mini"
    for result in (balance, usage, _run(emu, "--json", "balance")):
        assert emu.api_key not in result.output
    emu.app.state.billing.unlimited = True
    assert "available: unlimited" in _run(emu, "balance").output
    price = json.loads(_run(emu, "--json", "pricing", "gpt-4o").output)
    assert price == {
        "model": "gpt-4o",
        "per_call_usd": None,
        "input_usd_per_million": 2.5,
        "output_usd_per_million": 10,
    }
    emu.app.state.billing.unlimited = False
    emu.faults.push(Fault(status=404, operation_id="getTokenUsage"))  # one-api: no /api/usage/token
    fallback = json.loads(_run(emu, "--json", "balance").output)
    assert [r.path for r in emu.requests][-2:] == ["/v1/dashboard/billing/subscription", "/v1/dashboard/billing/usage"]
    assert fallback["granted_quota"] == 5_250_000 and fallback["used_quota"] == json.loads(usage.output)["usage_quota"]
    missing = _run(emu, "pricing", "gpt-9")
    assert missing.exit_code == 1 and "no model 'gpt-9'" in missing.output


def test_pricing_prints_unknown_for_a_price_the_list_leaves_out() -> None:
    body = {"success": True, "data": [{"model_name": "odd", "quota_type": 0}, {"model_name": "flat", "quota_type": 1}]}
    with scripted_server() as server:
        server.default = Reply(body=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
        env = {"WUSHUANG_API_KEY": "sk-test", "WUSHUANG_BASE_URL": server.base_url}
        result = CliRunner().invoke(cli, ["pricing"], env=env)
    assert result.exit_code == 0, result.output
    assert "odd  in unknown  out unknown" in result.output and "flat  unknown USD per call" in result.output
