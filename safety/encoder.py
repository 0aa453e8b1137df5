"""The packaged MiniLM, loaded privately for the classifier, and sentence-transformers' pooling."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import torch
from torch import nn

MAX_TOKENS = 256  # the packaged sentence-transformers max_seq_length


def mean_pool(states: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Unit-length mean of the token states where the mask is 1 (sentence-transformers pooling)."""
    weights = mask.unsqueeze(-1).to(states.dtype)
    summed = (states * weights).sum(dim=1)
    pooled = summed / weights.sum(dim=1).clamp(min=1e-9)
    return nn.functional.normalize(pooled, p=2, dim=1)


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
