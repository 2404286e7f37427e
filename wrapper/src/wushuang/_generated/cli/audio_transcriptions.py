# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.audio.transcriptions`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "audio.transcriptions.create": (
        "createTranscription",
        "Transcribe audio into the input language",
        "Answers JSON for `response_format` json (the server's default) and verbose_json, and plain text for text, srt and vtt.",
        True,
        False,
        (
            ("file", "file", True, "The audio file: flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm.", ()),
            (
                "model",
                "str",
                True,
                "`whisper-1`, `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` or `gpt-4o-transcribe-diarize`.",
                (),
            ),
            ("language", "str", False, "The input language, as ISO-639-1.", ()),
            ("languages", "json", False, "The languages the audio may be in, as ISO-639-1 codes.", ()),
            ("keywords", "json", False, "Words and names the audio is likely to hold, to spell them right.", ()),
            ("prompt", "str", False, "Text to guide the style or continue a previous segment.", ()),
            (
                "response_format",
                "choice",
                False,
                "Server default json; text, srt and vtt are answered as plain text; `gpt-4o-transcribe` and `gpt-4o-mini-transcribe` take only json, `diarized_json` needs `gpt-4o-transcribe-diarize`.",
                ("json", "text", "srt", "verbose_json", "vtt", "diarized_json"),
            ),
            ("temperature", "float", False, "Server default 0.", ()),
            (
                "include",
                "json",
                False,
                "More to answer; `logprobs` (json answers of `gpt-4o-transcribe` and `gpt-4o-mini-transcribe`).",
                (),
            ),
            (
                "timestamp_granularities",
                "json",
                False,
                "Timestamp granularities; needs `response_format` verbose_json.",
                (),
            ),
            (
                "stream",
                "bool",
                False,
                "Answer as server-sent events while the audio is transcribed (not for `whisper-1`). Server default false.",
                (),
            ),
            (
                "chunking_strategy",
                "json_or_text",
                False,
                "`auto`, or voice activity detection settings, to cut the audio into chunks; without it the audio is one block. Needed for `gpt-4o-transcribe-diarize` over 30 seconds.",
                (),
            ),
            (
                "known_speaker_names",
                "json",
                False,
                "Names of up to 4 speakers, matching `known_speaker_references` (diarization).",
                (),
            ),
            (
                "known_speaker_references",
                "json",
                False,
                "A short audio sample of each known speaker, as a data URL.",
                (),
            ),
        ),
    ),
}
