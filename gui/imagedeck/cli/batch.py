"""`imagedeck batch import|add|remove|main`: one change across many listings, as one job.

Each command reads first and plans (what the dry run prints), records the job's plan per
listing in the job store before the first write, then runs it through the job runner (the
same uploads, save engine, journal and pacing as everything else). It prints one line per
file or listing and a summary; the exit status is 1 when a file was refused or unmatched or
a listing failed, 2 for bad arguments. `imagedeck resume` finishes a job that was killed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from imagedeck.cli.errors import CommandError, FilesRefused
from imagedeck.cli.listing_args import add_sign_in_arguments, connection_from_args
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.registry import MARKETPLACES
from imagedeck.model.image import ListingRef
from imagedeck.settings import UploadPreferences
from imagedeck.sync.jobs.meter import CallMeter
from imagedeck.sync.jobs.store import JobStep

WRITES_PER_CHANGE = 2  # an upload or delete plus the move that places it


def add_batch_parser(commands: Any) -> None:
    """The `batch` command and its four actions, with the connection options of `images add`
    (one sub-command per marketplace of the registry)."""
    batch = commands.add_parser("batch", help="change many listings at once (one job)")
    actions = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    for name, text in (
        ("import", "upload a folder of photos named by item number"),
        ("add", "add a file as image N of each listing"),
        ("remove", "delete every image with this MD5 from each listing"),
        ("main", "make the first image matching a pattern the main image"),
    ):
        action = actions.add_parser(name, help=text)
        markets = action.add_subparsers(dest="marketplace", metavar="MARKETPLACE", required=True)
        for info in MARKETPLACES:
            sub = markets.add_parser(info.name, help=f"listings on {info.display_name}")
            add_sign_in_arguments(sub, info)
            if info.capabilities.upload.convertible:
                formats = "/".join(sorted(f.upper() for f in info.capabilities.upload.convertible))
                sub.add_argument(
                    "--convert", action="store_true", help=f"re-encode {formats} to JPEG"
                )
            sub.set_defaults(**{info.listing_option: ""}, variation=None)
            sub.add_argument("--connection", metavar="NAME", help="a saved connection")
            sub.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
            sub.add_argument(
                "--original", action="store_true", help="send files as they are (no preferences)"
            )
            _action_arguments(name, sub)


def _action_arguments(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "import":
        parser.add_argument("folder", metavar="FOLDER")
        parser.add_argument("--at", choices=("end", "start"), default="end")
        parser.add_argument(
            "--replace", action="store_true", help="delete the old images once the new are in"
        )
        return
    if name == "add":
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--at", type=int, required=True, help="place of the image (1 = main)")
    elif name == "remove":
        parser.add_argument("--md5", required=True, metavar="HASH")
    else:
        parser.add_argument(
            "--match", required=True, metavar="PATTERN", help="a glob, e.g. *front*"
        )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--items", metavar="ID,ID,…", help="these listings")
    which.add_argument("--search", metavar="TEXT", help="the listings a search finds")
    which.add_argument("--all", action="store_true", help="every listing of the account")


async def run_batch(args: argparse.Namespace, uploads: UploadPreferences) -> int:
    """One `batch` command; 0 fine, 1 when a file or listing did not go through. `uploads`:
    Settings' preferences, read once by `main` (unused with --original or --dry-run)."""
    connection, _listing = connection_from_args(args)
    client = connection.open_client()
    meter = CallMeter()
    meter.attach(client)
    try:
        if args.batch_command == "import":
            from imagedeck.cli.batch_import import run_import

            problems = await run_import(args, connection, client, meter, uploads)
        else:
            problems = await _run_change(args, connection, client, meter, uploads)
    finally:
        await client.aclose()
    if problems:
        raise FilesRefused(f"{problems} files or listings did not go through (see above)")
    return 0


async def _run_change(
    args: argparse.Namespace,
    connection: Connection,
    client: Marketplace,
    meter: CallMeter,
    uploads: UploadPreferences,
) -> int:
    """`batch add/remove/main` over --items, --search or --all."""
    from imagedeck.cli.batch_jobs import start_job
    from imagedeck.cli.batch_text import print_outcome, print_time

    options = _change_options(args)
    listings = await listings_of(client, args)
    print(f"{len(listings)} listings", flush=True)
    steps = [
        JobStep(k, listing, label, {}, writes=WRITES_PER_CHANGE)
        for k, (listing, label) in enumerate(listings)
    ]
    if args.dry_run:
        from imagedeck.sync.jobs.preview import preview_change

        for step in steps:
            print(await preview_change(client, step, args.batch_command, options), flush=True)
        print_time(len(steps) * WRITES_PER_CHANGE, meter, print)
        return 0
    title = f"batch {args.batch_command} on {len(steps)} listings"
    outcome = await start_job(
        connection, client, args.batch_command, title, options, steps, args, uploads, meter
    )
    print_outcome(outcome, meter, print)
    return outcome.problems


def _change_options(args: argparse.Namespace) -> dict[str, Any]:
    if args.batch_command == "add":
        path = Path(args.file)
        if not path.is_file():
            raise CommandError(f"{args.file}: no such file")
        if args.at < 1:
            raise CommandError("--at counts from 1 (the first place)")
        return {"file": str(path.resolve()), "at": args.at}
    if args.batch_command == "remove":
        md5 = args.md5.strip().lower()
        if len(md5) != 32 or any(c not in "0123456789abcdef" for c in md5):
            raise CommandError(f"--md5 {args.md5!r} is not an MD5 (32 hexadecimal digits)")
        return {"md5": md5}
    return {"pattern": args.match}


async def listings_of(
    client: Marketplace, args: argparse.Namespace
) -> list[tuple[ListingRef, str]]:
    """The listings of --items, --search or --all, with a label each."""
    from imagedeck.sync.jobs.targets import NoListings
    from imagedeck.sync.jobs.targets import listings_of as resolve

    try:
        return await resolve(
            client, items=args.items or "", search=args.search or "", everything=args.all
        )
    except NoListings:
        raise CommandError("--items names no listing") from None
