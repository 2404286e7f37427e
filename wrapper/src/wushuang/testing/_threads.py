"""Hand-made handlers for Assistants v1 threads and the files attached to assistants and messages.

A thread is created with its `messages`; a message's `content` is stored as the relay answers it, a list of
parts (`[{"type": "text", "text": {"value": ..., "annotations": []}}]`), not the string (or, in today's API, the
list of request parts) it was sent as. The rest
of threads and messages (retrieve, modify, delete) is the generic store operations' (`_crud`); creating a
message and listing them are `_runs`' (a thread's runs may be writing to it).

Assistant files and message files are views of the `file_ids` of their assistant or message, so one uploaded
file can be attached to many: attaching (`createAssistantFile`) needs an uploaded file (400 naming `file_id`)
and adds its id to the assistant's `file_ids`, detaching removes it.
"""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse, Response

from ._call import Call, Handler, not_found, openai_error
from ._crud import Crud, new_id, page
from ._media import FILES
from ._state import EmulatorState, Record

__all__ = ["ASSISTANTS", "HANDLERS", "MESSAGES", "THREADS", "new_message", "new_thread", "text_of"]

#: The stores (the spec's `x-sdk.store`) of assistants, threads and messages.
ASSISTANTS = "assistants"
THREADS = "threads"
MESSAGES = "messages"


def new_message(
    state: EmulatorState, thread_id: str, at: float, params: dict[str, Any], *, run: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Store a message of the thread from a CreateMessageRequest's fields (a reply names the `run` writing it)."""
    message: dict[str, Any] = {
        "id": new_id(state, MESSAGES, "msg_"),
        "object": "thread.message",
        "created_at": int(at),
        "thread_id": thread_id,
        "status": "completed",
        "incomplete_details": None,
        "completed_at": int(at),
        "incomplete_at": None,
        "role": params["role"],
        "content": _content_parts(params["content"]),
        "assistant_id": None if run is None else run["assistant_id"],
        "run_id": None if run is None else run["id"],
        "file_ids": list(params.get("file_ids") or []),
        "attachments": params.get("attachments"),
        "metadata": params.get("metadata") or {},
    }
    state.store(MESSAGES).add(message, (thread_id,))
    return message


def _content_parts(content: str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A message's `content` as answered: a string or request parts (`text` a string) become answer parts."""
    if isinstance(content, str):
        return [{"type": "text", "text": {"value": content, "annotations": []}}]
    return [
        {"type": "text", "text": {"value": part["text"], "annotations": []}} if part.get("type") == "text" else part
        for part in content
    ]


def new_thread(state: EmulatorState, params: dict[str, Any], at: float) -> dict[str, Any]:
    """Store a thread from a CreateThreadRequest's fields, with its `messages` in the order given."""
    thread: dict[str, Any] = {
        "id": new_id(state, THREADS, "thread_"),
        "object": "thread",
        "created_at": int(at),
        "metadata": params.get("metadata") or {},
        "tool_resources": params.get("tool_resources"),
    }
    state.store(THREADS).add(thread)
    for message in params.get("messages") or []:
        new_message(state, thread["id"], at, message)
    return thread


def text_of(message: dict[str, Any]) -> str:
    """The text of a stored message: its text parts, joined."""
    return " ".join(part["text"]["value"] for part in message["content"] if part.get("type") == "text")


def create_thread(call: Call) -> Response:
    """POST /v1/threads: a thread, with its `messages` stored as messages of it."""
    return JSONResponse(new_thread(call.state, call.params, call.state.clock.now()))


# ---------------------------------------------------------------- attached files
def _one_or_page(call: Call, files: list[dict[str, Any]]) -> Response:
    """The attached file named by the path's `file_id`, or a page of them all when the path names none."""
    file_id = call.path_params.get("file_id")
    if file_id is None:
        return page(call, files, "file")
    found = next((f for f in files if f["id"] == file_id), None)
    return not_found("file", file_id) if found is None else JSONResponse(found)


def _assistant(call: Call) -> Record | Response:
    """The assistant of the path, or its 404."""
    missing = Crud.of(call.spec).missing_parent(call)
    if missing is not None:
        return missing
    record = call.state.store(ASSISTANTS).get(call.path_params["assistant_id"])
    assert record is not None
    return record


def _assistant_files(record: Record) -> list[dict[str, Any]]:
    """The assistant's files, attached when the assistant was created unless `createAssistantFile` says when."""
    assistant, attached = record.object, record.attachment or {}
    return [
        {
            "id": file_id,
            "object": "assistant.file",
            "created_at": attached.get(file_id, assistant["created_at"]),
            "assistant_id": assistant["id"],
        }
        for file_id in assistant.get("file_ids") or []
    ]


def assistant_files(call: Call) -> Response:
    """GET /v1/assistants/{assistant_id}/files[/{file_id}]: the files in the assistant's `file_ids`."""
    found = _assistant(call)
    return found if isinstance(found, Response) else _one_or_page(call, _assistant_files(found))


def create_assistant_file(call: Call) -> Response:
    """POST /v1/assistants/{assistant_id}/files: attach an uploaded file (its id is the assistant file's id)."""
    found = _assistant(call)
    if isinstance(found, Response):
        return found
    file_id = str(call.json["file_id"])
    if call.state.store(FILES).get(file_id) is None:
        return openai_error(400, f"No file found with id '{file_id}'.", param="file_id")
    assistant = found.object
    if file_id not in (assistant.get("file_ids") or []):
        assistant["file_ids"] = [*(assistant.get("file_ids") or []), file_id]
        # When each file was attached: the assistant's JSON does not show it.
        found.attachment = {**(found.attachment or {}), file_id: int(call.state.clock.now())}
    return JSONResponse(next(f for f in _assistant_files(found) if f["id"] == file_id))


def delete_assistant_file(call: Call) -> Response:
    """DELETE /v1/assistants/{assistant_id}/files/{file_id}: detach the file (the upload itself stays)."""
    found = _assistant(call)
    if isinstance(found, Response):
        return found
    file_id = call.path_params["file_id"]
    file_ids = found.object.get("file_ids") or []
    if file_id not in file_ids:
        return not_found("file", file_id)
    found.object["file_ids"] = [f for f in file_ids if f != file_id]
    return JSONResponse({"id": file_id, "object": "assistant.file.deleted", "deleted": True})


def message_files(call: Call) -> Response:
    """GET /v1/threads/{thread_id}/messages/{message_id}/files[/{file_id}]: the files in the message's `file_ids`."""
    missing = Crud.of(call.spec).missing_parent(call)
    if missing is not None:
        return missing
    record = call.state.store(MESSAGES).get(call.path_params["message_id"], (call.path_params["thread_id"],))
    assert record is not None
    message = record.object
    files = [
        {
            "id": file_id,
            "object": "thread.message.file",
            "created_at": message["created_at"],
            "message_id": message["id"],
        }
        for file_id in message["file_ids"]
    ]
    return _one_or_page(call, files)


HANDLERS: dict[str, Handler] = {
    "createThread": create_thread,
    "listAssistantFiles": assistant_files,
    "getAssistantFile": assistant_files,
    "createAssistantFile": create_assistant_file,
    "deleteAssistantFile": delete_assistant_file,
    "listMessageFiles": message_files,
    "getMessageFile": message_files,
}
