"""File ▸ Import Folder…, the Batch menu and the Jobs panel, wired into the main window.

Kept out of main_window.py: the window hands over only what this needs (its menu bar, its
connections, the open listing, a place for a dock). Plans, previews and jobs run on the
JobWorker's thread; the dialogs only show their results. The review and the Batch dialogs
are attributes while open (`review`, `change`), and the folder question is `ask_folder`, so
tests drive them without a native dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from imagedeck.batch.job_steps import import_options, import_steps, import_title
from imagedeck.marketplaces.connection import Connection
from imagedeck.sync.jobs.store import JobRecord, JobStep
from imagedeck.ui.app.jobs_panel import JobsDock
from imagedeck.ui.dialogs.batch_change import ChangeDialog
from imagedeck.ui.dialogs.import_review import ReviewDialog, review_thumbnails
from imagedeck.ui.workers.job_worker import JobWorker

if TYPE_CHECKING:
    from imagedeck.batch.plan import ImportPlan
    from imagedeck.sync.jobs.meter import CallMeter


class BatchCommands(QObject):
    """The window's whole-catalogue commands and their panel."""

    def __init__(
        self,
        window: QMainWindow,
        connection_for: Callable[[str | None], Connection | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.connection_for = connection_for
        self.worker = JobWorker(self)
        self.dock = JobsDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.review: ReviewDialog | None = None
        self.change: ChangeDialog | None = None
        self.ask_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            window,
            QCoreApplication.translate(
                "BatchMenu", "Import a Folder of Photos Named by Item Number"
            ),
        )
        self._connection: Connection | None = None
        self.import_action = QAction(
            QCoreApplication.translate("BatchMenu", "&Import Folder…"), window
        )
        self.batch_actions = {
            "add": QAction(
                QCoreApplication.translate("BatchMenu", "&Add Image to Listings…"), window
            ),
            "remove": QAction(
                QCoreApplication.translate("BatchMenu", "&Remove Image from Listings…"), window
            ),
            "main": QAction(
                QCoreApplication.translate("BatchMenu", "Set &Main Image on Listings…"), window
            ),
        }
        self.import_action.triggered.connect(self.import_folder)
        for kind, action in self.batch_actions.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.open_change(k))
        self.worker.planned.connect(self._review)
        self.worker.previewed.connect(self._previewed)
        self.worker.failed.connect(self._failed)
        self.worker.jobs_loaded.connect(self._jobs_loaded)
        self.worker.progress.connect(self.dock.show_progress)
        self.worker.finished.connect(lambda _outcome: self.dock.job_ended())
        self.dock.pause_requested.connect(self.worker.pause)
        self.dock.cancel_requested.connect(self.worker.cancel)
        self.dock.resume_requested.connect(self._resume)
        self.worker.load_jobs()  # unfinished jobs of earlier sessions show at once

    def install(self, file_menu: Any, view_menu: Any, before: QAction | None) -> None:
        if file_menu is not None:
            file_menu.insertAction(before, self.import_action)
        bar = self.window.menuBar()
        batch_menu = QMenu(QCoreApplication.translate("BatchMenu", "&Batch"), bar)
        batch_menu.addActions(list(self.batch_actions.values()))
        bar.insertMenu(bar.actions()[-1], batch_menu)  # before Help, the last
        if view_menu is not None:
            view_menu.addAction(self.dock.toggleViewAction())

    # -- import ------------------------------------------------------------------------
    def import_folder(self) -> None:
        connection = self.connection_for(None)
        if connection is None:
            return
        folder = self.ask_folder()
        if not folder:
            return
        self._connection = connection
        self.window.statusBar().showMessage(
            QCoreApplication.translate("BatchMenu", "Reading the catalogue for {folder}…").format(
                folder=folder
            )
        )
        self.worker.plan_import(connection, Path(folder), "end", False, review_thumbnails)

    def _review(self, plan: ImportPlan, thumbs: dict, meter: CallMeter) -> None:
        self.window.statusBar().clearMessage()
        self.review = ReviewDialog(plan, thumbs, meter, self.window)
        self.review.accepted.connect(self._start_import)
        self.review.open()

    def _start_import(self) -> None:
        review, connection = self.review, self._connection
        if review is None or connection is None:
            return
        plan = review.ticked()
        steps = import_steps(plan)
        if steps:
            self._start(
                connection, "import", import_title(plan, steps), import_options(plan), steps
            )

    # -- batch changes -----------------------------------------------------------------
    def open_change(self, kind: str) -> None:
        connection = self.connection_for(None)
        if connection is None:
            return
        self._connection = connection
        self.change = ChangeDialog(kind, self.window)
        self.change.preview_requested.connect(
            lambda k, options, targets: self.worker.preview_change(connection, k, options, targets)
        )
        self.change.accepted.connect(self._start_change)
        self.change.open()

    def _previewed(self, rows: list, meter: CallMeter) -> None:
        if self.change is not None:
            self.change.show_preview(rows, meter)

    def _start_change(self) -> None:
        change, connection = self.change, self._connection
        if change is None or connection is None or not change.listings:
            return
        options = change.options()
        if isinstance(options, str):
            return
        steps = [
            JobStep(k, ref, label, {}, writes=2) for k, (ref, label) in enumerate(change.listings)
        ]
        title = f"batch {change.kind} on {len(steps)} listings"
        self._start(connection, change.kind, title, options, steps)

    # -- jobs --------------------------------------------------------------------------
    def _start(
        self, connection: Connection, kind: str, title: str, options: dict, steps: list
    ) -> None:
        if self.worker.busy:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("BatchMenu", "Jobs"),
                QCoreApplication.translate("BatchMenu", "A job is already running."),
            )
            return
        self.dock.show()
        self.dock.job_started()
        self.worker.start_job(connection, kind, title, {**options, "original": False}, steps)

    def _resume(self, job: JobRecord | None) -> None:
        if job is None:
            self.worker.resume()
            return
        connection = self.connection_for(job.marketplace)
        if connection is None or self.worker.busy:
            return
        self.dock.job_started(job.id)
        self.worker.start_job(connection, job.kind, job.title, job.options, job_id=job.id)

    def _jobs_loaded(self, jobs: list[JobRecord]) -> None:
        self.dock.show_jobs(jobs)
        if any(job.state in ("running", "paused") and job.pending for job in jobs):
            self.dock.show()

    def _failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        if self.change is not None and self.change.isVisible():
            self.change.show_error(message)
            return
        self.dock.job_ended()
        QMessageBox.warning(self.window, QCoreApplication.translate("BatchMenu", "Batch"), message)

    def stop(self) -> None:
        self.worker.stop()


def install_batch(
    window: Any,
    clients: Any,
    gallery: Any,
    file_menu: QMenu | None,
    view_menu: QMenu | None,
    before: QAction | None,
) -> BatchCommands:
    """Add the commands to `window`: Import Folder… in `file_menu` before `before`, the Batch
    menu before the last menu (Help), the Jobs panel's toggle in `view_menu`. `clients`
    (GuiClients) gives the connections, `gallery` the open listing (whose marketplace the
    commands use). The worker thread stops when the window has `closed`."""

    def connection_for(marketplace: str | None) -> Connection | None:
        """The named marketplace's connection, else the open listing's, else the first."""
        listing = gallery.listing
        wanted = marketplace or (listing.marketplace if listing is not None else None)
        names = clients.marketplaces
        chosen = (
            wanted if wanted in names else (names[0] if names and marketplace is None else None)
        )
        return clients.connection(chosen) if chosen else None

    commands = BatchCommands(window, connection_for)
    commands.install(file_menu, view_menu, before)
    closed = getattr(window, "closed", None)  # MainWindow's "closed for good" signal
    if closed is not None:
        closed.connect(commands.stop)
    return commands
