"""Whole-catalogue work for the window: plans, previews and jobs on a thread of their own.

A folder's plan reads the catalogue and decodes every photo; a job runs for minutes or
hours at the shop's rate budget. Both run here, on a plain asyncio loop in a QThread (the
save worker's pattern: the object stays on the GUI thread, its signals are queued there),
with clients of their own, so the grid and the seller's own saves go on meanwhile. The job
store and the journal are only touched on this thread (no SQLite on the GUI thread).
Thumbnails of matched files for the review are decoded here too, as QImages.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QObject, Signal
from PySide6.QtGui import QImage

from imagedeck.batch.plan import ImportPlan, plan_import
from imagedeck.marketplaces.connection import Connection
from imagedeck.paths import journal_path
from imagedeck.sync.jobs.meter import CallMeter
from imagedeck.sync.jobs.runner import JobControl, JobRunner
from imagedeck.sync.jobs.store import JobRecord, JobStep, JobStore
from imagedeck.sync.journal import Journal
from imagedeck.ui.workers.save_worker import _LoopThread

log = logging.getLogger(__name__)

STOP_TIMEOUT_MS = 10_000


class JobWorker(QObject):
    planned = Signal(object, object, object)
    """ImportPlan, {path: QImage} thumbnails, CallMeter (reads and the reported budget)."""
    previewed = Signal(object, object)
    """[(listing, label, one line)], CallMeter."""
    jobs_loaded = Signal(object)
    """[JobRecord]: the store's recent jobs (at start and after every change)."""
    progress = Signal(object)
    """JobProgress of the running job."""
    line = Signal(str)
    finished = Signal(object)
    """JobOutcome."""
    failed = Signal(str)
    """A plan, preview or job could not go on: the reason, fit for the user."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = asyncio.new_event_loop()
        self._thread = _LoopThread(self._loop)
        self._thread.setObjectName("ImageDeck job worker")
        self._control: JobControl | None = None
        self._task: asyncio.Future[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _submit(self, work: Callable[[], Awaitable[None]]) -> None:
        if not self._thread.isRunning():
            self._thread.start()

        async def guarded() -> None:
            try:
                await work()
            except asyncio.CancelledError:
                raise
            except Exception as error:  # noqa: BLE001 - every failure reaches the user
                log.warning("job worker: %s", error, exc_info=True)
                self.failed.emit(str(error) or error.__class__.__name__)

        self._task = asyncio.run_coroutine_threadsafe(guarded(), self._loop)  # type: ignore[assignment]

    def load_jobs(self) -> None:
        async def work() -> None:
            self.jobs_loaded.emit(await asyncio.to_thread(_recent))

        self._submit(work)

    def plan_import(
        self,
        connection: Connection,
        folder: Path,
        at: str,
        replace: bool,
        thumbnails: Callable[[ImportPlan], dict[Path, QImage]] | None = None,
    ) -> None:
        """Read and plan; `planned` or `failed` follows. `thumbnails` (run on this thread)
        makes the review's small pictures of the matched files."""

        async def work() -> None:
            client = connection.open_client()
            meter = CallMeter()
            meter.attach(client)
            try:
                plan = await plan_import(client, folder, at=at, replace=replace)  # type: ignore[arg-type]
            finally:
                await client.aclose()
            thumbs = await asyncio.to_thread(thumbnails, plan) if thumbnails else {}
            self.planned.emit(plan, thumbs, meter)

        self._submit(work)

    def preview_change(
        self, connection: Connection, kind: str, options: dict[str, Any], targets: dict[str, Any]
    ) -> None:
        """The dry run of a Batch menu change: one line per listing."""
        from imagedeck.sync.jobs.preview import preview_change
        from imagedeck.sync.jobs.targets import listings_of

        async def work() -> None:
            client = connection.open_client()
            meter = CallMeter()
            meter.attach(client)
            try:
                listings = await listings_of(client, **targets)
                lines = []
                for k, (listing, label) in enumerate(listings):
                    step = JobStep(k, listing, label, {})
                    line = await preview_change(client, step, kind, options)
                    lines.append((listing, label, line))
            finally:
                await client.aclose()
            self.previewed.emit(lines, meter)

        self._submit(work)

    def start_job(
        self,
        connection: Connection,
        kind: str,
        title: str,
        options: dict[str, Any],
        steps: list[JobStep] | None = None,
        job_id: int | None = None,
    ) -> None:
        """Record (unless `job_id` names a stored job) and run a job; progress by signals."""
        self._control = control = JobControl()

        async def work() -> None:
            with JobStore() as store, Journal(journal_path()) as journal:
                created = job_id
                if created is None:
                    created = store.create_for(connection, kind, title, options, steps or [])
                job = store.get(created)
                self.jobs_loaded.emit(await asyncio.to_thread(_recent))
                if job is None:
                    raise ValueError(f"job {created} is not in the job store")
                client = connection.open_client()
                runner = JobRunner(
                    connection, client, journal, store, prefs=_prefs(job),
                    on_line=self.line.emit, on_progress=self.progress.emit,
                )  # fmt: skip
                try:
                    outcome = await runner.run(job, control)
                finally:
                    await client.aclose()
            self.finished.emit(outcome)
            self.jobs_loaded.emit(await asyncio.to_thread(_recent))

        self._submit(work)

    def pause(self) -> None:
        self._on_loop(lambda c: c.pause())

    def resume(self) -> None:
        self._on_loop(lambda c: c.resume())

    def cancel(self) -> None:
        """Let the listings in flight finish, leave the others untouched."""
        self._on_loop(lambda c: c.cancel())

    def _on_loop(self, act: Callable[[JobControl], None]) -> None:
        control = self._control
        if control is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(act, control)

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Stop the thread; a running job stays in the store, unfinished, for a resume."""
        if not self._thread.isRunning():
            if not self._loop.is_closed():
                self._loop.close()
            return True

        async def shutdown() -> None:
            others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in others:
                task.cancel()
            await asyncio.gather(*others, return_exceptions=True)
            await self._loop.shutdown_default_executor()  # the to_thread workers end too
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        return self._thread.wait(QDeadlineTimer(timeout_ms))


def _recent() -> list[JobRecord]:
    with JobStore() as store:
        return store.recent()


def _prefs(job: JobRecord) -> Any:
    from imagedeck.settings import load_settings

    return None if job.options.get("original") else load_settings().uploads
