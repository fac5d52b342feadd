"""`python -m imagedeck.ui.app.screenshots` renders the README's pictures: run as a person
runs it (a child process, headless), the PNG is the window's size and, with --dark, dark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageStat

CHILD_LIMIT_S = 120  # only a guard against a hang


def test_dark_german_screenshot_is_written_at_the_window_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "imagedeck.ui.app.screenshots", str(tmp_path), "--language", "de"]
        + ["--dark"],
        capture_output=True,
        text=True,
        timeout=CHILD_LIMIT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    picture = Path(result.stdout.strip().splitlines()[-1])
    assert picture == tmp_path / "imagedeck-de-dark.png"
    with Image.open(picture) as image:
        assert image.size == (1440, 900)
        lightness = ImageStat.Stat(image.convert("L")).mean[0]
    assert lightness < 110, f"a dark window should be mostly dark (mean lightness {lightness})"
