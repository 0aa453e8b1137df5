"""A protocol-faithful fake of the Anthropic Messages and Models APIs, stdlib only.

Start it with `FakeAnthropicServer().start()` (or as a context manager); give an Anthropic
client its `base_url` (no `/v1`, the SDK adds it). It checks the API key (`x-api-key` or
`Authorization: Bearer`) and `anthropic-version` like the real API. Script a test by setting
attributes:

- `chunks`: the text pieces streamed as `text_delta`s (one piece counts as one token);
- `fail_status` / `fail_message`: answer every authenticated request with this HTTP error;
- `header_delay`: seconds to wait before the response headers;
- `first_chunk_delay`: seconds to wait after the headers, before `message_start`;
- `drop_after`: close the socket mid-body after this many text deltas;
- `error_after`: send an `event: error` (`stream_error_type`) after this many text deltas.

Every request is recorded in `requests` (method, path, lower-cased headers, JSON body).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import SplitResult, parse_qs

from tests.fakes.http import RecordedRequest as RecordedRequest
from tests.fakes.http import ScriptedAPIFake, ScriptedAPIHandler

ERROR_TYPES: dict[int, str] = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}
DEFAULT_MESSAGES: dict[int, str] = {
    400: "Invalid request",
    401: "invalid x-api-key",
    403: "Your API key does not have permission to use the specified resource.",
    413: "Request exceeds the maximum allowed number of bytes.",
    429: "Number of request tokens has exceeded your per-minute rate limit",
    500: "Internal server error",
    529: "Overloaded",
}
DEFAULT_MODELS = ("claude-haiku-4-5-20251001", "claude-sonnet-4-5-20250929")
DEFAULT_ALIASES = {"claude-haiku-4-5": "claude-haiku-4-5-20251001"}


def error_body(status: int, message: str, kind: str | None = None) -> dict[str, Any]:
    """An error payload in Anthropic's shape."""
    kind = kind or ERROR_TYPES.get(
        status, "api_error" if status >= 500 else "invalid_request_error"
    )
    return {
        "type": "error",
        "error": {"type": kind, "message": message},
        "request_id": f"req_{uuid.uuid4().hex[:24]}",
    }


def sent_key(headers: Mapping[str, str]) -> str:
    """The API key a request carries: `x-api-key`, or a Bearer token (newer SDKs send that)."""
    bearer = headers.get("authorization", "")
    return headers.get("x-api-key") or bearer.removeprefix("Bearer ").strip()


def plan_reply(
    chunks: Sequence[str], max_tokens: int, stop: Sequence[str]
) -> tuple[list[str], str, str | None]:
    """Apply stop sequences and max_tokens; return pieces, stop_reason and the matched stop."""
    pieces: list[str] = []
    for chunk in chunks:
        hits = sorted((chunk.index(s), s) for s in stop if s and s in chunk)
        if hits:
            if chunk[: hits[0][0]]:
                pieces.append(chunk[: hits[0][0]])
            return pieces, "stop_sequence", hits[0][1]
        if len(pieces) >= max_tokens:
            return pieces, "max_tokens", None
        pieces.append(chunk)
    return pieces, "end_turn", None


def count_input_tokens(system: Any, messages: list[Any]) -> int:
    """A rough input token count: words plus a few per message."""
    text = system if isinstance(system, str) else json.dumps(system or "")
    words = len(text.split()) if system else 0
    return words + sum(len(str(m.get("content", "")).split()) + 4 for m in messages)


class FakeAnthropicServer(ScriptedAPIFake):
    """Serves `/v1/messages` and `/v1/models` on 127.0.0.1 with an ephemeral port."""

    def __init__(
        self,
        *,
        api_key: str = "sk-ant-fake-key",
        models: Sequence[str] = DEFAULT_MODELS,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(_Handler, api_key=api_key, models=models)
        self.aliases = dict(DEFAULT_ALIASES if aliases is None else aliases)
        self.stream_error_type = "overloaded_error"

    @property
    def base_url(self) -> str:
        """The base URL to give an Anthropic client."""
        return self.origin

    def resolve(self, model: str) -> str | None:
        """The model id an id or alias names, or None if unknown."""
        model = self.aliases.get(model, model)
        return model if model in self.models else None


class _Handler(ScriptedAPIHandler[FakeAnthropicServer]):
    server_version = "fake-anthropic"
    default_messages = DEFAULT_MESSAGES
    request_id_header = "request-id"

    # --- request handling ---------------------------------------------------------------------

    def _route(
        self, method: str, url: SplitResult, headers: dict[str, str], body: dict[str, Any] | None
    ) -> None:
        path = url.path
        if method == "GET" and path == "/v1/models":
            return self._list_models(parse_qs(url.query))
        if method == "GET" and path.startswith("/v1/models/"):
            return self._retrieve_model(path.removeprefix("/v1/models/"))
        if method == "POST" and path == "/v1/messages":
            return self._messages(body)
        self._send_error(404, "Not found")

    def _authorized(self, headers: dict[str, str]) -> bool:
        key = sent_key(headers)
        if not key:
            self._send_error(401, "x-api-key header is required")
            return False
        if key != self.fake.api_key:
            self._send_error(401, "invalid x-api-key")
            return False
        if not headers.get("anthropic-version"):
            self._send_error(400, "anthropic-version: header is required")
            return False
        return True

    def _list_models(self, query: dict[str, list[str]]) -> None:
        ids = list(self.fake.models)
        after = (query.get("after_id") or [""])[0]
        if after in ids:
            ids = ids[ids.index(after) + 1 :]
        limit = int((query.get("limit") or ["20"])[0])
        page = ids[:limit]
        self._send_json(
            200,
            {
                "data": [_model(m) for m in page],
                "has_more": len(ids) > limit,
                "first_id": page[0] if page else None,
                "last_id": page[-1] if page else None,
            },
        )

    def _retrieve_model(self, model: str) -> None:
        resolved = self.fake.resolve(model)
        if resolved is None:
            return self._send_error(404, f"model: {model}")
        self._send_json(200, _model(resolved))

    def _messages(self, body: dict[str, Any] | None) -> None:
        problem = _validate_messages(body)
        if problem:
            return self._send_error(400, problem)
        assert body is not None
        model = self.fake.resolve(body["model"])
        if model is None:
            return self._send_error(404, f"model: {body['model']}")
        plan = plan_reply(self.fake.chunks, body["max_tokens"], body.get("stop_sequences") or [])
        prompt = count_input_tokens(body.get("system"), body["messages"])
        if body.get("stream"):
            return self._stream(model, plan, prompt)
        self._send_json(200, _message(model, plan, prompt))

    # --- streaming ----------------------------------------------------------------------------

    def _stream(self, model: str, plan: tuple[list[str], str, str | None], prompt: int) -> None:
        pieces, stop_reason, stop_sequence = plan
        if not self._start_stream():
            return
        start = _message(model, ([], "", None), prompt)
        start.update(stop_reason=None, content=[])
        start["usage"]["output_tokens"] = 1
        self._event("message_start", {"type": "message_start", "message": start})
        block = {"type": "text", "text": ""}
        self._event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": block},
        )
        self._event("ping", {"type": "ping"})

        def send(piece: str) -> None:
            delta = {"type": "text_delta", "text": piece}
            self._event(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )

        if not self._stream_pieces(pieces, send):
            return
        self._event("content_block_stop", {"type": "content_block_stop", "index": 0})
        self._event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": stop_sequence},
                "usage": {"output_tokens": len(pieces)},
            },
        )
        self._event("message_stop", {"type": "message_stop"})
        self.end_chunks()

    def _send_stream_error(self) -> None:
        kind = self.fake.stream_error_type
        payload = {"type": "error", "error": {"type": kind, "message": kind.replace("_", " ")}}
        self._event("error", payload)

    def _event(self, name: str, payload: dict[str, Any]) -> None:
        self.write_sse(json.dumps(payload), event=name)

    # --- low-level output ---------------------------------------------------------------------

    def _request_id(self, payload: Mapping[str, Any]) -> str:
        # An error body carries its own request id; the header must repeat it.
        return str(payload.get("request_id", f"req_{uuid.uuid4().hex[:24]}"))

    def _send_error(self, status: int, message: str) -> None:
        self._send_json(status, error_body(status, message))


def _validate_messages(body: dict[str, Any] | None) -> str:
    """The real API's complaint about a malformed Messages request, or ''."""
    if body is None or "__invalid_json__" in body or "__not_an_object__" in body:
        return "There was an issue with the JSON body of your request."
    for required in ("model", "max_tokens", "messages"):
        if required not in body:
            return f"{required}: Field required"
    messages = body["messages"]
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for index, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role not in ("user", "assistant", "system"):
            return f"messages.{index}.role: Input should be 'user', 'assistant' or 'system'"
    if not isinstance(body["max_tokens"], int) or body["max_tokens"] < 1:
        return "max_tokens: Input should be greater than or equal to 1"
    return ""


def _model(model_id: str) -> dict[str, Any]:
    name = model_id.replace("-", " ").title()
    return {
        "type": "model",
        "id": model_id,
        "display_name": name,
        "created_at": "2024-10-22T00:00:00Z",
    }


def _message(model: str, plan: tuple[list[str], str, str | None], prompt: int) -> dict[str, Any]:
    pieces, stop_reason, stop_sequence = plan
    return {
        "id": f"msg_{uuid.uuid4().hex[:24]}",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": "".join(pieces)}],
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {
            "input_tokens": prompt,
            "output_tokens": len(pieces),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        },
    }
