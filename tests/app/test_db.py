"""SQLite under concurrent writers: a transaction that reads, then writes, never fails."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import text

from app.db import make_engine


def test_a_reader_that_writes_survives_another_writer(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'race.db'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1, 0)"))
    started = threading.Event()
    errors: list[BaseException] = []

    def other_writer() -> None:
        started.wait(5)
        try:
            with engine.begin() as connection:
                connection.execute(text("UPDATE t SET n = n + 1"))
        except BaseException as error:  # pragma: no cover - the failure being tested
            errors.append(error)

    worker = threading.Thread(target=other_writer)
    worker.start()
    with engine.begin() as connection:
        connection.execute(text("SELECT n FROM t")).scalar_one()
        started.set()
        time.sleep(0.3)  # the other writer tries to commit while this transaction is open
        connection.execute(text("UPDATE t SET n = n + 10"))
    worker.join(15)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT n FROM t")).scalar_one() == 11
    engine.dispose()
    assert errors == []
