"""``help()`` documents every parameter of every generated method, and a misspelled keyword suggests the right one.

The walk starts at the clients (``Wushuang`` / ``AsyncWushuang``), follows every resource and sub-resource, and
reads the docstring of each public method the generated modules define: every parameter of its signature must have
an entry in its ``Args:`` section (the ``**unknown`` catch-all aside), a ``Returns:`` and a ``Raises:``, and every
operation of the table (``wushuang._generated.operations``) must be reached by the walk, once per client. The
hand-written methods some resources mix in are held to the same rule by a test expected to fail until they are.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from wushuang import AsyncWushuang, InternalServerError, Wushuang
from wushuang._core.operation import all_operations
from wushuang._core.resource import AsyncAPIResource, SyncAPIResource

# An `Args:` entry: `    name (type): text` or `    name: text`, four spaces deeper than `Args:`.
ARG_ENTRY = re.compile(r"^    (\w+)(?: \(.*?\))?:", re.MULTILINE)


def documented(docstring: str) -> set[str]:
    """The names of the ``Args:`` section of a docstring (none when it has no such section)."""
    text = inspect.cleandoc(docstring)
    _, found, rest = text.partition("\nArgs:\n")
    if not found:
        return set()
    section = re.split(r"\n(?=\S)", rest, maxsplit=1)[0]  # up to the next unindented line (`Returns:` ...)
    return set(ARG_ENTRY.findall(section))


def resources(resource: Any, dotted: str) -> Iterator[tuple[str, Any]]:
    """``resource`` and its sub-resources, depth first, with their dotted names."""
    yield dotted, resource
    for name in dir(type(resource)):
        if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
            continue
        child = getattr(resource, name)
        if isinstance(child, (SyncAPIResource, AsyncAPIResource)):
            yield from resources(child, f"{dotted}.{name}")


def public_methods(client: Wushuang | AsyncWushuang, *, generated: bool) -> Iterator[tuple[str, Any]]:
    """Every public method on every resource of ``client``: the generated ones, or the hand-written mixins'."""
    roots = [
        name
        for name in dir(type(client))
        if isinstance(getattr(client, name, None), (SyncAPIResource, AsyncAPIResource))
    ]
    assert len(roots) >= 10, roots
    for root in roots:
        for dotted, resource in resources(getattr(client, root), root):
            for name in dir(type(resource)):
                method = getattr(resource, name)
                if name.startswith("_") or not inspect.ismethod(method):
                    continue
                if method.__func__.__module__.startswith("wushuang._generated.") == generated:
                    yield f"{dotted}.{name}", method


def undocumented(method: Any) -> list[str]:
    """The parameters of ``method`` its docstring's ``Args:`` lacks, and the sections it lacks."""
    doc = method.__doc__ or ""
    names = [name for name, p in inspect.signature(method).parameters.items() if p.kind is not p.VAR_KEYWORD]
    missing = [name for name in names if name not in documented(doc)]
    text = inspect.cleandoc(doc)
    sections = [section for section in ("Returns:", "Raises:") if not re.search(f"^{section}$", text, re.MULTILINE)]
    return missing + sections


@pytest.fixture(params=["sync", "async"])
def any_client(request: pytest.FixtureRequest) -> Iterator[Wushuang | AsyncWushuang]:
    kind = Wushuang if request.param == "sync" else AsyncWushuang
    yield kind(api_key="sk-docs", base_url="http://127.0.0.1:9")


def test_every_parameter_of_every_method_is_documented(any_client: Wushuang | AsyncWushuang) -> None:
    missing: dict[str, list[str]] = {}
    reached: set[str] = set()
    count = 0
    for where, method in public_methods(any_client, generated=True):
        count += 1
        if undocumented(method):
            missing[where] = undocumented(method)
        reached.update(re.findall(r"``[A-Z]+ (/[^`]*)``", method.__doc__ or ""))
    assert not missing, missing
    assert count > len(all_operations())  # the operations' methods, plus the poll helpers
    assert {op.path for op in all_operations().values()} <= reached


def test_every_parameter_of_every_hand_written_method_is_documented(any_client: Wushuang | AsyncWushuang) -> None:
    methods = dict(public_methods(any_client, generated=False))
    assert "midjourney.submit.press" in methods
    missing = {where: undocumented(method) for where, method in methods.items() if undocumented(method)}
    assert not missing, missing


def test_nested_types_and_per_call_options_are_described() -> None:
    client = Wushuang(api_key="sk-docs", base_url="http://127.0.0.1:9")
    doc = client.chat.completions.create.__doc__ or ""
    for needle in (
        "messages (list[ChatCompletionRequestDeveloperMessage",  # the type of the argument
        "``ChatCompletionRequestUserMessage``: a dict, keys:",  # a message's shape and its variants
        "``content`` (str | list[ChatCompletionContentPartText | ChatCompletionContentPartImage | "
        "ChatCompletionContentPartAudio | ChatCompletionContentPartFile], required)",
        "``FunctionDefinition``: a dict, keys:",  # the function object of `tools`
        "extra_body (Body | None): Fields added to the request body",
        "timeout (Timeout):",
        "Returns:\n",
        "Stream[models.CreateChatCompletionStreamResponse]",
        "InvalidParameterError:",
    ):
        assert needle in doc, needle
    assert "AsyncStream[" in (AsyncWushuang(api_key="sk-docs").chat.completions.create.__doc__ or "")
    # A component named twice in one docstring is described once.
    assert doc.count("``FunctionDefinition``: a dict") == 1


def test_documented_reads_only_the_args_section() -> None:
    doc = "Do it.\n\nArgs:\n    a (int): one.\n\n        - ``b`` (str)\n    c: three.\n\nReturns:\n    d: no.\n"
    assert documented(doc) == {"a", "c"}
    assert documented("No sections.\n    a: not an argument.") == set()


# ---------------------------------------------------------------- a misspelled keyword


@dataclass
class Recording:
    """Clients whose every request is recorded (and answered 500) instead of sent."""

    client: Wushuang
    aclient: AsyncWushuang
    sent: list[httpx.Request]


@pytest.fixture
async def recording() -> AsyncIterator[Recording]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=transport) as ahttp:
        with httpx.Client(transport=transport) as http:
            yield Recording(
                Wushuang(api_key="sk-docs", base_url="http://127.0.0.1:9", http_client=http, max_retries=0),
                AsyncWushuang(api_key="sk-docs", base_url="http://127.0.0.1:9", http_client=ahttp, max_retries=0),
                sent,
            )


CHAT = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
SUGGESTION = "create() got an unexpected keyword argument 'max_token'; did you mean 'max_tokens'?"


def test_misspelled_keyword_suggests_the_right_one_and_sends_nothing(recording: Recording) -> None:
    client = recording.client
    for create in (client.chat.completions.create, client.chat.completions.with_raw_response.create):
        with pytest.raises(TypeError) as caught:
            create(**CHAT, max_token=5)
        assert str(caught.value) == SUGGESTION
    with pytest.raises(TypeError, match="did you mean 'max_tokens'"):  # noqa: SIM117 (raised on entering)
        with client.with_streaming_response.chat.completions.create(**CHAT, max_token=5):
            pass
    # The helper methods, and a keyword nothing is close to (no suggestion).
    with pytest.raises(
        TypeError, match=r"^wait\(\) got an unexpected keyword argument 'intervl'; did you mean 'interval'\?$"
    ):
        client.midjourney.tasks.wait("1", intervl=1.0)
    with pytest.raises(TypeError, match="did you mean 'poll_interval'"):
        client.beta.threads.runs.create_and_poll("thread_1", assistant_id="asst_1", poll_intervl=1.0)
    with pytest.raises(TypeError, match="did you mean 'thread_id'"):
        client.beta.threads.runs.poll("run_1", thred_id="thread_1")
    with pytest.raises(TypeError, match=r"^list\(\) got an unexpected keyword argument 'zzz'$"):
        client.models.list(zzz=1)
    assert recording.sent == []


async def test_misspelled_keyword_async(recording: Recording) -> None:
    aclient = recording.aclient
    for create in (aclient.chat.completions.create, aclient.with_raw_response.chat.completions.create):
        with pytest.raises(TypeError) as caught:
            await create(**CHAT, max_token=5)
        assert str(caught.value) == SUGGESTION
    with pytest.raises(TypeError, match="did you mean 'max_tokens'"):
        async with aclient.chat.completions.with_streaming_response.create(**CHAT, max_token=5):
            pass
    with pytest.raises(TypeError, match="did you mean 'order'"):  # an async list: a pager, not a coroutine
        aclient.beta.assistants.list(ordr="asc")
    with pytest.raises(TypeError, match="did you mean 'interval'"):
        await aclient.midjourney.tasks.wait("1", intervl=1.0)
    assert recording.sent == []


def test_a_correct_call_still_goes_out(recording: Recording) -> None:
    """The catch-all is not sent: the request carries exactly the arguments given."""
    with pytest.raises(InternalServerError):  # the recording transport answers 500
        recording.client.chat.completions.create(**CHAT, max_tokens=5)
    assert len(recording.sent) == 1
    assert set(json.loads(recording.sent[0].content)) == {"model", "messages", "max_tokens"}
