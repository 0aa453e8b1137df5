"""Web Push with VAPID: key generation and storage, and sending to a learner's browsers.

Keys: `lodestar push keys` writes `vapid.json` (the private key as base64url of the raw P-256
scalar, the public key as base64url of the uncompressed point, which is what the browser's
`applicationServerKey` wants) into the data directory with mode 0600, unless
LODESTAR_VAPID_PRIVATE_KEY is set. Payloads are encrypted (RFC 8291, aes128gcm) by pywebpush.
A subscription the push service reports gone (404 or 410) is disabled, never retried.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from py_vapid import Vapid01, b64urlencode
from pywebpush import WebPushException, webpush
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.db import unit_of_work, utcnow
from app.settings import Settings
from engagement.models import PushSubscription

log = logging.getLogger(__name__)
KEY_FILE = "vapid.json"
GONE = {404, 410}


class PushError(Exception):
    """A push could not be delivered; `permanent` when retrying cannot help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class VapidKeys:
    """A VAPID key pair, both base64url-encoded."""

    private_key: str
    public_key: str


def _public_of(vapid: Vapid01) -> str:
    """The uncompressed public point, base64url (the browser's applicationServerKey)."""
    raw = vapid.public_key.public_bytes(serialization.Encoding.X962,
                                        serialization.PublicFormat.UncompressedPoint)
    return str(b64urlencode(raw))


def generate_keys() -> VapidKeys:
    """A new P-256 VAPID key pair."""
    vapid = Vapid01()
    vapid.generate_keys()
    scalar = vapid.private_key.private_numbers().private_value.to_bytes(32, "big")
    return VapidKeys(private_key=str(b64urlencode(scalar)), public_key=_public_of(vapid))


def keys_from_private(private_key: str) -> VapidKeys:
    """The pair for a stored private key (raw base64url, DER base64url or PEM)."""
    vapid = Vapid01.from_string(private_key=private_key)
    return VapidKeys(private_key=private_key.strip(), public_key=_public_of(vapid))


def key_path(settings: Settings) -> Path:
    """Where `lodestar push keys` stores the key pair."""
    return settings.resolved_data_dir / KEY_FILE


def save_keys(settings: Settings, keys: VapidKeys) -> Path:
    """Write the key pair into the data directory, readable by the owner only."""
    settings.ensure_dirs()
    path = key_path(settings)
    path.write_text(json.dumps({"private_key": keys.private_key, "public_key": keys.public_key}))
    path.chmod(0o600)
    return path


def load_keys(settings: Settings) -> VapidKeys | None:
    """The configured key pair: the setting first, then the data directory's file, else None."""
    if settings.vapid_private_key is not None:
        return keys_from_private(settings.vapid_private_key.get_secret_value())
    path = key_path(settings)
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    return keys_from_private(str(data["private_key"]))


def valid_key(value: str, length: int) -> bool:
    """Whether a subscription key is base64url of the expected byte length."""
    try:
        return len(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))) == length
    except (ValueError, binascii.Error):
        return False


class PushSender:
    """Sends encrypted, VAPID-signed pushes to the push services of a learner's browsers."""

    def __init__(self, keys: VapidKeys, *, subject: str, timeout: float = 10.0,
                 ttl: int = 24 * 3600) -> None:
        self.keys = keys
        self.subject = subject
        self.timeout = timeout
        self.ttl = ttl

    def send(self, subscription: PushSubscription, payload: dict[str, Any], topic: str) -> None:
        """Push one payload to one subscription (raises PushError)."""
        info = {"endpoint": subscription.endpoint,
                "keys": {"p256dh": subscription.p256dh, "auth": subscription.auth}}
        try:
            webpush(info, json.dumps(payload), vapid_private_key=self.keys.private_key,
                    vapid_claims={"sub": self.subject}, ttl=self.ttl, timeout=self.timeout,
                    headers={"Topic": topic, "Urgency": "normal"})
        except WebPushException as error:
            status = error.response.status_code if error.response is not None else None
            raise PushError(f"push service answered {status}: {error.message}",
                            permanent=status in GONE) from error
        except Exception as error:  # noqa: BLE001 - network failures of requests, ValueError...
            raise PushError(f"push failed: {error}") from error

    def send_to_user(self, *, sessions: sessionmaker[Session], user_id: int,
                     payload: dict[str, Any], topic: str) -> int:
        """Push to every live subscription of a user; how many took it (0: none is live)."""
        with unit_of_work(sessions) as session:
            subscriptions = list(session.scalars(select(PushSubscription).where(
                PushSubscription.user_id == user_id, PushSubscription.disabled_at.is_(None))))
        delivered, errors = 0, []
        for subscription in subscriptions:
            try:
                self.send(subscription, payload, topic)
                delivered += 1
            except PushError as error:
                if error.permanent:
                    self._disable(sessions, subscription.id)
                else:
                    errors.append(str(error))
        if delivered == 0 and errors:
            raise PushError("; ".join(errors))
        return delivered

    def _disable(self, sessions: sessionmaker[Session], subscription_id: int) -> None:
        """Stop pushing to a subscription its push service says is gone."""
        with unit_of_work(sessions) as session:
            session.execute(update(PushSubscription)
                            .where(PushSubscription.id == subscription_id)
                            .values(disabled_at=utcnow()))
        log.info("push subscription %s is gone; disabled", subscription_id)
