"""Edit ▸ Settings… (Ctrl+,): thumbnail size, upload preferences, language, cache.

The dialog edits a copy of `Settings`; OK writes it with `save_settings` and emits
`settings_saved` with the new value, so the window applies what can change at once
(thumbnail size, cache bound) — the language needs a restart, and the dialog says so.
"Clear Cache" empties the thumbnail cache on disk at once and reports how much it freed.

Texts go through `self.tr` (context "SettingsDialog"); the languages are listed by their own
names ("Deutsch", "English"), as a seller who cannot read the current one looks for them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from imagedeck.settings import (
    MAX_THUMBNAIL_SIZE,
    MAX_WAIT_CEILING_S,
    MIN_THUMBNAIL_SIZE,
    Settings,
    UploadPreferences,
    save_settings,
    settings_path,
)
from imagedeck.ui.common.translations import LANGUAGES
from imagedeck.ui.details.image_info import human_size
from imagedeck.ui.grid.thumbnail_loader import clear_disk_caches


class SettingsDialog(QDialog):
    settings_saved = Signal(object)
    """The new `Settings`, after they were written to disk."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        settings_path: Path | None = None,
        clear_caches: Callable[[], int] = clear_disk_caches,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = copy.deepcopy(settings)
        self._path = settings_path
        self._clear_caches = clear_caches  # the window's loader: disk and memory
        self.thumbnail_size = _spin(MIN_THUMBNAIL_SIZE, MAX_THUMBNAIL_SIZE, " px", 8)
        self.downscale = QCheckBox(self.tr("&Downscale large photos"))
        self.max_long_edge = _spin(640, 10000, " px", 160)
        self.reencode_jpeg = QCheckBox(self.tr("Re-encode as &JPEG"))
        self.jpeg_quality = _spin(1, 95, "", 1)
        self.strip_location = QCheckBox(self.tr("Remove &location (GPS) data"))
        self.names_from_file_name = QCheckBox(
            self.tr("&Name images after their file (plentymarkets)")
        )
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language_note = QLabel(
            self.tr("A new language takes effect when ImageDeck is started again.")
        )
        self.language_note.setWordWrap(True)
        self.cache_size = _spin(20, 20000, " MB", 50)
        self.max_wait = _spin(0, MAX_WAIT_CEILING_S, " s", 30)
        self.max_wait.setToolTip(
            self.tr(
                "A shop that asks for a longer pause (rate limit) stops the save instead; "
                "ImageDeck offers to finish it later."
            )
        )
        self.clear_cache = QPushButton(self.tr("&Clear Cache"))
        self.cache_message = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        self._show(self._settings)
        self.downscale.toggled.connect(self.max_long_edge.setEnabled)
        self.reencode_jpeg.toggled.connect(self.jpeg_quality.setEnabled)
        self.clear_cache.clicked.connect(self.clear_cache_now)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _layout(self) -> None:
        look = QGroupBox(self.tr("Grid"))
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("&Thumbnail size:"), self.thumbnail_size)
        uploads = QGroupBox(self.tr("Uploads (your original files are never changed)"))
        up_form = QFormLayout(uploads)
        up_form.addRow(self.downscale)
        up_form.addRow(self.tr("Longest &edge:"), self.max_long_edge)
        up_form.addRow(self.reencode_jpeg)
        up_form.addRow(self.tr("JPEG &quality:"), self.jpeg_quality)
        up_form.addRow(self.strip_location)
        up_form.addRow(self.names_from_file_name)
        language = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(language)
        lang_form.addRow(self.tr("Lan&guage:"), self.language)
        lang_form.addRow(self.language_note)
        cache = QGroupBox(self.tr("Thumbnail cache"))
        cache_form = QFormLayout(cache)
        cache_form.addRow(self.tr("Cache &size:"), self.cache_size)
        row = QHBoxLayout()
        row.addWidget(self.clear_cache)
        row.addWidget(self.cache_message, 1)
        cache_form.addRow(row)
        saving = QGroupBox(self.tr("Saving"))
        saving_form = QFormLayout(saving)
        saving_form.addRow(self.tr("Longest &wait for a shop:"), self.max_wait)
        layout = QVBoxLayout(self)
        for group in (look, uploads, saving, language, cache):
            layout.addWidget(group)
        layout.addWidget(self.buttons)

    def _show(self, settings: Settings) -> None:
        up = settings.uploads
        self.thumbnail_size.setValue(settings.thumbnail_size)
        self.downscale.setChecked(up.downscale)
        self.max_long_edge.setValue(up.max_long_edge)
        self.max_long_edge.setEnabled(up.downscale)
        self.reencode_jpeg.setChecked(up.reencode_jpeg)
        self.jpeg_quality.setValue(up.jpeg_quality)
        self.jpeg_quality.setEnabled(up.reencode_jpeg)
        self.strip_location.setChecked(up.strip_location)
        self.names_from_file_name.setChecked(up.names_from_file_name)
        index = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(0, index))
        self.cache_size.setValue(settings.cache_size_mb)
        self.max_wait.setValue(settings.max_wait_s)

    def edited(self) -> Settings:
        """The settings as the form shows them (recent listings and connection kept)."""
        result = copy.deepcopy(self._settings)
        result.thumbnail_size = self.thumbnail_size.value()
        result.uploads = UploadPreferences(
            downscale=self.downscale.isChecked(),
            max_long_edge=self.max_long_edge.value(),
            reencode_jpeg=self.reencode_jpeg.isChecked(),
            jpeg_quality=self.jpeg_quality.value(),
            strip_location=self.strip_location.isChecked(),
            names_from_file_name=self.names_from_file_name.isChecked(),
        )
        result.language = str(self.language.currentData())
        result.cache_size_mb = self.cache_size.value()
        result.max_wait_s = self.max_wait.value()
        return result

    def accept(self) -> None:
        settings = self.edited()
        try:
            save_settings(settings, self._path)
        except OSError as error:  # a full disk or a read-only folder: say so, keep the form
            QMessageBox.warning(
                self,
                self.tr("Settings not saved"),
                self.tr("The settings could not be saved to {path}: {reason}").format(
                    path=self._path or settings_path(), reason=error.strerror or error
                ),
            )
            return
        self._settings = settings
        super().accept()
        self.settings_saved.emit(settings)

    def clear_cache_now(self) -> int:
        """Empty the thumbnail and preview caches; answers (and shows) the bytes freed."""
        freed = self._clear_caches()
        self.cache_message.setText(self.tr("Freed {size}.").format(size=human_size(freed)))
        return freed


def _spin(low: int, high: int, suffix: str, step: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setSingleStep(step)
    return spin
