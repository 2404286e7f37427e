"""The peers, each on its default code path; only the innermost transport (or the base URL) changes.

A peer knows how to build its sync client over a given ``httpx`` transport, its async client for a base URL,
and how a user makes the calls the benchmark times: a non-streamed completion, and a streamed completion or
chat completion read chunk by chunk through the peer's own streaming iterator. The four ``PEERS`` run in every
section; the ``AIOHTTP_PEERS`` are async clients over aiohttp instead of httpcore (``httpx-aiohttp``'s transport,
or openai's ``DefaultAioHttpClient``) and run in the loopback section only. The ``EMBEDDERS`` are the ways the
embeddings section calls ``embeddings.create``: each of the four peers on its default path, and wushuang and openai
with the options that change their wire format or decoder (floats asked for, numpy installed or not). SDKs are
imported inside the functions, so importing this module costs nothing that is measured.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from bench.payloads import API_KEY, BASE_URL, CHAT_MODEL, EMBEDDING_MODEL, MODEL

__all__ = ["AIOHTTP_PEERS", "EMBEDDERS", "LOOPBACK_PEERS", "PEERS", "AsyncPeer", "Embedder", "Peer", "without"]


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


@dataclass(frozen=True)
class AsyncPeer:
    """A contender in the loopback section: how to build its async client and make the timed calls."""

    name: str
    async_client: Callable[[str], Any]  # base URL -> async client
    acall: Callable[[Any, str], Any]  # (client, prompt) -> decoded completion (awaitable)
    astream: Callable[[Any, str, str], Any]  # (client, "completion" | "chat", prompt) -> number of chunks (awaitable)
    aclose: Callable[[Any], Any]


@dataclass(frozen=True)
class Peer(AsyncPeer):
    """A contender in every section: its async side, and its sync client over a mock transport."""

    module: str  # what `import` measures
    stack: str  # the HTTP library underneath: "httpx", or "httpx2" for openai
    sync_client: Callable[[Any], Any]  # a mock transport of that library -> client
    call: Callable[[Any, str], Any]  # (client, prompt) -> decoded completion
    stream: Callable[[Any, str, str], Iterator[Any]]  # (client, "completion" | "chat", prompt) -> chunks


# ---------------------------------------------------------------- wushuang (the SDK)
def _wushuang_sync(transport: Any) -> Any:
    import httpx

    from wushuang import Wushuang

    return Wushuang(api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport))


def _wushuang_async(base_url: str) -> Any:
    from wushuang import AsyncWushuang

    return AsyncWushuang(api_key=API_KEY, base_url=base_url)


def _wushuang_call(client: Any, text: str) -> Any:
    return client.completions.create(model=MODEL, prompt=text, max_tokens=16)


def _wushuang_stream(client: Any, kind: str, text: str) -> Iterator[Any]:
    if kind == "chat":
        return iter(client.chat.completions.create(model=CHAT_MODEL, messages=_messages(text), stream=True))
    return iter(client.completions.create(model=MODEL, prompt=text, max_tokens=16, stream=True))


async def _wushuang_acall(client: Any, text: str) -> Any:
    return await client.completions.create(model=MODEL, prompt=text, max_tokens=16)


async def _wushuang_astream(client: Any, kind: str, text: str) -> int:
    if kind == "chat":
        stream = await client.chat.completions.create(model=CHAT_MODEL, messages=_messages(text), stream=True)
    else:
        stream = await client.completions.create(model=MODEL, prompt=text, max_tokens=16, stream=True)
    count = 0
    async with stream:
        async for _ in stream:
            count += 1
    return count


async def _close(client: Any) -> None:
    await client.close()


# ---------------------------------------------------------------- wushuang_client (the low-level client)
def _low_sync(transport: Any) -> Any:
    from wushuang_client import AuthenticatedClient

    return AuthenticatedClient(base_url=BASE_URL, token=API_KEY, httpx_args={"transport": transport})


def _low_async(base_url: str) -> Any:
    from wushuang_client import AuthenticatedClient

    return AuthenticatedClient(base_url=base_url, token=API_KEY)


def _low_body(kind: str, text: str) -> Any:
    if kind == "chat":
        from wushuang_client.models import CreateChatCompletionRequest

        return CreateChatCompletionRequest.from_dict({"model": CHAT_MODEL, "messages": _messages(text)})
    from wushuang_client.models import CreateCompletionRequest

    return CreateCompletionRequest(model=MODEL, prompt=text, max_tokens=16)


def _low_chunk_model(kind: str) -> Any:
    # The low-level client hands back the unread response; its users decode each line into its attrs models.
    if kind == "chat":
        from wushuang_client.models import CreateChatCompletionStreamResponse

        return CreateChatCompletionStreamResponse
    from wushuang_client.models import CreateCompletionResponse

    return CreateCompletionResponse


def _low_call(client: Any, text: str) -> Any:
    from wushuang_client.api.completions import create_completion

    return create_completion.sync(client=client, body=_low_body("completion", text))


def _low_lines(lines: Iterator[str], model: Any) -> Iterator[Any]:
    for line in lines:
        if line.startswith("data:"):
            data = line[5:].strip()
            if data == "[DONE]":
                return
            yield model.from_dict(json.loads(data))


def _low_operation(kind: str) -> Any:
    if kind == "chat":
        from wushuang_client.api.chat import create_chat_completion

        return create_chat_completion
    from wushuang_client.api.completions import create_completion

    return create_completion


def _low_stream(client: Any, kind: str, text: str) -> Iterator[Any]:
    operation = _low_operation(kind)
    model = _low_chunk_model(kind)
    with operation.stream(client=client, body=_low_body(kind, text)) as response:
        yield from _low_lines(response.iter_lines(), model)


async def _low_acall(client: Any, text: str) -> Any:
    from wushuang_client.api.completions import create_completion

    return await create_completion.asyncio(client=client, body=_low_body("completion", text))


async def _low_astream(client: Any, kind: str, text: str) -> int:
    operation = _low_operation(kind)
    model = _low_chunk_model(kind)
    count = 0
    async with operation.astream(client=client, body=_low_body(kind, text)) as response:
        async for line in response.aiter_lines():
            if line.startswith("data:"):
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                model.from_dict(json.loads(data))
                count += 1
    return count


async def _low_aclose(client: Any) -> None:
    await client.get_async_httpx_client().aclose()


# ---------------------------------------------------------------- openai (the official SDK)
def _openai_sync(transport: Any) -> Any:
    import httpx2  # openai's own HTTP stack (a fork of httpx); its default client is an httpx2.Client
    import openai

    return openai.OpenAI(api_key=API_KEY, base_url=BASE_URL + "/v1", http_client=httpx2.Client(transport=transport))


def _openai_async(base_url: str) -> Any:
    import openai

    return openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url + "/v1")


# The same calls as wushuang's: both SDKs mirror the OpenAI API.
_openai_call = _wushuang_call
_openai_stream = _wushuang_stream
_openai_acall = _wushuang_acall
_openai_astream = _wushuang_astream


# ---------------------------------------------------------------- raw httpx (the floor)
_HEADERS = {"Authorization": f"Bearer {API_KEY}"}


def _raw_sync(transport: Any) -> Any:
    import httpx

    return httpx.Client(transport=transport)


def _raw_async(base_url: str) -> Any:
    import httpx

    return httpx.AsyncClient(base_url=base_url)


def _raw_body(kind: str, text: str) -> dict[str, Any]:
    if kind == "chat":
        return {"model": CHAT_MODEL, "messages": _messages(text), "stream": True}
    return {"model": MODEL, "prompt": text, "max_tokens": 16}


def _raw_call(client: Any, text: str) -> Any:
    response = client.post(BASE_URL + "/v1/completions", json=_raw_body("completion", text), headers=_HEADERS)
    response.raise_for_status()
    return response.json()


def _raw_path(kind: str) -> str:
    return "/v1/chat/completions" if kind == "chat" else "/v1/completions"


def _raw_lines(lines: Iterator[str]) -> Iterator[Any]:
    import msgspec

    decode = msgspec.json.decode
    for line in lines:
        if line.startswith("data: "):
            data = line[6:]
            if data == "[DONE]":
                return
            yield decode(data)


def _raw_stream(client: Any, kind: str, text: str) -> Iterator[Any]:
    body = {**_raw_body(kind, text), "stream": True}
    with client.stream("POST", BASE_URL + _raw_path(kind), json=body, headers=_HEADERS) as response:
        yield from _raw_lines(response.iter_lines())


async def _raw_acall(client: Any, text: str) -> Any:
    response = await client.post("/v1/completions", json=_raw_body("completion", text), headers=_HEADERS)
    response.raise_for_status()
    return response.json()


async def _raw_astream(client: Any, kind: str, text: str) -> int:
    import msgspec

    body = {**_raw_body(kind, text), "stream": True}
    count = 0
    async with client.stream("POST", _raw_path(kind), json=body, headers=_HEADERS) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: "):
                if line[6:] == "[DONE]":
                    break
                msgspec.json.decode(line[6:])
                count += 1
    return count


async def _raw_aclose(client: Any) -> None:
    await client.aclose()


# ---------------------------------------------------------------- over aiohttp instead of httpcore
# Each with the limits of the peer of the same name (AiohttpTransport's defaults are httpx's), so that the HTTP
# stack is all that differs: AsyncWushuang over a client of the caller's, as a user would switch it.
def _wushuang_aiohttp_async(base_url: str) -> Any:
    import httpx
    from httpx_aiohttp import AiohttpTransport

    from wushuang import AsyncWushuang

    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=100)  # the SDK's own client's
    http = httpx.AsyncClient(transport=AiohttpTransport(limits=limits), follow_redirects=True)
    return AsyncWushuang(api_key=API_KEY, base_url=base_url, http_client=http)


async def _wushuang_aiohttp_aclose(client: Any) -> None:
    await client.close()
    await client._http.aclose()  # a client passed in is its owner's to close: here, the benchmark's


def _openai_aiohttp_async(base_url: str) -> Any:
    import openai

    return openai.AsyncOpenAI(api_key=API_KEY, base_url=base_url + "/v1", http_client=openai.DefaultAioHttpClient())


def _raw_aiohttp_async(base_url: str) -> Any:
    import httpx
    from httpx_aiohttp import AiohttpTransport

    return httpx.AsyncClient(base_url=base_url, transport=AiohttpTransport())


PEERS: dict[str, Peer] = {
    "wushuang": Peer(
        name="wushuang",
        module="wushuang",
        stack="httpx",
        sync_client=_wushuang_sync,
        async_client=_wushuang_async,
        call=_wushuang_call,
        stream=_wushuang_stream,
        acall=_wushuang_acall,
        astream=_wushuang_astream,
        aclose=_close,
    ),
    "wushuang_client": Peer(
        name="wushuang_client",
        module="wushuang_client",
        stack="httpx",
        sync_client=_low_sync,
        async_client=_low_async,
        call=_low_call,
        stream=_low_stream,
        acall=_low_acall,
        astream=_low_astream,
        aclose=_low_aclose,
    ),
    "openai": Peer(
        name="openai",
        module="openai",
        stack="httpx2",
        sync_client=_openai_sync,
        async_client=_openai_async,
        call=_openai_call,
        stream=_openai_stream,
        acall=_openai_acall,
        astream=_openai_astream,
        aclose=_close,
    ),
    "httpx": Peer(
        name="httpx",
        module="httpx",
        stack="httpx",
        sync_client=_raw_sync,
        async_client=_raw_async,
        call=_raw_call,
        stream=_raw_stream,
        acall=_raw_acall,
        astream=_raw_astream,
        aclose=_raw_aclose,
    ),
}
AIOHTTP_PEERS: dict[str, AsyncPeer] = {
    "wushuang_aiohttp": AsyncPeer(
        name="wushuang_aiohttp",
        async_client=_wushuang_aiohttp_async,
        acall=_wushuang_acall,
        astream=_wushuang_astream,
        aclose=_wushuang_aiohttp_aclose,
    ),
    "openai_aiohttp": AsyncPeer(
        name="openai_aiohttp",
        async_client=_openai_aiohttp_async,
        acall=_openai_acall,
        astream=_openai_astream,
        aclose=_close,
    ),
    "httpx_aiohttp": AsyncPeer(
        name="httpx_aiohttp",
        async_client=_raw_aiohttp_async,
        acall=_raw_acall,
        astream=_raw_astream,
        aclose=_raw_aclose,
    ),
}
LOOPBACK_PEERS: dict[str, AsyncPeer] = {**PEERS, **AIOHTTP_PEERS}


# ---------------------------------------------------------------- embeddings
@dataclass(frozen=True)
class Embedder:
    """One way of calling ``embeddings.create``: whose sync client, the call, and what it asks the wire for."""

    name: str
    peer: str  # the PEERS entry whose sync client (and HTTP stack) it uses
    embed: Callable[[Any, list[str]], Any]  # (client, inputs) -> the response, its vectors as lists of floats
    wire: str  # "base64" or "float": what the call should ask for (the run checks what the mock was asked)
    numpy: bool | None = None  # True: needs numpy importable; False: runs as if numpy were not installed
    label: str = ""  # its column in the embeddings table


def _wushuang_embed(client: Any, inputs: list[str]) -> Any:
    return client.embeddings.create(model=EMBEDDING_MODEL, input=inputs)


def _wushuang_embed_float(client: Any, inputs: list[str]) -> Any:
    return client.embeddings.create(model=EMBEDDING_MODEL, input=inputs, encoding_format="float")


def _low_embed(client: Any, inputs: list[str]) -> Any:
    from wushuang_client.api.embeddings import create_embedding
    from wushuang_client.models import CreateEmbeddingRequest

    return create_embedding.sync(client=client, body=CreateEmbeddingRequest(input_=inputs, model=EMBEDDING_MODEL))


def _raw_embed(client: Any, inputs: list[str]) -> Any:
    import array
    import base64

    body = {"model": EMBEDDING_MODEL, "input": inputs, "encoding_format": "base64"}
    response = client.post(BASE_URL + "/v1/embeddings", json=body, headers=_HEADERS)
    response.raise_for_status()
    decoded = response.json()
    for item in decoded["data"]:  # little-endian float32
        floats = array.array("f", base64.b64decode(item["embedding"]))
        if sys.byteorder == "big":
            floats.byteswap()
        item["embedding"] = floats.tolist()
    return decoded


class _Missing:
    """A meta path finder that makes ``import NAME`` fail as it does where NAME is not installed.

    It fails at once, where a real miss first searches ``sys.path`` (for numpy about 35 us on the bench machine, once
    per openai call): the difference, well under 1 % of the call, is in favour of the code that looks.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == self.name:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


@contextmanager
def without(name: str) -> Iterator[None]:
    """Within: ``import NAME`` raises, as in an environment without that package (``without("numpy")``: openai
    then decodes base64 with array; ``without("opentelemetry")``: no tracing can be found)."""
    saved = sys.modules.pop(name, None)
    finder = _Missing(name)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
        if saved is not None:
            sys.modules[name] = saved


# wushuang and openai on their default paths and with the options that change them, then the two other peers.
# The main table's columns are the four peers' defaults: "wushuang", "wushuang_client", "openai", "httpx".
EMBEDDERS: dict[str, Embedder] = {
    "wushuang": Embedder("wushuang", "wushuang", _wushuang_embed, "base64", label="wushuang"),
    "wushuang_float": Embedder(
        "wushuang_float", "wushuang", _wushuang_embed_float, "float", label='wushuang, encoding_format="float"'
    ),
    # openai 3.51.0 asks for base64 whether or not numpy is installed; without numpy it decodes with array.array,
    # with numpy with np.frombuffer (openai/lib/_parsing/_embeddings.py). numpy is not one of its dependencies.
    "openai": Embedder("openai", "openai", _wushuang_embed, "base64", numpy=False, label="openai, no numpy"),
    "openai_numpy": Embedder("openai_numpy", "openai", _wushuang_embed, "base64", numpy=True, label="openai + numpy"),
    "openai_float": Embedder(
        "openai_float", "openai", _wushuang_embed_float, "float", label='openai, encoding_format="float"'
    ),
    "wushuang_client": Embedder(
        "wushuang_client", "wushuang_client", _low_embed, "float", label="wushuang_client (float: server default)"
    ),
    "httpx": Embedder("httpx", "httpx", _raw_embed, "base64", label="httpx + json + array"),
}
