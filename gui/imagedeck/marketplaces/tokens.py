"""Tokens shared by every client of one connection, across threads.

The GUI loop and the save worker each own an HTTP client, but they must share one set of
tokens: AutoScout24 rotates the refresh token on every refresh, so a second client holding
the old one would be locked out. `TokenStore` is the single place tokens live for a session;
`on_rotate` lets the app persist a rotated refresh token at once (e.g. to the keyring).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from imagedeck.logs import register_secret

# Renew a little before the server would refuse, so a long save does not hit the edge.
EXPIRY_MARGIN_S = 30.0


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str = ""
    expires_at: float | None = None  # time.monotonic() deadline; None = unknown

    def fresh(self, now: float | None = None) -> bool:
        if not self.access_token:
            return False
        if self.expires_at is None:
            return True
        return (now if now is not None else time.monotonic()) < self.expires_at - EXPIRY_MARGIN_S


def tokens_from_answer(data: dict, *, keep_refresh: str = "") -> Tokens:
    """Read a token answer in camelCase (plentymarkets) or snake_case (OAuth) spelling."""
    access = data.get("accessToken") or data.get("access_token") or ""
    refresh = data.get("refreshToken") or data.get("refresh_token") or keep_refresh
    expires_in = data.get("expiresIn", data.get("expires_in"))
    expires_at = None
    if isinstance(expires_in, int | float) and expires_in > 0:
        expires_at = time.monotonic() + float(expires_in)
    return Tokens(access_token=str(access), refresh_token=str(refresh), expires_at=expires_at)


class TokenStore:
    """Thread-safe holder of the current tokens of one connection."""

    def __init__(
        self,
        tokens: Tokens | None = None,
        on_rotate: Callable[[Tokens], None] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self._tokens = tokens
        self.on_rotate = on_rotate
        self.generation = 0  # bumped on every change, so a client sees someone else refreshed

    def get(self) -> Tokens | None:
        with self._lock:
            return self._tokens

    def set(self, tokens: Tokens) -> None:
        register_secret(tokens.access_token)  # a server echoing it back is masked
        register_secret(tokens.refresh_token)
        with self._lock:
            rotated = self._tokens is None or tokens.refresh_token != self._tokens.refresh_token
            self._tokens = tokens
            self.generation += 1
        if rotated and self.on_rotate is not None:
            self.on_rotate(tokens)

    def clear(self) -> None:
        with self._lock:
            self._tokens = None
            self.generation += 1
