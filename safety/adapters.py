"""Low-rank adapters (LoRA) on every MiniLM layer: the classifier's own red-flag encoder, in ~1 MB.

A frozen sentence encoder places "I hide the bruises with long sleeves" near self-harm, because it
was trained for topical similarity, not for risk. Tuning the whole encoder would ship 90 MB; a
rank-8 update `W + (alpha / rank) * B @ A` on each layer's attention and feed-forward weights
ships about 330 thousand numbers instead. At load time the updates are merged into a private copy
of the packaged MiniLM, so classifying costs exactly one plain MiniLM pass, and the app's shared
retrieval embedder is never touched.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from torch import nn

from safety.encoder import MAX_TOKENS, load_base, mean_pool

RANK = 8
ALPHA = 16.0
# Every weight matrix of a BERT layer that mixes tokens or features.
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value",
           "attention.output.dense", "intermediate.dense", "output.dense")
PREFIX = "adapter."


class LowRank(nn.Module):
    """A frozen linear layer plus a trainable low-rank update (B starts at zero: no change)."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(rank, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, rank))
        self.scale = alpha / rank

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """The base output plus the scaled low-rank correction."""
        base: torch.Tensor = self.base(x)
        return base + (x @ self.a.T @ self.b.T) * self.scale


def _parent(root: nn.Module, dotted: str) -> tuple[nn.Module, str]:
    *path, leaf = dotted.split(".")
    for name in path:
        root = getattr(root, name)
    return root, leaf


def attach(model: Any, *, rank: int = RANK, alpha: float = ALPHA) -> list[nn.Parameter]:
    """Freeze `model` and wrap every target linear in a `LowRank`; return the new parameters."""
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    trainable: list[nn.Parameter] = []
    for layer in model.encoder.layer:
        for target in TARGETS:
            parent, leaf = _parent(layer, target)
            wrapped = LowRank(getattr(parent, leaf), rank, alpha)
            setattr(parent, leaf, wrapped)
            trainable.extend((wrapped.a, wrapped.b))
    return trainable


def adapter_state(model: Any) -> dict[str, torch.Tensor]:
    """The trained A and B matrices, keyed `adapter.<layer>.<target>.a|b`."""
    state: dict[str, torch.Tensor] = {}
    for index, layer in enumerate(model.encoder.layer):
        for target in TARGETS:
            parent, leaf = _parent(layer, target)
            module = getattr(parent, leaf)
            if not isinstance(module, LowRank):
                raise ValueError(f"layer {index} {target} has no adapter")
            state[f"{PREFIX}{index}.{target}.a"] = module.a.detach().clone()
            state[f"{PREFIX}{index}.{target}.b"] = module.b.detach().clone()
    return state


def merge(model: Any, state: dict[str, torch.Tensor], *, rank: int, alpha: float) -> None:
    """Add each saved update into the plain model's weights in place (W += scale * B @ A)."""
    scale = alpha / rank
    expected = {f"{PREFIX}{i}.{t}.{m}" for i in range(len(model.encoder.layer))
                for t in TARGETS for m in ("a", "b")}
    if set(state) != expected:
        missing = sorted(expected - set(state))[:3]
        raise ValueError(f"the adapters do not fit this encoder (missing {missing})")
    with torch.no_grad():
        for index, layer in enumerate(model.encoder.layer):
            for target in TARGETS:
                parent, leaf = _parent(layer, target)
                linear = getattr(parent, leaf)
                a = state[f"{PREFIX}{index}.{target}.a"].to(torch.float32)
                b = state[f"{PREFIX}{index}.{target}.b"].to(torch.float32)
                linear.weight += scale * (b @ a)


class AdaptedEncoder:
    """The packaged MiniLM with red-flag adapters merged in; embeds like `MiniLMEmbedder`."""

    dimension = 384

    def __init__(self, *, adapters: dict[str, torch.Tensor] | None, rank: int = RANK,
                 alpha: float = ALPHA, model_path: Path | None = None,
                 threads: int | None = 1) -> None:
        self._adapters = adapters
        self._rank, self._alpha = rank, alpha
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
                if self._adapters:
                    merge(model, self._adapters, rank=self._rank, alpha=self._alpha)
                self._loaded = (model, tokenizer)
            return self._loaded

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length sentence vectors, one per text."""
        if not texts:
            return []
        model, tokenizer = self._load()
        batch = tokenizer(list(texts), padding=True, truncation=True, max_length=MAX_TOKENS,
                          return_tensors="pt")
        with torch.inference_mode():
            states = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                           token_type_ids=batch.get("token_type_ids")).last_hidden_state
            vectors = mean_pool(states, batch["attention_mask"])
        return [list(map(float, row)) for row in vectors.tolist()]
