"""`lodestar nudges run` (dry run, --at, --json, real delivery), `push keys`, bad input."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app import migrate
from app.accounts.models import Role
from app.cli import cli
from app.coaching.models import Enrolment
from app.db import unit_of_work, utcnow
from app.settings import get_settings
from app.wiring import open_database
from engagement.models import Nudge
from tests.engagement.smtp_sink import SmtpSink
from tests.engagement.support import say
from tests.factories import make_coach, make_user


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process on a fresh data directory with models that are down."""
    monkeypatch.setenv("LODESTAR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LODESTAR_MODEL_CHAIN", "ollama")
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:9")
    monkeypatch.setenv("LODESTAR_CONNECT_TIMEOUT", "0.5")
    monkeypatch.setenv("LODESTAR_MAX_RETRIES", "0")
    monkeypatch.setenv("LODESTAR_NUDGE_QUIET_START", "0")  # no quiet hours: send when due
    monkeypatch.setenv("LODESTAR_NUDGE_QUIET_END", "0")
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        get_settings.cache_clear()
        return runner.invoke(cli, list(args))

    return invoke


def _seed() -> tuple[str, str]:
    """One learner, silent for two days; the --at moment (a minute ago) and their email."""
    settings = get_settings()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    now = utcnow()
    with unit_of_work(database.sessions) as session:
        learner = make_user(session, role=Role.LEARNER, email="sam@example.org")
        coach = make_coach(session, name="Maya")
        session.add(Enrolment(learner_id=learner.id, coach_id=coach.id,
                              created_at=now - timedelta(days=3)))
        session.flush()
        say(session, learner, coach, now - timedelta(days=2, hours=1))
    database.dispose()
    return (now - timedelta(minutes=1)).isoformat(), "sam@example.org"


def _nudges() -> list[Nudge]:
    database = open_database(get_settings())
    with unit_of_work(database.sessions) as session:
        rows = list(session.query(Nudge))
    database.dispose()
    return rows


def test_dry_run_prints_who_would_get_what_and_writes_nothing(run) -> None:  # type: ignore[no-untyped-def]
    run("db", "upgrade")
    at, email = _seed()
    shown = run("nudges", "run", "--dry-run", "--at", at)
    assert shown.exit_code == 0, shown.output
    assert "would nudge 1 learner(s)" in shown.output
    assert f"- {email} (Maya): inactivity by in_app" in shown.output  # no SMTP configured
    assert "it has been 2 days since we last talked" in shown.output
    data = json.loads(run("nudges", "run", "--dry-run", "--json", "--at", at).output)
    assert data["dry_run"] is True and data["evaluation"]["created"] == 0
    assert [n["email"] for n in data["nudges"]] == [email]
    assert data["nudges"][0]["trigger"] == "inactivity"
    assert _nudges() == []
    # Preview tomorrow morning: the learner is still silent, so still nudged.
    later = run("nudges", "run", "--dry-run", "--json", "--at",
                (utcnow() + timedelta(days=1)).isoformat())
    assert json.loads(later.output)["nudges"][0]["context"]["days"] == 3


def test_run_sends_once_by_email_and_a_re_run_sends_nothing(
    run, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    with SmtpSink() as sink:
        monkeypatch.setenv("LODESTAR_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("LODESTAR_SMTP_PORT", str(sink.port))
        monkeypatch.setenv("LODESTAR_SMTP_SECURITY", "none")
        run("db", "upgrade")
        at, email = _seed()
        first = run("nudges", "run", "--at", at)
        assert first.exit_code == 0, first.output
        assert "1 new in the outbox" in first.output and "Delivered 1" in first.output
        second = json.loads(run("nudges", "run", "--json", "--at", at).output)
        assert second["evaluation"]["created"] == 0 and second["delivery"]["sent"] == 0
        [message] = sink.messages()
    assert message["To"] == email
    [nudge] = _nudges()
    assert nudge.generated_by == "template" and nudge.status.value == "sent"


def test_bad_input_is_refused_clearly(run) -> None:  # type: ignore[no-untyped-def]
    unmigrated = run("nudges", "run", "--dry-run")
    assert unmigrated.exit_code == 1 and "lodestar db upgrade" in unmigrated.output
    run("db", "upgrade")
    bad = run("nudges", "run", "--at", "next tuesday")
    assert bad.exit_code == 1 and "not an ISO date-time" in bad.output


def test_push_keys(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = run("push", "keys")
    assert made.exit_code == 0, made.output
    stored = json.loads((tmp_path / "data" / "vapid.json").read_text())
    assert stored["public_key"] in made.output
    assert (tmp_path / "data" / "vapid.json").stat().st_mode & 0o777 == 0o600
    again = run("push", "keys")
    assert again.exit_code == 1 and "--force" in again.output
    assert run("push", "keys", "--force").exit_code == 0
    printed = run("push", "keys", "--print")
    assert "LODESTAR_VAPID_PRIVATE_KEY=" in printed.output
