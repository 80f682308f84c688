"""Limits on how often a public endpoint may be used, per client address and per e-mail address.

Counted in the database, so several backend processes share one count. E-mail addresses enter a
bucket only as a hash: the table never holds an address.
"""

import hashlib
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from backend.db import utcnow
from backend.models import RateLimitHit


class Limited(Exception):
    def __init__(self, retry_after: timedelta) -> None:
        super().__init__(f"retry after {retry_after}")
        self.retry_after = retry_after


def email_bucket(action: str, email: str) -> str:
    return f"{action}:email:{hashlib.sha256(email.strip().lower().encode()).hexdigest()}"


def ip_bucket(action: str, address: str | None) -> str:
    return f"{action}:ip:{address or 'unknown'}"


def check(session: Session, limits: list[tuple[str, int, timedelta]], now: datetime | None = None) -> None:
    """Count one request in each (bucket, limit, window), or raise :class:`Limited` and count none."""
    now = now or utcnow()
    waits = []
    for bucket, limit, window in limits:
        hits = session.scalars(
            select(RateLimitHit.at)
            .where(RateLimitHit.bucket == bucket, RateLimitHit.at > now - window)
            .order_by(RateLimitHit.at)
        ).all()
        if len(hits) >= limit:
            waits.append(hits[len(hits) - limit] + window - now)
    if waits:
        raise Limited(max(waits))
    for bucket, _, _ in limits:
        session.add(RateLimitHit(bucket=bucket, at=now))
    session.commit()


def forget_old(session: Session, now: datetime, older_than: timedelta = timedelta(days=1)) -> int:
    deleted = session.execute(delete(RateLimitHit).where(RateLimitHit.at <= now - older_than))
    session.commit()
    return int(deleted.rowcount)  # type: ignore[attr-defined]


def count(session: Session, bucket: str) -> int:
    return int(session.scalar(select(func.count()).where(RateLimitHit.bucket == bucket)) or 0)
