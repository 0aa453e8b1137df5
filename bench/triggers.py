"""Trigger evaluation at scale: set-based SQL against a naive per-learner loop, and delivery.

Builds N synthetic learners with realistic histories (messages whose recency follows an
exponential distribution, goals with linear plans and progress around them, milestones,
behaviour snapshots over a week, activity histograms, a few coaches with their own rules) in
a temporary SQLite file and a temporary PostgreSQL schema, then times:

- `engagement.triggers.evaluate` over everyone (the set-based pass; goal <= 5 s at 100k);
- a naive loop that asks the database about one learner at a time, on a random sample,
  extrapolated to N (stated in the output), and how often both agree on the sample;
- delivery throughput: written email nudges through the outbox to a local aiosmtpd server.

    .venv/bin/python bench/triggers.py --learners 100000 --sample 1000 --emails 500

Prints one JSON object. PostgreSQL runs when LODESTAR_TEST_POSTGRES_URL is set.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import migrate  # noqa: E402
from app.accounts.models import User  # noqa: E402
from app.coaching.models import Coach, Conversation, Enrolment, Message, MessageRole  # noqa: E402
from app.db import make_engine, make_session_factory  # noqa: E402
from app.mail import Mailer  # noqa: E402
from engagement.delivery import Deliverer  # noqa: E402
from engagement.models import (  # noqa: E402
    PRIORITY,
    Nudge,
    NudgeChannel,
    NudgeOptOut,
    NudgeRules,
    NudgeStatus,
    Trigger,
)
from engagement.triggers import EPSILON, Thresholds, evaluate  # noqa: E402
from profiles.models import (  # noqa: E402
    ActivityCount,
    BehaviourSnapshot,
    Goal,
    GoalStatus,
    LearnerProfile,
    Milestone,
)
from profiles.progress import Plan, progress  # noqa: E402

AS_OF = datetime(2030, 3, 13, 12, 0, tzinfo=UTC)
COACHES = 20
CHUNK = 20_000


def _rows(n: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """Synthetic learners with histories, as rows per table."""
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "coaches", "users", "enrolments", "conversations", "messages", "goals", "milestones",
        "snapshots", "activity", "profiles", "rules")}
    for c in range(1, COACHES + 1):
        rows["coaches"].append({"id": c, "slug": f"coach-{c}", "name": f"Coach {c}",
                                "created_at": AS_OF - timedelta(days=400)})
        if c <= 5:
            rows["rules"].append({"coach_id": c, "inactivity_hours": 24.0 + 12 * c,
                                  "daily_cap": 1 + c % 2})
    zones = ["UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Sydney"]
    message_id = goal_id = 0
    today = AS_OF.date()
    for i in range(1, n + 1):
        coach = 1 + i % COACHES
        joined = AS_OF - timedelta(days=rng.uniform(3, 300))
        rows["users"].append({"id": i, "email": f"l{i}@bench.test", "display_name": f"L{i}",
                              "password_hash": "x", "role": "learner",
                              "timezone": rng.choice(zones), "created_at": joined})
        rows["enrolments"].append({"learner_id": i, "coach_id": coach, "created_at": joined})
        rows["conversations"].append({"id": i, "learner_id": i, "coach_id": coach,
                                      "created_at": joined, "updated_at": joined})
        last = AS_OF - timedelta(hours=rng.expovariate(1 / 40))
        for k in range(rng.randint(0, 6)):
            at = max(joined, last - timedelta(days=k * rng.uniform(0.5, 4)))
            message_id += 1
            rows["messages"].append({"id": message_id, "conversation_id": i, "role": "user",
                                     "content": "hi", "created_at": at})
        if rng.random() < 0.6:
            start = today - timedelta(days=rng.randint(5, 60))
            end = today + timedelta(days=rng.randint(5, 60))
            expected = progress(Plan(start, end, 0.0, 100.0), None, today).expected
            goal_id += 1
            rows["goals"].append({
                "id": goal_id, "learner_id": i, "coach_id": coach if rng.random() < 0.8 else None,
                "title": "Run 5 km", "kind": "numeric", "start_value": 0.0, "target_value": 100.0,
                "current_value": round(100 * expected * rng.uniform(0.4, 1.3), 1),
                "start_date": start, "target_date": end, "status": "active",
                "created_at": datetime.combine(start, datetime.min.time(), tzinfo=UTC),
                "last_progress_at": AS_OF - timedelta(hours=rng.expovariate(1 / 60))})
            rows["milestones"].append({"goal_id": goal_id, "title": "Halfway",
                                       "due_date": today + timedelta(days=rng.randint(-3, 12)),
                                       "created_at": AS_OF - timedelta(days=5)})
        level = rng.uniform(0.3, 0.9)
        for back in (7, 3, 0):
            level = min(1.0, max(0.0, level + rng.gauss(0, 0.12)))
            rows["snapshots"].append({"learner_id": i, "day": today - timedelta(days=back),
                                      "engagement": 0.5, "motivation": round(level, 3),
                                      "abandonment_risk": 0.3, "computed_at": AS_OF})
        for hour in rng.sample(range(24), 3):
            rows["activity"].append({"learner_id": i, "weekday": rng.randint(0, 6), "hour": hour,
                                     "count": rng.randint(1, 20)})
        if rng.random() < 0.3:
            rows["profiles"].append({"learner_id": i, "preferred_channel": rng.choice(
                ["email", "web_push", "in_app"])})
    return rows


TABLES = [("coaches", Coach), ("users", User), ("enrolments", Enrolment),
          ("conversations", Conversation), ("messages", Message), ("goals", Goal),
          ("milestones", Milestone), ("snapshots", BehaviourSnapshot),
          ("activity", ActivityCount), ("profiles", LearnerProfile), ("rules", NudgeRules)]


def load(sessions: sessionmaker[Session], rows: dict[str, list[dict[str, Any]]]) -> float:
    """Bulk-insert the rows (executemany in chunks); seconds taken."""
    started = time.perf_counter()
    with sessions.begin() as session:
        for key, model in TABLES:
            data = rows[key]
            for start in range(0, len(data), CHUNK):
                session.execute(insert(model), data[start:start + CHUNK])
    return time.perf_counter() - started


def naive_one(session: Session, learner_id: int, rules: dict[int, Thresholds],
              defaults: Thresholds) -> Trigger | None:
    """The same rules for one learner, asking the database one question at a time."""
    user = session.get(User, learner_id)
    if user is None or session.get(NudgeOptOut, learner_id) is not None:
        return None
    recent = session.scalar(select(func.count()).select_from(Nudge).where(
        Nudge.learner_id == learner_id, Nudge.created_at > AS_OF - timedelta(days=1)))
    best: tuple[int, Trigger] | None = None
    for enrolment in session.scalars(select(Enrolment).where(Enrolment.learner_id == learner_id)):
        t = rules.get(enrolment.coach_id, defaults)
        if not t.enabled or (recent or 0) >= t.daily_cap:
            continue
        fired: list[Trigger] = []
        last = session.scalar(select(func.max(Message.created_at)).join(
            Conversation, Conversation.id == Message.conversation_id).where(
            Conversation.learner_id == learner_id, Conversation.coach_id == enrolment.coach_id,
            Message.role == MessageRole.USER, Message.created_at <= AS_OF))
        if (last or enrolment.created_at) <= AS_OF - timedelta(hours=t.inactivity_hours):
            fired.append(Trigger.INACTIVITY)
        goals = list(session.scalars(select(Goal).where(
            Goal.learner_id == learner_id, Goal.status == GoalStatus.ACTIVE,
            (Goal.coach_id == enrolment.coach_id) | Goal.coach_id.is_(None))))
        moved = [g.last_progress_at or g.created_at for g in goals]
        if goals and max(moved) <= AS_OF - timedelta(days=t.stagnation_days):
            fired.append(Trigger.STAGNATION)
        for goal in goals:
            state = progress(Plan.of(goal), goal.current_value, AS_OF.date())
            if state.deviation >= t.deviation - EPSILON:
                fired.append(Trigger.GOAL_DEVIATION)
            for milestone in session.scalars(select(Milestone).where(Milestone.goal_id == goal.id)):
                due_by = (AS_OF + timedelta(days=t.milestone_days)).date()
                if milestone.done_at is None and AS_OF.date() <= milestone.due_date <= due_by:
                    fired.append(Trigger.MILESTONE)
        snaps = list(session.scalars(select(BehaviourSnapshot).where(
            BehaviourSnapshot.learner_id == learner_id,
            BehaviourSnapshot.day <= AS_OF.date()).order_by(BehaviourSnapshot.day)))
        start: date = AS_OF.date() - timedelta(days=t.motivation_days)
        window = [s.motivation for s in snaps if s.day >= start]
        if window and snaps[-1].day >= start and max(window) - snaps[-1].motivation >= (
                t.motivation_drop - EPSILON):
            fired.append(Trigger.MOTIVATION_DROP)
        for trigger in fired:
            if best is None or PRIORITY[trigger] > best[0]:
                best = (PRIORITY[trigger], trigger)
    return best[1] if best else None


def run_backend(url: str, n: int, sample: int, seed: int) -> dict[str, Any]:
    """Load, evaluate set-based, evaluate naively on a sample; the figures."""
    migrate.upgrade(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    try:
        rows = _rows(n, seed)
        loaded = load(sessions, rows)
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        defaults = Thresholds()
        with sessions() as session:
            started, cpu = time.perf_counter(), time.process_time()
            found = evaluate(session, AS_OF, defaults=defaults)
            set_based = time.perf_counter() - started
            # This process's CPU (all of it for SQLite; PostgreSQL's server CPU is not in it):
            # with other work on the machine, wall time overstates the cost.
            set_based_cpu = time.process_time() - cpu
            rules = {r.coach_id: Thresholds.of(r) for r in session.scalars(select(NudgeRules))}
            ids = random.Random(seed).sample(range(1, n + 1), min(sample, n))
            started = time.perf_counter()
            naive = {i: naive_one(session, i, rules, defaults) for i in ids}
            naive_seconds = time.perf_counter() - started
        chosen = {c.learner_id: c.trigger for c in found}
        agree = sum(chosen.get(i) == naive[i] for i in ids)
        per_learner = naive_seconds / len(ids)
        return {
            "rows_loaded": sum(len(v) for v in rows.values()), "load_seconds": round(loaded, 2),
            "set_based_seconds": round(set_based, 3),
            "set_based_client_cpu_seconds": round(set_based_cpu, 3), "candidates": len(found),
            "by_trigger": {t.value: sum(c.trigger is t for c in found) for t in Trigger},
            "naive_sample": len(ids), "naive_sample_seconds": round(naive_seconds, 3),
            "naive_ms_per_learner": round(per_learner * 1000, 3),
            "naive_extrapolated_seconds": round(per_learner * n, 2),
            "naive_is_extrapolated": len(ids) < n,
            "ratio_naive_over_set_based": round(per_learner * n / set_based, 1),
            "agreement_on_sample": round(agree / len(ids), 4),
            "goal_met": set_based <= 5.0,
        }
    finally:
        engine.dispose()


def delivery(url: str, emails: int) -> dict[str, Any]:
    """Messages per second through the outbox to a local aiosmtpd server (one connection)."""
    from tests.engagement.smtp_sink import SmtpSink

    engine = make_engine(url)
    sessions = make_session_factory(engine)
    now = datetime.now(UTC) - timedelta(minutes=1)
    with sessions.begin() as session:
        session.execute(insert(Nudge), [{
            "learner_id": 1 + i % 1000, "coach_id": 1 + i % COACHES,
            "trigger": Trigger.INACTIVITY, "channel": NudgeChannel.EMAIL,
            "status": NudgeStatus.QUEUED, "dedupe_key": f"bench-{i}", "scheduled_for": now,
            "next_attempt_at": now, "subject": "Checking in", "body": "One small step today?",
            "generated_at": now, "generated_by": "template"} for i in range(emails)])
    with SmtpSink() as sink:
        mailer = Mailer(host="127.0.0.1", port=sink.port, sender="bench <b@bench.test>",
                        security="none")
        deliverer = Deliverer(sessions=sessions, secret="b" * 32, public_url="http://bench",
                              mailer=mailer, push=None)
        started = time.perf_counter()
        report = deliverer.deliver_due()
        seconds = time.perf_counter() - started
        received = len(sink.accepted)
    engine.dispose()
    return {"messages": report.sent, "received": received, "seconds": round(seconds, 2),
            "messages_per_second": round(report.sent / seconds, 1)}


def _postgres_schema(base: str) -> tuple[str, Any]:
    """A temporary schema and a URL using it; the cleanup function."""
    base = base.replace("postgresql://", "postgresql+psycopg://", 1)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}", drop


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run the benchmark and print its JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--emails", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args(argv)
    result: dict[str, Any] = {"learners": args.learners, "as_of": AS_OF.isoformat()}
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        result["sqlite"] = run_backend(url, args.learners, args.sample, args.seed)
        result["delivery_sqlite"] = delivery(url, args.emails)
    postgres = os.environ.get("LODESTAR_TEST_POSTGRES_URL")
    if postgres and not args.no_postgres:
        url, drop = _postgres_schema(postgres)
        try:
            result["postgresql"] = run_backend(url, args.learners, args.sample, args.seed)
        finally:
            drop()
    result["load_average"] = list(os.getloadavg())
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
