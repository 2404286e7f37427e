"""The relay emulator (wushuang.testing): protocol, validation, determinism, files, tasks, faults, CLI."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from wushuang.testing import Emulator, Fault, synthetic_chunks
from wushuang.testing._spec import load_spec
from wushuang.testing._textgen import count_tokens

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
BETA = {**AUTH, "OpenAI-Beta": "assistants=v1"}
SRC = Path(__file__).resolve().parents[1] / "wrapper" / "src"


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, headers=AUTH, timeout=10) as client:
        yield client


@pytest.fixture
def oai(emu: Emulator) -> Iterator[openai.OpenAI]:
    client = openai.OpenAI(api_key=emu.api_key, base_url=emu.base_url + "/v1", max_retries=0)
    yield client
    client.close()


def complete(http: httpx.Client, **body: Any) -> dict[str, Any]:
    body.setdefault("model", "gpt-3.5-turbo-instruct")
    body.setdefault("prompt", "Say this is a test")
    response = http.post("/v1/completions", json=body)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def sse_events(response: httpx.Response) -> list[str]:
    return [line[len("data: ") :] for line in response.iter_lines() if line.startswith("data: ")]


# ---------------------------------------------------------------- latency
def test_an_answer_does_not_wait_for_a_delayed_ack(http: httpx.Client) -> None:
    # With Nagle's algorithm on the server's socket, the second write of a response (its body) waits for the
    # client's delayed ACK: ~40 ms a request on Linux. A request on a kept-alive connection takes well under that.
    http.get("/v1/models")
    took = []
    for _ in range(15):
        started = time.perf_counter()
        assert http.get("/v1/models").status_code == 200
        took.append(time.perf_counter() - started)
    assert sorted(took)[len(took) // 2] < 0.02, took


# ---------------------------------------------------------------- auth, routing, validation
@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": KEY}])
def test_wrong_or_missing_key_is_401_without_echoing_it(emu: Emulator, headers: dict[str, str]) -> None:
    response = httpx.get(emu.base_url + "/v1/models", headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "error": {
            "message": "Incorrect API key provided",
            "type": "invalid_request_error",
            "param": None,
            "code": "invalid_api_key",
        }
    }
    assert "wrong" not in response.text and KEY not in response.text
    assert KEY not in repr(emu.requests.last) and KEY not in repr(emu)


def test_mj_accepts_mj_api_secret_but_v1_does_not(emu: Emulator) -> None:
    secret = {"mj-api-secret": KEY}
    assert httpx.post(emu.base_url + "/mj/submit/imagine", json={"prompt": "cat"}, headers=secret).status_code == 200
    assert httpx.get(emu.base_url + "/v1/models", headers=secret).status_code == 401


def test_unknown_route_is_404_envelope_and_every_response_has_a_request_id(http: httpx.Client) -> None:
    response = http.get("/v1/nope")
    assert response.status_code == 404
    assert "Invalid URL" in response.json()["error"]["message"]
    ids = {http.get("/v1/models").headers["x-request-id"] for _ in range(3)} | {response.headers["x-request-id"]}
    assert len(ids) == 4


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"temperature": "hot"}, "temperature"),
        ({"logprobs": 9}, "logprobs"),
        ({"model": None}, "model"),
        ({"stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"max_tokens": -1}, "max_tokens"),
        ({"stream_options": {"include_usage": "yes"}}, "stream_options.include_usage"),
    ],
)
def test_invalid_field_is_400_naming_the_param(http: httpx.Client, change: dict[str, Any], param: str) -> None:
    body: dict[str, Any] = {"model": "gpt-3.5-turbo-instruct", "prompt": "hi", **change}
    body = {k: v for k, v in body.items() if v is not None}
    response = http.post("/v1/completions", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == param
    assert error["message"].startswith(f"{param}: ")
    assert error["type"] == "invalid_request_error" and error["code"] is None


def test_chat_validation_points_into_messages(http: httpx.Client) -> None:
    bad_role = http.post("/v1/chat/completions", json={"model": "gpt-4", "messages": [{"role": "bot", "content": "x"}]})
    assert bad_role.status_code == 400 and bad_role.json()["error"]["param"] == "messages[0].role"
    bad_content = http.post(
        "/v1/chat/completions", json={"model": "gpt-4", "messages": [{"role": "user", "content": 5}]}
    )
    assert bad_content.json()["error"]["param"] == "messages[0].content"


def test_unknown_fields_are_ignored(http: httpx.Client) -> None:
    body = complete(http, made_up_field={"anything": 1}, another=[1, 2])
    assert body["object"] == "text_completion"
    chat = http.post(
        "/v1/chat/completions",
        json={"model": "gpt-4", "messages": [{"role": "user", "content": "hi", "extra": True}], "vendor_option": 1},
    )
    assert chat.status_code == 200


def test_broken_json_body_is_400(http: httpx.Client) -> None:
    response = http.post("/v1/completions", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "parse the JSON body" in response.json()["error"]["message"]


# ---------------------------------------------------------------- completions
def test_answers_are_deterministic_and_depend_on_the_prompt(http: httpx.Client) -> None:
    first = complete(http, prompt="alpha")
    assert complete(http, prompt="alpha")["choices"] == first["choices"]
    assert complete(http, prompt="beta")["choices"][0]["text"] != first["choices"][0]["text"]


def test_max_tokens_default_and_usage_adds_up(http: httpx.Client) -> None:
    body = complete(http, prompt="one two three, four")
    choice = body["choices"][0]
    assert count_tokens(choice["text"]) == 16 and choice["finish_reason"] == "length"
    assert body["usage"] == {"prompt_tokens": 5, "completion_tokens": 16, "total_tokens": 21}
    seven = complete(http, max_tokens=7)
    assert count_tokens(seven["choices"][0]["text"]) == 7 == seven["usage"]["completion_tokens"]


def test_n_choices_differ(http: httpx.Client) -> None:
    body = complete(http, n=3, max_tokens=5)
    assert [c["index"] for c in body["choices"]] == [0, 1, 2]
    assert len({c["text"] for c in body["choices"]}) == 3
    assert body["usage"]["completion_tokens"] == 15


def test_stop_cuts_before_the_sequence(http: httpx.Client) -> None:
    text = complete(http, max_tokens=10)["choices"][0]["text"]
    word = text.split()[3].strip(",.")
    cut = complete(http, max_tokens=10, stop=[word, "zzz"])["choices"][0]
    assert cut["finish_reason"] == "stop"
    assert cut["text"] == text[: text.index(word)] and word not in cut["text"]
    assert complete(http, max_tokens=10, stop="zzz")["choices"][0]["finish_reason"] == "length"


def test_echo_and_suffix(http: httpx.Client) -> None:
    plain = complete(http, prompt="Once upon", max_tokens=4)["choices"][0]["text"]
    echoed = complete(http, prompt="Once upon", max_tokens=4, echo=True)["choices"][0]["text"]
    assert echoed == "Once upon" + plain
    suffixed = complete(http, prompt="Once upon", max_tokens=4, suffix=" THE END")
    assert suffixed["choices"][0]["text"].endswith(" THE END")
    assert suffixed["usage"]["prompt_tokens"] == count_tokens("Once upon THE END")


def test_completion_logprobs_have_k_alternatives(http: httpx.Client) -> None:
    choice = complete(http, max_tokens=6, logprobs=3)["choices"][0]
    logprobs = choice["logprobs"]
    assert "".join(logprobs["tokens"]) == choice["text"]
    assert len(logprobs["token_logprobs"]) == len(logprobs["tokens"]) == len(logprobs["text_offset"]) == 6
    assert all(isinstance(top, dict) and len(top) == 3 for top in logprobs["top_logprobs"])
    assert all(lp <= 0 for lp in logprobs["token_logprobs"])
    assert logprobs["text_offset"][1] == len(logprobs["tokens"][0])


def test_prompt_as_list_and_tokens(http: httpx.Client) -> None:
    body = complete(http, prompt=["a", "b"], n=2, max_tokens=2)
    assert [c["index"] for c in body["choices"]] == [0, 1, 2, 3]
    assert complete(http, prompt=[1, 2, 3], max_tokens=1)["usage"]["prompt_tokens"] == 3


def test_completion_stream_over_sse(http: httpx.Client) -> None:
    body = {"model": "gpt-3.5-turbo-instruct", "prompt": "stream me", "max_tokens": 5}
    whole = complete(http, **body)
    with http.stream(
        "POST", "/v1/completions", json={**body, "stream": True, "stream_options": {"include_usage": True}}
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        events = sse_events(response)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    usage_chunk = chunks.pop()
    assert usage_chunk["choices"] == [] and usage_chunk["usage"] == whole["usage"]
    assert "".join(c["choices"][0]["text"] for c in chunks) == whole["choices"][0]["text"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    assert all(c["usage"] is None for c in chunks)


# ---------------------------------------------------------------- the official openai client speaks to it
def test_openai_client_completions(oai: openai.OpenAI) -> None:
    result = oai.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7)
    assert result.object == "text_completion" and result.usage is not None
    assert result.usage.total_tokens == result.usage.prompt_tokens + result.usage.completion_tokens
    stream = oai.completions.create(
        model="gpt-3.5-turbo-instruct", prompt="Say this is a test", max_tokens=7, stream=True
    )
    assert "".join(chunk.choices[0].text for chunk in stream) == result.choices[0].text


def test_openai_client_chat(oai: openai.OpenAI) -> None:
    messages: Any = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello!"}]
    result = oai.chat.completions.create(
        model="gpt-3.5-turbo", messages=messages, max_tokens=6, logprobs=True, top_logprobs=2
    )
    assert result.object == "chat.completion" and result.system_fingerprint
    choice = result.choices[0]
    assert choice.finish_reason == "length" and choice.message.role == "assistant"
    assert choice.logprobs is not None and choice.logprobs.content is not None
    assert all(len(entry.top_logprobs) == 2 for entry in choice.logprobs.content)
    streamed = oai.chat.completions.create(
        model="gpt-3.5-turbo", messages=messages, max_tokens=6, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(streamed)
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 6
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == choice.message.content


def test_openai_client_tool_calls_and_claude(oai: openai.OpenAI) -> None:
    tools: Any = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}, "unit": {"enum": ["c", "f"]}},
                },
            },
        }
    ]
    messages: Any = [{"role": "user", "content": "Weather in Paris?"}]
    result = oai.chat.completions.create(model="claude-3-haiku-20240307", messages=messages, tools=tools)
    assert result.model == "claude-3-haiku-20240307"
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments)["unit"] == "c"  # type: ignore[union-attr]
    stream = oai.chat.completions.create(model="claude-3-haiku-20240307", messages=messages, tools=tools, stream=True)
    arguments, finish = "", None
    for chunk in stream:
        for delta_call in chunk.choices[0].delta.tool_calls or []:
            arguments += (delta_call.function.arguments or "") if delta_call.function else ""
        finish = chunk.choices[0].finish_reason or finish
    assert finish == "tool_calls" and json.loads(arguments) == json.loads(call.function.arguments)  # type: ignore[union-attr]
    none = oai.chat.completions.create(model="gpt-4", messages=messages, tools=tools, tool_choice="none")
    assert none.choices[0].message.content and not none.choices[0].message.tool_calls


def test_chat_content_parts_and_n(http: httpx.Client) -> None:
    response = http.post(
        "/v1/chat/completions",
        json={
            "model": "gpt-4",
            "n": 2,
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Describe"},
                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}},
                    ],
                }
            ],
        },
    )
    body = response.json()
    assert [c["index"] for c in body["choices"]] == [0, 1]
    assert body["choices"][0]["message"]["content"] != body["choices"][1]["message"]["content"]
    assert body["choices"][0]["finish_reason"] == "stop"


# ---------------------------------------------------------------- models, files, audio, assistants
def test_models_list_and_retrieve_with_odd_ids(http: httpx.Client) -> None:
    ids = [m["id"] for m in http.get("/v1/models").json()["data"]]
    assert {"gpt-3.5-turbo-instruct", "gpt-4", "claude-3-opus-20240229", "tts-1", "whisper-1"} <= set(ids)
    for model_id in ("ft:gpt-3.5-turbo-0125:wushuang::emu42", "wushuang/custom-model", "gpt-4"):
        quoted = model_id.replace("/", "%2F").replace(":", "%3A")
        assert http.get("/v1/models/" + quoted).json()["id"] == model_id
    missing = http.get("/v1/models/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "model_not_found"


def test_files_round_trip_byte_for_byte(http: httpx.Client) -> None:
    data = random.Random(7).randbytes(300_000) + b"\r\n--boundary\r\n\r\n\n\r"
    created = http.post(
        "/v1/files", files={"file": ("data.jsonl", data, "application/octet-stream")}, data={"purpose": "fine-tune"}
    )
    assert created.status_code == 200, created.text
    info = created.json()
    assert info["id"].startswith("file-") and info["bytes"] == len(data)
    assert info["filename"] == "data.jsonl" and info["purpose"] == "fine-tune" and info["status"] == "uploaded"
    content = http.get(f"/v1/files/{info['id']}/content")
    assert content.headers["content-type"] == "application/octet-stream" and content.content == data
    assert http.delete(f"/v1/files/{info['id']}").json() == {"id": info["id"], "object": "file", "deleted": True}
    assert http.get(f"/v1/files/{info['id']}/content").status_code == 404
    assert http.delete(f"/v1/files/{info['id']}").status_code == 404


def test_file_upload_validation(http: httpx.Client) -> None:
    no_file = http.post("/v1/files", files={"purpose": (None, "fine-tune")})
    assert no_file.status_code == 400 and no_file.json()["error"]["param"] == "file"
    bad_purpose = http.post("/v1/files", files={"file": ("a", b"x")}, data={"purpose": "nope"})
    assert bad_purpose.json()["error"]["param"] == "purpose"


def test_synthetic_file_streams_without_being_stored(emu: Emulator, http: httpx.Client) -> None:
    size = 5 * 1024 * 1024 + 123
    synthetic = emu.add_synthetic_file("file-big", size)
    digest = hashlib.sha256()
    received = 0
    with http.stream("GET", "/v1/files/file-big/content") as response:
        assert response.headers["content-length"] == str(size)
        for chunk in response.iter_bytes():
            digest.update(chunk)
            received += len(chunk)
    assert received == size and digest.hexdigest() == synthetic.sha256()
    assert b"".join(synthetic_chunks("file-big", 1000, chunk_size=300)) == b"".join(synthetic_chunks("file-big", 1000))


@pytest.mark.parametrize(("fmt", "media"), [(None, "audio/mpeg"), ("wav", "audio/wav"), ("opus", "audio/opus")])
def test_speech(http: httpx.Client, fmt: str | None, media: str) -> None:
    body: dict[str, Any] = {"model": "tts-1", "input": "Hello there", "voice": "alloy"}
    if fmt:
        body["response_format"] = fmt
    first = http.post("/v1/audio/speech", json=body)
    assert first.headers["content-type"].startswith(media) and len(first.content) > 4096
    assert http.post("/v1/audio/speech", json=body).content == first.content
    assert http.post("/v1/audio/speech", json={**body, "voice": 7}).json()["error"]["param"] == "voice"


def test_transcription_formats(http: httpx.Client) -> None:
    audio = {"file": ("a.mp3", b"ID3 fake audio", "audio/mpeg")}
    text = http.post("/v1/audio/transcriptions", files=audio, data={"model": "whisper-1"}).json()["text"]
    assert text
    plain = http.post("/v1/audio/transcriptions", files=audio, data={"model": "whisper-1", "response_format": "text"})
    assert plain.headers["content-type"].startswith("text/plain") and plain.text.strip() == text
    srt = http.post("/v1/audio/transcriptions", files=audio, data={"model": "whisper-1", "response_format": "srt"})
    assert srt.text.startswith("1\n00:00:00,000 --> 00:00:02,400\n")
    vtt = http.post("/v1/audio/transcriptions", files=audio, data={"model": "whisper-1", "response_format": "vtt"})
    assert vtt.text.startswith("WEBVTT\n\n00:00:00.000 --> ")
    verbose = http.post(
        "/v1/audio/transcriptions",
        files=audio,
        data={
            "model": "whisper-1",
            "response_format": "verbose_json",
            "temperature": "0.2",
            "timestamp_granularities[]": ["word", "segment"],
        },
    ).json()
    assert verbose["text"] == text and len(verbose["words"]) == 12 and len(verbose["segments"]) == 2
    bad = http.post("/v1/audio/transcriptions", files=audio, data={"model": "whisper-1", "temperature": "warm"})
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "temperature"
    missing = http.post("/v1/audio/transcriptions", files=audio)
    assert missing.json()["error"]["param"] == "model"


def test_the_emulator_starts_empty(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers=BETA) as client:
        for path in ("/v1/assistants", "/v1/fine_tuning/jobs"):
            page = client.get(path).json()
            assert page.get("data") == [] and page.get("has_more") is False, (path, page)
        assert client.get("/v1/files").json()["data"] == []
    with pytest.raises(ValueError, match="seed_assistants must be an int >= 0, got -1"):
        Emulator(seed_assistants=-1)


def test_assistants_cursor_pagination_over_45_seeded() -> None:
    with (
        Emulator(api_key=KEY, seed_assistants=45) as emu,
        httpx.Client(base_url=emu.base_url, headers=BETA) as client,
    ):
        for order in ("desc", "asc"):
            seen: list[dict[str, Any]] = []
            after = None
            while True:
                params: dict[str, Any] = {"limit": 10, "order": order, **({"after": after} if after else {})}
                page = client.get("/v1/assistants", params=params).json()
                seen += page["data"]
                assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
                if not page["has_more"]:
                    break
                after = page["last_id"]
            assert len(seen) == 45 == len({a["id"] for a in seen})
            stamps = [a["created_at"] for a in seen]
            assert stamps == sorted(stamps, reverse=order == "desc")
        default = client.get("/v1/assistants").json()
        assert len(default["data"]) == 20 and default["has_more"]
        assert default["data"][0]["name"] == "Assistant 44"
        client.delete(f"/v1/assistants/{default['data'][0]['id']}")
        emu.reset()  # back to the 45 it was started with
        assert len(emu.app.state.assistants) == 45
        before = client.get("/v1/assistants", params={"before": default["data"][5]["id"], "limit": 3}).json()
        assert [a["id"] for a in before["data"]] == [a["id"] for a in default["data"][2:5]] and before["has_more"]
        assert client.get("/v1/assistants", params={"limit": 0}).json()["error"]["param"] == "limit"
        assert client.get("/v1/assistants", params={"limit": "x"}).status_code == 400
        no_beta = httpx.get(emu.base_url + "/v1/assistants", headers=AUTH)
        assert no_beta.status_code == 400 and "OpenAI-Beta" in no_beta.json()["error"]["message"]


# ---------------------------------------------------------------- midjourney
def submit(http: httpx.Client, prompt: str, **extra: Any) -> str:
    body = http.post("/mj/submit/imagine", json={"prompt": prompt, **extra}).json()
    assert body["code"] == 1 and body["description"] == "提交成功", body
    task_id: str = body["result"]
    assert task_id.isdigit()
    return task_id


def test_mj_task_progresses_on_the_clock(emu: Emulator, http: httpx.Client) -> None:
    task_id = submit(
        http,
        "a cat",
        botType="NIJI_JOURNEY",
        notifyHook="http://127.0.0.1:9/hook",
        state="s1",
        base64Array=["data:image/png;base64,AA=="],
    )
    sent = emu.requests.for_operation("submitImagine")[-1].json()
    assert {"botType", "notifyHook", "base64Array"} <= set(sent)

    def fetch() -> dict[str, Any]:
        result: dict[str, Any] = http.get(f"/mj/task/{task_id}/fetch").json()
        return result

    assert fetch()["status"] == "NOT_START"
    emu.clock.advance(1)
    assert fetch()["status"] == "SUBMITTED"
    emu.clock.advance(1)
    seen = []
    for _ in range(10):
        task = fetch()
        seen.append(task["progress"])
        assert task["status"] == "IN_PROGRESS"
        emu.clock.advance(1)
    assert seen == [f"{p}%" for p in range(0, 100, 10)]
    done = fetch()
    assert done["status"] == "SUCCESS" and done["progress"] == "100%" and done["imageUrl"]
    assert [b["label"] for b in done["buttons"]][:4] == ["U1", "U2", "U3", "U4"]
    assert {b["emoji"] for b in done["buttons"]} >= {"🔄"} and done["finishTime"] > done["startTime"]
    assert done["state"] == "s1" and done["properties"]["botType"] == "NIJI_JOURNEY"


def test_mj_failure_modal_banned_and_errors(emu: Emulator, http: httpx.Client) -> None:
    failing, modal = submit(http, "please fail"), submit(http, "modal please")
    emu.clock.advance(60)
    failed = http.get(f"/mj/task/{failing}/fetch").json()
    assert failed["status"] == "FAILURE" and failed["failReason"]
    assert http.get(f"/mj/task/{modal}/fetch").json()["status"] == "MODAL"
    banned = http.post("/mj/submit/imagine", json={"prompt": "a banned thing"})
    assert banned.status_code == 200
    assert banned.json()["code"] == 24 and banned.json()["properties"]["bannedWord"] == "banned"
    missing = http.post("/mj/submit/imagine", json={"botType": "MID_JOURNEY"})
    assert missing.status_code == 400 and missing.json()["code"] == 4 and "prompt" in missing.json()["description"]
    unknown = http.get("/mj/task/123/fetch")
    assert unknown.status_code == 400
    assert unknown.json() == {"description": "task_no_found", "type": "upstream_error", "code": 4}


def test_mj_auto_advance_lets_a_poller_finish_without_sleeping() -> None:
    with (
        Emulator(api_key=KEY, clock="auto", auto_advance=2) as emu,
        httpx.Client(base_url=emu.base_url, headers=AUTH) as http,
    ):
        task_id = submit(http, "dog")
        statuses = []
        for _ in range(20):
            statuses.append(http.get(f"/mj/task/{task_id}/fetch").json()["status"])
            if statuses[-1] == "SUCCESS":
                break
        assert statuses[-1] == "SUCCESS" and "IN_PROGRESS" in statuses and len(statuses) < 10


# ---------------------------------------------------------------- faults
def test_status_fault_with_retry_after_then_normal(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.script([Fault(status=429, retry_after="1.5"), Fault(status=503, body="down", content_type="text/plain")])
    first = http.get("/v1/models")
    assert first.status_code == 429 and first.headers["retry-after"] == "1.5"
    assert first.json()["error"]["code"] == "rate_limit_exceeded" and first.headers["x-request-id"]
    second = http.get("/v1/models")
    assert second.status_code == 503 and second.text == "down"
    assert http.get("/v1/models").status_code == 200
    assert [r.status for r in emu.requests.for_operation("listModels")] == [429, 503, 200]
    assert emu.requests[0].fault is not None and emu.requests[2].fault is None


def test_fault_filter_by_operation(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.push(Fault(status=500, operation_id="createCompletion"))
    assert http.get("/v1/models").status_code == 200
    assert http.post("/v1/completions", json={"model": "gpt-3.5-turbo-instruct", "prompt": "x"}).status_code == 500
    assert len(emu.faults) == 0


def test_delay_fault_times_out_a_client(emu: Emulator) -> None:
    emu.faults.push(Fault(delay=1.0))
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(emu.base_url + "/v1/models", headers=AUTH, timeout=0.2)
    emu.faults.push(Fault(delay=0.1))
    assert httpx.get(emu.base_url + "/v1/models", headers=AUTH, timeout=5).status_code == 200


def test_reset_fault_drops_the_connection(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.push(Fault(reset=True))
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        http.get("/v1/models")
    assert http.get("/v1/models").status_code == 200


def test_truncated_stream_has_no_done(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.push(Fault(truncate_stream=3))
    received: list[str] = []
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream(
            "POST", "/v1/completions", json={"model": "gpt-3.5-turbo-instruct", "prompt": "x", "stream": True}
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    received.append(line)
    assert len(received) == 3 and "data: [DONE]" not in received
    emu.faults.push(Fault(truncate_stream=0))
    with pytest.raises(httpx.RemoteProtocolError):
        http.get("/v1/models").read()


def test_malformed_json_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.push(Fault(malformed_json=True))
    response = http.get("/v1/models")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()
    emu.faults.push(Fault(malformed_json=True))
    with http.stream(
        "POST", "/v1/completions", json={"model": "gpt-3.5-turbo-instruct", "prompt": "x", "stream": True}
    ) as streamed:
        events = sse_events(streamed)
    with pytest.raises(json.JSONDecodeError):
        json.loads(events[0])
    assert events[-1] == "[DONE]" and json.loads(events[1])


def test_html_502_fault(emu: Emulator, http: httpx.Client) -> None:
    emu.faults.push(Fault(html_502=True))
    response = http.post("/mj/submit/imagine", json={"prompt": "x"})
    assert response.status_code == 502 and response.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in response.text


def test_fault_requires_a_kind() -> None:
    with pytest.raises(ValueError):
        Fault()
    with pytest.raises(ValueError):
        Fault(status=500, reset=True)


# ---------------------------------------------------------------- spec-driven fallback, lifecycle, CLI, plugin
def test_operation_without_handler_is_answered_from_the_spec_example(emu: Emulator, http: httpx.Client) -> None:
    del emu.handlers["listModels"]
    example = emu.spec.spec["paths"]["/v1/models"]["get"]["responses"]["200"]["content"]["application/json"]
    assert http.get("/v1/models").json() == example["example"]
    emu.reset()
    assert len(http.get("/v1/models").json()["data"]) > 1


def test_an_operation_added_to_the_spec_is_served_at_once() -> None:
    spec = load_spec()
    spec["paths"]["/v1/classifications"] = {
        "post": {
            "operationId": "createClassification",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["input", "model"],
                            "properties": {"input": {"type": "string"}, "model": {"type": "string"}},
                        }
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["object", "data"],
                                "properties": {"object": {"const": "list"}, "data": {"type": "array"}},
                            }
                        }
                    },
                }
            },
        }
    }
    with Emulator(api_key=KEY, spec=spec) as emu:
        ok = httpx.post(
            emu.base_url + "/v1/classifications", json={"input": "x", "model": "text-embedding-ada-002"}, headers=AUTH
        )
        assert ok.json() == {"object": "list", "data": []}
        bad = httpx.post(emu.base_url + "/v1/classifications", json={"input": "x"}, headers=AUTH)
        assert bad.status_code == 400 and bad.json()["error"]["param"] == "model"


def test_stop_is_fast_even_with_a_request_in_flight() -> None:
    emu = Emulator(api_key=KEY).start()
    emu.faults.push(Fault(delay=30))
    client = httpx.Client(timeout=10)
    import threading

    thread = threading.Thread(
        target=lambda: pytest.raises(httpx.HTTPError, client.get, emu.base_url + "/v1/models", headers=AUTH)
    )
    thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    emu.stop()
    assert time.monotonic() - started < 1.0
    thread.join(5)
    client.close()


def test_cli_serves_until_terminated(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(
        [sys.executable, "-m", "wushuang.testing", "--port", "0", "--api-key", "cli-key"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line
        base_url = line.split("serving on ", 1)[1].split()[0]
        deadline = time.monotonic() + 10
        while True:
            try:
                response = httpx.get(base_url + "/v1/models", headers={"Authorization": "Bearer cli-key"})
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "cli-key" not in (process.stderr.read() if process.stderr else "")


def test_pytest_plugin_is_light_and_its_fixture_works(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    probe = (
        "import sys, wushuang.testing.pytest_plugin; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn', 'jsonschema')))"
    )
    assert (
        subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        == "[]"
    )
    (tmp_path / "test_use.py").write_text(
        textwrap.dedent("""
        import httpx

        def test_fixture(wushuang_emulator):
            r = httpx.get(wushuang_emulator.base_url + "/v1/models",
                          headers={"Authorization": "Bearer " + wushuang_emulator.api_key})
            assert r.status_code == 200

        def test_reset_between_tests(wushuang_emulator):
            assert len(wushuang_emulator.requests) == 0
    """)
    )
    # Installed, the wrapper registers the plugin through its `pytest11` entry point; from a bare source tree,
    # name it on the command line.
    registered = any(ep.name == "wushuang" for ep in entry_points(group="pytest11"))
    plugin = [] if registered else ["-p", "wushuang.testing.pytest_plugin"]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *plugin, "-p", "no:cacheprovider", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "2 passed" in result.stdout, result.stdout + result.stderr
