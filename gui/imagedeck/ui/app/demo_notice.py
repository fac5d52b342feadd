"""The demo says that it starts fresh.

`imagedeck demo` serves a new sandbox at every start, so what was saved in the last run is
gone, while the Listings panel's Recent entries (kept in the settings) still name those
listings: a seller reopening one saw their edits "lost". The window says so, in the status
bar for as long as it runs, with the why in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from imagedeck.ui.common.theme import label_style


def show_demo_notice(window: QMainWindow) -> QLabel:
    """Add the notice to `window`'s status bar; returns it."""
    translate = QCoreApplication.translate
    label = QLabel(translate("DemoNotice", "Demo: starts fresh at every start"))
    label.setObjectName("demo-notice")
    label.setStyleSheet(label_style("warning", bold=True))
    label.setToolTip(
        translate(
            "DemoNotice",
            "This is the built-in demo: its shop and dealer account are made anew each time "
            "ImageDeck starts, so changes saved in an earlier run are not there any more. "
            "Connect a real shop in File ▸ Connections… to keep your work.",
        )
    )
    window.statusBar().addPermanentWidget(label)
    return label
