"""Nudge text: the coach's voice through the model chain, a fixed template when it fails.

The LLM gets a Jinja2 prompt with the trigger's facts (which goal, how long, which milestone)
and the learner's style from profiles. If every model fails, or answers with nothing usable,
a deterministic template says the same thing plainly, so a nudge is never silently dropped.
Whatever the source, the text passes the safety output check before it is stored.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from engagement.models import Trigger
from models.ports import ChatMessage, ChatModel, ChatOptions, DoneEvent, ErrorEvent, TokenEvent
from safety.ports import SafetyHook

TEMPLATES = Path(__file__).parent / "templates"
log = logging.getLogger(__name__)
MAX_CHARS = 600
MIN_CHARS = 20

SUBJECTS: dict[Trigger, str] = {
    Trigger.INACTIVITY: "{coach}: how are things going?",
    Trigger.STAGNATION: "{coach}: one small step on {goal}",
    Trigger.GOAL_DEVIATION: "{coach}: let's get {goal} back on track",
    Trigger.MOTIVATION_DROP: "{coach}: checking in on you",
    Trigger.MILESTONE: "{coach}: {milestone} is coming up",
}
REASONS: dict[Trigger, str] = {
    Trigger.INACTIVITY: "they have not written to you for {days_phrase}.",
    Trigger.STAGNATION: "their goal has not moved for {days_phrase}.",
    Trigger.GOAL_DEVIATION: "their goal is behind its plan by about {percent}%.",
    Trigger.MOTIVATION_DROP: "their motivation has dropped over the last week.",
    Trigger.MILESTONE: "a milestone is due {due_phrase}.",
}

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html.j2"]),
    undefined=StrictUndefined,
    keep_trailing_newline=False,
)


@dataclass(frozen=True)
class Composed:
    """A nudge's subject and text, and what wrote it ("provider:model" or "template")."""

    subject: str
    body: str
    generated_by: str


def _phrases(context: dict[str, Any], today: date | None) -> dict[str, Any]:
    """Human phrases for the numbers in a trigger's context."""
    days = int(context.get("days") or 0)
    hours = float(context.get("hours") or 0)
    if days >= 2:
        days_phrase = f"{days} days"
    elif days == 1:
        days_phrase = "a day"
    else:
        days_phrase = f"{max(1, round(hours))} hours"
    due_phrase = "soon"
    if context.get("due_date"):
        due = date.fromisoformat(str(context["due_date"]))
        delta = (due - today).days if today else None
        due_phrase = {0: "today", 1: "tomorrow"}.get(delta if delta is not None else -1,
                                                    f"on {due:%d %B}")
    amount = context.get("amount")
    percent = round(float(amount) * 100) if isinstance(amount, int | float) else None
    return {"days_phrase": days_phrase, "due_phrase": due_phrase, "percent": percent}


def facts(trigger: Trigger, context: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """Everything the templates may use for a nudge."""
    values: dict[str, Any] = {"trigger": trigger.value, "goal": None, "milestone": None,
                              "due_date": None, "learner_name": "", "coach_name": "",
                              "style": ""}
    values.update({k: v for k, v in context.items() if k in values})
    values.update(_phrases(context, today))
    values["reason"] = REASONS[trigger].format(**values)
    return values


def subject_for(trigger: Trigger, values: dict[str, Any]) -> str:
    """The email subject line for a trigger."""
    return SUBJECTS[trigger].format(coach=values["coach_name"] or "Your coach",
                                    goal=values["goal"] or "your goal",
                                    milestone=values["milestone"] or "A milestone")[:200]


def template_text(trigger: Trigger, values: dict[str, Any]) -> str:
    """The deterministic message for a trigger (used when no model answers)."""
    return env.get_template("fallback.j2").render(**{**values, "trigger": trigger.value}).strip()


def tidy(text: str) -> str:
    """A model's answer cut to a nudge: no quotes or subject line, at most a few sentences."""
    text = text.strip().strip('"').strip()
    text = re.sub(r"^(subject|nudge|message)\s*:.*\n", "", text, flags=re.IGNORECASE).strip()
    if len(text) <= MAX_CHARS:
        return text
    cut = text[:MAX_CHARS]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    return cut[: end + 1] if end > MIN_CHARS else cut.rstrip() + "…"


def _ask_model(chain: ChatModel, coach: Any, values: dict[str, Any]) -> tuple[str, str]:
    """The model's nudge text and "provider:model", or ("", "") when every model failed."""
    system = env.get_template("prompt.j2").render(coach=coach, **values)
    messages = [ChatMessage("system", system),
                ChatMessage("user", "Write the nudge now.")]
    parts: list[str] = []
    source = ""
    for event in chain.stream(messages, ChatOptions(max_tokens=160, temperature=0.7)):
        if isinstance(event, TokenEvent):
            parts.append(event.text)
        elif isinstance(event, DoneEvent):
            source = f"{event.provider}:{event.model}"
        elif isinstance(event, ErrorEvent):
            return "", ""
    return tidy("".join(parts)), source


def compose(
    *,
    trigger: Trigger,
    context: dict[str, Any],
    coach: Any,
    chain: ChatModel | None,
    safety: SafetyHook,
    today: date | None = None,
) -> Composed:
    """Write one nudge: the model in the coach's voice, else the template; safety-checked."""
    values = facts(trigger, context, today)
    values["coach_name"] = values["coach_name"] or coach.name
    subject = subject_for(trigger, values)
    reason = "template"
    if chain is not None:
        try:
            body, source = _ask_model(chain, coach, values)
        except Exception:  # noqa: BLE001 - any model failure means the template speaks instead
            log.exception("nudge generation failed; using the template")
            body, source = "", ""
        if len(body) >= MIN_CHARS:
            checked = safety.validate_output(body)
            if checked == body:
                return Composed(subject=subject, body=body, generated_by=source or "model")
            # The output check amended or blocked the model's text: say it plainly instead.
            reason = "template:safety"
    text = safety.validate_output(template_text(trigger, values)).strip()
    return Composed(subject=subject, body=text, generated_by=reason)
