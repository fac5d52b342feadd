"""Saves run here: a QThread with its own asyncio loop and its own marketplace clients.

Why a separate thread when the GUI already has an asyncio loop: a save can take minutes
(plentymarkets throttles PUTs), must not stall behind thumbnail downloads, and must not be
torn down by whatever the GUI loop is doing. The qasync loop only runs on the main thread,
so this thread runs a plain asyncio loop, and opens its own client for each connection
(no HTTP client is shared across loops).

The SaveWorker object itself stays on the GUI thread (only its coroutines run on the
worker loop), so the window can call `submit` and `stop` directly, and because the object
lives on the GUI thread, Qt queues its signals, emitted from the worker thread, to the GUI
thread, even when the receiver is a plain Python callable (checked with PySide6 6.11).
A QObject moved into a thread whose Qt event loop never runs (the asyncio loop occupies
it) could not receive queued calls anyway. Jobs run strictly one at a time: a second
submit waits for the first to finish.

Cancelling is a request from the GUI thread (`cancel`), carried out on the worker loop by
cancelling the job's task. The engine then closes the journal entry as 'cancelled' and
re-raises; the job's end is reported by `cancelled`. That report comes from the task's done
callback rather than from an `except CancelledError` in `_run`: a job cancelled before its
task took its first step (Esc right after Ctrl+S) never enters `_run`'s body, and it must be
reported all the same, or the window would wait forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal

from imagedeck.error_advice import explain
from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image
from imagedeck.model.local_images import UploadState
from imagedeck.paths import journal_path
from imagedeck.session.jobs import AnyJob, Job, ResumeJob, SaveJob, UploadJob
from imagedeck.settings import load_settings
from imagedeck.sync.engine import SaveConflict, SaveEngine, SaveProgress, SaveResult
from imagedeck.sync.journal import Journal, JournalSave
from imagedeck.sync.save_lock import SaveGone, SaveInProgress
from imagedeck.sync.upload_engine import UploadEngine
from imagedeck.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STOP_TIMEOUT_MS = 10_000

__all__ = ["AnyJob", "Job", "NothingToResume", "ResumeJob", "SaveJob", "SaveWorker", "UploadJob"]


class NothingToResume(Exception):
    """The journal no longer lists the save as running (finished or discarded meanwhile)."""


class _LoopThread(QThread):
    """Runs one asyncio loop until it is stopped, then closes it in the same thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = loop
        self.setObjectName("ImageDeck save worker")

    def run(self) -> None:
        threading.current_thread().name = self.objectName()  # for logs and tests
        # A QThread is not started by `threading`, so a tracer set for every thread (coverage
        # with concurrency = thread, a debugger) would not see it: hand it over here.
        tracer = threading.gettrace()
        if tracer is not None:
            sys.settrace(tracer)
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()


class SaveWorker(QObject):
    """Runs SaveJobs on a background thread and reports by signals."""

    progress = Signal(int, int, object)
    """done, total, message (total 0 while checking the server)."""
    finished = Signal(object, object)
    """SaveJob or ResumeJob, SaveResult: the server accepted the calls; the result says
    what it shows."""
    failed = Signal(object, object)
    """SaveJob, message fit for the user (the marketplace's own words where it gave some)."""
    conflict = Signal(object, object, object)  # job, message, [PlaceChange]
    """SaveJob, message: the listing changed elsewhere; nothing was written."""
    upload_state = Signal(object, str, object, int, object)  # reason: a Text stays one
    """UploadJob, temporary id, UploadState, percent, reason: one file's upload moved on."""
    uploaded = Signal(object, str, object)
    """UploadJob, temporary id, Image: the file is on the server as that image."""
    uploads_finished = Signal(object)
    """UploadJob: every file of it was tried (each reported by `upload_state`)."""
    cancelled = Signal(object)
    """SaveJob or ResumeJob: stopped by `cancel`; calls already accepted stay done, and the
    journal entry is closed as 'cancelled' (nothing is left to resume)."""

    def __init__(self, parent: QObject | None = None, *, journal: Path | None = None) -> None:
        super().__init__(parent)
        self._journal_file = journal
        self._loop = asyncio.new_event_loop()
        self._thread = _LoopThread(self._loop)
        # Touched only on the worker loop:
        self._clients: dict[str, Marketplace] = {}
        self._journal: Journal | None = None
        self._one_at_a_time = asyncio.Lock()
        self._jobs: list[tuple[AnyJob, asyncio.Task[None]]] = []  # submitted, oldest first
        self._stopping = False

    @property
    def journal_file(self) -> Path:
        """The journal this worker records its saves in (the app's, unless a test says)."""
        return self._journal_file or journal_path()

    @property
    def thread(self) -> QThread:  # type: ignore[override]  # shadows QObject.thread() on purpose
        return self._thread

    def start(self) -> None:
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()

    def submit(self, job: SaveJob | UploadJob) -> None:
        """Queue `job`; returns at once. Results arrive through the signals."""
        self._enqueue(job)

    def resume(self, connection: Connection, save: JournalSave) -> ResumeJob:
        """Queue the rest of an interrupted save; reported by the same signals as `submit`
        (`finished` with a SaveResult, `failed`, `cancelled`)."""
        job = ResumeJob(connection, save)
        self._enqueue(job)
        return job

    def cancel(self, job: Job | None = None) -> None:
        """Stop `job` (default: the one running now, or the next to run); returns at once.

        Safe to call from any thread and at any time: a job that already ended is left
        alone. The outcome arrives as `cancelled`, or as `finished` if the last call was
        already answered when the request reached the worker loop.
        """
        if self._loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed since the check
            self._loop.call_soon_threadsafe(self._cancel_on_loop, job)

    def _enqueue(self, job: AnyJob) -> None:
        if self._loop.is_closed():
            raise RuntimeError("the save worker has been stopped")
        self.start()
        # The task is created by a callback on the worker loop, in submit order, so a later
        # `cancel` (also a callback, also in order) always finds it.
        self._loop.call_soon_threadsafe(self._start_job, job)

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> bool:
        """Cancel what is running, close the clients and end the thread. Returns whether
        the thread ended in time. An interrupted save stays in the journal for resuming."""
        if not self._thread.isRunning():
            if not self._loop.is_closed():  # never started: nothing ran on it
                self._loop.close()
            return True
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        return self._thread.wait(QDeadlineTimer(timeout_ms))

    # -- on the worker loop ------------------------------------------------------------
    def _start_job(self, job: AnyJob) -> None:
        task = self._loop.create_task(self._run(job))
        self._jobs.append((job, task))
        task.add_done_callback(functools.partial(self._job_ended, job))

    def _job_ended(self, job: AnyJob, task: asyncio.Task[None]) -> None:
        self._jobs = [(j, t) for j, t in self._jobs if t is not task]
        if isinstance(job, UploadJob):
            if task.cancelled() and not self._stopping:
                self.uploads_finished.emit(job)
            return
        if task.cancelled() and not self._stopping:
            self.cancelled.emit(job)

    def _cancel_on_loop(self, job: Job | None) -> None:
        # Tasks start in submit order and the lock is fair (FIFO), so the oldest job not yet
        # ended is the one running, or the one about to run.
        for queued, task in self._jobs:
            if job is None and isinstance(queued, UploadJob):
                continue  # "the running save" never means an upload
            if job is None or queued is job:
                task.cancel()
                return

    async def _run(self, job: AnyJob) -> None:
        if isinstance(job, UploadJob):
            async with self._one_at_a_time:
                await self._upload(job)
            return
        async with self._one_at_a_time:
            try:
                # A resumed upload is prepared again per the user's upload preferences.
                prefs = load_settings().uploads if isinstance(job, ResumeJob) else None
                client = self._client_for(job.connection)
                engine = SaveEngine(job.connection, client, self._log(), upload_prefs=prefs)
                if isinstance(job, ResumeJob):
                    result = await self._resume(engine, job)
                else:
                    result = await engine.save_changes(
                        job.listing,
                        job.loaded,
                        job.loaded_details,
                        job.wanted,
                        job.wanted_details,
                        self._report,
                        overwrite=job.overwrite,
                        deleted=job.deleted,
                    )
            except SaveConflict as conflict:
                self.conflict.emit(job, _message(conflict), conflict.places)
            except (MarketplaceError, NothingToResume, SaveInProgress, SaveGone) as error:
                # With what the seller can do next; our own refusals keep their `Text`.
                shown = _shown(error)
                self.failed.emit(job, shown)
            except Exception as error:
                log.exception("save of %s failed", job.listing.describe())
                unexpected = QT_TRANSLATE_NOOP("SaveWorker", "Unexpected error: {error}")
                self.failed.emit(job, unexpected.format(error=str(error)))
            else:
                self.finished.emit(job, result)

    async def _upload(self, job: UploadJob) -> None:
        """Each file in turn; a failure that concerns the whole job (no connection, a
        bug) marks the files not yet done as failed, with the reason."""
        done: set[str] = set()

        def on_state(key: str, state: UploadState, percent: int, reason: str) -> None:
            self.upload_state.emit(job, key, state, percent, reason)

        def on_done(key: str, image: Image) -> None:
            done.add(key)
            self.uploaded.emit(job, key, image)

        try:
            engine = UploadEngine(job.connection, self._client_for(job.connection), self._log())
            await engine.upload_all(job.listing, job.requests, job.prefs, on_state, on_done)
        except Exception as error:
            if not isinstance(error, MarketplaceError):
                log.exception("upload to %s failed", job.listing.describe())
            for request in job.requests:
                if request.key not in done:
                    on_state(request.key, UploadState.FAILED, 0, _shown(error))
        self.uploads_finished.emit(job)

    async def _resume(self, engine: SaveEngine, job: ResumeJob) -> SaveResult:
        """Resume from the journal's current record, not the copy the GUI read at start-up:
        another ImageDeck (or `imagedeck resume`) may have sent more calls since."""
        save = self._log().get(job.save.id)
        if save is None or save.state != "running":
            raise NothingToResume(
                QT_TRANSLATE_NOOP(
                    "SaveWorker",
                    "the save of {listing} is no longer waiting in the journal (it was "
                    "finished or discarded elsewhere)",
                ).format(listing=job.listing.describe())
            )
        return await engine.resume(save, self._report)

    def _report(self, progress: SaveProgress) -> None:
        self.progress.emit(progress.done, progress.total, progress.message)

    def _client_for(self, connection: Connection) -> Marketplace:
        client = self._clients.get(connection.name)
        if client is None:
            client = self._clients[connection.name] = connection.open_client()
        return client

    def _log(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(self.journal_file)
        return self._journal

    async def _shutdown(self) -> None:
        self._stopping = True  # jobs cancelled from here on are not the user's cancels
        current = asyncio.current_task()
        others = [task for task in asyncio.all_tasks() if task is not current]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        for client in self._clients.values():
            try:
                await client.aclose()
            except Exception:
                log.exception("closing a client failed")
        self._clients.clear()
        if self._journal is not None:
            self._journal.close()
        asyncio.get_running_loop().stop()


def _message(error: Exception) -> str:
    """The exception's message as raised: a `Text` stays one (signals here carry `object`,
    not `str`, so the window can still show it in the seller's language)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def _shown(error: Exception) -> str:
    """A marketplace error with its next step (the same words for saves and uploads)."""
    return explain(error) if isinstance(error, MarketplaceError) else _message(error)
