"""The main window's commands as QActions, with the shortcuts sellers know from other apps.

One QAction per command, shared by menu and toolbar, so enabling, text ("Undo Make main
image") and shortcut are the same wherever the command appears. Texts go through Qt's
translation (context "WindowActions"); tooltips name the shortcut as the seller's keyboard
says it ("Strg+S" in German), from Qt's own catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from imagedeck.ui.common.shortcut_tips import shortcut_tip
from imagedeck.ui.common.translated import translated


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
            created.setToolTip(shortcut_tip(text, shortcuts[0]))
        return created

    pixmap = QStyle.StandardPixmap
    return WindowActions(
        open=action(
            QCoreApplication.translate("WindowActions", "&Open Listing…"),
            ["Ctrl+O"],
            pixmap.SP_DialogOpenButton,
        ),
        reload=action(
            QCoreApplication.translate("WindowActions", "&Reload"), ["F5"], pixmap.SP_BrowserReload
        ),
        save=action(
            QCoreApplication.translate("WindowActions", "&Save"),
            ["Ctrl+S"],
            pixmap.SP_DialogSaveButton,
        ),
        # Esc is what people press to stop something slow; it only works while saving.
        cancel_save=action(
            QCoreApplication.translate("WindowActions", "&Cancel Save"),
            ["Esc"],
            pixmap.SP_DialogCancelButton,
        ),
        quit=action(QCoreApplication.translate("WindowActions", "&Quit"), ["Ctrl+Q"]),
        undo=action(
            QCoreApplication.translate("WindowActions", "&Undo"), ["Ctrl+Z"], pixmap.SP_ArrowBack
        ),
        redo=action(
            QCoreApplication.translate("WindowActions", "&Redo"),
            ["Ctrl+Shift+Z", "Ctrl+Y"],
            pixmap.SP_ArrowForward,
        ),
        # Single error tiles are retried by double-clicking them.
        retry_thumbnails=action(
            QCoreApplication.translate("WindowActions", "Re&try Failed Thumbnails"), []
        ),
        # Space as in file managers; bound to the grid only (see MainWindow), so it never
        # steals a space typed into a name field.
        preview=action(QCoreApplication.translate("WindowActions", "&Preview Image"), ["Space"]),
    )


def describe_undo(action: QAction, verb: str, label: str | None) -> None:
    """Names the step: "Undo Make main image" when there is one, plain "Undo" otherwise.

    `verb` is "Undo" or "Redo" (English, as the caller names the command); `label` the
    gallery's English `Text`, shown in the interface language. The menu and the tooltip
    name the step; the toolbar button says only the verb."""
    action.setEnabled(label is not None)
    if verb == "Redo":
        plain, named = (
            QCoreApplication.translate("WindowActions", "&Redo"),
            QCoreApplication.translate("WindowActions", "&Redo {label}"),
        )
    else:
        plain, named = (
            QCoreApplication.translate("WindowActions", "&Undo"),
            QCoreApplication.translate("WindowActions", "&Undo {label}"),
        )
    action.setText(named.format(label=translated(label)) if label else plain)
    # The toolbar shows the verb alone (a long step name, longer still in German, would push
    # the other buttons off the toolbar); its tooltip names the step.
    action.setIconText(plain.replace("&", ""))
    shortcut = action.shortcut().toString()
    if shortcut:
        action.setToolTip(shortcut_tip(action.text(), shortcut))
