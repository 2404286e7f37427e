"""No partial data passed off as whole, and no file from the relay's words outside the user's folder.

- An upload that cannot seek (a pipe) is never sent on from where it stopped when the relay redirects it.
- A body cut short (gzip / deflate data that stops early, fewer bytes than its Content-Length) raises on every way
  a body is read: binary results, downloads, streamed responses, decoded JSON and text.
- A failed download leaves a file already at the target as it was; what is saved as an image is an image.
- The command line writes a task's image inside `-o DIR` whatever ID the relay sends, never turns `-o fox.png` into
  a folder, and says so when an images answer holds no image.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from _fakes import mock_async_client, mock_client, pipe_of
from _scripted_server import Reply, ScriptedServer, scripted_server
from click.testing import CliRunner

import wushuang
from wushuang import AsyncWushuang, Wushuang
from wushuang._cli import cli
from wushuang._cli._mj import MAX_NAME, file_name
from wushuang._generated import models
from wushuang.types import Image

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
FILE = {"id": "file-1", "object": "file", "bytes": 1, "created_at": 0, "filename": "a", "purpose": "assistants"}
IMAGE_URL = "http://relay.test/mj/image/t1"
TASK = models.Task(id="t1", status="SUCCESS", image_url=IMAGE_URL)


@pytest.fixture
def server() -> Any:
    with scripted_server() as running:
        yield running


# ---------------------------------------------------------------- uploads through a redirect


# Every operation with a file argument, called with `file`.
UPLOADS: dict[str, Callable[[Any, Any], Any]] = {
    "files.create": lambda c, f: c.files.create(file=f, purpose="assistants"),
    "images.edit": lambda c, f: c.images.edit(image=[f], prompt="a hat"),
    "images.create_variation": lambda c, f: c.images.create_variation(image=f),
    "audio.transcriptions.create": lambda c, f: c.audio.transcriptions.create(file=f, model="whisper-1"),
    "audio.translations.create": lambda c, f: c.audio.translations.create(file=f, model="whisper-1"),
}
DATA = b"x" * 92_000


def _redirecting(server: ScriptedServer) -> None:
    server.script = [Reply(307, b"", {"Location": "/moved"}), Reply(200, json.dumps(FILE).encode())]


@pytest.mark.parametrize("call", list(UPLOADS))
def test_a_pipe_is_not_sent_on_after_a_redirect(server: ScriptedServer, call: str) -> None:
    _redirecting(server)
    with Wushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(wushuang.UnreplayableBodyError, match="cannot be sent again whole") as caught:
            UPLOADS[call](client, ("a.png", pipe_of(DATA)))
    assert isinstance(caught.value, wushuang.APIError)
    assert caught.value.argument in ("file", "image")
    assert [seen.path for seen in server.seen] == [server.seen[0].path]  # the target got nothing it took for whole
    assert DATA in server.seen[0].body


async def test_an_async_pipe_is_not_sent_on_after_a_redirect(server: ScriptedServer) -> None:
    _redirecting(server)
    async with AsyncWushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(wushuang.UnreplayableBodyError):
            await client.files.create(file=("a.bin", pipe_of(DATA)), purpose="assistants")
    assert len(server.seen) == 1


@pytest.mark.parametrize(
    "make",
    [lambda: DATA, lambda: io.BytesIO(b"head" + DATA), lambda: Path("upload.bin")],
    ids=["bytes", "file-at-an-offset", "path"],
)
def test_a_body_that_can_be_sent_again_follows_a_redirect_whole(
    server: ScriptedServer, make: Callable[[], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("upload.bin").write_bytes(DATA)
    upload = make()
    if isinstance(upload, io.BytesIO):
        upload.seek(4)
    _redirecting(server)
    with Wushuang(api_key="sk-test", base_url=server.base_url, max_retries=0) as client:
        assert client.files.create(file=("a.bin", upload), purpose="assistants").id == "file-1"
    assert [seen.path for seen in server.seen][1] == "/moved"
    assert DATA in server.seen[1].body and b"head" not in server.seen[1].body


# ---------------------------------------------------------------- bodies cut short, on every read path


def _gzip_cut(data: bytes) -> bytes:
    return gzip.compress(data)[:-40]


def _deflate_cut(data: bytes) -> bytes:
    return zlib.compress(data)[:-40]


def _faulty(kind: str, data: bytes, content_type: str) -> httpx.Response:
    if kind == "short":  # fewer bytes than the Content-Length says (a custom transport does not check it)
        headers = {"content-type": content_type, "content-length": str(len(data))}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(data[: len(data) // 2]))
    encoded = _gzip_cut(data) if kind == "gzip" else _deflate_cut(data)
    encoding = "gzip" if kind == "gzip" else "deflate"
    return httpx.Response(200, headers={"content-type": content_type, "content-encoding": encoding}, content=encoded)


def _streamed(client: Wushuang, read: Callable[[Any], object]) -> object:
    with client.with_streaming_response.files.content("f") as response:
        return read(response)


# A JSON body whose first part is whole JSON: cut inside its padding, it still decodes.
JSON_BODY = json.dumps(FILE).encode() + b" " * 20_000
TEXT_BODY = b"the whole transcript " * 1_000

SYNC_READS: dict[str, tuple[bytes, str, Callable[[Wushuang, Path], object]]] = {
    "files.content read": (PNG, "application/octet-stream", lambda c, p: c.files.content("f").read()),
    "files.content iter_bytes": (PNG, "application/octet-stream", lambda c, p: list(c.files.content("f").iter_bytes())),
    "files.content write_to_file": (
        PNG,
        "application/octet-stream",
        lambda c, p: c.files.content("f").write_to_file(p),
    ),
    "audio.speech": (
        PNG,
        "audio/mpeg",
        lambda c, p: c.audio.speech.create(model="tts-1", input="hi", voice="alloy").read(),
    ),
    "client.download": (PNG, "image/png", lambda c, p: c.download(IMAGE_URL).read()),
    "streaming read": (
        PNG,
        "application/octet-stream",
        lambda c, p: _streamed(c, lambda response: response.read()),
    ),
    "streaming iter_bytes": (
        PNG,
        "application/octet-stream",
        lambda c, p: _streamed(c, lambda response: list(response.iter_bytes())),
    ),
    "streaming iter_lines": (
        TEXT_BODY,
        "text/plain",
        lambda c, p: _streamed(c, lambda response: list(response.iter_lines())),
    ),
    "transcription text": (
        TEXT_BODY,
        "text/plain",
        lambda c, p: c.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="text"),
    ),
    "decoded JSON": (JSON_BODY, "application/json", lambda c, p: c.files.retrieve("file-1")),
    "raw JSON": (JSON_BODY, "application/json", lambda c, p: c.with_raw_response.files.retrieve("file-1").parse()),
    "midjourney download": (PNG, "image/png", lambda c, p: c.midjourney.tasks.download(TASK, p)),
    "midjourney iter_image": (PNG, "image/png", lambda c, p: list(c.midjourney.tasks.iter_image(TASK))),
    "save_image": (PNG, "image/png", lambda c, p: wushuang.save_image(Image(url=IMAGE_URL), p, client=c)),
}


@pytest.mark.parametrize("kind", ["gzip", "deflate", "short"])
@pytest.mark.parametrize("path", list(SYNC_READS))
def test_a_body_cut_short_raises_on_every_read(path: str, kind: str, tmp_path: Path) -> None:
    data, content_type, read = SYNC_READS[path]
    client = mock_client(lambda request: _faulty(kind, data, content_type))
    target = tmp_path / "out.png"
    target.write_bytes(b"what was there before")
    with pytest.raises((wushuang.APIResponseValidationError, wushuang.APIConnectionError), match="cut short|broke off"):
        read(client, target)
    assert target.read_bytes() == b"what was there before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]  # no partial file left behind


@pytest.mark.parametrize("path", list(SYNC_READS))
def test_a_whole_body_reads_as_before(path: str, tmp_path: Path) -> None:
    data, content_type, read = SYNC_READS[path]
    whole = httpx.Response(
        200, headers={"content-type": content_type, "content-encoding": "gzip"}, content=gzip.compress(data)
    )
    read(mock_client(lambda request: whole), tmp_path / "out.png")


ASYNC_READS: dict[str, tuple[bytes, str, Callable[[AsyncWushuang, Path], Awaitable[object]]]] = {}


def _async_read(name: str, data: bytes, content_type: str) -> Callable[[Any], Any]:
    def register(read: Callable[[AsyncWushuang, Path], Awaitable[object]]) -> Any:
        ASYNC_READS[name] = (data, content_type, read)
        return read

    return register


@_async_read("files.content read", PNG, "application/octet-stream")
async def _content_read(c: AsyncWushuang, p: Path) -> object:
    return await (await c.files.content("f")).read()


@_async_read("files.content write_to_file", PNG, "application/octet-stream")
async def _content_write(c: AsyncWushuang, p: Path) -> object:
    return await (await c.files.content("f")).write_to_file(p)


@_async_read("streaming read", PNG, "application/octet-stream")
async def _streamed_read(c: AsyncWushuang, p: Path) -> object:
    async with c.with_streaming_response.files.content("f") as response:
        return await response.read()


@_async_read("streaming iter_bytes", PNG, "application/octet-stream")
async def _streamed_iter(c: AsyncWushuang, p: Path) -> object:
    async with c.with_streaming_response.files.content("f") as response:
        return [chunk async for chunk in response.iter_bytes()]


@_async_read("transcription text", TEXT_BODY, "text/plain")
async def _transcription(c: AsyncWushuang, p: Path) -> object:
    return await c.audio.transcriptions.create(file=b"RIFF", model="whisper-1", response_format="text")


@_async_read("midjourney download", PNG, "image/png")
async def _mj_download(c: AsyncWushuang, p: Path) -> object:
    return await c.midjourney.tasks.download(TASK, p)


@_async_read("midjourney iter_image", PNG, "image/png")
async def _mj_iter(c: AsyncWushuang, p: Path) -> object:
    return [chunk async for chunk in c.midjourney.tasks.iter_image(TASK)]


@_async_read("save_image", PNG, "image/png")
async def _save(c: AsyncWushuang, p: Path) -> object:
    return await wushuang.async_save_image(Image(url=IMAGE_URL), p, client=c)


@pytest.mark.parametrize("kind", ["gzip", "short"])
@pytest.mark.parametrize("path", list(ASYNC_READS))
async def test_an_async_body_cut_short_raises_on_every_read(path: str, kind: str, tmp_path: Path) -> None:
    data, content_type, read = ASYNC_READS[path]
    target = tmp_path / "out.png"
    target.write_bytes(b"what was there before")
    async with mock_async_client(lambda request: _faulty(kind, data, content_type)) as client:
        with pytest.raises((wushuang.APIResponseValidationError, wushuang.APIConnectionError)):
            await read(client, target)
    assert target.read_bytes() == b"what was there before"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


def test_a_download_that_breaks_off_keeps_the_file_there(tmp_path: Path) -> None:
    target = tmp_path / "fox.png"
    target.write_bytes(PNG)
    new = PNG + b"new"
    os.chmod(target, 0o600)
    answers = iter(
        [
            _faulty("short", new, "image/png"),
            _faulty("short", new, "image/png"),
            httpx.Response(200, stream=httpx.ByteStream(new), headers={"content-type": "image/png"}),
        ]
    )
    client = mock_client(lambda request: next(answers))
    for write in (
        lambda: client.files.content("f").write_to_file(target),
        lambda: client.midjourney.tasks.download(TASK, target),
    ):
        with pytest.raises(wushuang.APIConnectionError, match="broke off"):
            write()
        assert target.read_bytes() == PNG
    assert client.files.content("f").write_to_file(target) == len(new)
    assert target.read_bytes() == new
    assert os.stat(target).st_mode & 0o777 == 0o600  # the file replaced keeps its permissions
    assert [p.name for p in tmp_path.iterdir()] == ["fox.png"]


def test_a_download_into_a_missing_folder_gives_its_connection_back_at_once(tmp_path: Path) -> None:
    responses: list[httpx.Response] = []

    def handler(request: httpx.Request) -> httpx.Response:
        responses.append(httpx.Response(200, stream=httpx.ByteStream(PNG)))
        return responses[-1]

    client = mock_client(handler)
    missing = tmp_path / "missing" / "cat.png"
    for download in (
        lambda: client.midjourney.tasks.download(TASK, missing),
        lambda: client.files.content("f").write_to_file(missing),
        lambda: wushuang.save_image(Image(url=IMAGE_URL), missing, client=client),
    ):
        with pytest.raises(FileNotFoundError) as caught:  # its traceback keeps the response alive: not the GC
            download()
        assert responses[-1].is_closed, caught
    assert len(responses) == 3


async def test_an_async_download_into_a_missing_folder_gives_its_connection_back_at_once(tmp_path: Path) -> None:
    responses: list[httpx.Response] = []

    def handler(request: httpx.Request) -> httpx.Response:
        responses.append(httpx.Response(200, stream=httpx.ByteStream(PNG)))
        return responses[-1]

    async with mock_async_client(handler) as client:
        with pytest.raises(FileNotFoundError) as caught:
            await client.midjourney.tasks.download(TASK, tmp_path / "missing" / "cat.png")
        assert responses[-1].is_closed, caught


# ---------------------------------------------------------------- what is saved as an image is an image

HTML = b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, html=HTML.decode()),
        httpx.Response(200, json={"error": {"message": "expired"}}),
        httpx.Response(200, headers={"content-type": "image/png"}, content=HTML),  # a lying content type
        httpx.Response(200, headers={"content-type": "image/png"}, content=b""),
    ],
    ids=["html", "json", "html-as-png", "empty"],
)
def test_only_an_image_is_saved_as_one(answer: httpx.Response, tmp_path: Path) -> None:
    client = mock_client(lambda request: answer)
    target = tmp_path / "cat.png"
    for save in (
        lambda: client.midjourney.tasks.download(TASK, target),
        lambda: wushuang.save_image(Image(url=IMAGE_URL), target, client=client),
        lambda: next(iter(client.midjourney.tasks.iter_image(TASK))),
    ):
        with pytest.raises(wushuang.APIResponseValidationError, match="expected a PNG, JPEG, WebP or GIF image"):
            save()
    assert list(tmp_path.iterdir()) == []


async def test_only_an_image_is_saved_as_one_async(tmp_path: Path) -> None:
    async with mock_async_client(lambda request: httpx.Response(200, html=HTML.decode())) as client:
        with pytest.raises(wushuang.APIResponseValidationError, match=r"got text/html.*Bad Gateway"):
            await client.midjourney.tasks.download(TASK, tmp_path / "cat.png")
        with pytest.raises(wushuang.APIResponseValidationError):
            await wushuang.async_save_image(Image(url=IMAGE_URL), tmp_path / "cat.png", client=client)
    assert list(tmp_path.iterdir()) == []


def test_a_b64_image_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    import base64

    item = Image(b64_json=base64.b64encode(HTML).decode())
    with pytest.raises(wushuang.InvalidParameterError, match="not a PNG, JPEG, WebP or GIF image"):
        wushuang.save_image(item, tmp_path / "cat.png")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- the command line


def _cli(base_url: str, *args: str) -> Any:
    env = {"WUSHUANG_API_KEY": "sk-test", "WUSHUANG_BASE_URL": base_url}
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False, standalone_mode=True)


def _task_reply(task_id: str, image_url: str) -> Reply:
    task = {"id": task_id, "action": "IMAGINE", "status": "SUCCESS", "progress": "100%", "imageUrl": image_url}
    return Reply(200, json.dumps(task).encode())


@pytest.mark.parametrize(
    "task_id",
    ["../outside", "/tmp/absolute", "a/../../b", "nul\x00byte", "back\\slash", "x" * 500, "...", "./."],
)
def test_mj_output_stays_in_its_folder_whatever_the_task_id(
    task_id: str, server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "work" / "art"
    server.script = [
        Reply(200, json.dumps({"code": 1, "description": "ok", "result": task_id}).encode()),
        _task_reply(task_id, f"{server.base_url}/mj/image/1"),
        Reply(200, PNG, {"Content-Type": "image/png"}),
    ]
    with pytest.raises(SystemExit) as exited:
        cli.main(["--base-url", server.base_url, "--api-key", "sk-test", "mj", "imagine", "a cat", "-o", str(art)])
    assert exited.value.code == 0
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert len(written) == 1 and written[0].parent == art, written
    assert written[0].read_bytes() == PNG
    assert len(written[0].name) <= MAX_NAME + len(".png")


def test_file_name_keeps_a_plain_id_and_makes_any_other_safe() -> None:
    assert file_name("1712345678901234") == "1712345678901234"
    assert file_name("task-1_a.b") == "task-1_a.b"
    for hostile in ("../x", "/etc/passwd", "..", "", "C:\\x", "a\x00b", "\u202eevil", " ", ".hidden"):
        name = file_name(hostile)
        assert name and "/" not in name and "\\" not in name and "\x00" not in name and not name.startswith(".")


def _images_reply(count: int) -> Reply:
    import base64

    data = [{"b64_json": base64.b64encode(PNG).decode()} for _ in range(count)]
    return Reply(200, json.dumps({"created": 0, "data": data}).encode())


def test_image_numbers_several_images_beside_the_file_named(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    server.script = [_images_reply(2), _images_reply(2), _images_reply(1)]
    result = _cli(server.base_url, "image", "a fox", "-n", "2", "-o", "fox.png")
    assert result.exit_code == 0 and result.stdout.split() == ["fox-1.png", "fox-2.png"]
    assert (tmp_path / "fox-1.png").read_bytes() == PNG and not (tmp_path / "fox.png").exists()
    result = _cli(server.base_url, "image", "a fox", "-n", "2", "-o", "foxes/")
    assert result.stdout.split() == [str(Path("foxes", "image-1.png")), str(Path("foxes", "image-2.png"))]
    assert _cli(server.base_url, "image", "a fox", "-o", "one.png").stdout.split() == ["one.png"]


def test_image_with_no_image_in_the_answer_exits_6(server: ScriptedServer, tmp_path: Path) -> None:
    server.script = [_images_reply(0)]
    with pytest.raises(SystemExit) as exited:
        cli.main(
            ["--base-url", server.base_url, "--api-key", "sk-test", "image", "a fox", "-o", str(tmp_path / "f.png")]
        )
    assert exited.value.code == 6
    assert list(tmp_path.iterdir()) == []


def test_a_download_goes_through_a_link_and_into_a_device_as_open_would(tmp_path: Path) -> None:
    client = mock_client(lambda request: httpx.Response(200, content=PNG))
    (tmp_path / "real.png").write_bytes(b"old")
    (tmp_path / "link.png").symlink_to(tmp_path / "real.png")
    client.files.content("f").write_to_file(tmp_path / "link.png")
    assert (tmp_path / "link.png").is_symlink() and (tmp_path / "real.png").read_bytes() == PNG
    assert client.files.content("f").write_to_file(os.devnull) == len(PNG)
    assert Path(os.devnull).exists() and not Path(os.devnull).is_file()  # still the device
