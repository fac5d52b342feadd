"""The Names section of the details panel: a table of languages, a picker to add one.

Editing happens in the table: type over a cell (or F2, or double-click) and press Enter; the
edit is committed once, when the cell's editor closes (NamesModel.setData), so a typed word is
one undo step, not one per letter. Delete removes the current row's language, as does the
Remove button for mouse users.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from imagedeck.model.gallery import Gallery
from imagedeck.model.languages import language_name
from imagedeck.ui.common.inline_message import InlineMessage
from imagedeck.ui.common.translated import error_text, translated
from imagedeck.ui.details.language_picker import LanguagePicker
from imagedeck.ui.details.names_model import (
    LANGUAGE_COLUMN,
    MIXED_TEXT,
    NAME_COLUMN,
    LanguageRole,
    MixedRole,
    NamesModel,
)
from imagedeck.ui.grid.view_sizing import fit_rows

ModelIndex = QModelIndex | QPersistentModelIndex
VISIBLE_ROWS = (2, 6)  # the table grows with its rows between these, then scrolls


class MixedTextDelegate(QStyledItemDelegate):
    """A plain line editor that shows "(mixed)" as a placeholder where images differ, so the
    seller sees the field starts empty on purpose.

    `typing` tells whether an open cell holds typed text not committed yet: the window keeps
    Save enabled meanwhile, since Save commits it first (a seller types a name and presses
    Ctrl+S without Enter)."""

    typing = Signal(bool)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setPlaceholderText(translated(MIXED_TEXT) if index.data(MixedRole) else "")
            editor.setClearButtonEnabled(False)
            editor.textEdited.connect(lambda _text: self.typing.emit(True))
        return editor

    def destroyEditor(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        self.typing.emit(False)
        super().destroyEditor(editor, index)


class NamesTable(QTableView):
    """The table itself: Tab leaves it (arrows move between cells), Delete removes a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = MixedTextDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Long names wrap in their cell and the row grows, instead of being cut off at the
        # panel's default width (issue 15); the table re-fits when the panel is resized.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._refit_soon = QTimer(self, singleShot=True, interval=0)
        self._refit_soon.timeout.connect(self._refit)
        self.setAccessibleName(self.tr("Image names"))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:  # a changed name may wrap into more lines: re-fit after it
            for signal in (model.dataChanged, model.modelReset, model.rowsInserted):
                signal.connect(self._refit_soon.start)
        header = self.horizontalHeader()
        header.setSectionResizeMode(LANGUAGE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_COLUMN + 1, QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        """Between two and six rows tall: the panel shows every language of a typical image
        without a scroll bar, and an image with twenty does not push the other editors away."""
        fit_rows(self, *VISIBLE_ROWS)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit_soon.start()  # narrower columns wrap into more lines

    def _refit(self) -> None:
        self.resizeRowsToContents()
        self.fit_rows()

    def finish_editing(self) -> None:
        """Commit the cell being typed in (Save, or closing, must not lose it)."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class NamesEditor(QWidget):
    """Names and alternative texts of the selected images, per language."""

    def __init__(self, gallery: Gallery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NamesModel(gallery, self)
        self.table = NamesTable()
        self.table.setModel(self.model)
        self.picker = LanguagePicker()
        self.picker.setAccessibleName(self.tr("Language to add"))
        self.add_button = QPushButton(self.tr("&Add Language"))
        self.remove_button = QPushButton(self.tr("Remove Language"))
        self.remove_button.setToolTip(self.tr("Remove the selected language's name (Delete)"))
        self.message = InlineMessage()

        self.remove_action = QAction(self.tr("Remove Language"), self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)

        # Remove (it acts on the table's current row) right under the table, the picker and
        # Add on a row of their own: on one row, "Niederländisch entfernen" beside "Sprache
        # hinzufügen" made the panel wider than its dock and cut the buttons off.
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(remove_row)
        layout.addLayout(add_row)
        layout.addWidget(self.message)

        self._current: tuple[int, int, str | None] = (-1, 1, None)
        self.model.refused.connect(self.message.show_error)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._rows_changed)
        self.model.rowsInserted.connect(self._rows_changed)
        self.model.rowsRemoved.connect(self._rows_changed)
        self.table.selectionModel().currentChanged.connect(self._update_remove)
        self.add_button.clicked.connect(self.add_language)
        picker_edit = self.picker.lineEdit()
        assert picker_edit is not None  # the picker is an editable combo box
        picker_edit.returnPressed.connect(self.add_language)
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_action.triggered.connect(self.remove_current)
        self._rows_changed()

    def set_images(self, image_ids: Sequence[str]) -> None:
        self.message.clear_message()
        self.model.set_images(image_ids)

    def refresh(self) -> None:
        self.model.refresh()

    def finish_editing(self) -> None:
        self.table.finish_editing()

    def add_language(self) -> None:
        """Add the picked language as a row and start typing its name; refuse an unknown
        code with a message naming it."""
        try:
            lang = self.picker.chosen()
        except ValueError as error:  # UnknownLanguage, or nothing chosen
            self.message.show_error(error_text(error))
            self.picker.setFocus()
            return
        self.message.clear_message()
        already = lang in self.model.languages
        index = self.model.add_language(lang)
        self.picker.set_present(self.model.languages)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        if not already:
            self.table.edit(index)

    def remove_current(self) -> None:
        """Remove the current row's language from every selected image (one undo step)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.message.clear_message()
        self.model.remove_language(index.row())

    def _remember_current(self) -> None:
        index = self.table.currentIndex()
        lang = index.data(LanguageRole) if index.isValid() else None
        self._current = (index.row(), max(index.column(), 1), lang)

    def _restore_current(self) -> None:
        """After the rows were rebuilt (a language added or removed), stay on the same
        language, or on the row that took the place of a removed one, so Delete can be
        pressed again and again."""
        row, column, lang = self._current
        if row < 0 or not self.model.rowCount():
            return
        langs = self.model.languages
        row = langs.index(lang) if lang in langs else min(row, len(langs) - 1)
        self.table.setCurrentIndex(self.model.index(row, column))

    def _rows_changed(self, *_args: object) -> None:
        self.picker.set_present(self.model.languages)
        self.table.fit_rows()
        self._update_remove()

    def _update_remove(self, *_args: object) -> None:
        index = self.table.currentIndex()
        enabled = index.isValid()
        self.remove_button.setEnabled(enabled)
        self.remove_action.setEnabled(enabled)
        if enabled:
            lang = index.data(LanguageRole)
            self.remove_button.setText(
                self.tr("Remove {language}").format(language=translated(language_name(lang)))
            )
        else:
            self.remove_button.setText(self.tr("Remove Language"))
