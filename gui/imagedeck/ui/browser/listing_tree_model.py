"""The listing browser's tree: recent listings, then search results fetched page by page.

Top-level rows are a "Recent" heading with the recently opened listings, a heading for the
results, the results, and at the end one status row: "Loading…" while a page is on its way,
the server's message with "retry" when it failed, or "No matches". Results come in lazily
through Qt's own protocol: `canFetchMore`/`fetchMore` on the root, which the view calls
when the last row scrolls into sight, so page 2 of a 5,000-item shop is read only when the
seller scrolls there. (QTreeView's layout calls `fetchMore` on the root for as long as
`canFetchMore` says yes, which would read the whole catalogue at once; so the root says yes
only after the browser has reported with `want_more()` that the end of the list is in
sight.) A plentymarkets item expands to its variations: embedded in the item
list answer where the marketplace sent them, otherwise fetched when first expanded.

The model never talks to a marketplace itself: it is given two coroutine functions (search
a page, list an item's children) and a `BackgroundTasks` to run them on the qasync loop, so
tests can drive it with any source and the dock decides which client serves it. A new query
or source bumps a generation number, so a late answer to an old query is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.session.background_tasks import BackgroundTasks
from imagedeck.session.listing_sources import ChildrenPage, SearchPage
from imagedeck.ui.browser.listing_rows import (
    KindRole,
    Row,
    RowKind,
    SummaryRole,
    row_data,
    variation_rows,
    walk,
)
from imagedeck.ui.common.gui_clients import NoConnectionError
from imagedeck.ui.common.translated import error_text
from imagedeck.ui.common.translations import interface_language

__all__ = ["KindRole", "ListingTreeModel", "Row", "RowKind", "SummaryRole"]

AnyIndex = QModelIndex | QPersistentModelIndex


class ListingTreeModel(QAbstractItemModel):
    def __init__(self, tasks: BackgroundTasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._root = Row(RowKind.HEADING, "")
        self._search: SearchPage | None = None
        self._children: ChildrenPage | None = None
        self._recent: list[ListingSummary] = []
        self._results_heading = self.tr("Results")
        self._query = ""
        self._generation = 0
        self._next_page = 1
        self._exhausted = True
        self._loading = False
        self._error = ""
        self._seen: set[ListingRef] = set()
        self._results_row = Row(RowKind.HEADING, "")
        self._rows: dict[int, Row] = {}  # key -> row, for every row an index was made for
        self._live = False
        self._wanted = False  # the end of the results is in sight: read the next page
        self._rebuild()

    # -- what is shown -----------------------------------------------------------------
    def set_source(
        self, search: SearchPage | None, children: ChildrenPage | None, heading: str
    ) -> None:
        """Search with `search` from now on (None: nothing to search); `children` lists a
        listing's variations (None: listings have none). Starts over with the first page."""
        self._search, self._children, self._results_heading = search, children, heading
        self.set_query(self._query)

    def go_live(self) -> None:
        """Start fetching (the browser is on screen and the event loop runs); until then the
        model asks nobody, so a window that is never shown never reads a listing."""
        self._live = True
        self.want_more()

    def want_more(self) -> None:
        """The end of the results is in sight: read the next page, if there is one."""
        self._wanted = True
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_query(self, query: str) -> None:
        """Show the results of `query` instead, starting with its first page."""
        self._query = query.strip()
        self._generation += 1
        self._next_page, self._loading, self._error = 1, False, ""
        self._exhausted = self._search is None
        self._seen = set()
        self._rebuild()
        self.want_more()  # the first page of new results is always wanted

    def set_recent(self, recent: list[ListingSummary]) -> None:
        """Replace the recent listings at the top (newest first); rows below keep their
        expansion and the view its scroll position."""
        self._recent = list(recent)
        top = self._root.children
        old = top.index(self._results_row)
        if old:
            self.beginRemoveRows(QModelIndex(), 0, old - 1)
            del top[:old]
            self.endRemoveRows()
        rows = self._recent_rows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            top[:0] = rows
            self.endInsertRows()

    @property
    def query(self) -> str:
        return self._query

    @property
    def busy(self) -> bool:
        """Whether a page of results is on its way."""
        return self._loading

    def results(self) -> list[ListingSummary]:
        """The results shown so far, in order (recent listings not included)."""
        rows = self._root.children
        start = rows.index(self._results_row)
        return [r.summary for r in rows[start + 1 :] if r.summary is not None]

    def results_heading(self) -> QModelIndex:
        """The heading row above the results (recent listings are above it)."""
        return self._index_of(self._results_row)

    def title_of(self, ref: ListingRef) -> str:
        """The title shown for `ref` anywhere in the tree, or ""."""
        standin = ref.describe()  # a recent entry opened before its name was known
        for row in walk(self._root):
            if row.summary is not None and row.summary.ref == ref and row.text != standin:
                return row.text
        return ""

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self._results_row = self._row(RowKind.HEADING, self._heading())
        self._root.children = [*self._recent_rows(), self._results_row]
        self.endResetModel()

    def _recent_rows(self) -> list[Row]:
        if not self._recent:
            return []
        rows = [self._row(RowKind.HEADING, self.tr("Recent"))]
        rows += [self._listing_row(summary) for summary in self._recent]
        return rows

    def _heading(self) -> str:
        if self._query:
            return self.tr("{heading} for “{query}”").format(
                heading=self._results_heading, query=self._query
            )
        return self._results_heading

    def _row(self, kind: RowKind, text: str, parent: Row | None = None) -> Row:
        return Row(kind, text, parent=parent or self._root)

    def _listing_row(self, summary: ListingSummary, parent: Row | None = None) -> Row:
        kind = RowKind.VARIATION if summary.ref.variation_id else RowKind.LISTING
        row = Row(kind, summary.title_in(interface_language()), summary, parent or self._root)
        if kind is RowKind.LISTING and self._children is not None:
            row.expandable = True
            if summary.variations:
                row.children = variation_rows(summary, row)
                row.children_state = "loaded"
        return row

    def index(self, row: int, column: int = 0, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self._row_of(parent)
        if column != 0 or not 0 <= row < len(owner.children):
            return QModelIndex()
        return self._create(row, owner.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        child = self._rows.get(index.internalId())
        owner = child.parent if child is not None else None
        if owner is None or owner is self._root:
            return QModelIndex()
        grand = owner.parent or self._root
        if owner not in grand.children:
            return QModelIndex()
        return self._create(grand.children.index(owner), owner)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._row_of(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        row = self._row_of(parent)
        if row is self._root or row.children:
            return bool(row.children)
        return row.expandable and row.children_state is None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows.get(index.internalId())
        if row is None:
            return None  # an index kept from before its row went away
        return row_data(row, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows.get(index.internalId())
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        kind = row.kind
        if kind in (RowKind.LISTING, RowKind.VARIATION, RowKind.ERROR):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        if not parent.isValid():
            idle = not (self._exhausted or self._loading or self._error)
            return self._live and self._wanted and idle
        row = self._rows.get(parent.internalId())
        if row is None:
            return False
        return self._live and row.expandable and row.children_state is None

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        if not parent.isValid():
            self._fetch_results()
        else:
            self._fetch_children(self._row_of(parent))

    def _row_of(self, index: AnyIndex) -> Row:
        if not index.isValid():
            return self._root
        return self._rows.get(index.internalId()) or Row(RowKind.EMPTY, "")

    def _index_of(self, row: Row) -> QModelIndex:
        if row is self._root:
            return QModelIndex()
        owner = row.parent or self._root
        return self._create(owner.children.index(row), row)

    def _create(self, position: int, row: Row) -> QModelIndex:
        """An index that names `row` by its key, not its address: an index kept after its
        row went away (a "Loading…" row replaced by results) then finds nothing instead of
        freed memory."""
        self._rows[row.key] = row
        return self.createIndex(position, 0, row.key)

    # -- fetching ----------------------------------------------------------------------
    def retry(self, index: AnyIndex) -> None:
        """Activating an error row: ask again for what failed."""
        row = self._rows.get(index.internalId()) if index.isValid() else None
        if row is None or row.kind is not RowKind.ERROR:
            return
        owner = row.parent or self._root
        self._remove_status(owner)
        if owner is self._root:
            self._error = ""
            self.want_more()
        else:
            owner.children_state = None
            self.fetchMore(self._index_of(owner))

    def _fetch_results(self) -> None:
        assert self._search is not None
        self._loading, self._wanted = True, False
        self._set_status(self._root, RowKind.LOADING, self.tr("Loading…"))
        self._tasks.spawn(self._read_page(self._generation, self._query, self._next_page))

    async def _read_page(self, generation: int, query: str, page: int) -> None:
        search = self._search
        assert search is not None
        try:
            answer = await search(query, page)
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._generation:
                self._loading = False
                self._error = str(error)
                self._set_status(
                    self._root,
                    RowKind.ERROR,
                    self.tr("Could not load page {page}: {error} — retry").format(
                        page=page, error=error_text(error)
                    ),
                )
            return
        if generation != self._generation:
            return  # the seller typed something else meanwhile
        # Seeing "Loading…" at the end asked for more: that was this page. The browser looks
        # again once the new rows are laid out.
        self._loading, self._wanted = False, False
        self._remove_status(self._root)
        fresh = [s for s in answer.entries if s.ref not in self._seen]
        self._seen.update(s.ref for s in fresh)
        if fresh:
            start = len(self._root.children)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._root.children += [self._listing_row(s) for s in fresh]
            self.endInsertRows()
        self._next_page = page + 1
        self._exhausted = answer.is_last
        if answer.total is not None and page == 1:
            self._results_row.text = f"{self._heading()} ({answer.total})"
            heading = self._index_of(self._results_row)
            self.dataChanged.emit(heading, heading)
        if self._exhausted and not self.results():
            self._set_status(self._root, RowKind.EMPTY, self.tr("No matches"))
        elif not fresh and not self._exhausted:
            self.want_more()  # a page without matches: the next one may have some

    def _fetch_children(self, row: Row) -> None:
        assert self._children is not None and row.summary is not None
        row.children_state = "loading"
        self._set_status(row, RowKind.LOADING, self.tr("Loading…"))
        self._tasks.spawn(self._read_children(self._generation, row))

    async def _read_children(self, generation: int, row: Row) -> None:
        """Every page of the listing's variations (items rarely have more than a page)."""
        children = self._children
        assert children is not None and row.summary is not None
        found: list[ListingSummary] = []
        page = 1
        try:
            while True:
                answer = await children(row.summary.ref, page)
                found += answer.entries
                if answer.is_last or not answer.entries:
                    break
                page += 1
        except (MarketplaceError, NoConnectionError) as error:
            if generation == self._generation and self._attached(row):
                row.children_state = "error"
                self._set_status(
                    row,
                    RowKind.ERROR,
                    self.tr("Could not load the variations: {error}").format(
                        error=error_text(error)
                    ),
                )
            return
        if generation != self._generation or not self._attached(row):
            return
        self._remove_status(row)
        row.children_state = "loaded"
        if found:
            parent = self._index_of(row)
            self.beginInsertRows(parent, 0, len(found) - 1)
            row.children = [self._listing_row(s, row) for s in found]
            self.endInsertRows()
        else:
            # No variations to show: the arrow goes away.
            index = self._index_of(row)
            self.dataChanged.emit(index, index)

    def _attached(self, row: Row) -> bool:
        """Whether `row` is still in the tree (a reset replaces every row)."""
        while row.parent is not None:
            if row not in row.parent.children:
                return False
            row = row.parent
        return row is self._root

    def _set_status(self, owner: Row, kind: RowKind, text: str) -> None:
        """Put the one status row at the end of `owner`'s children (replacing any)."""
        self._remove_status(owner)
        parent = self._index_of(owner)
        end = len(owner.children)
        self.beginInsertRows(parent, end, end)
        owner.children.append(Row(kind, text, parent=owner))
        self.endInsertRows()

    def _remove_status(self, owner: Row) -> None:
        status = (RowKind.LOADING, RowKind.ERROR, RowKind.EMPTY)
        if owner.children and owner.children[-1].kind in status:
            last = len(owner.children) - 1
            self.beginRemoveRows(self._index_of(owner), last, last)
            self._rows.pop(owner.children.pop().key, None)
            self.endRemoveRows()
