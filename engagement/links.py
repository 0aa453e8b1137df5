"""Signed links in nudges: unsubscribe (opt out) and open (tracks that a nudge was followed).

A token is the id and an HMAC-SHA256 of it under the app's secret with a purpose prefix, so an
unsubscribe token cannot be used to open someone else's nudge or forged for another learner.
Unsubscribe tokens never expire: a link in an old email must keep working.
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

UNSUBSCRIBE = "nudge-unsubscribe"
OPEN = "nudge-open"


def sign(secret: str, purpose: str, ident: int) -> str:
    """A token for one id and purpose."""
    digest = hmac.new(secret.encode(), f"{purpose}:{ident}".encode(), hashlib.sha256)
    return f"{ident}.{digest.hexdigest()[:32]}"


def verify(secret: str, purpose: str, token: str) -> int | None:
    """The id in a valid token for this purpose, else None."""
    ident, _, _ = token.partition(".")
    if not ident.isdigit() or len(ident) > 12:
        return None
    expected = sign(secret, purpose, int(ident))
    return int(ident) if hmac.compare_digest(expected.encode(), token.encode()) else None


def unsubscribe_url(public_url: str, secret: str, learner_id: int) -> str:
    """The learner's one-click unsubscribe link."""
    token = quote(sign(secret, UNSUBSCRIBE, learner_id))
    return f"{public_url.rstrip('/')}/nudges/unsubscribe?t={token}"


def open_url(public_url: str, secret: str, nudge_id: int) -> str:
    """The link that opens Lodestar from a nudge and marks it opened."""
    token = quote(sign(secret, OPEN, nudge_id))
    return f"{public_url.rstrip('/')}/nudges/open?t={token}"
