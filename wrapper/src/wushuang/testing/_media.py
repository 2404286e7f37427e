"""Hand-made handlers for bytes: files, speech synthesis, transcription and translation.

Files live in the `files` store (the spec's `x-sdk.store`), their bytes kept beside the JSON, so the generic
store operation (delete) sees them; upload and download move bytes, which the store operations do not. An
uploaded file is `uploaded` for `PROCESSING_SECONDS` of emulated time, then `processed`: retrieve and list show
the status of the moment (retrieve first advances an auto-advancing clock, as a poller's fetch).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from ._call import Call, Handler, not_found
from ._state import EmulatorState, Record, StoredFile, SyntheticFile
from ._textgen import count_tokens, seed_of, words_from

__all__ = ["FILES", "HANDLERS", "PROCESSING_SECONDS", "file_json", "store_file"]

#: The store the files live in.
FILES = "files"
#: How long an uploaded file stays `uploaded` before it is `processed`, in emulated seconds.
PROCESSING_SECONDS = 1.0


# ---------------------------------------------------------------- files
def store_file(
    state: EmulatorState, data: bytes, *, filename: str, purpose: str, processing: float = 0.0
) -> StoredFile:
    """Keep a file in the `files` store; it is `processed` once `processing` emulated seconds have passed."""
    number = state.next_number()
    file_id = "file-" + hashlib.sha256(f"{number}:{hashlib.sha256(data).hexdigest()}".encode()).hexdigest()[:24]
    now = state.clock.now()
    stored = StoredFile(
        id=file_id, filename=filename, purpose=purpose, created_at=int(now), data=data, processed_at=now + processing
    )
    state.store(FILES).add(stored.to_json(), attachment=stored)
    return stored


def file_json(record: Record, now: float) -> dict[str, Any]:
    """A stored file as retrieve and list answer it at emulated time `now`."""
    stored = record.attachment
    if isinstance(stored, StoredFile):
        return stored.to_json(now)
    return stored.to_json() if isinstance(stored, SyntheticFile) else dict(record.object)


def create_file(call: Call) -> Response:
    """POST /v1/files (multipart): keeps the bytes exactly; the file starts `uploaded`."""
    part = call.files["file"]
    stored = store_file(
        call.state,
        part.data,
        filename=part.filename or "upload",
        purpose=str(call.form["purpose"]),
        processing=PROCESSING_SECONDS,
    )
    return JSONResponse(stored.to_json(call.state.clock.now()))


def retrieve_file(call: Call) -> Response:
    """GET /v1/files/{file_id}: the file with its status of the moment; a deleted file is a 404."""
    file_id = call.path_params["file_id"]
    record = call.state.store(FILES).get(file_id)
    if record is None:
        return not_found("file", file_id)
    call.state.clock.tick()
    return JSONResponse(file_json(record, call.state.clock.now()))


def list_files(call: Call) -> Response:
    """GET /v1/files: every stored file, newest first, only those of `purpose` when it is given.

    The list is one page (`has_more: false`); an `after` cursor, which later OpenAI clients send to page through
    it, gives the files after that one, so such a client stops instead of fetching the same page again.
    """
    purpose, after = call.query.get("purpose"), call.query.get("after")
    now = call.state.clock.now()
    files = [file_json(r, now) for r in reversed(call.state.store(FILES).records())]
    files = [f for f in files if purpose is None or f["purpose"] == purpose]
    ids = [f["id"] for f in files]
    if after in ids:
        files = files[ids.index(after) + 1 :]
    return JSONResponse({"object": "list", "data": files, "has_more": False})


def download_file(call: Call) -> Response:
    """GET /v1/files/{file_id}/content: the bytes, streamed in chunks (synthetic files generated on the fly)."""
    file_id = call.path_params["file_id"]
    record = call.state.store(FILES).get(file_id)
    stored: StoredFile | SyntheticFile | None = None if record is None else record.attachment
    if stored is None:
        return not_found("file", file_id)

    async def body() -> AsyncIterator[bytes]:
        for chunk in stored.chunks():
            yield chunk

    return StreamingResponse(
        body(), media_type="application/octet-stream", headers={"content-length": str(stored.size)}
    )


# ---------------------------------------------------------------- audio
_AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/opus",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}
_AUDIO_MAGIC = {
    "mp3": b"ID3\x04\x00\x00\x00\x00\x00\x00",
    "opus": b"OggS\x00\x02",
    "aac": b"\xff\xf1\x50\x80",
    "flac": b"fLaC\x00\x00\x00\x22",
    "wav": b"RIFF\x00\x00\x00\x00WAVEfmt ",
    "pcm": b"",
}


def create_speech(call: Call) -> Response:
    """POST /v1/audio/speech: deterministic fake audio, its media type following response_format."""
    p = call.json
    fmt = p.get("response_format") or "mp3"
    seed = seed_of("speech", p["model"], p["input"], p["voice"], fmt, p.get("speed"))
    size = min(4096 * (count_tokens(p["input"]) + 1), 1 << 20)
    audio = _AUDIO_MAGIC.get(fmt, b"") + random.Random(seed).randbytes(size)

    async def body() -> AsyncIterator[bytes]:
        for start in range(0, len(audio), 16 * 1024):
            yield audio[start : start + 16 * 1024]

    return StreamingResponse(body(), media_type=_AUDIO_TYPES.get(fmt, "application/octet-stream"))


def _timestamp(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def create_transcription(call: Call) -> Response:
    """POST /v1/audio/transcriptions: text derived from the audio bytes; json, verbose_json, text, srt, vtt."""
    return _speech_to_text(call, "transcribe")


def create_translation(call: Call) -> Response:
    """POST /v1/audio/translations: English text derived from the audio bytes, in the transcription formats."""
    return _speech_to_text(call, "translate")


def _speech_to_text(call: Call, task: str) -> Response:
    """The text of the audio (`task`: transcribe, or translate into English) in the asked `response_format`."""
    form = call.form
    audio = call.files["file"].data
    seed = seed_of(
        "transcription" if task == "transcribe" else task,
        hashlib.sha256(audio).hexdigest(),
        form.get("model"),
        form.get("prompt"),
        form.get("language"),
    )
    words = words_from(seed, 12).rstrip(".").split(" ")
    halves = [words[:6], words[6:]]
    segments: list[dict[str, Any]] = []
    start = 0.0
    for i, chunk in enumerate(halves):
        end = round(start + 0.4 * len(chunk), 2)
        segments.append(
            {
                "id": i,
                "seek": 0,
                "start": start,
                "end": end,
                "text": " " + " ".join(chunk),
                "tokens": [50364 + j for j in range(len(chunk))],
                "temperature": 0.0,
                "avg_logprob": -0.25,
                "compression_ratio": 1.2,
                "no_speech_prob": 0.01,
            }
        )
        start = end
    text = " ".join(words) + "."
    fmt = form.get("response_format") or "json"
    if fmt == "text":
        return PlainTextResponse(text + "\n")
    if fmt == "srt":
        blocks = [
            f"{s['id'] + 1}\n{_timestamp(s['start'], ',')} --> {_timestamp(s['end'], ',')}\n{s['text'].strip()}\n"
            for s in segments
        ]
        return PlainTextResponse("\n".join(blocks) + "\n")
    if fmt == "vtt":
        blocks = [
            f"{_timestamp(s['start'], '.')} --> {_timestamp(s['end'], '.')}\n{s['text'].strip()}\n" for s in segments
        ]
        # text/plain like srt and text: the spec (and the relay) declare no text/vtt answer.
        return PlainTextResponse("WEBVTT\n\n" + "\n".join(blocks) + "\n")
    if fmt == "verbose_json":
        body: dict[str, Any] = {
            "task": task,
            "language": form.get("language") or "english",  # translations have no `language` field
            "duration": segments[-1]["end"],
            "text": text,
        }
        granularities = form.get("timestamp_granularities[]") or ["segment"]
        if "segment" in granularities:
            body["segments"] = segments
        if "word" in granularities:
            body["words"] = [
                {"word": w, "start": round(0.4 * i, 2), "end": round(0.4 * (i + 1), 2)} for i, w in enumerate(words)
            ]
        return JSONResponse(body)
    return JSONResponse({"text": text})


HANDLERS: dict[str, Handler] = {
    "createFile": create_file,
    "downloadFile": download_file,
    "createSpeech": create_speech,
    "createTranscription": create_transcription,
    "createTranslation": create_translation,
    "listFiles": list_files,
    "retrieveFile": retrieve_file,
}
