"""The language picker of the names editor: plentymarkets' languages by name, typed or chosen.

The combo box is editable so a seller can type "French", "fr" or "Français (fr)" instead of
scrolling; whatever is typed is turned into a plentymarkets code here, and anything that is
none is refused with the model's own message (it names the code, and the right one when an
ISO code was typed: "sv" → Swedish is "se").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from imagedeck.model.languages import LANGUAGES, check_language
from imagedeck.texts import QT_TRANSLATE_NOOP
from imagedeck.ui.common.translated import translated
from imagedeck.ui.details.names_model import language_label

_CODE_IN_PARENTHESES = re.compile(r"\(\s*([^()]*?)\s*\)\s*$")


def parse_language(text: str) -> str:
    """The plentymarkets code meant by `text`: a code, a language name in English or in the
    interface language ("Französisch"), or the picker's own "English (en)". Raises
    UnknownLanguage (naming what was typed) otherwise, and ValueError when nothing was typed."""
    text = text.strip()
    if not text:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "LanguagePicker", "choose a language from the list, or type its name or code"
            )
        )
    match = _CODE_IN_PARENTHESES.search(text)
    if match:
        text = match.group(1)
    if text.lower() in LANGUAGES:
        return text.lower()
    by_name = {name.lower(): code for code, name in LANGUAGES.items()}
    by_name.update({translated(name).lower(): code for code, name in LANGUAGES.items()})
    if text.lower() in by_name:
        return by_name[text.lower()]
    return check_language(text)  # raises UnknownLanguage with a hint where there is one


class LanguagePicker(QComboBox):
    """An editable combo of the languages the selection has no name in yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(14)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None  # an editable combo box always has one
        line_edit.setPlaceholderText(self.tr("Add a language…"))
        self.setToolTip(self.tr("Choose a language, or type its name or code, then press Add"))
        self.set_present(())

    def set_present(self, codes: Iterable[str]) -> None:
        """Offer every plentymarkets language except `codes`, in plentymarkets' order."""
        present = set(codes)
        self.blockSignals(True)
        self.clear()
        for code in LANGUAGES:
            if code not in present:
                self.addItem(language_label(code), code)
        self.setCurrentIndex(-1)
        self.clearEditText()
        self.blockSignals(False)

    def offered(self) -> list[str]:
        """The codes in the list, in order."""
        return [self.itemData(row) for row in range(self.count())]

    def chosen(self) -> str:
        """The code of what is chosen or typed; raises like `parse_language`."""
        return parse_language(self.currentText())
