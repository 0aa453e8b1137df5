"""Signed-cookie sessions: a small JSON dict in an HMAC-SHA256-signed, timestamped cookie.

It fills `scope["session"]` as Starlette's SessionMiddleware does, so `request.session` works
everywhere, but needs only the standard library. The cookie is signed, not encrypted: it holds
ids and a CSRF token, never secrets. Being client-side, a session cannot be revoked before it
expires except by rotating the secret key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any, Literal

from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE_NAME = "lodestar_session"
MAX_AGE = 14 * 24 * 3600
# An unchanged session is re-signed at most this often, so active users stay signed in
# without every response (static files included) carrying a new cookie.
REFRESH_AFTER = 3600


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs and checks `payload.timestamp.signature` strings with one secret."""

    def __init__(self, secret: str, *, purpose: str = "session") -> None:
        # The purpose is mixed into the key so a value signed for one use fails for another.
        self._key = hashlib.sha256(f"lodestar:{purpose}:{secret}".encode()).digest()

    def _signature(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())

    def sign(self, data: dict[str, Any], *, now: float | None = None) -> str:
        """The data as a signed, timestamped cookie value."""
        payload = _b64(json.dumps(data, separators=(",", ":")).encode())
        body = f"{payload}.{int(time.time() if now is None else now)}"
        return f"{body}.{self._signature(body)}"

    def unsign(self, value: str, *, max_age: int) -> tuple[dict[str, Any], int] | None:
        """The data and signing time of a valid, unexpired value; None otherwise."""
        body, _, signature = value.rpartition(".")
        expected = self._signature(body).encode()
        if not body or not hmac.compare_digest(signature.encode(), expected):
            return None
        payload, _, stamp = body.partition(".")
        try:
            issued = int(stamp)
            data = json.loads(_unb64(payload))
        except (ValueError, binascii.Error):
            return None
        if not isinstance(data, dict) or time.time() - issued > max_age:
            return None
        return data, issued


class SignedCookieSessions:
    """ASGI middleware that loads `scope["session"]` from the cookie and writes it back."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        secret: str,
        https_only: bool = False,
        same_site: Literal["lax", "strict", "none"] = "lax",
        cookie: str = COOKIE_NAME,
        max_age: int = MAX_AGE,
    ) -> None:
        self.app = app
        self.signer = Signer(secret)
        self.cookie = cookie
        self.max_age = max_age
        flags = f"Path=/; HttpOnly; SameSite={same_site}"
        self.flags = flags + ("; Secure" if https_only else "")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Give the request its session and set, refresh or clear the cookie on the way out."""
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        raw = HTTPConnection(scope).cookies.get(self.cookie)
        loaded = self.signer.unsign(raw, max_age=self.max_age) if raw else None
        initial, issued = loaded if loaded else ({}, 0)
        scope["session"] = dict(initial)

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                header = self._header(scope["session"], initial, issued, present=raw is not None)
                if header:
                    MutableHeaders(scope=message).append("set-cookie", header)
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _header(
        self, session: dict[str, Any], initial: dict[str, Any], issued: int, *, present: bool
    ) -> str:
        """The Set-Cookie value the response needs, or "" when the cookie is fine as it is."""
        if not session:
            return f"{self.cookie}=; Max-Age=0; {self.flags}" if present else ""
        if session == initial and time.time() - issued < REFRESH_AFTER:
            return ""
        value = self.signer.sign(session)
        return f"{self.cookie}={value}; Max-Age={self.max_age}; {self.flags}"
