"""The learned prompt-injection layer: a small head over frozen MiniLM vectors, per segment.

A passage is cut into segments (sentences, lines, and the text hidden in HTML comments, alt
text and link titles, plus any decoded payload); every segment is embedded in one batch with
the packaged all-MiniLM-L6-v2 and scored by the head, and the passage scores the maximum. An
injection is usually one sentence inside ordinary coaching text, which a whole-passage vector
would dilute. Training (`lodestar safety train-injection`) is seeded and reuses the red-flag
head's helpers in `safety.training` (folds, threshold figures, saving).
"""

from __future__ import annotations

import html
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

import torch
from torch import nn

from safety import training
from safety.injection_data import InjectionRow, data_sha256

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_WEIGHTS = DATA_DIR / "injection_head.safetensors"
SEED = 20261122
HIDDEN = 32
EPOCHS = 40
BATCH_SIZE = 64
FOLDS = 5
# Share of benign training segments (out of fold) allowed over the threshold: a passage has
# several segments, so the per-segment rate must sit well below the passage-level budget.
TARGET_SEGMENT_FALSE_POSITIVES = 0.004
# Family-held-out folds are harsher than real use (a whole family of benign text unseen), so
# the cross-validated threshold is capped; 0.95 is where the development set stops blocking.
MAX_THRESHOLD = 0.95
MAX_SEGMENTS = 32
MAX_SEGMENT_CHARS = 400
MIN_WORDS = 4
CACHE_SIZE = 4096

_HIDDEN_TEXT = re.compile(
    r"<!--([\s\S]*?)-->|\b(?:alt|title|aria-label)\s*=\s*\"([^\"]*)\"|\]\([^)\s]*\s+\"([^\"]*)\"\)"
    r"|\[//\]:\s*#\s*\(([^)]*)\)",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]{0,400}>")
_SPLIT = re.compile(r"\n+|(?<=[.!?])\s+")

Progress = Callable[[str], None]


class InjectionModelUnavailable(RuntimeError):
    """The injection head's weights or metadata are missing or do not fit the encoder."""


class TextEmbedder(Protocol):
    """What the screener needs from an embedder (models.embeddings.MiniLMEmbedder fits)."""

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        """Unit-length vectors, one per text."""
        ...


class InjectionHead(nn.Module):
    """MiniLM vector -> small hidden layer -> one injection logit."""

    def __init__(self, dimension: int, hidden: int = HIDDEN, dropout: float = 0.3) -> None:
        super().__init__()
        self.body = nn.Sequential(nn.Dropout(dropout), nn.Linear(dimension, hidden), nn.GELU(),
                                  nn.Dropout(dropout), nn.Linear(hidden, 1))

    def forward(self, vectors: torch.Tensor) -> torch.Tensor:
        """One logit per vector."""
        return cast(torch.Tensor, self.body(vectors)).squeeze(-1)


def segments(text: str) -> list[str]:
    """The sentences and lines of a passage, with hidden markup text pulled out on its own."""
    pieces = [next(g for g in m.groups() if g is not None) for m in _HIDDEN_TEXT.finditer(text)]
    visible = html.unescape(_TAG.sub(" ", _HIDDEN_TEXT.sub(" ", text)))
    pieces.extend(_SPLIT.split(visible))
    found: dict[str, None] = {}
    for piece in pieces:
        piece = " ".join(piece.split())[:MAX_SEGMENT_CHARS]
        if len(piece.split()) >= MIN_WORDS:
            found.setdefault(piece)
    return list(found)[:MAX_SEGMENTS] or [" ".join(text.split())[:MAX_SEGMENT_CHARS]]


def fit(vectors: torch.Tensor, labels: torch.Tensor, *, epochs: int = EPOCHS,
        seed: int = SEED) -> InjectionHead:
    """Train a head with fixed seeds, deterministic single-threaded kernels, balanced loss."""
    with training.deterministic(seed):
        head = InjectionHead(vectors.shape[1])
        positives = float(labels.sum())
        weight = torch.tensor((len(labels) - positives) / max(positives, 1.0))
        loss_fn = nn.BCEWithLogitsLoss(pos_weight=weight)
        optimiser = torch.optim.AdamW(head.parameters(), lr=3e-3, weight_decay=1e-2)
        generator = torch.Generator().manual_seed(seed)
        for _ in range(epochs):
            head.train()
            order = torch.randperm(len(labels), generator=generator)
            for start in range(0, len(labels), BATCH_SIZE):
                batch = order[start : start + BATCH_SIZE]
                optimiser.zero_grad()
                loss = loss_fn(head(vectors[batch]), labels[batch])
                loss.backward()  # type: ignore[no-untyped-call]
                optimiser.step()
        head.eval()
        return head


def probabilities(head: InjectionHead, vectors: torch.Tensor) -> list[float]:
    """P(injection) per vector."""
    with torch.inference_mode():
        return cast(list[float], torch.sigmoid(head(vectors)).tolist())


def pick_threshold(scores: Sequence[float], labels: Sequence[bool],
                   target: float = TARGET_SEGMENT_FALSE_POSITIVES) -> float:
    """The lowest threshold that keeps benign segments over it at or below `target`."""
    benign = sorted((s for s, flag in zip(scores, labels, strict=True) if not flag), reverse=True)
    allowed = int(len(benign) * target)
    value = benign[allowed] + 1e-4 if allowed < len(benign) else 0.5
    return round(min(MAX_THRESHOLD, max(0.5, value)), 4)


def train(*, rows: Sequence[InjectionRow], embed: Callable[[Sequence[str]], list[list[float]]],
          encoder_id: str, weights_path: Path = DEFAULT_WEIGHTS, epochs: int = EPOCHS,
          seed: int = SEED, folds: int = FOLDS, progress: Progress | None = None
          ) -> dict[str, Any]:
    """Embed; pick the threshold from family-grouped cross-validation; fit on all; save."""
    say = progress or (lambda _message: None)
    say(f"embedding {len(rows)} training segments")
    vectors = torch.tensor(embed([row.text for row in rows]))
    labels = torch.tensor([1.0 if row.label == "injection" else 0.0 for row in rows])
    flagged = [row.label == "injection" for row in rows]
    examples = [training.Example(row.text, row.label, "none", row.group, row.lang) for row in rows]
    assignment = training.group_folds(examples, folds, seed)
    scores = [0.0] * len(rows)
    for fold in range(folds):
        inside = [i for i, f in enumerate(assignment) if f != fold]
        outside = [i for i, f in enumerate(assignment) if f == fold]
        head = fit(vectors[inside], labels[inside], epochs=epochs, seed=seed + fold)
        for index, value in zip(outside, probabilities(head, vectors[outside]), strict=True):
            scores[index] = value
        say(f"fold {fold + 1}/{folds}: {len(outside)} held-out segments scored")
    threshold = pick_threshold(scores, flagged)
    validation = training.binary_figures(scores, flagged, threshold)
    say(f"training the final head on all {len(rows)} segments")
    head = fit(vectors, labels, epochs=epochs, seed=seed)
    meta = {
        "kind": "prompt_injection", "encoder": encoder_id, "dimension": int(vectors.shape[1]),
        "hidden": HIDDEN, "epochs": epochs, "seed": seed, "folds": folds,
        "threshold": threshold, "training_rows": len(rows),
        "training_data_sha256": data_sha256(rows), "cross_validation_segments": validation,
    }
    # The helper only needs an nn.Module's state_dict; it is typed for the red-flag head.
    sha = training.save(cast(Any, head), meta, weights_path)
    say(f"saved {weights_path} (sha256 {sha[:12]}), threshold {threshold}, "
        f"segment cross-validation {validation}")
    return {**meta, "weights": str(weights_path), "weights_sha256": sha}


def load_head(path: Path = DEFAULT_WEIGHTS) -> tuple[InjectionHead, dict[str, Any]]:
    """The shipped (or given) head in eval mode, and its metadata."""
    meta_path = path.with_suffix(".json")
    if not path.exists() or not meta_path.exists():
        raise InjectionModelUnavailable(
            f"no injection head at {path} (or its .json); run `lodestar safety train-injection`")
    meta = cast(dict[str, Any], json.loads(meta_path.read_text(encoding="utf-8")))
    if meta.get("kind") != "prompt_injection":
        raise InjectionModelUnavailable(f"{meta_path} is not an injection head")
    from safetensors.torch import load_file

    head = InjectionHead(int(meta["dimension"]), int(meta["hidden"]))
    head.load_state_dict(load_file(str(path)))
    head.eval()
    return head, meta


class LearnedScorer:
    """Scores passages (max over segments) in one embedding batch; remembers recent passages."""

    def __init__(self, *, head: InjectionHead, meta: dict[str, Any],
                 embedder: TextEmbedder) -> None:
        self._head = head
        self.meta = meta
        self.threshold = float(meta["threshold"])
        self._embedder = embedder
        self._cache: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def scores(self, passages: Sequence[Sequence[str]]) -> list[float]:
        """The highest segment probability of each passage (given as its segments)."""
        keys = ["\x00".join(parts) for parts in passages]
        with self._lock:
            known = {key: self._cache[key] for key in keys if key in self._cache}
        todo = [i for i, key in enumerate(keys) if key not in known and passages[i]]
        flat = [segment for i in todo for segment in passages[i]]
        if flat:
            values = iter(probabilities(self._head, torch.tensor(self._embedder.embed_batch(flat))))
            with self._lock:
                for i in todo:
                    known[keys[i]] = max(next(values) for _ in passages[i])
                    self._cache[keys[i]] = known[keys[i]]
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return [round(known.get(key, 0.0), 4) for key in keys]


def train_shipped(*, weights_path: Path = DEFAULT_WEIGHTS, seed: int = SEED,
                  progress: Progress | None = None) -> dict[str, Any]:
    """Regenerate `injection_train.jsonl` and train the shipped head from it (seeded, CPU)."""
    from models.embeddings import MINILM_ID, MiniLMEmbedder
    from safety import injection_data

    rows = injection_data.generate()
    data_sha = injection_data.write(rows)
    if progress:
        progress(f"wrote {len(rows)} segments to {injection_data.TRAIN_PATH} "
                 f"(sha256 {data_sha[:12]})")
    embedder = MiniLMEmbedder(batch_size=64)
    return train(rows=rows, embed=embedder.embed_batch, encoder_id=MINILM_ID,
                 weights_path=weights_path, seed=seed, progress=progress)
