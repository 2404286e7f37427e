"""The emulator's Assistants v1 surface, driven through the SDK: runs on the clock, tool calls, event streams,
messages as content parts, assistant and message files, deletes, and the route of createThreadAndRun.

Plain httpx is used only below the SDK, on purpose: the frames of an event stream on the wire, and the 405 a path
gives to a method it does not have.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest

import wushuang
from wushuang.testing import Emulator

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
BETA = {**AUTH, "OpenAI-Beta": "assistants=v1"}
WEATHER: Any = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer"},
            },
            "required": ["city", "unit"],
        },
    },
}
QUESTION = "What is the weather in Paris?"
RUN_EVENTS = [
    "thread.run.created",
    "thread.run.queued",
    "thread.run.in_progress",
    "thread.run.step.created",
    "thread.run.step.in_progress",
    "thread.message.created",
    "thread.message.in_progress",
]
REPLY_EVENTS = ["thread.message.completed", "thread.run.step.completed", "thread.run.completed", "done"]


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, headers=BETA, timeout=10) as raw:
        yield raw


def upload(client: wushuang.Wushuang, data: bytes = b"the city guide") -> str:
    """Upload a file for assistants; returns its ID."""
    return client.files.create(file=("guide.txt", data), purpose="assistants").id


def collapse(names: list[str]) -> list[str]:
    """Event names with each run of `thread.message.delta` counted once."""
    return [n for i, n in enumerate(names) if not (n == "thread.message.delta" and names[i - 1] == n)]


def check_tool_call(run: Any) -> Any:
    """The run waits for one call of get_weather, with values for its required parameters only; returns it."""
    assert run.status == "requires_action" and run.required_action.type == "submit_tool_outputs"
    (tool_call,) = run.required_action.submit_tool_outputs.tool_calls
    assert tool_call.id.startswith("call_") and tool_call.type == "function"
    assert tool_call.function.name == "get_weather"
    arguments = json.loads(tool_call.function.arguments)
    assert set(arguments) == {"city", "unit"} and isinstance(arguments["city"], str) and arguments["city"]
    assert arguments["unit"] in ("celsius", "fahrenheit")
    return tool_call


def check_reply(messages: list[Any], run: Any, assistant_id: str, *, output: str | None) -> None:
    """Newest first: the run's reply, quoting the question (and the tool's output), above the user's messages."""
    reply, *older = messages
    assert reply.role == "assistant" and reply.run_id == run.id and reply.assistant_id == assistant_id
    assert reply.status == "completed" and len(reply.content) == 1 and reply.content[0].type == "text"
    text = reply.content[0].text.value
    assert QUESTION in text and (output is None or output in text)
    assert [m.role for m in older] == ["user"] * len(older) and older[0].content[0].text.value == QUESTION
    assert all(m.run_id is None and m.assistant_id is None for m in older)


# ---------------------------------------------------------------- end to end
def test_a_run_calls_a_function_then_answers(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.clock.auto_advance = 1  # each poll of the run lets a second pass
    file_id = upload(client)
    assistant = client.beta.assistants.create(model="gpt-4", file_ids=[file_id], tools=[WEATHER])
    assert [f.id for f in client.beta.assistants.files.list(assistant.id)] == [file_id]
    thread = client.beta.threads.create()
    for text in ("Hello.", "I am going to travel.", QUESTION):
        client.beta.threads.messages.create(thread.id, role="user", content=text)
    run = client.beta.threads.runs.create_and_poll(
        thread.id, assistant_id=assistant.id, poll_interval=0.01, poll_timeout=10
    )
    tool_call = check_tool_call(run)
    assert run.file_ids == [file_id] and run.started_at is not None and run.usage is None
    done = client.beta.threads.runs.submit_tool_outputs_and_poll(
        run.id,
        thread_id=thread.id,
        tool_outputs=[{"tool_call_id": tool_call.id, "output": "28C and sunny"}],
        poll_interval=0.01,
        poll_timeout=10,
    )
    assert done.status == "completed" and done.completed_at is not None and done.required_action is None
    assert done.usage is not None and done.usage.total_tokens == done.usage.prompt_tokens + done.usage.completion_tokens
    before = len(emu.requests.for_operation("listMessages"))
    messages = list(client.beta.threads.messages.list(thread.id, limit=1))
    assert len(emu.requests.for_operation("listMessages")) - before == 4  # one message a page
    assert len(messages) == 4
    check_reply(messages, done, assistant.id, output="28C and sunny")
    steps = list(client.beta.threads.runs.steps.list(run.id, thread_id=thread.id, order="asc"))
    assert [(s.type, s.status) for s in steps] == [("tool_calls", "completed"), ("message_creation", "completed")]
    (step_call,) = steps[0].step_details.tool_calls
    assert step_call.id == tool_call.id and step_call.function.output == "28C and sunny"
    assert steps[1].step_details.message_creation.message_id == messages[0].id
    assert [m.id for m in client.beta.threads.messages.list(thread.id, run_id=run.id)] == [messages[0].id]


async def test_async_run_calls_a_function_then_answers(emu: Emulator, aclient: wushuang.AsyncWushuang) -> None:
    emu.clock.auto_advance = 1
    file_id = (await aclient.files.create(file=("guide.txt", b"the city guide"), purpose="assistants")).id
    assistant = await aclient.beta.assistants.create(model="gpt-4", file_ids=[file_id], tools=[WEATHER])
    thread = await aclient.beta.threads.create(messages=[{"role": "user", "content": "Hello."}])
    for text in ("I am going to travel.", QUESTION):
        await aclient.beta.threads.messages.create(thread.id, role="user", content=text)
    run = await aclient.beta.threads.runs.create_and_poll(
        thread.id, assistant_id=assistant.id, poll_interval=0.01, poll_timeout=10
    )
    tool_call = check_tool_call(run)
    done = await aclient.beta.threads.runs.submit_tool_outputs_and_poll(
        run.id,
        thread_id=thread.id,
        tool_outputs=[{"tool_call_id": tool_call.id, "output": "12C"}],
        poll_interval=0.01,
        poll_timeout=10,
    )
    assert done.status == "completed"
    messages = [m async for m in aclient.beta.threads.messages.list(thread.id, limit=1)]
    assert len(messages) == 4
    check_reply(messages, done, assistant.id, output="12C")


def test_create_and_run_poll_without_function_tools_completes(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.clock.auto_advance = 1
    assistant = client.beta.assistants.create(model="gpt-4", tools=[{"type": "retrieval"}])
    run = client.beta.threads.create_and_run_poll(
        assistant_id=assistant.id,
        thread={"messages": [{"role": "user", "content": QUESTION}]},
        poll_interval=0.01,
        poll_timeout=10,
    )
    assert run.status == "completed" and run.required_action is None
    check_reply(list(client.beta.threads.messages.list(run.thread_id)), run, assistant.id, output=None)
    (step,) = client.beta.threads.runs.steps.list(run.id, thread_id=run.thread_id)
    assert step.type == "message_creation" and step.usage is not None and step.completed_at == run.completed_at


# ---------------------------------------------------------------- on the clock
def test_a_run_moves_on_only_when_the_clock_does(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", instructions="Be brief.")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id, metadata={"k": "v"})
    assert run.status == "queued" and run.instructions == "Be brief." and run.model == "gpt-4"
    assert run.metadata == {"k": "v"} and run.expires_at == run.created_at + 600

    def now() -> tuple[str | None, int]:
        return client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status, len(
            list(client.beta.threads.messages.list(thread.id))
        )

    assert now() == ("queued", 1)
    emu.clock.advance(1)
    assert now() == ("in_progress", 1)
    emu.clock.advance(1)
    assert now() == ("completed", 2)
    (listed,) = client.beta.threads.runs.list(thread.id)
    assert listed.status == "completed" and listed.started_at == run.created_at + 1
    assert listed.completed_at == run.created_at + 2 and listed.expires_at is None and listed.usage is not None
    # Read late, the run's reply is dated when it was written, not when it was read.
    emu.clock.advance(100)
    later = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    emu.clock.advance(5)
    reply = client.beta.threads.messages.list(thread.id, run_id=later.id).data[0]
    assert reply.created_at == later.created_at + 2


def test_cancelling_a_run(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", tools=[WEATHER])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    emu.clock.advance(2)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "requires_action"
    cancelling = client.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    assert cancelling.status == "cancelling"
    with pytest.raises(wushuang.BadRequestError, match="cancelling"):
        client.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    emu.clock.advance(1)
    cancelled = client.beta.threads.runs.retrieve(run.id, thread_id=thread.id)
    assert cancelled.status == "cancelled" and cancelled.cancelled_at == int(emu.clock.now())
    assert cancelled.required_action is None
    (step,) = client.beta.threads.runs.steps.list(run.id, thread_id=thread.id)
    assert step.type == "tool_calls" and step.status == "cancelled" and step.cancelled_at == cancelled.cancelled_at
    with pytest.raises(wushuang.BadRequestError, match="cancelled"):
        client.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    # A completed run cannot be cancelled either; a queued one can.
    done = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id, tools=[], stream=True).get_final_run()
    assert done.status == "completed"
    with pytest.raises(wushuang.BadRequestError, match="completed"):
        client.beta.threads.runs.cancel(done.id, thread_id=thread.id)
    queued = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    assert client.beta.threads.runs.cancel(queued.id, thread_id=thread.id).status == "cancelling"


def test_a_run_left_waiting_for_tool_outputs_expires(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", tools=[WEATHER])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    emu.clock.advance(2)
    waiting = client.beta.threads.runs.retrieve(run.id, thread_id=thread.id)
    assert waiting.status == "requires_action" and waiting.expires_at == int(emu.clock.now()) + 600
    emu.clock.advance(599)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "requires_action"
    emu.clock.advance(1)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "expired"
    (step,) = client.beta.threads.runs.steps.list(run.id, thread_id=thread.id)
    assert step.status == "expired" and step.expired_at == waiting.expires_at
    call_id = waiting.required_action.submit_tool_outputs.tool_calls[0].id
    with pytest.raises(wushuang.BadRequestError, match="expired"):
        client.beta.threads.runs.submit_tool_outputs(
            run.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": call_id}]
        )


def test_tool_outputs_must_answer_exactly_the_pending_calls(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", tools=[WEATHER])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    with pytest.raises(wushuang.BadRequestError, match="queued"):
        client.beta.threads.runs.submit_tool_outputs(run.id, thread_id=thread.id, tool_outputs=[])
    emu.clock.advance(2)
    call_id = check_tool_call(client.beta.threads.runs.retrieve(run.id, thread_id=thread.id)).id
    wrong: list[list[Any]] = [
        [],
        [{"tool_call_id": "call_other", "output": "x"}],
        [{"tool_call_id": call_id, "output": "x"}, {"tool_call_id": "call_other", "output": "y"}],
        [{"tool_call_id": call_id, "output": "x"}, {"tool_call_id": call_id, "output": "y"}],
    ]
    for outputs in wrong:
        with pytest.raises(wushuang.BadRequestError) as refused:
            client.beta.threads.runs.submit_tool_outputs(run.id, thread_id=thread.id, tool_outputs=outputs)
        assert refused.value.param == "tool_outputs" and call_id in str(refused.value)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "requires_action"
    resumed = client.beta.threads.runs.submit_tool_outputs(
        run.id, thread_id=thread.id, tool_outputs=[{"tool_call_id": call_id, "output": "x"}]
    )
    assert resumed.status == "queued"
    emu.clock.advance(1)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "in_progress"
    emu.clock.advance(1)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "completed"


def test_a_thread_with_a_run_on_takes_no_new_run_or_message(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4")
    thread = client.beta.threads.create()
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    with pytest.raises(wushuang.BadRequestError, match=run.id):
        client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    with pytest.raises(wushuang.BadRequestError, match=run.id):
        client.beta.threads.messages.create(thread.id, role="user", content="More.")
    emu.clock.advance(2)
    assert client.beta.threads.messages.create(thread.id, role="user", content="More.").role == "user"
    assert client.beta.threads.runs.create(thread.id, assistant_id=assistant.id).status == "queued"


def test_run_overrides_and_tool_choice(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", instructions="Base.", tools=[WEATHER], temperature=0)
    thread = client.beta.threads.create()
    run = client.beta.threads.runs.create(
        thread.id,
        assistant_id=assistant.id,
        model="gpt-4o-mini",
        additional_instructions="Also this.",
        additional_messages=[{"role": "user", "content": QUESTION}],
        tool_choice="none",
    )
    assert run.model == "gpt-4o-mini" and run.instructions == "Base.\nAlso this." and run.temperature == 0
    assert [m.content[0].text.value for m in client.beta.threads.messages.list(thread.id)] == [QUESTION]
    emu.clock.advance(2)
    assert client.beta.threads.runs.retrieve(run.id, thread_id=thread.id).status == "completed"  # no tool call


# ---------------------------------------------------------------- streams
def test_a_streamed_run_sends_its_events_in_order_and_is_stored(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4")
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    names: list[str] = []
    pieces: list[str] = []
    with client.beta.threads.runs.create(thread.id, assistant_id=assistant.id, stream=True) as stream:
        for event in stream:
            names.append(event.event)
            if event.event == "thread.message.delta":
                assert event.data.object == "thread.message.delta"
                (part,) = event.data.delta.content
                assert part.index == 0 and part.type == "text"
                pieces.append(part.text.value)
        final = stream.get_final_run()
    assert collapse(names) == [*RUN_EVENTS, "thread.message.delta", *REPLY_EVENTS] and len(pieces) > 3
    assert final.status == "completed" and final.usage is not None
    # Done at once, without the clock, and kept.
    assert client.beta.threads.runs.retrieve(final.id, thread_id=thread.id).status == "completed"
    reply = client.beta.threads.messages.list(thread.id).data[0]
    assert reply.run_id == final.id and reply.content[0].text.value == "".join(pieces)
    assert len(list(client.beta.threads.runs.steps.list(final.id, thread_id=thread.id))) == 1


def test_streamed_tool_call_and_streamed_outputs(emu: Emulator, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", tools=[WEATHER])
    stream = client.beta.threads.create_and_run(
        assistant_id=assistant.id, thread={"messages": [{"role": "user", "content": QUESTION}]}, stream=True
    )
    events = list(stream)
    assert [e.event for e in events] == [
        "thread.created",
        "thread.run.created",
        "thread.run.queued",
        "thread.run.in_progress",
        "thread.run.step.created",
        "thread.run.step.in_progress",
        "thread.run.requires_action",
        "done",
    ]
    thread_id = events[0].data.id
    tool_call = check_tool_call(stream.get_final_run())
    waiting = client.beta.threads.runs.list(thread_id).data[0]
    assert waiting.status == "requires_action" and waiting.thread_id == thread_id
    with client.beta.threads.runs.submit_tool_outputs(
        waiting.id, thread_id=thread_id, tool_outputs=[{"tool_call_id": tool_call.id, "output": "rain"}], stream=True
    ) as resumed:
        names = [e.event for e in resumed]
        final = resumed.get_final_run()
    assert collapse(names) == [
        "thread.run.step.completed",
        "thread.run.queued",
        "thread.run.in_progress",
        *RUN_EVENTS[3:],
        "thread.message.delta",
        *REPLY_EVENTS,
    ]
    assert final.status == "completed"
    check_reply(list(client.beta.threads.messages.list(thread_id)), final, assistant.id, output="rain")


async def test_async_streamed_run_text_deltas(emu: Emulator, aclient: wushuang.AsyncWushuang) -> None:
    assistant = await aclient.beta.assistants.create(model="gpt-4")
    thread = await aclient.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    stream = await aclient.beta.threads.runs.create(thread.id, assistant_id=assistant.id, stream=True)
    text = "".join([piece async for piece in stream.text_deltas])
    final = await stream.get_final_run()
    assert final.status == "completed" and QUESTION in text
    reply = (await aclient.beta.threads.messages.list(thread.id)).data[0]
    assert reply.run_id == final.id and reply.content[0].text.value == text
    stream = await aclient.beta.threads.create_and_run(assistant_id=assistant.id, stream=True)
    names = collapse([event.event async for event in stream])
    assert names == ["thread.created", *RUN_EVENTS, "thread.message.delta", *REPLY_EVENTS]


def test_stream_frames_on_the_wire(http: httpx.Client, client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4")
    response = http.post("/v1/threads/runs", json={"assistant_id": assistant.id, "stream": True})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    frames = response.text.split("\n\n")
    assert frames[-2:] == ["event: done\ndata: [DONE]", ""]
    event, data = frames[1].split("\n")
    assert event == "event: thread.run.created" and json.loads(data.removeprefix("data: "))["object"] == "thread.run"


# ---------------------------------------------------------------- messages and files
def test_messages_are_stored_as_content_parts(client: wushuang.Wushuang) -> None:
    file_ids = [upload(client, b"a"), upload(client, b"b")]
    thread = client.beta.threads.create()
    created = client.beta.threads.messages.create(thread.id, role="user", content="Look at these.", file_ids=file_ids)
    # to_dict() leaves out the null fields: incomplete_details, incomplete_at, assistant_id and run_id.
    assert created.to_dict() == {
        "id": created.id,
        "object": "thread.message",
        "created_at": thread.created_at,
        "thread_id": thread.id,
        "status": "completed",
        "completed_at": thread.created_at,
        "role": "user",
        "content": [{"type": "text", "text": {"value": "Look at these.", "annotations": []}}],
        "file_ids": file_ids,
        "metadata": {},
    }
    assert client.beta.threads.messages.retrieve(created.id, thread_id=thread.id) == created
    files = list(client.beta.threads.messages.files.list(created.id, thread_id=thread.id, order="asc"))
    assert [(f.id, f.object, f.message_id) for f in files] == [(i, "thread.message.file", created.id) for i in file_ids]
    one = client.beta.threads.messages.files.retrieve(file_ids[1], thread_id=thread.id, message_id=created.id)
    assert one.id == file_ids[1] and one.created_at == created.created_at
    with pytest.raises(wushuang.NotFoundError):
        client.beta.threads.messages.files.retrieve("file-nope", thread_id=thread.id, message_id=created.id)
    with pytest.raises(wushuang.NotFoundError, match="msg_nope"):
        client.beta.threads.messages.files.list("msg_nope", thread_id=thread.id)


def test_threads_are_created_with_their_messages(client: wushuang.Wushuang) -> None:
    thread = client.beta.threads.create(
        messages=[{"role": "user", "content": "First."}, {"role": "assistant", "content": "Second."}],
        metadata={"topic": "x"},
    )
    assert thread.object == "thread" and thread.metadata == {"topic": "x"}
    listed = list(client.beta.threads.messages.list(thread.id, order="asc"))
    assert [(m.role, m.content[0].text.value, m.thread_id) for m in listed] == [
        ("user", "First.", thread.id),
        ("assistant", "Second.", thread.id),
    ]


def test_assistant_files_are_the_assistants_file_ids(emu: Emulator, client: wushuang.Wushuang) -> None:
    first, second = upload(client, b"1"), upload(client, b"2")
    assistant = client.beta.assistants.create(model="gpt-4", file_ids=[first])
    other = client.beta.assistants.create(model="gpt-4")
    emu.clock.advance(10)
    attached = client.beta.assistants.files.create(assistant.id, file_id=second)
    assert (attached.id, attached.object, attached.assistant_id) == (second, "assistant.file", assistant.id)
    assert attached.created_at == assistant.created_at + 10
    assert client.beta.assistants.files.create(other.id, file_id=second).assistant_id == other.id  # shared
    assert client.beta.assistants.retrieve(assistant.id).file_ids == [first, second]
    assert [f.id for f in client.beta.assistants.files.list(assistant.id)] == [second, first]
    assert client.beta.assistants.files.retrieve(first, assistant_id=assistant.id).created_at == assistant.created_at
    deleted = client.beta.assistants.files.delete(second, assistant_id=assistant.id)
    assert (deleted.id, deleted.object, deleted.deleted) == (second, "assistant.file.deleted", True)
    assert client.beta.assistants.retrieve(assistant.id).file_ids == [first]
    assert [f.id for f in client.beta.assistants.files.list(other.id)] == [second]
    assert client.files.retrieve(second).id == second  # detached, not deleted
    with pytest.raises(wushuang.NotFoundError):
        client.beta.assistants.files.retrieve(second, assistant_id=assistant.id)
    with pytest.raises(wushuang.NotFoundError):
        client.beta.assistants.files.delete(second, assistant_id=assistant.id)
    with pytest.raises(wushuang.BadRequestError) as refused:
        client.beta.assistants.files.create(assistant.id, file_id="file-nope")
    assert refused.value.param == "file_id" and "file-nope" in str(refused.value)


# ---------------------------------------------------------------- deletes and routing
def test_deleted_threads_and_assistants_are_gone(client: wushuang.Wushuang) -> None:
    assistant = client.beta.assistants.create(model="gpt-4", tools=[WEATHER])
    thread = client.beta.threads.create(messages=[{"role": "user", "content": QUESTION}])
    run = client.beta.threads.runs.create(thread.id, assistant_id=assistant.id)
    message = client.beta.threads.messages.list(thread.id).data[0]
    assert client.beta.threads.delete(thread.id).deleted is True
    with pytest.raises(wushuang.NotFoundError) as gone:
        client.beta.threads.retrieve(thread.id)
    assert gone.value.body == {
        "error": {
            "message": f"No thread found with id '{thread.id}'.",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }
    threads = client.beta.threads
    for name, refused_call in (
        ("listMessages", lambda: threads.messages.list(thread.id)),
        ("getMessage", lambda: threads.messages.retrieve(message.id, thread_id=thread.id)),
        ("listMessageFiles", lambda: threads.messages.files.list(message.id, thread_id=thread.id)),
        ("listRuns", lambda: threads.runs.list(thread.id)),
        ("getRun", lambda: threads.runs.retrieve(run.id, thread_id=thread.id)),
        ("listRunSteps", lambda: threads.runs.steps.list(run.id, thread_id=thread.id)),
        ("createMessage", lambda: threads.messages.create(thread.id, role="user", content="x")),
        ("createRun", lambda: threads.runs.create(thread.id, assistant_id=assistant.id)),
        ("cancelRun", lambda: threads.runs.cancel(run.id, thread_id=thread.id)),
        ("submitToolOutputs", lambda: threads.runs.submit_tool_outputs(run.id, thread_id=thread.id, tool_outputs=[])),
    ):
        with pytest.raises(wushuang.NotFoundError) as refused:
            refused_call()
        assert refused.value.error is not None, name
        assert refused.value.error.message == f"No thread found with id '{thread.id}'.", name
    assert client.beta.assistants.delete(assistant.id).deleted is True
    for call in (
        lambda: client.beta.assistants.retrieve(assistant.id),
        lambda: client.beta.assistants.files.list(assistant.id),
        lambda: client.beta.threads.create_and_run(assistant_id=assistant.id),
    ):
        with pytest.raises(wushuang.NotFoundError, match=assistant.id):
            call()


def test_create_thread_and_run_is_not_a_thread_called_runs(
    emu: Emulator, client: wushuang.Wushuang, http: httpx.Client
) -> None:
    for method, path, operation_id, params in (
        ("POST", "/v1/threads/runs", "createThreadAndRun", {}),
        ("GET", "/v1/threads/thread_1", "getThread", {"thread_id": "thread_1"}),
        ("GET", "/v1/threads/runs/runs", "listRuns", {"thread_id": "runs"}),
    ):
        operation, found, _ = emu.app.spec.match(method, path)
        assert operation is not None and (operation.operation_id, found) == (operation_id, params)
    for method in ("GET", "DELETE"):  # no SDK call sends these
        refused = http.request(method, "/v1/threads/runs")
        assert refused.status_code == 405 and refused.headers["allow"] == "POST", method
    assert http.request("OPTIONS", "/v1/threads/thread_1").headers["allow"] == "GET, POST, DELETE"
    with pytest.raises(wushuang.NotFoundError) as unknown:
        client.beta.threads.create_and_run(assistant_id="asst_nope")
    assert unknown.value.error is not None and unknown.value.error.message == "No assistant found with id 'asst_nope'."


# ---------------------------------------------------------------- today's (v2) fields next to v1
def test_v2_request_fields_are_taken_and_answered(emu: Emulator, client: wushuang.Wushuang) -> None:
    emu.clock.auto_advance = 1
    image = upload(client, b"png")
    schema = {"name": "weather", "schema": {"type": "object", "properties": {"city": {"type": "string"}}}}
    assistant = client.beta.assistants.create(
        model="gpt-4o",
        tools=[
            {"type": "file_search", "file_search": {"max_num_results": 5, "ranking_options": {"score_threshold": 0.5}}},
            {"type": "retrieval"},
        ],
        tool_resources={"code_interpreter": {"file_ids": [image]}, "file_search": {"vector_store_ids": ["vs_1"]}},
        response_format={"type": "json_schema", "json_schema": schema},
        reasoning_effort="low",
    )
    assert assistant.tools is not None and [t.type for t in assistant.tools] == ["file_search", "retrieval"]
    file_search = assistant.tools[0].file_search
    assert file_search is not None and file_search.max_num_results == 5
    assert file_search.ranking_options is not None and file_search.ranking_options.score_threshold == 0.5
    assert assistant.tool_resources is not None and assistant.tool_resources.file_search is not None
    assert assistant.tool_resources.file_search.vector_store_ids == ["vs_1"]
    assert assistant.reasoning_effort == "low"
    assert not isinstance(assistant.response_format, str) and assistant.response_format is not None
    assert assistant.response_format.json_schema is not None and assistant.response_format.json_schema.name == "weather"

    thread = client.beta.threads.create(tool_resources={"code_interpreter": {"file_ids": [image]}})
    assert thread.tool_resources is not None and thread.tool_resources.code_interpreter is not None
    assert thread.tool_resources.code_interpreter.file_ids == [image]
    message = client.beta.threads.messages.create(
        thread.id,
        role="user",
        content=[
            {"type": "text", "text": QUESTION},
            {"type": "image_file", "image_file": {"file_id": image, "detail": "low"}},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
        ],
        attachments=[{"file_id": image, "tools": [{"type": "code_interpreter"}, {"type": "file_search"}]}],
    )
    assert [part.type for part in message.content or []] == ["text", "image_file", "image_url"]
    text, image_file, image_url = message.content or []
    assert text.text is not None and text.text.value == QUESTION
    assert image_file.image_file is not None and image_file.image_file.detail == "low"
    assert image_url.image_url is not None and image_url.image_url.url == "https://example.com/a.png"
    assert message.attachments is not None and message.attachments[0].file_id == image
    assert [t.type for t in message.attachments[0].tools or []] == ["code_interpreter", "file_search"]

    content = "step_details.tool_calls[*].file_search.results[*].content"
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id,
        assistant_id=assistant.id,
        parallel_tool_calls=False,
        include=[content],
        poll_interval=0.01,
        poll_timeout=10,
    )
    assert run.status == "completed" and run.parallel_tool_calls is False
    steps = list(client.beta.threads.runs.steps.list(run.id, thread_id=thread.id, include=[content]))
    again = client.beta.threads.runs.steps.retrieve(steps[0].id, thread_id=thread.id, run_id=run.id, include=[content])
    assert again == steps[0]


def test_v2_bodies_decode_with_their_fields_readable() -> None:
    from wushuang._generated import models

    step = msgspec.json.decode(
        json.dumps(
            {
                "id": "step_1",
                "object": "thread.run.step",
                "type": "tool_calls",
                "status": "completed",
                "step_details": {
                    "type": "tool_calls",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "file_search",
                            "file_search": {
                                "ranking_options": {"ranker": "default_2024_08_21", "score_threshold": 0.0},
                                "results": [
                                    {
                                        "file_id": "file-1",
                                        "file_name": "guide.txt",
                                        "score": 0.9,
                                        "content": [{"type": "text", "text": "Paris is sunny."}],
                                    }
                                ],
                            },
                        }
                    ],
                },
                "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
            }
        ),
        type=models.RunStep,
    )
    assert step.step_details is not None and step.step_details.tool_calls is not None
    search = step.step_details.tool_calls[0].file_search
    assert search is not None and search.results is not None and search.results[0].score == 0.9
    assert search.results[0].content is not None and search.results[0].content[0].text == "Paris is sunny."
    message = msgspec.json.decode(
        b'{"id": "msg_1", "status": "incomplete", "incomplete_at": 5, "incomplete_details": {"reason": "max_tokens"},'
        b' "content": [{"type": "refusal", "refusal": "No."}], "attachments": null}',
        type=models.Message,
    )
    assert message.content is not None and message.content[0].refusal == "No." and message.incomplete_at == 5
    run = msgspec.json.decode(
        b'{"id": "run_1", "tool_choice": "required", "parallel_tool_calls": true,'
        b' "response_format": {"type": "json_schema", "json_schema": {"name": "x", "strict": true}},'
        b' "tools": [{"type": "file_search"}], "truncation_strategy": {"type": "auto", "last_messages": null}}',
        type=models.Run,
    )
    assert run.parallel_tool_calls is True and run.tool_choice == "required"
    assert not isinstance(run.response_format, str) and run.response_format is not None
    assert run.response_format.json_schema is not None and run.response_format.json_schema.strict is True
