"""Tooltips that name a command's shortcut the way the seller's keyboard says it.

Used by the window's actions and by the grid's own commands, so both read the same
("Save (Ctrl+S)", "Speichern (Strg+S)"); the text keeps the window actions' translation
context, where the catalogue already holds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def shortcut_tip(text: str, shortcut: str) -> str:
    """ "Save (Ctrl+S)": the command without its accelerator, and the key as the seller's
    keyboard names it (Qt translates "Ctrl" to "Strg" in German)."""
    key = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    command = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    return QCoreApplication.translate("WindowActions", "{command} ({shortcut})").format(
        command=command, shortcut=key
    )
