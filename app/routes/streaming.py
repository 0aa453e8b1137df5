"""Relaying a chat answer to an HTTP client as server-sent events, and stopping it if they leave.

The chat service is synchronous (the model layer, SQLAlchemy), so each `next()` runs in a
worker thread and the event loop stays free. Starlette never closes a sync iterator whose
client went away, so `relay` does it: after each event it asks whether the client is still
there, and however it ends (done, disconnect, cancellation) it closes the stream, which stops
the model and saves what was written so far.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, TypeVar

import anyio
from fastapi import Request
from pydantic import BaseModel
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from app.coaching.chat import ChatEventOut, ChatStream

T = TypeVar("T")
Encoder = Callable[[ChatEventOut], Iterable[ServerSentEvent]]


async def in_thread(call: Callable[..., T], /, **kwargs: Any) -> T:
    """Run a blocking call (database, model) in a worker thread."""
    return await run_in_threadpool(call, **kwargs)


async def relay(
    request: Request,
    stream: ChatStream,
    encode: Encoder,
    closing: Iterable[ServerSentEvent] = (),
) -> AsyncIterator[ServerSentEvent]:
    """The stream's events as SSE, then `closing`; the stream is closed however this ends."""
    try:
        async for event in iterate_in_threadpool(stream):
            for message in encode(event):
                yield message
            if await request.is_disconnected():
                return
        for message in closing:
            yield message
    finally:
        # Shielded: a cancelled response (client gone) must still stop the model and save.
        with anyio.CancelScope(shield=True):
            await run_in_threadpool(stream.close)


def event_stream(
    request: Request,
    stream: ChatStream,
    encode: Encoder,
    *,
    closing: Iterable[ServerSentEvent] = (),
    sep: str | None = None,
) -> EventSourceResponse:
    """An SSE response relaying a chat stream; headers name the conversation and message."""
    headers = {
        "X-Conversation-Id": str(stream.conversation_id),
        "X-Message-Id": str(stream.question_id),
    }
    return EventSourceResponse(relay(request, stream, encode, closing), headers=headers, sep=sep)


def json_text(model: type[BaseModel]) -> dict[str, Any]:
    """JSON Schema for a string holding a model as JSON (an SSE `data` field)."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    # Nested models are referenced from the OpenAPI components, where the routes put them.
    schema.pop("$defs", None)
    return {"type": "string", "contentMediaType": "application/json", "contentSchema": schema}


def event_schema(events: dict[str, type[BaseModel]]) -> dict[str, Any]:
    """The schema of one typed SSE event (as OpenAPI before 3.2 reads a stream's `schema`)."""
    return {"oneOf": [
        {"type": "object", "required": ["event", "data"],
         "properties": {"event": {"const": name}, "data": json_text(model)}}
        for name, model in events.items()
    ]}
