"""The names of the selected images as a table: one row per language, name and alternative text.

Like the grid's model, this is an adapter over the gallery, never an owner: `data()` reads the
gallery each time, and `setData()` turns one committed cell into one gallery edit (one undo
step: the view calls `setData` when editing finishes, never per keystroke). With several
images selected a cell that differs between them reads "(mixed)" and edits all of them.

A language chosen in the picker but not typed into yet is a *pending* row: plentymarkets keeps
no empty names, so it exists only here until its name is committed, and vanishes when the
selection changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from imagedeck.model.details import ImageDetails
from imagedeck.model.gallery import Gallery
from imagedeck.model.languages import LANGUAGES, language_name
from imagedeck.session.detail_summary import (
    ALTERNATE,
    NAME,
    describe_counts,
    details_of,
    languages_of,
    shared_text,
)
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.common.inline_message import as_sentence
from imagedeck.ui.common.translated import error_text, translated

LANGUAGE_COLUMN, NAME_COLUMN, ALTERNATE_COLUMN = range(3)
HEADERS = (
    QT_TRANSLATE_NOOP("NamesModel", "Language"),
    QT_TRANSLATE_NOOP("NamesModel", "Name"),
    QT_TRANSLATE_NOOP("NamesModel", "Alternative text"),
)
FIELDS = {NAME_COLUMN: NAME, ALTERNATE_COLUMN: ALTERNATE}
MIXED_TEXT = QT_TRANSLATE_NOOP("NamesModel", "(mixed)")  # shown through `translated`

LanguageRole = Qt.ItemDataRole.UserRole + 1
"""The row's language code (str)."""
MixedRole = Qt.ItemDataRole.UserRole + 2
"""True when the selected images differ in this cell."""

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def language_label(code: str) -> str:
    """ "English (en)": the name a seller reads (in the interface language: "Englisch (en)"),
    with the code plentymarkets shows."""
    return f"{translated(language_name(code))} ({code})"


class NamesModel(QAbstractTableModel):
    """Language | Name | Alternative text for the images `set_images` was given."""

    refused = Signal(str)
    """An edit was refused; the message says why in the seller's words."""

    def __init__(self, gallery: Gallery, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gallery = gallery
        self._ids: tuple[str, ...] = ()
        self._langs: list[str] = []
        self._pending: list[str] = []

    # -- what is shown -----------------------------------------------------------------
    @property
    def image_ids(self) -> tuple[str, ...]:
        return self._ids

    @property
    def languages(self) -> list[str]:
        return list(self._langs)

    def set_images(self, image_ids: Sequence[str]) -> None:
        """Show the names of `image_ids`; pending languages belong to the old selection."""
        self.beginResetModel()
        self._ids = tuple(image_ids)
        self._pending = []
        self._langs = self._current_languages()
        self.endResetModel()

    def refresh(self) -> None:
        """Catch up with the gallery after an edit, undo or redo.

        When the same languages remain, only the cells are repainted (an open editor or
        the current row survives); otherwise the rows are rebuilt.
        """
        present = set(languages_of(self._selection()))
        self._pending = [lang for lang in self._pending if lang not in present]
        langs = self._current_languages()
        if langs == self._langs:
            if langs:
                self.dataChanged.emit(self.index(0, 0), self.index(len(langs) - 1, 2))
            return
        self.beginResetModel()
        self._langs = langs
        self.endResetModel()

    def add_language(self, lang: str) -> QModelIndex:
        """Add a pending row for `lang` (or find its row); the index of its name cell."""
        if lang not in self._langs:
            row = len(self._langs)
            self.beginInsertRows(_ROOT, row, row)
            self._pending.append(lang)
            self._langs.append(lang)
            self.endInsertRows()
        return self.index(self._langs.index(lang), NAME_COLUMN)

    def remove_language(self, row: int) -> bool:
        """Remove the row's language from every selected image (one undo step)."""
        if not 0 <= row < len(self._langs):
            return False
        lang = self._langs[row]
        if lang in self._pending:
            self.beginRemoveRows(_ROOT, row, row)
            self._pending.remove(lang)
            del self._langs[row]
            self.endRemoveRows()
            return True
        try:
            return self._gallery.remove_name(self._ids, lang)
        except ValueError as error:
            self.refused.emit(as_sentence(error_text(error)))
            return False

    def _current_languages(self) -> list[str]:
        langs = languages_of(self._selection())
        return langs + [lang for lang in self._pending if lang not in langs]

    def _selection(self) -> list[ImageDetails]:
        return details_of(self._gallery, self._ids)

    # -- Qt's model API ----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._langs)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Texts are editable where plentymarkets accepts the language; the label is not."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in FIELDS and self._langs[index.row()] in LANGUAGES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        lang = self._langs[index.row()]
        column = index.column()
        if role == LanguageRole:
            return lang
        if column == LANGUAGE_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return language_label(lang)
            if role == Qt.ItemDataRole.ToolTipRole and lang not in LANGUAGES:
                return self.tr(
                    "plentymarkets no longer accepts “{code}”; this name can only be read."
                ).format(code=lang)
            return None
        selection = self._selection()
        shared = shared_text(selection, lang, FIELDS[column])
        if role == MixedRole:
            return shared.mixed
        if role == Qt.ItemDataRole.DisplayRole:
            return translated(MIXED_TEXT) if shared.mixed else shared.text
        if role == Qt.ItemDataRole.EditRole:
            return "" if shared.mixed else shared.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if shared.mixed:
                return describe_counts(shared.counts, len(selection), translated)
            return shared.text or None
        if role == Qt.ItemDataRole.ForegroundRole and shared.mixed:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.FontRole and shared.mixed:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """One committed cell → one gallery edit of every selected image.

        Each image keeps its own text in the other column, so setting the alternative text
        of twelve images leaves their twelve names alone. Leaving a "(mixed)" cell empty
        changes nothing; bad input is refused with `refused` and changes nothing either.
        """
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in FIELDS:
            return False
        lang = self._langs[index.row()]
        text = str(value or "").strip()
        if not text and index.data(MixedRole):
            return False
        try:
            changed = set_text(self._gallery, self._ids, lang, FIELDS[index.column()], text)
        except ValueError as error:  # UnknownLanguage is one
            self.refused.emit(as_sentence(error_text(error)))
            return False
        if changed:
            self.dataChanged.emit(index, index)
        return changed


def set_text(gallery: Gallery, image_ids: Sequence[str], lang: str, field: str, text: str) -> bool:
    """Set the name (`field` NAME) or the alternative text in `lang` of every image in
    `image_ids`, each keeping its own other text; one undo step, labelled for the menu:
    "Set English name", "Set English alternative text", or "Remove English name" when the
    edit leaves none of them a name in `lang`."""

    def texts(details: ImageDetails) -> tuple[str, str]:
        current = details.name(lang)
        name, alternate = (current.name, current.alternate) if current else ("", "")
        return (text, alternate) if field == NAME else (name, text)

    def transform(details: ImageDetails) -> ImageDetails:
        return details.with_name(lang, *texts(details))

    wanted = [texts(gallery.details(image_id)) for image_id in image_ids]
    if wanted and all(not name.strip() and not alternate.strip() for name, alternate in wanted):
        label = QT_TRANSLATE_NOOP("DetailEdits", "Remove {language} name")
    elif field == NAME:
        label = QT_TRANSLATE_NOOP("DetailEdits", "Set {language} name")
    else:
        label = QT_TRANSLATE_NOOP("DetailEdits", "Set {language} alternative text")
    # A Text: the undo label reads in English and the menu can show it translated.
    return gallery.edit_details(image_ids, transform, label.format(language=language_name(lang)))
