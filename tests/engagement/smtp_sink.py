"""A real SMTP server on loopback (aiosmtpd) that keeps what it accepts, for tests and bench."""

from __future__ import annotations

import threading
from collections.abc import Callable
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.servers import free_port


class SmtpSink:
    """Accepts mail on 127.0.0.1; can refuse the next N messages or act before accepting one."""

    def __init__(self) -> None:
        self.port = free_port()
        self.accepted: list[bytes] = []
        self.refuse_next = 0
        # Called with the message's number before replying; True drops it unanswered (the
        # hook may have killed the sender mid-DATA, which then never saw a 250).
        self.before_accept: Callable[[int], bool] | None = None
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        """aiosmtpd's hook: keep the message (or refuse it) and answer the client."""
        del server, session
        with self._lock:
            if self.refuse_next > 0:
                self.refuse_next -= 1
                return "451 4.3.0 try again later"
            if self.before_accept is not None and self.before_accept(len(self.accepted) + 1):
                return "421 4.3.0 closing"
            self.accepted.append(envelope.content)
        return "250 2.0.0 accepted"

    def messages(self) -> list[EmailMessage]:
        """Every accepted message, parsed."""
        with self._lock:
            raw = list(self.accepted)
        return [message_from_bytes(data, policy=policy.default) for data in raw]  # type: ignore[misc]

    def __enter__(self) -> SmtpSink:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
