"""Hand-made handlers for bytes: file upload and download, speech synthesis and transcription.

Files live in the `files` store (the spec's `x-sdk.store`), their bytes kept beside the JSON, so the store
operations (delete, and retrieve or list once the spec has them) see them; upload and download move bytes,
which the generic store operations do not.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse

from ._call import Call, Handler, not_found
from ._state import StoredFile, SyntheticFile
from ._textgen import count_tokens, seed_of, words_from

__all__ = ["FILES", "HANDLERS"]

#: The store the files live in.
FILES = "files"


# ---------------------------------------------------------------- files
def create_file(call: Call) -> Response:
    """POST /v1/files (multipart): keeps the bytes exactly."""
    part = call.files["file"]
    number = call.state.next_number()
    digest = hashlib.sha256(part.data).hexdigest()
    file_id = "file-" + hashlib.sha256(f"{number}:{digest}".encode()).hexdigest()[:24]
    stored = StoredFile(
        id=file_id,
        filename=part.filename or "upload",
        purpose=str(call.form["purpose"]),
        created_at=int(call.state.clock.now()),
        data=part.data,
    )
    call.state.store(FILES).add(stored.to_json(), attachment=stored)
    return JSONResponse(stored.to_json())


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
    form = call.form
    audio = call.files["file"].data
    seed = seed_of(
        "transcription", hashlib.sha256(audio).hexdigest(), form.get("model"), form.get("prompt"), form.get("language")
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
            "task": "transcribe",
            "language": form.get("language") or "english",
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
}
