"""Forgotten passwords and sign-in without a password, both through one-time e-mailed links.

Asking for a link does the same work whether or not the address has an ID (queue a mail for the
address typed); whether there is an account is only looked at later, by the mail sender. So the
answer, its status and its timing say nothing about who has an ID.
"""

import logging
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from backend.db import utcnow
from backend.models import Account, AccountToken, OutboxMail
from backend.security import hash_password, hash_token, new_token
from backend.services import LinkUnusable, PasswordRejected, audit
from backend.settings import BackendSettings
from kiosk.password_policy import check_password

log = logging.getLogger("backend.accounts")

RESET = "password_reset"
SIGN_IN = "sign_in"
KINDS = (RESET, SIGN_IN)


def request_link(session: Session, kind: str, email: str, language: str) -> None:
    """Queue the mail; the sender finds out whether anybody should get it."""
    assert kind in KINDS
    session.add(OutboxMail(kind=kind, to_address=email.strip().lower(), language=language))
    session.commit()


def account_for(session: Session, address: str) -> Account | None:
    return session.scalar(select(Account).where(Account.email == address.strip().lower()))


def new_link_token(session: Session, account: Account, kind: str, settings: BackendSettings) -> str:
    token = new_token()
    session.add(
        AccountToken(
            account_id=account.id,
            kind=kind,
            token_hash=hash_token(token),
            expires_at=utcnow() + settings.account_link_ttl,
        )
    )
    return token


def account_link_url(settings: BackendSettings, kind: str, token: str) -> str:
    path = "reset-password" if kind == RESET else "sign-in"
    return f"{settings.public_url.rstrip('/')}/account/{path}/{token}"


def forgot_password_url(settings: BackendSettings, language: str) -> str:
    """The public page where the owner of an ID asks for a link to set a new password."""
    return f"{settings.public_url.rstrip('/')}/account/forgot-password?lang={language}"


def usable(session: Session, token: str, kind: str) -> AccountToken:
    found = session.scalar(select(AccountToken).where(AccountToken.token_hash == hash_token(token)))
    if found is None or found.kind != kind:
        raise LinkUnusable("unknown")
    if found.used_at is not None:
        raise LinkUnusable("used")
    if found.expires_at <= utcnow():
        raise LinkUnusable("expired")
    return found


def _consume(session: Session, found: AccountToken) -> None:
    now = utcnow()
    taken = session.execute(
        update(AccountToken)
        .where(AccountToken.id == found.id, AccountToken.used_at.is_(None), AccountToken.expires_at > now)
        .values(used_at=now)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise LinkUnusable("used")


def reset_password(session: Session, token: str, password: str) -> Account:
    found = usable(session, token, RESET)
    check = check_password(password)
    if not check.ok:
        raise PasswordRejected(check.failed, check.too_long)
    _consume(session, found)
    account = found.account
    account.password_hash = hash_password(password)
    # Every other reset link of this account dies with this one.
    session.execute(
        update(AccountToken)
        .where(AccountToken.account_id == account.id, AccountToken.kind == RESET, AccountToken.used_at.is_(None))
        .values(used_at=utcnow())
    )
    audit(session, "password_reset", None, account_id=account.id)
    session.commit()
    return account


def sign_in(session: Session, token: str) -> Account:
    found = usable(session, token, SIGN_IN)
    _consume(session, found)
    account = found.account
    if account.verified_at is None:
        account.verified_at = utcnow()  # the link came to that mailbox
    audit(session, "signed_in_by_link", None, account_id=account.id)
    session.commit()
    return account


#: How often one address may be sent a link, and how often one client may ask.
PER_ADDRESS = (3, timedelta(hours=1))
PER_CLIENT = (20, timedelta(hours=1))
