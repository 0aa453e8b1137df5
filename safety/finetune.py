"""Fine-tune MiniLM's top layer(s) together with the red-flag head, reproducibly, on CPU.

The lower layers are frozen, so each training text goes through them once; every epoch then costs
only the top layer(s) and the head. The head is first trained on the frozen vectors (a linear
probe), then tuned jointly with the layer(s). The number of tuning epochs (0 = probe only) is
chosen by early stopping on family-grouped cross-validation folds of the training rows (never the
held-out split), and the flag thresholds are tuned on the out-of-fold scores of that epoch. The
final model trains on all rows. `lodestar safety train --tuned-layers 1` runs this; the shipped
model is head-only, because on this synthetic data tuning did not beat it (see README).
"""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from safety import training
from safety.encoder import TunedEncoder, mean_pool, run_layers, tuned_state
from safety.features import FEATURE_SET, FEATURES, lexicon_features
from safety.labels import CATEGORIES, SEVERITIES
from safety.training import (
    HIDDEN,
    SEED,
    SEVERITY_WEIGHT,
    Example,
    Progress,
    RedFlagHead,
    TrainResult,
    data_hash,
    group_folds,
    save_state,
)

TUNED_LAYERS = 1
MAX_EPOCHS = 2
FOLDS = 3
BATCH_SIZE = 32
ENCODER_LR = 1e-5
HEAD_LR = 2e-4
WEIGHT_DECAY = 1e-2
IDIOM_THRESHOLD = 0.97


class TopModel(nn.Module):
    """Tuned top layer(s) over cached lower states, mean pooling, lexicon features, the head."""

    def __init__(self, layers: Sequence[nn.Module], hidden: int = HIDDEN) -> None:
        super().__init__()
        self.layers = nn.ModuleList(copy.deepcopy(layer) for layer in layers)
        self.head = RedFlagHead(384 + FEATURES, hidden)

    def forward(self, states: torch.Tensor, mask: torch.Tensor,
                features: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Category and severity logits for padded lower states."""
        pooled = mean_pool(run_layers(self.layers, states, mask), mask)
        return self.head(torch.cat([pooled, features], dim=1))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Cached:
    """Frozen lower-layer states, hand features and targets for the training rows."""

    states: list[torch.Tensor]
    features: torch.Tensor
    frozen: torch.Tensor  # the untuned encoder's vectors + hand features, for the probe
    rows: Sequence[Example]
    categories: torch.Tensor
    severities: torch.Tensor

    def batch(self, index: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Padded states, mask and features for the chosen rows."""
        states, mask = pad(self.states, index)
        return states, mask, self.features[list(index)]


def pad(states: Sequence[torch.Tensor],
        index: Sequence[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """The chosen rows' token states zero-padded to the longest, and the attention mask."""
    longest = max(states[i].shape[0] for i in index)
    padded = torch.zeros(len(index), longest, states[index[0]].shape[1])
    mask = torch.zeros(len(index), longest, dtype=torch.long)
    for row, i in enumerate(index):
        length = states[i].shape[0]
        padded[row, :length] = states[i]
        mask[row, :length] = 1
    return padded, mask


def _frozen_inputs(states: list[torch.Tensor], features: torch.Tensor,
                   base_layers: Sequence[nn.Module]) -> torch.Tensor:
    """The packaged encoder's sentence vectors (top layer untuned) + hand features."""
    layers = nn.ModuleList(base_layers).eval()
    order = sorted(range(len(states)), key=lambda i: states[i].shape[0])
    pooled = torch.zeros(len(states), states[0].shape[1]) if states else torch.zeros(0, 384)
    with torch.inference_mode():
        for start in range(0, len(order), 128):
            chunk = order[start : start + 128]
            batch, mask = pad(states, chunk)
            pooled[chunk] = mean_pool(run_layers(layers, batch, mask), mask)
    return torch.cat([pooled, features], dim=1)


def _class_weights(categories: torch.Tensor) -> torch.Tensor:
    counts = torch.bincount(categories, minlength=len(CATEGORIES)).float().clamp(min=1)
    return (counts.sum() / (len(CATEGORIES) * counts)).sqrt()


def _predict(model: TopModel, data: Cached, index: Sequence[int]) -> torch.Tensor:
    model.eval()
    logits = []
    with torch.inference_mode():
        ordered = sorted(index, key=lambda i: data.states[i].shape[0])
        for start in range(0, len(ordered), 128):
            chunk = ordered[start : start + 128]
            logits.append(model(*data.batch(chunk))[0])
    joined = torch.cat(logits)
    position = {i: p for p, i in enumerate(ordered)}
    return joined[[position[i] for i in index]]


def fit(data: Cached, index: Sequence[int], base_layers: Sequence[nn.Module], *, epochs: int,
        seed: int, held_out: Sequence[int] = (),
        progress: Progress | None = None) -> tuple[TopModel, list[torch.Tensor]]:
    """Train on `index`; the held-out category logits after the probe and after each epoch."""
    # Linear probe first, then fine-tune: the head learns on the frozen encoder's vectors, so
    # the first gradients reaching the encoder layer are informed, not random noise.
    chosen = list(index)
    probe = training.fit(data.frozen[chosen], [data.rows[i] for i in chosen],
                         epochs=training.EPOCHS, seed=seed)
    torch.manual_seed(seed)
    model = TopModel(base_layers)
    model.head.load_state_dict(probe.state_dict())
    weights = _class_weights(data.categories[chosen])
    category_loss = nn.CrossEntropyLoss(weight=weights)
    severity_loss = nn.CrossEntropyLoss()
    optimiser = torch.optim.AdamW([
        {"params": model.layers.parameters(), "lr": ENCODER_LR},
        {"params": model.head.parameters(), "lr": HEAD_LR},
    ], weight_decay=WEIGHT_DECAY)
    generator = torch.Generator().manual_seed(seed)
    per_epoch: list[torch.Tensor] = [_predict(model, data, held_out)] if held_out else []
    for epoch in range(epochs):
        model.train()
        total = 0.0
        order = list(index)
        for batch in _batches(data, index, generator):
            optimiser.zero_grad()
            cat_logits, sev_logits = model(*data.batch(batch))
            loss = category_loss(cat_logits, data.categories[batch]) + SEVERITY_WEIGHT * (
                severity_loss(sev_logits, data.severities[batch]))
            loss.backward()  # type: ignore[no-untyped-call]
            optimiser.step()
            total += float(loss.detach()) * len(batch)
        if held_out:
            per_epoch.append(_predict(model, data, held_out))
        if progress:
            progress(f"  epoch {epoch + 1}/{epochs}: loss {total / len(order):.4f}")
    model.eval()
    return model, per_epoch


def _batches(data: Cached, index: Sequence[int],
             generator: torch.Generator) -> list[list[int]]:
    """Seeded mini-batches of similar length (little padding), in a shuffled order."""
    noise = torch.rand(len(index), generator=generator).tolist()
    # Jitter the lengths so batches differ between epochs while staying tight.
    ranked = sorted(zip(index, noise, strict=True),
                    key=lambda item: data.states[item[0]].shape[0] + 6 * item[1])
    batches = [[i for i, _ in ranked[start : start + BATCH_SIZE]]
               for start in range(0, len(ranked), BATCH_SIZE)]
    return [batches[b] for b in torch.randperm(len(batches), generator=generator).tolist()]


def _red_flag_scores(logits: torch.Tensor) -> list[float]:
    probs = torch.softmax(logits, dim=-1)
    return (1.0 - probs[:, CATEGORIES.index("none")]).tolist()


def cross_validate(data: Cached, rows: Sequence[Example], base_layers: Sequence[nn.Module], *,
                   folds: int, epochs: int, seed: int,
                   progress: Progress) -> tuple[int, list[float], list[float]]:
    """Best fine-tuning epoch count (0 = probe only) by out-of-fold weighted loss, its
    out-of-fold scores, and the loss after the probe and each epoch."""
    assignment = group_folds(rows, folds, seed)
    logits = torch.zeros(epochs + 1, len(rows), len(CATEGORIES))
    for fold in range(folds):
        inside = [i for i, f in enumerate(assignment) if f != fold]
        outside = [i for i, f in enumerate(assignment) if f == fold]
        progress(f"fold {fold + 1}/{folds}: {len(inside)} rows to train, {len(outside)} to score")
        _, per_epoch = fit(data, inside, base_layers, epochs=epochs, seed=seed + fold,
                           held_out=outside, progress=progress)
        for epoch, values in enumerate(per_epoch):
            logits[epoch, outside] = values
    # Class-weighted, like training: every category's recall counts, not only the big ones.
    loss = nn.CrossEntropyLoss(weight=_class_weights(data.categories))
    losses = [round(float(loss(logits[e], data.categories)), 4) for e in range(epochs + 1)]
    best = min(range(epochs + 1), key=lambda e: losses[e])  # 0: the probe alone was best
    return best, _red_flag_scores(logits[best]), losses


def train_tuned(*, rows: Sequence[Example], encoder_id: str, weights_path: Path,
                tuned_layers: int = TUNED_LAYERS, epochs: int = MAX_EPOCHS, seed: int = SEED,
                folds: int = FOLDS, progress: Progress | None = None) -> TrainResult:
    """Cache the frozen layers, cross-validate the epoch count and thresholds, fit all, save."""
    say = progress or (lambda _message: None)
    with training.deterministic(seed):
        started = time.perf_counter()
        encoder = TunedEncoder(tuned_layers=tuned_layers, threads=1)
        texts = [r.text[:1000] for r in rows]
        say(f"running the {encoder.first_tuned} frozen layers over {len(rows)} messages")
        model, _ = encoder._load()
        base_layers = list(model.encoder.layer[encoder.first_tuned:])
        states = encoder.lower_states(texts)
        features = torch.tensor([lexicon_features(t) for t in texts])
        data = Cached(
            states=states, features=features, rows=rows,
            frozen=_frozen_inputs(states, features, base_layers),
            categories=torch.tensor([CATEGORIES.index(r.category) for r in rows]),
            severities=torch.tensor([SEVERITIES.index(r.severity) for r in rows]),  # type: ignore[arg-type]
        )
        say(f"cached in {time.perf_counter() - started:.0f}s; {folds}-fold cross-validation "
            f"by family (up to {epochs} epochs, seed {seed})")
        best, scores, losses = cross_validate(data, rows, base_layers, folds=folds,
                                              epochs=epochs, seed=seed, progress=say)
        say(f"out-of-fold loss per epoch {losses}: stopping after {best}")
        thresholds, validation = training.flag_thresholds(scores, rows)
        say(f"training the final model on all {len(rows)} rows for {best} epochs")
        final, _ = fit(data, range(len(rows)), base_layers, epochs=best, seed=seed,
                       progress=say)
    meta: dict[str, Any] = {
        "categories": list(CATEGORIES), "severities": list(SEVERITIES), "encoder": encoder_id,
        "dimension": 384, "features": FEATURE_SET, "input_dimension": 384 + FEATURES,
        "hidden": HIDDEN, "tuned_layers": tuned_layers, "epochs": best, "max_epochs": epochs,
        "cross_validation_loss": losses, "seed": seed, "folds": folds,
        "thresholds": thresholds, "training_rows": len(rows),
        "training_data_sha256": data_hash(rows), "cross_validation": validation,
    }
    tensors = {**final.head.state_dict(),
               **tuned_state(final.layers, encoder.first_tuned)}
    sha = save_state(tensors, meta, weights_path)
    say(f"saved {weights_path} (sha256 {sha[:12]}), thresholds {thresholds}, "
        f"cross-validation {validation}")
    return TrainResult(weights_path=weights_path, meta={**meta, "weights_sha256": sha},
                       weights_sha256=sha)
