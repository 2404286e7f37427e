"""Deterministic text for the emulator: a tiny tokenizer and a generator seeded by the request.

The same input always gives the same tokens; a different input gives different ones. Generated tokens are
" word" (a space and a word) or a punctuation mark, so re-tokenizing the generated text gives back exactly
as many tokens as were generated: usage adds up.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Generation", "count_tokens", "generate", "seed_of", "tokenize", "words_from"]

_TOKEN_RE = re.compile(r"\w+|[^\w\s]", re.UNICODE)

VOCABULARY: tuple[str, ...] = tuple(
    """
    river stone light window garden morning quiet signal paper thread harbor lantern forest silver engine
    orbit meadow copper violet anchor bridge candle desert echo falcon glacier horizon island jasmine kettle
    ladder marble nectar ocean pepper quartz ribbon saddle timber umbrella valley walnut yonder zephyr amber
    basket cedar dragon ember feather granite hollow ivory juniper kernel lemon mosaic nickel olive pebble
    quill raven spruce tulip velvet willow cobalt dune fable grove haze inlet jewel kite lotus mist north
    plume reef shore tide vessel wander cloud spark pine frost bloom drift field gleam hush mirror rust
    """.split()
)
_PUNCTUATION: tuple[str, ...] = (",", ".")


def tokenize(text: str) -> list[str]:
    """Split text into tokens: runs of word characters, and single punctuation marks."""
    return _TOKEN_RE.findall(text)


def count_tokens(text: str) -> int:
    """How many tokens `tokenize` finds in a text."""
    return len(tokenize(text))


def seed_of(*parts: Any) -> int:
    """A stable integer seed from any JSON-able values (the request parts that decide the answer)."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str).encode()
    return int.from_bytes(hashlib.sha256(blob).digest()[:8], "big")


@dataclass(frozen=True)
class Generation:
    """Generated tokens with their log probabilities and the alternatives considered at each step."""

    tokens: tuple[str, ...]
    logprobs: tuple[float, ...]
    alternatives: tuple[tuple[tuple[str, float], ...], ...]

    @property
    def text(self) -> str:
        """The tokens joined into text."""
        return "".join(self.tokens)


def generate(seed: int, count: int, top: int = 0) -> Generation:
    """`count` tokens chosen from the vocabulary by a generator seeded with `seed`.

    `top` alternatives (the chosen token first) are listed for each position, each with a log probability.
    """
    rng = random.Random(seed)
    # Alternatives come from their own generator, so asking for logprobs never changes the text.
    alt_rng = random.Random(seed ^ 0x5DEECE66D)
    tokens: list[str] = []
    logprobs: list[float] = []
    alternatives: list[tuple[tuple[str, float], ...]] = []
    since_punct = 0
    for i in range(count):
        # A comma or full stop now and then, never first and never twice in a row.
        if i > 0 and since_punct >= 3 and rng.random() < 0.15:
            token = rng.choice(_PUNCTUATION)
            since_punct = 0
        else:
            token = " " + rng.choice(VOCABULARY)
            since_punct += 1
        logprob = -round(rng.uniform(0.001, 2.5), 6)
        tokens.append(token)
        logprobs.append(logprob)
        alts: list[tuple[str, float]] = [(token, logprob)]
        previous = logprob
        while len(alts) < top:
            candidate = " " + alt_rng.choice(VOCABULARY)
            if any(candidate == a for a, _ in alts):
                continue
            previous = round(previous - alt_rng.uniform(0.05, 1.5), 6)
            alts.append((candidate, previous))
        alternatives.append(tuple(alts[:top]))
    return Generation(tuple(tokens), tuple(logprobs), tuple(alternatives))


def words_from(seed: int, count: int) -> str:
    """A plain sentence of `count` vocabulary words (transcriptions, tool arguments)."""
    rng = random.Random(seed)
    words = [rng.choice(VOCABULARY) for _ in range(count)]
    return (" ".join(words)).capitalize() + "."


def chunked(data: bytes, size: int) -> Iterator[bytes]:
    """Slices of `data`, `size` bytes each (the last one shorter)."""
    for start in range(0, len(data), size):
        yield data[start : start + size]
