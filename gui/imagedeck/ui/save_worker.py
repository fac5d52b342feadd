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
"""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QObject, QThread, Signal

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image, ListingRef
from imagedeck.paths import journal_path
from imagedeck.sync.engine import SaveConflict, SaveEngine, SaveProgress
from imagedeck.sync.journal import Journal

log = logging.getLogger(__name__)

STOP_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class SaveJob:
    """One save: make `listing` show `wanted`, starting from the `loaded` server state."""

    connection: Connection
    listing: ListingRef
    loaded: tuple[Image, ...]
    wanted: tuple[str, ...]
    overwrite: bool = False  # the user chose to apply their order over a changed listing


class _LoopThread(QThread):
    """Runs one asyncio loop until it is stopped, then closes it in the same thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop = loop
        self.setObjectName("ImageDeck save worker")

    def run(self) -> None:
        threading.current_thread().name = self.objectName()  # for logs and tests
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()


class SaveWorker(QObject):
    """Runs SaveJobs on a background thread and reports by signals."""

    progress = Signal(int, int, str)
    """done, total, message (total 0 while checking the server)."""
    finished = Signal(object, object)
    """SaveJob, SaveResult: the server accepted the calls; the result says what it shows."""
    failed = Signal(object, str)
    """SaveJob, message fit for the user (the marketplace's own words where it gave some)."""
    conflict = Signal(object, str)
    """SaveJob, message: the listing changed elsewhere; nothing was written."""

    def __init__(self, parent: QObject | None = None, *, journal: Path | None = None) -> None:
        super().__init__(parent)
        self._journal_file = journal
        self._loop = asyncio.new_event_loop()
        self._thread = _LoopThread(self._loop)
        # Touched only on the worker loop:
        self._clients: dict[str, Marketplace] = {}
        self._journal: Journal | None = None
        self._one_at_a_time = asyncio.Lock()

    @property
    def thread(self) -> QThread:
        return self._thread

    def start(self) -> None:
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()

    def submit(self, job: SaveJob) -> None:
        """Queue `job`; returns at once. Results arrive through the signals."""
        if self._loop.is_closed():
            raise RuntimeError("the save worker has been stopped")
        self.start()
        asyncio.run_coroutine_threadsafe(self._run(job), self._loop)

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
    async def _run(self, job: SaveJob) -> None:
        async with self._one_at_a_time:
            try:
                engine = SaveEngine(job.connection, self._client_for(job.connection), self._log())
                result = await engine.save_order(
                    job.listing, job.loaded, job.wanted, self._report, overwrite=job.overwrite
                )
            except SaveConflict as conflict:
                self.conflict.emit(job, str(conflict))
            except MarketplaceError as error:
                self.failed.emit(job, str(error))
            except Exception as error:
                log.exception("save of %s failed", job.listing.describe())
                self.failed.emit(job, f"Unexpected error: {error}")
            else:
                self.finished.emit(job, result)

    def _report(self, progress: SaveProgress) -> None:
        self.progress.emit(progress.done, progress.total, progress.message)

    def _client_for(self, connection: Connection) -> Marketplace:
        client = self._clients.get(connection.name)
        if client is None:
            client = self._clients[connection.name] = connection.open_client()
        return client

    def _log(self) -> Journal:
        if self._journal is None:
            self._journal = Journal(self._journal_file or journal_path())
        return self._journal

    async def _shutdown(self) -> None:
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
