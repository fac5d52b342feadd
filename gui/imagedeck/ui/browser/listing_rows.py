"""The rows of the listing browser's tree and how each kind of row looks.

A `Row` is one line of the tree (a heading, a listing, a variation, a status line); the
model (listing_tree_model.py) keeps them and fetches pages, this module says what a row
shows per role: its text, tooltip, bold headings, error and placeholder colours.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from imagedeck.model.image import ListingRef, ListingSummary
from imagedeck.ui.common.theme import tone
from imagedeck.ui.common.translated import translated

SummaryRole = Qt.ItemDataRole.UserRole + 1
"""The ListingSummary of a listing or variation row (None for other rows)."""
KindRole = Qt.ItemDataRole.UserRole + 2
"""The row's `RowKind`."""


_KEYS = itertools.count(1)


# Plain ints: comparing a role with a PySide6 enum member costs about a microsecond, and
# data() is asked for many roles per painted row (issue 16's profile of the first paint).
_DISPLAYROLE = Qt.ItemDataRole.DisplayRole.value
_ACCESSIBLETEXTROLE = Qt.ItemDataRole.AccessibleTextRole.value
_TOOLTIPROLE = Qt.ItemDataRole.ToolTipRole.value
_FONTROLE = Qt.ItemDataRole.FontRole.value
_FOREGROUNDROLE = Qt.ItemDataRole.ForegroundRole.value


class RowKind(Enum):
    HEADING = "heading"
    LISTING = "listing"  # an item or vehicle; opens the whole listing
    VARIATION = "variation"  # one plentymarkets variation; opens only its images
    LOADING = "loading"
    ERROR = "error"  # activating it tries again
    EMPTY = "empty"


@dataclass(eq=False)
class Row:
    kind: RowKind
    text: str
    summary: ListingSummary | None = None
    parent: Row | None = None
    children: list[Row] = field(default_factory=list)
    # For listing rows: None = variations not read yet; "loading", "loaded" or "error".
    children_state: str | None = None
    expandable: bool = False
    key: int = field(default_factory=lambda: next(_KEYS))


def walk(row: Row) -> Iterator[Row]:
    """Every row under `row`, depth first."""
    for child in row.children:
        yield child
        yield from walk(child)


def variation_rows(summary: ListingSummary, parent: Row) -> list[Row]:
    """The variation rows of a listing whose variations came with the item list."""
    ref = summary.ref
    return [
        Row(
            RowKind.VARIATION,
            label,
            ListingSummary(ListingRef(ref.marketplace, ref.listing_id, vid), label),
            parent,
        )
        for vid, label in summary.variations
    ]


def row_data(row: Row, role: int) -> object:
    """What `row` shows for `role` (None: nothing)."""
    if role in (_DISPLAYROLE, _ACCESSIBLETEXTROLE):
        return translated(row.text)  # a marketplace's label ("Item 101") is a Text
    if role == _TOOLTIPROLE:
        if row.summary is not None:
            ref = translated(row.summary.ref.describe())
            return f"{translated(row.text)} — {ref}"
        if row.kind is RowKind.ERROR:
            return QCoreApplication.translate(
                "ListingTreeModel", "Press Enter or double-click to try again"
            )
        return None
    if role == SummaryRole:
        return row.summary
    if role == KindRole:
        return row.kind
    if role == _FONTROLE and row.kind is RowKind.HEADING:
        font = QFont()
        font.setBold(True)
        return font
    if role == _FOREGROUNDROLE:
        if row.kind is RowKind.ERROR:
            return QBrush(tone("error"))  # readable on light and dark
        if row.kind in (RowKind.LOADING, RowKind.EMPTY):
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    return None
