"""A second ImageDeck window is allowed, and says so.

Each window holds a window lock in the data folder (sync/save_lock.py `InstanceLock`) for as
long as it runs. A window that finds others open shows it in the status bar: both can be
used, and each save is sent by exactly one of them (a save another window is sending is not
offered for finishing here; see `split_in_progress`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from imagedeck.paths import data_dir
from imagedeck.sync.save_lock import InstanceLock


def note_other_windows(window: QMainWindow) -> InstanceLock:
    """Hold this window's lock; tell the seller about the other windows open. Keep the
    answer until the window closes (its release ends the lock)."""
    lock, others = InstanceLock.claim_any(data_dir())
    if others:
        pids = ", ".join(str(pid) for pid in others if pid) or "?"
        note = QLabel(
            QCoreApplication.translate(
                "OtherWindows",
                "ImageDeck is already open (process {pids}). Both windows work; each save is "
                "sent by one of them only.",
            ).format(pids=pids)
        )
        note.setObjectName("other-windows-note")
        window.statusBar().addPermanentWidget(note)  # stays: not replaced by later messages
    return lock
