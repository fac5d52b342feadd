"""Access tokens, refresh tokens and OAuth authorisation codes of both marketplaces.

Tokens are checked against the *current* fault settings on every use, so a test can shorten
the life of tokens a client already holds (`faults.token_max_calls = 2`). The clock is
injectable so expiry (access tokens, 10-minute codes, 14-day refresh tokens) is testable
without sleeping.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from .faults import Faults

Realm = str  # "plenty" | "as24"


@dataclass
class AccessToken:
    value: str
    realm: Realm
    issued_at: float
    lifetime_s: float
    refresh_token: str | None
    calls: int = 0


@dataclass
class RefreshToken:
    value: str
    realm: Realm
    client_id: str
    expires_at: float


@dataclass
class AuthCode:
    value: str
    client_id: str
    redirect_uri: str
    expires_at: float


class TokenStore:
    """All live credentials. Thread-safe: tests read and revoke them from another thread."""

    CODE_LIFETIME_S = 600.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._access: dict[str, AccessToken] = {}
        self._refresh: dict[str, RefreshToken] = {}
        self._codes: dict[str, AuthCode] = {}
        self._lock = threading.Lock()

    def issue(
        self,
        realm: Realm,
        lifetime_s: float,
        *,
        client_id: str = "",
        refresh_lifetime_s: float | None = None,
    ) -> AccessToken:
        """A new access token, with a refresh token unless `refresh_lifetime_s` is None."""
        now = self.clock()
        refresh = None
        if refresh_lifetime_s is not None:
            refresh = _new_value(realm)
            with self._lock:
                self._refresh[refresh] = RefreshToken(
                    refresh, realm, client_id, now + refresh_lifetime_s
                )
        token = AccessToken(_new_value(realm), realm, now, lifetime_s, refresh)
        with self._lock:
            self._access[token.value] = token
        return token

    def use(self, realm: Realm, value: str, faults: Faults) -> bool:
        """Count one authenticated call with `value`; False if it is unknown or dead."""
        with self._lock:
            token = self._access.get(value)
            if token is None or token.realm != realm:
                return False
            lifetime = token.lifetime_s
            if faults.token_ttl_s is not None:
                lifetime = min(lifetime, faults.token_ttl_s)
            dead_by_time = self.clock() - token.issued_at >= lifetime
            dead_by_use = (
                faults.token_max_calls is not None and token.calls >= faults.token_max_calls
            )
            if dead_by_time or dead_by_use:
                return False
            token.calls += 1
            return True

    def redeem_refresh(self, realm: Realm, value: str, client_id: str | None = None) -> bool:
        """Spend a refresh token (they rotate): True once, False ever after or if expired."""
        with self._lock:
            token = self._refresh.get(value)
            if token is None or token.realm != realm:
                return False
            if client_id is not None and token.client_id != client_id:
                return False
            del self._refresh[value]
            return self.clock() < token.expires_at

    def revoke(self, value: str) -> None:
        """End an access token and its refresh token (logout)."""
        with self._lock:
            token = self._access.pop(value, None)
            if token and token.refresh_token:
                self._refresh.pop(token.refresh_token, None)

    def issue_code(self, client_id: str, redirect_uri: str) -> str:
        """A single-use authorisation code, valid for ten minutes."""
        code = secrets.token_urlsafe(24)
        with self._lock:
            self._codes[code] = AuthCode(
                code, client_id, redirect_uri, self.clock() + self.CODE_LIFETIME_S
            )
        return code

    def redeem_code(self, code: str, client_id: str, redirect_uri: str) -> bool:
        """Spend a code: True only once, before expiry, for the client and URI it was made for."""
        with self._lock:
            entry = self._codes.pop(code, None)
        return (
            entry is not None
            and entry.client_id == client_id
            and entry.redirect_uri == redirect_uri
            and self.clock() < entry.expires_at
        )


def _new_value(realm: Realm) -> str:
    """plentymarkets hands out long opaque strings, AutoScout24 UUIDs (as in its docs)."""
    return secrets.token_urlsafe(48) if realm == "plenty" else str(uuid.uuid4())
