"""Learning from a learner's messages: topics, style, answer length, activity and goals.

`learn` catches up on every learner message newer than the profile's `last_message_id`, so an
update that was dropped (full queue, crash) is made up by the next one. It runs in three steps
so that slow model calls never hold a transaction (on SQLite, the write lock) open:
`read_batch` (a short read), `think` (model calls, no session) and `apply` (a short write).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coaching.chat import SAFETY_PROVIDER
from app.coaching.models import Conversation, Message, MessageRole
from app.db import utcnow
from models.ports import ChatModel
from profiles import activity, channels, extract
from profiles.models import Goal, GoalIn, GoalStatus, LearnerProfile
from profiles.service import ProfileError, create_goal, get_profile, record_change
from profiles.style import SUMMARY_EVERY, StyleFeatures, features, smooth, summarise

log = logging.getLogger(__name__)


BATCH = 50
LENGTH_STEP = 0.35  # an explicit "shorter, please" counts like a thumbs-down "too long"
TOPICS: dict[str, tuple[str, ...]] = {
    "running": ("run", "running", "jog", "marathon", "5k", "10k"),
    "fitness": ("exercise", "workout", "gym", "training", "strength", "push-up", "pushups"),
    "sleep": ("sleep", "insomnia", "tired", "bedtime", "nap"),
    "nutrition": ("diet", "eat", "eating", "food", "meal", "nutrition", "weight", "calories"),
    "stress": ("stress", "anxious", "anxiety", "overwhelmed", "burnout", "worry"),
    "focus": ("focus", "procrastinate", "procrastination", "distracted", "productivity",
              "deadline", "concentrate"),
    "habits": ("habit", "habits", "routine", "consistency", "streak"),
    "motivation": ("motivation", "motivated", "discipline", "give up", "quit"),
    "career": ("job", "career", "work", "boss", "promotion", "interview"),
    "learning": ("study", "learn", "exam", "course", "reading", "book", "books"),
    "mindfulness": ("meditate", "meditation", "mindful", "breathing", "journal"),
    "relationships": ("partner", "friend", "family", "relationship", "lonely"),
    "money": ("money", "budget", "savings", "debt", "finance"),
}
_SHORTER = re.compile(r"\b(?:too long|shorter|tl;?dr|in short|brief(?:ly)?|keep it short|"
                      r"fewer words|summari[sz]e)\b", re.IGNORECASE)
_LONGER = re.compile(r"\b(?:more detail|in detail|elaborate|tell me more|explain more|"
                     r"go deeper|too short|longer answer|expand on)\b", re.IGNORECASE)
_STYLE_FIELDS = ("formality", "verbosity", "directness", "emoji")


def topics_of(text: str) -> list[str]:
    """The topics a message is about (each at most once)."""
    lowered = text.lower()
    words = set(re.findall(r"[a-z0-9'-]+", lowered))
    return [topic for topic, keys in TOPICS.items()
            if any((k in words) if " " not in k else (k in lowered) for k in keys)]


def length_signal(text: str) -> float:
    """How a message asks the coach to change answer length: -1 shorter, +1 longer, 0 neither."""
    if _SHORTER.search(text):
        return -1.0
    if _LONGER.search(text):
        return 1.0
    return 0.0


def new_messages(
    *, session: Session, learner_id: int, after_id: int, newest: int | None = None
) -> list[Message]:
    """The learner's own messages newer than an id, oldest first (at most BATCH, or the
    `newest` most recent ones)."""
    stmt = (
        select(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.learner_id == learner_id, Message.role == MessageRole.USER,
               Message.id > after_id)
    )
    if newest is not None:
        return list(reversed(list(session.scalars(
            stmt.order_by(Message.id.desc()).limit(newest)))))
    return list(session.scalars(stmt.order_by(Message.id).limit(BATCH)))


def _style_of(profile: LearnerProfile) -> StyleFeatures:
    """The profile's current smoothed style."""
    return StyleFeatures(profile.formality, profile.verbosity, profile.directness, profile.emoji)


def _learn_style(session: Session, profile: LearnerProfile, texts: Sequence[str],
                 source: str) -> None:
    """Fold each message into the moving average; history notes changes of 0.1 or more."""
    before = _style_of(profile)
    style = before
    for text in texts:
        style = smooth(style, features(text), profile.style_samples)
        profile.style_samples += 1
    for field in _STYLE_FIELDS:
        old, new = getattr(before, field), getattr(style, field)
        if round(old, 1) != round(new, 1):
            record_change(session=session, learner_id=profile.learner_id, field=f"style.{field}",
                          old=old, new=new, source=source)
        setattr(profile, field, new)


def _learn_topics(session: Session, profile: LearnerProfile, texts: Sequence[str],
                  source: str) -> None:
    """Count the topics asked about; a first mention goes to the history."""
    counts = dict(profile.topics or {})
    for text in texts:
        for topic in topics_of(text):
            if topic not in counts:
                record_change(session=session, learner_id=profile.learner_id,
                              field=f"topics.{topic}", old=None, new=1, source=source)
            counts[topic] = counts.get(topic, 0) + 1
    profile.topics = counts  # a new dict, so the JSON column sees the change


def _learn_length(session: Session, profile: LearnerProfile, texts: Sequence[str],
                  source: str) -> None:
    """Move the length preference when a message asks for shorter or longer answers."""
    score = profile.length_score
    for text in texts:
        score = max(-1.0, min(1.0, score + LENGTH_STEP * length_signal(text)))
    record_change(session=session, learner_id=profile.learner_id, field="length_score",
                  old=profile.length_score, new=score, source=source)
    profile.length_score = score


def _add_proposals(session: Session, *, learner_id: int,
                   proposals: Sequence[tuple[Seen, extract.Proposal]], today: datetime) -> None:
    """Store goal proposals (status proposed, awaiting the learner's yes), skipping known ones."""
    known = {g.title.lower() for g in session.scalars(
        select(Goal).where(Goal.learner_id == learner_id,
                           Goal.status != GoalStatus.ABANDONED))}
    for message, proposal in proposals:
        if proposal.title.lower() in known:
            continue
        known.add(proposal.title.lower())
        data = GoalIn(title=proposal.title, kind=proposal.kind, unit=proposal.unit,
                      target_value=proposal.target_value, start_date=today.date(),
                      target_date=proposal.target_date, coach_id=message.coach_id,
                      description=f"Proposed from your message: {message.content[:300]}")
        try:
            create_goal(session=session, learner_id=learner_id, data=data,
                        source=proposal.source, status=GoalStatus.PROPOSED)
        except ProfileError as error:
            log.info("goal proposal %r skipped: %s", proposal.title, error)


@dataclass(frozen=True)
class Seen:
    """A learner message to learn from, detached from the session."""

    id: int
    conversation_id: int
    content: str
    created_at: datetime
    coach_id: int  # goals proposed from it belong to this coach
    # The safety path answered it (a crisis or flagged message): never mined for goals.
    sensitive: bool = False


@dataclass(frozen=True)
class Batch:
    """New messages, and the recent ones a style summary would read (when one is due)."""

    messages: list[Seen]
    summary_due: bool
    recent: list[str]


@dataclass(frozen=True)
class Insights:
    """What the model chain made of a batch (computed outside any transaction)."""

    proposals: list[tuple[Seen, extract.Proposal]]
    summary: str | None


def _answered_by_safety(session: Session, rows: Sequence[Message]) -> set[int]:
    """Ids of the learner messages whose answer came from the safety path."""
    conversations = {m.conversation_id for m in rows}
    answers = list(session.execute(
        select(Message.conversation_id, Message.id)
        .where(Message.conversation_id.in_(conversations), Message.role == MessageRole.ASSISTANT,
               Message.provider == SAFETY_PROVIDER, Message.id > rows[0].id)
    ))
    flagged: set[int] = set()
    for conversation_id, answer_id in answers:
        asked = [m.id for m in rows if m.conversation_id == conversation_id and m.id < answer_id]
        if asked:
            flagged.add(max(asked))
    return flagged


def read_batch(*, session: Session, learner_id: int) -> Batch | None:
    """The messages not learned from yet (None if there are none)."""
    profile = get_profile(session=session, learner_id=learner_id)
    rows = new_messages(session=session, learner_id=learner_id, after_id=profile.last_message_id)
    if not rows:
        return None
    flagged = _answered_by_safety(session, rows)
    coaches: dict[int, int] = dict(session.execute(
        select(Conversation.id, Conversation.coach_id).where(
            Conversation.id.in_({m.conversation_id for m in rows}))).all())
    seen = [Seen(m.id, m.conversation_id, m.content, m.created_at, coaches[m.conversation_id],
                 m.id in flagged) for m in rows]
    due = (profile.style_samples + len(seen)) // SUMMARY_EVERY > (
        profile.style_samples // SUMMARY_EVERY)
    recent = [m.content for m in new_messages(session=session, learner_id=learner_id,
                                               after_id=0, newest=SUMMARY_EVERY)] if due else []
    return Batch(seen, due, recent)


def think(batch: Batch, *, today: date, chain: ChatModel | None,
          summary_chain: ChatModel | None) -> Insights:
    """Goal proposals and the style summary; slow model calls, so no transaction is open."""
    proposals = [(m, p) for m in batch.messages if not m.sensitive
                 for p in extract.propose(m.content, today, chain)]
    summary = None
    if summary_chain is not None and batch.summary_due:
        summary = summarise(batch.recent, summary_chain)
        if summary is None:
            log.info("style summary skipped: the model's reply was unusable")
    return Insights(proposals, summary)


def apply(*, session: Session, learner_id: int, batch: Batch, insights: Insights,
          now: datetime) -> int:
    """Fold a batch and its insights into the profile; return how many messages were read."""
    profile = get_profile(session=session, learner_id=learner_id)
    fresh = [m for m in batch.messages if m.id > profile.last_message_id]
    if not fresh:
        return 0  # another update got here first
    texts = [m.content for m in fresh]
    source = f"conversation:{fresh[-1].conversation_id}"
    _learn_style(session, profile, texts, source)
    if insights.summary is not None:
        record_change(session=session, learner_id=learner_id, field="style.summary",
                      old=profile.style_summary, new=insights.summary, source=f"{source} (llm)")
        profile.style_summary = insights.summary
    _learn_topics(session, profile, texts, source)
    _learn_length(session, profile, texts, source)
    activity.record(session=session, learner_id=learner_id,
                    moments=[m.created_at for m in fresh])
    fresh_ids = {m.id for m in fresh}
    _add_proposals(session, learner_id=learner_id, today=now,
                   proposals=[(m, p) for m, p in insights.proposals if m.id in fresh_ids])
    channels.learn_channel(session=session, profile=profile, now=now)
    profile.last_message_id = fresh[-1].id
    session.flush()
    return len(fresh)


def learn(
    *, session: Session, learner_id: int, chain: ChatModel | None = None,
    now: datetime | None = None, summary_chain: ChatModel | None = None,
) -> int:
    """Read, think and apply in one session (the background worker splits these up)."""
    moment = now or utcnow()
    batch = read_batch(session=session, learner_id=learner_id)
    if batch is None:
        return 0
    insights = think(batch, today=moment.date(), chain=chain, summary_chain=summary_chain)
    return apply(session=session, learner_id=learner_id, batch=batch, insights=insights,
                 now=moment)
