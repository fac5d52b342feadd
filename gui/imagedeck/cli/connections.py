"""Saved connections on the command line: `imagedeck --connection NAME [--item ID | --vehicle
ID]`, plain `imagedeck` (the last used connection and listing), and `--connection NAME` for
the headless commands.

Secrets come from the keyring; where there is none, the headless commands fall back to the
environment variables they always read, and the window asks (see ui/startup.py). The demo
connections need the sandbox this process starts, so a last-used demo connection means
"run the demo", exactly as `imagedeck demo`.
"""

from __future__ import annotations

import argparse
import os

from imagedeck.connections.keyring_secrets import CLIENT_SECRET, PASSWORD, REFRESH_TOKEN
from imagedeck.connections.store import ConnectionsStore, Profile, ProfileError
from imagedeck.marketplaces.connection import Connection
from imagedeck.model.image import ListingRef
from imagedeck.settings import Settings

#: The environment variable read for a secret the keyring does not hold (as cli.py's).
SECRET_ENV = {
    PASSWORD: "IMAGEDECK_PASSWORD",
    CLIENT_SECRET: "IMAGEDECK_CLIENT_SECRET",
    REFRESH_TOKEN: "IMAGEDECK_REFRESH_TOKEN",
}


class ConnectionChoiceError(ValueError):
    """The named connection or listing cannot be used; the message says why."""


def profile_named(store: ConnectionsStore, name: str, marketplace: str | None = None) -> Profile:
    try:
        profile = store.get(name)
    except ProfileError as error:
        raise ConnectionChoiceError(str(error)) from None
    if marketplace is not None and profile.marketplace != marketplace:
        raise ConnectionChoiceError(
            f"the connection {name!r} is a {profile.marketplace} connection, not {marketplace}"
        )
    return profile


def headless_connection(store: ConnectionsStore, name: str, marketplace: str) -> Connection:
    """The saved connection with secrets from the keyring, else from the environment."""
    profile = profile_named(store, name, marketplace)
    for kind in store.missing_secrets(profile):
        value = os.environ.get(SECRET_ENV[kind], "")
        if not value:
            raise ConnectionChoiceError(
                f"the keyring holds no {kind.replace('_', ' ')} for {name!r}; "
                f"save it in File ▸ Connections… or set {SECRET_ENV[kind]}"
            )
        store.secrets.set(name, kind, value)  # this process only when there is no keyring
    return store.connection(profile)


def listing_from_args(args: argparse.Namespace, profile: Profile) -> ListingRef | None:
    """--item/--variation or --vehicle, checked against the connection's marketplace."""
    item, vehicle = getattr(args, "item", None), getattr(args, "vehicle", None)
    variation = getattr(args, "variation", None)
    if item and vehicle:
        raise ConnectionChoiceError("give --item or --vehicle, not both")
    if item or variation:
        if profile.marketplace != "plentymarkets":
            raise ConnectionChoiceError(f"{profile.name!r} is AutoScout24: use --vehicle")
        if not item:
            raise ConnectionChoiceError("--variation needs --item")
        return ListingRef("plentymarkets", str(item), variation)
    if vehicle:
        if profile.marketplace != "autoscout24":
            raise ConnectionChoiceError(f"{profile.name!r} is plentymarkets: use --item")
        return ListingRef("autoscout24", str(vehicle))
    return None


def last_listing(settings: Settings, name: str) -> ListingRef | None:
    """The listing most recently opened with connection `name`."""
    for entry in settings.recent_listings:
        if entry.connection == name:
            return ListingRef(entry.marketplace, entry.listing_id, entry.variation_id)
    return None


def window_choice(
    args: argparse.Namespace, store: ConnectionsStore, settings: Settings
) -> tuple[Profile, ListingRef | None] | None:
    """Which saved connection and listing the window opens; None means "run the demo"."""
    name = getattr(args, "connection", None)
    if name:
        profile = profile_named(store, name)
        return profile, listing_from_args(args, profile) or last_listing(settings, name)
    if getattr(args, "item", None) or getattr(args, "vehicle", None):
        raise ConnectionChoiceError("--item and --vehicle need --connection NAME")
    name = settings.last_connection
    saved = {p.name: p for p in store.profiles() if not p.demo}
    if name not in saved:
        return None  # first start, or the demo was used last
    return saved[name], last_listing(settings, name)
