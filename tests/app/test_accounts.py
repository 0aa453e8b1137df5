"""Accounts: argon2 passwords, hashed API tokens and the audit log, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.accounts import service as accounts
from app.accounts.models import ApiToken, AuditLog, Role
from tests.factories import PASSWORD, make_user


def test_password_is_stored_as_argon2_and_verifies(session: Session) -> None:
    user = make_user(session)
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert accounts.authenticate(session=session, email=user.email.upper(), password=PASSWORD)
    assert accounts.authenticate(session=session, email=user.email, password="wrong pass") is None
    assert accounts.authenticate(session=session, email="nobody@x.org", password=PASSWORD) is None


def test_inactive_user_cannot_sign_in(session: Session) -> None:
    user = make_user(session)
    user.is_active = False
    assert accounts.authenticate(session=session, email=user.email, password=PASSWORD) is None


@pytest.mark.parametrize(
    ("email", "password", "error"),
    [
        ("not-an-email", PASSWORD, "not a valid email"),
        ("a@example.org", "short", "at least 8 characters"),
    ],
)
def test_bad_account_input_is_a_clear_error(
    session: Session, email: str, password: str, error: str
) -> None:
    with pytest.raises(accounts.AccountError, match=error):
        accounts.create_user(session=session, email=email, password=password, role=Role.LEARNER)


def test_email_is_unique_case_insensitively(session: Session) -> None:
    make_user(session, email="Sam@Example.org")
    with pytest.raises(accounts.AccountError, match="already exists"):
        make_user(session, email="sam@example.ORG")


def test_token_is_shown_once_and_stored_hashed(session: Session) -> None:
    user = make_user(session)
    plain = accounts.create_token(session=session, user=user)
    stored = session.scalars(select(ApiToken)).all()
    assert plain.startswith(accounts.TOKEN_PREFIX)
    assert all(plain not in (row.token_hash, row.prefix) for row in stored)
    found = accounts.user_for_token(session=session, token=plain)
    assert found is not None and found.id == user.id
    assert stored[-1].last_used_at is not None
    assert accounts.user_for_token(session=session, token=plain + "x") is None


def test_revoked_token_no_longer_works(session: Session) -> None:
    user, other = make_user(session), make_user(session)
    plain = accounts.create_token(session=session, user=user)
    token_id = session.scalars(select(ApiToken.id).where(ApiToken.user_id == user.id)).one()
    assert accounts.revoke_token(session=session, token_id=token_id, user=other) is False
    assert accounts.user_for_token(session=session, token=plain) is not None
    assert accounts.revoke_token(session=session, token_id=token_id, user=user) is True
    assert accounts.user_for_token(session=session, token=plain) is None


def test_audit_entries_record_actor_and_details(session: Session) -> None:
    user = make_user(session)
    accounts.audit(session=session, action="token.create", actor=user, target_type="user",
                   target_id=user.id, reason="cli")
    entry = session.scalars(select(AuditLog).where(AuditLog.action == "token.create")).one()
    assert (entry.actor_id, entry.target_id, entry.details) == (user.id, str(user.id),
                                                               {"reason": "cli"})
    assert entry.created_at.tzinfo is not None
