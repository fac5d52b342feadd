"""Where connection secrets live: the OS keyring, or this session's memory when there is none.

Passwords, client secrets and refresh tokens must never reach a file ImageDeck writes. The
`keyring` library talks to Windows Credential Locker, the macOS Keychain or the Secret Service;
a Linux box without a secret service gives `keyring.backends.fail.Keyring` (or raises
`NoKeyringError`). Then secrets are kept in memory for this session only and `available` is
False, so the UI can say so once and ask for them again next time — rather than quietly
writing them to disk.

Plain Python: the CLI and the window share it. Every secret is stored under the service
`ImageDeck` with the user name ``"<connection name>:<kind>"``.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backends import fail

from imagedeck import logs
from imagedeck.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "ImageDeck"
PASSWORD = "password"  # plentymarkets back-end user's password
CLIENT_SECRET = "client_secret"  # AutoScout24 OAuth client secret
REFRESH_TOKEN = "refresh_token"  # AutoScout24 refresh token (rotates on every refresh)
KINDS = (PASSWORD, CLIENT_SECRET, REFRESH_TOKEN)


def keyring_usable() -> bool:
    """Whether the active keyring backend can store anything (not the "fail" backend)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration must not stop the app
        return False
    return not isinstance(backend, fail.Keyring)


class SecretStore:
    """Reads and writes a connection's secrets; falls back to memory without a keyring."""

    def __init__(self) -> None:
        self._session: dict[tuple[str, str], str] = {}
        self.available = keyring_usable()
        self.problem: str = (
            ""
            if self.available
            else QT_TRANSLATE_NOOP("SecretStore", "No system keyring (secret service) was found.")
        )

    def _key(self, connection: str, kind: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown secret kind {kind!r}; expected one of {', '.join(KINDS)}")
        return f"{connection}:{kind}"

    def get(self, connection: str, kind: str) -> str:
        """The secret, or "" when none is stored (or the keyring refused to answer)."""
        key = self._key(connection, kind)
        if (connection, kind) in self._session:
            return self._session[(connection, kind)]
        if not self.available:
            return ""
        try:
            value = keyring.get_password(SERVICE, key) or ""
        except keyring.errors.KeyringError as exc:
            self._give_up(exc)
            return ""
        logs.register_secret(value)
        return value

    def set(self, connection: str, kind: str, value: str) -> None:
        """Store `value` (an empty value deletes it)."""
        key = self._key(connection, kind)
        if not value:
            self.delete(connection, kind)
            return
        logs.register_secret(value)
        if self.available:
            try:
                keyring.set_password(SERVICE, key, value)
                self._session.pop((connection, kind), None)
                return
            except keyring.errors.KeyringError as exc:
                self._give_up(exc)
        self._session[(connection, kind)] = value

    def delete(self, connection: str, kind: str) -> None:
        key = self._key(connection, kind)
        self._session.pop((connection, kind), None)
        if not self.available:
            return
        try:
            keyring.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already the wanted state
        except keyring.errors.KeyringError as exc:
            self._give_up(exc)

    def delete_all(self, connection: str) -> None:
        for kind in KINDS:
            self.delete(connection, kind)

    def rename(self, old: str, new: str) -> None:
        """Move every secret of connection `old` to `new` (a renamed profile)."""
        if old == new:
            return
        for kind in KINDS:
            value = self.get(old, kind)
            if value:
                self.set(new, kind, value)
            self.delete(old, kind)

    def _give_up(self, exc: Exception) -> None:
        """The keyring failed mid-session: keep secrets in memory from now on."""
        log.warning("keyring unusable, secrets kept for this session only: %s", exc)
        self.available = False
        self.problem = QT_TRANSLATE_NOOP(
            "SecretStore", "The system keyring failed: {error}"
        ).format(error=str(exc))
