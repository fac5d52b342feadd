"""`imagedeck batch import MARKETPLACE … FOLDER`: plan, print, record, run.

The plan (batch/plan.py) is made from reads only. `--dry-run` prints it and stops. A real
run prints the files the plan already refuses, records one job step per listing with work
to do (its files in upload order and the image ids it had, so `--replace` knows which are
old), and runs the job; each file then gets its line as it is sent or skipped.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from imagedeck.batch.job_steps import import_options, import_steps, import_title
from imagedeck.batch.plan import plan_import
from imagedeck.cli.batch_jobs import start_job
from imagedeck.cli.batch_text import print_figures, print_outcome, print_plan, print_problems
from imagedeck.cli.errors import CommandError
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.settings import UploadPreferences
from imagedeck.sync.jobs.meter import CallMeter


async def run_import(
    args: argparse.Namespace,
    connection: Connection,
    client: Marketplace,
    meter: CallMeter,
    uploads: UploadPreferences,
) -> int:
    """The import; how many files or listings did not go through (`uploads`: Settings')."""
    folder = Path(args.folder)
    if not folder.is_dir():
        raise CommandError(f"{args.folder}: no such folder")
    plan = await plan_import(
        client, folder, at=args.at, replace=args.replace, convert=getattr(args, "convert", False)
    )
    problems = sum(f.status in ("refused", "limit", "unmatched") for f in plan.files())
    if args.dry_run:
        print_plan(plan, meter, print)
        return problems
    print_problems(plan, print)
    steps = import_steps(plan)
    if not steps:
        print_figures(plan, meter, print)
        print("nothing to upload: every matched file is already there")
        return problems
    options = import_options(plan, getattr(args, "convert", False))
    title = import_title(plan, steps)
    outcome = await start_job(
        connection, client, "import", title, options, steps, args, uploads, meter
    )
    print_outcome(outcome, meter, print)
    return problems + outcome.problems
