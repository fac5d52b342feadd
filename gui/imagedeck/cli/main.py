"""`imagedeck` command line: the GUI, the demo, the sandbox and headless commands.

The parser and the dispatch: the listing arguments and connections are in listing_args.py,
what each command does in commands.py. Headless commands share the save engine with the GUI.
Qt (the `ui` package) is imported only, lazily, by the commands that open a window: `--self-
test`, `gui` and `demo`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Sequence

from imagedeck import __version__
from imagedeck.cli.commands import images_add, order_set, order_show, resume, run_demo
from imagedeck.cli.errors import CommandError, FilesRefused, shown
from imagedeck.cli.listing_args import add_listing_arguments
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import MARKETPLACES
from imagedeck.marketplaces.waits import DEFAULT_MAX_WAIT_S
from imagedeck.sandbox.main import add_sandbox_arguments
from imagedeck.settings import Settings, load_settings
from imagedeck.sync.engine import SaveConflict


def _seconds(text: str) -> float:
    """A --max-wait value: a number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 7 * 24 * 3600:  # NaN fails too
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 to 604800)")
    return value


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
        "--max-wait",
        type=_seconds,
        metavar="SECONDS",
        help="the longest wait a shop may ask for (rate limits) before a save stops for a later"
        f" `imagedeck resume` (default: the Settings value, else {DEFAULT_MAX_WAIT_S})",
    )
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="send passwords and tokens over plain http:// to a test shop on a trusted network"
        " (same as IMAGEDECK_ALLOW_INSECURE_HTTP=1; a warning is printed each time)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (demo item, thumbnails, a save) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the window (the default)")
    demo = commands.add_parser("demo", help="open the window on the built-in sandbox")
    demo.add_argument("--port", type=int, default=0, help="sandbox port (0 = any free port)")

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

    from imagedeck.cli.batch import add_batch_parser

    add_batch_parser(commands)
    return parser


def _run_saved(args: argparse.Namespace, settings: Settings) -> int | None:
    """The window on a saved connection (last used, or --connection); None: run the demo."""
    from imagedeck.cli.connections import ConnectionChoiceError, window_choice
    from imagedeck.connections.store import ConnectionsStore

    store = ConnectionsStore()
    try:
        choice = window_choice(args, store, settings)
    except ConnectionChoiceError as error:
        raise CommandError(str(error)) from None
    if choice is None:
        return None
    from imagedeck.ui.app.app import run_saved_connection

    return run_saved_connection(store, *choice)


def _configure_waits(args: argparse.Namespace, settings: Settings) -> None:
    """The ceiling of waits (--max-wait, else Settings) and their announcement on stderr."""
    from imagedeck.marketplaces import waits

    ceiling = args.max_wait if args.max_wait is not None else settings.max_wait_s
    headless = args.command in ("order", "resume", "images")
    waits.configure(max_wait_s=ceiling, announce=_on_stderr if headless else None)
    if headless:  # warnings and tracebacks go to the log file, not raw onto the terminal
        from imagedeck.logs import configure_logging

        with contextlib.suppress(OSError):  # an unwritable data folder is reported later
            configure_logging()


def _on_stderr(text: str) -> None:
    print(f"imagedeck: {text}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Read once per command and handed to whatever needs it: a damaged file is said once.
    settings = load_settings(warn=_on_stderr)
    _configure_waits(args, settings)
    if args.allow_insecure_http:
        from imagedeck.marketplaces.plain_http import ENV_ALLOW

        os.environ[ENV_ALLOW] = "1"  # this process only (and the window it may open)
    if args.self_test:
        from imagedeck.ui.app.self_test import run_self_test

        return run_self_test()
    try:
        if args.command in (None, "gui"):
            started = _run_saved(args, settings)
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
            asyncio.run(resume(args, settings.uploads))
            return 0
        if args.command == "images":
            asyncio.run(images_add(args, settings.uploads))
            return 0
        if args.command == "batch":
            from imagedeck.cli.batch import run_batch

            return asyncio.run(run_batch(args, settings.uploads))
        if args.command == "order":
            handler = order_show if args.order_command == "show" else order_set
            asyncio.run(handler(args))
            sys.stdout.flush()  # a closed pipe shows here, where it is handled, not at exit
            return 0
    except CommandError as exc:
        print(f"imagedeck: {shown(exc)}", file=sys.stderr)
        return 2
    except (FilesRefused, MarketplaceError, SaveConflict) as exc:
        print(f"imagedeck: {shown(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `imagedeck order show … | head` closed the pipe: the reader has what it wanted,
        # which is no error. Point stdout at nowhere so the exit's flush is quiet too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # e.g. the data folder (journal) is not writable
        print(f"imagedeck: {shown(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback for the log only
        logging.getLogger("imagedeck.cli").exception("unexpected error")
        print(
            f"imagedeck: unexpected error ({exc.__class__.__name__}: {shown(exc)}); "
            "please report it with the command you ran",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
