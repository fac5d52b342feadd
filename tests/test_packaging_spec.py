"""The freezing recipe leaves out only Qt modules the app does not import.

packaging/imagedeck.spec excludes unused PySide6 modules to shrink the bundle; a feature that
starts importing one of them (say QtSvg for icons) would work from source and break frozen.
This compares the spec's list with every PySide6 import in the package (read with `ast`).
"""

from __future__ import annotations

import ast
from pathlib import Path

from test_layering import imported_modules

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gui" / "imagedeck"
SPEC = ROOT / "packaging" / "imagedeck.spec"


def excluded_qt_modules() -> set[str]:
    """The UNUSED_QT list literal of the spec."""
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "UNUSED_QT" for t in node.targets
        ):
            return {ast.literal_eval(element) for element in node.value.elts}
    raise AssertionError("packaging/imagedeck.spec has no UNUSED_QT list")


def imported_qt_modules(package: Path) -> set[str]:
    """PySide6 submodules imported anywhere under `package` ("QtCore", ...)."""
    found = set()
    for path in package.rglob("*.py"):
        for _line, module in imported_modules(path.read_text(encoding="utf-8"), str(path)):
            parts = module.split(".")
            if parts[0] == "PySide6" and len(parts) > 1:
                found.add(parts[1])
    return found


def test_spec_excludes_no_qt_module_the_app_imports() -> None:
    used = imported_qt_modules(PACKAGE)
    assert {"QtCore", "QtGui", "QtWidgets"} <= used  # the scan found the real imports
    assert not used & excluded_qt_modules(), "imported but excluded from the bundle"


def test_spec_excludes_the_heavy_unused_parts() -> None:
    assert {"QtQml", "QtQuick", "QtWebEngineCore", "QtPdf", "Qt3DCore"} <= excluded_qt_modules()
