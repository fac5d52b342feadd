"""The job runner over real HTTP: a cancel lets the listings in flight finish and leaves the
others untouched in the store, where a later run finishes them; a pause holds new listings
back until resumed."""

from __future__ import annotations

import asyncio

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.paths import journal_path
from imagedeck.sandbox.catalogue import FIRST_ITEM_ID
from imagedeck.sync.jobs.runner import PARALLEL_LISTINGS, JobControl, JobRunner
from imagedeck.sync.jobs.store import JobStep, JobStore
from imagedeck.sync.journal import Journal

LISTINGS = 30


def steps() -> list[JobStep]:
    return [
        JobStep(k, ListingRef("plentymarkets", str(FIRST_ITEM_ID + k)), f"item {k}", {}, writes=1)
        for k in range(LISTINGS)
    ]


async def run_job(sandbox, job_id: int, control: JobControl, on_progress=None):
    connection = demo_connections(sandbox.base_url)["plentymarkets"]
    client = connection.open_client()
    try:
        with JobStore() as store, Journal(journal_path()) as journal:
            runner = JobRunner(connection, client, journal, store, on_progress=on_progress)
            return await runner.run(store.get(job_id), control)
    finally:
        await client.aclose()


def new_job(sandbox) -> int:
    connection = demo_connections(sandbox.base_url)["plentymarkets"]
    with JobStore() as store:
        return store.create_for(connection, "main", "main", {"pattern": "*front*"}, steps())


def test_a_cancel_finishes_the_listings_in_flight_and_leaves_the_rest_for_later(sandbox):
    job_id = new_job(sandbox)
    control = JobControl()
    outcome = asyncio.run(run_job(sandbox, job_id, control, lambda _p: control.cancel()))
    assert outcome.state == "cancelled"
    assert 1 <= outcome.done <= PARALLEL_LISTINGS < LISTINGS
    with JobStore() as store:
        job = store.get(job_id)
        assert job.state == "cancelled" and len(job.pending) == LISTINGS - outcome.done
        assert all(s.state == "done" for s in job.steps if s.state != "pending")
    again = asyncio.run(run_job(sandbox, job_id, JobControl()))
    assert again.state == "done" and again.done == LISTINGS
    with JobStore() as store:
        assert store.get(job_id).pending == [] and store.unfinished() == []


def test_a_pause_holds_new_listings_back_until_resumed(sandbox):
    job_id = new_job(sandbox)
    control = JobControl()
    seen: list[int] = []

    def heard(progress) -> None:
        seen.append(progress.done)
        if progress.done == 1:
            control.pause()
            asyncio.get_running_loop().call_later(0.3, control.resume)

    outcome = asyncio.run(run_job(sandbox, job_id, control, heard))
    assert outcome.state == "done" and outcome.done == LISTINGS
    assert seen == sorted(seen) and seen[-1] == LISTINGS
