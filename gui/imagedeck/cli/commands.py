"""What each headless command (and the demo) does, once `cli.main` has parsed it.

Each is a thin layer over the save engine, the upload orchestrator and the journal, the same
ones the window's save worker runs; output is one line per result, errors raise
`CommandError`/`FilesRefused` for `main` to print.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile

from imagedeck.cli.batch_jobs import resume_jobs, unfinished_jobs
from imagedeck.cli.errors import CommandError, FilesRefused, shown
from imagedeck.cli.listing_args import connection_for_resume, connection_from_args
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.marketplaces.registry import PLENTYMARKETS
from imagedeck.model.image import ListingRef
from imagedeck.paths import ENV_DATA_DIR, journal_path
from imagedeck.settings import UploadPreferences
from imagedeck.sync.add_images import add_images
from imagedeck.sync.engine import SaveConflict, SaveEngine
from imagedeck.sync.journal import Journal
from imagedeck.sync.save_lock import SaveGone, SaveInProgress


async def order_show(args: argparse.Namespace) -> None:
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


async def order_set(args: argparse.Namespace) -> None:
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


async def images_add(args: argparse.Namespace, uploads: UploadPreferences) -> None:
    """Upload files, one line per file; a refused or failed file makes the exit status 1.

    `uploads`: the preferences of Settings (read once by `main`), unless --original."""
    if args.at is not None and args.at < 1:
        raise CommandError("--at counts from 1 (the first place)")
    connection, listing = connection_from_args(args)
    client = connection.open_client()
    # The same preferences as the window (Edit ▸ Settings ▸ Uploads), unless --original.
    prefs = None if args.original else uploads
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


async def resume(_args: argparse.Namespace, prefs: UploadPreferences) -> None:
    """Every unfinished save, then every unfinished job. An interrupted upload is prepared
    again as the first attempt was: `prefs` are Settings ▸ Uploads, read once by `main`."""
    failures = []
    with Journal(journal_path()) as journal:
        saves = journal.unfinished()
        if not saves and not unfinished_jobs():
            print("nothing to resume")
        for save in saves:  # one save that cannot go on must not stop the others
            try:
                connection = connection_for_resume(save)
            except CommandError as exc:
                failures.append(str(exc))
                continue
            client = connection.open_client()
            try:
                result = await SaveEngine(connection, client, journal, upload_prefs=prefs).resume(
                    save
                )
            except (SaveInProgress, SaveGone) as exc:  # another ImageDeck has it: not ours
                print(shown(exc))
                continue
            except (MarketplaceError, SaveConflict) as exc:
                failures.append(f"{save.listing.describe()}: {shown(exc)}")
                continue
            finally:
                await client.aclose()
            state = "finished" if result.verified else "finished with differences"
            print(f"{save.listing.describe()}: {state}, {result.calls_made} calls sent")
            if not result.verified:
                failures.append(f"{save.listing.describe()}: " + "; ".join(result.differences[:3]))

    await resume_jobs(connection_for_resume, failures, lambda: Journal(journal_path()), prefs)
    if failures:
        raise CommandError(" | ".join(failures))


def run_demo(args: argparse.Namespace) -> int:
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
        first = ListingRef(PLENTYMARKETS, str(largest))
        return run_app(demo_connections(server.base_url), first, demo=True)
    finally:
        server.stop(wait=False)  # the process ends now: quitting is immediate
