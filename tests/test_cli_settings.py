"""A CLI command reads the settings file once and hands it down: a damaged file gives one
clear line naming it, and the command goes on with the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

import imagedeck.settings
from imagedeck.cli.main import main
from imagedeck.logs import stop_logging
from imagedeck.paths import data_dir


def test_a_damaged_settings_file_is_said_once_and_resume_goes_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = data_dir() / "settings.json"
    settings_file.write_text('{"max_wait_s": 60,', encoding="utf-8")
    reads: list[Path] = []
    real_path = imagedeck.settings.settings_path

    def counted() -> Path:
        reads.append(real_path())
        return reads[-1]

    monkeypatch.setattr(imagedeck.settings, "settings_path", counted)
    try:
        code = main(["resume"])  # the journal's saves and the job store's jobs: both look
    finally:
        stop_logging()
    out, err = capsys.readouterr()
    assert code == 0 and out.strip() == "nothing to resume"
    assert err == (
        f"imagedeck: settings file {settings_file} is unreadable: not JSON "
        "(Expecting property name enclosed in double quotes: line 1 column 19 (char 18)); "
        "using the default settings\n"
    )
    assert reads == [settings_file]


def test_no_settings_file_is_no_message(capsys: pytest.CaptureFixture[str]) -> None:
    try:
        assert main(["resume"]) == 0
    finally:
        stop_logging()
    assert capsys.readouterr().err == ""
