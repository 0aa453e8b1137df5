"""Sample conversations through the real chat service change the profile in the background."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import User
from app.coaching import service as coaching
from app.coaching.models import Message, MessageRole
from app.db import unit_of_work
from profiles import service as profiles
from profiles.builder import ProfileBuilder
from profiles.context import profile_text
from profiles.models import ActivityCount, GoalStatus, LearnerProfile, ProfileChange
from tests.app.chat_support import World, chain_of, make_service, seed, send
from tests.models.fakes import ScriptedModel

CONVERSATION = (
    "hey lol my goal is to run 5 km by March 3 😀",
    "can u keep it short pls, that was too long",
    "i can't sleep, so much stress at work 😩",
)


def _talk(sessions: sessionmaker[Session], builder: ProfileBuilder, world: World) -> None:
    service = make_service(sessions, chain_of(ScriptedModel(tokens=("Sure", "."))),
                           profiles=builder)  # type: ignore[arg-type]
    first = send(service, world, CONVERSATION[0])
    conversation_id = first[-1].conversation_id  # type: ignore[union-attr]
    for text in CONVERSATION[1:]:
        send(service, world, text, conversation_id=conversation_id)
    builder.drain()


def test_a_conversation_shapes_goals_preferences_style_and_history(
    sessions: sessionmaker[Session],
) -> None:
    world = seed(sessions)
    builder = ProfileBuilder(sessions=sessions, chain=ScriptedModel(tokens=("no idea",)))
    try:
        _talk(sessions, builder, world)
    finally:
        builder.close()
    assert builder.failures == 0
    with unit_of_work(sessions) as session:
        [goal] = profiles.list_goals(session=session, learner_id=world.learner_id)
        assert (goal.title, goal.status, goal.coach_id) == ("Run 5 km", GoalStatus.PROPOSED,
                                                            world.coach_id)
        assert goal.target_value == 5 and goal.unit == "km" and goal.source == "extractor"
        profile = session.get(LearnerProfile, world.learner_id)
        assert profile is not None and profile.style_samples == 3
        assert {"running", "sleep", "stress", "career"} <= set(profile.topics)
        assert profile.length_score < 0  # asked for shorter answers
        assert profile.formality < 0.45 and profile.emoji > 0.2
        activity = session.scalar(select(func.sum(ActivityCount.count)).where(
            ActivityCount.learner_id == world.learner_id))
        assert activity == 3
        fields = {c.field for c in session.scalars(select(ProfileChange).where(
            ProfileChange.learner_id == world.learner_id))}
        assert {"topics.running", "length_score", f"goal:{goal.id}"} <= fields
        assert any(f.startswith("style.") for f in fields)
        sources = set(session.scalars(select(ProfileChange.source)))
        assert any(s.startswith("conversation:") for s in sources)
        # The other learner said nothing, so nothing was learned about them.
        assert session.get(LearnerProfile, world.other_learner_id) is None

        text = profile_text(session=session, learner_id=world.learner_id,
                            coach_id=world.coach_id)
        assert "Prefers short answers" in text and "casual tone" in text
        assert "Run 5 km" not in text  # not confirmed yet
        profiles.confirm_goal(session=session, goal=goal)
        text = profile_text(session=session, learner_id=world.learner_id,
                            coach_id=world.coach_id)
        assert "Run 5 km: none yet of 5 km" in text


def test_the_profile_reaches_the_prompt_and_respects_the_budget(
    sessions: sessionmaker[Session],
) -> None:
    world = seed(sessions)
    with unit_of_work(sessions) as session:
        for n in range(30):
            profiles.create_goal(session=session, learner_id=world.learner_id, data=profiles.GoalIn(
                title=f"Goal number {n} with a fairly long title", target_value=10,
                target_date=profiles.utcnow().date()))
    builder = ProfileBuilder(sessions=sessions, token_budget=120)
    try:
        text = builder.profile_for(world.learner_id, world.coach_id)
        assert text.startswith("Goals:") and len(text) / 3.5 <= 120
        assert 0 < text.count("Goal number") < 30
        model = ScriptedModel(tokens=("Ok",))
        service = make_service(sessions, model, profiles=builder)  # type: ignore[arg-type]
        send(service, world, "hello")
        builder.drain()
    finally:
        builder.close()


def test_a_full_queue_drops_and_the_next_update_catches_up(
    sessions: sessionmaker[Session],
) -> None:
    world = seed(sessions)
    builder = ProfileBuilder(sessions=sessions, queue_size=1)
    builder.close()  # the worker is gone: nothing is learned, nothing blocks
    service = make_service(sessions, ScriptedModel(tokens=("Ok",)), profiles=builder)  # type: ignore[arg-type]
    send(service, world, "I have trouble with sleep")
    send(service, world, "and with my diet")
    later = ProfileBuilder(sessions=sessions)
    try:
        assert later.update(world.learner_id) == 2
        assert later.update(world.learner_id) == 0
    finally:
        later.close()
    with unit_of_work(sessions) as session:
        profile = session.get(LearnerProfile, world.learner_id)
        assert profile is not None and {"sleep", "nutrition"} <= set(profile.topics)


class StyleWriter(ScriptedModel):
    """Answers chat turns briefly and style requests with a description."""

    def stream(self, messages, options):  # type: ignore[no-untyped-def]
        """A style sentence for the summary prompt, "Ok." otherwise."""
        asks_style = "describe how this person writes" in messages[-1].content
        self.tokens = (("Writes briefly and casually, with emoji.",) if asks_style
                       else ("Ok.",))
        return super().stream(messages, options)


def test_optional_llm_style_summary_every_ten_messages(sessions: sessionmaker[Session]) -> None:
    world = seed(sessions)
    writer = StyleWriter()
    builder = ProfileBuilder(sessions=sessions, chain=writer, propose_goals=False,
                             summarise_style=True)
    service = make_service(sessions, ScriptedModel(tokens=("Ok",)), profiles=builder)  # type: ignore[arg-type]
    try:
        for n in range(9):
            send(service, world, f"short note {n} 🙂")
            builder.drain()
        with unit_of_work(sessions) as session:
            assert session.get(LearnerProfile, world.learner_id).style_summary == ""  # type: ignore[union-attr]
        send(service, world, "tenth 🙂")
        builder.drain()
    finally:
        builder.close()
    with unit_of_work(sessions) as session:
        profile = session.get(LearnerProfile, world.learner_id)
        assert profile is not None and profile.style_summary.startswith("Writes briefly")
        text = profile_text(session=session, learner_id=world.learner_id, coach_id=world.coach_id)
        assert "Writes briefly and casually" in text


def test_messages_answered_by_the_safety_path_are_not_mined_for_goals(
    sessions: sessionmaker[Session],
) -> None:
    world = seed(sessions)
    with unit_of_work(sessions) as session:
        conversation = coaching.start_conversation(session=session, learner_id=world.learner_id,
                                                   coach_id=world.coach_id)
        coaching.add_message(session=session, conversation=conversation, role=MessageRole.USER,
                             content="I want to stop eating by Friday")
        reply = coaching.add_message(session=session, conversation=conversation,
                                     role=MessageRole.ASSISTANT, content="You matter.")
        reply.provider = "safety"
        coaching.add_message(session=session, conversation=conversation, role=MessageRole.USER,
                             content="ok. my goal is to walk 3 km by Friday")
        session.add(Message(conversation_id=conversation.id, role=MessageRole.ASSISTANT,
                            content="Great.", sources=[], provider="fake"))
    builder = ProfileBuilder(sessions=sessions)
    try:
        assert builder.update(world.learner_id) == 2
    finally:
        builder.close()
    with unit_of_work(sessions) as session:
        titles = [g.title for g in profiles.list_goals(session=session,
                                                       learner_id=world.learner_id)]
    assert titles == ["Walk 3 km"]


def test_a_proposed_goal_belongs_to_the_coach_it_was_told_to(
    sessions: sessionmaker[Session],
) -> None:
    world = seed(sessions)
    with unit_of_work(sessions) as session:
        other = coaching.create_coach(session=session, slug="ravi", name="Ravi")
        learner = session.get(User, world.learner_id)
        assert learner is not None
        coaching.enrol(session=session, learner=learner, coach=other)
        other_id = other.id
    builder = ProfileBuilder(sessions=sessions)
    service = make_service(sessions, ScriptedModel(tokens=("Ok",)), profiles=builder)  # type: ignore[arg-type]
    try:
        send(service, world, "hello Maya")
        list(service.send(learner_id=world.learner_id, coach_id=other_id, conversation_id=None,
                          text="My goal is to save 500 euros by December 1"))
        builder.drain()
    finally:
        builder.close()
    with unit_of_work(sessions) as session:
        [goal] = profiles.list_goals(session=session, learner_id=world.learner_id)
        assert (goal.title, goal.coach_id) == ("Save 500 euros", other_id)
