"""`imagedeck` command line: the GUI, the demo, the sandbox and headless commands.

The parser and the dispatch: the listing arguments and connections are in listing_args.py,
what each command does in commands.py. Headless commands share the save engine with the GUI.
Qt (the `ui` package) is imported only, lazily, by the commands that open a window: `--self-
test`, `gui` and `demo`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence

from imagedeck import __version__
from imagedeck.cli.commands import images_add, order_set, order_show, resume, run_demo
from imagedeck.cli.errors import CommandError, FilesRefused
from imagedeck.cli.listing_args import add_listing_arguments
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import MARKETPLACES
from imagedeck.sync.engine import SaveConflict


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imagedeck",
        description="Arrange, name and upload marketplace listing images.",
    )
    parser.add_argument("--version", action="version", version=f"ImageDeck {__version__}")
    # Open the window on a saved connection (File ▸ Connections…) and, optionally, a listing.
    parser.add_argument("--connection", metavar="NAME", help="open this saved connection")
    for info in MARKETPLACES:
        noun = info.listing_option
        parser.add_argument(
            f"--{noun}", help=f"with --connection: open this {info.display_name} {noun}"
        )
        if info.capabilities.variations:
            parser.add_argument("--variation", help=f"with --{noun}: that variation's images")
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
    add_listing_arguments(show, setting=False)
    set_ = order_commands.add_parser("set", help="put the given images first, in that order")
    add_listing_arguments(set_, setting=True)
    commands.add_parser("resume", help="finish saves that were interrupted (journal)")

    images = commands.add_parser("images", help="add images to a listing")
    image_commands = images.add_subparsers(dest="images_command", metavar="ACTION", required=True)
    add = image_commands.add_parser("add", help="upload files, appended or at --at N")
    add_listing_arguments(add, setting=False, adding=True)
    return parser


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
    from imagedeck.ui.app.app import run_saved_connection

    return run_saved_connection(store, *choice)


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
            return run_demo(args)
        if args.command == "sandbox":
            from imagedeck.sandbox.main import run_sandbox

            return run_sandbox(args)
        if args.command == "resume":
            asyncio.run(resume(args))
            return 0
        if args.command == "images":
            asyncio.run(images_add(args))
            return 0
        if args.command == "order":
            handler = order_show if args.order_command == "show" else order_set
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
