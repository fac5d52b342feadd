"""Saved connections ("profiles"): what to connect to, kept apart from how to prove it.

A profile is the non-secret half of a `Connection` — name, marketplace, base URL, user name
or client id — saved as JSON in the app's data folder (`connections.json`). The secret half
(password, client secret, refresh token) lives in the keyring (`keyring_secrets.SecretStore`)
and is joined in only when a live `Connection` is built. That `Connection`'s TokenStore has
its rotation callback hooked: AutoScout24 rotates the refresh token on every refresh and the
old one dies, so the new one is written to the keyring the moment it arrives.

The built-in sandbox shows up as ready "Demo" profiles (one per marketplace, from
`demo_connections`) that need no secrets and are never written to the file.

Plain Python: the CLI (`--connection NAME`) and the Connections dialog share it. Refusals
are marked with `QT_TRANSLATE_NOOP` (context "ConnectionsStore"): English for the CLI, shown
in the interface language by the dialog (`imagedeck.ui.common.translated.error_text`).
"""

from __future__ import annotations

import json
import os
import tempfile
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from imagedeck.connections.keyring_secrets import (
    CLIENT_SECRET,
    PASSWORD,
    REFRESH_TOKEN,
    SecretStore,
)
from imagedeck.marketplaces.connection import MARKETPLACES, Connection, demo_connections
from imagedeck.marketplaces.plain_http import insecure_http_allowed, is_loopback
from imagedeck.marketplaces.registry import AUTOSCOUT24, marketplace_info
from imagedeck.marketplaces.tokens import Tokens
from imagedeck.paths import data_dir
from imagedeck.texts import QT_TRANSLATE_NOOP

CONNECTIONS_FILE = "connections.json"
#: AutoScout24's public API, the default of a new AutoScout24 connection (from the registry).
AS24_DEFAULT_URL = marketplace_info(AUTOSCOUT24).default_base_url
#: Where AutoScout24 sends the browser after sign-in; must match the integration's registered
#: redirect URI (HTTPS or a custom scheme). The user pastes the resulting address back.
AS24_DEFAULT_REDIRECT = "https://localhost/imagedeck/signed-in"


class ProfileError(ValueError):
    """A profile cannot be saved or used; the message names the field and what is wrong."""


@dataclass(frozen=True)
class Profile:
    name: str
    marketplace: str
    base_url: str
    username: str = ""  # plentymarkets back-end user
    client_id: str = ""  # AutoScout24 OAuth client
    redirect_uri: str = AS24_DEFAULT_REDIRECT  # AutoScout24 sign-in flow
    demo: bool = False  # the built-in sandbox: ready, no secrets, never saved

    def secrets_needed(self) -> tuple[str, ...]:
        """The secret kinds this profile cannot connect without."""
        if self.demo:
            return ()
        if marketplace_info(self.marketplace).signs_in_with_password:
            return (PASSWORD,)
        return (CLIENT_SECRET, REFRESH_TOKEN)


def validate_base_url(url: str) -> str:
    """The URL without a trailing slash; https is required except on loopback."""
    url = url.strip().rstrip("/")
    if not url:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore",
                "Base URL: enter your system's address, e.g. https://shop.example.com",
            )
        )
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "Base URL: {url} is not a web address (https://…)"
            ).format(url=repr(url))
        )
    if (
        parsed.scheme == "http"
        and not is_loopback(parsed.hostname)
        and not insecure_http_allowed()  # IMAGEDECK_ALLOW_INSECURE_HTTP: a trusted test shop
    ):
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore",
                "Base URL: {url} must use https:// (plain http is only allowed on this computer)",
            ).format(url=repr(url))
        )
    return url


def validate_profile(profile: Profile) -> Profile:
    """A cleaned copy of `profile`, or ProfileError naming the first bad field."""
    name = profile.name.strip()
    if not name:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "Name: give the connection a name, e.g. “My shop”"
            )
        )
    if profile.marketplace not in MARKETPLACES:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "Marketplace: {marketplace} is unknown; choose {choices}"
            ).format(marketplace=repr(profile.marketplace), choices=" / ".join(MARKETPLACES))
        )
    cleaned = replace(profile, name=name, base_url=validate_base_url(profile.base_url))
    password_sign_in = marketplace_info(profile.marketplace).signs_in_with_password
    if password_sign_in and not profile.username.strip():
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "User name: enter the plentymarkets back-end user"
            )
        )
    if not password_sign_in and not profile.client_id.strip():
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "Client id: enter your AutoScout24 integration's client id"
            )
        )
    return replace(cleaned, username=profile.username.strip(), client_id=profile.client_id.strip())


class ConnectionsStore:
    """The saved profiles plus the demo ones, and the secrets that go with them."""

    def __init__(
        self,
        secrets: SecretStore | None = None,
        path: Path | None = None,
        demo_base_url: str | None = None,
    ) -> None:
        self.secrets = secrets or SecretStore()
        self.path = path or data_dir() / CONNECTIONS_FILE
        self.demo_base_url = demo_base_url
        self._saved = self._load()
        # One live Connection per saved profile, so the window, a save and "Test" share one
        # TokenStore: AutoScout24 kills the old refresh token on every refresh, and a second
        # holder of it would be locked out.
        self._live: dict[str, tuple[Profile, Connection]] = {}

    # -- profiles ----------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        """Demo profiles first (when the sandbox runs), then the saved ones by name."""
        return [*self.demo_profiles(), *sorted(self._saved, key=lambda p: p.name.lower())]

    def demo_profiles(self) -> list[Profile]:
        if not self.demo_base_url:
            return []
        demos = demo_connections(self.demo_base_url)
        return [
            Profile(c.name, c.marketplace, c.base_url, c.username, c.client_id, demo=True)
            for c in demos.values()
        ]

    def get(self, name: str) -> Profile:
        for profile in self.profiles():
            if profile.name == name:
                return profile
        known = ", ".join(p.name for p in self.profiles())
        if not known:
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ConnectionsStore", "No connection named {name} (none is saved yet)"
                ).format(name=repr(name))
            )
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "ConnectionsStore", "No connection named {name} (known: {known})"
            ).format(name=repr(name), known=known)
        )

    def save(self, profile: Profile, secrets: dict[str, str], *, old_name: str = "") -> Profile:
        """Add or replace a profile; non-empty `secrets` go to the keyring, never the file."""
        profile = validate_profile(profile)
        if any(p.name == profile.name for p in self.demo_profiles()):
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ConnectionsStore", "Name: {name} is the built-in demo; choose another"
                ).format(name=repr(profile.name))
            )
        replacing = old_name or profile.name
        if profile.name != replacing and any(p.name == profile.name for p in self._saved):
            raise ProfileError(
                QT_TRANSLATE_NOOP(
                    "ConnectionsStore", "Name: a connection named {name} exists already"
                ).format(name=repr(profile.name))
            )
        if old_name and old_name != profile.name:
            self.secrets.rename(old_name, profile.name)
        self._live.pop(replacing, None)
        self._live.pop(profile.name, None)
        self._saved = [p for p in self._saved if p.name not in (replacing, profile.name)]
        self._saved.append(profile)
        self._write()
        for kind, value in secrets.items():
            if value:
                self.secrets.set(profile.name, kind, value)
        return profile

    def remove(self, name: str) -> None:
        """Forget the profile and delete its secrets from the keyring."""
        if not any(p.name == name for p in self._saved):
            raise ProfileError(
                QT_TRANSLATE_NOOP("ConnectionsStore", "No saved connection named {name}").format(
                    name=repr(name)
                )
            )
        self._saved = [p for p in self._saved if p.name != name]
        self._write()
        self._live.pop(name, None)
        self.secrets.delete_all(name)

    # -- live connections --------------------------------------------------------------
    def missing_secrets(self, profile: Profile) -> list[str]:
        """Secret kinds to ask for before connecting (a refresh token is optional when the
        user signs in instead, so only the password and client secret count here)."""
        needed = [k for k in profile.secrets_needed() if k != REFRESH_TOKEN]
        return [k for k in needed if not self.secrets.get(profile.name, k)]

    def connection(self, profile: Profile | str) -> Connection:
        """The live Connection with the profile's secrets; rotated refresh tokens are saved.

        The same object each time until the profile is saved again or removed."""
        if isinstance(profile, str):
            profile = self.get(profile)
        live = self._live.get(profile.name)
        if live is not None and live[0] == profile:
            return live[1]
        if profile.demo:  # one live object too, so its token is shared like any other
            connection = demo_connections(profile.base_url)[profile.marketplace]
            self._live[profile.name] = (profile, connection)
            return connection
        connection = connection_for(profile, lambda kind: self.secrets.get(profile.name, kind))
        self.watch_rotation(connection)
        self._live[profile.name] = (profile, connection)
        return connection

    def watch_rotation(self, connection: Connection) -> None:
        """Write every new refresh token of `connection` to the keyring at once."""
        name = connection.name

        def on_rotate(tokens: Tokens) -> None:
            if (
                tokens.refresh_token
                and not marketplace_info(connection.marketplace).signs_in_with_password
            ):
                self.secrets.set(name, REFRESH_TOKEN, tokens.refresh_token)

        connection.tokens.on_rotate = on_rotate

    # -- file --------------------------------------------------------------------------
    def _load(self) -> list[Profile]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        entries = raw.get("connections") if isinstance(raw, dict) else None
        known = {spec.name for spec in fields(Profile)}
        profiles = []
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            values: dict[str, Any] = {
                k: v for k, v in entry.items() if k in known and isinstance(v, str)
            }
            try:
                profiles.append(validate_profile(Profile(**values)))
            except (TypeError, ProfileError):
                continue  # a hand-edited, broken entry must not stop the app
        return profiles

    def _write(self) -> None:
        rows = [{k: v for k, v in asdict(p).items() if k != "demo"} for p in self._saved]
        text = json.dumps({"connections": rows}, indent=2, ensure_ascii=False)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".connections-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise


def connection_for(profile: Profile, secret: Callable[[str], str]) -> Connection:
    """A Connection from a profile and its secrets (`secret(PASSWORD)` etc.), which the
    caller takes from the keyring, the session's memory or a form being edited."""
    if marketplace_info(profile.marketplace).signs_in_with_password:
        return Connection(
            profile.name,
            profile.marketplace,
            profile.base_url,
            username=profile.username,
            password=secret(PASSWORD),
        )
    return Connection(
        profile.name,
        profile.marketplace,
        profile.base_url,
        client_id=profile.client_id,
        client_secret=secret(CLIENT_SECRET),
        refresh_token=secret(REFRESH_TOKEN),
    )
