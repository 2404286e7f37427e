"""Arrays are ``Sequence[...]`` in method signatures: a typed ``list`` of one member of a union is accepted (a
``list`` is invariant, so ``list[UserMessage]`` is not a ``list[Message]``), and so is a tuple.

``mypy --strict tests/typing`` checks the calls; pytest sends them to the emulator.
"""

from __future__ import annotations

from typing import assert_type

from wushuang import AsyncWushuang, ParsedChatCompletion, Wushuang
from wushuang._generated.models import CreateChatCompletionResponse, CreateCompletionResponse
from wushuang.testing import Emulator
from wushuang.types.chat import ChatCompletionToolParam, ChatCompletionUserMessageParam

MESSAGES: list[ChatCompletionUserMessageParam] = [{"role": "user", "content": "hi"}]
TOOLS: list[ChatCompletionToolParam] = [
    {"type": "function", "function": {"name": "noop", "parameters": {"type": "object", "properties": {}}}}
]
STOP: tuple[str, ...] = ("\n\n", "END")


def check_sync(client: Wushuang) -> None:
    completion = client.chat.completions.create(model="gpt-4", messages=MESSAGES, tools=TOOLS)
    assert_type(completion, CreateChatCompletionResponse)
    assert isinstance(completion, CreateChatCompletionResponse)
    parsed = client.chat.completions.parse(model="gpt-4", messages=MESSAGES, tools=TOOLS)
    assert isinstance(parsed, ParsedChatCompletion)
    text = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="p", stop=STOP, max_tokens=2)
    assert_type(text, CreateCompletionResponse)
    assert isinstance(text, CreateCompletionResponse)


async def check_async(client: AsyncWushuang) -> None:
    completion = await client.chat.completions.create(model="gpt-4", messages=MESSAGES, tools=TOOLS)
    assert_type(completion, CreateChatCompletionResponse)
    assert isinstance(completion, CreateChatCompletionResponse)
    text = await client.completions.create(model="gpt-3.5-turbo-instruct", prompt="p", stop=STOP, max_tokens=2)
    assert_type(text, CreateCompletionResponse)


def test_typed_lists_and_tuples_are_accepted(wushuang_emulator: Emulator) -> None:
    with Wushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        check_sync(client)


async def test_typed_lists_and_tuples_are_accepted_async(wushuang_emulator: Emulator) -> None:
    async with AsyncWushuang(api_key=wushuang_emulator.api_key, base_url=wushuang_emulator.base_url) as client:
        await check_async(client)
