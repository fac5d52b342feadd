"""Saves an earlier session left unfinished (ImageDeck quit or crashed mid-save).

Offered once per window, when it first shows: finish them on the save worker now, one
after another on the same progress bar, leave them for the next start, or discard them.
The journal is SQLite, so every read and write of it here runs off the GUI thread
(session/off_thread.py); the GUI thread only awaits the answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Protocol

from imagedeck.model.gallery import Gallery
from imagedeck.model.image import ListingRef
from imagedeck.model.kept_edits import edits_between
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.choices import Choice
from imagedeck.session.jobs import Job, ResumeJob
from imagedeck.session.listing_opener import ListingOpener
from imagedeck.session.off_thread import off_thread
from imagedeck.session.ports import Clients, Counted, Saver, SessionView
from imagedeck.session.save_texts import joined
from imagedeck.session.unfinished_saves import UnfinishedSave, unfinished_saves
from imagedeck.sync.engine import SaveResult
from imagedeck.sync.journal import Journal, JournalSave
from imagedeck.texts import QT_TRANSLATE_NOOP

MESSAGE_MS = 8000


class Host(Protocol):
    """What the flow uses of the `ListingSession` that composes it."""

    gallery: Gallery
    clients: Clients
    saver: Saver
    view: SessionView
    tasks: BackgroundTasks
    opener: ListingOpener
    closed: bool

    @property
    def loading(self) -> ListingRef | None: ...

    @property
    def saving(self) -> bool: ...

    @property
    def waiting_after_save(self) -> bool: ...

    def run_after_save(self) -> None: ...

    def begin_job(self, job: Job, message: str) -> None: ...

    def request_open(self, listing: ListingRef) -> None: ...


class ResumeFlow:
    """The queue of journaled saves the seller chose to finish."""

    def __init__(self, session: Host) -> None:
        self._session = session
        self._queue: list[UnfinishedSave] = []  # still to finish, in order
        self.offered = False
        self.answered = False
        """The offer has run its course: nothing to offer, or the answer acted upon (a
        chosen finish has started by then)."""

    def offer(self) -> None:
        """Ask (once) what to do with the saves the journal holds as unfinished."""
        session = self._session
        if self.offered or session.closed or session.saving:
            return
        self.offered = True
        session.tasks.spawn(self._offer())

    async def _offer(self) -> None:
        try:
            await self._ask()
        finally:
            self.answered = True

    async def _ask(self) -> None:
        session, view = self._session, self._session.view
        try:
            saves = await off_thread(self._read_unfinished)
        except sqlite3.Error as error:
            text = QT_TRANSLATE_NOOP("MainWindow", "Could not read the save journal: {error}")
            view.show_error(text.format(error=str(error)))
            return
        if not saves or session.closed:
            return
        entries = unfinished_saves(session.clients.connections, saves)
        choice = view.ask_resume(entries)
        if choice is Choice.FINISH:
            self._queue = [entry for entry in entries if entry.resumable]
            if self._queue:
                self.next()
            else:
                text = QT_TRANSLATE_NOOP(
                    "MainWindow",
                    "No saved connection can finish these saves; they stay in the journal.",
                )
                view.say(text, MESSAGE_MS)
        elif choice is Choice.DISCARD:
            await self._discard(entries)
        elif len(saves) == 1:
            text = QT_TRANSLATE_NOOP(
                "MainWindow",
                "1 unfinished save waits in the journal; ImageDeck asks again at the next start.",
            )
            view.say(text, MESSAGE_MS)
        else:
            text = QT_TRANSLATE_NOOP(
                "MainWindow",
                "{count} unfinished saves wait in the journal; ImageDeck asks again at the "
                "next start.",
            )
            view.say(text.format(count=len(saves)), MESSAGE_MS)

    def _read_unfinished(self) -> list[JournalSave]:
        with Journal(self._session.saver.journal_file) as journal:
            return journal.unfinished()

    async def _discard(self, entries: Sequence[UnfinishedSave]) -> None:
        journal_file = self._session.saver.journal_file

        def discard() -> None:
            with Journal(journal_file) as journal:
                for entry in entries:
                    journal.finish(entry.save.id, "cancelled", "discarded by the user")

        try:
            await off_thread(discard)
        except sqlite3.Error as error:
            text = QT_TRANSLATE_NOOP("MainWindow", "Could not update the save journal: {error}")
            self._session.view.show_error(text.format(error=str(error)))
            return
        self._session.view.say(Counted("discarded", len(entries)), MESSAGE_MS)

    def stop(self) -> None:
        """Finish no more of them (a cancel or a failure); they stay in the journal."""
        self._queue.clear()

    def next(self) -> None:
        """Start the next journaled save, unless something (closing) waits for the end."""
        session = self._session
        if session.waiting_after_save:
            self._queue.clear()
            session.run_after_save()
            return
        if self._queue:
            entry = self._queue.pop(0)
            assert entry.connection is not None
            job = session.saver.resume(entry.connection, entry.save)
            text = QT_TRANSLATE_NOOP("MainWindow", "Finishing the save of {listing}…")
            session.begin_job(job, text.format(listing=job.listing.describe()))

    def finished(self, job: ResumeJob, result: SaveResult) -> None:
        """Show the listing's new state if it is the one open, say so, and go on."""
        session, gallery, listing = self._session, self._session.gallery, job.listing
        if session.loading == listing:
            session.request_open(listing)  # that read may have seen the half-saved order
        elif gallery.listing == listing:
            keep = gallery.order if gallery.dirty else None
            edits = edits_between(gallery.loaded_details_by_id, gallery.details_by_id)
            session.opener.load_keeping(
                listing, result.images, result.details, keep, edits, "during save"
            )
        if result.verified:
            counted = Counted("finished", result.calls_made, {"listing": listing.describe()})
            session.view.say(counted, MESSAGE_MS)
        else:
            text = QT_TRANSLATE_NOOP(
                "MainWindow",
                "Finished saving {listing}, but the marketplace shows a different order: {details}",
            )
            details = joined(result.differences[:3])
            session.view.show_error(
                text.format(listing=listing.describe(), details=details), dialog=True
            )
        self.next()
        session.view.refresh()

    def failed(self, job: ResumeJob, message: str) -> None:
        """Say why; whether it stays in the journal needs a journal read, off the GUI
        thread, so the message follows a moment later."""
        self._queue.clear()  # likely the same cause; they stay in the journal
        self._session.tasks.spawn(self._say_failed(job, message))

    async def _say_failed(self, job: ResumeJob, message: str) -> None:
        journal_file = self._session.saver.journal_file

        def state() -> str | None:
            with Journal(journal_file) as journal:
                save = journal.get(job.save.id)
            return save.state if save is not None else None

        try:
            waiting = await off_thread(state) == "running"
        except sqlite3.Error:
            waiting = False
        text = QT_TRANSLATE_NOOP("MainWindow", "Finishing the save of {listing} failed: {reason}")
        shown = text.format(listing=job.listing.describe(), reason=message)
        if waiting:
            more = QT_TRANSLATE_NOOP(
                "MainWindow",
                "It stays in the journal; ImageDeck offers it again at the next start.",
            )
            shown = joined([shown, more], "\n")
        self._session.view.show_error(shown, dialog=True)
        self._session.view.refresh()
