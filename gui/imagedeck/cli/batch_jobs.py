"""Recording and running a `batch` job from the command line, and finishing old ones.

Apart from cli/batch.py so that the import command (cli/batch_import.py) and the change
commands share it without importing each other.
"""

from __future__ import annotations

import argparse
from typing import Any

from imagedeck.cli.errors import CommandError
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.settings import UploadPreferences
from imagedeck.sync.jobs.meter import CallMeter
from imagedeck.sync.jobs.store import JobRecord, JobStep, JobStore


async def start_job(
    connection: Connection,
    client: Marketplace,
    kind: str,
    title: str,
    options: dict[str, Any],
    steps: list[JobStep],
    args: argparse.Namespace,
    uploads: UploadPreferences,
    meter: CallMeter | None = None,
) -> Any:
    """Record the job, then run it, printing each line; the JobOutcome. `uploads`: Settings'
    preferences (read once by `main`), not used with --original."""
    from imagedeck.paths import journal_path
    from imagedeck.sync.jobs.runner import JobRunner
    from imagedeck.sync.journal import Journal

    prefs = None if args.original else uploads
    options = {**options, "original": bool(args.original)}
    with JobStore() as store, Journal(journal_path()) as journal:
        job_id = store.create_for(connection, kind, title, options, steps)
        print(f"job {job_id}: {title}", flush=True)
        job = store.get(job_id)
        assert job is not None
        runner = JobRunner(
            connection,
            client,
            journal,
            store,
            prefs=prefs,
            meter=meter,
            on_line=lambda line: print(line, flush=True),
        )
        return await runner.run(job)


def unfinished_jobs() -> int:
    """How many jobs `resume_jobs` would take up."""
    with JobStore() as store:
        return len(store.unfinished())


async def resume_jobs(
    connection_for: Any, failures: list[str], journal_factory: Any, uploads: UploadPreferences
) -> None:
    """`imagedeck resume`: finish every unfinished job (after the journal's saves), with the
    upload preferences `resume` was given (one read of Settings for the whole command)."""
    from imagedeck.cli.batch_text import print_outcome
    from imagedeck.sync.jobs.runner import JobRunner

    with JobStore() as store:
        for job in store.unfinished():
            try:
                connection = connection_for(job)
            except CommandError as exc:
                failures.append(str(exc))
                continue
            prefs = None if job.options.get("original") else uploads
            client = connection.open_client()
            meter = CallMeter()
            try:
                with journal_factory() as journal:
                    print(f"resuming {job.summary()}", flush=True)
                    runner = JobRunner(
                        connection, client, journal, store, prefs=prefs, meter=meter,
                        on_line=lambda line: print(line, flush=True),
                    )  # fmt: skip
                    outcome = await runner.run(job)
            finally:
                await client.aclose()
            print_outcome(outcome, meter, print)
            if outcome.failed:
                failures.append(f"{_describe(job)}: {outcome.failed} listings failed")


def _describe(job: JobRecord) -> str:
    return f"job {job.id} ({job.title})"
