"""Nudge text: the model in the coach's voice, the template when models fail, safety always."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from app import metrics
from app.coaching.models import Coach
from app.db import unit_of_work
from app.settings import Settings
from engagement import generate
from engagement.jobs import build_engagement, compose_pending
from engagement.models import NudgeStatus, Trigger
from models.chain import FallbackChain, RetryPolicy
from models.ports import ChatEvent, ChatMessage, ChatOptions, ProviderUnavailable, Timeouts
from safety.hook import RulesClassifier
from safety.output import SAFE_REPLY
from safety.ports import PassThroughSafety
from safety.runtime import build_safety
from tests.engagement.conftest import Outbox
from tests.models.fakes import ScriptedModel

COACH = Coach(name="Maya Rivers", expertise="Habits and focus",
              communication_style="Warm, direct, one step at a time", persona_prompt="")
CONTEXT = {"learner_name": "Ada", "coach_name": "Maya Rivers", "goal": "Run 5 km", "days": 4,
           "hours": 100.0, "style": "casual tone, short messages"}


class Recording(ScriptedModel):
    """A scripted model that keeps the prompts it was sent."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.prompts: list[Sequence[ChatMessage]] = []

    def stream(self, messages: Sequence[ChatMessage], options: ChatOptions) -> Iterator[ChatEvent]:
        self.prompts.append(messages)
        return super().stream(messages, options)


class MarkingSafety(PassThroughSafety):
    """Records every text it checks and marks it, to prove the check ran on what is stored."""

    def __init__(self) -> None:
        self.checked: list[str] = []

    def validate_output(self, text: str) -> str:
        self.checked.append(text)
        return text


def _chain(*models: ScriptedModel) -> FallbackChain:
    return FallbackChain(providers=list(models), timeouts=Timeouts(),
                         retry=RetryPolicy(max_retries=0))


def _down(name: str) -> ScriptedModel:
    return ScriptedModel(provider=name, error=ProviderUnavailable("down", provider=name))


def test_every_model_failing_falls_back_to_the_template() -> None:
    safety = MarkingSafety()
    composed = generate.compose(trigger=Trigger.STAGNATION, context=CONTEXT, coach=COACH,
                                chain=_chain(_down("ollama"), _down("embedded")), safety=safety)
    assert composed.generated_by == "template"
    assert composed.body.startswith("Hi Ada,")
    assert '"Run 5 km" has not moved for 4 days' in composed.body
    assert composed.subject == "Maya Rivers: one small step on Run 5 km"
    assert safety.checked == [composed.body]


@pytest.mark.parametrize("trigger", list(Trigger))
def test_every_trigger_has_a_template(trigger: Trigger) -> None:
    context = {**CONTEXT, "milestone": "Halfway", "due_date": "2030-03-14", "amount": 0.35}
    composed = generate.compose(trigger=trigger, context=context, coach=COACH, chain=None,
                                safety=PassThroughSafety(), today=date(2030, 3, 13))
    assert composed.body and composed.generated_by == "template"
    if trigger is Trigger.MILESTONE:
        assert '"Halfway" for "Run 5 km" is due tomorrow' in composed.body
    if trigger is Trigger.GOAL_DEVIATION:
        assert "about 35% behind" in composed.body


def test_the_model_writes_in_the_coachs_voice_with_the_triggers_facts() -> None:
    model = Recording(provider="fake", model="voice-1",
                      tokens=('"Ada, four days is just a pause. ',
                              'Lace up for ten minutes today?"'))
    safety = MarkingSafety()
    composed = generate.compose(trigger=Trigger.STAGNATION, context=CONTEXT, coach=COACH,
                                chain=_chain(model), safety=safety)
    assert composed.body == "Ada, four days is just a pause. Lace up for ten minutes today?"
    assert composed.generated_by == "fake:voice-1"
    assert safety.checked == [composed.body]
    system = model.prompts[0][0].content
    for fact in ("Maya Rivers", "Warm, direct, one step at a time", "Run 5 km",
                 "has not moved for 4 days", "casual tone, short messages"):
        assert fact in system


def test_a_useless_answer_is_replaced_by_the_template() -> None:
    composed = generate.compose(trigger=Trigger.INACTIVITY, context=CONTEXT, coach=COACH,
                                chain=_chain(ScriptedModel(tokens=("Ok",))),
                                safety=PassThroughSafety())
    assert composed.generated_by == "template"


def test_the_real_output_guard_stops_an_unsafe_model_answer(settings: Settings) -> None:
    sessions = sessionmaker(bind=create_engine("sqlite://"))
    hook = build_safety(settings, sessions=sessions, classifier=RulesClassifier()).hook
    unsafe = ScriptedModel(tokens=("Skip food: eat 500 kcal a day this week to catch up.",))
    composed = generate.compose(trigger=Trigger.GOAL_DEVIATION, context=CONTEXT, coach=COACH,
                                chain=_chain(unsafe), safety=hook)
    assert composed.generated_by == "template:safety"
    assert "500 kcal" not in composed.body and composed.body != SAFE_REPLY
    assert composed.body.startswith("Hi Ada,")


def test_compose_pending_writes_each_nudge_once(outbox: Outbox, settings: Settings) -> None:
    [nudge_id] = outbox.add(status=NudgeStatus.PENDING_APPROVAL)
    with unit_of_work(outbox.sessions) as session:
        from engagement.models import Nudge

        nudge = session.get_one(Nudge, nudge_id)
        nudge.generated_at, nudge.body, nudge.context = None, "", {"days": 3, "hours": 80.0}
    engagement = build_engagement(settings, sessions=outbox.sessions,
                                  chain=_chain(_down("embedded")), safety=MarkingSafety())
    counter = metrics.NUDGES.labels(channel="email", outcome="generated")
    before = counter._value.get()
    assert compose_pending(engagement) == 1
    assert compose_pending(engagement) == 0
    written = outbox.get(nudge_id)
    assert written.generated_at is not None and written.generated_by == "template"
    assert "3 days since we last talked" in written.body and written.body.startswith("Hi Ada,")
    assert counter._value.get() == before + 1


@pytest.mark.slow
def test_the_packaged_model_writes_a_nudge() -> None:
    from models.embedded import EmbeddedChat

    model = EmbeddedChat(n_ctx=1024)
    try:
        composed = generate.compose(trigger=Trigger.INACTIVITY, context=CONTEXT, coach=COACH,
                                    chain=_chain(model), safety=PassThroughSafety())  # type: ignore[arg-type]
    finally:
        model.close()
    assert composed.generated_by.startswith("embedded:") or composed.generated_by == "template"
    assert len(composed.body) >= generate.MIN_CHARS
    assert composed.generated_by.startswith("embedded:"), composed.body
