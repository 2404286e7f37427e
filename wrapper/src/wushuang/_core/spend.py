"""Spend: what each call cost (estimated, in USD) from the relay's price list and the answer's usage, a running
total, and a budget that refuses to send once the total reaches it.

    client = wushuang.Wushuang(budget_usd=2.0)        # or track_spend=True, without a budget
    answer = client.chat.completions.create(model="gpt-4o-mini", messages=[...])
    client.spend.cost_of(answer)                      # CallCost(model='gpt-4o-mini', ..., usd=1.2e-05)
    client.spend.total_usd

A ``SpendTracker`` is a ``Middleware``: a client made without ``budget_usd`` or ``track_spend`` has none, and
pays nothing. The price list (``client.billing.pricing()``) is fetched once, on the first billable call, through
the same client; ``refresh_prices()`` fetches it again on the next. The cost of a call is new-api's charge
(``PricingResponse.cost_usd``): per token from the answer's ``usage`` (a stream's usage chunk, sent when the
request asks for ``stream_options.include_usage``), or per call. The model is the one the request names.

When a model is not on the price list, or a call's usage is unknown (a stream without a usage chunk, a stream
closed early), the call counts nothing and the tracker warns once per model and kind, with a ``SpendWarning``
(``warnings`` module: silence it with ``warnings.simplefilter("ignore", wushuang.SpendWarning)``). The billing
routes themselves (``/api/...``, ``/v1/dashboard/...``) and downloads are free and never refused.
"""

from __future__ import annotations

import math
import threading
import warnings
import weakref
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from wushuang._billing import QUOTA_PER_USD
from wushuang._core.errors import BudgetExceededError, InvalidParameterError
from wushuang._core.middleware import AsyncSendNext, Attempt, Call, Middleware, SendNext
from wushuang._core.tail import stream_tail, tail_of

__all__ = ["COST", "CallCost", "SpendTracker", "SpendWarning", "check_budget"]

COST = "spend.cost"  # where a counted call's CallCost is kept in its Call.state (telemetry reads it)
_FREE_PREFIXES = ("/api/", "/v1/dashboard/")
_MODEL = "spend.model"
_RESULT = "spend.result"
_TOKEN_FIELDS = ("prompt_tokens", "completion_tokens")


class SpendWarning(UserWarning):
    """A call's cost is unknown: its model is not on the relay's price list, or its usage was not reported."""


@dataclass(frozen=True, slots=True)
class CallCost:
    """The estimated cost of one call: its model, the tokens it was charged for, quota units and USD."""

    model: str
    prompt_tokens: int
    completion_tokens: int
    quota: float
    usd: float


def check_budget(value: object) -> float:
    """``budget_usd`` checked: a positive, finite number of USD (else ``InvalidParameterError``, a ``ValueError``)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not (math.isfinite(value) and value > 0):
        message = f"budget_usd must be a positive number of USD, got {value!r}"
        raise InvalidParameterError(message, param="budget_usd", operation_id="")
    return float(value)


def _billable(call: Call) -> bool:
    return call.operation_id != "download" and not call.path.startswith(_FREE_PREFIXES)


class _Named(msgspec.Struct):
    """A request body as far as spend reads it: its ``model`` (msgspec skips the rest without building it)."""

    model: str | None = None


_read_model = msgspec.json.Decoder(_Named).decode


def _requested_model(request: httpx.Request) -> str | None:
    """The ``model`` a JSON request names (the name the price list knows), or None."""
    if "json" not in request.headers.get("content-type", ""):
        return None
    try:
        return _read_model(request.content).model
    except (msgspec.ValidationError, msgspec.DecodeError, httpx.RequestNotRead, RecursionError):
        return None


class SpendTracker(Middleware):
    """Estimates what each call of a client costs and keeps the total; refuses calls once ``budget_usd`` is
    reached (``BudgetExceededError``, nothing sent).

    ``Wushuang(budget_usd=...)`` or ``Wushuang(track_spend=True)`` installs one (``client.spend``); pass your own
    in ``middleware=[...]`` to choose the ``group`` whose price ratio applies (default ``"default"``) or to give
    the price list (a ``PricingResponse``) instead of fetching it.
    """

    def __init__(self, budget_usd: float | None = None, *, group: str = "default", prices: Any = None) -> None:
        self._budget = None if budget_usd is None else check_budget(budget_usd)
        if not isinstance(group, str) or not group:
            raise ValueError(f"group must be a non-empty string, got {group!r}")
        self._group = group
        self._prices: Any = None
        self._index: dict[str, Any] = {}  # model name -> its price, built once per price list
        if prices is not None:
            self._use(prices)
        self._prices_failed = False
        self._client: Any = None
        self._fetching = threading.Lock()
        self._afetching: Any = None  # the async twin (an anyio.Lock, made in the event loop)
        self._lock = threading.Lock()
        self._total = 0.0
        self._calls = 0
        self._last: CallCost | None = None
        self._costs: dict[int, CallCost] = {}
        self._warned: set[tuple[str, str]] = set()

    def bind(self, client: Any) -> None:
        """Fetch the price list through ``client`` (the client installing the tracker does this)."""
        if self._client is None:
            self._client = client

    @property
    def budget_usd(self) -> float | None:
        """The budget, in USD (None: spend is only counted)."""
        return self._budget

    @property
    def total_usd(self) -> float:
        """The estimated spend of the calls counted so far, in USD."""
        return self._total

    @property
    def calls(self) -> int:
        """How many calls have been counted (those whose cost was known)."""
        return self._calls

    @property
    def last(self) -> CallCost | None:
        """The cost of the last call counted."""
        return self._last

    @property
    def prices(self) -> Any:
        """The price list in use (a ``PricingResponse``), or None before it is fetched."""
        return self._prices

    def refresh_prices(self) -> None:
        """Fetch the price list again before the next billable call."""
        self._prices, self._index, self._prices_failed = None, {}, False

    def cost_of(self, result: object) -> CallCost | None:
        """The cost of the call that gave ``result`` (a decoded answer, a ``RawResponse``, a stream once it has
        ended); None when it was not counted."""
        return self._costs.get(id(result))

    # ---------------------------------------------------------------- hooks
    def call_started(self, call: Call) -> None:
        """Refuse the call when the budget is reached."""
        if self._budget is not None and self._total >= self._budget and _billable(call):
            raise BudgetExceededError(budget_usd=self._budget, spent_usd=self._total, operation_id=call.operation_id)

    def send(self, attempt: Attempt, call_next: SendNext) -> httpx.Response:
        """Note the model asked for; fetch the price list on the first billable call; keep a stream's end."""
        if attempt.number == 0 and _billable(attempt.call):
            if self._needs_prices():
                with self._fetching:  # one fetch for the threads that start together
                    if self._needs_prices():
                        self._fetch(self._client.billing.pricing)
            attempt.call.state[_MODEL] = _requested_model(attempt.request)
        return self._kept(attempt.call, call_next(attempt.request))

    async def asend(self, attempt: Attempt, call_next: AsyncSendNext) -> httpx.Response:
        """The async twin of ``send``."""
        if attempt.number == 0 and _billable(attempt.call):
            if self._needs_prices():
                import anyio  # asyncio or trio, as the async client

                if self._afetching is None:
                    self._afetching = anyio.Lock()
                async with self._afetching:  # one fetch for the calls that start together
                    if self._needs_prices():
                        await self._afetch()
            attempt.call.state[_MODEL] = _requested_model(attempt.request)
        return self._kept(attempt.call, await call_next(attempt.request))

    def call_ended(self, call: Call, result: object, error: BaseException | None) -> None:
        """Count a whole answer; keep a stream's result until its body ends."""
        if error is not None or not _billable(call):
            return
        if call.stream:  # weakly: the result holds the call through its body, and a cycle would outlive a drop
            try:
                call.state[_RESULT] = weakref.ref(result)
            except TypeError:  # None, or a result of no class of the SDK's
                pass
            return
        answer = result
        parse = getattr(result, "parse", None)
        if callable(parse):  # a RawResponse (the batch runner's calls): its body is read, parsing costs once
            try:
                answer = parse()
            except Exception:  # noqa: BLE001 - the caller meets that error when it parses
                return
        self._count(call, (result, answer), getattr(answer, "usage", None), getattr(answer, "model", None))

    def stream_ended(self, call: Call) -> None:
        """Count a stream from the usage chunk among its last events (a body that is no event stream: no usage)."""
        if not _billable(call):
            return
        tail = stream_tail(call)
        ref = call.state.get(_RESULT)
        self._count(call, (ref() if ref is not None else None,), tail.usage() if tail is not None else None, None)

    # ---------------------------------------------------------------- counting
    def _needs_prices(self) -> bool:
        return self._prices is None and not self._prices_failed and self._client is not None

    def _fetch(self, fetch: Any) -> None:
        try:
            self._use(fetch())
        except Exception as exc:  # noqa: BLE001 - no price list: every cost is unknown, said once
            self._no_prices(exc)

    async def _afetch(self) -> None:
        try:
            self._use(await self._client.billing.pricing())
        except Exception as exc:  # noqa: BLE001 - no price list: every cost is unknown, said once
            self._no_prices(exc)

    def _use(self, prices: Any) -> None:
        self._index = {item.model_name: item for item in getattr(prices, "data", None) or ()}
        self._prices = prices

    def _no_prices(self, exc: Exception) -> None:
        self._prices_failed = True
        self._warn("prices", "", f"the relay's price list could not be read ({exc}); call costs are unknown")

    def _kept(self, call: Call, response: httpx.Response) -> httpx.Response:
        if _billable(call):
            tail_of(call, response)  # a streamed answer's usage chunk comes at its end
        return response

    def _count(self, call: Call, results: tuple[object, ...], usage: Any, answered_model: Any) -> None:
        model = call.state.get(_MODEL) or answered_model
        if not isinstance(model, str) or self._prices is None:
            return
        try:
            price = self._index.get(model) or self._prices.price(model)  # a miss raises, naming the model
            group_ratio = self._prices.group_ratio_of(self._group)
        except LookupError as exc:
            self._warn("price", model, f"no price for this call ({exc}); it is not counted")
            return
        prompt, completion = _tokens(usage)
        if not price.per_call and prompt is None:
            self._warn("usage", model, f"{call.operation_id} reported no usage for {model!r}; the call is not counted")
            return
        try:
            quota = price.quota(prompt or 0, completion or 0, group_ratio=group_ratio)
        except ValueError as exc:
            self._warn("price", model, f"{exc}; the call is not counted")
            return
        cost = CallCost(model, prompt or 0, completion or 0, quota, quota / QUOTA_PER_USD)
        with self._lock:
            self._total += cost.usd
            self._calls += 1
            self._last = cost
        call.state[COST] = cost
        for result in results:
            self._remember(result, cost)

    def _remember(self, result: object, cost: CallCost) -> None:
        key = id(result)
        try:
            weakref.finalize(result, self._costs.pop, key, None)
        except TypeError:
            return  # not weakly referenceable: nothing to hang the cost on
        self._costs[key] = cost

    def _warn(self, kind: str, model: str, message: str) -> None:
        if (kind, model) in self._warned:
            return
        self._warned.add((kind, model))
        warnings.warn(message, SpendWarning, stacklevel=2)


def _tokens(usage: Any) -> tuple[int | None, int | None]:
    """(prompt, completion) tokens of a usage object or dict; None where it does not say."""
    if usage is None:
        return None, None
    fields = usage if isinstance(usage, dict) else {name: getattr(usage, name, None) for name in _TOKEN_FIELDS}
    prompt, completion = (fields.get(name) for name in _TOKEN_FIELDS)
    return (prompt if isinstance(prompt, int) else None, completion if isinstance(completion, int) else None)
