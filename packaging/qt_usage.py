"""Which PySide6 modules the app imports, read from its source with `ast`.

The spec excludes unused Qt modules to shrink the bundle; a feature that starts importing
one (QtSvg for SVG thumbnails, say) must not be cut off in the frozen app while it works
from source. So the spec keeps every module this finds, whatever its exclusion list says.
"""

from __future__ import annotations

import ast
from pathlib import Path


def imported_qt_modules(package: Path) -> set[str]:
    """PySide6 submodules ("QtCore", "QtSvg", ...) imported anywhere under `package`."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
                if node.module == "PySide6":
                    names += [f"PySide6.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found
