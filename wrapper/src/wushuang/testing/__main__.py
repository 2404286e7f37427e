"""`wushuang emulator` (also `python -m wushuang.testing`): serve the relay emulator until Ctrl-C.

With no option it listens on 127.0.0.1:8080 and accepts the key `test-key` (or the one given with `--api-key` or
`$WUSHUANG_API_KEY`); its banner prints the two environment variables that point `Wushuang()` and the `wushuang`
command at it. It starts empty: `--seed-assistants N` stores N ready-made assistants to page through.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import socket
import sys
import threading
from collections.abc import Sequence

from . import DEFAULT_API_KEY

DEFAULT_PORT = 8080
#: The exit status after Ctrl-C: 128 + SIGINT, as shells report a command stopped by it (and `wushuang` does).
INTERRUPTED = 130


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a count (0 or more)")
    return int(text)


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT}; 0: a free one)"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--api-key",
        help=f"the key clients must send (default: $WUSHUANG_API_KEY, else {DEFAULT_API_KEY}, which the banner shows)",
    )
    parser.add_argument(
        "--seed-assistants",
        type=_count,
        default=0,
        metavar="N",
        help="start with N ready-made assistants, e.g. to try pagination (default: none, the emulator starts empty)",
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
    return parser


def _listen(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP, not 0: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say they are TCP, and
    # with Nagle on, a response written in two parts waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _bind_error(host: str, port: int, exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (
            f"port {port} on {host} is already in use (another emulator?): stop what listens there, "
            "or pick another port with --port N (--port 0: any free one)"
        )
    return f"cannot listen on {host} port {port}: {exc.strerror or exc}"


def _banner(host: str, port: int, api_key: str | None) -> str:
    """What the emulator prints once it listens: where, and the environment that points clients at it.

    `api_key` is None for a key given on the command line or in the environment: it may be a real one, and is
    never printed (the default test key is).
    """
    shown = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)  # a wildcard address: reach it on loopback
    base_url = f"http://[{shown}]:{port}" if ":" in shown else f"http://{shown}:{port}"
    lines = [
        f"wushuang emulator serving on {base_url} (Ctrl-C to stop). To use it from another shell:",
        f"  export WUSHUANG_BASE_URL={base_url}",
    ]
    if api_key is None:
        lines.append("  (and WUSHUANG_API_KEY: the key given with --api-key or $WUSHUANG_API_KEY, not shown here)")
    else:
        lines.append(f"  export WUSHUANG_API_KEY={api_key}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m wushuang.testing") -> int:
    """Parse the command line and serve the emulator in the foreground; returns the exit status.

    0 when the server stops on its own, 1 when it cannot listen (the message names the port), 2 without the
    testing extra, `INTERRUPTED` (130) after Ctrl-C, which stops it quietly. SIGTERM ends the process by that
    signal, after the same graceful stop.
    """
    args = _parser(prog).parse_args(argv)
    given = args.api_key or os.environ.get("WUSHUANG_API_KEY")
    try:
        sock = _listen(args.host, args.port)
    except OSError as exc:
        print(f"error: {_bind_error(args.host, args.port, exc)}", file=sys.stderr)
        return 1
    with sock:
        try:
            try:
                import uvicorn

                from ._emulator import _make_clock, build_app
            except ImportError as exc:
                print(
                    f"error: the emulator needs the testing extra: pip install 'wushuang[testing]' ({exc})",
                    file=sys.stderr,
                )
                return 2
            app = build_app(
                given or DEFAULT_API_KEY,
                _make_clock(args.clock, args.auto_advance),
                profile=args.profile,
                seed_assistants=args.seed_assistants,
            )
            banner = _banner(args.host, sock.getsockname()[1], None if given else DEFAULT_API_KEY)

            class Server(uvicorn.Server):
                async def startup(self, sockets: list[socket.socket] | None = None) -> None:
                    await super().startup(sockets=sockets)
                    if self.started:  # printed once serving, Ctrl-C handled: one right after it stops quietly too
                        print(banner, flush=True)

            config = uvicorn.Config(
                app, log_level=args.log_level, lifespan="off", http="h11", ws="none", timeout_graceful_shutdown=1
            )
            if threading.current_thread() is threading.main_thread():
                # uvicorn stops gracefully on SIGINT, then raises it again: make that a KeyboardInterrupt even where
                # SIGINT was inherited ignored (a background job), so the exit status always says how it stopped.
                signal.signal(signal.SIGINT, signal.default_int_handler)
            Server(config).run(sockets=[sock])
        except KeyboardInterrupt:
            return INTERRUPTED
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
