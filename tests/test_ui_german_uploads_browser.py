"""Adding and deleting images, the upload checks and the listing browser in German.

Like test_ui_german.py: each part is built once with the English source texts and once with
the real German catalogue installed, and every text a seller reads must differ, except the
seller's own data (titles, file names, numbers) and words German shares. What the model
hands out (refusal reasons, upload states) stays English for the CLI and the journal and
reads German on screen through `translated()`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.model.image import ListingRef
from imagedeck.model.local_images import LocalFile, UploadState
from imagedeck.session.recent_listings import remember_listing
from imagedeck.ui.app.app import build_main_window
from imagedeck.ui.app.image_actions import create_image_actions
from imagedeck.ui.app.main_window import MainWindow
from imagedeck.ui.browser.listing_browser import ListingBrowser
from imagedeck.ui.browser.listing_tree_model import KindRole, RowKind
from imagedeck.ui.common.gui_clients import GuiClients
from imagedeck.ui.common.translated import translated
from imagedeck.ui.details.visibility_lines import AD_PRODUCTS
from imagedeck.ui.dialogs.questions import Choice
from imagedeck.ui.grid.image_adding import ImageAdder
from imagedeck.ui.grid.upload_badge import LABELS, paint_upload_state
from imagedeck.ui.grid.upload_questions import (
    ask_convert,
    ask_delete,
    ask_new_main,
    ask_upload_duplicates,
)
from imagedeck.uploads.validate import UploadRefused, check_file
from qt_support import run, shot_path
from test_ui_add_delete import TEST_IMAGES, drop_files
from test_ui_german import dialog_texts, interface_language

WAIT_MS = 120_000
SHOTS = shot_path("issue7w-{}.png")


def assert_all_differ(english: list[tuple[str, str, str]], german: list, data=frozenset()):
    """Same widgets in the same order; every text changed except `data`."""
    assert [(kind, prop) for kind, prop, _ in german] == [(k, p) for k, p, _ in english]
    left = [
        f"{kind}.{prop}: {text!r}"
        for (kind, prop, text), (_, _, german_text) in zip(english, german, strict=True)
        if text == german_text and text not in data
    ]
    assert not left, "English left in German:\n" + "\n".join(left)


# -- the listing browser -----------------------------------------------------------------
def browser_rows(browser: ListingBrowser, parent: QModelIndex | None = None) -> list[QModelIndex]:
    model = browser.model
    parent = parent or QModelIndex()
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def row_texts(browser: ListingBrowser) -> list[tuple[str, str, str]]:
    """The headings and status rows of the tree (listing titles are the seller's data)."""
    found = []
    for index in browser_rows(browser):
        kind = index.data(KindRole)
        if kind not in (RowKind.LISTING, RowKind.VARIATION):
            found.append(("row", kind.value, str(index.data())))
    return found


@pytest.fixture
def recent_103() -> None:
    remember_listing("Demo plentymarkets", ListingRef("plentymarkets", "103"), "103-WEI · Tasse")


def build_browser(qtbot: QtBot, sandbox, query: str) -> ListingBrowser:
    browser = ListingBrowser(GuiClients(demo_connections(sandbox.base_url)), lambda _ref: None)
    qtbot.addWidget(browser)
    browser.resize(340, 520)
    browser.show()
    qtbot.waitExposed(browser)
    browser.search.setText(query)
    browser.search_now()
    qtbot.waitUntil(
        lambda: bool(browser.model.results()) and not browser.model.busy, timeout=WAIT_MS
    )
    return browser


def test_no_english_is_left_in_the_german_listing_browser(
    qasync_loop, qtbot: QtBot, sandbox, recent_103
) -> None:
    english_browser = build_browser(qtbot, sandbox, "Becher")
    english = dialog_texts(english_browser) + row_texts(english_browser)
    with interface_language("de"):
        browser = build_browser(qtbot, sandbox, "Becher")
        german = dialog_texts(browser) + row_texts(browser)
        # An item expands to its variations; the main one says so in German.
        item = next(i for i in browser_rows(browser) if i.data(KindRole) is RowKind.LISTING)
        browser.tree.expand(item)
        qtbot.waitUntil(
            lambda: any("(Hauptvariante)" in str(i.data()) for i in browser_rows(browser, item)),
            timeout=WAIT_MS,
        )
        browser.tree.setCurrentIndex(browser_rows(browser, item)[0])
        browser.grab().save(SHOTS.format("browser"))
    data = {"Becher", ""}  # the query the seller typed; a widget without a window title
    assert_all_differ(english, german, data)
    headings = [text for _, kind, text in german if kind == "heading"]
    assert headings[0] == "Zuletzt geöffnet"
    assert headings[1].startswith("Artikel für „Becher“ (")
    assert browser.search.placeholderText() == "ID, Nummer oder Name suchen (Strg+L)"


def test_the_browser_says_failures_and_vehicles_in_german(
    qasync_loop, qtbot: QtBot, sandbox
) -> None:
    """A refused sign-in: ImageDeck's words German, the marketplace's own as it sent them;
    AutoScout24's results are „Fahrzeuge“ and its search names what a vehicle is found by."""
    sandbox.state.plenty_users["demo"] = "changed in the back end"
    with interface_language("de"):
        browser = ListingBrowser(GuiClients(demo_connections(sandbox.base_url)), lambda _r: None)
        qtbot.addWidget(browser)
        browser.show()
        qtbot.waitUntil(
            lambda: browser_rows(browser)[-1].data(KindRole) is RowKind.ERROR, timeout=WAIT_MS
        )
        error = browser_rows(browser)[-1]
        assert str(error.data()).startswith("Seite 1 konnte nicht geladen werden: ")
        assert "The user credentials were incorrect." in error.data()  # the server's words
        assert str(error.data()).endswith("— erneut versuchen")
        assert error.data(KindRole) is RowKind.ERROR
        browser.marketplace.setCurrentIndex(browser.marketplace.findData("autoscout24"))
        qtbot.waitUntil(lambda: len(browser.model.results()) >= 20, timeout=WAIT_MS)
        assert str(browser.model.results_heading().data()) == "Fahrzeuge (40)"
        assert browser.search.placeholderText() == "Modell, Referenz oder ID suchen (Strg+L)"


def test_the_browser_dock_and_its_commands_read_german(qasync_loop, qtbot: QtBot) -> None:
    def build() -> list[tuple[str, str, str]]:
        window = build_main_window(demo_connections("http://127.0.0.1:9"))
        qtbot.addWidget(window)
        dock = window.browser_dock
        found = [
            ("dock", "title", dock.windowTitle()),
            ("action", "text", dock.toggleViewAction().text()),
            ("action", "text", dock.find_action.text()),
            ("action", "toolTip", dock.find_action.toolTip()),
            ("action", "text", window.image_actions.add_images.text()),
            ("action", "toolTip", window.image_actions.add_images.toolTip()),
            ("action", "text", window.image_actions.delete.text()),
            ("action", "toolTip", window.image_actions.delete.toolTip()),
        ]
        run(qtbot, window.aclose())
        return found

    english = build()
    with interface_language("de"):
        german = build()
    assert_all_differ(english, german)
    assert [text for _, _, text in german][:3] == [
        "Angebote",
        "Bereich &Angebote",
        "Angebot &suchen…",
    ]


# -- actions, badges, the AutoScout24 lines ----------------------------------------------
def test_image_commands_badges_and_ad_lines_read_german(qtbot: QtBot) -> None:
    def texts() -> list[tuple[str, str, str]]:
        window, grid = QWidget(), QWidget()
        qtbot.addWidget(window)
        qtbot.addWidget(grid)
        actions = create_image_actions(window, grid)
        found = [("action", "text", actions.add_images.text())]
        found.append(("action", "text", actions.delete.text()))
        found += [("badge", state.value, translated(label)) for state, label in LABELS.items()]
        found += [("line", product.name, product.label) for product in AD_PRODUCTS]
        local = LocalFile(Path("a.jpg"), UploadState.UPLOADING, 42)
        found.append(("tile", "tooltip", translated(local.describe())))
        found.append(("status", "adding", ImageAdder.tr("Adding %n image(s)…", "", 3)))
        return found

    english = texts()
    with interface_language("de"):
        german = texts()
    assert_all_differ(english, german)
    assert ("line", "T10", "T10-Anzeige: Fotos 1–15") in german
    assert ("status", "adding", "3 Bilder werden hinzugefügt…") in german
    with interface_language("en"):  # the English catalogue has the plural forms
        assert ImageAdder.tr("Adding %n image(s)…", "", 1) == "Adding 1 image…"


# -- refusal reasons ----------------------------------------------------------------------
def refusals(marketplace: str) -> dict[str, str]:
    """Every hostile test file's refusal reason (a Text, English as a str)."""
    reasons = {}
    for path in sorted(TEST_IMAGES.iterdir()):
        if path.suffix == ".md":
            continue
        try:
            check_file(path, marketplace)
        except UploadRefused as refused:
            reasons[path.name] = refused.reason
    return reasons


@pytest.mark.parametrize("marketplace", ["plentymarkets", "autoscout24"])
def test_every_refusal_reason_reads_german_and_stays_english_for_the_cli(
    qapp, marketplace: str
) -> None:
    reasons = refusals(marketplace)
    assert len(reasons) >= 5
    with interface_language("de"):
        german = {name: translated(reason) for name, reason in reasons.items()}
    same = [f"{name}: {reasons[name]!r}" for name in reasons if german[name] == reasons[name]]
    assert not same, "refusals left in English:\n" + "\n".join(same)
    assert reasons["empty.png"] == "the file is empty"  # the CLI and the journal
    assert german["empty.png"] == "leer: die Datei hat keinen Inhalt"
    assert german["not_an_image.jpg"] == "kein Bild"
    if marketplace == "autoscout24":
        assert german["benign.svg"] == (
            "AutoScout24 nimmt nur JPG und PNG an (diese Datei ist SVG)"
        )
        assert reasons["benign.svg"].startswith("AutoScout24 accepts only JPG and PNG")


def test_a_german_reason_on_the_tile_starts_with_its_point(qapp) -> None:
    """The strip on a failed tile shows what fits; the German reasons put the word that
    matters first, so even the shortened strip says „✗ leer…“, „✗ kein Bild“."""
    with interface_language("de"):
        picture = QImage(180, 140, QImage.Format.Format_ARGB32)
        picture.fill(QColor("white"))
        painter = QPainter(picture)
        reason = refusals("plentymarkets")["empty.png"]
        local = LocalFile(Path("empty.png"), UploadState.FAILED, reason=reason)
        paint_upload_state(painter, QRectF(0, 0, 180, 140), local, QApplication.font())
        painter.end()
        picture.save(SHOTS.format("strip"))
        assert translated(local.describe()).startswith("fehlgeschlagen: leer")
        # The strip is red (failed) with white text on it.
        assert picture.pixelColor(3, 130).red() > 150 and picture.pixelColor(3, 130).green() < 90


# -- the questions adding and deleting ask ------------------------------------------------
def answer_next_dialog(record: list, shot: str = "") -> QTimer:
    """When the next modal dialog is up, note its texts (and save a picture of it to `shot`)
    and close it (as Escape would)."""
    timer = QTimer()

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            timer.stop()
            record.extend(dialog_texts(dialog))
            if shot:
                dialog.grab().save(shot)
            dialog.reject()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


QUESTIONS: dict[str, Callable[[QWidget], object]] = {
    "convert": lambda parent: ask_convert(parent, ["car.gif"] * 9),
    "duplicates": lambda parent: ask_upload_duplicates(
        parent, ["front.jpg: already on this listing as image 3"]
    ),
    "delete": lambda parent: ask_delete(parent, 3),
    "new main": lambda parent: ask_new_main(parent, ["Image 2 (id 1002)"]),
}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_the_upload_and_delete_questions_read_german(qtbot: QtBot, question: str) -> None:
    def texts(shot: str = "") -> list[tuple[str, str, str]]:
        parent = QWidget()
        qtbot.addWidget(parent)
        record: list = []
        timer = answer_next_dialog(record, shot)
        QUESTIONS[question](parent)
        timer.stop()
        assert record, "the question was not shown"
        return record

    english = texts()
    with interface_language("de"):
        german = texts(SHOTS.format(f"question-{question.replace(' ', '-')}"))
    # The seller's file names, and what the window (not this dialog) wrote into a line.
    data = {"• front.jpg: already on this listing as image 3", "Image 2 (id 1002)", "OK"}
    assert_all_differ(english, german, data)
    if question == "convert":
        assert any("… und 1 weitere" in text for _, _, text in german)


# -- the hostile drop in the German window --------------------------------------------------
@pytest.fixture
def german_window(qasync_loop, qtbot: QtBot, sandbox) -> Iterator[MainWindow]:
    with interface_language("de"):
        window = build_main_window(demo_connections(sandbox.base_url))
        window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        try:
            yield window
        finally:
            window.ask_unsaved = lambda *_a, **_k: Choice.DISCARD
            qtbot.waitUntil(lambda: not window.saving and not window.adder.busy, timeout=WAIT_MS)
            window.close()
            run(qtbot, window.aclose())
            window.deleteLater()


def test_the_hostile_drop_says_each_reason_in_german(
    qtbot: QtBot, german_window: MainWindow, tmp_path: Path
) -> None:
    window = german_window
    folder = tmp_path / "alle"
    shutil.copytree(TEST_IMAGES, folder, ignore=shutil.ignore_patterns("*.md"))
    assert run(qtbot, window.open_listing(ListingRef("plentymarkets", "103")))
    run(qtbot, window.loader.wait_idle(), timeout=60)
    drop_files(window, [folder], before_row=0)
    qtbot.waitUntil(lambda: not window.adder.busy, timeout=WAIT_MS)
    failed = {local.path.name: local for _, local in window.gallery.failed_uploads}
    assert not any(window.gallery.local_file(i) in failed.values() for i in window.gallery.order)
    assert {"empty.png", "not_an_image.jpg", "truncated_jpeg.jpg"} <= set(failed)
    for name, local in failed.items():
        english, german = str(local.reason), translated(local.reason)
        assert german != english, f"{name}: {english!r} left in English"
        assert translated(local.describe()).startswith("fehlgeschlagen: ")
    assert failed["empty.png"].reason == "the file is empty"  # English for logs
    window.grid.scrollToTop()
    window.grab().save(SHOTS.format("hostile-drop"))
    # The status bar names the last failed file, in German.
    assert ": " in window.status.error.text()
    assert not any(word in window.status.error.text() for word in ("the file", "cannot be"))


# -- AutoScout24's cut lines ------------------------------------------------------------------
def test_the_german_ad_line_labels_fit_under_their_tile(qtbot: QtBot) -> None:
    """„T10-Anzeige: Fotos 1–15“ sits in the gap under tile 15 and must not run past it."""
    from imagedeck.model.gallery import Gallery
    from imagedeck.ui.details.visibility_lines import VisibilityLines
    from test_ui_visibility_lines import VEHICLE, WIDE, cut, images, make_grid, tile

    gallery = Gallery()
    gallery.load(VEHICLE, images(30))
    with interface_language("de"):
        grid = make_grid(qtbot, gallery, WIDE)
        lines = VisibilityLines(grid, follow=True)
        qtbot.waitUntil(lambda: len(lines.breaks()) == 2, timeout=10_000)
        for product in AD_PRODUCTS:
            label = cut(lines, product).label_rect
            last = tile(grid, product.shown - 1)
            assert label.left() >= last.left() and label.right() <= last.right(), product.label
        assert AD_PRODUCTS[0].label == "T10-Anzeige: Fotos 1–15"
        assert AD_PRODUCTS[0].explanation.startswith("Eine AutoScout24-Anzeige mit dem Produkt")
        grid.grab().save(SHOTS.format("ad-lines"))


@pytest.mark.parametrize(
    "language,count,text,buttons",
    [
        ("en", 1, "Delete 1 image?", ["Delete", "Cancel"]),
        ("en", 3, "Delete 3 images?", ["Delete", "Cancel"]),
        ("de", 1, "1 Bild löschen?", ["Löschen", "Abbrechen"]),
        ("de", 3, "3 Bilder löschen?", ["Löschen", "Abbrechen"]),
    ],
)
def test_the_delete_question_has_real_plurals_and_verb_buttons(
    qtbot: QtBot, language, count, text, buttons
) -> None:
    """Issue 15: "Delete 1 image? They are removed…" with Yes/No buttons."""
    from imagedeck.ui.grid.upload_questions import delete_question

    with interface_language(language):
        parent = QWidget()
        qtbot.addWidget(parent)
        box = delete_question(parent, count)
        assert box.text() == text
        assert "They" not in box.informativeText()
        shown = sorted(b.text().replace("&", "") for b in box.buttons())
        assert shown == sorted(buttons)
        assert box.defaultButton().text().replace("&", "") == buttons[1]
        box.show()
        box.grab().save(shot_path(f"issue15-p11-delete-{language}-{count}.png"))
        box.close()
