"""A protocol-faithful fake Ollama HTTP server for tests, built on the standard library only.

It speaks Ollama's wire format on 127.0.0.1 with an ephemeral port: `POST /api/chat` (NDJSON
over chunked transfer encoding when streaming, one JSON object when `"stream": false`),
`POST /api/embed`, `GET /api/tags`, `GET /api/version`, `POST /api/show` and `GET /`. Errors
have Ollama's shape, `{"error": "..."}`, and a model that is not installed gets Ollama's 404.

Behaviour is scripted through attributes a test may change at any time (installed models, the
reply and its chunks, an HTTP failure, a slow first token, a stall or an error mid-stream), and
every request body is recorded so tests can assert on `keep_alive` and `options`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import socket
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.http import FakeHandler, FakeServer

CHAT_NOT_FOUND = 'model "{name}" not found, try pulling it first'
SHOW_NOT_FOUND = "model '{name}' not found"
RUNNER_CRASHED = "llama runner process has terminated: exit status 2"
DEFAULT_MODELS = ("llama3.1:8b", "nomic-embed-text")
DEFAULT_REPLY = "The sky looks blue because air scatters short wavelengths the most."
JSON_TYPE = "application/json; charset=utf-8"
NDJSON_TYPE = "application/x-ndjson"
ROUTES: dict[str, frozenset[str]] = {
    "/": frozenset({"GET", "HEAD"}),
    "/api/version": frozenset({"GET", "HEAD"}),
    "/api/tags": frozenset({"GET", "HEAD"}),
    "/api/chat": frozenset({"POST"}),
    "/api/embed": frozenset({"POST"}),
    "/api/show": frozenset({"POST"}),
}
EPOCH = datetime(2025, 1, 6, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received; `body` is the parsed JSON body or None."""

    method: str
    path: str
    body: Any


def canonical(name: str) -> str:
    """Ollama's full name for a model: lower-cased, with the implicit `:latest` tag spelled out."""
    last = name.rsplit("/", 1)[-1]
    return (name if ":" in last else f"{name}:latest").lower()


def timestamp(moment: datetime | None = None) -> str:
    """An RFC 3339 UTC timestamp as Ollama writes it."""
    return (moment or datetime.now(UTC)).isoformat().replace("+00:00", "Z")


def normalize(vector: Sequence[float]) -> list[float]:
    """Scale a vector to unit length, as Ollama does for embeddings."""
    norm = max(math.sqrt(sum(v * v for v in vector)), 1e-12)
    return [v / norm for v in vector]


def fake_vector(model: str, text: str, dimension: int) -> list[float]:
    """A deterministic unit vector derived from a SHA-256 hash of the model and the text."""
    values: list[float] = []
    counter = 0
    while len(values) < dimension:
        digest = hashlib.sha256(f"{canonical(model)}\0{text}\0{counter}".encode()).digest()
        values.extend(word / 2**31 - 1.0 for word in struct.unpack(">8I", digest))
        counter += 1
    return normalize(values[:dimension])


def split_reply(reply: str) -> list[str]:
    """Split a reply into token-like pieces that keep their leading whitespace."""
    return re.findall(r"\s*\S+|\s+$", reply)


def word_count(messages: Iterable[Any]) -> int:
    """The fake's prompt token count: the number of words in the messages' contents."""
    return sum(len(str(m.get("content", "")).split()) for m in messages if isinstance(m, dict))


def compact_json(payload: Any) -> bytes:
    """JSON as Go's encoder writes it: no spaces after separators, UTF-8 left unescaped."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def unused_port() -> int:
    """A local TCP port with nothing listening on it (for connection-refused tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def is_embedding_model(name: str) -> bool:
    """Whether the fake treats a model as an embedding model (its name mentions "embed")."""
    return "embed" in name.lower()


def model_details(name: str) -> dict[str, Any]:
    """The `details` object Ollama reports for a model."""
    family = "nomic-bert" if is_embedding_model(name) else "llama"
    return {
        "parent_model": "",
        "format": "gguf",
        "family": family,
        "families": [family],
        "parameter_size": "137M" if is_embedding_model(name) else "8.0B",
        "quantization_level": "F16" if is_embedding_model(name) else "Q4_K_M",
    }


def tag_entry(name: str, position: int) -> dict[str, Any]:
    """One model as `GET /api/tags` lists it."""
    full = canonical(name)
    digest = hashlib.sha256(full.encode()).hexdigest()
    return {
        "name": full,
        "model": full,
        "modified_at": timestamp(EPOCH - timedelta(hours=position)),
        "size": int(digest[:8], 16) % 5_000_000_000 + 200_000_000,
        "digest": digest,
        "details": model_details(name),
    }


def chat_chunk(model: str, content: str) -> dict[str, Any]:
    """A streamed, not-yet-done `/api/chat` object."""
    return {
        "model": model,
        "created_at": timestamp(),
        "message": {"role": "assistant", "content": content},
        "done": False,
    }


def chat_final(
    model: str, content: str, reason: str, prompt_tokens: int, eval_tokens: int
) -> dict[str, Any]:
    """The last `/api/chat` object, with `done_reason` and the timing and token statistics."""
    return {
        "model": model,
        "created_at": timestamp(),
        "message": {"role": "assistant", "content": content},
        "done_reason": reason,
        "done": True,
        "total_duration": 912_345_678 + 20_000_000 * eval_tokens,
        "load_duration": 12_345_678,
        "prompt_eval_count": prompt_tokens,
        "prompt_eval_duration": 150_000_000,
        "eval_count": eval_tokens,
        "eval_duration": 20_000_000 * eval_tokens,
    }


def embed_inputs(raw: Any) -> list[str] | None:
    """The texts of an `/api/embed` `input` (a string or a list of strings); None if invalid."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw] if raw else []
    if isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        return list(raw)
    return None


class FakeOllama(FakeServer[RecordedRequest]):
    """A scriptable fake Ollama server running in a background thread.

    Use it as a context manager (`with FakeOllama() as fake:`) or call `start()` and `stop()`.
    Attributes that script its behaviour, all changeable while it runs:

    - `models`: installed model names (`"nomic-embed-text"` is listed as `...:latest`);
    - `reply` / `chunks`: the assistant's answer; `chunks` overrides the word-split `reply`;
    - `fail_status`: answer `/api/chat` and `/api/embed` with this HTTP status and
      `{"error": fail_message}` (the tags, version and show endpoints keep working);
    - `first_token_delay`: seconds to wait before the first byte of an inference answer;
    - `stall_after` / `stall_seconds`: after that many chunks, go silent for that long;
    - `error_after`: after that many chunks, send an in-stream `{"error": ...}` line and end;
    - `not_found_message`: the 404 text for a missing model on chat and embed (`{name}` is
      replaced); the default is Ollama's `model "<name>" not found, try pulling it first`;
    - `embedding_dimension`, `version`.

    Token accounting: `eval_count` is the number of chunks sent, `prompt_eval_count` the number
    of words in the request's messages. `options.num_predict` caps the chunks, and the answer
    then ends with `done_reason: "length"`.
    """

    def __init__(
        self,
        *,
        models: Iterable[str] = DEFAULT_MODELS,
        reply: str = DEFAULT_REPLY,
        embedding_dimension: int = 8,
    ) -> None:
        super().__init__(_Handler)
        self.models: list[str] = list(models)
        self.reply = reply
        self.chunks: list[str] | None = None
        self.fail_status: int | None = None
        self.fail_message = RUNNER_CRASHED
        self.first_token_delay = 0.0
        self.stall_after: int | None = None
        self.stall_seconds = 30.0
        self.error_after: int | None = None
        self.not_found_message = CHAT_NOT_FOUND
        self.embedding_dimension = embedding_dimension
        self.version = "0.6.2"

    @property
    def url(self) -> str:
        """The base URL to give an Ollama client, e.g. `http://127.0.0.1:54321`."""
        return self.origin

    # inspection ----------------------------------------------------------------------------

    def record(self, method: str, path: str, body: Any) -> None:
        """Remember one received request."""
        self.remember(RecordedRequest(method, path, body))

    def bodies(self, path: str) -> list[Any]:
        """The bodies of all requests received on `path`, oldest first."""
        return [r.body for r in self.recorded() if r.path == path]

    def last_body(self, path: str) -> Any:
        """The body of the latest request on `path`."""
        found = self.bodies(path)
        if not found:
            raise AssertionError(f"no request was made to {path}")
        return found[-1]

    def count(self, path: str) -> int:
        """How many requests were made to `path`."""
        return len(self.bodies(path))

    # behaviour -----------------------------------------------------------------------------

    def has_model(self, name: str) -> bool:
        """Whether `name` (with or without `:latest`) is installed."""
        wanted = canonical(name)
        return any(canonical(m) == wanted for m in self.models)

    def pieces(self, options: Mapping[str, Any]) -> tuple[list[str], str]:
        """The chunks to send for one answer and its `done_reason`, honouring `num_predict`."""
        pieces = list(self.chunks) if self.chunks is not None else split_reply(self.reply)
        limit = options.get("num_predict")
        if isinstance(limit, int) and 0 <= limit < len(pieces):
            return pieces[:limit], "length"
        return pieces, "stop"


class _Handler(FakeHandler[FakeOllama]):
    """Serves Ollama's API from the `FakeOllama` the server belongs to."""

    def send_response(self, code: int, message: str | None = None) -> None:
        """Send the status line and a Date header (Ollama sends no Server header)."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def do_GET(self) -> None:
        self.dispatch()

    def do_HEAD(self) -> None:
        self.dispatch()

    def do_POST(self) -> None:
        self.dispatch()

    def do_PUT(self) -> None:
        self.dispatch()

    def do_DELETE(self) -> None:
        self.dispatch()

    # routing -------------------------------------------------------------------------------

    def dispatch(self) -> None:
        """Route one request, as Ollama's router does (404 and 405 in plain text)."""
        path = self.path.split("?", 1)[0]
        body = self.read_json() if self.command in {"POST", "PUT", "DELETE"} else None
        allowed = ROUTES.get(path)
        if allowed is None:
            self.send_text(404, "404 page not found")
            return
        if self.command not in allowed:
            self.send_text(405, "405 method not allowed")
            return
        self.fake.record(self.command, path, body)
        try:
            self.route(path, body)
        except OSError:
            self.close_connection = True

    def route(self, path: str, body: Any) -> None:
        """Call the endpoint for `path`."""
        if path == "/":
            self.send_text(200, "Ollama is running")
        elif path == "/api/version":
            self.send_json(200, {"version": self.fake.version})
        elif path == "/api/tags":
            listed = [tag_entry(m, i) for i, m in enumerate(self.fake.models)]
            self.send_json(200, {"models": listed})
        elif not isinstance(body, dict):
            self.send_json(400, {"error": body if isinstance(body, str) else "invalid request"})
        elif path == "/api/chat":
            self.chat(body)
        elif path == "/api/embed":
            self.embed(body)
        else:
            self.show(body)

    def read_json(self) -> Any:
        """The parsed body; an error string when it is missing or not JSON."""
        raw = self.read_raw_body()
        if not raw:
            return "missing request body"
        try:
            return json.loads(raw)
        except ValueError as exc:
            return f"invalid character in request body: {exc}"

    # endpoints -----------------------------------------------------------------------------

    def model_error(self, name: str) -> bool:
        """Answer for a missing or unnamed model, or a scripted failure; True if answered."""
        if not name:
            self.send_json(400, {"error": "model is required"})
        elif not self.fake.has_model(name):
            self.send_json(404, {"error": self.fake.not_found_message.format(name=name)})
        elif self.fake.fail_status is not None:
            self.send_json(self.fake.fail_status, {"error": self.fake.fail_message})
        else:
            return False
        return True

    def chat(self, body: dict[str, Any]) -> None:
        """`POST /api/chat`: streamed NDJSON unless `"stream": false`."""
        name = str(body.get("model") or "")
        if self.model_error(name):
            return
        messages = body.get("messages") or []
        if not messages:
            self.send_json(200, {**chat_chunk(name, ""), "done_reason": "load", "done": True})
            return
        options = body.get("options") or {}
        pieces, reason = self.fake.pieces(options if isinstance(options, dict) else {})
        prompt_tokens = word_count(messages)
        self.fake.pause(self.fake.first_token_delay)
        if body.get("stream", True) is False:
            final = chat_final(name, "".join(pieces), reason, prompt_tokens, len(pieces))
            self.send_json(200, final)
            return
        self.stream_chat(name, pieces, reason, prompt_tokens)

    def stream_chat(self, name: str, pieces: list[str], reason: str, prompt_tokens: int) -> None:
        """Send the chunks, then the final statistics object, honouring stalls and errors."""
        self.start_chunked(NDJSON_TYPE)
        for index in range(len(pieces) + 1):
            if index == self.fake.stall_after:
                self.fake.pause(self.fake.stall_seconds)
            if index == self.fake.error_after:
                self.write_line({"error": self.fake.fail_message})
                break
            if index < len(pieces):
                self.write_line(chat_chunk(name, pieces[index]))
            else:
                self.write_line(chat_final(name, "", reason, prompt_tokens, len(pieces)))
        self.end_chunks()

    def embed(self, body: dict[str, Any]) -> None:
        """`POST /api/embed`: one unit vector per input text."""
        name = str(body.get("model") or "")
        if self.model_error(name):
            return
        texts = embed_inputs(body.get("input"))
        if texts is None:
            self.send_json(400, {"error": "invalid input type"})
            return
        self.fake.pause(self.fake.first_token_delay)
        if not texts:
            self.send_json(200, {"model": name, "embeddings": []})
            return
        dimension = self.fake.embedding_dimension
        vectors = [fake_vector(name, text, dimension) for text in texts]
        wanted = body.get("dimensions")
        if isinstance(wanted, int) and 0 < wanted < dimension:
            vectors = [normalize(v[:wanted]) for v in vectors]
        self.send_json(
            200,
            {
                "model": name,
                "embeddings": vectors,
                "total_duration": 14_143_917,
                "load_duration": 1_019_500,
                "prompt_eval_count": sum(len(text.split()) for text in texts),
            },
        )

    def show(self, body: dict[str, Any]) -> None:
        """`POST /api/show`: details, template, parameters, model info and capabilities."""
        name = str(body.get("model") or body.get("name") or "")
        if not name:
            self.send_json(400, {"error": "model is required"})
            return
        if not self.fake.has_model(name):
            self.send_json(404, {"error": SHOW_NOT_FOUND.format(name=name)})
            return
        details = model_details(name)
        family = details["family"]
        embedding = is_embedding_model(name)
        self.send_json(
            200,
            {
                "license": "",
                "modelfile": f'# Modelfile generated by "ollama show"\nFROM {canonical(name)}\n',
                "parameters": 'stop                           "<|eot_id|>"',
                "template": "{{ .Prompt }}",
                "details": details,
                "model_info": {
                    "general.architecture": family,
                    f"{family}.context_length": 8192,
                    f"{family}.embedding_length": self.fake.embedding_dimension,
                },
                "capabilities": ["embedding"] if embedding else ["completion", "tools"],
                "modified_at": timestamp(EPOCH),
            },
        )

    # wire helpers --------------------------------------------------------------------------

    def send_text(self, status: int, text: str) -> None:
        """A plain-text answer with a Content-Length."""
        self.send_body(status, "text/plain; charset=utf-8", text.encode())

    def send_json(self, status: int, payload: Any) -> None:
        """A JSON answer with a Content-Length, as Gin's `c.JSON` writes it."""
        self.send_body(status, JSON_TYPE, compact_json(payload))

    def write_line(self, payload: Any) -> None:
        """One NDJSON line as one HTTP chunk, flushed at once."""
        self.write_chunk(compact_json(payload) + b"\n")
