"""`imagedeck --self-test` on the source tree, as the installers' smoke test runs it frozen.

It runs in a child process, as a user would start it: without a display (the self-test must
pick Qt's offscreen platform itself), opening demo item 101 from the embedded sandbox,
painting the grid and saving one move that is then read back from the server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CHILD_LIMIT_S = 600  # only a guard against a hang; the self-test takes seconds


def run_self_test(**env_changes: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "imagedeck.cli.main", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=CHILD_LIMIT_S,
    )


def test_self_test_opens_the_demo_paints_the_grid_and_saves() -> None:
    result = run_self_test()
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "platform offscreen" in out, out
    assert "item 101 opened: 64 images" in out, out
    assert "grid painted: 64 thumbnails ready and drawn" in out, out
    assert "is the main image on the server" in out, out
    assert out.rstrip().endswith("self-test passed"), out


def test_self_test_fails_naming_what_is_missing(tmp_path: Path) -> None:
    """A bundle that lost its icons fails the self-test with the file's name, also in the
    report file a console-less Windows build is checked by."""
    report = tmp_path / "report.txt"
    empty = tmp_path / "no-resources"
    empty.mkdir()
    result = run_self_test(IMAGEDECK_RESOURCES=str(empty), IMAGEDECK_SELF_TEST_REPORT=str(report))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test FAILED: app icon" in result.stderr
    assert "icons/imagedeck-16.png" in result.stderr
    assert "self-test passed" not in result.stdout
    assert "icons/imagedeck-16.png" in report.read_text(encoding="utf-8")


def test_self_test_fails_on_a_resource_that_does_not_load(tmp_path: Path) -> None:
    """A damaged picture in the bundle (or one whose Qt image plugin was left out) is named."""
    resources = tmp_path / "resources"
    shutil.copytree(
        Path(__file__).resolve().parents[1] / "resources" / "icons", resources / "icons"
    )
    (resources / "icons" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    result = run_self_test(IMAGEDECK_RESOURCES=str(resources))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "self-test FAILED: resources: broken.png does not load" in result.stderr


def test_the_suite_tests_the_installed_package_when_told_so() -> None:
    """CI's second run (IMAGEDECK_TEST_INSTALLED=1, after a non-editable `pip install .`)
    must import the installed package, resources included, not the checkout's gui/."""
    import importlib.resources

    import imagedeck

    checkout = Path(__file__).resolve().parents[1]
    package = Path(imagedeck.__file__).resolve()
    resources = Path(str(importlib.resources.files("imagedeck._resources")))
    assert (resources / "icons" / "imagedeck-16.png").is_file()
    assert (resources / "translations" / "imagedeck_de.ts").is_file()
    if os.environ.get("IMAGEDECK_TEST_INSTALLED") == "1":  # (its venv may sit in the checkout)
        assert not package.is_relative_to(checkout / "gui"), package
        assert not resources.is_relative_to(checkout / "resources"), resources
