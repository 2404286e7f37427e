"""Behaviours by x-sdk value: each name resolves to what its product's module registers, once, on first use."""

from __future__ import annotations

import array
import base64

import msgspec
import pytest

from wushuang import MidjourneyError
from wushuang._core.behaviours import behaviour, register
from wushuang._core.operation import all_operations
from wushuang._generated import models
from wushuang._generated.operations import BEHAVIOUR_MODULES


def test_every_name_the_operations_use_resolves_to_its_kind() -> None:
    used = {
        (kind, name)
        for op in all_operations().values()
        for kind, name in (("envelope", op.envelope), ("decode", op.decode), ("stream", op.stream_rule))
        if name
    }
    assert used == {
        ("envelope", "midjourney"),
        ("envelope", "new_api"),
        ("decode", "base64_embeddings"),
        ("stream", "chat_chunks"),
        ("stream", "run_events"),
    }
    assert BEHAVIOUR_MODULES["midjourney"] == "midjourney._envelope"
    for kind, name in used:
        assert behaviour(kind, name) is behaviour(kind, name)  # type: ignore[arg-type]


def test_an_unknown_name_or_kind_is_a_lookup_error_naming_it() -> None:
    with pytest.raises(LookupError, match="x-sdk envelope 'nope': the spec's x-sdk-behaviours names no module"):
        behaviour("envelope", "nope")
    with pytest.raises(LookupError, match=r"x-sdk stream 'midjourney': wushuang.midjourney._envelope registers no"):
        behaviour("stream", "midjourney")


def test_a_name_registers_once() -> None:
    envelope = behaviour("envelope", "midjourney")
    assert register("envelope", "midjourney", envelope) is envelope
    with pytest.raises(ValueError, match="x-sdk envelope 'midjourney' is registered twice"):
        register("envelope", "midjourney", object())


def test_the_midjourney_envelope_accepts_1_21_22_and_raises_for_the_rest() -> None:
    envelope = behaviour("envelope", "midjourney")
    for code in (1, 21, 22):
        envelope.check(msgspec.convert({"code": code, "result": "42"}, models.SubmitResult))
    with pytest.raises(MidjourneyError, match="code 23 - queue full") as caught:
        envelope.check(msgspec.convert({"code": 23, "description": "queue full"}, models.SubmitResult))
    assert caught.value.code == 23 and caught.value.task_id is None


def test_the_base64_decoder_asks_unless_chosen_and_decodes_typed_and_plain_bodies() -> None:
    decoder = behaviour("decode", "base64_embeddings")
    assert decoder.wire_args({"input": "x"}) == {"encoding_format": "base64"}
    assert decoder.wire_args({"encoding_format": "float"}) == {}
    text = base64.b64encode(array.array("f", [0.5, -2.0]).tobytes()).decode()
    plain = {"data": [{"embedding": text}, {"embedding": [1.0]}]}
    decoder.decode(plain)
    assert plain["data"] == [{"embedding": [0.5, -2.0]}, {"embedding": [1.0]}]
    typed = msgspec.convert(
        {"object": "list", "model": "m", "data": [{"object": "embedding", "index": 0, "embedding": text}]},
        models.CreateEmbeddingResponse,
    )
    decoder.decode(typed)
    assert typed.data[0].embedding == [0.5, -2.0]


def test_the_chat_rule_ends_on_a_final_chunk_unless_usage_was_asked_for() -> None:
    rule = behaviour("stream", "chat_chunks")
    final = msgspec.convert(
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
         "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        models.CreateChatCompletionStreamResponse,
    )  # fmt: skip
    assert rule.complete(final, b'{"stream": true}')
    assert not rule.complete(final, b'{"stream": true, "stream_options": {"include_usage": true}}')
    whole = {"object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": "hi"}}]}
    assert rule.adapt(whole) == {
        "object": "chat.completion.chunk",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": "hi"}}],
    }
    runs = behaviour("stream", "run_events")
    assert runs.expected == "event: done"
    assert runs.adapt({"object": "thread.run", "status": "completed"}) == {
        "event": "thread.run.completed",
        "data": {"object": "thread.run", "status": "completed"},
    }
    assert runs.adapt({"object": "chat.completion"}) is None
