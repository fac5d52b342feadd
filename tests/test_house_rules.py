"""The rules of the house (ARCHITECTURE.md; issue 13) that a file listing
can check: small files, a window that only lays out and wires, ui/ in rooms with Qt in
every module, and nobody but the app's start-up reaching for the whole window.

Layering and import cycles are import-linter contracts (pyproject.toml,
tests/test_import_contracts.py), not here.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "imagedeck"
UI = PACKAGE / "ui"
MAX_LINES = 400
MAX_WINDOW_LINES = 300
ROOMS = {"app", "common", "grid", "details", "browser", "dialogs", "workers"}
WINDOW_MODULE = "imagedeck.ui.app.main_window"
CREATES_THE_WINDOW = {PACKAGE / "ui" / "app" / "app.py"}
"""The start-up code that builds the window: the one place allowed to import it."""


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _modules(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, anywhere in it (functions included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_file_in_the_package_is_over_400_lines() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): _lines(path)
        for path in _modules(PACKAGE)
        if _lines(path) > MAX_LINES
    }
    assert not too_long, f"split these by job (over {MAX_LINES} lines): {too_long}"


def test_the_main_window_only_lays_out_and_wires() -> None:
    lines = _lines(UI / "app" / "main_window.py")
    assert lines <= MAX_WINDOW_LINES, f"main_window.py has {lines} lines"


def test_ui_has_exactly_its_rooms() -> None:
    rooms = {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms == ROOMS
    loose = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"every ui module lives in a room: {loose}"


def test_every_module_in_ui_imports_qt() -> None:
    """Qt-free code belongs outside ui/ (session/, model/, thumbnails/, …)."""
    without_qt = [
        str(path.relative_to(PACKAGE))
        for path in _modules(UI)
        if path.name != "__init__.py"
        and not any(m.split(".")[0] == "PySide6" for m in _imported_modules(path))
    ]
    assert without_qt == []


def test_only_the_app_start_up_imports_the_main_window() -> None:
    importers = [
        str(path.relative_to(PACKAGE))
        for path in _modules(PACKAGE)
        if path not in CREATES_THE_WINDOW
        and path != UI / "app" / "main_window.py"
        and any(
            m == WINDOW_MODULE or m.startswith(WINDOW_MODULE + ".") for m in _imported_modules(path)
        )
    ]
    assert importers == [], "give these the narrow parts they need instead of the window"


def test_marketplace_names_are_not_spelled_out_in_gui_code() -> None:
    """At most 6 marketplace-name literals outside marketplaces/ and sandbox/ (issue 13), and
    none in ui/: the window reads `Capabilities` or the registry's names instead."""
    from test_marketplace_knowledge import MAX_NAME_LITERALS, name_literals

    found = name_literals()
    assert len(found) <= MAX_NAME_LITERALS, "\n".join(found)
    assert [place for place in found if place.startswith("ui/")] == []
