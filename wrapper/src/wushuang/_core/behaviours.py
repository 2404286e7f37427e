"""Behaviours by name: what an operation's ``x-sdk`` entry switches on, each defined in its product's module.

An operation names a behaviour by its ``x-sdk`` value (``envelope: midjourney``, ``decode: base64_embeddings``,
``stream: chat_chunks``); the spec's ``x-sdk-behaviours`` says which module of the package defines each name, and
the generated operation table carries that map (``BEHAVIOUR_MODULES``). The first time a name is needed, its
module is imported and registers the behaviour with ``register``. A new task family is then one module and its
spec entries: nothing here, nor in the core that calls these, changes.

Three kinds:

- ``Envelope``: checks a decoded 2xx body whose meaning sits inside it (an accepted or refused task);
- ``BodyDecoder``: asks for a wire form on the caller's behalf and turns the body back into what was asked;
- ``StreamRule``: what a stream may end on without its end marker, and what a whole answer stands for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

__all__ = ["DEFAULT_STREAM", "BodyDecoder", "Envelope", "StreamProgress", "StreamRule", "behaviour", "register"]

Kind = Literal["envelope", "decode", "stream"]


class Envelope(Protocol):
    """``x-sdk.envelope``: a check of the decoded 2xx body; raises the product's error when it says "refused".

    ``refused(body)`` says whether the raw 2xx body refuses the request for now only (a full queue): the send loop
    then retries it under the client's retry policy, and ``check`` raises once the policy gives up.
    """

    def check(self, decoded: Any) -> None: ...

    def refused(self, body: bytes) -> bool: ...


class BodyDecoder(Protocol):
    """``x-sdk.decode``: arguments sent on the caller's behalf, and the body turned back into what was asked."""

    def wire_args(self, given: dict[str, Any]) -> dict[str, Any]:
        """The arguments to add to ``given`` (Python names); empty when the caller's own choice stands."""
        ...

    def decode(self, body: Any) -> None:
        """Turn, in place, a body answered to those arguments (a typed model or plain JSON) into the usual one;
        ``ValueError`` for a body that cannot be (the caller turns it into ``APIResponseValidationError``)."""
        ...


class StreamProgress(Protocol):
    """What one stream's items add up to so far, to tell a whole answer from a cut one (made per stream)."""

    def see(self, item: Any) -> None:
        """Take one item into account."""
        ...

    def missing(self, request_body: bytes) -> str | None:
        """What the answer still lacks (``"choice 1 has no finish_reason"``), or ``None`` when it is whole."""
        ...

    def received(self) -> object:
        """What arrived, as the caller may want it when the stream turns out cut (a choice's text so far)."""
        ...


@dataclass(frozen=True, slots=True)
class StreamRule:
    """``x-sdk.stream``: how a stream may end without its marker, and how a whole answer becomes one item.

    ``complete(last, request_body)`` says whether the stream is complete when its body ends after ``last`` (the
    last item, ``None`` if none) without ``expected``; ``adapt(parsed)`` gives the payload a relay's whole JSON
    answer (one that ignored ``stream``) amounts to as one item, or ``None``. ``progress``, if given, makes the
    ``StreamProgress`` that judges the stream's items as a whole, at its end, with its marker or without.
    """

    expected: str
    complete: Callable[[object, bytes], bool]
    adapt: Callable[[dict[str, Any]], dict[str, Any] | None]
    progress: Callable[[], StreamProgress] | None = None


# A stream whose operation names no rule: a last item with a ``usage`` ends it (a summary comes last); a whole
# answer is taken as the one item it is.
DEFAULT_STREAM = StreamRule(
    "[DONE]",
    complete=lambda last, request_body: getattr(last, "usage", None) is not None,
    adapt=lambda parsed: parsed,
)

_REGISTRY: dict[tuple[str, str], object] = {}
T = TypeVar("T")


def register(kind: Kind, name: str, behaviour: T) -> T:
    """Register ``behaviour`` as the ``kind`` named ``name`` (called by the module that defines it)."""
    key = (kind, name)
    if key in _REGISTRY and _REGISTRY[key] is not behaviour:
        raise ValueError(f"x-sdk {kind} {name!r} is registered twice")
    _REGISTRY[key] = behaviour
    return behaviour


def behaviour(kind: Kind, name: str) -> Any:
    """The ``kind`` named ``name``, its module imported on first use; ``LookupError`` naming what is missing."""
    found = _REGISTRY.get((kind, name))
    if found is None:
        from wushuang._generated.operations import BEHAVIOUR_MODULES

        module = BEHAVIOUR_MODULES.get(name)
        if module is None:
            raise LookupError(f"x-sdk {kind} {name!r}: the spec's x-sdk-behaviours names no module for it")
        importlib.import_module(f"wushuang.{module}")
        found = _REGISTRY.get((kind, name))
        if found is None:
            raise LookupError(f"x-sdk {kind} {name!r}: wushuang.{module} registers no {kind} of that name")
    return found
