"""Read recent learner messages again after a model change, before learners write.

A stored reading names the model that made it, and a context check never reuses another
model's reading: after a retrain or an upgrade, the first message of each conversation would
read its history again, which costs a few encoder passes in the chat turn. `reread` does that
work ahead of time, in batches, for the messages the next context checks will need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.orm import Session, sessionmaker

from app.db import unit_of_work, utcnow
from safety import service
from safety.classifier import MAX_CHARS, LocalRedFlagClassifier, to_reading

BATCH = 64

# Called after each batch with (messages read so far, messages to read).
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RereadResult:
    """How many messages were read and stored, and which model read them."""

    read: int
    fingerprint: str


def reread(*, sessions: sessionmaker[Session], classifier: LocalRedFlagClassifier, days: int,
           per_conversation: int | None = None, batch: int = BATCH,
           progress: Progress | None = None) -> RereadResult:
    """Store this model's reading for the recent learner messages that lack one.

    Conversations with a message in the last `days` days count; in each, the learner messages
    the next context check reads (the classifier's history window unless `per_conversation`).
    A message deleted meanwhile is skipped. Safe to run while the chat serves learners: a
    reading is the same whoever stores it.
    """
    window = classifier.history_window if per_conversation is None else per_conversation
    if days < 1 or window < 1 or batch < 1:
        raise ValueError("days, per_conversation and batch must be at least 1")
    with sessions() as session:
        ids = service.unread_recent_messages(
            session=session, fingerprint=classifier.fingerprint, per_conversation=window,
            since=utcnow() - timedelta(days=days))
    done = 0
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        with sessions() as session:
            texts = service.message_texts(session=session, message_ids=chunk)
        present = [i for i in chunk if texts.get(i, "").strip()]
        # The whole message, as the chat reads it when it arrives (not a history clip).
        signals = classifier.signals([texts[i][:MAX_CHARS] for i in present])
        with unit_of_work(sessions) as session:
            for message_id, signal in zip(present, signals, strict=True):
                service.keep_reading(session=session, message_id=message_id,
                                     reading=to_reading(signal, classifier.fingerprint))
        done += len(present)
        if progress:
            progress(start + len(chunk), len(ids))
    return RereadResult(read=done, fingerprint=classifier.fingerprint)
