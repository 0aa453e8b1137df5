"""Fakes and helpers for the chat service tests: databases, hooks, models, assertions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app import migrate
from app.coaching import service as coaching
from app.coaching.chat import ChatEventOut, ChatService, TokenOut
from app.coaching.models import Message, MessageRole, UsageRecord
from app.db import make_engine, make_session_factory, unit_of_work
from knowledge.types import Hit
from models.chain import FallbackChain, RetryPolicy
from models.ports import ChatEvent, ChatMessage, ChatModel, ChatOptions, Timeouts
from profiles.ports import PassThroughProfile
from safety.ports import Assessment, PassThroughSafety
from tests.factories import make_user
from tests.models.fakes import RecordingSleep, ScriptedModel

QUESTION = "How do I start running again?"


@contextmanager
def migrated(url: str) -> Iterator[sessionmaker[Session]]:
    """A session factory on a freshly migrated database (the service commits for real)."""
    migrate.upgrade(url)
    engine = make_engine(url)
    try:
        yield make_session_factory(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class World:
    """Two enrolled learners and their coach."""

    learner_id: int
    other_learner_id: int
    coach_id: int


def seed(sessions: sessionmaker[Session]) -> World:
    """Create the coach Maya and two learners enrolled with her."""
    with unit_of_work(sessions) as session:
        learner, other = make_user(session), make_user(session)
        coach = coaching.create_coach(
            session=session,
            slug="maya",
            name="Maya",
            expertise="running and habits",
            methodology="Tiny steps anchored to routines.",
            communication_style="Warm and direct.",
            persona_prompt="You never shame the learner.",
        )
        coaching.enrol(session=session, learner=learner, coach=coach)
        coaching.enrol(session=session, learner=other, coach=coach)
        return World(learner.id, other.id, coach.id)


class RecordingModel(ScriptedModel):
    """A scripted model that remembers the prompts and options it was given."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prompts: list[list[ChatMessage]] = []
        self.options: list[ChatOptions] = []

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Record the request, then play the script."""
        self.prompts.append(list(messages))
        self.options.append(options)
        return super().stream(messages, options)

    @property
    def system(self) -> str:
        """The system message of the latest request."""
        return self.prompts[-1][0].content


class WitnessModel(RecordingModel):
    """Looks, from a fresh session, at which learner messages are committed when called."""

    def __init__(self, sessions: sessionmaker[Session], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sessions = sessions
        self.seen: list[list[str]] = []

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        """Note the committed learner messages, then play the script."""
        with self.sessions() as session:
            rows = session.scalars(select(Message.content).where(Message.role == MessageRole.USER))
            self.seen.append(list(rows))
        return super().stream(messages, options)


class FakeKnowledge:
    """A knowledge search with fixed hits, or one that fails."""

    def __init__(self, hits: Sequence[Hit] = (), error: Exception | None = None) -> None:
        self.hits = list(hits)
        self.error = error
        self.calls: list[tuple[int, str, int]] = []

    def search(self, coach_id: int, query: str, k: int) -> Sequence[Hit]:
        """The first k hits."""
        self.calls.append((coach_id, query, k))
        if self.error is not None:
            raise self.error
        return self.hits[:k]


class FakeSafety(PassThroughSafety):
    """A safety hook with a fixed assessment that records what it saw."""

    def __init__(
        self, assessment: Assessment | None = None, *, suffix: str = "", broken: bool = False
    ) -> None:
        self.assessment = assessment or Assessment()
        self.suffix = suffix
        self.broken = broken
        self.assessed: list[tuple[str, list[str]]] = []
        self.validated: list[str] = []

    def assess(self, text: str, history: Sequence[str]) -> Assessment:
        """The fixed assessment (or an error, if broken)."""
        self.assessed.append((text, list(history)))
        if self.broken:
            raise RuntimeError("classifier crashed")
        return self.assessment

    def validate_output(self, text: str) -> str:
        """The answer with the suffix appended."""
        self.validated.append(text)
        return text + self.suffix

    def crisis_reply(self, assessment: Assessment, locale: str) -> str:
        """A reply naming the category and locale, so the test can recognise it."""
        return f"You matter. Support is available ({assessment.category}, {locale})."


class FakeProfile:
    """A profile hook with a fixed profile, or one that fails."""

    def __init__(self, text: str = "", *, broken: bool = False) -> None:
        self.text = text
        self.broken = broken
        self.exchanges: list[tuple[int, int]] = []

    def profile_for(self, learner_id: int, coach_id: int) -> str:
        """The fixed profile."""
        if self.broken:
            raise RuntimeError("profile store down")
        return self.text

    def after_exchange(
        self, *, learner_id: int, coach_id: int, conversation_id: int, question_id: int,
        answer_id: int,
    ) -> None:
        """Record the exchange (question, answer); a broken profile store fails here too."""
        del learner_id, coach_id, conversation_id
        if self.broken:
            raise RuntimeError("profile store down")
        self.exchanges.append((question_id, answer_id))


def hit(n: int, *, words: int = 8) -> Hit:
    """The n-th ranked passage of the coach's material."""
    return Hit(
        chunk_id=f"chunk-{n}",
        text=f"Passage {n}: run for two minutes after breakfast. " + "detail " * words,
        document_id=100 + n,
        filename=f"running-{n}.md",
        title=f"Running {n}",
        section=f"Week {n}",
        page=n if n % 2 else None,
        score=1.0 / n,
    )


def chain_of(*providers: ChatModel) -> FallbackChain:
    """A fallback chain without retries or real sleeps."""
    return FallbackChain(
        providers=providers,
        timeouts=Timeouts(first_token=30.0, total=60.0),
        retry=RetryPolicy(max_retries=0),
        sleep=RecordingSleep(),
    )


def make_service(
    sessions: sessionmaker[Session],
    chain: ChatModel,
    *,
    knowledge: FakeKnowledge | None = None,
    safety: PassThroughSafety | None = None,
    profiles: FakeProfile | None = None,
    **settings: Any,
) -> ChatService:
    """A chat service with pass-through hooks unless a test supplies its own."""
    options: dict[str, Any] = {"context_window": 4096, "max_tokens": 256, "retrieval_k": 4}
    return ChatService(
        sessions=sessions,
        chain=chain,
        knowledge=knowledge,
        safety=safety or PassThroughSafety(),
        profiles=profiles or PassThroughProfile(),
        **(options | settings),
    )


def send(
    service: ChatService,
    world: World,
    text: str = QUESTION,
    *,
    conversation_id: int | None = None,
    learner_id: int | None = None,
) -> list[ChatEventOut]:
    """All events of one answer."""
    return list(
        service.send(
            learner_id=learner_id or world.learner_id,
            coach_id=world.coach_id,
            conversation_id=conversation_id,
            text=text,
        )
    )


def messages(sessions: sessionmaker[Session], role: MessageRole | None = None) -> list[Message]:
    """Every stored message (of one role), oldest first."""
    stmt = select(Message).order_by(Message.id)
    if role is not None:
        stmt = stmt.where(Message.role == role)
    with sessions() as session:
        return list(session.scalars(stmt))


def usage_records(sessions: sessionmaker[Session]) -> list[UsageRecord]:
    """Every stored usage record, oldest first."""
    with sessions() as session:
        return list(session.scalars(select(UsageRecord).order_by(UsageRecord.id)))


def only_answer(sessions: sessionmaker[Session]) -> Message:
    """The one assistant message stored."""
    (answer,) = messages(sessions, MessageRole.ASSISTANT)
    return answer


def types(events: Sequence[ChatEventOut]) -> list[str]:
    """The event types, in order."""
    return [event.type for event in events]


def text_of(events: Sequence[ChatEventOut]) -> str:
    """The streamed answer text."""
    return "".join(event.text for event in events if isinstance(event, TokenOut))
