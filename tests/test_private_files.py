"""Files ImageDeck leaves behind are private: on POSIX its data, journal, log and cache
folders are 0700 and their files 0600, also when an older version left them open; native
crashes write Python's stacks (faulthandler) into crash.log in the log folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_server import readable_by_others
from imagedeck.logs import configure_logging, log_file, stop_logging
from imagedeck.marketplaces.base import PlannedCall
from imagedeck.model.image import ListingRef
from imagedeck.paths import cache_dir, data_dir, journal_path, log_dir
from imagedeck.settings import Settings, save_settings
from imagedeck.sync.journal import Journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def test_data_journal_log_settings_and_cache_are_private(private_data_dir: Path) -> None:
    os.chmod(private_data_dir, 0o755)  # as an older version (or mkdtemp's caller) left it
    with Journal(journal_path()) as journal:
        journal.begin(
            marketplace="plentymarkets", base_url="https://shop.example", account="seller",
            connection="shop", listing=ListingRef("plentymarkets", "1"), wanted=["2"],
            calls=[PlannedCall("PUT", "/rest/items/1/images/2", {"position": 0})],
        )  # fmt: skip
    save_settings(Settings())
    cache_dir()
    old_log = log_dir() / "imagedeck.log.1"
    old_log.write_text("from an older version")
    old_log.chmod(0o644)
    try:
        configure_logging()
        import logging

        logging.getLogger("imagedeck").warning("a line")
    finally:
        stop_logging()
    assert log_file().exists() and (log_dir() / "crash.log").exists()
    assert journal_path().exists() and (data_dir() / "settings.json").exists()
    assert readable_by_others(private_data_dir) == []
    # IMAGEDECK_DATA_DIR keeps a portable install in one place: cache and logs inside it.
    assert cache_dir() == private_data_dir / "cache" and log_dir() == private_data_dir / "logs"


def test_a_native_crash_leaves_its_stack_in_crash_log(private_data_dir: Path) -> None:
    code = (
        "import faulthandler; from imagedeck.logs import configure_logging;"
        "configure_logging(); faulthandler._sigsegv()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert result.returncode != 0
    crash = (private_data_dir / "logs" / "crash.log").read_text()
    assert "Fatal Python error: Segmentation fault" in crash and "<string>" in crash
    assert readable_by_others(private_data_dir) == []


def test_settings_are_never_half_written(private_data_dir: Path, monkeypatch) -> None:
    save_settings(Settings(thumbnail_size=200))
    before = (data_dir() / "settings.json").read_text()

    def power_cut(*_args: object) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        save_settings(Settings(thumbnail_size=300))
    assert (data_dir() / "settings.json").read_text() == before
    assert sorted(p.name for p in data_dir().glob("*settings*")) == ["settings.json"]


def test_the_journal_keeps_no_user_info_of_a_base_url(private_data_dir: Path) -> None:
    from imagedeck.marketplaces.connection import Connection
    from imagedeck.sync.save_results import begin_journaled

    connection = Connection("c", "plentymarkets", "https://admin:hunter2@shop.example", "u", "p")
    with Journal(journal_path()) as journal:
        begin_journaled(journal, connection, ListingRef("plentymarkets", "1"), [
            PlannedCall("PUT", "/rest/items/1/images/2", {"position": 0})
        ])  # fmt: skip
        (save,) = journal.unfinished()
    assert save.base_url == "https://shop.example"
    assert b"hunter2" not in journal_path().read_bytes()
