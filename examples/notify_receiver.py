"""A tiny receiver of Midjourney notifications: the URL you pass as ``notify_hook`` gets a POST with the task on each
change; this prints each one.

    python examples/notify_receiver.py --port 8099
    # then: client.midjourney.submit.imagine(prompt="a cat", notify_hook="http://<this host>:8099/")

Only the standard library's http.server plus ``wushuang.parse_task_notification``; put it behind a real web server
(and check where requests come from) before exposing it to the internet.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import wushuang
from wushuang.types import Task

MAX_BODY = 1024 * 1024


def make_server(port: int, on_task: Callable[[Task], object], host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """An HTTP server on ``host:port`` that hands each notified task to ``on_task`` (``port=0``: any free port)."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 < length <= MAX_BODY:
                self.send_error(413 if length else 411)
                return
            try:
                task = wushuang.parse_task_notification(self.rfile.read(length))
            except wushuang.InvalidParameterError as exc:
                self.send_error(400, str(exc))
                return
            on_task(task)
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's own name)
            pass  # one line per task is printed by on_task; no access log

    return ThreadingHTTPServer((host, port), Handler)


def show(task: Task) -> None:
    """One line per notification: ID, action, status, progress and, when there is one, the image URL."""
    print(task.id, task.action, task.status, task.progress or "", task.image_url or "", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (0.0.0.0 for every one)")
    parser.add_argument("--port", type=int, default=8099)
    args = parser.parse_args()
    server = make_server(args.port, show, args.host)
    print(f"listening on http://{args.host}:{server.server_port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
