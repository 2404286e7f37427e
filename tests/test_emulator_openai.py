"""The emulator's OpenAI-like operations, driven through the SDK: files, fine-tuning, embeddings, moderations,
images, translations, and the `relay` profile that refuses what new-api-family relays do not route.

Plain httpx is used only below the SDK, on purpose: the bytes of a base64 embedding (which the SDK decodes), the
image URLs the emulator serves without a key, and the relay profile's raw 404 and 501 answers.
"""

from __future__ import annotations

import base64
import math
import os
import re
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

import wushuang
from wushuang.testing import Emulator
from wushuang.testing._textgen import VOCABULARY
from wushuang.types import CreateTranscriptionResponse, CreateTranslationResponse, ImagesResponse

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
SRC = Path(__file__).resolve().parents[1] / "wrapper" / "src"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TRAINING = b'{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}\n' * 30


def upload(
    client: wushuang.Wushuang,
    data: bytes = TRAINING,
    purpose: Literal["fine-tune", "assistants"] = "fine-tune",
    name: str = "train.jsonl",
) -> str:
    """Upload a file; returns its ID."""
    uploaded = client.files.create(file=(name, data), purpose=purpose)
    assert (uploaded.filename, uploaded.bytes, uploaded.purpose) == (name, len(data), purpose)
    return uploaded.id


def floats(embedding: object) -> list[float]:
    """An embedding as the SDK hands it back: decoded to a list of floats."""
    assert isinstance(embedding, list)
    return [float(x) for x in embedding]


def read_png(data: bytes) -> tuple[int, int, set[bytes]]:
    """(width, height, the distinct pixels) of an 8-bit RGB PNG, checking its signature, CRCs and pixel data."""
    assert data[:8] == PNG_SIGNATURE
    chunks: dict[bytes, bytes] = {}
    position = 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        assert struct.unpack(">I", data[position + 8 + length : position + 12 + length])[0] == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, colour, interlace) == (8, 2, 0) and b"IEND" in chunks
    pixels = zlib.decompress(chunks[b"IDAT"])
    stride = 1 + 3 * width
    assert len(pixels) == height * stride
    rows = {pixels[y * stride : (y + 1) * stride] for y in range(height)}
    return width, height, {row[1 + 3 * x : 4 + 3 * x] for row in rows for x in range(width)}


# ---------------------------------------------------------------- files
def test_uploaded_file_is_processed_after_a_second_of_emulator_time(emu: Emulator, client: wushuang.Wushuang) -> None:
    file_id = upload(client)
    assert client.files.retrieve(file_id).status == "uploaded"
    with pytest.raises(wushuang.PollTimeoutError):
        client.files.wait_for_processing(file_id, timeout=0.05, interval=0.01)  # the manual clock stands still
    emu.clock.advance(0.5)
    assert client.files.retrieve(file_id).status == "uploaded"
    emu.clock.advance(0.5)
    processed = client.files.retrieve(file_id)
    assert processed.status == "processed" and processed.bytes == len(TRAINING)


def test_wait_for_processing_with_an_auto_advancing_clock(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.clock.auto_advance = 0.25  # each retrieve lets a quarter of a second pass
    file_id = upload(client)
    seen: list[str | None] = []
    done = client.files.wait_for_processing(file_id, interval=0.01, on_progress=lambda f: seen.append(f.status))
    assert done.status == "processed" and seen == ["uploaded", "processed"]


def test_list_files_by_purpose_and_deleted_files_are_gone(client: wushuang.Wushuang) -> None:
    tune_a, tune_b = upload(client), upload(client, b"other")
    helper = upload(client, b"notes", purpose="assistants", name="notes.txt")
    assert [f.id for f in client.files.list(purpose="fine-tune").data] == [tune_b, tune_a]
    assert [f.id for f in client.files.list(purpose="assistants").data] == [helper]
    assert {f.id for f in client.files.list().data} == {tune_a, tune_b, helper}
    assert client.files.delete(tune_a).deleted
    with pytest.raises(wushuang.NotFoundError) as retrieved:
        client.files.retrieve(tune_a)
    assert retrieved.value.type == "invalid_request_error"
    assert retrieved.value.error is not None and retrieved.value.error.message == f"No file found with id '{tune_a}'."
    with pytest.raises(wushuang.NotFoundError):
        client.files.content(tune_a)
    assert tune_a not in {f.id for f in client.files.list().data}


# ---------------------------------------------------------------- fine-tuning
def test_fine_tuning_job_needs_uploaded_files(client: wushuang.Wushuang) -> None:
    with pytest.raises(wushuang.BadRequestError) as no_training:
        client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file="file-nope")
    assert no_training.value.status_code == 400 and no_training.value.param == "training_file"
    training = upload(client)
    with pytest.raises(wushuang.BadRequestError) as no_validation:
        client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=training, validation_file="file-nope")
    assert no_validation.value.param == "validation_file"
    assert client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=training).status == "validating_files"


def test_fine_tuning_job_runs_on_the_clock(emu: Emulator, client: wushuang.Wushuang) -> None:
    job = client.fine_tuning.jobs.create(
        model="gpt-3.5-turbo", training_file=upload(client), suffix="demo", hyperparameters={"n_epochs": 2}
    )
    assert job.id.startswith("ftjob-") and job.fine_tuned_model is None
    assert job.hyperparameters is not None and job.hyperparameters.n_epochs == 2

    def status_after(seconds: float) -> Any:
        emu.clock.advance(seconds)
        return client.fine_tuning.jobs.retrieve(job.id)

    assert status_after(1.9).status == "validating_files"
    assert status_after(0.1).status == "queued"
    running = status_after(2)
    assert running.status == "running" and running.finished_at is None and running.trained_tokens is None
    latest = client.fine_tuning.jobs.list_events(job.id).data[0]
    assert latest.message == "Fine-tuning job started"
    done = status_after(12)
    assert done.status == "succeeded" and done.finished_at == (job.created_at or 0) + 16
    assert re.fullmatch(r"ft:gpt-3\.5-turbo:wushuang:demo:[0-9a-f]{8}", done.fine_tuned_model or "")
    assert done.trained_tokens == (len(TRAINING) // 4 + 1) * 2
    assert done.result_files and len(done.result_files) == 1
    result = client.files.retrieve(done.result_files[0])
    assert result.purpose == "fine-tune-results" and result.filename == "step_metrics.csv"
    metrics = client.files.content(done.result_files[0]).read().decode().splitlines()
    assert metrics[0] == "step,train_loss,train_accuracy" and len(metrics) == 11
    assert client.fine_tuning.jobs.retrieve(job.id).result_files == done.result_files  # made once


def test_wait_reports_each_status_and_every_event_in_order(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.clock.auto_advance = 1.0
    job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=upload(client))
    statuses: list[str | None] = []
    messages: list[str | None] = []
    done = client.fine_tuning.jobs.wait(
        job.id,
        interval=0.01,
        on_progress=lambda j: statuses.append(j.status),
        on_event=lambda e: messages.append(e.message),
    )
    assert done.status == "succeeded" and statuses == ["validating_files", "queued", "running", "succeeded"]
    assert messages[0] == f"Created fine-tuning job: {job.id}"
    assert messages[1] == f"Validating training file: {job.training_file}"
    assert messages[2:4] == ["Files validated, moving job to queued state", "Fine-tuning job started"]
    steps = [m for m in messages if m and m.startswith("Step ")]
    assert [s.split(":")[0] for s in steps] == [f"Step {i}/10" for i in range(1, 11)]
    losses = [float(s.rsplit("=", 1)[1]) for s in steps]
    assert losses == sorted(losses, reverse=True)
    assert messages[-2:] == [
        f"New fine-tuned model created: {done.fine_tuned_model}",
        "The job has successfully completed",
    ]


def test_fine_tuning_events_page_newest_first(emu: Emulator, client: wushuang.Wushuang) -> None:
    job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=upload(client))
    emu.clock.advance(60)
    first = client.fine_tuning.jobs.list_events(job.id, limit=5)
    assert len(first.data) == 5 and first.has_more
    assert first.data[0].message == "The job has successfully completed"
    second = client.fine_tuning.jobs.list_events(job.id, limit=5, after=first.data[-1].id)
    assert second.data[0].created_at is not None and first.data[-1].created_at is not None
    assert second.data[0].created_at < first.data[-1].created_at
    every = list(client.fine_tuning.jobs.list_events(job.id, limit=4))
    stamps = [e.created_at or 0 for e in every]
    assert len(every) == 16 == len({e.id for e in every}) and stamps == sorted(stamps, reverse=True)
    assert every[-1].message == f"Created fine-tuning job: {job.id}"
    metrics = [e for e in every if e.type == "metrics"]
    assert len(metrics) == 10 and metrics[0].data is not None and metrics[0].data["step"] == 10
    last = client.fine_tuning.jobs.list_events(job.id, after=every[-2].id)
    assert [e.id for e in last.data] == [every[-1].id] and not last.has_more
    with pytest.raises(wushuang.BadRequestError) as unknown:
        client.fine_tuning.jobs.list_events(job.id, after="ftevent-nope")
    assert unknown.value.param == "after"
    with pytest.raises(wushuang.NotFoundError):
        client.fine_tuning.jobs.list_events("ftjob-nope")


def test_cancel_stops_a_running_job_only(emu: Emulator, client: wushuang.Wushuang) -> None:
    job = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=upload(client))
    emu.clock.advance(6)
    cancelled = client.fine_tuning.jobs.cancel(job.id)
    assert cancelled.status == "cancelled" and cancelled.fine_tuned_model is None
    emu.clock.advance(60)
    later = client.fine_tuning.jobs.retrieve(job.id)
    assert later.status == "cancelled" and later.fine_tuned_model is None and later.result_files == []
    messages = [e.message for e in client.fine_tuning.jobs.list_events(job.id)]
    assert messages[0] == "Fine-tuning job cancelled" and "Step 3/10" not in " ".join(m or "" for m in messages)
    with pytest.raises(wushuang.BadRequestError) as again:
        client.fine_tuning.jobs.cancel(job.id)
    assert again.value.status_code == 400 and "cancelled" in str(again.value)
    finished = client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=job.training_file or "")
    emu.clock.advance(60)
    with pytest.raises(wushuang.BadRequestError):
        client.fine_tuning.jobs.cancel(finished.id)
    assert client.fine_tuning.jobs.retrieve(finished.id).status == "succeeded"
    with pytest.raises(wushuang.NotFoundError):
        client.fine_tuning.jobs.cancel("ftjob-nope")


def test_fine_tuning_jobs_list_newest_first_in_pages(client: wushuang.Wushuang) -> None:
    training = upload(client)
    ids = [client.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file=training).id for _ in range(3)]
    page = client.fine_tuning.jobs.list(limit=2)
    assert [j.id for j in page.data] == ids[:0:-1] and page.has_more
    rest = client.fine_tuning.jobs.list(limit=2, after=page.data[-1].id)
    assert [j.id for j in rest.data] == ids[:1] and not rest.has_more
    assert [j.id for j in client.fine_tuning.jobs.list(limit=1)] == ids[::-1]
    with pytest.raises(wushuang.BadRequestError) as unknown:
        client.fine_tuning.jobs.list(after="ftjob-nope")
    assert unknown.value.param == "after"


# ---------------------------------------------------------------- embeddings
def test_embeddings_are_deterministic_unit_vectors(emu: Emulator, client: wushuang.Wushuang) -> None:
    result = client.embeddings.create(model="text-embedding-ada-002", input=["hello", "world", "hello"])
    assert b'"encoding_format":"base64"' in emu.requests[-1].body.replace(b" ", b"")  # the SDK's choice on the wire
    vectors = [floats(e.embedding) for e in result.data]
    assert [e.index for e in result.data] == [0, 1, 2] and all(len(v) == 1536 for v in vectors)
    assert vectors[0] == vectors[2] != vectors[1]
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1) < 1e-5 for v in vectors)
    as_floats = client.embeddings.create(model="text-embedding-ada-002", input="hello", encoding_format="float")
    assert floats(as_floats.data[0].embedding) == vectors[0]
    assert client.embeddings.create(model="text-embedding-3-small", input="hello").data[0].embedding != vectors[0]


def test_embeddings_base64_is_little_endian_float32(emu: Emulator, client: wushuang.Wushuang) -> None:
    model, text = "text-embedding-3-small", "The food was delicious"
    as_floats = floats(client.embeddings.create(model=model, input=text, encoding_format="float").data[0].embedding)
    body = {"model": model, "input": text, "encoding_format": "base64"}
    answer = httpx.post(emu.base_url + "/v1/embeddings", headers=AUTH, json=body)  # raw: the SDK decodes base64
    raw = base64.b64decode(answer.json()["data"][0]["embedding"])
    assert len(raw) == 4 * 1536 and list(struct.unpack("<1536f", raw)) == as_floats


def test_embedding_dimensions_and_models(client: wushuang.Wushuang) -> None:
    def vector(model: str, **extra: Any) -> list[float]:
        return floats(client.embeddings.create(model=model, input="shorten me", **extra).data[0].embedding)

    assert len(vector("text-embedding-3-large")) == 3072
    full, short = vector("text-embedding-3-small"), vector("text-embedding-3-small", dimensions=256)
    assert len(short) == 256 and abs(math.sqrt(sum(x * x for x in short)) - 1) < 1e-5
    norm = math.sqrt(sum(x * x for x in full[:256]))
    assert all(abs(a / norm - b) < 1e-5 for a, b in zip(full[:256], short, strict=True))  # a renormalised prefix
    with pytest.raises(wushuang.BadRequestError) as ada:
        vector("text-embedding-ada-002", dimensions=256)
    assert ada.value.param == "dimensions"
    with pytest.raises(wushuang.BadRequestError) as too_many:
        vector("text-embedding-3-small", dimensions=2000)
    assert too_many.value.param == "dimensions"


def test_embedding_inputs_and_usage(client: wushuang.Wushuang) -> None:
    model = "text-embedding-ada-002"
    text = client.embeddings.create(model=model, input="one two three.")
    assert len(text.data) == 1 and text.usage is not None and text.usage.prompt_tokens == 4 == text.usage.total_tokens
    tokens = client.embeddings.create(model=model, input=[1, 2, 3])
    assert len(tokens.data) == 1 and tokens.usage is not None and tokens.usage.prompt_tokens == 3
    token_lists = client.embeddings.create(model=model, input=[[1, 2], [3], [1, 2]])
    assert len(token_lists.data) == 3 and token_lists.usage is not None and token_lists.usage.prompt_tokens == 5
    assert token_lists.data[0].embedding == token_lists.data[2].embedding != token_lists.data[1].embedding
    assert tokens.data[0].embedding != token_lists.data[0].embedding


def test_a_batch_of_100_embeddings_answers_quickly(client: wushuang.Wushuang) -> None:
    texts = [f"document number {i} about rivers and stones" for i in range(100)]
    started = time.perf_counter()
    decoded = client.embeddings.create(model="text-embedding-ada-002", input=texts)
    as_floats = client.embeddings.create(model="text-embedding-ada-002", input=texts, encoding_format="float")
    elapsed = time.perf_counter() - started
    assert len(decoded.data) == 100 == len(as_floats.data) and len(floats(as_floats.data[99].embedding)) == 1536
    assert elapsed < 3.0, f"100 x 1536 embeddings took {elapsed:.2f} s"


# ---------------------------------------------------------------- moderations
def test_moderation_flags_follow_the_words(client: wushuang.Wushuang) -> None:
    texts = ["I want to kill them.", "I hate you all", "thoughts of self-harm", "What a lovely day", "good skills"]
    result = client.moderations.create(input=texts)
    assert result.id and result.id.startswith("modr-") and result.model == "text-moderation-007"
    violent, hateful, harmful, calm, skilful = result.results
    assert violent.flagged and violent.categories.violence and not violent.categories.hate
    assert (violent.category_scores.violence or 0) > 0.9
    assert hateful.flagged and hateful.categories.hate and (hateful.category_scores.hate or 0) > 0.9
    assert harmful.flagged and harmful.categories.self_harm and (harmful.category_scores.self_harm or 0) > 0.9
    for quiet in (calm, skilful):
        assert not quiet.flagged
        assert not any(quiet.categories.to_dict().values())
        assert max(quiet.category_scores.to_dict().values()) < 0.01
    single = client.moderations.create(input="I want to kill them.", model="text-moderation-stable")
    assert len(single.results) == 1 and single.results[0] == violent


# ---------------------------------------------------------------- images
def test_generated_images_are_pngs_of_the_requested_size(client: wushuang.Wushuang) -> None:
    result = client.images.generate(prompt="a red fox", n=2, size="512x512", response_format="b64_json")
    assert result.data is not None and len(result.data) == 2
    images = [read_png(base64.b64decode(image.b64_json or "")) for image in result.data]
    assert all((width, height, len(pixels)) == (512, 512, 1) for width, height, pixels in images)
    assert images[0][2] != images[1][2]  # n images, not n copies
    assert all(image.revised_prompt is None and image.url is None for image in result.data)  # dall-e-2
    again = client.images.generate(prompt="a red fox", n=2, size="512x512", response_format="b64_json")
    assert again.data is not None and [i.b64_json for i in again.data] == [i.b64_json for i in result.data]
    other = client.images.generate(prompt="a blue whale", size="256x256", response_format="b64_json")
    assert other.data is not None and read_png(base64.b64decode(other.data[0].b64_json or ""))[2] != images[0][2]


def test_image_urls_are_served_by_the_emulator_without_a_key(
    emu: Emulator, client: wushuang.Wushuang, tmp_path: Path
) -> None:
    result = client.images.generate(prompt="A cute baby sea otter", model="dall-e-3", size="1792x1024")
    assert result.data is not None and len(result.data) == 1
    image = result.data[0]
    assert image.url and image.url.startswith(emu.base_url + "/emulator/images/") and image.b64_json is None
    assert image.revised_prompt and "sea otter" in image.revised_prompt
    saved = wushuang.save_image(image, tmp_path / "otter.png")
    assert read_png(saved.read_bytes())[:2] == (1792, 1024)
    served = httpx.get(image.url)  # no key, as an image host
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    assert served.content == saved.read_bytes()
    missing = httpx.get(emu.base_url + "/emulator/images/img-nope.png")
    assert missing.status_code == 404 and missing.json()["error"]["message"] == "No image found with id 'img-nope'."


def test_image_edits_and_variations_need_a_png(client: wushuang.Wushuang) -> None:
    source = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"

    Format = Literal["url", "b64_json"] | wushuang.NotGiven

    def edit(image: tuple[str, bytes], response_format: Format = wushuang.NOT_GIVEN) -> ImagesResponse:
        return client.images.edit(image=image, prompt="add a hat", n=2, size="256x256", response_format=response_format)

    def vary(image: tuple[str, bytes], response_format: Format = wushuang.NOT_GIVEN) -> ImagesResponse:
        return client.images.create_variation(image=image, n=2, size="256x256", response_format=response_format)

    for make in (edit, vary):
        made = make(("a.png", source), "b64_json").data
        assert made is not None
        images = [read_png(base64.b64decode(item.b64_json or "")) for item in made]
        assert len(images) == 2 and all(image[:2] == (256, 256) for image in images)
        as_url = make(("a.png", source)).data
        assert as_url is not None and as_url[0].url
        assert read_png(httpx.get(as_url[0].url).content)[:2] == (256, 256)
        with pytest.raises(wushuang.BadRequestError) as refused:
            make(("a.gif", gif))
        assert refused.value.param == "image" and "PNG" in str(refused.value)
    with pytest.raises(wushuang.BadRequestError) as bad_mask:
        client.images.edit(image=("a.png", source), mask=("m.gif", gif), prompt="add a hat")
    assert bad_mask.value.param == "mask"


# ---------------------------------------------------------------- translations
def test_translation_formats(client: wushuang.Wushuang) -> None:
    audio = ("speech.mp3", b"ID3 some German audio", "audio/mpeg")
    translations = client.audio.translations

    translated = translations.create(file=audio, model="whisper-1")
    assert isinstance(translated, CreateTranslationResponse)
    text = translated.text
    words = text.rstrip(".").lower().split()
    assert words and all(word in VOCABULARY for word in words)  # English
    transcribed = client.audio.transcriptions.create(file=audio, model="whisper-1")
    assert isinstance(transcribed, CreateTranscriptionResponse) and transcribed.text != text
    as_json = translations.create(file=audio, model="whisper-1", response_format="json")
    assert isinstance(as_json, CreateTranslationResponse) and as_json.to_dict() == {"text": text}
    with translations.with_raw_response.create(file=audio, model="whisper-1", response_format="verbose_json") as raw:
        verbose = raw.parse()
        assert raw.http_response.json()["task"] == "translate"  # a field the SDK's model leaves out
    assert isinstance(verbose, CreateTranslationResponse) and verbose.language == "english" and verbose.text == text
    assert verbose.segments and len(verbose.segments) == 2 and verbose.duration == verbose.segments[-1].end
    with translations.with_raw_response.create(file=audio, model="whisper-1", response_format="text") as plain:
        assert plain.headers["content-type"].startswith("text/plain")
        as_text = plain.parse()
    assert isinstance(as_text, str) and as_text.strip() == text
    srt = translations.create(file=audio, model="whisper-1", response_format="srt")
    assert isinstance(srt, str) and srt.startswith("1\n00:00:00,000 --> ")
    vtt = translations.create(file=audio, model="whisper-1", response_format="vtt")
    assert isinstance(vtt, str) and vtt.startswith("WEBVTT\n\n00:00:00.000 --> ")


# ---------------------------------------------------------------- the relay profile
@pytest.fixture(scope="module")
def relay() -> Iterator[Emulator]:
    with Emulator(api_key=KEY, profile="relay") as emu:
        yield emu


NOT_IMPLEMENTED = {"error": {"message": "API not implemented", "type": "new_api_error", "code": "api_not_implemented"}}
UNROUTED = [
    ("GET", "/v1/assistants"),
    ("POST", "/v1/threads"),
    ("GET", "/v1/threads/thread_abc/runs/run_abc"),
    ("POST", "/v1/fine_tuning/jobs"),
    ("GET", "/v1/fine_tuning/jobs/ftjob-abc/events"),
]
REFUSED = [
    ("GET", "/v1/files"),
    ("POST", "/v1/files"),
    ("GET", "/v1/files/file-abc"),
    ("DELETE", "/v1/files/file-abc"),
    ("GET", "/v1/files/file-abc/content"),
    ("POST", "/v1/images/edits"),
    ("POST", "/v1/images/variations"),
]


@pytest.mark.parametrize(("method", "path"), UNROUTED)
def test_relay_profile_has_no_route_for_assistants_threads_fine_tuning(relay: Emulator, method: str, path: str) -> None:
    for headers in (AUTH, {}):  # gin's 404 comes before any key check
        response = httpx.request(method, relay.base_url + path, headers=headers)
        assert response.status_code == 404 and response.text == "404 page not found"
        assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(("method", "path"), REFUSED)
def test_relay_profile_refuses_files_and_image_edits_with_501(relay: Emulator, method: str, path: str) -> None:
    response = httpx.request(method, relay.base_url + path, headers=AUTH)
    assert response.status_code == 501 and response.json() == NOT_IMPLEMENTED
    assert httpx.request(method, relay.base_url + path).status_code == 401  # behind the key check


def test_relay_profile_serves_everything_else(relay: Emulator) -> None:
    with wushuang.Wushuang(api_key=KEY, base_url=relay.base_url, max_retries=0) as sdk:
        assert sdk.embeddings.create(model="text-embedding-ada-002", input="hi").data
        assert sdk.images.generate(prompt="a fox", response_format="b64_json").data
        assert sdk.moderations.create(input="hi").results
        assert sdk.models.list().data


# (the endpoint the error names: method and path template, the call)
SDK_CALLS: list[tuple[str, Callable[[wushuang.Wushuang], object]]] = [
    ("GET /v1/assistants", lambda c: c.beta.assistants.list()),
    ("GET /v1/fine_tuning/jobs", lambda c: c.fine_tuning.jobs.list()),
    ("POST /v1/fine_tuning/jobs", lambda c: c.fine_tuning.jobs.create(model="gpt-3.5-turbo", training_file="f")),
    ("GET /v1/fine_tuning/jobs/{fine_tuning_job_id}", lambda c: c.fine_tuning.jobs.retrieve("ftjob-a")),
    ("POST /v1/fine_tuning/jobs/{fine_tuning_job_id}/cancel", lambda c: c.fine_tuning.jobs.cancel("ftjob-a")),
    ("GET /v1/fine_tuning/jobs/{fine_tuning_job_id}/events", lambda c: c.fine_tuning.jobs.list_events("ftjob-a")),
    ("GET /v1/files", lambda c: c.files.list()),
    ("POST /v1/files", lambda c: c.files.create(file=TRAINING, purpose="fine-tune")),
    ("GET /v1/files/{file_id}", lambda c: c.files.retrieve("file-a")),
    ("DELETE /v1/files/{file_id}", lambda c: c.files.delete("file-a")),
    ("GET /v1/files/{file_id}/content", lambda c: c.files.content("file-a")),
    ("POST /v1/images/edits", lambda c: c.images.edit(image=("a.png", PNG_SIGNATURE), prompt="add a hat")),
    ("POST /v1/images/variations", lambda c: c.images.create_variation(image=("a.png", PNG_SIGNATURE))),
]


@pytest.mark.parametrize(("endpoint", "call"), SDK_CALLS, ids=[endpoint for endpoint, _ in SDK_CALLS])
def test_sdk_raises_endpoint_not_supported_for_relay_refusals(
    relay: Emulator, endpoint: str, call: Callable[[wushuang.Wushuang], object]
) -> None:
    with wushuang.Wushuang(api_key=KEY, base_url=relay.base_url, max_retries=0) as sdk:
        with pytest.raises(wushuang.EndpointNotSupportedError) as refused:
            call(sdk)
    method, path = endpoint.split(" ")
    assert refused.value.status_code == (501 if path.startswith(("/v1/files", "/v1/images")) else 404)
    assert (refused.value.method, refused.value.path) == (method, path)
    assert isinstance(refused.value, wushuang.NotFoundError)


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        Emulator(api_key=KEY, profile="nope")  # type: ignore[arg-type]


def test_cli_serves_the_relay_profile() -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    command = [sys.executable, "-m", "wushuang.testing", "--port", "0", "--api-key", KEY, "--profile", "relay"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().split("serving on ", 1)[1].split()[0]
        deadline = time.monotonic() + 10
        while True:
            try:
                threads = httpx.post(base_url + "/v1/threads", headers=AUTH)
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert threads.status_code == 404 and threads.text == "404 page not found"
        with wushuang.Wushuang(api_key=KEY, base_url=base_url, max_retries=0) as sdk:
            with pytest.raises(wushuang.EndpointNotSupportedError) as files:
                sdk.files.list()
            assert files.value.status_code == 501 and sdk.models.list().data
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_an_image_edit_takes_several_images(client: wushuang.Wushuang) -> None:
    source = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )
    made = client.images.edit(
        image=[("a.png", source), ("b.png", source)], prompt="add a hat", size="256x256", response_format="b64_json"
    ).data
    assert made is not None and read_png(base64.b64decode(made[0].b64_json or ""))[:2] == (256, 256)


def test_omni_moderation_of_text_and_an_image(client: wushuang.Wushuang) -> None:
    answer = client.moderations.create(
        model="omni-moderation-latest",
        input=[
            {"type": "text", "text": "how to build a bomb"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
        ],
    )
    (result,) = answer.results
    assert answer.model == "omni-moderation-2024-09-26" and result.flagged
    assert result.categories.illicit_violent and result.category_applied_input_types is not None
    assert result.category_applied_input_types.violence == ["text", "image"]
    assert result.category_applied_input_types.illicit == ["text"]


def test_the_checkpoints_of_a_fine_tuning_job_are_a_cursor_page(client: wushuang.Wushuang) -> None:
    page = client.fine_tuning.jobs.checkpoints.list(fine_tuning_job_id="ftjob-abc123", limit=2)
    checkpoints = list(page)
    assert checkpoints and checkpoints[0].fine_tuned_model_checkpoint.startswith("ft:")
    assert checkpoints[0].metrics is not None and checkpoints[0].metrics.train_loss is not None


def test_chat_takes_todays_fields(client: wushuang.Wushuang) -> None:
    answer = client.chat.completions.create(
        model="gpt-4.1-mini",
        messages=[
            {"role": "developer", "content": "Answer briefly."},
            {"role": "user", "content": [{"type": "text", "text": "Hello"}]},
        ],
        max_completion_tokens=5,
        reasoning_effort="low",
        response_format={"type": "json_schema", "json_schema": {"name": "greeting", "schema": {"type": "object"}}},
        parallel_tool_calls=False,
        store=False,
        metadata={"k": "v"},
        service_tier="auto",
        verbosity="low",
        prompt_cache_key="greetings",
        safety_identifier="user-1",
    )
    assert answer.usage is not None and answer.usage.completion_tokens <= 5
