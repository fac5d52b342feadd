"""Sending a save's journaled calls: a bounded number in flight, as many as the client's
learnt rate budget allows, image deletions before the order that names what remains.

Each call is marked done in the journal as soon as it succeeds, so a crash leaves exactly
the unsent calls for `resume`. A DELETE that finds the image gone (`absent_is_done`) counts
as done: an earlier attempt reached the server.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import NotFoundError
from imagedeck.sync.journal import Journal, JournalCall
from imagedeck.sync.save_results import ProgressCallback, SaveProgress
from imagedeck.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


async def send_all(
    client: Marketplace,
    journal: Journal | None,
    save_id: int | None,
    pending: Sequence[JournalCall],
    already: int,
    total: int,
    report: ProgressCallback,
) -> None:
    """Send the calls with a bounded, budget-adapted number in flight."""
    done = [already]
    saving = QT_TRANSLATE_NOOP("SaveEngine", "Saving {count} changes…")
    report(SaveProgress(already, total, saving.format(count=total - already)))
    client.listen_status(lambda text: report(SaveProgress(done[0], total, text)))
    queue = list(pending)
    running: set[asyncio.Task[None]] = set()
    deleting: set[asyncio.Task[None]] = set()  # image DELETEs still in flight

    async def send(entry: JournalCall) -> None:
        try:
            await client.execute(entry.call)
        except NotFoundError:
            call = entry.call
            if not (call.method == "DELETE" and call.meta.get("absent_is_done")):
                raise
            log.info("%s: already gone on the server", call.label or call.path)
        if journal is not None and save_id is not None:
            journal.mark_done(save_id, entry.seq)
        done[0] += 1
        saved = QT_TRANSLATE_NOOP("SaveEngine", "Saved {call}").format(call=entry.call.label)
        report(SaveProgress(done[0], total, saved))

    try:
        while queue or running:
            while queue and len(running) < client.in_flight_limit():
                if _waits_for_deletes(queue[0], running, deleting):
                    break
                entry = queue.pop(0)
                task = asyncio.ensure_future(send(entry))
                if entry.call.meta.get("deletes_image"):
                    deleting.add(task)
                running.add(task)
            finished, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            # Several may fail in one round: each failure is retrieved (else asyncio logs
            # "exception was never retrieved"), the first is raised.
            failures = [error for task in finished if (error := task.exception()) is not None]
            if failures:
                raise failures[0]
    finally:
        for task in running:
            task.cancel()
        if running:
            await asyncio.gather(*running, return_exceptions=True)


def _waits_for_deletes(
    entry: JournalCall, running: set[asyncio.Task[None]], deleting: set[asyncio.Task[None]]
) -> bool:
    """A call after the image deletions must not start while one is in flight: the order
    it writes names only the images that remain."""
    return not entry.call.meta.get("deletes_image") and any(
        task in running and not task.done() for task in deleting
    )
