"""The demo seed is complete, ingested and idempotent."""

from __future__ import annotations

from sqlalchemy import func, select

from app import migrate
from app.accounts import service as accounts
from app.accounts.models import User
from app.coaching.models import Coach, Enrolment
from app.demo import DEMO_PASSWORD, seed_demo
from app.settings import Settings
from app.wiring import open_database
from knowledge.models import Document, DocumentStatus
from tests.knowledge.ingest_support import make_layer
from tests.knowledge.retrieval_support import FakeEmbedder


def _counts(session) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    return tuple(
        session.scalar(select(func.count()).select_from(model))
        for model in (User, Coach, Enrolment, Document)
    )


def test_seeding_twice_changes_nothing(settings: Settings) -> None:
    settings.ensure_dirs()
    migrate.upgrade(settings.sqlalchemy_url)
    database = open_database(settings)
    embedder = FakeEmbedder()
    pipeline = make_layer(settings, embedder).pipeline
    with database.sessions.begin() as session:
        first = seed_demo(session=session, pipeline=pipeline)
        after_first = _counts(session)
    calls = embedder.calls
    with database.sessions.begin() as session:
        second = seed_demo(session=session, pipeline=pipeline)
        assert _counts(session) == after_first == (3, 1, 1, 3)
        learner = accounts.authenticate(session=session, email="learner@demo.lodestar",
                                        password=DEMO_PASSWORD)
        assert learner is not None
        documents = session.scalars(select(Document)).all()
        assert {d.status for d in documents} == {DocumentStatus.READY}
        assert all(d.chunk_count > 0 for d in documents)
        assert all((settings.uploads_dir / f"coach_{d.coach_id}" / d.filename).exists()
                   for d in documents)
    database.dispose()
    assert first.logins == second.logins
    assert second.documents == 3
    assert [r.status for r in first.results] == ["ingested"] * 3
    assert [r.status for r in second.results] == ["unchanged"] * 3
    assert embedder.calls == calls
