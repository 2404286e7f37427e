"""One way to download: ``client.download``, ``save_image(..., client=)`` and the Midjourney task images all go
through the caller's client (its transport, retries, clock, middlewares), and the API key goes only to the relay's
own origin. Traffic goes through ``httpx.MockTransport`` (given as the client's ``http_client``) or 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import FakeTime, mock_async_client, mock_client

import wushuang
from wushuang import Attempt, Middleware
from wushuang.types import Image

PNG = b"\x89PNG\r\n\x1a\n" + b"pixels" * 100
RELAY = "http://relay.test"  # the base URL of mock_client
CDN = "https://cdn.example/img/cat.png?sig=secret-signature"


def _host(*statuses: int) -> tuple[Any, list[httpx.Request]]:
    """Answers every request with the next status (the last repeats): the image on 2xx."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = statuses[min(len(seen), len(statuses)) - 1]
        return httpx.Response(status, content=PNG if status < 300 else b"busy", headers={"content-type": "image/png"})

    return handler, seen


def test_the_key_and_default_headers_go_to_the_relay_only(tmp_path: Path) -> None:
    handler, seen = _host(200)
    client = mock_client(handler, default_headers={"X-Team": "blue"})
    assert client.download(f"{RELAY}/mj/image/1").read() == PNG
    assert client.download(CDN).write_to_file(tmp_path / "cat.png") == len(PNG)
    assert (tmp_path / "cat.png").read_bytes() == PNG
    relay, cdn = seen
    assert relay.headers["authorization"] == "Bearer sk-test" and relay.headers["x-team"] == "blue"
    assert "authorization" not in cdn.headers and "x-team" not in cdn.headers
    assert cdn.url == httpx.URL(CDN) and cdn.headers["user-agent"].startswith("wushuang-python/")
    # Another port or scheme is another origin.
    client.download("http://relay.test:8080/x.png").read()
    client.download("https://relay.test/x.png").read()
    assert all("authorization" not in request.headers for request in seen[2:])


def test_a_download_is_retried_on_the_clients_clock_and_seen_by_its_middleware(tmp_path: Path) -> None:
    handler, seen = _host(503, 200)
    fake = FakeTime()
    attempts: list[tuple[str, str, int]] = []

    class Watch(Middleware):
        def send(self, attempt: Attempt, call_next: Any) -> httpx.Response:
            attempts.append((attempt.call.operation_id, attempt.call.path, attempt.number))
            return call_next(attempt.request)

    client = mock_client(handler, fake, max_retries=2, middleware=[Watch()])
    path = wushuang.save_image(Image(url=CDN), tmp_path / "cat.png", client=client)
    assert path.read_bytes() == PNG and len(seen) == 2 and len(fake.sleeps) == 1
    assert attempts == [("download", "/img/cat.png", 0), ("download", "/img/cat.png", 1)]
    assert seen[1].headers["x-wushuang-retry-count"] == "1"


def test_a_failed_download_raises_the_typed_error_without_the_signed_query() -> None:
    handler, _ = _host(404)
    with pytest.raises(wushuang.NotFoundError) as caught:
        mock_client(handler).download(CDN)
    assert "secret-signature" not in str(caught.value)


@pytest.mark.parametrize("url", ["ftp://cdn.example/a.png", "/relative.png", "", 42, "http://"])
def test_a_url_that_is_not_http_is_refused_before_sending(url: Any) -> None:
    handler, seen = _host(200)
    with pytest.raises(wushuang.InvalidParameterError, match="download: url must be an http"):
        mock_client(handler).download(url)
    assert seen == []


async def test_async_download_and_save_image(tmp_path: Path) -> None:
    handler, seen = _host(200)
    client = mock_async_client(handler)
    assert await (await client.download(f"{RELAY}/mj/image/1")).read() == PNG
    path = await wushuang.async_save_image(Image(url=CDN), tmp_path / "cat.png", client=client)
    assert path.read_bytes() == PNG
    assert seen[0].headers["authorization"] == "Bearer sk-test" and "authorization" not in seen[1].headers


def _task(image_url: str) -> dict[str, Any]:
    return {"id": "t1", "status": "SUCCESS", "action": "IMAGINE", "imageUrl": image_url, "buttons": []}


@pytest.mark.parametrize("image_url", [f"{RELAY}/mj/image/t1", CDN])
def test_midjourney_task_images_go_through_the_client(tmp_path: Path, image_url: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/mj/task/t1/fetch":
            return httpx.Response(200, json=_task(image_url))
        return httpx.Response(200, content=PNG)

    client = mock_client(handler)
    assert client.midjourney.tasks.download("t1", tmp_path / "grid.png").read_bytes() == PNG
    assert b"".join(client.midjourney.tasks.iter_image("t1", chunk_size=7)) == PNG
    images = [request for request in seen if request.url.path != "/mj/task/t1/fetch"]
    assert len(images) == 2
    on_relay = image_url.startswith(RELAY)
    assert all(("authorization" in request.headers) == on_relay for request in images)


async def test_async_midjourney_task_image_goes_through_the_client(tmp_path: Path) -> None:
    handler, seen = _host(200)
    client = mock_async_client(handler)
    from wushuang._generated import models

    task = models.Task(id="t1", status="SUCCESS", image_url=CDN)
    assert (await client.midjourney.tasks.download(task, tmp_path / "grid.png")).read_bytes() == PNG
    assert b"".join([chunk async for chunk in client.midjourney.tasks.iter_image(task)]) == PNG
    assert len(seen) == 2 and all("authorization" not in request.headers for request in seen)


def test_save_image_refuses_a_client_of_the_other_kind(tmp_path: Path) -> None:
    handler, seen = _host(200)
    with pytest.raises(TypeError, match="client must be a wushuang.Wushuang, got AsyncWushuang"):
        wushuang.save_image(Image(url=CDN), tmp_path / "a.png", client=mock_async_client(handler))  # type: ignore[arg-type]
    assert seen == []


def test_save_image_without_a_client_sends_no_key_when_none_is_configured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[httpx.Request] = []

    def transport_for(*args: Any, **kwargs: Any) -> httpx.Client:
        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, content=PNG)

        return original(transport=httpx.MockTransport(handler), **kwargs)

    original = httpx.Client
    monkeypatch.delenv("WUSHUANG_API_KEY", raising=False)
    monkeypatch.setenv("WUSHUANG_BASE_URL", RELAY)
    monkeypatch.setattr(httpx, "Client", transport_for)
    wushuang.save_image(Image(url=f"{RELAY}/img.png"), tmp_path / "a.png")
    assert (tmp_path / "a.png").read_bytes() == PNG
    assert len(seen) == 1 and "authorization" not in seen[0].headers
