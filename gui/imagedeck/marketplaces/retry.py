"""Retrying what is worth retrying, with backoff and jitter (tenacity).

Transient failures — connection reset or refused, timeouts, 5xx, AutoScout24's 50000 — are
retried with exponential backoff and full jitter, so many clients recovering from the same
outage do not hammer the server in step. A 429 waits for the server's refill time instead.
Only idempotent calls are retried on transient failures; a POST is never repeated blindly
(the plentymarkets client first checks on the server whether a POST whose answer was lost took
effect, see `PlentyClient.execute`). A 429 is retried for every method, POST included: the
server refused the call without doing anything, so sending it again cannot do it twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    wait_exponential_jitter,
)

from imagedeck.marketplaces.errors import RateLimitError, TransientError

T = TypeVar("T")

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
MAX_ATTEMPTS = 6
RATE_LIMIT_FALLBACK_WAIT_S = 5.0

RetryListener = Callable[[BaseException, float, int], None]


# A 429 storm is survived by waiting, not by giving up: rate-limit answers get more tries.
MAX_RATE_LIMIT_ATTEMPTS = 60


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, TransientError | RateLimitError)


def _refused(exc: BaseException) -> bool:
    return isinstance(exc, RateLimitError)


class _Stop:
    def __init__(self, max_attempts: int) -> None:
        self._max = max_attempts

    def __call__(self, state: RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        limit = MAX_RATE_LIMIT_ATTEMPTS if isinstance(exc, RateLimitError) else self._max
        return state.attempt_number >= limit


class _Wait:
    """Backoff with jitter for transient errors; the server's own refill time for 429s."""

    def __init__(self, initial: float, maximum: float) -> None:
        self._backoff = wait_exponential_jitter(multiplier=initial, max=maximum, jitter=initial)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RateLimitError):
            return exc.retry_after if exc.retry_after is not None else RATE_LIMIT_FALLBACK_WAIT_S
        return float(self._backoff(state))


async def with_retries(
    method: str,
    attempt: Callable[[], Awaitable[T]],
    *,
    on_retry: RetryListener | None = None,
    max_attempts: int = MAX_ATTEMPTS,
    initial_wait: float = 0.2,
    max_wait: float = 10.0,
) -> T:
    """Run `attempt`, retrying transient failures if `method` is idempotent, and rate-limit
    refusals whatever the method."""
    idempotent = method.upper() in IDEMPOTENT

    def before_sleep(state: RetryCallState) -> None:
        if on_retry is None or state.outcome is None or state.next_action is None:
            return
        error = state.outcome.exception()
        if error is not None:
            on_retry(error, state.next_action.sleep, state.attempt_number)

    async def call() -> T:
        return await attempt()

    retrying = AsyncRetrying(
        retry=retry_if_exception(_retryable if idempotent else _refused),
        wait=_Wait(initial_wait, max_wait),
        stop=_Stop(max_attempts),
        before_sleep=before_sleep,
        reraise=True,
    )
    return await retrying(call)
