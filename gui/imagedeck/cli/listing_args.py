"""The listing a headless command works on, and the connection to reach it, from arguments.

One sub-command per marketplace (`imagedeck order show plentymarkets --item 101`), built
from the registry: its listing option (--item, --vehicle), its sign-in (a back-end user, or
an OAuth client) and what its capabilities add (--variation, --convert). Secrets never come
from arguments (they would end up in shell history and process lists): they come from the
environment, or from the keyring for a saved connection (--connection NAME).
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from imagedeck.cli.errors import CommandError
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.registry import MARKETPLACES, MarketplaceInfo, marketplace_info
from imagedeck.model.image import ListingRef

if TYPE_CHECKING:
    from imagedeck.sync.journal import JournalSave

ENV_PASSWORD = "IMAGEDECK_PASSWORD"
ENV_TOKEN = "IMAGEDECK_TOKEN"
ENV_CLIENT_ID = "IMAGEDECK_CLIENT_ID"
ENV_CLIENT_SECRET = "IMAGEDECK_CLIENT_SECRET"
ENV_REFRESH_TOKEN = "IMAGEDECK_REFRESH_TOKEN"


def add_listing_arguments(
    parser: argparse.ArgumentParser, *, setting: bool, adding: bool = False
) -> None:
    """One sub-command per marketplace with its listing option, plus the command's own."""
    markets = parser.add_subparsers(dest="marketplace", metavar="MARKETPLACE", required=True)
    for info in MARKETPLACES:
        article = "an" if info.display_name[:1].lower() in "aeiou" else "a"
        sub = markets.add_parser(
            info.name, help=f"{article} {info.display_name} {info.listing_option}"
        )
        if info.default_base_url:
            sub.add_argument("--base-url", default=info.default_base_url)
        else:
            sub.add_argument("--base-url", help="your system's URL")
        if info.signs_in_with_password:
            sub.add_argument("--username", help=f"back-end user; password from ${ENV_PASSWORD}")
        option = info.listing_option
        sub.add_argument(f"--{option}", required=True, help=f"{option} id")
        if info.capabilities.variations and not adding:
            sub.add_argument("--variation", help="variation id: that variation's images")
        if adding and info.capabilities.upload.convertible:
            formats = "/".join(sorted(f.upper() for f in info.capabilities.upload.convertible))
            sub.add_argument(
                "--convert",
                action="store_true",
                help=f"re-encode other formats ({formats}) to JPEG",
            )
        _add_command_arguments(sub, setting=setting, adding=adding)


def _add_command_arguments(sub: argparse.ArgumentParser, *, setting: bool, adding: bool) -> None:
    sub.add_argument(
        "--connection", metavar="NAME", help="a saved connection (secrets from the keyring)"
    )
    if adding:
        sub.add_argument("--at", type=int, help="place of the first new image (1 = first)")
        sub.add_argument(
            "--original",
            action="store_true",
            help="send the files as they are, ignoring the upload preferences in Settings",
        )
        sub.add_argument("files", nargs="+", metavar="FILE")
    elif setting:
        sub.add_argument("image_ids", nargs="+", metavar="IMAGE_ID")
    else:
        sub.add_argument("--json", action="store_true", help="id, position and preview URL")


def listing_of(info: MarketplaceInfo, args: argparse.Namespace) -> ListingRef:
    """The listing the arguments name (a variation only where the marketplace has them)."""
    variation = getattr(args, "variation", None) if info.capabilities.variations else None
    return ListingRef(info.name, getattr(args, info.listing_option), variation)


def connection_from_args(args: argparse.Namespace) -> tuple[Connection, ListingRef]:
    """Build the connection from arguments plus secrets from the environment."""
    info = marketplace_info(args.marketplace)
    if getattr(args, "connection", None):
        return _saved_connection(args, info)
    if info.signs_in_with_password:
        if not (args.base_url and args.username):
            raise CommandError("give --base-url and --username, or --connection NAME")
        connection = _password_connection(info, "command line", args.base_url, args.username)
        return connection, listing_of(info, args)
    return _oauth_connection(info, "command line", args.base_url, None), listing_of(info, args)


def _password_connection(
    info: MarketplaceInfo, name: str, base_url: str, username: str, resuming: str = ""
) -> Connection:
    """A user-and-password connection, the password from the environment; `resuming` names
    the journaled save it is for (the message then says which account's password)."""
    password = os.environ.get(ENV_PASSWORD)
    if not password:
        if resuming:
            raise CommandError(
                f"to resume {resuming}, set the password of {username!r} in {ENV_PASSWORD}"
            )
        raise CommandError(
            f"set the {info.display_name} password in the environment variable {ENV_PASSWORD}"
        )
    return Connection(name, info.name, base_url, username=username, password=password)


def _oauth_connection(
    info: MarketplaceInfo, name: str, base_url: str, client_id: str | None
) -> Connection:
    """An OAuth connection; `client_id` None: from the environment, which must hold a token
    or a client (a resumed save knows its client id and tries whatever is there)."""
    token = os.environ.get(ENV_TOKEN, "")
    client_secret = os.environ.get(ENV_CLIENT_SECRET, "")
    refresh = os.environ.get(ENV_REFRESH_TOKEN, "")
    if client_id is None:
        client_id = os.environ.get(ENV_CLIENT_ID, "")
        if not token and not (client_id and client_secret):
            raise CommandError(
                f"set {ENV_TOKEN}, or {ENV_CLIENT_ID} + {ENV_CLIENT_SECRET} + {ENV_REFRESH_TOKEN}"
            )
    return Connection(
        name,
        info.name,
        base_url,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh,
        access_token=token,
    )


def _saved_connection(
    args: argparse.Namespace, info: MarketplaceInfo
) -> tuple[Connection, ListingRef]:
    """`--connection NAME`: the saved connection, its secrets from the keyring."""
    from imagedeck.cli.connections import ConnectionChoiceError, headless_connection
    from imagedeck.connections.store import ConnectionsStore

    try:
        connection = headless_connection(ConnectionsStore(), args.connection, info.name)
    except ConnectionChoiceError as error:
        raise CommandError(str(error)) from None
    return connection, listing_of(info, args)


def connection_for_resume(save: JournalSave) -> Connection:
    """Rebuild a journaled save's connection: the saved connection of that name (secrets
    from the keyring) when it points at the same system, else secrets from the environment."""
    from imagedeck.cli.connections import ConnectionChoiceError, headless_connection
    from imagedeck.connections.store import ConnectionsStore

    try:
        saved = headless_connection(ConnectionsStore(), save.connection, save.marketplace)
    except ConnectionChoiceError:
        saved = None  # not a saved connection here, or its secrets are not at hand
    if saved is not None and saved.base_url.rstrip("/") == save.base_url.rstrip("/"):
        return saved
    info = marketplace_info(save.marketplace)
    if info.signs_in_with_password:
        return _password_connection(
            info, save.connection, save.base_url, save.account, resuming=save.summary()
        )
    return _oauth_connection(info, save.connection, save.base_url, save.account)
