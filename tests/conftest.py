"""Shared fixtures: isolated settings, real SQLite and PostgreSQL databases, sessions."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from app import migrate  # noqa: E402
from app.db import make_engine  # noqa: E402
from app.settings import Settings, get_settings  # noqa: E402

POSTGRES_ENV = "LODESTAR_TEST_POSTGRES_URL"
# Threads of the nudge scheduler (its elector and APScheduler's own loop): a test that leaves
# one running lets its jobs fire later in the run, or at interpreter exit.
SCHEDULER_THREADS = ("nudge-scheduler", "APScheduler")
# `world` and `client` (the seeded web world and a TestClient) for every test module.
pytest_plugins = ["tests.app.web_fixtures"]


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Keep every test away from the developer's .env, data directory and Ollama."""
    for key in list(os.environ):
        if key.startswith("LODESTAR_") and key != POSTGRES_ENV:
            monkeypatch.delenv(key)
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def _no_scheduler_left_running() -> Iterator[None]:
    """Fail the test that starts a nudge scheduler and does not stop it."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while left := [t.name for t in threading.enumerate()
                   if t not in before and t.is_alive() and t.name in SCHEDULER_THREADS]:
        if time.monotonic() > deadline:
            pytest.fail(f"the test left scheduler threads running: {sorted(left)}")
        time.sleep(0.05)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings on a fresh data directory, with Ollama pointed at a closed port."""
    return Settings(
        data_dir=tmp_path / "data",
        ollama_host="http://127.0.0.1:9",
        connect_timeout=0.5,
    )


def postgres_base_url() -> str:
    """The test PostgreSQL URL; a missing URL fails in CI and skips (loudly) elsewhere."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{POSTGRES_ENV} must be set in CI so PostgreSQL tests run")
        pytest.skip(f"set {POSTGRES_ENV} to run the PostgreSQL tests")
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def _with_search_path(url: str, schema: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def postgres_schema_url() -> Iterator[str]:
    """A URL whose connections use a fresh, empty schema that is dropped afterwards."""
    base = postgres_base_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _with_search_path(base, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    url: str = request.getfixturevalue("postgres_schema_url")
    return url


@pytest.fixture
def sessions(empty_database_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a freshly migrated SQLite file or PostgreSQL schema (commits are real)."""
    from tests.app.chat_support import migrated

    with migrated(empty_database_url) as factory:
        yield factory


class _MigratedDatabases:
    """One migrated database per backend for the whole run, made on first use."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.engines: dict[str, Engine] = {}
        self.schemas: list[tuple[str, str]] = []

    def engine(self, backend: str) -> Engine:
        """The migrated engine for a backend."""
        if backend not in self.engines:
            if backend == "sqlite":
                url = f"sqlite:///{self.tmp / 'shared.db'}"
            else:
                base = postgres_base_url()
                schema = f"s_{uuid.uuid4().hex[:12]}"
                admin = create_engine(base)
                with admin.begin() as connection:
                    connection.execute(text(f'CREATE SCHEMA "{schema}"'))
                admin.dispose()
                self.schemas.append((base, schema))
                url = _with_search_path(base, schema)
            migrate.upgrade(url)
            self.engines[backend] = make_engine(url)
        return self.engines[backend]

    def close(self) -> None:
        """Dispose of engines and drop the PostgreSQL schemas."""
        for engine in self.engines.values():
            engine.dispose()
        for base, schema in self.schemas:
            admin = create_engine(base)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


@pytest.fixture(scope="session")
def migrated_databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_MigratedDatabases]:
    """The run's migrated databases, cleaned up at the end."""
    databases = _MigratedDatabases(tmp_path_factory.mktemp("db"))
    yield databases
    databases.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def session(
    request: pytest.FixtureRequest, migrated_databases: _MigratedDatabases
) -> Iterator[Session]:
    """A session on a migrated database; everything it does is rolled back afterwards."""
    engine = migrated_databases.engine(request.param)
    with engine.connect() as connection:
        outer = connection.begin()
        db = Session(bind=connection, join_transaction_mode="create_savepoint",
                     expire_on_commit=False)
        try:
            yield db
        finally:
            db.close()
            outer.rollback()
