"""`imagedeck` command line: the GUI, the demo, the sandbox and headless commands.

Headless commands share the save engine with the GUI. Secrets never come from arguments
(they would end up in shell history and process lists): they come from the environment.
Qt is imported only by the commands that open a window.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from typing import TYPE_CHECKING

from imagedeck import __version__
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import ListingRef
from imagedeck.paths import ENV_DATA_DIR
from imagedeck.sync.engine import SaveConflict

if TYPE_CHECKING:
    from imagedeck.sync.journal import JournalSave

ENV_PASSWORD = "IMAGEDECK_PASSWORD"
ENV_TOKEN = "IMAGEDECK_TOKEN"
ENV_CLIENT_ID = "IMAGEDECK_CLIENT_ID"
ENV_CLIENT_SECRET = "IMAGEDECK_CLIENT_SECRET"
ENV_REFRESH_TOKEN = "IMAGEDECK_REFRESH_TOKEN"


class CommandError(Exception):
    """A failure to report in one line with a non-zero exit status."""


class FilesRefused(Exception):
    """Some files of `images add` were not uploaded (each already reported on stdout)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imagedeck",
        description="Arrange, name and upload marketplace listing images.",
    )
    parser.add_argument("--version", action="version", version=f"ImageDeck {__version__}")
    # Open the window on a saved connection (File ▸ Connections…) and, optionally, a listing.
    parser.add_argument("--connection", metavar="NAME", help="open this saved connection")
    parser.add_argument("--item", help="with --connection: open this plentymarkets item")
    parser.add_argument("--variation", help="with --item: that variation's images")
    parser.add_argument("--vehicle", help="with --connection: open this AutoScout24 vehicle")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (demo item, thumbnails, a save) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the window (the default)")
    demo = commands.add_parser("demo", help="open the window on the built-in sandbox")
    demo.add_argument("--port", type=int, default=0, help="sandbox port (0 = any free port)")

    from imagedeck.sandbox.main import add_sandbox_arguments

    sandbox = commands.add_parser("sandbox", help="run the local marketplace emulator")
    add_sandbox_arguments(sandbox)

    order = commands.add_parser("order", help="show or set a listing's image order")
    order_commands = order.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    show = order_commands.add_parser("show", help="print image ids in display order")
    _add_listing_arguments(show, setting=False)
    set_ = order_commands.add_parser("set", help="put the given images first, in that order")
    _add_listing_arguments(set_, setting=True)
    commands.add_parser("resume", help="finish saves that were interrupted (journal)")

    images = commands.add_parser("images", help="add images to a listing")
    image_commands = images.add_subparsers(dest="images_command", metavar="ACTION", required=True)
    add = image_commands.add_parser("add", help="upload files, appended or at --at N")
    _add_listing_arguments(add, setting=False, adding=True)
    return parser


def _add_listing_arguments(
    parser: argparse.ArgumentParser, *, setting: bool, adding: bool = False
) -> None:
    markets = parser.add_subparsers(dest="marketplace", metavar="MARKETPLACE", required=True)
    plenty = markets.add_parser("plentymarkets", help="a plentymarkets item")
    plenty.add_argument("--base-url", help="your system's URL")
    plenty.add_argument("--username", help=f"back-end user; password from ${ENV_PASSWORD}")
    plenty.add_argument("--item", required=True, help="item id")
    if not adding:
        plenty.add_argument("--variation", help="variation id: that variation's images")
    as24 = markets.add_parser("autoscout24", help="an AutoScout24 vehicle")
    as24.add_argument("--base-url", default="https://api.autoscout24.com")
    as24.add_argument("--vehicle", required=True, help="vehicle id")
    if adding:
        as24.add_argument(
            "--convert", action="store_true", help="re-encode other formats (GIF) to JPEG"
        )
    for sub in (plenty, as24):
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


def connection_from_args(args: argparse.Namespace) -> tuple[Connection, ListingRef]:
    """Build the connection from arguments plus secrets from the environment."""
    if getattr(args, "connection", None):
        return _saved_connection(args)
    if args.marketplace == "plentymarkets" and not (args.base_url and args.username):
        raise CommandError("give --base-url and --username, or --connection NAME")
    if args.marketplace == "plentymarkets":
        password = os.environ.get(ENV_PASSWORD)
        if not password:
            raise CommandError(
                f"set the plentymarkets password in the environment variable {ENV_PASSWORD}"
            )
        connection = Connection(
            "command line",
            "plentymarkets",
            args.base_url,
            username=args.username,
            password=password,
        )
        variation = getattr(args, "variation", None)
        return connection, ListingRef("plentymarkets", args.item, variation)
    token = os.environ.get(ENV_TOKEN, "")
    client_id = os.environ.get(ENV_CLIENT_ID, "")
    client_secret = os.environ.get(ENV_CLIENT_SECRET, "")
    refresh = os.environ.get(ENV_REFRESH_TOKEN, "")
    if not token and not (client_id and client_secret):
        raise CommandError(
            f"set {ENV_TOKEN}, or {ENV_CLIENT_ID} + {ENV_CLIENT_SECRET} + {ENV_REFRESH_TOKEN}"
        )
    connection = Connection(
        "command line",
        "autoscout24",
        args.base_url,
        client_id=client_id,
        client_secret=client_secret,
        refresh_token=refresh,
        access_token=token,
    )
    return connection, ListingRef("autoscout24", args.vehicle)


def _saved_connection(args: argparse.Namespace) -> tuple[Connection, ListingRef]:
    """`--connection NAME`: the saved connection, its secrets from the keyring."""
    from imagedeck.cli.connections import ConnectionChoiceError, headless_connection
    from imagedeck.connections.store import ConnectionsStore

    try:
        connection = headless_connection(ConnectionsStore(), args.connection, args.marketplace)
    except ConnectionChoiceError as error:
        raise CommandError(str(error)) from None
    if args.marketplace == "plentymarkets":
        return connection, ListingRef("plentymarkets", args.item, getattr(args, "variation", None))
    return connection, ListingRef("autoscout24", args.vehicle)


def _run_saved(args: argparse.Namespace) -> int | None:
    """The window on a saved connection (last used, or --connection); None: run the demo."""
    from imagedeck.cli.connections import ConnectionChoiceError, window_choice
    from imagedeck.connections.store import ConnectionsStore
    from imagedeck.settings import load_settings

    store = ConnectionsStore()
    try:
        choice = window_choice(args, store, load_settings())
    except ConnectionChoiceError as error:
        raise CommandError(str(error)) from None
    if choice is None:
        return None
    from imagedeck.ui.app.startup import run_saved_connection

    return run_saved_connection(store, *choice)


async def _order_show(args: argparse.Namespace) -> None:
    connection, listing = connection_from_args(args)
    client = connection.open_client()
    try:
        images = await client.load_images(listing)
    finally:
        await client.aclose()
    if args.json:
        rows = [{"id": i.id, "position": i.position, "preview": i.preview_url} for i in images]
        print(json.dumps(rows, indent=2))
    else:
        for image in images:
            print(image.id)


async def _order_set(args: argparse.Namespace) -> None:
    from imagedeck.paths import journal_path
    from imagedeck.sync.engine import SaveEngine
    from imagedeck.sync.journal import Journal

    connection, listing = connection_from_args(args)
    client = connection.open_client()
    try:
        images = await client.load_images(listing)
        ids = [image.id for image in images]
        unknown = [i for i in args.image_ids if i not in ids]
        if unknown:
            raise CommandError(f"{listing.describe()} has no image {', '.join(unknown)}")
        if len(set(args.image_ids)) != len(args.image_ids):
            raise CommandError("an image id is given twice")
        first = list(dict.fromkeys(args.image_ids))
        wanted = first + [i for i in ids if i not in set(first)]
        with Journal(journal_path()) as journal:
            result = await SaveEngine(connection, client, journal).save_order(
                listing, images, wanted
            )
    finally:
        await client.aclose()
    print(result.calls_made)
    if not result.verified:
        raise CommandError(
            "the server does not show the wanted order: " + "; ".join(result.differences[:3])
        )


async def _images_add(args: argparse.Namespace) -> None:
    """Upload files, one line per file; a refused or failed file makes the exit status 1."""
    from imagedeck.paths import journal_path
    from imagedeck.settings import load_settings
    from imagedeck.sync.journal import Journal
    from imagedeck.uploads.adding import add_images

    if args.at is not None and args.at < 1:
        raise CommandError("--at counts from 1 (the first place)")
    connection, listing = connection_from_args(args)
    client = connection.open_client()
    # The same preferences as the window (Edit ▸ Settings ▸ Uploads), unless --original.
    prefs = None if args.original else load_settings().uploads
    journal = Journal(journal_path())  # every upload, so `imagedeck resume` can finish it
    try:
        result = await add_images(
            connection,
            client,
            listing,
            args.files,
            at=args.at,
            convert=getattr(args, "convert", False),
            journal=journal,
            on_outcome=lambda outcome: print(outcome.line(), flush=True),
            prefs=prefs,
        )
    finally:
        journal.close()
        await client.aclose()
    if not result.all_fine:
        bad = sum(o.status in ("refused", "failed") for o in result.outcomes)
        raise FilesRefused(f"{bad} of {len(result.outcomes)} files were not uploaded")


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
    if save.marketplace == "plentymarkets":
        password = os.environ.get(ENV_PASSWORD)
        if not password:
            raise CommandError(
                f"to resume {save.summary()}, set the password of "
                f"{save.account!r} in {ENV_PASSWORD}"
            )
        return Connection(
            save.connection,
            "plentymarkets",
            save.base_url,
            username=save.account,
            password=password,
        )
    return Connection(
        save.connection,
        "autoscout24",
        save.base_url,
        client_id=save.account,
        client_secret=os.environ.get(ENV_CLIENT_SECRET, ""),
        refresh_token=os.environ.get(ENV_REFRESH_TOKEN, ""),
        access_token=os.environ.get(ENV_TOKEN, ""),
    )


async def _resume(_args: argparse.Namespace) -> None:
    from imagedeck.paths import journal_path
    from imagedeck.sync.engine import SaveEngine
    from imagedeck.sync.journal import Journal

    failures = []
    with Journal(journal_path()) as journal:
        saves = journal.unfinished()
        if not saves:
            print("nothing to resume")
        for save in saves:  # one save that cannot go on must not stop the others
            try:
                connection = connection_for_resume(save)
            except CommandError as exc:
                failures.append(str(exc))
                continue
            client = connection.open_client()
            try:
                result = await SaveEngine(connection, client, journal).resume(save)
            except (MarketplaceError, SaveConflict) as exc:
                failures.append(f"{save.listing.describe()}: {exc}")
                continue
            finally:
                await client.aclose()
            state = "finished" if result.verified else "finished with differences"
            print(f"{save.listing.describe()}: {state}, {result.calls_made} calls sent")
            if not result.verified:
                failures.append(f"{save.listing.describe()}: " + "; ".join(result.differences[:3]))
    if failures:
        raise CommandError(" | ".join(failures))


def _run_demo(args: argparse.Namespace) -> int:
    from imagedeck.marketplaces.connection import demo_connections
    from imagedeck.sandbox.server import SandboxServer
    from imagedeck.ui.app.app import run_app

    if not os.environ.get(ENV_DATA_DIR):
        # The demo's sandbox lives only as long as this process: its journal (and any save
        # left unfinished in it) would be meaningless against the next run's fresh sandbox,
        # so the demo keeps its files in a throw-away folder, apart from real shops' journal.
        os.environ[ENV_DATA_DIR] = tempfile.mkdtemp(prefix="imagedeck-demo-")
    server = SandboxServer(port=args.port)
    server.start()
    try:
        print(f"ImageDeck sandbox running at {server.base_url}", flush=True)
        largest = max(server.state.items, key=lambda i: len(server.state.item_images(i)))
        first = ListingRef("plentymarkets", str(largest))
        return run_app(demo_connections(server.base_url), first, demo=True)
    finally:
        server.stop(wait=False)  # the process ends now: quitting is immediate


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from imagedeck.ui.app.self_test import run_self_test

        return run_self_test()
    try:
        if args.command in (None, "gui"):
            started = _run_saved(args)
            if started is not None:
                return started
        if args.command in (None, "gui", "demo"):
            # Until saved connections exist, the window opens on the built-in sandbox.
            if args.command is None or args.command == "gui":
                args.port = 0
            return _run_demo(args)
        if args.command == "sandbox":
            from imagedeck.sandbox.main import run_sandbox

            return run_sandbox(args)
        if args.command == "resume":
            asyncio.run(_resume(args))
            return 0
        if args.command == "images":
            asyncio.run(_images_add(args))
            return 0
        if args.command == "order":
            handler = _order_show if args.order_command == "show" else _order_set
            asyncio.run(handler(args))
            sys.stdout.flush()  # a closed pipe shows here, where it is handled, not at exit
            return 0
    except CommandError as exc:
        print(f"imagedeck: {exc}", file=sys.stderr)
        return 2
    except FilesRefused as exc:
        print(f"imagedeck: {exc}", file=sys.stderr)
        return 1
    except (MarketplaceError, SaveConflict) as exc:
        print(f"imagedeck: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `imagedeck order show … | head` closed the pipe: the reader has what it wanted,
        # which is no error. Point stdout at nowhere so the exit's flush is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # e.g. the data folder (journal) is not writable
        print(f"imagedeck: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
