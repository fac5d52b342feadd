"""The language a start installs: the saved setting, once per application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from imagedeck.settings import Settings, save_settings
from imagedeck.ui.app.interface_language import use_interface_language
from imagedeck.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def fresh_language(qapp: QApplication) -> Iterator[None]:
    """Forgets the language this test installs, so other tests keep seeing English."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    qapp.setProperty("imagedeckLanguage", "")
    try:
        yield
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
        qapp.setProperty("imagedeckLanguage", "")
        QLocale.setDefault(locale)


def test_the_saved_language_is_installed_once(fresh_language, qtbot) -> None:
    save_settings(Settings(language="de"))
    assert use_interface_language() == "de"
    assert SettingsDialog.tr("Settings") == "Einstellungen"
    # A second start-up step asking again changes nothing (no second set of translators).
    translators = len(QCoreApplication.instance().findChildren(QTranslator))
    assert use_interface_language("en") == "de"
    assert len(QCoreApplication.instance().findChildren(QTranslator)) == translators
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Einstellungen"


def test_english_when_the_setting_says_so(fresh_language) -> None:
    save_settings(Settings(language="en"))
    assert use_interface_language() == "en"
    assert SettingsDialog.tr("Settings") == "Settings"
