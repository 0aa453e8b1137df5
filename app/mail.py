"""Email transport: one SMTP connection per batch, multipart text and HTML.

Nudges (`engagement/`) and escalation alerts (`safety/`) both send through `Mailer`; what
they say is theirs, how it travels is this module's. `Mailer.from_settings` returns None when
no SMTP server is configured, so callers can tell "email is off" from "email failed".
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Literal

from app.settings import Settings

Security = Literal["starttls", "tls", "none"]


class MailError(Exception):
    """The SMTP server could not be reached or refused a message."""


@dataclass(frozen=True)
class Email:
    """One message: plain text always, HTML optionally, extra headers as given."""

    to: str
    subject: str
    text: str
    html: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Mailer:
    """Sends email through one SMTP server."""

    host: str
    port: int
    sender: str
    security: Security = "starttls"
    username: str | None = None
    password: str | None = None
    timeout: float = 10.0
    ssl_context: ssl.SSLContext | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Mailer | None:
        """The configured mailer, or None when LODESTAR_SMTP_HOST is unset."""
        if not settings.smtp_host:
            return None
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from,
            security=settings.smtp_security,
            username=settings.smtp_username,
            password=password,
            timeout=settings.smtp_timeout,
        )

    @property
    def domain(self) -> str:
        """The domain of the From address (for Message-IDs)."""
        return self.sender.rpartition("@")[2].strip("> ")

    def build(self, email: Email) -> EmailMessage:
        """The MIME message for an Email (multipart/alternative when it has HTML)."""
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = email.to
        message["Subject"] = email.subject
        if "Message-ID" not in email.headers:  # a caller may fix it (nudges: one id per nudge)
            message["Message-ID"] = make_msgid(domain=self.domain or None)
        for name, value in email.headers.items():
            message[name] = value
        message.set_content(email.text)
        if email.html is not None:
            message.add_alternative(email.html, subtype="html")
        return message

    @contextmanager
    def connect(self) -> Iterator[smtplib.SMTP]:
        """One authenticated SMTP session, closed on exit."""
        context = self.ssl_context or ssl.create_default_context()
        try:
            if self.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=context
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.security == "starttls":
                    client.starttls(context=context)
                if self.username:
                    client.login(self.username, self.password or "")
                yield client
        except (OSError, smtplib.SMTPException) as error:
            raise MailError(f"SMTP {self.host}:{self.port}: {error}") from error

    def send(self, email: Email, client: smtplib.SMTP | None = None) -> str:
        """Send one message (on `client` if given, else on a new connection); its Message-ID."""
        message = self.build(email)
        if client is not None:
            _send(client, message, self.host, self.port)
        else:
            with self.connect() as session:
                _send(session, message, self.host, self.port)
        return str(message["Message-ID"])


def _send(client: smtplib.SMTP, message: EmailMessage, host: str, port: int) -> None:
    """Hand one message to an open SMTP session."""
    try:
        refused = client.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(f"SMTP {host}:{port}: {error}") from error
    if refused:
        raise MailError(f"SMTP {host}:{port} refused {', '.join(sorted(refused))}")
