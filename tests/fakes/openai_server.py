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
import time
import uuid
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import SplitResult

from tests.fakes.http import RecordedRequest as RecordedRequest
from tests.fakes.http import ScriptedAPIFake, ScriptedAPIHandler

CREATED = 1_700_000_000
CHUNK = "chat.completion.chunk"

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


class FakeOpenAIServer(ScriptedAPIFake):
    """Serves `/v1/chat/completions` and `/v1/models` on 127.0.0.1 with an ephemeral port."""

    def __init__(
        self, *, api_key: str = "sk-fake-openai-key", models: Sequence[str] = ("gpt-4o-mini",)
    ) -> None:
        super().__init__(_Handler, api_key=api_key, models=models)
        self.send_usage = True

    @property
    def base_url(self) -> str:
        """The base URL to give an OpenAI client (ends in /v1)."""
        return f"{self.origin}/v1"


class _Handler(ScriptedAPIHandler[FakeOpenAIServer]):
    server_version = "fake-openai"
    default_messages = DEFAULT_MESSAGES

    # --- request handling ---------------------------------------------------------------------

    def _route(
        self, method: str, url: SplitResult, headers: dict[str, str], body: dict[str, Any] | None
    ) -> None:
        path = url.path
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
        if not self._start_stream():
            return
        extra = {"usage": None} if usage else {}
        self._sse(
            _chunk(
                chunk_id, model, {"role": "assistant", "content": "", "refusal": None}, None, extra
            )
        )

        def send(piece: str) -> None:
            self._sse(_chunk(chunk_id, model, {"content": piece}, None, extra))

        if not self._stream_pieces(pieces, send):
            return
        self._sse(_chunk(chunk_id, model, {}, finish, extra))
        if usage:
            self._sse(_usage_chunk(chunk_id, model, prompt, len(pieces)))
        self.write_sse("[DONE]")
        self.end_chunks()

    def _send_stream_error(self) -> None:
        self._sse(error_body(500, DEFAULT_MESSAGES[500]))

    def _sse(self, payload: dict[str, Any]) -> None:
        self.write_sse(json.dumps(payload))

    # --- low-level output ---------------------------------------------------------------------

    def _request_id(self, payload: Mapping[str, Any]) -> str:
        return f"req_{uuid.uuid4().hex}"

    def _send_error(self, status: int, message: str, *, with_code: bool = True) -> None:
        body = error_body(status, message)
        if not with_code:
            body["error"]["code"] = None
        self._send_json(status, body)


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


def _envelope(kind: str, response_id: str, model: str) -> dict[str, Any]:
    """The fields every chat completion and chunk starts with, in the real API's order."""
    return {
        "id": response_id,
        "object": kind,
        "created": int(time.time()),
        "model": model,
        "system_fingerprint": "fp_fake",
    }


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _chunk(
    chunk_id: str, model: str, delta: dict[str, Any], finish: str | None, extra: dict[str, Any]
) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
    return {**_envelope(CHUNK, chunk_id, model), "choices": [choice], **extra}


def _usage_chunk(chunk_id: str, model: str, prompt: int, completion: int) -> dict[str, Any]:
    return {**_envelope(CHUNK, chunk_id, model), "choices": [], "usage": _usage(prompt, completion)}


def _completion(model: str, pieces: list[str], finish: str, prompt: int) -> dict[str, Any]:
    message = {"role": "assistant", "content": "".join(pieces), "refusal": None}
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": finish}
    return {
        **_envelope("chat.completion", f"chatcmpl-{uuid.uuid4().hex[:24]}", model),
        "choices": [choice],
        "usage": _usage(prompt, len(pieces)),
    }
