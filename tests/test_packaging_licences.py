"""Licences ship with the installers: the generated notices, and Help ▸ About shows them.

packaging/third_party_notices.py writes THIRD-PARTY-NOTICES.txt from the installed packages'
metadata when an installer is built; these tests run it on the test environment (which
holds the same runtime packages) and open the About dialog as a frozen build sees itself.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from imagedeck.ui.dialogs.about_dialog import NOTICES_NAME, AboutDialog

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import third_party_notices as notices_module  # noqa: E402


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("notices") / NOTICES_NAME
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "third_party_notices.py"), str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return out.read_text(encoding="utf-8")


def test_every_runtime_package_is_listed_with_its_licence_text(notices: str) -> None:
    names = {
        notices_module.canonical(d.metadata["Name"]) for d in notices_module.bundled_distributions()
    }
    # the app's direct requirements are all there (a walk that stopped early would miss some)
    assert {"pillow", "httpx", "qasync", "keyring", "uvicorn", "starlette", "h2"} <= names
    sections = notices.split(notices_module.RULE)
    titles = {notices_module.canonical(s.strip().split(" ")[0]) for s in sections[1::2]}
    for name in names - {"imagedeck"} - notices_module.QT_DISTRIBUTIONS:
        assert name in titles, f"{name} has no section"
    pillow = next(s for s in sections[2::2] if "--- LICENSE" in s and "Pillow" in s)
    assert "Permission to use, copy, modify" in pillow  # its text, not only its name


def test_the_lgpl_notice_says_where_qt_source_is_and_carries_both_texts(notices: str) -> None:
    from PySide6 import __version__ as pyside

    assert f"Qt {pyside} and PySide6 {pyside}" in notices
    assert "LGPL-3.0" in notices and "You may replace them" in notices
    assert (
        f"https://download.qt.io/official_releases/qt/{'.'.join(pyside.split('.')[:2])}/" in notices
    )
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    assert "GNU GENERAL PUBLIC LICENSE" in notices
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices


def test_a_package_without_licence_files_stops_the_build(monkeypatch) -> None:
    real = notices_module.licence_texts
    monkeypatch.setattr(
        notices_module,
        "licence_texts",
        lambda dist: [] if dist.metadata["Name"].lower() == "qasync" else real(dist),
    )
    with pytest.raises(notices_module.NoticeError, match="qasync"):
        notices_module.notices()


def _buttons(dialog: AboutDialog) -> list[str]:
    return [button.text() for button in dialog.findChildren(QPushButton)]


def test_about_offers_about_qt_and_the_bundles_notices(qtbot: QtBot, tmp_path, monkeypatch) -> None:
    (tmp_path / NOTICES_NAME).write_text("Qt 6 under the LGPL-3.0 ...", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "About &Qt" in _buttons(dialog)
    assert dialog.notices_button is not None
    shown = dialog.show_notices()
    assert shown is not None
    assert shown.text.toPlainText() == "Qt 6 under the LGPL-3.0 ..."


def test_about_from_a_pip_install_has_about_qt_but_no_notices_button(qtbot: QtBot) -> None:
    assert not hasattr(sys, "_MEIPASS")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "About &Qt" in _buttons(dialog)
    assert dialog.notices_button is None
