"""Settings, About, Keyboard Shortcuts and the unexpected-error report, as a user meets them:
from the window's menus, with what they show and what they change on disk."""

from __future__ import annotations

import platform
import sys

import pytest
from PIL import Image
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QGuiApplication

from imagedeck.marketplaces.connection import demo_connections
from imagedeck.settings import Settings, load_settings
from imagedeck.ui.dialogs.error_report import ErrorReporter
from imagedeck.ui.dialogs.settings_dialog import SettingsDialog
from imagedeck.ui.grid.thumbnail_loader import default_disk_cache
from qt_support import shot_path

pytest_plugins = ["memory_keyring"]


@pytest.fixture
def window_connections(memory_keyring):
    """Demo connections to a port nothing listens on (these dialogs never reach a server)."""
    return demo_connections("http://127.0.0.1:9")


def menu_texts(window) -> dict[str, list[str]]:
    return {
        top.text(): [a.text() for a in top.menu().actions() if a.text()]
        for top in window.menuBar().actions()
    }


def test_menus_offer_connections_settings_and_help(window) -> None:
    menus = menu_texts(window)
    assert "Co&nnections…" in menus["&File"] and menus["&File"][-1] == "&Quit"
    assert "Se&ttings…" in menus["&Edit"]
    assert menus["&Help"] == ["&Keyboard Shortcuts", "Open &Log Folder", "&About ImageDeck"]
    assert window.extras.settings_action.shortcut().toString() == "Ctrl+,"


def test_settings_round_trip(qtbot, window) -> None:
    dialog = window.extras.show_settings()
    dialog.thumbnail_size.setValue(240)
    dialog.downscale.setChecked(True)
    dialog.max_long_edge.setValue(2000)
    dialog.reencode_jpeg.setChecked(True)
    dialog.jpeg_quality.setValue(70)
    dialog.strip_location.setChecked(False)
    dialog.names_from_file_name.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.cache_size.setValue(500)
    assert (
        "restart" in dialog.language_note.text() or "started again" in dialog.language_note.text()
    )
    with qtbot.waitSignal(window.extras.settings_changed) as changed:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    saved = load_settings()
    assert changed.args[0] == saved
    assert saved.thumbnail_size == 240 and saved.language == "de" and saved.cache_size_mb == 500
    up = saved.uploads
    assert (up.downscale, up.max_long_edge, up.reencode_jpeg, up.jpeg_quality) == (
        True,
        2000,
        True,
        70,
    )
    assert up.strip_location is False and up.names_from_file_name is True
    again = window.extras.show_settings()  # shows what was saved
    assert again.thumbnail_size.value() == 240 and again.language.currentText() == "Deutsch"
    assert again.max_long_edge.isEnabled()
    again.reject()


def test_cancel_writes_nothing(qtbot, tmp_path) -> None:
    path = tmp_path / "settings.json"
    dialog = SettingsDialog(Settings(), settings_path=path)
    qtbot.addWidget(dialog)
    dialog.thumbnail_size.setValue(300)
    dialog.reject()
    assert not path.exists()


def test_clear_cache_reports_what_it_freed(qtbot) -> None:
    cache = default_disk_cache()  # where the window keeps its thumbnails
    for number in range(3):
        cache.put(f"key{number}", Image.new("RGB", (64, 64), (number, 0, 0)))
    size = cache.total_bytes()
    assert size > 0
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.clear_cache.click()
    assert default_disk_cache().total_bytes() == 0
    assert dialog.cache_message.text().startswith("Freed ")
    assert dialog.cache_message.text() != "Freed 0 bytes."


def test_about_shows_the_versions(window) -> None:
    import PySide6

    about = window.extras.help.show_about()
    text = about.versions.text()
    assert "ImageDeck 0.1.0" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert f"Python {platform.python_version()}" in text


def test_shortcuts_page_lists_every_action_with_a_shortcut(window) -> None:
    dialog = window.extras.help.show_shortcuts()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Save"] == "Ctrl+S" and rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert rows["Settings"] == "Ctrl+," and rows["Make Main Image"] == "Ctrl+Shift+Home"
    # Generated, not typed: a new action shows up without touching the page.
    window.addAction(window.extras.connections_action)
    window.extras.connections_action.setShortcut("Ctrl+Alt+K")
    dialog2 = window.extras.help.show_shortcuts()
    texts = [dialog2.table.item(r, 0).text().strip() for r in range(dialog2.table.rowCount())]
    assert "Connections" in texts


def test_shortcuts_are_grouped_by_where_they_work(window) -> None:
    """Issue 15: Del was listed three times with no context. Grouped by area, each Del
    says what it does there."""
    dialog = window.extras.help.show_shortcuts()
    groups = dialog.rows()
    assert list(groups)[:3] == ["File", "Edit", "View"]
    assert groups["File"]["Save"] == "Ctrl+S" and groups["Help"]["Keyboard Shortcuts"] == "F1"
    grid = groups["Image grid (when it has the focus)"]
    assert grid["Delete"] == "Del" and grid["Make Main Image"] == "Ctrl+Shift+Home"
    details = groups["Image details panel"]
    assert details == {"Remove": "Del", "Remove Language": "Del"}
    dels = [(area, command) for area, rows in groups.items() for command, keys in rows.items()]
    assert len([1 for area, command in dels if groups[area][command] == "Del"]) == 3
    dialog.show()
    dialog.grab().save(shot_path("issue15-p12-shortcuts.png"))


@pytest.mark.expected_errors(r"unexpected error")
def test_an_exception_in_a_slot_shows_a_report_and_the_app_keeps_running(qtbot, window):
    reporter = ErrorReporter(lambda: window)
    reporter.install()
    try:

        def broken_slot() -> None:
            raise RuntimeError("boom in a slot with password=hunter2222")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=10000)
    finally:
        reporter.uninstall()
    dialog = reporter.dialog
    report = dialog.report.toPlainText()
    assert "RuntimeError: boom in a slot" in report and "Traceback" in report
    assert "hunter2222" not in report and "password=***" in report
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    # Still alive and working: the window answers commands after the error.
    window.extras.show_settings().reject()
    assert window.isVisible() and sys.excepthook is not reporter.excepthook


@pytest.mark.expected_errors(r"unexpected error")
def test_a_failing_task_on_the_loop_shows_a_report(qasync_loop, qtbot, window):
    reporter = ErrorReporter(lambda: window)
    previous = qasync_loop.get_exception_handler()
    reporter.install(qasync_loop)
    try:

        def callback() -> None:
            raise ValueError("loop callback failed")

        qasync_loop.call_soon(callback)
        qtbot.waitUntil(lambda: reporter.dialog is not None, timeout=10000)
    finally:
        reporter.uninstall()
        qasync_loop.set_exception_handler(previous)
    assert "ValueError: loop callback failed" in reporter.dialog.report.toPlainText()


def test_open_log_folder_opens_the_folder_the_log_is_written_to(window, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    from imagedeck.logs import log_file

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.extras.help.log_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_file().parent)]


def test_settings_from_the_window_apply_at_once(window) -> None:
    """Thumbnail size and cache bound take effect without a restart."""
    dialog = window.extras.show_settings()
    dialog.thumbnail_size.setValue(240)
    dialog.cache_size.setValue(80)
    dialog.accept()
    assert window.zoom.size == 240
    assert window.loader.disk_cache.max_bytes < 80 * 1024 * 1024


def test_settings_that_cannot_be_written_are_reported_and_the_form_stays(
    qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = SettingsDialog(Settings(), settings_path=blocked / "settings.json")
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.settings_saved.connect(saved.append)
    dialog.thumbnail_size.setValue(300)
    dialog.accept()
    assert len(shown) == 1 and str(blocked / "settings.json") in shown[0]
    assert saved == [] and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.thumbnail_size.value() == 300


def test_a_size_still_settling_is_saved_when_the_window_closes(window) -> None:
    from imagedeck.settings import load_settings

    window.zoom.set_size(280)  # saved only once the size rests, unless the window closes
    window.close()
    assert load_settings().thumbnail_size == 280


def test_the_demo_says_it_starts_fresh(window) -> None:
    """Issue 15: the demo's sandbox resets at every start while Recent still lists the
    earlier items; the window says so."""
    from PySide6.QtWidgets import QLabel

    from imagedeck.ui.app.demo_notice import show_demo_notice

    notice = show_demo_notice(window)
    assert window.statusBar().findChild(QLabel, "demo-notice") is notice
    assert notice.text() == "Demo: starts fresh at every start"
    assert "changes saved in an earlier run are not there any more" in notice.toolTip()
    assert notice.isVisible()
    window.grab().save(shot_path("issue15-p19-demo-notice.png"))
