"""When to try a request again: which failures can succeed later, and how long to wait.

Waiting uses "full jitter" exponential backoff (a random delay between zero and an exponentially
growing cap), so a showroom's kiosks coming back after an outage do not all knock at once; a
server's ``Retry-After`` (seconds or an HTTP date) is honoured when it asks for longer.
"""

import random

from kiosk.api_client import BackendUnreachable, Refused, ServerError

#: Statuses below 500 that mean "not now" rather than "not this".
_RETRYABLE_4XX = frozenset({408, 429})


def can_succeed_later(error: Exception) -> bool:
    """True for what a retry may fix (no connection, time-outs, 408, 429, 5xx); False for refusals."""
    if isinstance(error, BackendUnreachable):
        return True
    if isinstance(error, Refused):
        return error.status in _RETRYABLE_4XX
    if isinstance(error, ServerError):
        # 5xx, a 408/429 from a proxy without our error body, or an answer we could not read.
        return error.status >= 500 or error.status in _RETRYABLE_4XX or error.status < 400
    return False  # not the network's doing: a bug, which waiting will not fix


def backoff_delay(attempt: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2**attempt)] for the ``attempt``-th retry (from 0)."""
    return rng.uniform(0.0, min(cap, base * 2 ** min(attempt, 32)))


def retry_delay(error: Exception, attempt: int, *, base: float, cap: float, rng: random.Random) -> float:
    """How long to wait before the next try after ``error``: the backoff, or longer if the server asked."""
    delay = backoff_delay(attempt, base=base, cap=cap, rng=rng)
    asked = error.retry_after if isinstance(error, (Refused, ServerError)) else None
    return delay if asked is None else max(delay, asked)
