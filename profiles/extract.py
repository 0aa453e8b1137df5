"""Goal proposals from what a learner writes: a deterministic extractor, improved by the LLM.

The extractor recognises "my goal is to ...", "I want to ... by ...", "I'd like to ...",
"I plan to ..." and "I'm aiming to ...", with a number and unit ("run 5 km") and a deadline
("by March 3", "by 2027-01-15", "in 6 weeks", "by the end of the month"); "every day" or
"daily" makes a yes/no habit. The LLM is asked for the same thing as JSON; its answer is used
only when it parses, is plausible and is grounded in the learner's words.
"""

from __future__ import annotations

import calendar
import json
import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from models.ports import ChatMessage, ChatModel, ChatOptions, collect_text
from profiles.models import GoalKind

log = logging.getLogger(__name__)

DEFAULT_DAYS = 30
_INTENT = re.compile(
    r"\b(?:my\s+(?:main\s+|big\s+)?goal\s+is\s+(?:to\s+)?|i\s+(?:really\s+)?want\s+to\s+"
    r"|i'?d\s+like\s+to\s+|i\s+plan\s+to\s+|i'?m\s+(?:aiming|planning|trying)\s+to\s+"
    r"|i\s+aim\s+to\s+)(?P<what>[^.!?\n]{3,160})",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"\b(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilometers?|kilometres?|miles?|kg|kilos?|lbs?|"
    r"pounds?|books?|pages?|hours?|minutes?|mins?|steps|words|times|sessions?|chapters?|"
    r"push-?ups|pull-?ups|workouts?|days|euros?|dollars?|%|percent)\b",
    re.IGNORECASE,
)
_HABIT = re.compile(r"\b(?:every\s*day|daily|each\s+day|every\s+morning|every\s+evening)\b",
                    re.IGNORECASE)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_BY_ISO = re.compile(r"\b(?:by|before|until)\s+(\d{4})-(\d{2})-(\d{2})\b", re.IGNORECASE)
_BY_MONTH_DAY = re.compile(r"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?([A-Za-z]{3,9})"
                           r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?\b", re.IGNORECASE)
_IN_SPAN = re.compile(r"\b(?:in|within)\s+(\d{1,3}|a|an|one|two|three|four|six)\s+"
                      r"(day|week|month|year)s?\b", re.IGNORECASE)
_END_OF = re.compile(r"\b(?:by\s+)?the\s+end\s+of\s+(?:the\s+|this\s+)?(week|month|year)\b",
                     re.IGNORECASE)
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6}
_DEADLINE_TAIL = re.compile(r"\s+(?:by|before|until|in|within)\s+.*$|\s+the\s+end\s+of\s+.*$"
                            r"|\s+(?:every\s*day|daily|each\s+day)\b.*$", re.IGNORECASE)


# "I want to know ...", "I'd like to ask ..." are questions, not goals.
_NOT_GOALS = re.compile(r"^(?:know|ask|understand|talk|say|tell|check|see|share|thank|"
                        r"clarify|mention|add|confirm|make sure|be honest|quit this|stop this)\b",
                        re.IGNORECASE)


# Never turn distress into a "goal": messages like these go to the safety path, not a plan.
_SENSITIVE = re.compile(r"\b(?:die|dying|dead|kill|suicid\w*|end (?:it|my life|everything)|"
                        r"hurt (?:myself|me)|self[- ]harm|disappear|overdose|cut myself|"
                        r"not (?:be )?(?:here|alive)|starve)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Proposal:
    """A goal the learner may confirm."""

    title: str
    kind: GoalKind
    target_value: float
    unit: str
    target_date: date
    source: str


def deadline(text: str, today: date) -> date | None:
    """The deadline a text names, if any."""
    if match := _BY_ISO.search(text):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if match := _IN_SPAN.search(text):
        amount = int(match[1]) if match[1].isdigit() else _WORDS[match[1].lower()]
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[match[2].lower()]
        return today + timedelta(days=amount * days)
    if match := _END_OF.search(text):
        unit = match[1].lower()
        if unit == "week":
            return today + timedelta(days=6 - today.weekday())
        if unit == "month":
            return today.replace(day=calendar.monthrange(today.year, today.month)[1])
        return date(today.year, 12, 31)
    for match in _BY_MONTH_DAY.finditer(text):
        month = _MONTHS.get(match[1].lower())
        if month is None:
            continue
        # The next such date: "by December 1" said on December 7 means next year's.
        for year in (today.year, today.year + 1):
            last = calendar.monthrange(year, month)[1]
            due = date(year, month, min(int(match[2]), last) if match[2] else last)
            if due >= today:
                return due
    return None


def extract(text: str, today: date) -> list[Proposal]:
    """Goals stated in a message (deterministic)."""
    found: list[Proposal] = []
    if _SENSITIVE.search(text):
        return found
    for match in _INTENT.finditer(text):
        what = match["what"].strip()
        if _NOT_GOALS.match(what):
            continue
        due = deadline(what, today)
        title = _DEADLINE_TAIL.sub("", what).strip(" ,;:-") or what
        if len(title) < 3:
            continue
        if _HABIT.search(what):
            end = due or today + timedelta(days=DEFAULT_DAYS)
            found.append(Proposal(_cap(title), GoalKind.YES_NO,
                                  float(max(1, (end - today).days)), "days", end, "extractor"))
            continue
        amount = _AMOUNT.search(what)
        value = float(amount["num"].replace(",", ".")) if amount else 1.0
        unit = amount["unit"].lower() if amount else ""
        found.append(Proposal(_cap(title), GoalKind.NUMERIC, value, unit,
                              due or today + timedelta(days=DEFAULT_DAYS), "extractor"))
    return found


def _cap(title: str) -> str:
    """A goal title: first letter upper-case, at most 200 characters."""
    title = " ".join(title.split())[:200]
    return title[:1].upper() + title[1:]


def looks_like_goal(text: str) -> bool:
    """Whether a message may state a goal (worth asking the LLM)."""
    return bool(_INTENT.search(text)) or bool(re.search(r"\bgoal\b|\btarget\b", text, re.I))


PROMPT = (
    "Extract the personal goal the learner states, if any. Reply with JSON only, like "
    '{"title": "Run 5 km", "target_value": 5, "unit": "km", "kind": "numeric", '
    '"target_date": "YYYY-MM-DD"}. kind is "numeric" or "yes_no" (a daily habit). '
    'Reply {"title": null} if there is no goal. Today is %s.'
)


def _json_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in a model's reply (fences and chatter around it are ignored)."""
    start = text.find("{")
    while start != -1:
        depth = 0
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                try:
                    value = json.loads(text[start:end + 1])
                except ValueError:
                    break
                return value if isinstance(value, dict) else None
        start = text.find("{", start + 1)
    return None


def parse_llm(reply: str, message: str, today: date) -> Proposal | None:
    """A proposal from the model's reply, if it parses, is plausible and quotes the message."""
    data = _json_object(reply)
    if not data or not isinstance(data.get("title"), str) or not data["title"].strip():
        return None
    title = data["title"].strip()
    words = set(re.findall(r"[a-z]{3,}", title.lower()))
    if not words or not words & set(re.findall(r"[a-z]{3,}", message.lower())):
        return None  # not grounded in what the learner said
    kind = GoalKind.YES_NO if data.get("kind") == "yes_no" else GoalKind.NUMERIC
    try:
        target = float(data.get("target_value", 1) or 1)
        due = date.fromisoformat(str(data.get("target_date")))
    except (TypeError, ValueError):
        due, target = today + timedelta(days=DEFAULT_DAYS), 1.0
    if due <= today or due > today + timedelta(days=3650) or not 0 < target < 1e9:
        return None
    unit = str(data.get("unit") or "")[:40]
    return Proposal(_cap(title), kind, target, unit, due, "llm")


def propose(text: str, today: date, chain: ChatModel | None) -> list[Proposal]:
    """Goals in a message: the LLM's reading when it is usable, the extractor's otherwise."""
    found = extract(text, today)
    if chain is None or not looks_like_goal(text) or _SENSITIVE.search(text):
        return found
    messages = [ChatMessage("system", PROMPT % today.isoformat()), ChatMessage("user", text)]
    try:
        reply, _ = collect_text(chain.stream(messages, ChatOptions(max_tokens=96,
                                                                     temperature=0.0,
                                                                     local_only=True)))
    except Exception:
        log.warning("goal proposal by the model failed; using the extractor", exc_info=True)
        return found
    improved = parse_llm(reply, text, today)
    if improved is None:
        return found
    return [improved] + found[1:]
