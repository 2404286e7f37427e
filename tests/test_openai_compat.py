"""Someone else's client against the emulator: the official ``openai`` package (the version the benchmark pins)
completes every operation of the OpenAI-compatible surface it still has (embeddings, moderations, images, audio
translation, files, fine-tuning). What it sends and expects is the relay's contract too, so this checks the
emulator (and through it the spec) against an independent implementation. Traffic goes to 127.0.0.1 only."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from collections.abc import Iterator

import openai
import pytest

from wushuang.testing import Emulator

KEY = "sk-openai-compat"
# openai marks some of these operations deprecated (DALL-E 2 variations, translations); they still work.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _png(width: int = 4, height: int = 4) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00\xff" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(api_key=KEY, clock="auto") as emu:
        yield emu


@pytest.fixture
def client(emulator: Emulator) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(api_key=KEY, base_url=f"{emulator.base_url}/v1", max_retries=0) as client:
        yield client


def test_openai_embeds_and_moderates(client: openai.OpenAI) -> None:
    embedded = client.embeddings.create(model="text-embedding-3-small", input=["a cat", "a dog"], dimensions=8)
    assert [len(item.embedding) for item in embedded.data] == [8, 8]
    assert sum(x * x for x in embedded.data[0].embedding) == pytest.approx(1.0, abs=1e-4)
    assert embedded.data[0].embedding != embedded.data[1].embedding
    again = client.embeddings.create(model="text-embedding-3-small", input="a cat", dimensions=8)
    assert again.data[0].embedding == pytest.approx(embedded.data[0].embedding, abs=1e-6)
    assert embedded.usage.prompt_tokens > 0

    moderated = client.moderations.create(input=["I will kill you", "what a nice day"])
    assert [result.flagged for result in moderated.results] == [True, False]
    assert moderated.results[0].categories.violence


def test_openai_makes_edits_and_varies_images(client: openai.OpenAI) -> None:
    generated = client.images.generate(prompt="a red fox", n=2, size="256x256", response_format="b64_json")
    assert len(generated.data) == 2
    assert base64.b64decode(generated.data[0].b64_json or "").startswith(b"\x89PNG")
    by_url = client.images.generate(prompt="a red fox", size="256x256")
    assert (by_url.data[0].url or "").startswith("http://127.0.0.1")

    image = ("fox.png", io.BytesIO(_png()), "image/png")
    mask = ("mask.png", io.BytesIO(_png()), "image/png")
    edited = client.images.edit(image=image, mask=mask, prompt="add a hat", size="256x256", response_format="b64_json")
    assert base64.b64decode(edited.data[0].b64_json or "").startswith(b"\x89PNG")
    varied = client.images.create_variation(image=("fox.png", io.BytesIO(_png()), "image/png"), n=1, size="256x256")
    assert varied.data[0].url


def test_openai_translates_audio(client: openai.OpenAI) -> None:
    audio = ("speech.mp3", io.BytesIO(b"ID3" + bytes(2000)), "audio/mpeg")
    translated = client.audio.translations.create(model="whisper-1", file=audio)
    assert translated.text
    as_text = client.audio.translations.create(
        model="whisper-1", file=("speech.mp3", io.BytesIO(b"ID3" + bytes(2000)), "audio/mpeg"), response_format="text"
    )
    assert isinstance(as_text, str) and as_text.strip()


def test_openai_handles_files_and_fine_tunes(client: openai.OpenAI) -> None:
    lines = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n' * 10
    uploaded = client.files.create(file=("train.jsonl", io.BytesIO(lines)), purpose="fine-tune")
    assert uploaded.id.startswith("file-") and uploaded.bytes == len(lines)
    assert client.files.retrieve(uploaded.id).filename == "train.jsonl"
    assert uploaded.id in [f.id for f in client.files.list(purpose="fine-tune")]
    assert client.files.content(uploaded.id).read() == lines

    job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=uploaded.id, suffix="compat")
    assert job.id.startswith("ftjob-")
    assert job.id in [j.id for j in client.fine_tuning.jobs.list(limit=10)]
    while (job := client.fine_tuning.jobs.retrieve(job.id)).status not in ("succeeded", "failed", "cancelled"):
        pass  # the emulator's clock advances with each request
    assert job.status == "succeeded" and (job.fine_tuned_model or "").startswith("ft:gpt-3.5-turbo")
    events = client.fine_tuning.jobs.list_events(job.id, limit=50)
    assert events.data and all(event.message for event in events.data)

    other = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=uploaded.id)
    assert client.fine_tuning.jobs.cancel(other.id).status in ("cancelled", "cancelling")

    deleted = client.files.delete(uploaded.id)
    assert deleted.deleted
    with pytest.raises(openai.NotFoundError):
        client.files.retrieve(uploaded.id)
