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
import socket
import threading
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

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


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


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


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeAnthropicServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet: clients hanging up mid-response are part of the tests."""


class FakeAnthropicServer:
    """Serves `/v1/messages` and `/v1/models` on 127.0.0.1 with an ephemeral port."""

    def __init__(
        self,
        *,
        api_key: str = "sk-ant-fake-key",
        models: Sequence[str] = DEFAULT_MODELS,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.api_key = api_key
        self.models = list(models)
        self.aliases = dict(DEFAULT_ALIASES if aliases is None else aliases)
        self.chunks: list[str] = ["Hello", ", ", "world", "!"]
        self.fail_status: int | None = None
        self.fail_message: str | None = None
        self.header_delay = 0.0
        self.first_chunk_delay = 0.0
        self.drop_after: int | None = None
        self.error_after: int | None = None
        self.stream_error_type = "overloaded_error"
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port the server listens on."""
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """The base URL to give an Anthropic client."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeAnthropicServer:
        """Bind and serve in a daemon thread."""
        self._httpd = _HTTPServer(self)
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut short any scripted delays, and release the port."""
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeAnthropicServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def last_body(self) -> dict[str, Any]:
        """The JSON body of the most recent POST."""
        posts = [r for r in self.requests if r.method == "POST"]
        assert posts and posts[-1].body is not None, "no POST received"
        return posts[-1].body

    def resolve(self, model: str) -> str | None:
        """The model id an id or alias names, or None if unknown."""
        model = self.aliases.get(model, model)
        return model if model in self.models else None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-anthropic"
    timeout = 30
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log."""

    @property
    def fake(self) -> FakeAnthropicServer:
        return self.server.fake

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    # --- request handling ---------------------------------------------------------------------

    def _handle(self, method: str) -> None:
        body = self._read_body()
        url = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.requests.append(RecordedRequest(method, url.path, headers, body))
        try:
            if self._sleep(self.fake.header_delay):
                return self._drop()
            self._route(method, url.path, parse_qs(url.query), headers, body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _read_body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        if not length:
            return None
        raw = self.rfile.read(length)
        try:
            parsed = json.loads(raw)
        except ValueError:
            return {"__invalid_json__": raw.decode("utf-8", "replace")}
        return parsed if isinstance(parsed, dict) else {"__not_an_object__": parsed}

    def _route(
        self,
        method: str,
        path: str,
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: dict[str, Any] | None,
    ) -> None:
        if not self._headers_ok(headers):
            return
        if self.fake.fail_status is not None:
            status = self.fake.fail_status
            message = self.fake.fail_message or DEFAULT_MESSAGES.get(status, f"HTTP {status}")
            return self._send_error(status, message)
        if method == "GET" and path == "/v1/models":
            return self._list_models(query)
        if method == "GET" and path.startswith("/v1/models/"):
            return self._retrieve_model(path.removeprefix("/v1/models/"))
        if method == "POST" and path == "/v1/messages":
            return self._messages(body)
        self._send_error(404, "Not found")

    def _headers_ok(self, headers: dict[str, str]) -> bool:
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
        self._start_chunked()
        if self._sleep(self.fake.first_chunk_delay):
            return self._drop()
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
        for count, piece in enumerate(pieces):
            if self._interrupt(count):
                return
            delta = {"type": "text_delta", "text": piece}
            self._event(
                "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
            )
        if self._interrupt(len(pieces)):
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
        self._write_chunk(b"")

    def _interrupt(self, sent: int) -> bool:
        """Drop the connection or send an error event once `sent` text deltas went out."""
        if self.fake.drop_after is not None and sent >= self.fake.drop_after:
            self._drop()
            return True
        if self.fake.error_after is not None and sent >= self.fake.error_after:
            kind = self.fake.stream_error_type
            payload = {"type": "error", "error": {"type": kind, "message": kind.replace("_", " ")}}
            self._event("error", payload)
            self._write_chunk(b"")
            return True
        return False

    def _event(self, name: str, payload: dict[str, Any]) -> None:
        self._write_chunk(f"event: {name}\ndata: {json.dumps(payload)}\n\n".encode())

    # --- low-level output ---------------------------------------------------------------------

    def _sleep(self, seconds: float) -> bool:
        """Wait; return True if the server is stopping."""
        return seconds > 0 and self.fake.stopping.wait(seconds)

    def _start_chunked(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("request-id", f"req_{uuid.uuid4().hex[:24]}")
        self.end_headers()

    def _write_chunk(self, data: bytes) -> None:
        """Write one HTTP/1.1 chunk; an empty one ends the body."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header(
            "request-id", str(payload.get("request_id", f"req_{uuid.uuid4().hex[:24]}"))
        )
        if status == 429:
            self.send_header("retry-after", "1")
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: int, message: str) -> None:
        self._send_json(status, error_body(status, message))

    def _drop(self) -> None:
        """Cut the connection without finishing the response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


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
