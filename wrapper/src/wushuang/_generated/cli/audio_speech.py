# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.audio.speech`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "audio.speech.create": (
        "createSpeech",
        "Generate audio from text",
        "Reads `input` (up to 4096 characters) aloud with the chosen `voice` and answers the audio's bytes, chunked, so playback can start before the end. `stream_format` sse answers server-sent events with base64 chunks instead.",
        False,
        True,
        (
            ("model", "str", True, "`tts-1`, `tts-1-hd` or `gpt-4o-mini-tts`.", ()),
            ("input", "str", True, "The text to speak.", ()),
            (
                "voice",
                "json_or_text",
                True,
                'A built-in voice (`alloy`, `ash`, `ballad`, `coral`, `echo`, `fable`, `onyx`, `nova`, `sage`, `shimmer`, `verse`, `marin`, `cedar`) or `{"id": ...}` of a custom voice.',
                (),
            ),
            (
                "instructions",
                "str",
                False,
                "How to speak (tone, accent, pace); `gpt-4o-mini-tts` and later, not `tts-1`.",
                (),
            ),
            (
                "response_format",
                "choice",
                False,
                "The audio format; server default mp3.",
                ("mp3", "opus", "aac", "flac", "wav", "pcm"),
            ),
            ("speed", "float", False, "Server default 1.0.", ()),
            (
                "stream_format",
                "choice",
                False,
                "`audio` (the server's default): the audio's bytes; `sse`: server-sent events with base64 chunks of audio (not for `tts-1` and `tts-1-hd`).",
                ("audio", "sse"),
            ),
        ),
    ),
}
