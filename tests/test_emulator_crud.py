"""The emulator serves stateful resources from the spec alone: a store named in `x-sdk`, no handler.

A copy of the spec gains a `widgets` resource (create, retrieve, update, list, delete) and its nested `parts`;
raw httpx calls show it served with create -> retrieve -> update -> list pages -> delete consistency, the
beta header and the relay's error envelopes. Also: the start-up check of handlers, and unknown models.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml  # type: ignore[import-untyped]

from wushuang.testing import Emulator

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "wushuang.yaml"
KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
BETA = {**AUTH, "OpenAI-Beta": "assistants=v1"}
WIDGET_OPS = {"createWidget", "listWidgets", "retrieveWidget", "modifyWidget", "deleteWidget"}


def _param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}


def _operation(op_id: str, method: str, sdk: dict[str, Any], schema: str, **extra: Any) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if "example" in extra:
        content["example"] = extra.pop("example")
    return {
        "operationId": op_id,
        "x-sdk": {**sdk, "method": method},
        "responses": {
            "200": {"description": "ok", "content": {"application/json": content}},
            "4XX": {"$ref": "#/components/responses/Error"},
        },
        **extra,
    }


def _body(schema: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"}
    return {"required": True, "content": {"application/json": {"schema": ref}}}


WIDGET = {
    "id": "wdg_abc123",
    "object": "widget",
    "created_at": 1700000000,
    "name": "Gear",
    "model": "gpt-4",
    "color": None,
    "size": 3,
    "tags": [],
    "metadata": None,
}
SCHEMAS: dict[str, Any] = {
    "Widget": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string", "description": "Always `widget`."},
            "created_at": {"type": "integer"},
            "name": {"type": "string"},
            "model": {"type": "string"},
            "color": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "size": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "metadata": {"anyOf": [{"type": "object"}, {"type": "null"}]},
        },
    },
    "CreateWidgetRequest": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "model": {"type": "string"},
            "color": {"type": "string"},
            "size": {"type": "integer", "minimum": 1},
            "tags": {"type": "array", "items": {"type": "string"}},
            "metadata": {"type": "object"},
        },
    },
    "ModifyWidgetRequest": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "color": {"type": "string"},
            "metadata": {"type": "object"},
        },
    },
    "ListWidgetsResponse": {
        "type": "object",
        "required": ["data", "has_more"],
        "properties": {
            "object": {"type": "string"},
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "first_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "last_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "has_more": {"type": "boolean"},
        },
    },
    "DeleteWidgetResponse": {
        "type": "object",
        "required": ["id", "deleted"],
        "properties": {"id": {"type": "string"}, "object": {"type": "string"}, "deleted": {"type": "boolean"}},
    },
    "WidgetPart": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "object": {"const": "widget.part"},
            "created_at": {"type": "integer"},
            "widget_id": {"type": "string"},
            "label": {"type": "string"},
        },
    },
    "CreateWidgetPartRequest": {
        "type": "object",
        "required": ["label"],
        "properties": {"label": {"type": "string"}},
    },
    # A list page of only `data` and `has_more`, like the fine-tuning lists.
    "ListWidgetPartsResponse": {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetPart"}},
            "has_more": {"type": "boolean"},
        },
    },
}


def widget_spec() -> dict[str, Any]:
    """The project's spec plus widgets (ids from the example: `wdg_`) and parts (ids from `x-sdk.id_prefix`)."""
    spec: dict[str, Any] = yaml.load(SPEC_PATH.read_text("utf-8"), Loader=yaml.CSafeLoader)
    paging = copy.deepcopy(spec["paths"]["/v1/assistants"]["get"]["parameters"])
    widgets = {"resource": "beta.widgets", "beta": "assistants", "store": "widgets"}
    parts = {"resource": "beta.widgets.parts", "beta": "assistants", "store": "widget_parts", "id_prefix": "wpart_"}
    spec["paths"]["/v1/widgets"] = {
        "post": _operation(
            "createWidget", "create", widgets, "Widget", example=WIDGET, requestBody=_body("CreateWidgetRequest")
        ),
        "get": _operation("listWidgets", "list", widgets, "ListWidgetsResponse", parameters=paging),
    }
    spec["paths"]["/v1/widgets/{widget_id}"] = {
        "parameters": [_param("widget_id")],
        "get": _operation("retrieveWidget", "retrieve", widgets, "Widget"),
        "post": _operation("modifyWidget", "update", widgets, "Widget", requestBody=_body("ModifyWidgetRequest")),
        "delete": _operation(
            "deleteWidget",
            "delete",
            widgets,
            "DeleteWidgetResponse",
            example={"id": "wdg_abc123", "object": "widget.deleted", "deleted": True},
        ),
    }
    spec["paths"]["/v1/widgets/{widget_id}/parts"] = {
        "parameters": [_param("widget_id")],
        "post": _operation(
            "createWidgetPart", "create", parts, "WidgetPart", requestBody=_body("CreateWidgetPartRequest")
        ),
        "get": _operation("listWidgetParts", "list", parts, "ListWidgetPartsResponse", parameters=paging),
    }
    spec["paths"]["/v1/widgets/{widget_id}/parts/{part_id}"] = {
        "parameters": [_param("widget_id"), _param("part_id")],
        "get": _operation("retrieveWidgetPart", "retrieve", parts, "WidgetPart"),
    }
    spec["components"]["schemas"].update(copy.deepcopy(SCHEMAS))
    return spec


@pytest.fixture(scope="module")
def server() -> Iterator[Emulator]:
    with Emulator(api_key=KEY, spec=widget_spec()) as emu:
        yield emu


@pytest.fixture
def http(emu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emu.base_url, headers=BETA, timeout=10) as client:
        yield client


def create(http: httpx.Client, path: str, **body: Any) -> dict[str, Any]:
    response = http.post(path, json=body)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


# ---------------------------------------------------------------- one resource, no handler
def test_widgets_create_retrieve_update_delete(emu: Emulator, http: httpx.Client) -> None:
    assert not WIDGET_OPS & set(emu.handlers)
    created = create(http, "/v1/widgets", name="Gear", size=3, tags=["a"], not_in_the_schema=1)
    assert created["id"].startswith("wdg_") and len(created["id"]) > len("wdg_")
    assert created == {
        "id": created["id"],
        "object": "widget",
        "created_at": int(emu.clock.now()),
        "name": "Gear",
        "color": None,
        "size": 3,
        "tags": ["a"],
        "metadata": None,
    }
    assert http.get(f"/v1/widgets/{created['id']}").json() == created
    updated = http.post(f"/v1/widgets/{created['id']}", json={"color": "red", "metadata": {"k": "v"}}).json()
    assert updated == {**created, "color": "red", "metadata": {"k": "v"}}
    assert http.get(f"/v1/widgets/{created['id']}").json() == updated
    deleted = http.delete(f"/v1/widgets/{created['id']}")
    assert deleted.status_code == 200
    assert deleted.json() == {"id": created["id"], "object": "widget.deleted", "deleted": True}
    gone = http.get(f"/v1/widgets/{created['id']}")
    assert gone.status_code == 404
    assert gone.json() == {
        "error": {
            "message": f"No widget found with id '{created['id']}'.",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }
    assert http.delete(f"/v1/widgets/{created['id']}").status_code == 404
    assert http.post(f"/v1/widgets/{created['id']}", json={"color": "blue"}).status_code == 404
    assert http.get("/v1/widgets").json()["data"] == []


def test_widget_list_pages_with_after_and_before(emu: Emulator, http: httpx.Client) -> None:
    ids = []
    for i in range(5):
        ids.append(create(http, "/v1/widgets", name=f"w{i}")["id"])
        emu.clock.advance(1)
    assert len(set(ids)) == 5
    seen: list[str] = []
    after = None
    while True:
        params: dict[str, Any] = {"limit": 2, "order": "asc", **({"after": after} if after else {})}
        page = http.get("/v1/widgets", params=params).json()
        assert set(page) == {"object", "data", "first_id", "last_id", "has_more"} and page["object"] == "list"
        assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
        seen += [w["id"] for w in page["data"]]
        if not page["has_more"]:
            break
        after = page["last_id"]
    assert seen == ids
    newest_first = http.get("/v1/widgets").json()
    assert [w["id"] for w in newest_first["data"]] == ids[::-1] and newest_first["has_more"] is False
    before = http.get("/v1/widgets", params={"before": ids[1], "limit": 2}).json()
    assert [w["id"] for w in before["data"]] == [ids[3], ids[2]] and before["has_more"] is True
    unknown = http.get("/v1/widgets", params={"after": "wdg_nope"})
    assert unknown.status_code == 400 and unknown.json()["error"]["param"] == "after"


def test_nested_parts_are_scoped_by_their_widget(http: httpx.Client) -> None:
    first, second = create(http, "/v1/widgets", name="a")["id"], create(http, "/v1/widgets", name="b")["id"]
    part = create(http, f"/v1/widgets/{first}/parts", label="left")
    assert part["id"].startswith("wpart_") and part["object"] == "widget.part"
    assert part["widget_id"] == first and part["label"] == "left"
    assert http.get(f"/v1/widgets/{first}/parts/{part['id']}").json() == part
    # The page has only what its schema has: `data` and `has_more`.
    assert http.get(f"/v1/widgets/{first}/parts").json() == {"data": [part], "has_more": False}
    assert http.get(f"/v1/widgets/{second}/parts").json() == {"data": [], "has_more": False}
    assert http.get(f"/v1/widgets/{second}/parts/{part['id']}").status_code == 404
    orphan = http.post("/v1/widgets/wdg_nope/parts", json={"label": "x"})
    assert orphan.status_code == 404
    assert orphan.json()["error"]["message"] == "No widget found with id 'wdg_nope'."
    assert http.get("/v1/widgets/wdg_nope/parts").status_code == 404
    http.delete(f"/v1/widgets/{first}")
    assert http.post(f"/v1/widgets/{first}/parts", json={"label": "x"}).status_code == 404


def test_beta_header_and_validation_apply_to_stored_operations(emu: Emulator) -> None:
    with httpx.Client(base_url=emu.base_url, headers=AUTH) as plain:
        for method, path in (("POST", "/v1/widgets"), ("GET", "/v1/widgets"), ("GET", "/v1/widgets/wdg_x")):
            response = plain.request(method, path, json={"name": "x"} if method == "POST" else None)
            assert response.status_code == 400, (method, path)
            error = response.json()["error"]
            assert error["code"] == "invalid_beta" and "OpenAI-Beta: assistants=v1" in error["message"]
        assert plain.get("/v1/models").status_code == 200  # no beta, no header needed
    with httpx.Client(base_url=emu.base_url, headers=BETA) as http:
        missing = http.post("/v1/widgets", json={"size": 2})
        assert missing.status_code == 400 and missing.json()["error"]["param"] == "name"
        assert http.get("/v1/widgets", params={"limit": 0}).json()["error"]["param"] == "limit"
    with httpx.Client(base_url=emu.base_url) as anonymous:
        assert anonymous.get("/v1/widgets", headers={"OpenAI-Beta": "assistants=v1"}).status_code == 401


# ---------------------------------------------------------------- the project's own stored operations
def test_assistants_and_file_deletes_come_from_the_store(emu: Emulator, http: httpx.Client) -> None:
    assert "listAssistants" not in emu.handlers and "deleteFile" not in emu.handlers
    assert emu.app.state.assistants == []  # the emulator starts empty
    made = create(http, "/v1/assistants", model="gpt-4")
    assert [a["id"] for a in http.get("/v1/assistants", params={"limit": 100}).json()["data"]] == [made["id"]]
    uploaded = http.post("/v1/files", files={"file": ("a.txt", b"abc")}, data={"purpose": "assistants"}).json()
    assert http.get(f"/v1/files/{uploaded['id']}/content").content == b"abc"
    deleted = http.delete(f"/v1/files/{uploaded['id']}").json()
    assert deleted == {"id": uploaded["id"], "object": "file", "deleted": True}
    gone = http.get(f"/v1/files/{uploaded['id']}/content")
    assert gone.status_code == 404 and gone.json()["error"]["message"] == f"No file found with id '{uploaded['id']}'."


# ---------------------------------------------------------------- start-up check
def test_startup_refuses_a_handler_for_an_unknown_operation() -> None:
    spec = widget_spec()
    del spec["paths"]["/mj/task/{id}/fetch"]
    with pytest.raises(ValueError, match="fetchTask"):
        Emulator(api_key=KEY, spec=spec)
    emu = Emulator(api_key=KEY, spec=widget_spec())
    emu.handlers["createGizmo"] = emu.handlers["listModels"]
    with pytest.raises(ValueError, match="createGizmo"):
        emu.start()


def test_startup_refuses_a_stored_operation_no_one_can_answer() -> None:
    spec = widget_spec()
    polish = _operation("polishWidget", "polish", {"resource": "beta.widgets", "store": "widgets"}, "Widget")
    spec["paths"]["/v1/widgets/{widget_id}/polish"] = {"parameters": [_param("widget_id")], "post": polish}
    with pytest.raises(ValueError, match="polishWidget"):
        Emulator(api_key=KEY, spec=spec)


# ---------------------------------------------------------------- unknown models
NO_CHANNEL = {
    "error": {
        "message": "当前分组 default 下对于模型 gpt-9-imaginary 无可用渠道 (distributor)",
        "type": "new_api_error",
        "code": "model_not_found",
    }
}


def test_unknown_model_gets_the_relays_no_channel_error(http: httpx.Client) -> None:
    messages = [{"role": "user", "content": "hi"}]
    chat = http.post("/v1/chat/completions", json={"model": "gpt-9-imaginary", "messages": messages})
    assert chat.status_code == 503 and chat.json() == NO_CHANNEL
    audio = {"file": ("a.wav", b"RIFF")}
    transcription = http.post("/v1/audio/transcriptions", files=audio, data={"model": "gpt-9-imaginary"})
    assert transcription.status_code == 503 and transcription.json() == NO_CHANNEL
    # Generic operations too: the widget's `model` field names a model.
    widget = http.post("/v1/widgets", json={"name": "x", "model": "gpt-9-imaginary"})
    assert widget.status_code == 503 and widget.json() == NO_CHANNEL
    assert http.post("/v1/widgets", json={"name": "x", "model": "gpt-4"}).status_code == 200
    assert http.post("/v1/chat/completions", json={"model": "gpt-4o-mini", "messages": messages}).status_code == 200
    # The request is checked against the spec first.
    assert http.post("/v1/chat/completions", json={"model": 5, "messages": messages}).status_code == 400
