"""When and how a nudge travels: quiet hours and usual hours in the learner's time zone, and
the channel. Pure functions, no database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from engagement.models import NudgeChannel


@dataclass(frozen=True)
class Channels:
    """Which delivery channels work on this installation."""

    email: bool = True
    web_push: bool = True



def zone(name: str | None) -> ZoneInfo:
    """A learner's time zone; an unknown name falls back to UTC."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def in_quiet_hours(hour: int, start: int, end: int) -> bool:
    """Whether a local hour is inside quiet hours [start, end), which may wrap midnight."""
    if start == end:
        return False
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end


def delivery_time(
    as_of: datetime, tz: ZoneInfo, hours: Iterable[int], quiet_start: int, quiet_end: int
) -> datetime:
    """The earliest of the learner's usual hours in the next day that is not quiet (UTC).

    Without usual hours, now; a time inside quiet hours moves to the end of quiet hours.
    """
    local_now = as_of.astimezone(tz)
    options: list[datetime] = []
    for hour in set(hours):
        if in_quiet_hours(hour, quiet_start, quiet_end):
            continue
        if hour == local_now.hour:
            options.append(local_now)
            continue
        day = local_now.date() if hour > local_now.hour else local_now.date() + timedelta(days=1)
        options.append(datetime.combine(day, time(hour), tzinfo=tz))
    if options:
        return min(options).astimezone(UTC)
    if not in_quiet_hours(local_now.hour, quiet_start, quiet_end):
        return as_of.astimezone(UTC)
    day = local_now.date() if local_now.hour < quiet_end else local_now.date() + timedelta(days=1)
    return datetime.combine(day, time(quiet_end), tzinfo=tz).astimezone(UTC)


def choose_channel(preferred: str | None, *, has_push: bool, channels: Channels) -> NudgeChannel:
    """The learner's preferred channel when it works for them, else email, else in-app."""
    if preferred == NudgeChannel.IN_APP:
        return NudgeChannel.IN_APP
    if preferred == NudgeChannel.WEB_PUSH and has_push and channels.web_push:
        return NudgeChannel.WEB_PUSH
    return NudgeChannel.EMAIL if channels.email else NudgeChannel.IN_APP
