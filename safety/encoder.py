"""The classifier's own MiniLM: the packaged encoder with its top layer(s) swapped for tuned ones.

Only the top transformer layer(s) are fine-tuned for red flags; the lower layers stay as packaged,
so their outputs can be computed once per training text and reused every epoch. The tuned layers
ship in the head's safetensors file (float16, a few MB) and are patched into a private copy of the
packaged model when the classifier loads, so the app's shared retrieval embedder is untouched.
Sentences are mean-pooled over their tokens and normalised, exactly like sentence-transformers.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

MAX_TOKENS = 256  # the packaged sentence-transformers max_seq_length
LAYER_PREFIX = "encoder.layer."


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Unit-length mean of the token states where the mask is 1 (sentence-transformers pooling)."""
    weights = mask.unsqueeze(-1).to(states.dtype)
    summed = (states * weights).sum(dim=1)
    pooled = summed / weights.sum(dim=1).clamp(min=1e-9)
    return nn.functional.normalize(pooled, p=2, dim=1)


def additive_mask(mask: torch.Tensor) -> torch.Tensor:
    """The (batch, 1, 1, tokens) float mask a BERT layer adds to its attention scores."""
    blocked = (1.0 - mask[:, None, None, :].to(torch.float32)) * torch.finfo(torch.float32).min
    return blocked


def run_layers(layers: Sequence[nn.Module] | nn.ModuleList, states: torch.Tensor,
               mask: torch.Tensor) -> torch.Tensor:
    """Pass padded token states through BERT layers with the padding masked out."""
    extended = additive_mask(mask)
    for layer in layers:
        output = layer(states, extended)
        states = output[0] if isinstance(output, tuple) else output
    return states


def load_base(model_path: Path | None = None) -> tuple[Any, Any]:
    """The packaged MiniLM (eager attention, eval mode) and its tokenizer, offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers import AutoModel, AutoTokenizer
    from transformers.utils import logging as hf_logging

    from models.embeddings import packaged_minilm_path

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    path = str(model_path or packaged_minilm_path())
    model = AutoModel.from_pretrained(path, attn_implementation="eager")
    model.eval()
    return model, AutoTokenizer.from_pretrained(path)


def tuned_state(layers: nn.ModuleList, first: int) -> dict[str, torch.Tensor]:
    """The tuned layers' weights as float16 tensors keyed like the packaged model's layers."""
    return {f"{LAYER_PREFIX}{first + index}.{key}": value.detach().to(torch.float16).contiguous()
            for index, layer in enumerate(layers) for key, value in layer.state_dict().items()}


class TunedEncoder:
    """MiniLM with the top `tuned_layers` replaced; embeds like `MiniLMEmbedder` (384-d, unit)."""

    dimension = 384

    def __init__(self, *, tuned_layers: int, state: dict[str, torch.Tensor] | None = None,
                 model_path: Path | None = None, threads: int | None = 1) -> None:
        self.tuned_layers = tuned_layers
        self._state = state
        self._model_path = model_path
        self._threads = threads
        self._loaded: tuple[Any, Any] | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, Any]:
        with self._lock:
            if self._loaded is None:
                if self._threads:
                    torch.set_num_threads(self._threads)  # leave the other cores to the app
                model, tokenizer = load_base(self._model_path)
                if self._state:
                    patch = {key[len("encoder."):]: value.to(torch.float32)
                             for key, value in self._state.items()}
                    missing = [k for k in patch if k not in model.encoder.state_dict()]
                    if missing:
                        raise ValueError(f"tuned weights do not fit the encoder: {missing[:3]}")
                    model.encoder.load_state_dict(patch, strict=False)
                self._loaded = (model, tokenizer)
            return self._loaded

    @property
    def first_tuned(self) -> int:
        """Index of the first tuned layer (the lower ones are frozen)."""
        model, _ = self._load()
        return int(len(model.encoder.layer) - self.tuned_layers)

    def tokenize(self, texts: Sequence[str]) -> dict[str, torch.Tensor]:
        """Padded token ids and attention mask for a batch."""
        _, tokenizer = self._load()
        return dict(tokenizer(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS,
                              return_tensors="pt"))

    def lower_states(self, texts: Sequence[str], batch_size: int = 64) -> list[torch.Tensor]:
        """Per text, its token states entering the first tuned layer (padding trimmed)."""
        model, _ = self._load()
        first = self.first_tuned
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        result: list[torch.Tensor] = [torch.empty(0)] * len(texts)
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                chosen = order[start : start + batch_size]
                batch = self.tokenize([texts[i] for i in chosen])
                states = model.embeddings(input_ids=batch["input_ids"],
                                          token_type_ids=batch.get("token_type_ids"))
                states = run_layers(model.encoder.layer[:first], states, batch["attention_mask"])
                for row, index in enumerate(chosen):
                    length = int(batch["attention_mask"][row].sum())
                    result[index] = states[row, :length].clone()
        return result

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length sentence vectors from the patched encoder, one per text."""
        if not texts:
            return []
        model, _ = self._load()
        batch = self.tokenize(texts)
        with torch.inference_mode():
            states = model.embeddings(input_ids=batch["input_ids"],
                                      token_type_ids=batch.get("token_type_ids"))
            states = run_layers(model.encoder.layer, states, batch["attention_mask"])
            vectors = mean_pool(states, batch["attention_mask"])
        return [list(map(float, row)) for row in vectors.tolist()]
