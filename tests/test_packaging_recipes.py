"""The installer recipes' own logic, checked without building anything.

Dependencies and the glibc floor of the .deb are computed (never hand-written), the
changelog comes from the metainfo's releases, builds use the lock, and the macOS/Windows
metadata says what each platform needs. The full build runs in packaging/build-linux.sh.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
METAINFO = LINUX / "com.imagedeck.ImageDeck.metainfo.xml"
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(LINUX))

from check_lock import locked  # noqa: E402
from debian_changelog import changelog  # noqa: E402
from glibc_floor import imported_glibc_versions  # noqa: E402
from platform_metadata import mac_info_plist, numeric_version, windows_version_info  # noqa: E402
from system_libraries import is_system_library  # noqa: E402

from imagedeck import __version__  # noqa: E402

OBJDUMP = """\
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) free
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.35) __libc_start_main
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.17) clock_gettime
0000000000012340 g    DF .text  0000000000000020  GLIBC_2.99 defined_here_not_imported
"""


def test_the_glibc_floor_is_the_highest_imported_symbol_version() -> None:
    assert max(imported_glibc_versions(OBJDUMP)) == (2, 35)
    assert (2, 99) not in imported_glibc_versions(OBJDUMP)  # exported, not needed


def test_distribution_libraries_stay_out_of_the_bundle_and_python_s_own_stay_in() -> None:
    python_dirs = ("/opt/py/lib/python3.11", "/work/.venv/lib/python3.11/site-packages")
    assert is_system_library("/lib/x86_64-linux-gnu/libgtk-3.so.0", python_dirs)
    assert is_system_library("/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0", python_dirs)
    assert not is_system_library("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", python_dirs)
    assert not is_system_library(
        "/work/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/libQt6Core.so.6", python_dirs
    )
    assert not is_system_library("/opt/py/lib/python3.11/lib-dynload/_ssl.so", python_dirs)


def test_the_debian_changelog_is_the_metainfo_release_history() -> None:
    text = changelog(METAINFO.read_text(encoding="utf-8"), __version__)
    assert text.startswith(f"imagedeck ({__version__}) unstable; urgency=medium")
    assert " -- ImageDeck <imagedeck@example.com>  " in text
    with pytest.raises(SystemExit, match='no <release version="9.9.9">'):
        changelog(METAINFO.read_text(encoding="utf-8"), "9.9.9")


def test_the_lock_pins_every_runtime_package_with_hashes() -> None:
    text = (ROOT / "packaging" / "requirements-lock.txt").read_text(encoding="utf-8")
    pins = locked(text)
    assert {"pyside6-essentials", "pillow", "httpx", "pyinstaller", "keyring"} <= set(pins)
    assert text.count("--hash=sha256:") >= len(pins)


def test_mac_plist_is_a_foreground_app_with_versions_and_languages() -> None:
    plist = mac_info_plist("1.2.3rc1", ["en", "de"])
    assert plist["LSBackgroundOnly"] is False
    assert "CFBundleDocumentTypes" not in plist
    assert plist["CFBundleShortVersionString"] == "1.2.3rc1"
    assert plist["CFBundleVersion"] == "1.2.3"
    assert plist["CFBundleLocalizations"] == ["en", "de"]


def test_windows_version_resource_carries_the_version() -> None:
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    info = windows_version_info("0.1.0")
    assert "filevers=(0, 1, 0, 0)" in info and "StringStruct('ProductVersion', '0.1.0')" in info


def test_the_spec_builds_a_console_companion_on_windows_and_a_gui_app_on_macos() -> None:
    spec = (ROOT / "packaging" / "imagedeck.spec").read_text(encoding="utf-8")
    assert 'executable("imagedeck-cli", console=True)' in spec
    assert 'executable("imagedeck", console=sys.platform == "linux")' in spec
    assert "CFBundleDocumentTypes" not in spec.split("No CFBundleDocumentTypes")[1]


def test_the_installer_mutex_is_the_one_the_app_creates() -> None:
    from launcher import APP_MUTEX

    iss = (ROOT / "packaging" / "windows" / "imagedeck.iss").read_text(encoding="utf-8")
    assert f"AppMutex={APP_MUTEX}" in iss
    assert 'Name: "german"; MessagesFile: "compiler:Languages\\German.isl"' in iss
    assert "SignTool=signtool" in iss


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    entry = LINUX / "imagedeck.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    text = entry.read_text(encoding="utf-8")
    assert "Name[de]=" in text and "Comment[de]=" in text


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_the_metainfo_passes_appstreamcli_validate_strict() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--strict", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{__version__}"' in METAINFO.read_text(encoding="utf-8")
