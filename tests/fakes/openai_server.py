"""A protocol-faithful fake of the OpenAI REST API (chat completions and models), stdlib only.

Start it with `FakeOpenAIServer().start()` (or as a context manager); its `base_url` ends in
`/v1` like the real one. Script a test by setting attributes before the request:

- `chunks`: the text pieces streamed as content deltas (one piece counts as one token);
- `fail_status` / `fail_message`: answer every request with this HTTP error;
- `header_delay`: seconds to wait before the response headers;
- `first_chunk_delay`: seconds to wait after the headers, before the first SSE event;
- `drop_after`: close the socket mid-body after this many content chunks;
- `error_after`: send an in-stream `{"error": ...}` event after this many content chunks;
- `send_usage`: whether to honour `stream_options.include_usage`.

Every request is recorded in `requests` (method, path, lower-cased headers, JSON body).
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

CREATED = 1_700_000_000

# HTTP status -> (error type, error code) as the real API reports them.
ERROR_SHAPES: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "unsupported_country_region_territory"),
    404: ("invalid_request_error", "model_not_found"),
    422: ("invalid_request_error", None),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    502: ("server_error", None),
    503: ("server_error", None),
}
DEFAULT_MESSAGES: dict[int, str] = {
    400: "Invalid request.",
    403: "Country, region, or territory not supported",
    422: "Unprocessable request.",
    429: "Rate limit reached for requests",
    500: "The server had an error while processing your request. Sorry about that!",
    502: "Bad gateway.",
    503: "The engine is currently overloaded, please try again later",
}


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


def error_body(status: int, message: str) -> dict[str, Any]:
    """An error payload in OpenAI's shape."""
    kind, code = ERROR_SHAPES.get(
        status, ("server_error" if status >= 500 else "invalid_request_error", None)
    )
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def mask_key(key: str) -> str:
    """Mask a key the way the real API does in its 401 message."""
    return f"{key[:3]}{'*' * max(len(key) - 7, 0)}{key[-4:]}" if len(key) > 7 else "***"


def plan_reply(
    chunks: Sequence[str], max_tokens: int | None, stop: Sequence[str]
) -> tuple[list[str], str]:
    """Apply stop sequences and the token limit; return the pieces and the finish reason."""
    pieces: list[str] = []
    for chunk in chunks:
        hits = [chunk.index(s) for s in stop if s and s in chunk]
        if hits:
            if chunk[: min(hits)]:
                pieces.append(chunk[: min(hits)])
            return pieces, "stop"
        if max_tokens is not None and len(pieces) >= max_tokens:
            return pieces, "length"
        pieces.append(chunk)
    return pieces, "stop"


def count_prompt_tokens(messages: Any) -> int:
    """A rough prompt token count: words plus a few per message."""
    if not isinstance(messages, list):
        return 0
    return sum(len(str(m.get("content", "")).split()) + 4 for m in messages if isinstance(m, dict))


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, fake: FakeOpenAIServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet: clients hanging up mid-response are part of the tests."""


class FakeOpenAIServer:
    """Serves `/v1/chat/completions` and `/v1/models` on 127.0.0.1 with an ephemeral port."""

    def __init__(
        self, *, api_key: str = "sk-fake-openai-key", models: Sequence[str] = ("gpt-4o-mini",)
    ) -> None:
        self.api_key = api_key
        self.models = list(models)
        self.chunks: list[str] = ["Hello", ", ", "world", "!"]
        self.fail_status: int | None = None
        self.fail_message: str | None = None
        self.header_delay = 0.0
        self.first_chunk_delay = 0.0
        self.drop_after: int | None = None
        self.error_after: int | None = None
        self.send_usage = True
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
        """The base URL to give an OpenAI client (ends in /v1)."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAIServer:
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

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def last_body(self) -> dict[str, Any]:
        """The JSON body of the most recent POST."""
        posts = [r for r in self.requests if r.method == "POST"]
        assert posts and posts[-1].body is not None, "no POST received"
        return posts[-1].body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-openai"
    timeout = 30
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the default stderr access log."""

    @property
    def fake(self) -> FakeOpenAIServer:
        return self.server.fake

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    # --- request handling ---------------------------------------------------------------------

    def _handle(self, method: str) -> None:
        body = self._read_body()
        path = urlsplit(self.path).path
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.requests.append(RecordedRequest(method, path, headers, body))
        try:
            if self._sleep(self.fake.header_delay):
                return self._drop()
            self._route(method, path, headers, body)
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
        self, method: str, path: str, headers: dict[str, str], body: dict[str, Any] | None
    ) -> None:
        if not self._authorized(headers):
            return
        if self.fake.fail_status is not None:
            status = self.fake.fail_status
            message = self.fake.fail_message or DEFAULT_MESSAGES.get(status, f"HTTP {status}")
            return self._send_error(status, message)
        if method == "GET" and path == "/v1/models":
            return self._send_json(
                200, {"object": "list", "data": [_model(m) for m in self.fake.models]}
            )
        if method == "GET" and path.startswith("/v1/models/"):
            return self._retrieve_model(path.removeprefix("/v1/models/"))
        if method == "POST" and path == "/v1/chat/completions":
            return self._chat(body)
        self._send_error(404, f"Invalid URL ({method} {path})", with_code=False)

    def _authorized(self, headers: dict[str, str]) -> bool:
        auth = headers.get("authorization", "")
        if not auth.startswith("Bearer ") or not auth.removeprefix("Bearer ").strip():
            self._send_error(
                401,
                "You didn't provide an API key. You need to provide your API key in an "
                "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
                with_code=False,
            )
            return False
        key = auth.removeprefix("Bearer ").strip()
        if key != self.fake.api_key:
            self._send_error(
                401,
                f"Incorrect API key provided: {mask_key(key)}. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
            )
            return False
        return True

    def _retrieve_model(self, model: str) -> None:
        if model in self.fake.models:
            return self._send_json(200, _model(model))
        self._send_error(404, f"The model '{model}' does not exist")

    def _chat(self, body: dict[str, Any] | None) -> None:
        problem = _validate_chat(body)
        if problem:
            return self._send_error(400, problem, with_code=False)
        assert body is not None
        if body["model"] not in self.fake.models:
            return self._send_error(
                404, f"The model `{body['model']}` does not exist or you do not have access to it."
            )
        stop = body.get("stop") or []
        stops = [stop] if isinstance(stop, str) else list(stop)
        limit = body.get("max_completion_tokens") or body.get("max_tokens")
        pieces, finish = plan_reply(self.fake.chunks, limit, stops)
        prompt = count_prompt_tokens(body["messages"])
        if body.get("stream"):
            usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return self._stream(
                body["model"], pieces, finish, prompt, usage and self.fake.send_usage
            )
        self._send_json(200, _completion(body["model"], pieces, finish, prompt))

    # --- streaming ----------------------------------------------------------------------------

    def _stream(self, model: str, pieces: list[str], finish: str, prompt: int, usage: bool) -> None:
        chunk_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        self._start_chunked("text/event-stream; charset=utf-8")
        if self._sleep(self.fake.first_chunk_delay):
            return self._drop()
        extra = {"usage": None} if usage else {}
        self._sse(
            _chunk(
                chunk_id, model, {"role": "assistant", "content": "", "refusal": None}, None, extra
            )
        )
        for count, piece in enumerate(pieces):
            if self._interrupt(count):
                return
            self._sse(_chunk(chunk_id, model, {"content": piece}, None, extra))
        if self._interrupt(len(pieces)):
            return
        self._sse(_chunk(chunk_id, model, {}, finish, extra))
        if usage:
            self._sse(_usage_chunk(chunk_id, model, prompt, len(pieces)))
        self._write_chunk(b"data: [DONE]\n\n")
        self._write_chunk(b"")

    def _interrupt(self, sent: int) -> bool:
        """Drop the connection or send an error event once `sent` content chunks went out."""
        if self.fake.drop_after is not None and sent >= self.fake.drop_after:
            self._drop()
            return True
        if self.fake.error_after is not None and sent >= self.fake.error_after:
            message = DEFAULT_MESSAGES[500]
            self._sse(error_body(500, message))
            self._write_chunk(b"")
            return True
        return False

    def _sse(self, payload: dict[str, Any]) -> None:
        self._write_chunk(f"data: {json.dumps(payload)}\n\n".encode())

    # --- low-level output ---------------------------------------------------------------------

    def _sleep(self, seconds: float) -> bool:
        """Wait; return True if the server is stopping."""
        return seconds > 0 and self.fake.stopping.wait(seconds)

    def _start_chunked(self, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex}")
        self.end_headers()

    def _write_chunk(self, data: bytes) -> None:
        """Write one HTTP/1.1 chunk; an empty one ends the body."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _send_json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_{uuid.uuid4().hex}")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_error(self, status: int, message: str, *, with_code: bool = True) -> None:
        body = error_body(status, message)
        if not with_code:
            body["error"]["code"] = None
        headers = {"retry-after": "1"} if status == 429 else {}
        self._send_json(status, body, headers)

    def _drop(self) -> None:
        """Cut the connection without finishing the response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _validate_chat(body: dict[str, Any] | None) -> str:
    """The real API's complaint about a malformed chat request, or ''."""
    if body is None or "__invalid_json__" in body or "__not_an_object__" in body:
        return "We could not parse the JSON body of your request."
    if not body.get("model"):
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "[] is too short - 'messages'"
    if body.get("stream_options") is not None and not body.get("stream"):
        return "The 'stream_options' parameter is only allowed when 'stream' is enabled."
    roles = {"system", "developer", "user", "assistant", "tool", "function"}
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in roles:
            return f"Invalid value for 'messages[{index}].role'."
    return ""


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": CREATED, "owned_by": "system"}


def _chunk(
    chunk_id: str, model: str, delta: dict[str, Any], finish: str | None, extra: dict[str, Any]
) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [choice],
        **extra,
    }


def _usage_chunk(chunk_id: str, model: str, prompt: int, completion: int) -> dict[str, Any]:
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [],
        "usage": usage,
    }


def _completion(model: str, pieces: list[str], finish: str, prompt: int) -> dict[str, Any]:
    completion = len(pieces)
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "".join(pieces), "refusal": None},
                "logprobs": None,
                "finish_reason": finish,
            }
        ],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        },
    }
