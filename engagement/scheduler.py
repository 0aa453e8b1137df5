"""The nudge scheduler: APScheduler 3 on a database job store, run by one process at a time.

Every process (each web worker, or `lodestar worker`) runs a small elector thread that tries
to take or renew the `engagement.scheduler` lease row every heartbeat (see `lease.py`). Only
the holder runs APScheduler's jobs; the others keep it paused. If the holder dies, its lease
expires after three heartbeats and another process takes over. Jobs are stored by name in
the app database (`apscheduler_jobs`), so their schedule survives restarts; they run in UTC,
coalesce missed runs into one, and still run when up to the misfire grace time late.

APScheduler calls jobs by name, so the job functions find this process's scheduler through
`active_scheduler()`: the one module-level reference here, set while a scheduler runs.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_engine, unit_of_work, utcnow
from app.settings import Settings
from engagement import lease
from engagement.jobs import Engagement, build_engagement
from models.ports import ChatModel
from safety.ports import SafetyHook
from safety.realert import RealertPolicy

log = logging.getLogger(__name__)
LEASE_NAME = "engagement.scheduler"
JOB_EVALUATE = "nudges.evaluate"
JOB_DELIVER = "nudges.deliver"
# Not a nudge job, but it needs the same guarantee: exactly one process runs it at a time.
JOB_REALERT = "safety.realert"
_active: NudgeScheduler | None = None
_active_lock = threading.Lock()


def active_scheduler() -> NudgeScheduler | None:
    """The scheduler of this process that holds the lease, if any."""
    return _active


class NudgeScheduler:
    """Leader election on a database lease plus an APScheduler that only the leader runs."""

    def __init__(self, engagement: Engagement, *, engine: Engine, holder: str | None = None
                 ) -> None:
        self.engagement = engagement
        self.engine = engine
        self.holder = holder or lease.new_holder_id()
        settings = engagement.settings
        self.heartbeat = settings.scheduler_heartbeat_seconds
        self.ttl = self.heartbeat * 3
        self._leader = False
        self._stop = threading.Event()
        # Serialises starting and stopping APScheduler: a heartbeat that ends after stop()
        # must not start the jobs again (they would run on until the interpreter exits).
        self._state = threading.Lock()
        self._thread: threading.Thread | None = None
        self._last_error = ""
        self._scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename="apscheduler_jobs")},
            executors={"default": ThreadPoolExecutor(max_workers=2)},
            job_defaults={"coalesce": True, "max_instances": 1,
                          "misfire_grace_time": settings.scheduler_misfire_grace_seconds},
            timezone=UTC,
        )

    @property
    def leader(self) -> bool:
        """Whether this process led at the last heartbeat."""
        return self._leader

    # --- election -----------------------------------------------------------------------------

    def start(self) -> None:
        """Start the elector thread (it starts the jobs once this process leads)."""
        self._thread = threading.Thread(target=self._elect_forever, name="nudge-scheduler",
                                        daemon=True)
        self._thread.start()

    def _elect_forever(self) -> None:
        """Take or renew the lease every heartbeat; run jobs only while it is ours."""
        while not self._stop.is_set():
            try:
                self.elect_once()
            except Exception:  # the elector must outlive any one bad heartbeat
                log.exception("scheduler heartbeat failed")
                self._last_error = "heartbeat failed; see the log"
            self._stop.wait(self.heartbeat)

    def elect_once(self) -> bool:
        """One heartbeat: renew or take the lease, and start or pause the jobs to match."""
        try:
            with unit_of_work(self.engagement.sessions) as session:
                leader = lease.try_acquire(session=session, name=LEASE_NAME, holder=self.holder,
                                           ttl=self.ttl)
            self._last_error = ""
        except SQLAlchemyError as error:
            # Unsure whether we still hold it: stop running jobs rather than risk two runners.
            self._last_error = str(error).splitlines()[0]
            log.warning("scheduler lease check failed: %s", self._last_error)
            leader = False
        if leader and not self._leader:
            self._become_leader()
        elif not leader and self._leader:
            self._step_down()
        return self._leader

    def still_leader(self) -> bool:
        """Whether this process holds the lease right now (checked before each job)."""
        if not self._leader:
            return False
        try:
            with unit_of_work(self.engagement.sessions) as session:
                return lease.holds(session=session, name=LEASE_NAME, holder=self.holder)
        except SQLAlchemyError:
            return False

    def _become_leader(self) -> None:
        """Start (or resume) APScheduler and make sure its jobs exist."""
        global _active
        with self._state:
            if self._stop.is_set():
                # A heartbeat that outlived stop(): give the lease back, start nothing.
                self._release_lease()
                return
            log.info("scheduler leader: %s", self.holder)
            if not self._scheduler.running:
                self._scheduler.start(paused=True)
            self._ensure_jobs()
            # Leader only once the jobs exist, so status() never reports a leader without them.
            self._leader = True
            with _active_lock:
                _active = self
            self._scheduler.resume()

    def _step_down(self) -> None:
        """Pause the jobs: another process holds the lease now."""
        global _active
        log.warning("scheduler lease lost by %s; pausing jobs", self.holder)
        with self._state:
            self._leader = False
            with _active_lock:
                if _active is self:
                    _active = None
            if self._scheduler.running:
                self._scheduler.pause()

    def _ensure_jobs(self) -> None:
        """Add the jobs if the store lacks them, or if their interval changed in settings."""
        settings = self.engagement.settings
        wanted = {
            JOB_EVALUATE: ("engagement.jobs:scheduled_evaluate",
                           timedelta(minutes=settings.nudge_interval_minutes)),
            JOB_DELIVER: ("engagement.jobs:scheduled_deliver",
                          timedelta(seconds=settings.delivery_interval_seconds)),
            JOB_REALERT: ("engagement.jobs:scheduled_realert",
                          RealertPolicy.from_settings(settings).check_interval),
        }
        for job_id, (func, interval) in wanted.items():
            job = self._scheduler.get_job(job_id)
            current = getattr(job.trigger, "interval", None) if job else None
            if job is not None and current == interval:
                continue  # keep the stored next run time: the schedule survives restarts
            first = utcnow() + interval
            self._scheduler.add_job(func, "interval", seconds=interval.total_seconds(),
                                    id=job_id, name=job_id, replace_existing=True,
                                    next_run_time=first)

    def stop(self) -> None:
        """Stop electing, stop the jobs and give the lease up so another process can lead.

        Safe against a heartbeat still under way: once this returns, nothing starts the jobs
        again, even if the elector thread outlives the join (a slow database, say).
        """
        global _active
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.heartbeat + 5)
            if self._thread.is_alive():
                log.warning("scheduler elector still busy after %.0fs; it will start no jobs",
                            self.heartbeat + 5)
        with self._state:
            if self._scheduler.running:
                self._scheduler.shutdown(wait=True)
            if self._leader:
                self._release_lease()
            self._leader = False
            with _active_lock:
                if _active is self:
                    _active = None
        self.engine.dispose()

    def _release_lease(self) -> None:
        try:
            with unit_of_work(self.engagement.sessions) as session:
                lease.release(session=session, name=LEASE_NAME, holder=self.holder)
        except SQLAlchemyError as error:
            log.warning("could not release the scheduler lease: %s", error)

    # --- status -------------------------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        """Running, leader, lease holder and expiry, and the jobs' next run times (for /readyz)."""
        jobs: dict[str, str | None] = {}
        if self._leader and self._scheduler.running:
            for job in self._scheduler.get_jobs():
                when: datetime | None = job.next_run_time
                jobs[job.id] = when.astimezone(UTC).isoformat() if when else None
        holder, expires = None, None
        try:
            with unit_of_work(self.engagement.sessions) as session:
                current = lease.state(session=session, name=LEASE_NAME)
            holder = current.holder
            expires = current.expires_at.isoformat() if current.expires_at else None
        except SQLAlchemyError as error:
            self._last_error = str(error).splitlines()[0]
        return {
            "enabled": True,
            "running": self._thread is not None and self._thread.is_alive(),
            "leader": self._leader,
            "holder": self.holder,
            "lease_holder": holder,
            "lease_expires_at": expires,
            "jobs": jobs,
            "error": self._last_error,
        }


class DisabledScheduler:
    """Stands in when LODESTAR_SCHEDULER_ENABLED is false (a separate worker runs the jobs)."""

    def status(self) -> dict[str, Any]:
        """Reports that this process runs no jobs."""
        return {"enabled": False, "running": False, "leader": False, "jobs": {}}

    def stop(self) -> None:
        """Nothing to stop."""


def build_scheduler(
    settings: Settings, *, sessions: sessionmaker[Session], chain: ChatModel | None,
    safety: SafetyHook | None = None,
) -> NudgeScheduler | DisabledScheduler:
    """The app's scheduler, already electing; disabled by LODESTAR_SCHEDULER_ENABLED=false."""
    if not settings.scheduler_enabled:
        return DisabledScheduler()
    engagement = build_engagement(settings, sessions=sessions, chain=chain, safety=safety)
    # Its own engine: APScheduler disposes of its job store's engine when it shuts down.
    scheduler = NudgeScheduler(engagement, engine=make_engine(settings.sqlalchemy_url))
    scheduler.start()
    return scheduler
