"""The profile builder: the chat's ProfileHook, learning on a background thread.

`after_exchange` only queues the learner's id (bounded queue; when it is full the update is
dropped with a warning, and the next exchange catches up, since learning resumes from the
profile's `last_message_id`). One worker thread learns in its own unit of work per learner.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from app.accounts.models import Role, User
from app.coaching.prompt import estimate_tokens
from app.db import unit_of_work, utcnow
from models.ports import ChatModel
from profiles import context, learning

log = logging.getLogger(__name__)

_STOP = -1


class ProfileBuilder:
    """Learns learner profiles in the background and supplies them to prompts."""

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        chain: ChatModel | None = None,
        queue_size: int = 256,
        token_budget: int = context.TOKEN_BUDGET,
        count_tokens: Callable[[str], int] = estimate_tokens,
        propose_goals: bool = True,
        summarise_style: bool = False,
    ) -> None:
        self._sessions = sessions
        # The model chain proposes goals and, optionally, summarises style; both can be off.
        self._chain = chain if propose_goals else None
        self._budget = token_budget
        self._count = count_tokens
        self._summary_chain = chain if summarise_style else None
        self._queue: queue.Queue[int] = queue.Queue(maxsize=queue_size)
        self._pending: set[int] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.dropped = 0
        self.failures = 0
        self._thread = threading.Thread(target=self._run, name="profile-builder", daemon=True)
        self._thread.start()

    def profile_for(self, learner_id: int, coach_id: int) -> str:
        """The learner's USER PROFILE text for this coach, within the token budget."""
        with unit_of_work(self._sessions) as session:
            return context.profile_text(session=session, learner_id=learner_id,
                                        coach_id=coach_id, budget=self._budget,
                                        count_tokens=self._count)

    def after_exchange(
        self, *, learner_id: int, coach_id: int, conversation_id: int, question_id: int,
        answer_id: int,
    ) -> None:
        """Queue a profile update for the learner; returns at once."""
        # Learning catches up from the profile's watermark, and goals take the coach of the
        # conversation they came from, so the learner's id is all the worker needs.
        del coach_id, conversation_id, question_id, answer_id
        key = learner_id
        with self._lock:
            if self._closed or key in self._pending:
                return  # already queued: that update will read this exchange too
            try:
                self._queue.put_nowait(key)
            except queue.Full:
                self.dropped += 1
                log.warning("profile queue full; update for learner %s dropped (the next one "
                            "catches up)", learner_id)
                return
            self._pending.add(key)

    def _run(self) -> None:
        """The worker loop: one learner at a time until told to stop."""
        while True:
            key = self._queue.get()
            try:
                if key == _STOP:
                    return
                with self._lock:
                    self._pending.discard(key)
                self.update(key)
            finally:
                self._queue.task_done()

    def update(self, learner_id: int) -> int:
        """Learn from the learner's new messages now (the worker calls this); messages read."""
        try:
            with unit_of_work(self._sessions) as session:
                user = session.get(User, learner_id)
                if user is None or user.role is not Role.LEARNER:
                    return 0
                batch = learning.read_batch(session=session, learner_id=learner_id)
            if batch is None:
                return 0
            now = utcnow()
            insights = learning.think(batch, today=now.date(), chain=self._chain,
                                      summary_chain=self._summary_chain)
            with unit_of_work(self._sessions) as session:
                return learning.apply(session=session, learner_id=learner_id, batch=batch,
                                      insights=insights, now=now)
        except Exception:
            self.failures += 1
            log.exception("profile update for learner %s failed", learner_id)
            return 0

    def drain(self) -> None:
        """Wait until every queued update is done (for tests and shutdown)."""
        self._queue.join()

    def close(self, timeout: float = 10.0) -> None:
        """Finish queued updates and stop the worker."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("profile builder still busy after %.0f s; leaving it", timeout)
