"""Review a folder import before anything is sent: one row per listing, its files beneath.

Each listing row shows its name (key and listing), the kind of key, how many images it has
now and thumbnails of the files matched to it, with a tick box: an unticked listing is left
out of the job. Beneath it, one row per file says what the plan does with it — upload,
skip (same MD5 already there), over AutoScout24's limit, refused by content with the same
words as a drop. Files that matched no listing are listed apart, with the reason. The
figures at the bottom are the dry run's: uploads, skips, problems, API calls and the time
the shop's rate budget implies.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imagedeck.batch.plan import ImportPlan, ListingPlan, PlannedFile
from imagedeck.sync.jobs.meter import CallMeter

STATUS = {
    "upload": "upload",
    "skip": "skip: already there",
    "refused": "refused",
    "limit": "over the limit",
    "unmatched": "unmatched",
}
PROBLEM = QColor(190, 40, 40)
STRIP_EDGE = 48


def _columns() -> list[str]:
    return [
        QCoreApplication.translate("ReviewDialog", "Listing"),
        QCoreApplication.translate("ReviewDialog", "Key"),
        QCoreApplication.translate("ReviewDialog", "Images now"),
        QCoreApplication.translate("ReviewDialog", "Files"),
        QCoreApplication.translate("ReviewDialog", "What happens"),
    ]


class ReviewDialog(QDialog):
    """The import plan as a tree; `ticked()` is the plan with the seller's choices."""

    def __init__(
        self,
        plan: ImportPlan,
        thumbs: dict[Path, QImage],
        meter: CallMeter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import {folder}").format(folder=plan.folder.name))
        self.tree = QTreeWidget()
        self.tree.setObjectName("import-review")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(_columns())
        self.tree.setIconSize(_strip_size(4))
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 120)
        header.resizeSection(3, _strip_size(4).width() + 12)
        self._rows: list[tuple[QTreeWidgetItem, ListingPlan]] = []
        for listing in plan.listings:
            self._add_listing(listing, thumbs)
        if plan.unmatched:
            self._add_unmatched(plan.unmatched)
        self.figures = QLabel(_figures(plan, meter))
        self.figures.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(plan.working()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.figures)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

    def _add_listing(self, listing: ListingPlan, thumbs: dict[Path, QImage]) -> None:
        uploads = len(listing.uploads)
        row = QTreeWidgetItem(
            [
                f"{listing.key.key} · {listing.listing.describe()}",
                listing.key.kind,
                str(len(listing.current)),
                self.tr("{count} files").format(count=len(listing.files)),
                self.tr("{count} to upload").format(count=uploads),
            ]
        )
        row.setIcon(3, _strip([thumbs[f.path] for f in listing.files[:4] if f.path in thumbs]))
        if uploads:
            row.setCheckState(0, Qt.CheckState.Checked)
        else:  # nothing to send: nothing to untick
            _not_checkable(row)
        for file in listing.files:
            row.addChild(_file_row(file))
        self.tree.addTopLevelItem(row)
        row.setExpanded(uploads != len(listing.files))  # open where something is off
        self._rows.append((row, listing))

    def _add_unmatched(self, files: list[PlannedFile]) -> None:
        group = QTreeWidgetItem([self.tr("Matched no listing"), "", "", str(len(files)), ""])
        group.setForeground(0, PROBLEM)
        _not_checkable(group)
        for file in files:
            group.addChild(_file_row(file))
        self.tree.addTopLevelItem(group)
        group.setExpanded(True)

    def ticked(self) -> ImportPlan:
        """The plan with unticked listings marked so (the job leaves them out)."""
        for row, listing in self._rows:
            listing.ticked = row.checkState(0) != Qt.CheckState.Unchecked
        return self.plan


def _file_row(file: PlannedFile) -> QTreeWidgetItem:
    what = STATUS[file.status] + (f": {file.reason}" if file.reason else "")
    row = QTreeWidgetItem([file.path.name, file.sequence, "", "", what])
    row.setToolTip(0, str(file.path))
    _not_checkable(row)
    if file.status in ("refused", "limit", "unmatched"):
        row.setForeground(4, PROBLEM)
    return row


def review_thumbnails(plan: ImportPlan) -> dict[Path, QImage]:
    """Small pictures of the first four files of each listing (run off the GUI thread)."""
    from imagedeck.ui.grid.local_thumbnails import decode_local_file

    thumbs: dict[Path, QImage] = {}
    for listing in plan.listings:
        for file in listing.files[:4]:
            if file.status == "refused":
                continue  # a refused file has no picture worth showing
            try:
                thumbs[file.path] = decode_local_file(file.path, STRIP_EDGE)
            except Exception:  # noqa: BLE001 - no picture is fine: the row says why
                continue
    return thumbs


def _not_checkable(row: QTreeWidgetItem) -> None:
    row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)


def _strip_size(count: int) -> QSize:
    return QSize(count * (STRIP_EDGE + 2), STRIP_EDGE)


def _strip(images: list[QImage]) -> QPixmap:
    """Up to four thumbnails side by side, as one icon."""
    pixmap = QPixmap(_strip_size(4))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    for k, image in enumerate(images):
        x = k * (STRIP_EDGE + 2) + (STRIP_EDGE - image.width()) // 2
        painter.drawImage(x, (STRIP_EDGE - image.height()) // 2, image)
    painter.end()
    return pixmap


def _figures(plan: ImportPlan, meter: CallMeter) -> str:
    writes, reads = plan.write_calls(), plan.read_calls()
    floor = meter.floor_s(writes + reads)
    time_text = (
        f"at least {floor:.1f} s at {meter.budget_text()}"
        if floor is not None
        else meter.budget_text()
    )
    return (
        f"{len(plan.working())} listings to change · uploads {plan.count('upload')} · "
        f"skips {plan.count('skip')} · refused {plan.count('refused')} · over the limit "
        f"{plan.count('limit')} · unmatched {plan.count('unmatched')} · API calls: {writes} "
        f"writes, about {reads} reads · {time_text}"
    )
