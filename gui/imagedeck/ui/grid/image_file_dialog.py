"""Add Images…: the file dialog, opening where the seller's photos are.

It opened in the process's working folder (wherever ImageDeck was started from), which is
never where photos are. Now it opens in the folder used last, else the Pictures folder, else
the home folder; the folder a choice was made in is remembered in the settings.

Qt's own (non-native) dialog, used where the system has none, squeezed the German Type
column to "Ver…nis": its columns are sized to their contents here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

from imagedeck.settings import load_settings, save_settings


def start_folder() -> Path:
    """The folder used last (if it still exists), else Pictures, else home."""
    last = load_settings().last_image_folder
    if last and Path(last).is_dir():
        return Path(last)
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    if pictures and Path(pictures).is_dir():
        return Path(pictures)
    return Path.home()


def remember_folder(folder: Path) -> None:
    """Open there next time; a settings file that cannot be written only loses that."""
    settings = load_settings()
    if settings.last_image_folder == str(folder):
        return
    settings.last_image_folder = str(folder)
    with contextlib.suppress(OSError):
        save_settings(settings)


def image_file_dialog(parent: QWidget | None, suffixes: Iterable[str]) -> QFileDialog:
    """The dialog, built but not shown (tests look at it)."""
    patterns = " ".join(f"*{suffix}" for suffix in sorted(suffixes))
    translate = QCoreApplication.translate
    dialog = QFileDialog(
        parent,
        translate("ImageAdder", "Add Images"),
        str(start_folder()),
        translate("ImageAdder", "Images ({patterns});;All files (*)").format(patterns=patterns),
    )
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.resize(820, 520)  # room for long photo names beside the other columns
    fit_columns(dialog)
    return dialog


def fit_columns(dialog: QFileDialog) -> None:
    """Name takes the room; size, type and date as wide as their texts (Qt's own dialog)."""
    view = dialog.findChild(QTreeView)
    if view is None:
        return  # a native dialog lays itself out
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def ask_image_files(parent: QWidget | None, suffixes: Iterable[str]) -> list[Path]:
    """The files the seller picked ([] if cancelled); remembers their folder."""
    dialog = image_file_dialog(parent, suffixes)
    if not dialog.exec():
        return []
    remember_folder(Path(dialog.directory().absolutePath()))
    return [Path(name) for name in dialog.selectedFiles()]
