"""The machinery the fake HTTP servers share, stdlib only.

`FakeServer` runs a `ThreadingHTTPServer` on 127.0.0.1 with an ephemeral port in a daemon
thread (start/stop or a context manager), records requests and offers delays that `stop()`
cuts short. `FakeHandler` is the request handler base: it reaches its fake as `self.fake` and
writes plain bodies, HTTP/1.1 chunks and server-sent events.

`ScriptedAPIFake` and `ScriptedAPIHandler` add what the hosted-API fakes (OpenAI, Anthropic)
have in common: an API key and model list, a scripted streamed reply, scripted HTTP failures,
delays before the headers and the first event, and a stream cut or errored after N pieces.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Generic, Self, TypeVar, cast
from urllib.parse import SplitResult, urlsplit

HOST = "127.0.0.1"
SSE_TYPE = "text/event-stream; charset=utf-8"
NO_HEADERS: Mapping[str, str] = {}

RequestT = TypeVar("RequestT")
FakeT = TypeVar("FakeT", bound="FakeServer[Any]")
APIFakeT = TypeVar("APIFakeT", bound="ScriptedAPIFake")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as a hosted-API fake received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None


def sse_event(data: str, event: str | None = None) -> bytes:
    """One server-sent event: an optional `event:` line, one `data:` line, a blank line."""
    name = f"event: {event}\n" if event else ""
    return f"{name}data: {data}\n\n".encode()


class _Server(ThreadingHTTPServer):
    """Serves one fake; tracks live connections so that `stop()` can cut keep-alive ones."""

    daemon_threads = True

    def __init__(self, fake: FakeServer[Any], handler: type[FakeHandler[Any]]) -> None:
        super().__init__((HOST, 0), handler)
        self.fake = fake
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()

    def track(self, connection: socket.socket, *, alive: bool) -> None:
        """Add or remove a live connection."""
        with self.connections_lock:
            if alive:
                self.connections.add(connection)
            else:
                self.connections.discard(connection)

    def drop_connections(self) -> None:
        """Shut down every live connection."""
        with self.connections_lock:
            live = list(self.connections)
        for connection in live:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about clients that went away (tests do that on purpose); report the rest."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class FakeServer(Generic[RequestT]):
    """A fake served from a background thread, with its requests recorded in `requests`."""

    def __init__(self, handler: type[FakeHandler[Any]]) -> None:
        self.requests: list[RequestT] = []
        # Set by stop() so that scripted delays and stalls end at once instead of hanging it.
        self.stopping = threading.Event()
        self._handler = handler
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> Self:
        """Start serving on an ephemeral port of 127.0.0.1 (a no-op if already serving)."""
        if self._server is not None:
            return self
        self.stopping.clear()
        self._server = _Server(self, self._handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut short any delays, drop open connections and release the port."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self.stopping.set()
        server.shutdown()
        server.drop_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server, self._thread = None, None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The port the fake listens on."""
        if self._server is None:
            raise RuntimeError(f"{type(self).__name__} is not running")
        return int(self._server.server_address[1])

    @property
    def origin(self) -> str:
        """`http://127.0.0.1:<port>`, with no path."""
        return f"http://{HOST}:{self.port}"

    def remember(self, request: RequestT) -> None:
        """Record one received request."""
        with self._lock:
            self.requests.append(request)

    def recorded(self) -> list[RequestT]:
        """A snapshot of the recorded requests, oldest first."""
        with self._lock:
            return list(self.requests)

    def pause(self, seconds: float) -> bool:
        """Sleep up to `seconds`, waking early when the fake stops; True if it is stopping."""
        return seconds > 0 and self.stopping.wait(seconds)


class FakeHandler(BaseHTTPRequestHandler, Generic[FakeT]):
    """Handles one connection for the fake that owns the server."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, alive=True)

    def finish(self) -> None:
        self.server.track(self.connection, alive=False)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output clean."""

    @property
    def fake(self) -> FakeT:
        """The fake this request is served for."""
        return cast(FakeT, self.server.fake)

    def read_raw_body(self) -> bytes | None:
        """The request body by its Content-Length; None when there is none."""
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    def send_body(
        self, status: int, content_type: str, data: bytes, headers: Mapping[str, str] = NO_HEADERS
    ) -> None:
        """A complete answer with a Content-Length (and no body for HEAD)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def start_chunked(
        self, content_type: str, headers: Mapping[str, str] = NO_HEADERS, *, no_cache: bool = False
    ) -> None:
        """The 200 headers of a body sent in chunked transfer encoding."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        if no_cache:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def write_chunk(self, data: bytes) -> None:
        """Write one HTTP/1.1 chunk and flush it; an empty one ends the body."""
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def end_chunks(self) -> None:
        """The terminating zero-length chunk."""
        self.write_chunk(b"")

    def write_sse(self, data: str, event: str | None = None) -> None:
        """One server-sent event as one chunk."""
        self.write_chunk(sse_event(data, event))

    def drop(self) -> None:
        """Cut the connection without finishing the response."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class ScriptedAPIFake(FakeServer[RecordedRequest]):
    """The key, models and scriptable behaviour the hosted-API fakes share."""

    def __init__(
        self, handler: type[ScriptedAPIHandler[Any]], *, api_key: str, models: Sequence[str]
    ) -> None:
        super().__init__(handler)
        self.api_key = api_key
        self.models = list(models)
        self.chunks: list[str] = ["Hello", ", ", "world", "!"]
        self.fail_status: int | None = None
        self.fail_message: str | None = None
        self.header_delay = 0.0
        self.first_chunk_delay = 0.0
        self.drop_after: int | None = None
        self.error_after: int | None = None

    @property
    def last_body(self) -> dict[str, Any]:
        """The JSON body of the most recent POST."""
        posts = [r for r in self.recorded() if r.method == "POST"]
        assert posts and posts[-1].body is not None, "no POST received"
        return posts[-1].body


class ScriptedAPIHandler(FakeHandler[APIFakeT]):
    """Records, authenticates and applies scripted failures before a hosted API's routes.

    Subclasses supply the API's own parts: `_authorized`, `_route`, `_send_error`,
    `_send_stream_error` and `_request_id`, plus the `default_messages` for scripted failures.
    """

    timeout = 30
    default_messages: ClassVar[Mapping[int, str]] = {}
    request_id_header: ClassVar[str] = "x-request-id"

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _handle(self, method: str) -> None:
        body = self._read_body()
        url = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.fake.remember(RecordedRequest(method, url.path, headers, body))
        try:
            if self.fake.pause(self.fake.header_delay):
                return self.drop()
            if self._authorized(headers) and not self._scripted_failure():
                self._route(method, url, headers, body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _read_body(self) -> dict[str, Any] | None:
        raw = self.read_raw_body()
        if raw is None:
            return None
        try:
            parsed = json.loads(raw)
        except ValueError:
            return {"__invalid_json__": raw.decode("utf-8", "replace")}
        return parsed if isinstance(parsed, dict) else {"__not_an_object__": parsed}

    def _scripted_failure(self) -> bool:
        """Answer with the scripted HTTP error, if one is set; True if answered."""
        status = self.fake.fail_status
        if status is None:
            return False
        message = self.fake.fail_message or self.default_messages.get(status, f"HTTP {status}")
        self._send_error(status, message)
        return True

    def _start_stream(self) -> bool:
        """Send the SSE headers, then wait `first_chunk_delay`; False if the stream was cut."""
        headers = {self.request_id_header: self._request_id({})}
        self.start_chunked(SSE_TYPE, headers, no_cache=True)
        if self.fake.pause(self.fake.first_chunk_delay):
            self.drop()
            return False
        return True

    def _stream_pieces(self, pieces: Sequence[str], send: Callable[[str], None]) -> bool:
        """Send each piece, honouring `drop_after` / `error_after`; False if the stream was cut."""
        for count, piece in enumerate(pieces):
            if self._interrupt(count):
                return False
            send(piece)
        return not self._interrupt(len(pieces))

    def _interrupt(self, sent: int) -> bool:
        """Drop the connection or send an error event once `sent` pieces went out."""
        if self.fake.drop_after is not None and sent >= self.fake.drop_after:
            self.drop()
            return True
        if self.fake.error_after is not None and sent >= self.fake.error_after:
            self._send_stream_error()
            self.end_chunks()
            return True
        return False

    def _send_json(self, status: int, payload: dict[str, Any]) -> None:
        headers = {self.request_id_header: self._request_id(payload)}
        if status == 429:
            # Both APIs tell a rate-limited client when to retry.
            headers["retry-after"] = "1"
        self.send_body(status, "application/json", json.dumps(payload).encode(), headers)

    # --- the API's own parts ------------------------------------------------------------------

    def _authorized(self, headers: dict[str, str]) -> bool:
        """Check the credentials; answer and return False if they are missing or wrong."""
        raise NotImplementedError

    def _route(
        self, method: str, url: SplitResult, headers: dict[str, str], body: dict[str, Any] | None
    ) -> None:
        """Answer an authorized request."""
        raise NotImplementedError

    def _send_error(self, status: int, message: str) -> None:
        """An error answer in the API's shape."""
        raise NotImplementedError

    def _send_stream_error(self) -> None:
        """The API's in-stream error event."""
        raise NotImplementedError

    def _request_id(self, payload: Mapping[str, Any]) -> str:
        """The request id header's value for an answer with this payload."""
        raise NotImplementedError
