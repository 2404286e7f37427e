"""The emulator's ASGI application: routing from the spec, auth, validation, faults, dispatch.

Built on Starlette's request and response objects; uvicorn serves it. Every request is recorded, gets an
`x-request-id` (`X-Oneapi-Request-Id` under the `new-api` profile), may be hit by a scripted fault, and is checked
the same way whoever answers it: the bearer key, the `OpenAI-Beta` header of operations whose `x-sdk.beta` is set,
the request against the spec, and the model name (under `new-api`, the gateway's conditions: `_gateway`). It is then
answered by the hand-made handler registered for its operationId, else by the generic store operations when its
`x-sdk` names a `store`, else from the spec's examples. Before that, the profile (`_relay`) may refuse the path as a
relay does or answer it with a route of its own; and a few plain GET routes outside the spec (`routes`, such as
the images the emulator hands out as URLs) are served without a key. Midjourney paths may carry new-api's mode
prefix (`/mj-fast`, `/mj-relax`, `/mj-turbo`), which is ignored for routing.
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import json
import socket
import struct
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.types import Message, Receive, Scope, Send

from ._billing import charge_answer
from ._call import Call, Handler, mj_error, openai_error
from ._crud import Crud
from ._faults import Fault
from ._gateway import gateway_refusal
from ._multipart import MultipartError, parse_multipart
from ._records import RecordedHeaders, RecordedRequest
from ._relay import DEFAULT_PROFILE, rules_of
from ._spec import FieldError, Operation, SpecIndex
from ._state import EmulatorState

__all__ = [
    "MJ_MODE_PREFIXES",
    "Call",
    "EmulatorApp",
    "Handler",
    "PlainRoute",
    "mj_error",
    "openai_error",
    "unknown_model",
    "without_mode",
]

#: A GET route outside the spec: (the state, the path) -> the answer.
PlainRoute = Callable[[EmulatorState, str], Response]

#: new-api's mode prefixes: `/mj-relax/mj/...` reaches the same operation as `/mj/...` (the handler reads the mode).
MJ_MODE_PREFIXES = ("/mj-fast", "/mj-relax", "/mj-turbo")

_HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
    b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def unknown_model(model: str) -> Response:
    """The relay's answer to a model it has no channel for: HTTP 503, `model_not_found`.

    The relay runs a new-api-family backend, whose distributor refuses a model that no channel of the
    caller's group serves with HTTP 503 and this message, before any upstream is called. That is answered
    here rather than OpenAI's 404 `model_not_found` because the SDK talks to the relay, not to OpenAI: a
    client must meet (and may retry) the same 503 as in production.
    """
    message = f"当前分组 default 下对于模型 {model} 无可用渠道 (distributor)"
    body = {"error": {"message": message, "type": "new_api_error", "code": "model_not_found"}}
    return JSONResponse(body, status_code=503)


def without_mode(path: str) -> str:
    """The path without a Midjourney mode prefix: `/mj-relax/mj/submit/imagine` -> `/mj/submit/imagine`."""
    prefix = path.split("/mj/", 1)[0]
    return path[len(prefix) :] if prefix in MJ_MODE_PREFIXES else path


def beta_required(beta: str) -> Response:
    """The 400 for a beta operation called without `OpenAI-Beta: <beta>=...`."""
    return openai_error(
        400,
        f"You must provide the 'OpenAI-Beta' header to access the {beta.capitalize()} API. "
        f"Please try again by setting the header 'OpenAI-Beta: {beta}=v1'.",
        code="invalid_beta",
    )


def _new_api_request_id() -> str:
    """An id as new-api makes them (`common.NewRequestId`): the time to the nanosecond, then 8 random characters."""
    now = time.time_ns()
    return (
        time.strftime("%Y%m%d%H%M%S", time.localtime(now // 1_000_000_000))
        + f"{now % 1_000_000_000}"
        + (uuid.uuid4().hex[:8])
    )


def _with_request_id(response: Response, request_id: str) -> Response:
    """An OpenAI error envelope with ` (request id: <id>)` appended to its message, as new-api's relay controller
    does to every error it answers (all but `api_not_implemented`); any other response as it is."""
    if response.status_code < 400 or not isinstance(response, JSONResponse):
        return response
    try:
        body = json.loads(bytes(response.body))
    except ValueError:
        return response
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict) or not isinstance(error.get("message"), str):
        return response
    if error.get("code") == "api_not_implemented":
        return response
    error["message"] += f" (request id: {request_id})"
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    return JSONResponse(body, status_code=response.status_code, headers=headers)


class _Dropped(Exception):
    """The connection was closed on purpose (a fault), or by the client; stop sending."""


def _while_connected(send: Send) -> Send:
    """``send`` for a streamed body, stopping (``_Dropped``) once the client has gone.

    A body whose events are all ready is written without ever yielding to the event loop, so the server would not
    learn that the client closed the connection before writing all of it into a dead transport (asyncio then logs
    "socket.send() raised exception." for each write). The transport knows at once, from the first failed write.
    """
    cycle = _cycle_of(send)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return send

    async def checked(message: Message) -> None:
        if message["type"] == "http.response.body" and (
            getattr(cycle, "disconnected", False) or transport.is_closing()
        ):
            raise _Dropped
        await send(message)

    return checked


def _reshape_events(response: StreamingResponse, fault: Fault) -> None:
    """Apply a fault's `end_stream_early` / `stall_stream` to an event-stream body, event by event."""
    original = response.body_iterator
    keep = fault.end_stream_early if fault.end_stream_early is not None else fault.truncate_stream
    stall_after = 1 if keep is None else max(keep, 1)

    async def reshaped() -> Any:
        sent = 0
        async for chunk in original:
            if fault.end_stream_early is not None and sent >= fault.end_stream_early:
                break
            yield chunk
            sent += 1
            if fault.stall_stream and sent == stall_after:
                await asyncio.sleep(fault.stall_stream)
        if fault.end_stream_early is not None:
            yield b"data: [DONE]\n\n"

    response.body_iterator = reshaped()


def _cycle_of(send: Send) -> Any:
    # uvicorn hands the app the bound `send` of its request/response cycle, which owns the transport.
    return getattr(send, "__self__", None)


async def _drop_connection(send: Send, *, reset: bool) -> None:
    """Close the client's TCP connection: a reset (RST) or an abrupt but flushed close (FIN)."""
    cycle = _cycle_of(send)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError("the emulator cannot reach the connection to drop it (not running under uvicorn?)")
    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                # Linger 0: close() sends RST instead of FIN, as a crashed peer or a firewall would.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
        transport.abort()
    else:
        transport.close()
    # Let the server notice the connection is gone, so it neither answers 500 nor logs an error.
    for _ in range(200):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0.005)


class EmulatorApp:
    """The ASGI application behind `Emulator` and `python -m wushuang.testing`."""

    def __init__(
        self,
        state: EmulatorState,
        spec: SpecIndex,
        handlers: Mapping[str, Handler],
        *,
        models: Iterable[str],
        profile: str = DEFAULT_PROFILE,
        routes: Mapping[str, PlainRoute] | None = None,
    ) -> None:
        self.state = state
        #: How much of a relay the emulator plays (see `_relay`).
        self.profile = profile
        self.rules = rules_of(profile)
        #: Path prefix -> the GET route serving the paths under it, without a key.
        self.routes: dict[str, PlainRoute] = dict(routes or {})
        self.spec = spec
        #: operationId -> handler; an operation missing here is answered by the store operations (when its
        #: `x-sdk` names a `store`) or from the spec's examples.
        self.handlers: dict[str, Handler] = dict(handlers)
        self.crud = Crud.of(spec)
        #: The model names the emulated relay serves; any other gets `unknown_model`.
        self.models = frozenset(models)
        self._with_model = {
            op.operation_id for op in spec if any("model" in spec.properties_of(s) for s in op.body_schemas.values())
        }
        self.check()

    def check(self) -> None:
        """Refuse handlers for operations the spec does not have, and stored operations nobody can answer.

        Run at start-up: a handler keyed by a misspelt or removed operationId would otherwise never be called.
        """
        unknown = sorted(set(self.handlers) - set(self.spec.operations))
        if unknown:
            raise ValueError(
                f"handlers for operations the spec does not have: {', '.join(unknown)} "
                "(each handler must be keyed by the operationId of an operation in the spec)"
            )
        unanswered = [op_id for op_id in self.crud.unshaped if op_id not in self.handlers]
        if unanswered:
            raise ValueError(
                f"operations with x-sdk.store that are no create/list/retrieve/update/delete and have no "
                f"handler: {', '.join(unanswered)}"
            )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        body = await request.body()
        raw_path = scope.get("raw_path") or scope["path"].encode()
        full_path = raw_path.decode("latin-1").split("?", 1)[0]
        path = without_mode(full_path)
        method = request.method
        operation, path_params, allowed = self.spec.match(method, path)
        record = RecordedRequest(
            method=method,
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=RecordedHeaders([(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]),
            body=body,
            operation_id=operation.operation_id if operation else None,
            raw_path=full_path,
        )
        self.state.requests.append(record)
        request_id = _new_api_request_id() if self.rules.gateway else "req_" + uuid.uuid4().hex
        fault = self.state.faults.take(record.operation_id, scope["path"], method)
        record.fault = fault
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.reset:
                await _drop_connection(send, reset=True)
                return
            early = self._fault_response(fault, path)
            if early is not None:
                await self._send(early, request_id, record, scope, receive, send, None)
                return
        response = await self._answer(request, operation, path_params, allowed, body, method, path)
        await self._send(response, request_id, record, scope, receive, send, fault)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    # ---------------------------------------------------------------- answering
    async def _answer(
        self,
        request: Request,
        operation: Operation | None,
        path_params: dict[str, str],
        allowed: list[str],
        body: bytes,
        method: str,
        path: str,
    ) -> Response:
        refused = self.rules.refusal(path)
        if refused is not None and (not refused.after_auth or self._authorized(request, operation)):
            return refused.response()
        own = self.rules.routes.get((method, path))
        if own is not None:
            if not self._authorized(request, operation):
                return openai_error(401, "Incorrect API key provided", code="invalid_api_key")
            answer = own(self.state, request)
            return await answer if inspect.isawaitable(answer) else answer
        if operation is None:
            route = next((r for prefix, r in self.routes.items() if path.startswith(prefix)), None)
            if route is not None and method == "GET":
                return route(self.state, path)
            if allowed:
                return openai_error(
                    405,
                    f"Method not allowed: {method} {path} (allowed: {', '.join(allowed)})",
                    headers={"allow": ", ".join(allowed)},
                )
            return openai_error(404, f"Invalid URL ({method} {path})")
        if not self._authorized(request, operation):
            return openai_error(401, "Incorrect API key provided", code="invalid_api_key")
        beta = operation.x_sdk.get("beta")
        if beta and f"{beta}=" not in request.headers.get("openai-beta", "").replace(" ", ""):
            return beta_required(str(beta))
        call = Call(
            operation=operation,
            request=request,
            state=self.state,
            spec=self.spec,
            path_params=path_params,
            query={},
            body=body,
        )
        problem = self._parse_and_validate(call)
        if problem is not None:
            return problem
        model = call.params.get("model") if operation.operation_id in self._with_model else None
        model = model if isinstance(model, str) else None
        if self.rules.gateway:
            gated = gateway_refusal(
                self.state,
                model,
                midjourney=operation.is_midjourney,
                upstream=model is not None or operation.x_sdk.get("envelope") == "midjourney",
                known=model is None or model in self.models,
            )
            if gated is not None:
                return gated
        elif model is not None and model not in self.models:
            return unknown_model(model)
        handler = self.handlers.get(operation.operation_id)
        if handler is None:
            if operation.operation_id in self.crud.operations:
                return self.crud.answer(call)
            return self._from_examples(operation)
        result = handler(call)
        if inspect.isawaitable(result):
            result = await result
        return charge_answer(call, result)

    def _authorized(self, request: Request, operation: Operation | None) -> bool:
        expected = self.state.api_key
        given = request.headers.get("authorization", "")
        if given[:7].lower() == "bearer " and hmac.compare_digest(given[7:].strip().encode(), expected.encode()):
            return True
        if operation is not None and operation.is_midjourney:
            secret = request.headers.get("mj-api-secret", "")
            return bool(secret) and hmac.compare_digest(secret.strip().encode(), expected.encode())
        return False

    def _invalid(self, operation: Operation, error: FieldError) -> Response:
        if operation.is_midjourney:
            text = f"{error.param}_is_required" if error.missing and error.param else error.message
            return mj_error(text, code=4)
        return openai_error(400, error.message, param=error.param)

    def _parse_and_validate(self, call: Call) -> Response | None:
        operation, request = call.operation, call.request
        # Path parameters.
        error = self.spec.validate(operation, "path", call.path_params)
        if error is not None:
            return self._invalid(operation, error)
        # Query parameters: text on the wire, coerced to what the spec says; repeated keys make a list.
        schemas = {p.name: p.schema for p in operation.parameters if p.location == "query"}
        query: dict[str, Any] = {}
        for key, value in request.query_params.multi_items():
            base, _, entry = key.partition("[")
            if key not in schemas and entry.endswith("]") and "object" in self.spec.types_of(schemas.get(base)):
                # A `deepObject` parameter (`metadata[key]=value`): one entry of that object.
                entries = query.get(base)
                if not isinstance(entries, dict):
                    entries = query[base] = {}
                entries[entry[:-1]] = value
                continue
            name = key[:-2] if key.endswith("[]") and key not in schemas else key
            schema = schemas.get(name)
            if schema is None:
                continue  # unknown query parameters are ignored, like unknown body fields
            if "array" in self.spec.types_of(schema):
                query.setdefault(name, []).append(self.spec.coerce(self.spec.items_of(schema), value))
            else:
                query[name] = self.spec.coerce(schema, value)
        call.query = query
        error = self.spec.validate(operation, "query", query)
        if error is not None:
            return self._invalid(operation, error)
        headers = {
            p.name: request.headers[p.name]
            for p in operation.parameters
            if p.location == "header" and p.name in request.headers
        }
        error = self.spec.validate(operation, "header", headers)
        if error is not None:
            return self._invalid(operation, error)
        # Body.
        if not operation.body_schemas:
            return None
        content_type = request.headers.get("content-type", "")
        media = content_type.split(";", 1)[0].strip().lower()
        if media == "multipart/form-data" and "multipart/form-data" in operation.body_schemas:
            return self._parse_form(call, content_type)
        if "application/json" in operation.body_schemas:
            if not call.body.strip():
                instance: Any = {}
            else:
                try:
                    instance = json.loads(call.body)
                except ValueError:
                    message = (
                        "We could not parse the JSON body of your request. (HINT: This likely means you "
                        "aren't using your HTTP library correctly.)"
                    )
                    if operation.is_midjourney:
                        return mj_error("request body is not valid JSON", code=4)
                    return openai_error(400, message)
            call.json = instance
            error = self.spec.validate(operation, "body:application/json", instance)
            return self._invalid(operation, error) if error is not None else None
        if "multipart/form-data" in operation.body_schemas:
            return self._invalid(operation, FieldError(None, "expected a multipart/form-data body"))
        return None

    def _parse_form(self, call: Call, content_type: str) -> Response | None:
        operation = call.operation
        try:
            parts = parse_multipart(call.body, content_type)
        except MultipartError as exc:
            return self._invalid(operation, FieldError(None, str(exc)))
        schema = operation.body_schemas["multipart/form-data"]
        properties = self.spec.properties_of(schema)
        form: dict[str, Any] = {}
        for part in parts:
            name = part.name
            if name not in properties:
                # `timestamp_granularities[]` and `timestamp_granularities` name the same field.
                alt = name[:-2] if name.endswith("[]") else name + "[]"
                name = alt if alt in properties else name
            if part.filename is not None:
                call.files[name] = part
                continue
            prop = properties.get(name)
            if prop is None:
                continue  # unknown fields are ignored
            if "array" in self.spec.types_of(prop):
                form.setdefault(name, []).append(self.spec.coerce(self.spec.items_of(prop), part.text()))
            else:
                form[name] = self.spec.coerce(prop, part.text())
        call.form = form
        instance = dict(form)
        for name in call.files:
            instance[name] = f"<file {name}>"  # binary on the wire; a string to JSON Schema
        error = self.spec.validate(operation, "body:multipart/form-data", instance)
        return self._invalid(operation, error) if error is not None else None

    def _from_examples(self, operation: Operation) -> Response:
        status, media_type, example = self.spec.example_response(operation)
        if not media_type:
            return Response(status_code=status)
        if media_type == "application/json" or media_type.endswith("+json"):
            return JSONResponse(example, status_code=status)
        if isinstance(example, (bytes, str)):
            return Response(example, status_code=status, media_type=media_type)
        return Response(json.dumps(example), status_code=status, media_type=media_type)

    # ---------------------------------------------------------------- faults and sending
    def _fault_response(self, fault: Fault, path: str) -> Response | None:
        headers = dict(fault.headers)
        if fault.retry_after is not None:
            headers["retry-after"] = str(fault.retry_after)
        if fault.html_502:
            return Response(_HTML_502, status_code=502, media_type="text/html", headers=headers)
        if fault.status is None:
            return None
        if fault.body is None:
            if path.startswith("/mj/"):
                return JSONResponse(
                    {
                        "description": f"emulated status {fault.status}",
                        "type": "upstream_error",
                        "code": 30 if fault.status == 429 else 9,
                    },
                    status_code=fault.status,
                    headers=headers,
                )
            kind = "rate_limit_exceeded" if fault.status == 429 else None
            error_type = (
                "requests"
                if fault.status == 429
                else ("server_error" if fault.status >= 500 else "invalid_request_error")
            )
            body = {
                "error": {
                    "message": f"Emulated error (status {fault.status})",
                    "type": error_type,
                    "param": None,
                    "code": kind,
                }
            }
            return JSONResponse(body, status_code=fault.status, headers=headers)
        if isinstance(fault.body, (bytes, str)):
            return Response(
                fault.body, status_code=fault.status, headers=headers, media_type=fault.content_type or "text/plain"
            )
        return JSONResponse(fault.body, status_code=fault.status, headers=headers)

    async def _send(
        self,
        response: Response,
        request_id: str,
        record: RecordedRequest,
        scope: Scope,
        receive: Receive,
        send: Send,
        fault: Fault | None,
    ) -> None:
        if self.rules.gateway:
            response = _with_request_id(response, request_id)
            response.headers["X-Oneapi-Request-Id"] = request_id
        else:
            response.headers["x-request-id"] = request_id
        record.status = response.status_code
        if fault is not None and fault.malformed_json:
            response = self._malform(response)
        streaming = isinstance(response, StreamingResponse)
        if (
            fault is not None
            and (fault.end_stream_early is not None or fault.stall_stream > 0)
            and isinstance(response, StreamingResponse)
            and response.media_type == "text/event-stream"
        ):
            _reshape_events(response, fault)
        if fault is not None and fault.truncate_stream is not None:
            send = self._truncating_send(send, fault.truncate_stream, streaming)
        if streaming:
            send = _while_connected(send)
        try:
            await response(scope, receive, send)
        except _Dropped:
            return
        except BaseExceptionGroup as group:  # Starlette's task group may wrap it
            if group.subgroup(_Dropped) is None:
                raise

    def _malform(self, response: Response) -> Response:
        if isinstance(response, StreamingResponse) and response.media_type == "text/event-stream":
            original = response.body_iterator

            async def broken() -> Any:
                first = True
                async for chunk in original:
                    data = chunk.encode() if isinstance(chunk, str) else bytes(chunk)
                    if first and data.startswith(b"data: {"):
                        # Cut the JSON in half but keep the SSE framing intact.
                        data = data[: max(8, len(data) // 2)].rstrip(b"\n") + b"\n\n"
                        first = False
                    yield data

            response.body_iterator = broken()
            return response
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
        return Response(
            b'{"id": "broken", "object": "text_completion", "choices": [{"te',
            status_code=200,
            headers=headers,
            media_type="application/json",
        )

    def _truncating_send(self, send: Send, events: int, streaming: bool) -> Send:
        sent = 0

        async def truncating(message: Message) -> None:
            nonlocal sent
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunk = message.get("body", b"")
            if not streaming:
                # One body: send the first half of it, then drop the connection.
                await send({"type": "http.response.body", "body": chunk[: len(chunk) // 2], "more_body": True})
                await _drop_connection(send, reset=False)
                raise _Dropped
            if sent >= events or not message.get("more_body", False):
                await _drop_connection(send, reset=False)
                raise _Dropped
            if chunk:
                sent += 1
            await send(message)

        return truncating
