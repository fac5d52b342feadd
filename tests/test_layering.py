"""The layering rules of ARCHITECTURE.md, enforced on the source instead of trusted to review.

Qt stays in `ui/`: the model, the save engine, the clients and the sandbox must run headless
(CLI, tests, the save worker's own loop), and one stray PySide6 import would drag a GUI
toolkit into all of them. HTTP stays in `marketplaces/http.py`: switching to httpx's successor
(httpx2, same API) must stay a one-line change, so its successor is held to the same rule.

The check reads the source with `ast` instead of importing it, so it also catches imports
inside functions and under ``if TYPE_CHECKING:``, and it never needs a display or a network.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gui" / "imagedeck"

QT_MODULES = frozenset({"PySide6", "shiboken6"})
HTTP_MODULES = frozenset({"httpx", "httpx2"})
QT_HOME = Path("ui")  # relative to the package: the only place Qt may be imported
HTTP_HOME = Path("marketplaces") / "http.py"  # the only module that may import the HTTP library


def imported_modules(source: str, filename: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in `source`.

    Relative imports stay inside the package and are skipped. Calls of ``__import__`` or
    ``importlib.import_module`` with a literal name count too, so the rule is not dodged by
    accident.
    """
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                yield node.lineno, node.module
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if (
                name in {"__import__", "import_module"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                yield node.lineno, first.value


def layering_violations(package: Path) -> list[str]:
    """One readable line per forbidden import under `package`: file, line and statement."""
    violations: list[str] = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        qt_allowed = relative.parts[0] == QT_HOME.name and len(relative.parts) > 1
        http_allowed = relative == HTTP_HOME
        for line, module in imported_modules(path.read_text(encoding="utf-8"), str(path)):
            top = module.split(".")[0]
            shown = f"{package.name}/{relative.as_posix()}:{line} imports {module}"
            if top in QT_MODULES and not qt_allowed:
                violations.append(f"{shown} (Qt is only for {package.name}/{QT_HOME}/)")
            if top in HTTP_MODULES and not http_allowed:
                violations.append(f"{shown} (HTTP is only for {package.name}/{HTTP_HOME})")
    return violations


def test_the_package_is_where_the_check_looks() -> None:
    """Guard against a check that passes because it walked an empty folder."""
    assert (PACKAGE / "__init__.py").is_file(), PACKAGE
    assert (PACKAGE / "model" / "gallery.py").is_file()


def test_qt_only_in_ui_and_httpx_only_in_http_module() -> None:
    violations = layering_violations(PACKAGE)
    assert not violations, "layering broken (see ARCHITECTURE.md):\n" + "\n".join(violations)


# -- the checker itself ------------------------------------------------------------------------


@pytest.fixture
def fake_package(tmp_path: Path) -> Path:
    """A package tree with one allowed and one forbidden import of each kind."""
    root = tmp_path / "imagedeck"
    files = {
        "__init__.py": "",
        "ui/__init__.py": "",
        "ui/window.py": "from PySide6.QtWidgets import QWidget\nimport shiboken6\n",
        "marketplaces/http.py": "import httpx\n",
        "model/bad_qt.py": "def f():\n    from PySide6 import QtCore\n",
        "sync/bad_http.py": "import json\nimport httpx as client\n",
        "sync/sneaky.py": "import importlib\nimportlib.import_module('shiboken6')\n",
        "sandbox/fine.py": "from . import ui\nfrom .ui import window\nimport httpxlike\n",
        "ui.py": "import PySide6\n",  # a module named ui.py is not the ui/ package
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_checker_names_each_offending_file_and_import(fake_package: Path) -> None:
    violations = layering_violations(fake_package)
    assert [line.split(" (")[0] for line in violations] == [
        "imagedeck/model/bad_qt.py:2 imports PySide6",
        "imagedeck/sync/bad_http.py:2 imports httpx",
        "imagedeck/sync/sneaky.py:2 imports shiboken6",
        "imagedeck/ui.py:1 imports PySide6",
    ]
