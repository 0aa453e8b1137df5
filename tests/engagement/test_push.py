"""Web Push with VAPID against a local push service that decrypts and verifies like a real one."""

from __future__ import annotations

import base64
import json
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import http_ece
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from sqlalchemy import select

from app.db import unit_of_work
from engagement.models import Notification, NudgeChannel, NudgeStatus, PushSubscription
from engagement.push import PushSender, generate_keys
from tests.engagement.conftest import Outbox, make_deliverer
from tests.servers import free_port

SUBJECT = "mailto:ops@lodestar.test"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class PushService:
    """A browser's push service: checks the VAPID JWT, decrypts the payload (RFC 8291)."""

    def __init__(self, status: int = 201) -> None:
        self.status = status
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        self.received: list[dict[str, Any]] = []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers["Content-Length"]))
                service.received.append(service.open(
                    {k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(service.status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                del args

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)

    def subscription(self, name: str = "device") -> dict[str, str]:
        """What the browser would send us after subscribing."""
        public = self.key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
        return {"endpoint": f"{self.origin}/push/{name}", "p256dh": _b64(public),
                "auth": _b64(self.auth)}

    def open(self, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        """Verify the VAPID token against its key and decrypt the payload."""
        scheme, _, params = headers["authorization"].partition(" ")
        fields = dict(part.strip().split("=", 1) for part in params.split(","))
        token, server_key = fields["t"], fields["k"]
        head, claims, signature = token.split(".")
        raw = _unb64(signature)
        der = encode_dss_signature(int.from_bytes(raw[:32], "big"),
                                   int.from_bytes(raw[32:], "big"))
        verifier = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(),
                                                                _unb64(server_key))
        verifier.verify(der, f"{head}.{claims}".encode(), ec.ECDSA(hashes.SHA256()))
        payload = http_ece.decrypt(body, private_key=self.key, auth_secret=self.auth,
                                   version="aes128gcm")
        return {"scheme": scheme, "server_key": server_key, "claims": json.loads(_unb64(claims)),
                "header": json.loads(_unb64(head)), "headers": headers,
                "payload": json.loads(payload)}

    def __enter__(self) -> PushService:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def push_service() -> Iterator[PushService]:
    with PushService() as service:
        yield service


def _subscribe(outbox: Outbox, service: PushService, name: str = "device") -> None:
    with unit_of_work(outbox.sessions) as session:
        session.add(PushSubscription(user_id=outbox.learner_id, **service.subscription(name)))


def test_a_push_is_encrypted_for_the_browser_and_signed_with_vapid(
    outbox: Outbox, push_service: PushService
) -> None:
    keys = generate_keys()
    _subscribe(outbox, push_service)
    [nudge_id] = outbox.add(channel=NudgeChannel.WEB_PUSH)
    deliverer = make_deliverer(outbox, None, push=PushSender(keys, subject=SUBJECT))
    before = time.time()
    assert deliverer.deliver_due().by_channel == {"web_push": 1}
    [push] = push_service.received
    assert push["scheme"] == "vapid" and push["server_key"] == keys.public_key
    assert push["header"]["alg"] == "ES256"
    assert push["claims"]["aud"] == push_service.origin and push["claims"]["sub"] == SUBJECT
    assert push["claims"]["exp"] > before
    assert push["headers"]["content-encoding"] == "aes128gcm"
    assert push["headers"]["topic"] == f"nudge{nudge_id}"
    assert push["payload"]["title"] == "Maya: how are things?"
    assert "small step" in push["payload"]["body"]
    assert push["payload"]["url"].startswith("http://lodestar.test/nudges/open?t=")
    assert outbox.get(nudge_id).status is NudgeStatus.SENT


def test_a_gone_subscription_is_disabled_and_the_nudge_goes_in_app(outbox: Outbox) -> None:
    with PushService(status=410) as gone:
        _subscribe(outbox, gone)
        [nudge_id] = outbox.add(channel=NudgeChannel.WEB_PUSH)
        deliverer = make_deliverer(outbox, None,
                                   push=PushSender(generate_keys(), subject=SUBJECT))
        assert deliverer.deliver_due().by_channel == {"in_app": 1}
        assert len(gone.received) == 1
    with unit_of_work(outbox.sessions) as session:
        assert session.scalars(select(PushSubscription.disabled_at)).one() is not None
        assert session.scalar(select(Notification).where(Notification.nudge_id == nudge_id))
    sent = outbox.get(nudge_id)
    assert sent.status is NudgeStatus.SENT and sent.channel is NudgeChannel.IN_APP


def test_a_failing_push_service_is_retried(outbox: Outbox) -> None:
    with PushService(status=503) as down:
        _subscribe(outbox, down)
        [nudge_id] = outbox.add(channel=NudgeChannel.WEB_PUSH)
        deliverer = make_deliverer(outbox, None,
                                   push=PushSender(generate_keys(), subject=SUBJECT))
        assert deliverer.deliver_due().retried == 1
    failed = outbox.get(nudge_id)
    assert failed.status is NudgeStatus.QUEUED and "503" in failed.error
