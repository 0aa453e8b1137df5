"""Account service functions: users, passwords, API tokens and the audit log."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts.models import ApiToken, AuditLog, Role, User
from app.db import utcnow

TOKEN_PREFIX = "lsk_"
MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


def normalise_email(email: str) -> str:
    """Lower-case and trim an email address, rejecting obviously invalid ones."""
    value = email.strip().lower()
    local, _, domain = value.partition("@")
    if not local or "." not in domain or " " in value:
        raise AccountError(f"not a valid email address: {email!r}")
    return value


def hash_password(password: str) -> str:
    """Hash a password with argon2id."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Check a password against its argon2 hash."""
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def get_by_email(*, session: Session, email: str) -> User | None:
    """Find a user by email, case-insensitively."""
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(
    *,
    session: Session,
    email: str,
    password: str,
    role: Role,
    display_name: str = "",
    timezone: str = "UTC",
) -> User:
    """Create a user; an email that is taken is an AccountError."""
    address = normalise_email(email)
    if get_by_email(session=session, email=address) is not None:
        raise AccountError(f"a user with email {address} already exists")
    user = User(
        email=address,
        password_hash=hash_password(password),
        role=role,
        display_name=display_name or address.split("@")[0],
        timezone=timezone,
    )
    session.add(user)
    session.flush()
    return user


def list_users(*, session: Session) -> list[User]:
    """Every user, by role and then email."""
    return list(session.scalars(select(User).order_by(User.role, User.email)))


def deactivate_user(*, session: Session, user: User, actor: User | None = None) -> None:
    """Deactivate a user: their sign-ins, sessions and tokens stop working; rows are kept."""
    if not user.is_active:
        return
    user.is_active = False
    audit(session=session, action="user.deactivate", actor=actor, target_type="user",
          target_id=user.id)


def authenticate(*, session: Session, email: str, password: str) -> User | None:
    """Return the active user with this email and password, or None."""
    user = get_by_email(session=session, email=email)
    if user is None or not user.is_active:
        # Hash anyway so a missing account takes as long as a wrong password.
        verify_password(_DUMMY_HASH, password)
        return None
    return user if verify_password(user.password_hash, password) else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(*, session: Session, user: User, name: str = "default") -> str:
    """Create an API token and return its plain text, which is never stored."""
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiToken(user_id=user.id, name=name, prefix=plain[:10], token_hash=_digest(plain))
    )
    session.flush()
    return plain


def user_for_token(*, session: Session, token: str) -> User | None:
    """Resolve a bearer token to its active user, recording when it was used."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.is_active:
        return None
    row.last_used_at = utcnow()
    return user


def revoke_token(*, session: Session, token_id: int, user: User) -> bool:
    """Revoke one of the user's tokens; False when it is not theirs."""
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != user.id:
        return False
    row.revoked_at = utcnow()
    return True


def audit(
    *,
    session: Session,
    action: str,
    actor: User | None = None,
    target_type: str = "",
    target_id: object = "",
    **details: Any,
) -> AuditLog:
    """Append an entry to the audit log."""
    entry = AuditLog(
        actor_id=actor.id if actor else None,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        details=details,
    )
    session.add(entry)
    session.flush()
    return entry


_DUMMY_HASH = _hasher.hash("lodestar-timing-equaliser")
