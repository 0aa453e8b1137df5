"""Migrations: round trips on SQLite and PostgreSQL, no drift, data survives upgrades."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Connection, Engine, MetaData, Table, insert, inspect, select
from sqlalchemy.sql import func

from app import migrate
from app.db import load_all_models, make_engine

NOW = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)

# One sample row per table, in foreign-key order; a new table needs a row here, and the
# test below fails until it has one, so every migration is checked with data in place.
SAMPLE_ROWS: dict[str, dict[str, object]] = {
    "users": {"id": 1, "email": "a@example.org", "display_name": "A", "password_hash": "x",
              "role": "learner", "timezone": "UTC", "locale": "en", "is_active": True,
              "created_at": NOW},
    "coaches": {"id": 1, "slug": "c", "name": "C", "expertise": "", "methodology": "",
                "communication_style": "", "persona_prompt": "", "owner_id": None,
                "created_at": NOW},
    "enrolments": {"id": 1, "learner_id": 1, "coach_id": 1, "created_at": NOW},
    "api_tokens": {"id": 1, "user_id": 1, "name": "t", "prefix": "lsk_x", "token_hash": "h" * 64,
                   "created_at": NOW},
    "audit_log": {"id": 1, "actor_id": 1, "action": "user.create", "target_type": "user",
                  "target_id": "1", "details": {"k": "v"}, "note": "", "created_at": NOW},
    "documents": {"id": 1, "coach_id": 1, "filename": "a.md", "content_type": "text/markdown",
                  "content_hash": "d" * 64, "size_bytes": 3, "version": 1, "status": "ready",
                  "error": "", "storage_path": "", "created_at": NOW, "updated_at": NOW},
    "conversations": {"id": 1, "learner_id": 1, "coach_id": 1, "title": "", "summary": "",
                      "created_at": NOW, "updated_at": NOW},
    "messages": {"id": 1, "conversation_id": 1, "role": "user", "content": "hello",
                 "status": "complete", "sources": [], "created_at": NOW},
    "ingest_jobs": {"id": "a" * 32, "coach_id": 1, "kind": "ingest", "status": "done",
                    "total_files": 1, "processed_files": 1, "failed_files": 0,
                    "chunks_written": 2, "results": [{"filename": "a.md", "status": "ingested"}],
                    "error": "", "created_at": NOW, "updated_at": NOW},
    "usage_records": {"id": 1, "user_id": 1, "coach_id": 1, "message_id": 1,
                      "provider": "embedded", "model": "m", "prompt_tokens": 3,
                      "completion_tokens": 4, "cost_usd": 0, "created_at": NOW},
    "rate_windows": {"key": "user:1", "window_start": 1_767_600_000, "count": 3},
    "escalation_cases": {"id": 1, "kind": "crisis", "status": "open", "learner_id": 1,
                         "coach_id": 1, "conversation_id": 1, "message_id": 1,
                         "category": "suicide", "severity": "high", "reasons": ["rule"],
                         "score": 0.9, "created_at": NOW, "updated_at": NOW},
    "escalation_events": {"id": 1, "case_id": 1, "actor_id": None, "action": "opened",
                          "note": "", "created_at": NOW},
    "message_readings": {"message_id": 1, "fingerprint": "head:" + "f" * 40,
                         "category": "none", "severity": "none", "score": 0.05, "reasons": [],
                         "created_at": NOW},
    "goals": {"id": 1, "learner_id": 1, "coach_id": 1, "title": "Run 5 km", "description": "",
              "kind": "numeric", "unit": "km", "start_value": 0.0, "target_value": 5.0,
              "current_value": 1.0, "start_date": NOW.date(), "target_date": NOW.date(),
              "status": "active", "source": "learner", "updated_at": NOW, "created_at": NOW},
    "milestones": {"id": 1, "goal_id": 1, "title": "2 km", "due_date": NOW.date(),
                   "done_at": None, "created_at": NOW},
    "check_ins": {"id": 1, "goal_id": 1, "learner_id": 1, "value": 1.0, "note": "",
                  "source": "learner", "created_at": NOW},
    "learner_profiles": {"learner_id": 1, "topics": {"sleep": 2}, "length_score": 0.0,
                         "preferred_channel": "email", "channel_source": "learner",
                         "preferred_hours": [8], "formality": 0.5, "verbosity": 0.5,
                         "directness": 0.5, "emoji": 0.0, "style_samples": 1,
                         "style_summary": "", "last_message_id": 1, "updated_at": NOW},
    "activity_counts": {"learner_id": 1, "weekday": 0, "hour": 8, "count": 3},
    "profile_changes": {"id": 1, "learner_id": 1, "field": "topics", "old_value": "",
                        "new_value": "sleep", "source": "conversation", "created_at": NOW},
    "answer_feedback": {"id": 1, "message_id": 1, "learner_id": 1, "rating": "down",
                        "reason": "too_long", "created_at": NOW},
    "behaviour_snapshots": {"learner_id": 1, "day": NOW.date(), "engagement": 0.5,
                            "motivation": 0.5, "abandonment_risk": 0.2, "computed_at": NOW},
    "nudges": {"id": 1, "learner_id": 1, "coach_id": 1, "trigger": "inactivity", "priority": 10,
               "goal_id": 1, "milestone_id": None, "channel": "email", "status": "sent",
               "dedupe_key": "1:inactivity:2026-01-05", "scheduled_for": NOW, "context": {},
               "subject": "s", "body": "b", "html": "", "generated_at": NOW,
               "generated_by": "template", "attempts": 1, "next_attempt_at": NOW,
               "sent_at": NOW, "error": "", "updated_at": NOW, "created_at": NOW},
    "nudge_attempts": {"id": 1, "nudge_id": 1, "attempt": 1, "channel": "email",
                       "outcome": "sent", "detail": "", "finished_at": NOW, "created_at": NOW},
    "nudge_rules": {"coach_id": 1, "enabled": True, "inactivity_hours": 24.0,
                    "stagnation_days": 3.0, "deviation": 0.3, "motivation_drop": 0.2,
                    "motivation_days": 7, "milestone_days": 1.0, "daily_cap": 1,
                    "quiet_start": 21, "quiet_end": 8, "approval_required": False,
                    "updated_at": NOW},
    "push_subscriptions": {"id": 1, "user_id": 1, "endpoint": "https://push.example/1",
                           "p256dh": "k", "auth": "a", "user_agent": "", "created_at": NOW},
    "notifications": {"id": 1, "user_id": 1, "nudge_id": 1, "title": "t", "body": "b",
                      "url": "/chat", "read_at": None, "created_at": NOW},
    "nudge_optouts": {"user_id": 1, "source": "link", "created_at": NOW},
    "scheduler_leases": {"name": "nudges", "holder": "h", "expires_at": NOW, "acquired_at": NOW},
    "apscheduler_jobs": {"id": "nudges.evaluate", "next_run_time": 1767605400.0,
                         "job_state": b"x"},
}


def _revisions_base_to_head() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _as_of(model: Table, present: Table) -> Table:
    """The model's table cut to the columns a revision has, so later columns' defaults stay out."""
    columns = (Column(c.name, c.type, primary_key=c.primary_key)
               for c in model.columns if c.name in present.columns)
    return Table(model.name, MetaData(), *columns)


def _tables(engine: Engine | Connection) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_upgrade_downgrade_upgrade(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    try:
        migrate.upgrade(empty_database_url)
        assert _tables(engine) == set(load_all_models().tables)
        migrate.downgrade(empty_database_url, "base")
        assert _tables(engine) == set()
        assert migrate.current_revision(empty_database_url) is None
        migrate.upgrade(empty_database_url)
        assert migrate.current_revision(empty_database_url) == migrate.head_revision()
        assert _tables(engine) == set(load_all_models().tables)
    finally:
        engine.dispose()


def test_models_and_migrations_agree(empty_database_url: str) -> None:
    migrate.upgrade(empty_database_url)
    engine = make_engine(empty_database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            diff = compare_metadata(context, load_all_models())
        assert diff == []
    finally:
        engine.dispose()


def test_every_table_has_a_sample_row() -> None:
    assert set(SAMPLE_ROWS) == set(load_all_models().tables)


def test_upgrading_keeps_every_row(empty_database_url: str) -> None:
    """Walk the revisions one by one, adding data as tables appear; nothing may be lost."""
    engine = make_engine(empty_database_url)
    reflected = MetaData()
    inserted: set[str] = set()
    try:
        for revision in _revisions_base_to_head():
            migrate.upgrade(empty_database_url, revision)
            reflected.clear()
            reflected.reflect(engine)
            with engine.begin() as connection:
                for name in _tables(connection):
                    table = reflected.tables[name]
                    count = connection.scalar(select(func.count()).select_from(table))
                    assert count == (1 if name in inserted else 0), (revision, name)
                for name, row in SAMPLE_ROWS.items():
                    if name in reflected.tables and name not in inserted:
                        table = _as_of(load_all_models().tables[name], reflected.tables[name])
                        columns = {k: v for k, v in row.items() if k in table.columns}
                        connection.execute(insert(table).values(**columns))
                        inserted.add(name)
        with engine.connect() as connection:
            message = connection.execute(select(load_all_models().tables["messages"])).one()
        assert message.content == "hello"
        assert message.created_at == NOW
        assert inserted == set(SAMPLE_ROWS)
    finally:
        engine.dispose()
