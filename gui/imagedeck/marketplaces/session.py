"""An authorised, throttled, retrying call — the part both marketplace clients share.

Each call: wait for budget (throttle), attach the bearer token (renewing it first when it is
about to expire), send, learn the budget from the answer, and on 401 renew the token once
and repeat. Idempotent calls that fail transiently are retried with backoff. A token renewed
by another client of the same connection (another thread) is picked up, not renewed twice —
AutoScout24 would otherwise revoke the rotated refresh token.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from imagedeck.marketplaces.base import StatusListener
from imagedeck.marketplaces.errors import MarketplaceError, RateLimitError
from imagedeck.marketplaces.http import HttpClient, HttpResponse
from imagedeck.marketplaces.retry import RATE_LIMIT_FALLBACK_WAIT_S, with_retries
from imagedeck.marketplaces.throttle import ANNOUNCE_WAIT_S, Throttle
from imagedeck.marketplaces.tokens import TokenStore
from imagedeck.texts import QT_TRANSLATE_NOOP

Renew = Callable[[], Awaitable[None]]
Check = Callable[[HttpResponse], None]


class AuthorisedSession:
    def __init__(
        self,
        http: HttpClient,
        tokens: TokenStore,
        renew: Renew,
        check: Check,
        throttle: Throttle | None = None,
    ) -> None:
        self.http = http
        self.tokens = tokens
        self._renew = renew
        self._check = check
        self.throttle = throttle or Throttle()
        self.on_status: StatusListener | None = None  # "rate limit: waiting 42 s", retries
        self.throttle.on_wait = lambda s, _why: self._status(_rate_limit_wait(s))

    def _status(self, text: str) -> None:
        if self.on_status is not None:
            self.on_status(text)

    async def _renew_unless_renewed(self, generation: int) -> None:
        if self.tokens.generation == generation:
            await self._renew()

    async def _bearer(self) -> tuple[dict[str, str], int]:
        tokens = self.tokens.get()
        if tokens is None or not tokens.fresh():
            await self._renew_unless_renewed(self.tokens.generation)
            tokens = self.tokens.get()
        if tokens is None:
            raise MarketplaceError("no access token after signing in")
        return {"Authorization": f"Bearer {tokens.access_token}"}, self.tokens.generation

    async def _send(self, method: str, path: str, kwargs: dict[str, Any]) -> HttpResponse:
        await self.throttle.before_call()
        extra = kwargs.get("headers") or {}  # e.g. a streamed upload's Content-Length
        kwargs = {k: v for k, v in kwargs.items() if k != "headers"}
        headers, generation = await self._bearer()
        answer = await self.http.request(method, path, headers={**extra, **headers}, **kwargs)
        self.throttle.observe(answer.headers)
        if answer.status == 401:
            await self._renew_unless_renewed(generation)
            headers, _ = await self._bearer()
            await self.throttle.before_call()
            answer = await self.http.request(method, path, headers={**extra, **headers}, **kwargs)
            self.throttle.observe(answer.headers)
        try:
            self._check(answer)
        except RateLimitError as exc:
            wait = exc.retry_after if exc.retry_after is not None else RATE_LIMIT_FALLBACK_WAIT_S
            self.throttle.penalise(wait)
            raise
        return answer

    async def call(self, method: str, path: str, **kwargs: Any) -> HttpResponse:
        """Send one call; raises a MarketplaceError subclass when it finally fails."""

        def on_retry(exc: BaseException, wait: float, attempt: int) -> None:
            if isinstance(exc, RateLimitError):
                if wait >= ANNOUNCE_WAIT_S:
                    self._status(_rate_limit_wait(wait))
            else:
                self._status(
                    QT_TRANSLATE_NOOP(
                        "Session", "{error} — trying again in {seconds} s (attempt {attempt})"
                    ).format(error=str(exc), seconds=f"{wait:.1f}", attempt=attempt + 1)
                )

        return await with_retries(
            method, lambda: self._send(method, path, kwargs), on_retry=on_retry
        )


def _rate_limit_wait(seconds: float) -> str:
    """The status line while the marketplace's budget refills (English for the CLI and logs;
    the window shows it translated)."""
    return QT_TRANSLATE_NOOP("Session", "rate limit: waiting {seconds} s").format(
        seconds=f"{seconds:.0f}"
    )


class SessionClient:
    """What both clients answer from their `AuthorisedSession`: the save engine's in-flight
    limit (learnt from the rate budget) and announcements of long waits."""

    session: AuthorisedSession

    def in_flight_limit(self) -> int:
        return self.session.throttle.in_flight_limit()

    def listen_status(self, listener: StatusListener | None) -> None:
        self.session.on_status = listener
