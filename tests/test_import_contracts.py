"""The house's layering, enforced by import-linter on every test run.

The contracts are in pyproject.toml ([tool.importlinter]): the folders form layers (model <-
marketplaces <- uploads/connections/thumbnails <- sync <- session <- ui <- cli), model
imports nothing of the app, marketplaces never import sync, session, uploads or ui, sync and
session never import ui, Qt only in ui, httpx only in marketplaces/http.py, and no package
anywhere has import cycles between its modules or subpackages. The imports still excepted
from the last rule are listed there, each with the issue that removes it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [exe, "--no-cache", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_import_linter_contracts_hold() -> None:
    result = lint_imports()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_a_cycle_breaks_the_contract(tmp_path: Path) -> None:
    """The same kind of contract fails on two modules importing each other, one of them
    lazily inside a function (so the check above is not vacuous)."""
    package = tmp_path / "cyclic_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cyclic_pkg import b\n")
    (package / "b.py").write_text("def f():\n    from cyclic_pkg import a\n")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_package = cyclic_pkg\n\n"
        "[importlinter:contract:acyclic]\nname = acyclic\ntype = acyclic_siblings\n"
        "ancestors = cyclic_pkg\n"
    )
    result = lint_imports("--config", str(tmp_path / ".importlinter"), cwd=tmp_path)
    assert result.returncode != 0 and "1 broken" in result.stdout, result.stdout
