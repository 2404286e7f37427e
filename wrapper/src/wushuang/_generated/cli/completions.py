# Generated from openapi/wushuang.yaml by generator/ — do not edit by hand.
"""The commands of ``wushuang api`` for ``client.completions`` (see ``wushuang._generated.cli``)."""

from __future__ import annotations

COMMANDS: dict[str, tuple[str, str, str, bool, bool, tuple[tuple[str, str, bool, str, tuple[str, ...]], ...]]] = {
    "completions.create": (
        "createCompletion",
        "Create a completion",
        "Given a prompt, the model returns one or more predicted completions, and can also return the log probabilities of alternative tokens at each position.",
        True,
        False,
        (
            ("model", "str", True, "The ID of the model, e.g. `gpt-3.5-turbo-instruct`.", ()),
            (
                "prompt",
                "json_or_text",
                True,
                "The prompt(s), as a string, an array of strings, an array of tokens or an array of token arrays.",
                (),
            ),
            (
                "best_of",
                "int",
                False,
                "Generates `best_of` completions server-side and returns the best; must be greater than `n`. Cannot be streamed. Server default 1.",
                (),
            ),
            ("echo", "bool", False, "Echo back the prompt in addition to the completion. Server default false.", ()),
            (
                "frequency_penalty",
                "float",
                False,
                "-2.0 to 2.0; positive values penalise tokens by their frequency so far. Server default 0.",
                (),
            ),
            ("logit_bias", "json", False, "dict[str, int] | None, as JSON.", ()),
            (
                "logprobs",
                "int",
                False,
                "Include the log probabilities of the `logprobs` most likely tokens (0 to 5), as well as the chosen token. Server default null.",
                (),
            ),
            ("max_tokens", "int", False, "The maximum number of tokens to generate. Server default 16.", ()),
            ("n", "int", False, "How many completions to generate for each prompt. Server default 1.", ()),
            (
                "presence_penalty",
                "float",
                False,
                "-2.0 to 2.0; positive values penalise tokens that already appear. Server default 0.",
                (),
            ),
            (
                "seed",
                "int",
                False,
                "Best-effort deterministic sampling; watch `system_fingerprint` for backend changes.",
                (),
            ),
            ("stop", "json_or_text", False, "str | list[str] | None, as JSON or text.", ()),
            (
                "stream",
                "bool",
                False,
                "Stream back partial progress as server-sent events ending with `data: [DONE]`. Server default false.",
                (),
            ),
            ("stream_options", "json", False, "StreamOptions | None, as JSON.", ()),
            (
                "suffix",
                "str",
                False,
                "The suffix that comes after a completion of inserted text. Server default null.",
                (),
            ),
            ("temperature", "float", False, "Sampling temperature between 0 and 2. Server default 1.", ()),
            ("top_p", "float", False, "Nucleus sampling mass between 0 and 1. Server default 1.", ()),
            ("user", "str", False, "A unique identifier of the end user, to help monitor and detect abuse.", ()),
        ),
    ),
}
