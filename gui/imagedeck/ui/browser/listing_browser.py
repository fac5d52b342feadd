"""The listing browser: a dock beside the grid to find a listing without knowing its id.

A search field (id, item number or name; it searches once typing pauses, or at once on
Enter) above a tree of recent listings and results, paged in as the seller scrolls (see
listing_tree_model.py). Enter or a double-click opens the listing in the window, asking
about unsaved changes first as File ▸ Open does; on an error row it tries again. With more
than one connection a picker chooses which marketplace is searched.

Every listing the window opens, from here or from anywhere else, becomes the first recent
listing of its connection (kept in the settings): the browser watches the gallery for a
newly loaded listing rather than relying on each way of opening one to tell it.

Keyboard: Ctrl+L (`find_action`) shows the dock and selects the search text; Down or Enter
in the search field moves into the results; arrows, Left/Right (collapse/expand) and Enter
work in the tree as everywhere in Qt.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from imagedeck.marketplaces.registry import AUTOSCOUT24, display_name
from imagedeck.model.gallery import Gallery, GalleryEvent, Reset
from imagedeck.model.image import ListingRef
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.listing_sources import RESULT_HEADINGS, browser_fetchers
from imagedeck.session.recent_listings import recent_listings, remember_listing
from imagedeck.ui.browser.listing_tree_model import KindRole, ListingTreeModel, RowKind, SummaryRole
from imagedeck.ui.common.gui_clients import GuiClients, NoConnectionError
from imagedeck.ui.common.translated import translated

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 350
"""Typing pauses this long before a search goes out: one request per word, not per key."""
BROWSER_WIDTH = 300


class ListingBrowser(QWidget):
    """Search field, marketplace picker and results tree; `open_listing` opens a pick."""

    titles_changed = Signal()
    """The name of a listing opened earlier became known (its page of results arrived)."""

    def __init__(
        self,
        clients: GuiClients,
        open_listing: Callable[[ListingRef], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        clients.on_switch.append(self.connection_switched)
        self._open_listing = open_listing
        self.tasks = BackgroundTasks()
        self.model = ListingTreeModel(self.tasks, self)

        self.marketplace = QComboBox()
        self.marketplace.setAccessibleName(self.tr("Marketplace to search"))
        for name in clients.marketplaces:
            label = display_name(name)
            connection = clients.connection(name).name
            self.marketplace.addItem(f"{label} — {connection}", name)
        self.marketplace.setVisible(self.marketplace.count() > 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search id, number or name (Ctrl+L)"))
        self.search.setAccessibleName(self.tr("Search listings"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Listings"))
        self.tree.setExpandsOnDoubleClick(False)  # a double-click opens the listing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.marketplace)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._debounce.start())
        self.search.textChanged.connect(self._cleared)
        self.search.returnPressed.connect(self._search_and_enter)
        self.search.installEventFilter(self)
        self.tree.activated.connect(self._activated)
        # Whenever the list moves or grows, look whether its end came into sight.
        self._end_check = QTimer(self, singleShot=True, interval=0)
        self._end_check.timeout.connect(self._fetch_if_end_in_sight)
        bar = self.tree.verticalScrollBar()
        bar.valueChanged.connect(lambda _value: self._end_check.start())
        bar.rangeChanged.connect(lambda _low, _high: self._end_check.start())
        self.model.rowsInserted.connect(lambda *_: self._end_check.start())
        self.model.rowsRemoved.connect(lambda *_: self._end_check.start())
        self._select_first_result = False
        self.model.rowsInserted.connect(self._results_arrived)
        self.search.textEdited.connect(lambda _text: setattr(self, "_select_first_result", False))
        self.titles: dict[ListingRef, str] = {}  # names of the listings opened, for the title
        self.marketplace.currentIndexChanged.connect(self._marketplace_changed)
        self._marketplace_changed()

    # -- what is searched --------------------------------------------------------------
    @property
    def selected_marketplace(self) -> str | None:
        return self.marketplace.currentData()

    def connection_name(self, marketplace: str | None = None) -> str | None:
        """The name of the connection serving `marketplace` (default: the selected one)."""
        try:
            return self._clients.connection(marketplace or self.selected_marketplace or "").name
        except NoConnectionError:
            return None

    def _marketplace_changed(self) -> None:
        marketplace = self.selected_marketplace
        if marketplace is None:
            self.model.set_source(None, None, self.tr("No connection is set up"))
            return
        if marketplace == AUTOSCOUT24:
            self.search.setPlaceholderText(self.tr("Search model, reference or id (Ctrl+L)"))
        else:
            self.search.setPlaceholderText(self.tr("Search id, number or name (Ctrl+L)"))
        search, children = browser_fetchers(self._clients, marketplace)
        self.model.set_recent(self._recent())
        heading = translated(RESULT_HEADINGS[marketplace]) if marketplace in RESULT_HEADINGS else ""
        self.model.set_source(search, children, heading or self.tr("Listings"))

    def connection_switched(self, marketplace: str) -> None:
        """Another connection serves `marketplace` from now on. Pages still on their way
        come from the old one, whose client is about to close: stop them, relabel the
        picker and, if it is the marketplace searched, show the new shop's listings."""
        self.tasks.cancel_all()
        row = self.marketplace.findData(marketplace)
        if row >= 0:
            label = display_name(marketplace)
            connection = self._clients.connection(marketplace).name
            self.marketplace.setItemText(row, f"{label} — {connection}")
        if marketplace == self.selected_marketplace:
            self._marketplace_changed()

    def _recent(self) -> list:
        name = self.connection_name()
        marketplace = self.selected_marketplace
        if name is None:
            return []
        return [s for s in recent_listings(name) if s.ref.marketplace == marketplace]

    def search_now(self) -> None:
        """Search for the field's text now (the debounce timer ends here too)."""
        self._debounce.stop()
        if self.search.text().strip() != self.model.query:
            self.model.set_query(self.search.text())

    def _cleared(self, text: str) -> None:
        """The clear button empties the field without an edit signal: show everything."""
        if not text:
            self.search_now()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first page is read when the browser is first seen, on the running loop."""
        super().showEvent(event)
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            log.warning("the listing browser has no running event loop; it stays empty")
            return
        self.model.go_live()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._end_check.start()

    def _fetch_if_end_in_sight(self) -> None:
        """Ask for the next page when the last row is (partly) visible: the seller has
        scrolled to the end, or the list is shorter than the view."""
        last = self.model.rowCount() - 1
        if last < 0 or not self.isVisible():
            return
        rect = self.tree.visualRect(self.model.index(last))
        if rect.isValid() and self.tree.viewport().rect().intersects(rect):
            self.model.want_more()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- keyboard and activation -------------------------------------------------------
    def _search_and_enter(self) -> None:
        self.search_now()
        self._enter_tree()

    def _enter_tree(self) -> None:
        """Focus the tree on its first result; if the results are still on their way, the
        first one becomes current when it arrives (Enter right after typing)."""
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)
        first = self._first_result()
        self._select_first_result = not first.isValid()
        if first.isValid():
            self.tree.setCurrentIndex(first)

    def _first_result(self) -> QModelIndex:
        """The first row below the results heading that Enter acts on (or an invalid one)."""
        pickable = (RowKind.LISTING, RowKind.VARIATION, RowKind.ERROR)
        for row in range(self.model.results_heading().row() + 1, self.model.rowCount()):
            index = self.model.index(row)
            if index.data(KindRole) in pickable:
                return index
        return QModelIndex()

    def _results_arrived(self, parent: QModelIndex, *_rows: int) -> None:
        named = [
            ref for ref, title in self.titles.items() if not title and self.model.title_of(ref)
        ]
        for ref in named:  # its name is known now: remember it, and the window's title shows it
            self.listing_opened(ref)
        if named:
            self.titles_changed.emit()
        if self._select_first_result and not parent.isValid():
            first = self._first_result()
            if first.isValid():
                self._select_first_result = False
                self.tree.setCurrentIndex(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._enter_tree()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        if kind is RowKind.ERROR:
            self.model.retry(index)
            return
        summary = index.data(SummaryRole)
        if summary is not None:
            self._open_listing(summary.ref)

    # -- recent listings ---------------------------------------------------------------
    def listing_opened(self, ref: ListingRef) -> None:
        """Make `ref` the first recent listing of its connection and show it at the top."""
        connection = self.connection_name(ref.marketplace)
        if connection is None:
            return
        title = self.model.title_of(ref)
        if ref.variation_id:
            item = self.model.title_of(ListingRef(ref.marketplace, ref.listing_id))
            title = f"{item} — {title}" if item and title else title or item
        remember_listing(connection, ref, title or ref.describe())
        self.titles[ref] = title
        # Follow the open listing: an AutoScout24 vehicle open beside a list of
        # plentymarkets items reads as if the list belonged to it.
        shown = self.marketplace.findData(ref.marketplace)
        if ref.marketplace != self.selected_marketplace and shown >= 0:
            self.marketplace.setCurrentIndex(shown)  # refills the recent listings too
        elif ref.marketplace == self.selected_marketplace:
            self.model.set_recent(self._recent())

    def title_for(self, ref: ListingRef) -> str:
        """The listing's name as this browser showed it ("" if it never did)."""
        known = self.titles.get(ref) or self.model.title_of(ref)
        if known:
            self.titles[ref] = known
            return known
        name = self.connection_name(ref.marketplace)
        for summary in recent_listings(name) if name else []:
            if summary.ref == ref and summary.title != ref.describe():
                return summary.title
        return ""


class ListingBrowserDock(QDockWidget):
    """The browser in a dock on the left of the grid; remembers what the window opens."""

    def __init__(
        self,
        clients: GuiClients,
        gallery: Gallery,
        open_listing: Callable[[ListingRef], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Listings"))
        self.setObjectName("listing-browser-dock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.browser = ListingBrowser(clients, open_listing)
        self.browser.setMinimumWidth(220)
        self.setWidget(self.browser)
        self.toggleViewAction().setText(self.tr("&Listing Browser"))
        self.find_action = QAction(self.tr("&Find Listing…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+L"))
        self.find_action.setToolTip(self.tr("Find a listing by id, number or name (Ctrl+L)"))
        self.find_action.triggered.connect(self.focus_search)
        self._gallery = gallery
        self._remembered: ListingRef | None = None
        self._unsubscribe = gallery.subscribe(self._on_gallery_event)

    def focus_search(self) -> None:
        """Ctrl+L: show the dock if it was closed and put the cursor in the search."""
        self.show()
        self.raise_()
        self.browser.focus_search()

    def _on_gallery_event(self, event: GalleryEvent) -> None:
        """A listing was loaded: remember it, once per switch (reloads and saves load the
        same listing again and need not write the settings)."""
        listing = self._gallery.listing
        if isinstance(event, Reset) and listing is not None and listing != self._remembered:
            self._remembered = listing
            self.browser.listing_opened(listing)

    def shutdown(self) -> None:
        """Stop every page still on its way and stop watching (the window is closing)."""
        self.browser.tasks.cancel_all()
        self._unsubscribe()
        self._unsubscribe = lambda: None
