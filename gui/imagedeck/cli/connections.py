"""Saved connections on the command line: `imagedeck --connection NAME [--item ID | --vehicle
ID]`, plain `imagedeck` (the last used connection and listing), and `--connection NAME` for
the headless commands.

Secrets come from the keyring; where there is none, the headless commands fall back to the
environment variables they always read, and the window asks (ui/app/app.py). The demo
connections need the sandbox this process starts, so a last-used demo connection means
"run the demo", exactly as `imagedeck demo`.
"""

from __future__ import annotations

import argparse
import os

from imagedeck.connections.keyring_secrets import CLIENT_SECRET, PASSWORD, REFRESH_TOKEN
from imagedeck.connections.store import ConnectionsStore, Profile, ProfileError
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.registry import MARKETPLACES, MarketplaceInfo, marketplace_info
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
    """--item/--variation or --vehicle (the registry's listing options), checked against the
    connection's marketplace."""
    own = marketplace_info(profile.marketplace)
    given = [info for info in MARKETPLACES if getattr(args, info.listing_option, None)]
    variation = getattr(args, "variation", None)
    if len(given) > 1:
        raise ConnectionChoiceError(
            "give " + " or ".join(f"--{info.listing_option}" for info in given) + ", not both"
        )
    if variation and not given:
        parent = own if own.capabilities.variations else _with_variations()
        given = [parent]
    if not given:
        return None
    info = given[0]
    if info.name != profile.marketplace or (variation and not own.capabilities.variations):
        raise ConnectionChoiceError(
            f"{profile.name!r} is {own.display_name}: use --{own.listing_option}"
        )
    listing_id = getattr(args, info.listing_option, None)
    if not listing_id:
        raise ConnectionChoiceError(f"--variation needs --{info.listing_option}")
    return ListingRef(info.name, str(listing_id), variation)


def _with_variations() -> MarketplaceInfo:
    return next(info for info in MARKETPLACES if info.capabilities.variations)


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
    options = [f"--{info.listing_option}" for info in MARKETPLACES]
    if any(getattr(args, option[2:], None) for option in options):
        raise ConnectionChoiceError(f"{' and '.join(options)} need --connection NAME")
    name = settings.last_connection
    saved = {p.name: p for p in store.profiles() if not p.demo}
    if name not in saved:
        return None  # first start, or the demo was used last
    return saved[name], last_listing(settings, name)
