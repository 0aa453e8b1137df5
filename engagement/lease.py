"""A named lease in the database: at most one holder at a time, until it expires.

Acquiring and renewing are single conditional statements (compare-and-set), so two processes
racing for the lease cannot both win: the UPDATE succeeds only when the row is ours or has
expired, and the INSERT of a missing row fails for the second process on the primary key.
A holder that stops renewing (killed, frozen, cut off) loses the lease when it expires.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, delete, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import UTCDateTime, utcnow
from engagement.models import SchedulerLease


def changed_rows(result: object) -> int:
    """How many rows an UPDATE or DELETE changed (its cursor's rowcount)."""
    return int(getattr(result, "rowcount", 0) or 0)


def new_holder_id() -> str:
    """A holder id naming this process (host and pid) plus a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class LeaseState:
    """Who holds a lease, and until when (None when nobody ever held it)."""

    name: str
    holder: str | None
    expires_at: datetime | None


def try_acquire(
    *, session: Session, name: str, holder: str, ttl: float, now: datetime | None = None
) -> bool:
    """Take or renew the lease for `ttl` seconds; True when `holder` holds it afterwards."""
    now = now or utcnow()
    expires = now + timedelta(seconds=ttl)
    # Set clauses read the row as it was: a renewal keeps acquired_at, a take-over resets it.
    taken = changed_rows(session.execute(
        update(SchedulerLease)
        .where(SchedulerLease.name == name)
        .where((SchedulerLease.holder == holder) | (SchedulerLease.expires_at < now))
        .values(
            holder=holder,
            expires_at=expires,
            acquired_at=case((SchedulerLease.holder == holder, SchedulerLease.acquired_at),
                             else_=literal(now, UTCDateTime())),
        )
        .execution_options(synchronize_session=False)
    ))
    if taken:
        return True
    exists = session.scalar(select(SchedulerLease.name).where(SchedulerLease.name == name))
    if exists is not None:
        return False
    try:
        with session.begin_nested():
            session.execute(
                insert(SchedulerLease).values(name=name, holder=holder, expires_at=expires,
                                              acquired_at=now)
            )
    except IntegrityError:
        return False  # another process inserted it first
    return True


def release(*, session: Session, name: str, holder: str) -> None:
    """Give the lease up at once (on a clean shutdown), if `holder` still has it."""
    session.execute(
        delete(SchedulerLease).where(SchedulerLease.name == name, SchedulerLease.holder == holder)
    )


def holds(*, session: Session, name: str, holder: str, now: datetime | None = None) -> bool:
    """Whether `holder` holds the lease right now (checked before each job runs)."""
    now = now or utcnow()
    found = session.scalar(
        select(SchedulerLease.name).where(
            SchedulerLease.name == name, SchedulerLease.holder == holder,
            SchedulerLease.expires_at >= now,
        )
    )
    return found is not None


def state(*, session: Session, name: str) -> LeaseState:
    """The lease's current holder and expiry."""
    row = session.get(SchedulerLease, name)
    if row is None:
        return LeaseState(name=name, holder=None, expires_at=None)
    return LeaseState(name=name, holder=row.holder, expires_at=row.expires_at)
