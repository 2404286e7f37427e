"""`python -m wushuang.testing --port 8080 --api-key K [--profile new-api]`: serve the relay emulator until Ctrl-C."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and serve the emulator in the foreground."""
    parser = argparse.ArgumentParser(prog="python -m wushuang.testing", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0: pick a free one)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("WUSHUANG_API_KEY"),
        help="the key clients must send (default: $WUSHUANG_API_KEY)",
    )
    parser.add_argument(
        "--clock",
        choices=["real", "manual", "auto"],
        default="real",
        help="how Midjourney tasks progress: wall time (default), never, or per fetch",
    )
    parser.add_argument(
        "--auto-advance", type=float, default=None, help="seconds the clock advances on each task fetch"
    )
    parser.add_argument(
        "--profile",
        choices=["openai", "relay", "new-api"],
        default="openai",
        help="openai: serve every operation (default); relay: refuse what new-api-family relays do not route; "
        "new-api: that, and answer as new-api's gateway (X-Oneapi-Request-Id, its error messages, its model list)",
    )
    parser.add_argument("--log-level", default="warning", help="uvicorn log level")
    args = parser.parse_args(argv)
    if not args.api_key:
        parser.error("an API key is required: --api-key KEY or WUSHUANG_API_KEY")
    try:
        import uvicorn

        from ._emulator import _make_clock, build_app
    except ImportError as exc:
        print(f"wushuang.testing needs the testing extra: pip install 'wushuang[testing]' ({exc})", file=sys.stderr)
        return 2

    app = build_app(args.api_key, _make_clock(args.clock, args.auto_advance), profile=args.profile)
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they are TCP, and
    # with Nagle on, a response written in two parts waits ~40 ms for the client's delayed ACK.
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"wushuang emulator serving on http://{host}:{sock.getsockname()[1]} (Ctrl-C to stop)", flush=True)
    config = uvicorn.Config(
        app, log_level=args.log_level, lifespan="off", http="h11", ws="none", timeout_graceful_shutdown=1
    )
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
