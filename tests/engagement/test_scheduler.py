"""The scheduler lease in one process, and with real `lodestar worker` processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import unit_of_work, utcnow
from engagement import lease
from engagement.models import AttemptOutcome, DeliveryAttempt, Nudge, NudgeStatus
from engagement.scheduler import LEASE_NAME
from tests.engagement.conftest import Outbox
from tests.engagement.smtp_sink import SmtpSink

NAME = "test.lease"


def test_one_holder_until_the_lease_expires(session: Session) -> None:
    now = utcnow()
    assert lease.try_acquire(session=session, name=NAME, holder="a", ttl=10, now=now)
    assert not lease.try_acquire(session=session, name=NAME, holder="b", ttl=10, now=now)
    assert lease.try_acquire(session=session, name=NAME, holder="a", ttl=10,
                             now=now + timedelta(seconds=5))  # renewal
    assert not lease.try_acquire(session=session, name=NAME, holder="b", ttl=10,
                                 now=now + timedelta(seconds=14))
    assert lease.try_acquire(session=session, name=NAME, holder="b", ttl=10,
                             now=now + timedelta(seconds=16))  # a stopped renewing
    assert lease.holds(session=session, name=NAME, holder="b", now=now + timedelta(seconds=16))
    assert not lease.holds(session=session, name=NAME, holder="a",
                           now=now + timedelta(seconds=16))
    lease.release(session=session, name=NAME, holder="a")  # not a's any more: no effect
    assert lease.state(session=session, name=NAME).holder == "b"
    lease.release(session=session, name=NAME, holder="b")
    assert lease.try_acquire(session=session, name=NAME, holder="a", ttl=10,
                             now=now + timedelta(seconds=17))


def _env(outbox: Outbox, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LODESTAR_")}
    env.update({
        "LODESTAR_DATABASE_URL": outbox.url, "LODESTAR_DATA_DIR": str(tmp_path / "data"),
        "LODESTAR_SECRET_KEY": "s" * 32, "LODESTAR_SCHEDULER_HEARTBEAT_SECONDS": "1",
        "LODESTAR_DELIVERY_INTERVAL_SECONDS": "0.5", "LODESTAR_NUDGE_CLAIM_SECONDS": "2",
        "LODESTAR_MODEL_CHAIN": "embedded", "HF_HUB_OFFLINE": "1", **extra,
    })
    return env


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Callable[[dict[str, str]], subprocess.Popen[bytes]]]:
    """Starts `lodestar worker` processes; kills those still running at the end."""
    started: list[subprocess.Popen[bytes]] = []

    def start(env: dict[str, str]) -> subprocess.Popen[bytes]:
        log = open(tmp_path / f"worker{len(started)}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen([str(Path(sys.executable).parent / "lodestar"), "worker"],
                                   env=env,
                                   stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path)
        process.log_path = tmp_path / f"worker{len(started)}.log"  # type: ignore[attr-defined]
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait()


def _holder_pid(outbox: Outbox) -> int | None:
    with unit_of_work(outbox.sessions) as session:
        state = lease.state(session=session, name=LEASE_NAME)
    if state.holder is None or state.expires_at is None or state.expires_at < utcnow():
        return None
    return int(state.holder.split(":")[1])


def _wait(check: Callable[[], object], what: str, timeout: float = 120) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def _log(process: subprocess.Popen[bytes]) -> str:
    return Path(process.log_path).read_text(errors="replace")  # type: ignore[attr-defined]


@pytest.mark.slow
def test_two_processes_elect_one_leader_and_fail_over(
    outbox: Outbox, tmp_path: Path, workers: Callable[[dict[str, str]], subprocess.Popen[bytes]]
) -> None:
    first, second = workers(_env(outbox, tmp_path)), workers(_env(outbox, tmp_path))
    both = {first.pid: first, second.pid: second}
    _wait(lambda: all("started" in _log(p) for p in both.values()), "both workers to start")
    leader_pid = _wait(lambda: _holder_pid(outbox), "a leader")
    assert leader_pid in both
    time.sleep(3)  # several heartbeats: the lease stays put, the other never leads
    assert _holder_pid(outbox) == leader_pid
    follower = next(p for pid, p in both.items() if pid != leader_pid)
    assert "leader:" in _log(both[leader_pid]) and "leader:" not in _log(follower)
    os.kill(leader_pid, signal.SIGKILL)
    both[leader_pid].wait()
    assert _wait(lambda: _holder_pid(outbox) == follower.pid, "the follower to take over")
    assert _wait(lambda: "leader:" in _log(follower), "the follower to run the jobs")


@pytest.mark.slow
def test_killing_the_worker_mid_batch_sends_each_nudge_exactly_once(
    outbox: Outbox, tmp_path: Path, smtp: SmtpSink,
    workers: Callable[[dict[str, str]], subprocess.Popen[bytes]],
) -> None:
    ids = outbox.add(n=30)
    env = _env(outbox, tmp_path, LODESTAR_SMTP_HOST="127.0.0.1",
               LODESTAR_SMTP_PORT=str(smtp.port), LODESTAR_SMTP_SECURITY="none")
    victim: list[subprocess.Popen[bytes]] = []

    def kill_at_tenth(number: int) -> bool:
        if number == 10 and victim:
            os.kill(victim[0].pid, signal.SIGKILL)  # mid-DATA: the worker never sees a 250
            victim.clear()
            return True
        return False

    smtp.before_accept = kill_at_tenth
    victim.append(workers(env))
    killed = victim[0]
    killed.wait(timeout=300)
    assert killed.returncode == -signal.SIGKILL
    assert len(smtp.messages()) == 9

    def sent() -> int:
        with unit_of_work(outbox.sessions) as session:
            return int(session.scalar(select(func.count()).select_from(Nudge).where(
                Nudge.status == NudgeStatus.SENT)) or 0)

    assert sent() == 9
    workers(env)
    _wait(lambda: sent() == 30, "every nudge to be sent after the restart")
    received = [m["Message-ID"] for m in smtp.messages()]
    assert len(received) == 30 and len(set(received)) == 30
    assert {int(mid.split(".")[0].removeprefix("<nudge-")) for mid in received} == set(ids)
    with unit_of_work(outbox.sessions) as session:
        retried = session.scalars(select(Nudge).where(Nudge.attempts == 2)).all()
        assert len(retried) == 1  # the one in flight when the worker died
        outcomes = session.scalars(select(DeliveryAttempt.outcome).where(
            DeliveryAttempt.nudge_id == retried[0].id).order_by(DeliveryAttempt.attempt)).all()
    assert outcomes == [AttemptOutcome.STARTED, AttemptOutcome.SENT]
