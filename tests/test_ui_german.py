"""The interface in German: what a German-speaking seller reads in the details panel, its
editors and the open-listing dialog once the German catalogue is installed.

The catalogue is the real one (resources/translations/imagedeck_de.ts compiled by lrelease,
as on a first start); the `german` fixture installs it like the app does and removes it again
afterwards, so every other test keeps seeing the English source texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import qt_support as async_support
from imagedeck.connections.keyring_secrets import SecretStore
from imagedeck.connections.store import ConnectionsStore, Profile
from imagedeck.error_advice import describe, explain
from imagedeck.marketplaces.errors import RateLimitError
from imagedeck.model.gallery import Gallery
from imagedeck.session.unfinished_saves import UnfinishedSave
from imagedeck.settings import Settings
from imagedeck.ui.app.status_panel import StatusPanel
from imagedeck.ui.browser.open_listing_dialog import OpenListingDialog, validate
from imagedeck.ui.common.translated import translated
from imagedeck.ui.common.translations import install_translators
from imagedeck.ui.details.details_panel import DetailsPanel
from imagedeck.ui.details.image_info import ImageInfo
from imagedeck.ui.details.names_model import NAME_COLUMN
from imagedeck.ui.dialogs.about_dialog import AboutDialog
from imagedeck.ui.dialogs.connections_dialog import ConnectionsDialog, secret_question
from imagedeck.ui.dialogs.error_report import ErrorReportDialog
from imagedeck.ui.dialogs.questions import Choice, resume_box
from imagedeck.ui.dialogs.settings_dialog import SettingsDialog
from test_ui_open_listing_dialog import fetch_listings, fetch_variations
from test_ui_panel import ITEM, VARIATIONS, sample_details, sample_images
from test_ui_unfinished_saves import journaled

pytest_plugins = ["memory_keyring"]


@contextmanager
def interface_language(language: str) -> Iterator[None]:
    """Our and Qt's catalogues for `language` installed as the app does, then removed, with
    QLocale's default (numbers, month names) put back."""
    app = QCoreApplication.instance()
    assert app is not None
    before = set(app.findChildren(QTranslator))
    locale = QLocale()
    assert install_translators(language) == language
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    try:
        yield
    finally:
        for translator in added:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(locale)


def closing_quietly(dialog: ConnectionsDialog) -> ConnectionsDialog:
    """The test's teardown closes the dialog; with a form left unsaved it would ask in a
    modal box nobody answers. That question is tested by its buttons elsewhere
    (test_ui_connections_dialog.py), so here it is answered "Discard"."""
    dialog.ask_save = lambda *_: Choice.DISCARD
    return dialog


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    with interface_language("de"):
        yield


@pytest.fixture
def panel(qtbot: QtBot, german: None) -> Iterator[DetailsPanel]:
    gallery = Gallery()
    gallery.load(ITEM, sample_images(), sample_details())
    panel = DetailsPanel(gallery)
    qtbot.addWidget(panel)
    panel.resize(440, 900)
    panel.set_listing(ITEM, supports_details=True)
    panel.variations.set_variations(VARIATIONS)
    panel.show_images(["1"])
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.detach()


def form_label(form: QFormLayout, field) -> str:
    return form.labelForField(field).text()


def test_the_details_panel_reads_german(panel: DetailsPanel) -> None:
    titles = [s.title.text() for s in (panel.info_section, *panel.editor_sections)]
    assert titles == ["Details", "Namen", "Verfügbarkeit", "Varianten"]
    info = panel.info
    assert form_label(info.form, info.file_size) == "Dateigröße:"
    assert info.file_size.text() == "46,9 KB"  # German decimal comma
    # On the seller's clock (this computer's time zone), not the server's +02:00.
    from datetime import datetime

    local = datetime.fromisoformat("2023-04-03T10:52:00+02:00").astimezone()
    assert info.created.text().startswith("3. ")
    assert info.created.text().endswith(f"2023, {local:%H:%M}")
    assert "Originalgröße" in info.links.text()
    names = panel.names.model
    headers = [names.headerData(c, Qt.Orientation.Horizontal) for c in range(names.columnCount())]
    assert headers == ["Sprache", "Name", "Alternativtext"]
    assert [names.index(r, 0).data() for r in range(names.rowCount())] == [
        "Deutsch (de)",
        "Englisch (en)",
    ]
    stores = panel.availability.groups["mandant"]
    assert stores.title() == "Mandanten" and stores.all_box.text() == "Alle Mandanten"
    assert panel.names.add_button.text() == "Sprache &hinzufügen"
    assert panel.variations.model.index(0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Verknüpft: Käufer sehen dieses Bild bei der Variante"
    )


def test_several_images_and_mixed_values_read_german(panel: DetailsPanel) -> None:
    panel.show_images(["1", "2", "3"])
    assert panel.info_section.title.text() == "Auswahl"
    assert panel.info.summary.text() == "3 Bilder ausgewählt, insgesamt 66,4 KB."
    model = panel.names.model
    english = model.index(model.languages.index("en"), NAME_COLUMN)
    assert english.data() == "(gemischt)"
    assert english.data(Qt.ItemDataRole.ToolTipRole) == (
        "Die 3 ausgewählten Bilder unterscheiden sich:\n"
        "(leer) bei 1 von 3\n„Back“ bei 1 von 3\n„Front“ bei 1 von 3"
    )
    stores = panel.availability.groups["mandant"]
    assert stores.all_box.text() == "Alle Mandanten (1 von 3 ausgewählten Bildern)"
    assert stores.id_list.item(0).text() == "41234 — 1 von 3 Bildern"


def test_refusals_and_undo_labels_from_the_model_read_german(panel: DetailsPanel) -> None:
    stores = panel.availability.groups["mandant"]
    before = panel._gallery.details("1")
    stores.id_edit.setText("abc")
    assert not stores.add_id()
    assert stores.message.text() == (
        "Verfügbarkeitswert 'abc' ist keine Zahl. Es wurde nichts geändert."
    )
    assert panel._gallery.details("1") == before

    panel.names.picker.setEditText("sv")
    panel.names.add_language()
    assert panel.names.message.text().startswith(
        "Unbekannter Sprachcode 'sv' (Schwedisch ist 'se')"
    )
    panel.names.picker.setEditText("Französisch")  # the German name is understood
    panel.names.add_language()
    assert "fr" in panel.names.model.languages

    stores.id_edit.setText("41234")
    assert stores.add_id()
    label = panel._gallery.undo_label
    assert label == "Make available in store 41234"  # English for logs and the CLI
    assert translated(label) == "Verfügbar machen in: Mandant 41234"  # German on screen


def test_open_listing_dialog_reads_german(qasync_loop, qtbot: QtBot, german: None) -> None:
    dialog = OpenListingDialog(["plentymarkets", "autoscout24"], fetch_listings, fetch_variations)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Angebot öffnen"
    qtbot.waitUntil(lambda: dialog.listings.count() == 2, timeout=20_000)
    assert dialog.listings.item(0).text() == "101 — Outdoor gift set (64 Bilder)"
    dialog.listing_id.setText("10a")
    assert dialog.problem.text() == "Eine plentymarkets-Artikel-ID ist eine Zahl, z. B. 101."
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert validate("plentymarkets", "", "") == (
        "Wählen Sie ein Angebot aus der Liste oder geben Sie seine ID ein."
    )
    dialog.close()


def test_english_catalogue_has_the_plural_forms(qapp: QApplication) -> None:
    """Without it Qt would show "1 image(s)"; the forms come from imagedeck_en.ts."""
    with interface_language("en"):
        assert ImageInfo.tr("%n byte(s)", "", 1) == "1 byte"
        assert ImageInfo.tr("%n image(s) selected.", "", 2) == "2 images selected."
        assert StatusPanel.tr("%n image(s)", "", 1) == "1 image"


def test_leaving_german_brings_english_back(qtbot: QtBot, qapp: QApplication) -> None:
    gallery = Gallery()
    gallery.load(ITEM, sample_images(), sample_details())
    with interface_language("de"):
        assert DetailsPanel.tr("Names") == "Namen"
    panel = DetailsPanel(gallery)
    qtbot.addWidget(panel)
    panel.set_listing(ITEM, supports_details=True)
    panel.show_images(["1"])
    assert panel.names_section.title.text() == "Names"
    assert panel.info.file_size.text() == "46.9 KB"
    panel.detach()


def visible_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """(widget class, property, text) of every text a seller can read or hear in `root`."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        for prop, getter in (
            ("text", getattr(widget, "text", None)),
            ("title", getattr(widget, "title", None)),
            ("placeholder", getattr(widget, "placeholderText", None)),
            ("toolTip", widget.toolTip),
            ("accessibleName", widget.accessibleName),
        ):
            value = getter() if callable(getter) else None
            if isinstance(value, str) and any(c.isalpha() for c in value):
                found.append((kind, prop, value))
    return found


def build_panel(qtbot: QtBot, image_ids: list[str]) -> DetailsPanel:
    gallery = Gallery()
    gallery.load(ITEM, sample_images(), sample_details())
    panel = DetailsPanel(gallery)
    qtbot.addWidget(panel)
    panel.set_listing(ITEM, supports_details=True)
    panel.variations.set_variations(VARIATIONS)
    panel.show_images(image_ids)
    return panel


@pytest.mark.parametrize("image_ids", [["1"], ["1", "2", "3"]])
def test_no_english_is_left_in_the_german_panel(qtbot: QtBot, qapp, image_ids) -> None:
    """Widget by widget, the German panel shows other words than the English one, except for
    the seller's own data and words German shares ("Details", "Name", "Listings")."""
    english_panel = build_panel(qtbot, image_ids)
    english = visible_texts(english_panel)
    with interface_language("de"):
        german_panel = build_panel(qtbot, image_ids)
        german = visible_texts(german_panel)
    assert [(kind, prop) for kind, prop, _ in german] == [(k, p) for k, p, _ in english]
    data = {"JPG", "d41d8cd98f00b204e9800998ecf8427e", "Front", "Shoe from the front"}
    data |= {"1200 × 900 px", "2023-04-03T10:52:00+02:00", "2024-03-01T10:15:00+01:00"}
    same_in_german = {"Details", "Name", "Listings", "Alle Listings"}
    untranslated = [
        f"{kind}.{prop}: {text!r}"
        for (kind, prop, text), (_, _, german_text) in zip(english, german, strict=True)
        if text == german_text and text not in data | same_in_german and not text.startswith("http")
    ]
    assert not untranslated, "English left in the German panel:\n" + "\n".join(untranslated)
    english_panel.detach()
    german_panel.detach()


def test_the_unfinished_saves_question_reads_german(german: None) -> None:
    entries = [UnfinishedSave(journaled(account=""), None)]
    box, choices = resume_box(None, entries)
    try:
        assert box.windowTitle() == "Unvollständige Speichervorgänge"
        assert box.text() == "Ein Speichervorgang wurde vor seinem Ende unterbrochen:"
        assert "(begonnen 2025-05-03 14:02) — keine gespeicherte Verbindung für „Demo " in (
            box.informativeText()
        )
        assert sorted(button.text() for button in choices) == [
            "Fertig speichern",
            "Später",
            "Verwerfen",
        ]
    finally:
        box.deleteLater()


# -- connections, settings, help, about, error report (issue 7, second pass) ----------------
# Words German shares with English, brand names and the seller's own data: not a sign of a
# missing translation when a German widget shows them unchanged.
SAME_IN_GERMAN = {"&Name:", "Name:", "ImageDeck", "OK"}


def dialog_texts(root: QWidget) -> list[tuple[str, str, str]]:
    """`visible_texts` plus what item views and the title bar show."""
    found = [("window", "title", root.windowTitle()), *visible_texts(root)]
    for view in root.findChildren(QListWidget):
        found += [("QListWidgetItem", "text", view.item(r).text()) for r in range(view.count())]
    for table in root.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            found.append(("QTableWidget", "header", table.horizontalHeaderItem(column).text()))
    return found


def assert_nothing_left_in_english(build, data: set[str] = frozenset()) -> QWidget:
    """Builds the widget in English and in German; every text must differ, except `data`
    and `SAME_IN_GERMAN`. Answers the German widget for further checks."""
    english = dialog_texts(build())
    with interface_language("de"):
        widget = build()
        german = dialog_texts(widget)
    assert [(kind, prop) for kind, prop, _ in german] == [(k, p) for k, p, _ in english]
    untranslated = [
        f"{kind}.{prop}: {text!r}"
        for (kind, prop, text), (_, _, german_text) in zip(english, german, strict=True)
        if text == german_text
        and text not in set(data) | SAME_IN_GERMAN
        and not text.startswith(("http", "https"))
    ]
    assert not untranslated, "English left in German:\n" + "\n".join(untranslated)
    return widget


@pytest.fixture
def store(sandbox, memory_keyring, private_data_dir) -> ConnectionsStore:
    store = ConnectionsStore(SecretStore(), demo_base_url=sandbox.base_url)
    store.save(
        Profile("Mein Shop", "plentymarkets", sandbox.base_url, username="demo"),
        {"password": "wrong"},
    )
    return store


@pytest.mark.parametrize("marketplace", ["plentymarkets", "autoscout24"])
def test_no_english_is_left_in_the_german_connections_dialog(
    qasync_loop, qtbot: QtBot, store: ConnectionsStore, marketplace: str
) -> None:
    def build() -> ConnectionsDialog:
        dialog = closing_quietly(ConnectionsDialog(store))
        qtbot.addWidget(dialog)
        dialog.select("Mein Shop")
        if marketplace == "autoscout24":
            dialog.add_as24.click()
        dialog.editor.show_stored({"password", "client_secret", "refresh_token"})
        return dialog

    data = {"Mein Shop", "Mein Shop — plentymarkets", "demo"}
    dialog = assert_nothing_left_in_english(build, data)
    assert dialog.windowTitle() == "Verbindungen"
    assert dialog.list.item(0).text() == "Demo plentymarkets (Demo)"
    assert dialog.use_button.text() == "Diese Verbindung &verwenden"
    assert dialog.editor.password.placeholderText() == (
        "(im Schlüsselbund gespeichert — zum Ersetzen neu eingeben)"
    )
    form = dialog.editor.form
    role = QFormLayout.ItemRole.LabelRole
    labels = [form.itemAt(row, role).widget().text() for row in range(form.rowCount())]
    assert "Weiterleitungs-UR&I:" in labels and "&Benutzername:" in labels


def accelerators(root: QWidget) -> list[str]:
    """The letters after "&" in every button, check box and form label of `root`."""
    texts = [w.text() for w in root.findChildren(QAbstractButton)]
    texts += [w.text() for w in root.findChildren(QLabel) if w.buddy() is not None]
    return sorted(
        text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")
    )


def test_accelerators_are_unique_in_the_german_and_english_dialogs(
    qasync_loop, qtbot: QtBot, store: ConnectionsStore
) -> None:
    for language in ("en", "de"):
        with interface_language(language):
            dialogs = [closing_quietly(ConnectionsDialog(store)), SettingsDialog(Settings())]
            for dialog in dialogs:
                qtbot.addWidget(dialog)
                letters = accelerators(dialog)
                assert len(letters) > 8
                assert len(letters) == len(set(letters)), (language, type(dialog), letters)


def test_connections_dialog_says_refusals_and_advice_in_german(
    qasync_loop, qtbot: QtBot, store: ConnectionsStore, german: None
) -> None:
    """The model's refusal and ImageDeck's advice are German; the marketplace's own words
    (the sandbox answers in English, as plentymarkets does) are shown as they came."""
    dialog = closing_quietly(ConnectionsDialog(store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("Mein Shop")
    dialog.editor.base_url.setText("http://shop.example.com")
    assert dialog.save_clicked() is None
    assert dialog.message.text() == (
        "Basis-URL: 'http://shop.example.com' muss https:// verwenden (unverschlüsseltes http "
        "ist nur auf diesem Computer erlaubt)"
    )
    dialog.editor.base_url.setText(store.get("Mein Shop").base_url)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "incorrect" in dialog.message.text(), timeout=20_000)
    words, advice = dialog.message.text().split("\n")
    assert "The user credentials were incorrect" in words and "invalid_credentials" in words
    assert advice == (
        "Prüfen Sie die Zugangsdaten der Verbindung unter Datei ▸ Verbindungen… und testen "
        "Sie sie erneut."
    )
    dialog.editor.password.setText("demo")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "angemeldet" in dialog.message.text(), timeout=20_000)
    assert dialog.message.text() == "Bei plentymarkets als demo angemeldet."


def test_the_sign_in_and_the_secret_questions_read_german(
    qasync_loop, qtbot: QtBot, store: ConnectionsStore, german: None
) -> None:
    dialog = closing_quietly(ConnectionsDialog(store))
    qtbot.addWidget(dialog)
    dialog.open_url = lambda _url: None
    dialog.add_as24.click()
    dialog.editor.name.setText("Händler")
    dialog.editor.client_id.setText("demo")
    dialog.sign_in_button.click()
    assert "„Anmeldung abschließen“" in dialog.message.text()
    dialog.pasted_code.setText("https://localhost/imagedeck/signed-in?code=abc&state=other")
    dialog.finish_sign_in.click()
    assert dialog.message.text() == (
        "Die eingefügte Adresse gehört zu einer anderen Anmeldung; starten Sie die Anmeldung "
        "erneut."
    )
    assert secret_question("password").format(connection="Mein Shop") == (
        "Das Passwort der Verbindung „Mein Shop“ (wird bis zum Beenden von ImageDeck behalten):"
    )
    dialog.ask_secret = lambda _name, _kind: None
    store.secrets.delete("Mein Shop", "password")
    dialog.select("Mein Shop")
    dialog.use_button.click()
    assert dialog.message.text() == "Die Verbindung „Mein Shop“ braucht ihr Passwort."


def test_no_english_is_left_in_the_german_settings(qtbot: QtBot, tmp_path) -> None:
    def build() -> SettingsDialog:
        dialog = SettingsDialog(Settings(), settings_path=tmp_path / "settings.json")
        qtbot.addWidget(dialog)
        dialog.clear_cache_now()
        return dialog

    dialog = assert_nothing_left_in_english(
        build, {"168 px", "2560 px", "200 MB", "180 s"}
    )  # numbers
    assert dialog.cache_message.text() == "0 Byte freigegeben."
    assert dialog.language.itemText(0) == "Systemsprache"
    assert sorted(dialog.language.itemText(i) for i in (1, 2)) == ["Deutsch", "English"]


def test_no_english_is_left_in_about_and_the_error_report(qtbot: QtBot) -> None:
    def about() -> AboutDialog:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        return dialog

    english = about()
    versions = english.versions.text()  # ImageDeck 0.1.0, Qt …: the same in every language
    dialog = assert_nothing_left_in_english(about, {versions})
    assert dialog.windowTitle() == "Über ImageDeck"
    assert "anordnen, benennen und hochladen" in dialog.title.text()

    def report() -> ErrorReportDialog:
        dialog = ErrorReportDialog("Traceback (most recent call last): …")
        qtbot.addWidget(dialog)
        return dialog

    dialog = assert_nothing_left_in_english(report, {"Traceback (most recent call last): …"})
    assert dialog.copy_button.text() == "Bericht &kopieren"


@pytest.fixture
def german_window(qasync_loop, qtbot: QtBot, memory_keyring, german: None):
    with async_support.shown_window(qtbot, "http://127.0.0.1:9") as window:
        yield window


def test_help_menu_and_shortcuts_page_read_german(german_window) -> None:
    help_menu = german_window.extras.help
    assert help_menu.menu.title() == "&Hilfe"
    assert [a.text() for a in help_menu.menu.actions() if a.text()] == [
        "&Tastenkürzel",
        "&Protokollordner öffnen",
        "Ü&ber ImageDeck",
    ]
    assert german_window.extras.settings_action.text() == "&Einstellungen…"
    assert german_window.extras.connections_action.text() == "&Verbindungen…"
    dialog = help_menu.show_shortcuts()
    table = dialog.table
    assert dialog.windowTitle() == "Tastenkürzel"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Befehl", "Tastenkürzel"]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Einstellungen"] == "Strg+,"  # key names from Qt's own German catalogue
    assert rows["Tastenkürzel"] == "F1"
    about = help_menu.show_about()
    assert about.windowTitle() == "Über ImageDeck"


def test_advice_reads_german_and_stays_english_for_logs(german: None) -> None:
    error = RateLimitError("Too many requests", retry_after=30)
    advice = describe(error)
    assert advice == (
        "Too many requests\nThe marketplace's call budget is used up; wait about 30 seconds and "
        "try again."
    )  # the CLI and the log keep English
    assert translated(advice) == (
        "Too many requests\nDas Aufrufkontingent des Marktplatzes ist aufgebraucht; warten Sie "
        "etwa 30 Sekunden und versuchen Sie es erneut."
    )
    assert translated(explain(RateLimitError("Too many", retry_after=1))).endswith(
        "warten Sie eine Sekunde und versuchen Sie es erneut."
    )
