"""A fast local HTTP/1.1 server for the loopback runs: ``python -m bench.server STREAM_CHUNKS``.

It listens on 127.0.0.1 only, prints its port, and answers every request on a kept-alive connection with fixed
bytes: the completion body, or an event stream of completion chunks when the JSON body asks for
``"stream": true``, or a list of models for ``GET /v1/models`` (what ``wushuang models`` asks, see
``bench/cli_startup.py``). It does no other work, so what the loopback runs measure is the client.
"""

from __future__ import annotations

import asyncio
import re
import sys

from bench.payloads import COMPLETION_BODY, completion_stream

_STREAM = re.compile(rb'"stream"\s*:\s*true')
_MODELS_BODY = (
    b'{"object":"list","data":[{"id":"gpt-4o-mini","object":"model","created":1700000000,"owned_by":"system"}]}'
)


def take_request(buffer: bytearray) -> tuple[bytes, bytes] | None:
    """The first whole request in ``buffer`` (its head, lowercased, and its body), taken out; None: not all in yet."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = bytes(buffer[:end]).lower()
    length = 0
    at = head.find(b"\r\ncontent-length:")
    if at >= 0:
        stop = head.find(b"\r\n", at + 2)
        length = int(head[at + 17 : stop if stop >= 0 else len(head)])
    total = end + 4 + length
    if len(buffer) < total:
        return None
    body = bytes(buffer[end + 4 : total])
    del buffer[:total]
    return head, body


def _reply(content_type: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {len(body)}\r\n"
        "x-request-id: req_bench\r\n\r\n"
    )
    return head.encode() + body


class _Connection(asyncio.Protocol):
    def __init__(self, json_reply: bytes, stream_reply: bytes) -> None:
        self._models = _reply("application/json", _MODELS_BODY)
        self._json = json_reply
        self._stream = stream_reply
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (request := take_request(self._buffer)) is not None:
            head, body = request
            assert self._transport is not None
            if head.startswith(b"get /v1/models "):
                self._transport.write(self._models)
            else:
                self._transport.write(self._stream if _STREAM.search(body) else self._json)


async def serve(stream_chunks: int) -> None:
    """Serve until the process is ended; print the port once listening."""
    json_reply = _reply("application/json", COMPLETION_BODY)
    stream_reply = _reply("text/event-stream", completion_stream(stream_chunks))
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(json_reply, stream_reply), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]) if len(sys.argv) > 1 else 64))
