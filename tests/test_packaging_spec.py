"""The freezing recipe leaves out only Qt modules the app does not import.

packaging/imagedeck.spec excludes unused PySide6 modules to shrink the bundle; a feature that
starts importing one of them (say QtSvg) would work from source and break frozen. The spec
therefore keeps whatever packaging/qt_usage.py finds imported; this checks that scan against
the layering test's independent import reader, and the scan itself on a fake package.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from test_layering import imported_modules

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gui" / "imagedeck"
SPEC = ROOT / "packaging" / "imagedeck.spec"
sys.path.insert(0, str(ROOT / "packaging"))

from qt_usage import imported_qt_modules  # noqa: E402


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def listed_unused_qt() -> set[str]:
    """The UNUSED_QT list literal of the spec."""
    for node in ast.walk(spec_tree()):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "UNUSED_QT" for t in node.targets
        ):
            return {ast.literal_eval(element) for element in node.value.elts}
    raise AssertionError("packaging/imagedeck.spec has no UNUSED_QT list")


def qt_imports_by_layering_reader(package: Path) -> set[str]:
    found = set()
    for path in package.rglob("*.py"):
        for _line, module in imported_modules(path.read_text(encoding="utf-8"), str(path)):
            parts = module.split(".")
            if parts[0] == "PySide6" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_the_spec_keeps_every_qt_module_the_app_imports() -> None:
    used = qt_imports_by_layering_reader(PACKAGE)
    assert {"QtCore", "QtGui", "QtWidgets"} <= used  # the reader found the real imports
    assert used <= imported_qt_modules(PACKAGE)
    excluded = listed_unused_qt() - imported_qt_modules(PACKAGE)
    assert not used & excluded
    calls = {
        node.func.id
        for node in ast.walk(spec_tree())
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert "imported_qt_modules" in calls


def test_spec_lists_the_heavy_unused_parts() -> None:
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "Qt3DCore"} <= listed_unused_qt()


def test_scan_sees_every_import_form(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from PySide6.QtSvg import QSvgRenderer\n"
        "def f():\n    import PySide6.QtNetwork\n"
        "from PySide6 import QtPdf, __version__\n"
        "import shiboken6\n",
        encoding="utf-8",
    )
    assert imported_qt_modules(tmp_path) == {"QtSvg", "QtNetwork", "QtPdf"}
