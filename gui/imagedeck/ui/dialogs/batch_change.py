"""The Batch menu's dialog: one change (add / remove / main) on many listings, previewed.

The seller says what (a file and its place, an MD5, or a name pattern) and on which
listings (ids, a search, or all), presses Preview to see one line per listing — what would
happen there, read from the server now, the CLI's `--dry-run` — and Start to run it as a
job. Start is only possible after a preview of exactly what is in the fields.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imagedeck.model.image import ListingRef
from imagedeck.sync.jobs.meter import CallMeter


class ChangeDialog(QDialog):
    preview_requested = Signal(str, object, object)  # kind, options, targets

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        titles = {
            "add": self.tr("Add Image to Listings"),
            "remove": self.tr("Remove Image from Listings"),
            "main": self.tr("Set Main Image on Listings"),
        }
        self.setWindowTitle(titles[kind])
        self.value = QLineEdit()
        self.value.setObjectName("batch-value")
        self.place = QSpinBox()
        self.place.setRange(1, 999)
        self.place.setValue(2)
        form = QFormLayout()
        if kind == "add":
            row = QHBoxLayout()
            browse = QPushButton(self.tr("Choose…"))
            browse.clicked.connect(self._choose_file)
            row.addWidget(self.value)
            row.addWidget(browse)
            form.addRow(self.tr("File:"), row)
            form.addRow(self.tr("As image number:"), self.place)
        elif kind == "remove":
            self.value.setPlaceholderText(self.tr("MD5 of the image, 32 hexadecimal digits"))
            form.addRow(self.tr("MD5:"), self.value)
        else:
            self.value.setPlaceholderText(self.tr("e.g. *front* (file name or image name)"))
            form.addRow(self.tr("Name pattern:"), self.value)
        self.by_ids = QRadioButton(self.tr("Listing ids"))
        self.by_search = QRadioButton(self.tr("Search"))
        self.every = QRadioButton(self.tr("All listings"))
        self.by_ids.setChecked(True)
        group = QButtonGroup(self)
        targets = QHBoxLayout()
        for button in (self.by_ids, self.by_search, self.every):
            group.addButton(button)
            targets.addWidget(button)
        self.targets = QLineEdit()
        self.targets.setObjectName("batch-targets")
        self.targets.setPlaceholderText(self.tr("101,102,103 or search text"))
        form.addRow(self.tr("On:"), targets)
        form.addRow("", self.targets)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.request_preview)
        self.lines = QListWidget()
        self.lines.setObjectName("batch-preview")
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.start_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start Job"))
        self.start_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.value, self.targets):
            field.textChanged.connect(lambda _t: self.start_button.setEnabled(False))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.lines)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.listings: list[tuple[ListingRef, str]] = []
        self.resize(640, 480)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Image"))
        if path:
            self.value.setText(path)

    def options(self) -> dict[str, Any] | str:
        """The change's options, or a sentence saying what is wrong with the fields."""
        text = self.value.text().strip()
        if self.kind == "add":
            if not Path(text).is_file():
                return self.tr("Choose an image file.")
            return {"file": str(Path(text).resolve()), "at": self.place.value()}
        if self.kind == "remove":
            md5 = text.lower()
            if len(md5) != 32 or any(c not in "0123456789abcdef" for c in md5):
                return self.tr("An MD5 has 32 hexadecimal digits.")
            return {"md5": md5}
        return {"pattern": text} if text else self.tr("Give a name pattern.")

    def target_args(self) -> dict[str, Any]:
        text = self.targets.text().strip()
        if self.every.isChecked():
            return {"everything": True}
        if self.by_search.isChecked():
            return {"search": text}
        return {"items": text}

    def request_preview(self) -> None:
        options = self.options()
        if isinstance(options, str):
            self.summary.setText(options)
            return
        self.lines.clear()
        self.summary.setText(self.tr("Reading the listings…"))
        self.preview_requested.emit(self.kind, options, self.target_args())

    def show_preview(self, rows: list[tuple[ListingRef, str, str]], meter: CallMeter) -> None:
        self.listings = [(listing, label) for listing, label, _line in rows]
        for _listing, _label, line in rows:
            self.lines.addItem(line)
        floor = meter.floor_s(2 * len(rows))
        when = f", at least {floor:.1f} s at {meter.budget_text()}" if floor is not None else ""
        self.summary.setText(self.tr("{count} listings{when}").format(count=len(rows), when=when))
        self.start_button.setEnabled(bool(rows))

    def show_error(self, message: str) -> None:
        self.summary.setText(message)
