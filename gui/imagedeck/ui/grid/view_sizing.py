"""Item views in the details panel are as tall as their rows (within bounds), not as tall as
Qt's default of a couple of hundred pixels: the panel stacks several of them, and a view
that shows two rows and a scroll bar for two rows of content reads as broken."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView


def fit_rows(view: QAbstractItemView, least: int, most: int) -> None:
    """Make `view` exactly tall enough for its rows, at least `least`, at most `most`."""
    model = view.model()
    count = model.rowCount() if model is not None else 0
    rows = min(max(count, least), most)
    row_height = view.sizeHintForRow(0) if count else -1
    if row_height <= 0:
        row_height = view.fontMetrics().height() + 8
    if isinstance(view, QTableView):
        row_height = max(row_height, view.verticalHeader().defaultSectionSize())
        header = view.horizontalHeader()
        extra = header.sizeHint().height() if not header.isHidden() else 0
    else:
        extra = 0
    if isinstance(view, QListView):
        row_height += 2 * view.spacing()  # spacing surrounds each item
    body = rows * row_height
    if isinstance(view, QTableView) and count:  # wrapped rows are taller: count them as they are
        shown = min(count, most)
        body = sum(max(view.rowHeight(r), 1) for r in range(shown))
        body += (rows - shown) * row_height
    view.setFixedHeight(extra + body + 2 * view.frameWidth())
