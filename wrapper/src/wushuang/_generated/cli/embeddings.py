# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.embeddings`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "embeddings.create": (
        "createEmbedding",
        "Create embeddings",
        "Embedding vectors of the input text(s), as arrays of numbers or, with `encoding_format` base64, as base64 strings of little-endian float32 values.",
        False,
        False,
        (
            (
                "input",
                "json_or_text",
                True,
                "The text(s) to embed, as a string, an array of strings, an array of tokens or an array of token arrays. Not an empty string; at most 2048 items per array; each input at most the model's input limit (8192 tokens for `text-embedding-ada-002`).",
                (),
            ),
            (
                "model",
                "str",
                True,
                "The ID of the model, e.g. `text-embedding-ada-002`, `text-embedding-3-small` or `text-embedding-3-large`.",
                (),
            ),
            (
                "encoding_format",
                "choice",
                False,
                "Arrays of numbers (float) or base64 strings of little-endian float32 values (base64). Server default float.",
                ("float", "base64"),
            ),
            (
                "dimensions",
                "int",
                False,
                "How many dimensions the embeddings have; only `text-embedding-3` and later models.",
                (),
            ),
            ("user", "str", False, "A unique identifier of the end user, to help monitor and detect abuse.", ()),
        ),
    ),
}
