"""The main window's commands as QActions, with the shortcuts sellers know from other apps.

One QAction per command, shared by menu and toolbar, so enabling, text ("Undo Make main
image") and shortcut are the same wherever the command appears.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


@dataclass(frozen=True)
class WindowActions:
    open: QAction
    reload: QAction
    save: QAction
    cancel_save: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    retry_thumbnails: QAction
    preview: QAction


def create_window_actions(window: QWidget) -> WindowActions:
    style = window.style()

    def action(text: str, shortcuts: list[str], icon: QStyle.StandardPixmap | None = None):
        created = QAction(text, window)
        created.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        if icon is not None:
            created.setIcon(style.standardIcon(icon))
        if shortcuts:
            created.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcuts[0]})")
        return created

    pixmap = QStyle.StandardPixmap
    return WindowActions(
        open=action("&Open Listing…", ["Ctrl+O"], pixmap.SP_DialogOpenButton),
        reload=action("&Reload", ["F5"], pixmap.SP_BrowserReload),
        save=action("&Save", ["Ctrl+S"], pixmap.SP_DialogSaveButton),
        # Esc is what people press to stop something slow; it only works while saving.
        cancel_save=action("&Cancel Save", ["Esc"], pixmap.SP_DialogCancelButton),
        quit=action("&Quit", ["Ctrl+Q"]),
        undo=action("&Undo", ["Ctrl+Z"], pixmap.SP_ArrowBack),
        redo=action("&Redo", ["Ctrl+Shift+Z", "Ctrl+Y"], pixmap.SP_ArrowForward),
        # Single error tiles are retried by double-clicking them.
        retry_thumbnails=action("Retry &Failed Thumbnails", []),
        # Space as in file managers; bound to the grid only (see MainWindow), so it never
        # steals a space typed into a name field.
        preview=action("&Preview Image", ["Space"]),
    )


def describe_undo(action: QAction, verb: str, label: str | None) -> None:
    """Names the step: "Undo Make main image" when there is one, plain "Undo" otherwise."""
    action.setEnabled(label is not None)
    action.setText(f"&{verb} {label}" if label else f"&{verb}")
