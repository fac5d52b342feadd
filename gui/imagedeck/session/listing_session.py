"""One listing as the seller works on it: open, re-read keeping edits, save, cancel, conflicts.

The Qt-free state machine the window shows (ARCHITECTURE.md: "the window shows a session; it does
not run one"). It owns the `Gallery` and the state of the running save; the window is a
`SessionView` (session/ports.py) that displays what this reports and answers its questions.

* Opening reads the listing with the GUI thread's client (async, never blocking): its images
  and, for marketplaces with details, their details and the item's variations; a failure
  leaves the current gallery untouched, and a later open supersedes an earlier one.
* Saving hands a snapshot (loaded state + wanted order and details) to the `Saver`; the grid
  stays usable, and an edit made during the save is kept on top of what the server shows
  afterwards.
* Cancelling a save stops it between calls; the session then re-reads the listing, so the
  grid starts from what the marketplace really holds, and puts the seller's order and detail
  edits back on top as unsaved changes (model/kept_edits.py), so a cancel never loses one.
* Saves the journal holds as unfinished are offered once (session/resume_flow.py).
* Anything that would drop unsaved changes (close, open, reload, a switch of connection)
  asks first (`unless_cancelled`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.gallery import Gallery
from imagedeck.model.image import ListingRef
from imagedeck.model.kept_edits import edits_between
from imagedeck.model.place_changes import PlaceChange
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.choices import Choice
from imagedeck.session.jobs import Job, ResumeJob, SaveJob
from imagedeck.session.listing_opener import MESSAGE_MS, ListingOpener
from imagedeck.session.ports import Clients, Counted, NoConnectionError, Saver, SessionView
from imagedeck.session.resume_flow import ResumeFlow
from imagedeck.session.save_texts import cancelled_summary, error_text, joined
from imagedeck.sync.engine import SaveResult
from imagedeck.texts import QT_TRANSLATE_NOOP


class ListingSession:
    """The listing shown, its unsaved edits and the save in progress."""

    def __init__(
        self, clients: Clients, saver: Saver, view: SessionView, gallery: Gallery | None = None
    ) -> None:
        self.gallery = gallery if gallery is not None else Gallery()
        self.clients = clients
        self.saver = saver
        self.view = view
        self.tasks = BackgroundTasks(
            on_error=lambda e: view.show_error(
                QT_TRANSLATE_NOOP("MainWindow", "Unexpected error: {error}").format(
                    error=error_text(e)
                )
            )
        )
        self.opener = ListingOpener(self.gallery, clients, view, self.tasks)
        self.resumes = ResumeFlow(self)
        self.wait_for_uploads: Callable[[], bool] = lambda: False
        """Asked before a save: True when files are still uploading (it saves later)."""
        self.job: Job | None = None
        self.cancelling = False
        self.closed = False
        self._progress = (0, 0)  # done, total of the running job, as last reported
        self._after_save: Callable[[], object] | None = None

    @property
    def saving(self) -> bool:
        return self.job is not None

    @property
    def being_saved(self) -> bool:
        """Whether the gallery shows exactly what the running job saves (no edit since)."""
        job = self.job
        if job is None or job.listing != self.gallery.listing:
            return False
        if self.gallery.saveable_order != job.wanted:
            return False
        if isinstance(job, SaveJob):
            return self.gallery.details_by_id == dict(job.wanted_details)
        return all(
            image_id in self.gallery.order and self.gallery.details(image_id) == details
            for image_id, details in job.wanted_details.items()
        )

    def close(self) -> None:
        """Stop what runs on the GUI loop for this session (loads, variations)."""
        self.closed = True
        self.tasks.cancel_all()

    # -- opening -----------------------------------------------------------------------
    @property
    def loading(self) -> ListingRef | None:
        """The listing being opened, if one is."""
        return self.opener.loading

    def request_open(self, listing: ListingRef) -> None:
        """Open `listing` in the background, without asking (start-up, tests)."""
        self.tasks.spawn(self.opener.open_listing(listing))

    async def open_listing(self, listing: ListingRef) -> bool:
        """Load `listing` and show it; on failure say why and keep what is shown."""
        return await self.opener.open_listing(listing)

    def open_unless_cancelled(self, listing: ListingRef | None) -> None:
        if listing is not None:
            self.unless_cancelled(lambda: self.request_open(listing))

    def unless_cancelled(self, proceed: Callable[[], None]) -> None:
        """Run `proceed` now, or after saving, or not at all, as the seller decides."""
        self.view.finish_editing()
        if not self.gallery.dirty or self.gallery.listing is None:
            proceed()
            return
        choice = self.view.ask_unsaved(self.gallery.listing)
        if choice is Choice.DISCARD:
            proceed()
        elif choice is Choice.SAVE:
            self.after_save(proceed)
            self.save()

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        """Send the new order and detail edits on the save worker; returns at once."""
        if self.job is not None or self.gallery.listing is None:
            return
        self.view.finish_editing()  # a name still being typed is part of what to save
        if self.wait_for_uploads():  # saved once the uploads have finished
            return
        if not self.gallery.dirty:
            self.view.say(
                QT_TRANSLATE_NOOP(
                    "MainWindow", "Nothing to save: the marketplace has this listing."
                )
            )
            self.run_after_save()
            return
        self._start_save(overwrite=False)

    def _start_save(self, *, overwrite: bool) -> None:
        listing = self.gallery.listing
        assert listing is not None
        job = SaveJob(
            connection=self.clients.connection(listing.marketplace),
            listing=listing,
            loaded=self.gallery.loaded_images,  # deleted images included
            wanted=self.gallery.saveable_order,  # files still uploading are not on the server
            overwrite=overwrite,
            loaded_details=self.gallery.loaded_details_by_id,
            wanted_details=self.gallery.details_by_id,
            deleted=self.gallery.deleted_ids,
        )
        self.saver.submit(job)
        self.begin_job(
            job,
            QT_TRANSLATE_NOOP("MainWindow", "Saving {listing}…").format(listing=listing.describe()),
        )

    def begin_job(self, job: Job, message: str) -> None:
        self.job = job
        self._progress = (0, 0)
        self.cancelling = False
        self.view.clear_error()
        self.view.show_progress(0, 0, message)
        self.view.refresh()

    def _end_job(self) -> None:
        self.job = None
        self.cancelling = False
        self.view.hide_progress()

    def after_save(self, then: Callable[[], object] | None) -> None:
        """Run `then` once the running (or next) save has succeeded; None forgets it."""
        self._after_save = then

    @property
    def waiting_after_save(self) -> bool:
        return self._after_save is not None

    def run_after_save(self) -> None:
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def save_progressed(self, done: int, total: int, message: str) -> None:
        """Bar, count and the engine's latest words ("rate limit: waiting 42 s"), so a save
        that stands still says why."""
        if self.job is None:
            return
        self._progress = (done, total)
        self.view.show_progress(
            done,
            total,
            QT_TRANSLATE_NOOP("MainWindow", "Cancelling…") if self.cancelling else message,
        )

    def cancel_save(self) -> None:
        """Stop the running save; returns at once. The worker answers with `cancelled`, or
        with `finished` when the last call had already been answered; either way the
        session then shows the server's state."""
        if self.job is None or self.cancelling:
            return
        self.cancelling = True
        self.saver.cancel(self.job)
        self.view.say(QT_TRANSLATE_NOOP("MainWindow", "Cancelling…"))
        self.view.refresh()

    def save_finished(self, job: Job, result: SaveResult) -> None:
        """Show what the server holds now (the engine re-read it after writing)."""
        self._end_job()
        if isinstance(job, ResumeJob):
            self.resumes.finished(job, result)
            return
        details_saved = isinstance(job, SaveJob) and bool(
            edits_between(job.loaded_details, job.wanted_details)
        )
        # If the seller kept editing during the save, those newer edits go back on top.
        newer = self.gallery.order if self.gallery.order != job.wanted else None
        edits = edits_between(job.wanted_details, self.gallery.details_by_id)
        self.opener.load_keeping(
            job.listing, result.images, result.details, newer, edits, "during save"
        )
        if result.verified:
            kind = "saved details" if details_saved else "saved order"
            self.view.say(
                Counted(kind, result.calls_made, {"listing": job.listing.describe()}), MESSAGE_MS
            )
            self.run_after_save()
        else:
            self._after_save = None
            differences = joined(result.differences[:3])
            if details_saved:
                text = QT_TRANSLATE_NOOP(
                    "MainWindow", "Saved, but the marketplace shows something else: {differences}"
                )
            else:
                text = QT_TRANSLATE_NOOP(
                    "MainWindow",
                    "Saved, but the marketplace shows a different order: {differences}",
                )
            self.view.show_error(text.format(differences=differences), dialog=True)
        self.view.refresh()

    def save_failed(self, job: Job, message: str) -> None:
        self._end_job()
        self._after_save = None
        if isinstance(job, ResumeJob):
            self.resumes.failed(job, message)
        else:
            text = QT_TRANSLATE_NOOP(
                "MainWindow",
                "Saving {listing} failed: {reason}\nYour new order is kept; try Save again.",
            )
            shown = text.format(listing=job.listing.describe(), reason=message)
            self.view.show_error(shown, dialog=True)
        self.view.refresh()

    def save_conflict(self, job: SaveJob, message: str, places: Sequence[PlaceChange] = ()) -> None:
        """The listing changed elsewhere: ask, in places and pictures (`places`)."""
        self._end_job()
        choice = self.view.ask_conflict(message, places)
        if choice is Choice.OVERWRITE:
            self._start_save(overwrite=True)
        else:
            self._after_save = None
            if choice is Choice.RELOAD:
                self.request_open(job.listing)
            else:
                self.view.say(QT_TRANSLATE_NOOP("MainWindow", "Not saved."), MESSAGE_MS)
        self.view.refresh()

    def save_cancelled(self, job: Job) -> None:
        """Say how far the save got, then show what the server holds now, with the
        seller's order kept on top as unsaved changes (see `_reread_after_cancel`)."""
        done, total = self._progress
        self._end_job()
        self._after_save = None  # what waited for this save (close, open) waits no longer
        if isinstance(job, ResumeJob):
            self.resumes.stop()  # the ones not started stay in the journal
        summary = cancelled_summary(job, done, total)
        if self.gallery.listing == job.listing:
            self.view.say(
                QT_TRANSLATE_NOOP(
                    "MainWindow", "{summary}; reading what the server holds now…"
                ).format(summary=summary)
            )
            # A resumed save's changes were never in this gallery: keep them unless the
            # seller has made changes of their own since.
            fallback = job if isinstance(job, ResumeJob) else None
            self.tasks.spawn(self._reread_after_cancel(job.listing, summary, fallback))
        else:
            self.view.say(QT_TRANSLATE_NOOP("MainWindow", "{summary}.").format(summary=summary))
        self.view.refresh()

    async def _reread_after_cancel(
        self, listing: ListingRef, summary: str, fallback: ResumeJob | None
    ) -> None:
        """A cancelled save leaves the server part-way between the old and the new state,
        and the gallery's "loaded" state no longer matches it. Read it again, so the next
        Save plans from the truth, and keep the seller's order and detail edits (as they
        are once the answer is in, including edits made meanwhile) as unsaved changes on
        top. A cancelled resumed save's changes (`fallback`) are kept the same way, unless
        the seller has changes of their own."""
        try:
            answer = await self.opener.reread(listing)
        except (MarketplaceError, NoConnectionError) as error:
            text = QT_TRANSLATE_NOOP(
                "MainWindow",
                "{summary}, but reading {listing} again failed: {reason}. "
                "Your changes are kept; Save asks before overwriting anything.",
            )
            reason = error_text(error)
            shown = text.format(summary=summary, listing=listing.describe(), reason=reason)
            self.view.show_error(shown)
            return
        if answer is None:
            return  # another listing was opened meanwhile
        images, details = answer
        if fallback is None or self.gallery.dirty:
            keep = self.gallery.order
            edits = edits_between(self.gallery.loaded_details_by_id, self.gallery.details_by_id)
        else:
            keep = fallback.wanted
            edits = edits_between(details, fallback.wanted_details)
        self.opener.load_keeping(listing, images, details, keep, edits, "(not saved)")
        text = QT_TRANSLATE_NOOP(
            "MainWindow", "{summary}; the listing shows what the server holds now."
        )
        self.view.say(text.format(summary=summary))
        self.view.refresh()
