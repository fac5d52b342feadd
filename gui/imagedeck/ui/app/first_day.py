"""Window features from a seller's first day (issue 15), wired in one place.

The main window is layout and wiring only and at its line budget; these parts each live in
their room and only need connecting: the Failed Uploads list under the grid, the panels
that give way in a small window, and the listing's name in the window title (known to the
Listings panel).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from imagedeck.ui.app.panel_room import PanelRoom
from imagedeck.ui.grid.failed_uploads import FailedUploadsDock


def install_first_day(window: Any) -> None:
    """Connect the features to `window` (a MainWindow, fully built)."""
    window.failed_uploads = FailedUploadsDock(window.gallery, window.adder.add, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.failed_uploads)
    window.panel_room = PanelRoom(window, window.grid, [window.details_dock, window.browser_dock])
    browser = window.browser_dock.browser
    window.display.listing_name = browser.title_for
    browser.titles_changed.connect(window.display.refresh)
    window.display.refresh()
