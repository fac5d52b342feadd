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
from imagedeck.marketplaces.retry import with_retries
from imagedeck.marketplaces.throttle import Throttle
from imagedeck.marketplaces.tokens import TokenStore
from imagedeck.marketplaces.waits import WaitPolicy, default_policy, sane_seconds, waiting_text
from imagedeck.texts import QT_TRANSLATE_NOOP

Renew = Callable[[], Awaitable[None]]
Check = Callable[[HttpResponse], object]  # raises on a failed answer; its value is unused


class AuthorisedSession:
    def __init__(
        self,
        http: HttpClient,
        tokens: TokenStore,
        renew: Renew,
        check: Check,
        throttle: Throttle | None = None,
        waits: WaitPolicy | None = None,
    ) -> None:
        self.http = http
        self.tokens = tokens
        self._renew = renew
        self._check = check
        #: Every wait of this connection: announced, bounded (waits.py).
        self.waits = waits or default_policy(http.host)
        self.waits.announce = self._forward
        self.throttle = throttle or Throttle(clock=self.waits.clock)
        self.throttle.waits = self.waits
        self.on_status: StatusListener | None = None  # "rate limit: waiting 42 s", retries

    def _forward(self, text: str) -> None:
        if self.on_status is not None:
            self.on_status(text)

    def _status(self, text: str) -> None:
        """A line for the user now: the save's status line, the CLI's stderr, the log."""
        self.waits.say(text)

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
        kind = "read" if method in ("GET", "HEAD") else "write"
        sent = await self.throttle.before_call(kind)
        extra = kwargs.get("headers") or {}  # e.g. a streamed upload's Content-Length
        kwargs = {k: v for k, v in kwargs.items() if k != "headers"}
        headers, generation = await self._bearer()
        answer = await self.http.request(method, path, headers={**extra, **headers}, **kwargs)
        self.throttle.observe(answer.headers, sent, kind)
        if answer.status == 401:
            await self._renew_unless_renewed(generation)
            headers, _ = await self._bearer()
            sent = await self.throttle.before_call(kind)
            answer = await self.http.request(method, path, headers={**extra, **headers}, **kwargs)
            self.throttle.observe(answer.headers, sent, kind)
        try:
            self._check(answer)
        except RateLimitError as exc:
            wait = sane_seconds(exc.retry_after)
            if wait is not None:  # nonsense is left to the retry's backoff
                self.throttle.penalise(wait)
            raise
        return answer

    async def call(self, method: str, path: str, **kwargs: Any) -> HttpResponse:
        """Send one call; raises a MarketplaceError subclass when it finally fails."""

        def on_retry(exc: BaseException, wait: float, retry: int, most: int) -> None:
            if not isinstance(exc, RateLimitError):  # rate-limit waits: said by the policy
                self._status(
                    QT_TRANSLATE_NOOP(
                        "Session", "{error} — retrying ({retry} of {most}) in {seconds} s…"
                    ).format(error=str(exc), retry=retry, most=most, seconds=f"{wait:.1f}")
                )

        return await with_retries(
            method,
            lambda: self._send(method, path, kwargs),
            on_retry=on_retry,
            policy=self.waits,
        )


#: The rate-limit status line (kept here under its old name for callers and tests).
_rate_limit_wait = waiting_text


class SessionClient:
    """What both clients answer from their `AuthorisedSession`: the save engine's in-flight
    limit (learnt from the rate budget) and announcements of long waits."""

    session: AuthorisedSession

    def in_flight_limit(self) -> int:
        return self.session.throttle.in_flight_limit()

    def listen_status(self, listener: StatusListener | None) -> None:
        self.session.on_status = listener
