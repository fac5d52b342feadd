"""Retrying what is worth retrying: bounded in tries and in time, every wait announced.

Transient failures (connection reset or refused, timeouts, 5xx, AutoScout24's 50000) are
retried with exponential backoff and full jitter, so many clients recovering from the same
outage do not hammer the server in step. A 429 waits for the server's refill time when the
server gave a sane one, else it backs off like a transient failure: `Retry-After: -5` or `nan`
used to mean 61 calls in 0.4 s. Only idempotent calls are retried on transient failures; a
POST is never repeated blindly (the plentymarkets client first checks on the server whether a
POST whose answer was lost took effect, see `PlentyClient.execute`). A 429 is retried for
every method, POST included: the server refused the call without doing anything.

Bounds, on every path: at most `max_attempts` tries for transient failures and
`MAX_RATE_LIMIT_ATTEMPTS` for 429s; transient retries stop when the next try would end past
`GIVE_UP_AFTER_S` (so a server that never answers costs under a minute, not 6 x 30 s);
every wait goes through `WaitPolicy.wait`, which announces it and refuses one beyond the
ceiling (`WaitTooLong`). The first retry already speaks: "... retrying (1 of 4)".
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

from imagedeck.marketplaces.errors import MarketplaceError, RateLimitError, TransientError
from imagedeck.marketplaces.waits import WaitPolicy, default_policy, sane_seconds

T = TypeVar("T")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
MAX_ATTEMPTS = 6
#: Tries of one call refused with 429; each waits the server's (sane) refill time.
MAX_RATE_LIMIT_ATTEMPTS = 20
#: The first backoff of a 429 without a usable Retry-After (then doubling, to RATE_BACKOFF_MAX_S).
RATE_LIMIT_FALLBACK_WAIT_S = 1.0
RATE_BACKOFF_MAX_S = 30.0

RetryListener = Callable[[BaseException, float, int, int], None]
"""(error, seconds until the next try, retry number from 1, most retries possible)."""


def backoff(retry: int, initial: float, maximum: float) -> float:
    """Exponential backoff with jitter for retry number `retry` (1, 2, ...)."""
    base = min(maximum, initial * 2 ** (retry - 1))
    return min(maximum, base + random.uniform(0, initial))


def rate_limit_wait(exc: RateLimitError, retry: int) -> float:
    """The server's refill time when it makes sense, else the normal backoff."""
    told = sane_seconds(exc.retry_after)
    if told is not None:
        return told
    return backoff(retry, RATE_LIMIT_FALLBACK_WAIT_S, RATE_BACKOFF_MAX_S)


async def with_retries(
    method: str,
    attempt: Callable[[], Awaitable[T]],
    *,
    on_retry: RetryListener | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    initial_wait: float = 0.2,
    max_wait: float = 10.0,
    policy: WaitPolicy | None = None,
) -> T:
    """Run `attempt`, retrying transient failures if `method` is idempotent, and rate-limit
    refusals whatever the method; raises the last error when the bounds are reached."""
    policy = policy or default_policy()
    idempotent = method.upper() in IDEMPOTENT
    started = policy.clock()
    transient = refused = 0
    slept = 0.0
    while True:
        try:
            return await attempt()
        except RateLimitError as exc:
            refused += 1
            if refused >= MAX_RATE_LIMIT_ATTEMPTS:
                raise
            error: MarketplaceError = exc
            wait = rate_limit_wait(exc, refused)
            retry, most, reason = refused, MAX_RATE_LIMIT_ATTEMPTS - 1, "rate limit"
        except TransientError as exc:
            if not idempotent:
                raise
            transient += 1
            if transient >= max_attempts:
                raise
            wait = backoff(transient, initial_wait, max_wait)
            elapsed = policy.clock() - started
            per_try = max(0.0, elapsed - slept) / (transient + refused)  # a timeout costs 10 s
            if elapsed + wait + per_try > policy.give_up_after_s:
                raise  # the next try would end past the limit: give up now
            error, retry, most, reason = exc, transient, max_attempts - 1, "retry"
        if on_retry is not None:
            on_retry(error, wait, retry, most)
        # A retry's own line (above) already names its wait; a rate-limit wait is announced
        # by the policy when it is long enough to notice.
        await policy.wait(wait, reason, announce=reason != "retry" or on_retry is None)
        slept += wait
