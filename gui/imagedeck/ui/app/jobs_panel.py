"""The Jobs panel: every running or unfinished whole-catalogue job, and control over it.

One row per job: its title, state, listings done out of the total, calls sent, and the ETA
the rate budget implies for the writes still to go (the runner's figure, not an average of
the past). Pause holds new listings back; Resume goes on (or finishes a job left from an
earlier session: jobs live in the job store, so they survive a restart); Cancel lets the
listings in flight finish and leaves the others untouched. Below, the failures of the
selected job with their reasons, and Export CSV for the result per listing.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imagedeck.sync.jobs.runner import JobProgress
from imagedeck.sync.jobs.store import JobRecord


def _columns() -> list[str]:
    return [
        QCoreApplication.translate("JobsDock", "Job"),
        QCoreApplication.translate("JobsDock", "State"),
        QCoreApplication.translate("JobsDock", "Listings"),
        QCoreApplication.translate("JobsDock", "Calls"),
        QCoreApplication.translate("JobsDock", "ETA"),
    ]


class JobsDock(QDockWidget):
    """The panel; the window connects its requests to the job worker."""

    pause_requested = Signal()
    resume_requested = Signal(object)  # the JobRecord to go on with
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jobs"))
        self.setObjectName("jobs-dock")
        self.jobs: list[JobRecord] = []
        self.running_id: int | None = None
        self.paused = False
        self._live: dict[int, JobProgress] = {}
        body = QWidget()
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(_columns())
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.failures = QListWidget()
        self.failures.setObjectName("job-failures")
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.cancel_button = QPushButton(self.tr("&Cancel Job"))
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.pause_button.clicked.connect(self._pause)
        self.resume_button.clicked.connect(self._resume)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.failures, 2)
        self.setWidget(body)
        self._refresh_buttons()

    # -- fed by the window -------------------------------------------------------------
    def show_jobs(self, jobs: Sequence[JobRecord]) -> None:
        """The store's jobs (newest first); selection kept."""
        selected = self.selected()
        self.jobs = list(jobs)
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            self._fill(row, job)
        if selected is not None:
            for row, job in enumerate(self.jobs):
                if job.id == selected.id:
                    self.table.selectRow(row)
        elif self.jobs:
            self.table.selectRow(0)
        self._show_selected()

    def show_progress(self, progress: JobProgress) -> None:
        self.running_id = progress.job_id
        self._live[progress.job_id] = progress
        for row, job in enumerate(self.jobs):
            if job.id == progress.job_id:
                self._fill(row, job)
        self._show_selected()

    def job_ended(self) -> None:
        self.running_id = None
        self.paused = False
        self._refresh_buttons()

    def job_started(self, job_id: int | None = None) -> None:
        self.running_id = job_id if job_id is not None else -1
        self.paused = False
        self._refresh_buttons()

    # -- what the panel shows ----------------------------------------------------------
    def _fill(self, row: int, job: JobRecord) -> None:
        live = self._live.get(job.id)
        done = live.done if live else len(job.steps) - len(job.pending)
        calls = live.calls if live else job.calls
        state = job.state
        if job.id == self.running_id:
            state = self.tr("paused") if self.paused else self.tr("running")
        elif state == "running":
            state = self.tr("unfinished")
        eta = _eta(live.eta_s) if live and job.id == self.running_id else ""
        values = (job.title, state, f"{done} / {len(job.steps)}", str(calls), eta)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)

    def selected(self) -> JobRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.jobs[rows[0].row()] if rows and rows[0].row() < len(self.jobs) else None

    def _show_selected(self) -> None:
        job = self.selected()
        self.failures.clear()
        if job is not None:
            live = self._live.get(job.id)
            failed = live.failures if live else [(s.label, s.message) for s in job.failed]
            for label, reason in failed:
                self.failures.addItem(f"{label}: {reason}")
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        job = self.selected()
        running = self.running_id is not None
        self.pause_button.setEnabled(running and not self.paused)
        resumable = (
            job is not None
            and job.state in ("running", "paused", "cancelled")
            and bool(job.pending)
        )
        self.resume_button.setEnabled((running and self.paused) or (not running and resumable))
        self.cancel_button.setEnabled(running)
        self.export_button.setEnabled(job is not None)

    def _pause(self) -> None:
        self.paused = True
        self.pause_requested.emit()
        self._refresh_buttons()
        self._refill_running()

    def _resume(self) -> None:
        if self.running_id is not None:
            self.paused = False
            self.resume_requested.emit(None)
        else:
            self.resume_requested.emit(self.selected())
        self._refresh_buttons()
        self._refill_running()

    def _refill_running(self) -> None:
        for row, job in enumerate(self.jobs):
            if job.id == self.running_id:
                self._fill(row, job)

    def export_csv(self, path: str | None = None, ask: Callable[[], str] | None = None) -> str:
        """Write the selected job's result per listing; returns the path ('' if none)."""
        job = self.selected()
        if job is None:
            return ""
        if path is None:
            chooser = ask or (
                lambda: QFileDialog.getSaveFileName(
                    self, self.tr("Export Job Result"), f"job-{job.id}.csv", "CSV (*.csv)"
                )[0]
            )
            path = chooser()
        if not path:
            return ""
        with open(path, "w", newline="", encoding="utf-8") as stream:
            writer = csv.writer(stream)
            writer.writerow(
                ["listing", "marketplace", "listing id", "variation id", "state", "message"]
            )
            for step in job.steps:
                listing = step.listing
                writer.writerow(
                    [step.label, job.marketplace, listing.listing_id, listing.variation_id or "",
                     step.state, step.message]
                )  # fmt: skip
        return path


def _eta(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"
