"""Static types of structured outputs: ``mypy --strict tests/typing`` checks every ``assert_type`` here, and
pytest runs the same functions against the emulator (each asserted type is also checked with ``isinstance``)."""

from __future__ import annotations

import dataclasses
from typing import TypedDict, assert_type

import msgspec

from wushuang import (
    AsyncChatCompletionStream,
    AsyncWushuang,
    ChatCompletionStream,
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    Wushuang,
    function_tool,
)
from wushuang.testing import Emulator


class Weather(msgspec.Struct):
    city: str
    celsius: float


@dataclasses.dataclass
class Forecast:
    days: int


class Place(TypedDict):
    name: str


def check_sync(client: Wushuang) -> None:
    completion = client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    )
    assert_type(completion, ParsedChatCompletion[Weather])
    message = completion.choices[0].message
    assert_type(message, ParsedChatCompletionMessage[Weather])
    assert_type(message.parsed, Weather | None)
    assert isinstance(message.parsed, Weather)

    forecast = client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "days?"}], response_format=Forecast, temperature=0
    )
    assert_type(forecast.choices[0].message.parsed, Forecast | None)
    assert isinstance(forecast.choices[0].message.parsed, Forecast)

    place = client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "where?"}], response_format=Place
    )
    assert_type(place, ParsedChatCompletion[Place])
    assert isinstance(place.choices[0].message.parsed, dict)

    plain = client.chat.completions.parse(
        model="gpt-4o",
        messages=[{"role": "user", "content": "call it"}],
        tools=[function_tool(Forecast, name="forecast")],
    )
    assert_type(plain, ParsedChatCompletion[None])
    calls = plain.choices[0].message.tool_calls or []
    assert isinstance(calls[0].function.parsed_arguments, Forecast)

    with client.chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    ) as stream:
        assert_type(stream, ChatCompletionStream[Weather])
        for event in stream:
            if event.type == "content.done":
                assert_type(event.parsed, Weather | None)
                assert isinstance(event.parsed, Weather)
        final = stream.get_final_completion()
    assert_type(final, ParsedChatCompletion[Weather])
    assert isinstance(final.choices[0].message.parsed, Weather)


async def check_async(client: AsyncWushuang) -> None:
    completion = await client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    )
    assert_type(completion, ParsedChatCompletion[Weather])
    assert isinstance(completion.choices[0].message.parsed, Weather)

    async with client.chat.completions.stream(
        model="gpt-4o", messages=[{"role": "user", "content": "weather?"}], response_format=Weather
    ) as stream:
        assert_type(stream, AsyncChatCompletionStream[Weather])
        final = await stream.get_final_completion()
    assert_type(final, ParsedChatCompletion[Weather])
    assert isinstance(final.choices[0].message.parsed, Weather)


def test_sync_structured_types(wushuang_emulator: Emulator) -> None:
    with Wushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        check_sync(client)


async def test_async_structured_types(wushuang_emulator: Emulator) -> None:
    async with AsyncWushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        await check_async(client)
