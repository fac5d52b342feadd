"""Version and language metadata the Windows and macOS executables carry.

Plain Python (no PyInstaller import) so tests check it on any system: the Windows version
resource (Explorer's Properties > Details, SmartScreen, the installer) and the macOS
Info.plist keys (versions Finder and the updater compare, the languages the app speaks, and
a foreground GUI app: no LSBackgroundOnly, no document types).
"""

from __future__ import annotations

import re
from importlib import metadata


def metadata_version(distribution: str) -> str:
    return metadata.version(distribution)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """ "0.1.0" -> (0, 1, 0, 0); "1.2.3rc1" -> (1, 2, 3, 0): what a version resource holds."""
    parts = [int(p) for p in re.findall(r"\d+", version.split("+")[0].split("rc")[0])[:4]]
    parts += [0] * (4 - len(parts))
    return parts[0], parts[1], parts[2], parts[3]


def windows_version_info(version: str) -> str:
    """A PyInstaller version file (VSVersionInfo) for imagedeck.exe and imagedeck-cli.exe."""
    numbers = numeric_version(version)
    dotted = ".".join(map(str, numbers))
    strings = {
        "CompanyName": "ImageDeck",
        "FileDescription": "ImageDeck: arrange, name and upload marketplace listing images",
        "FileVersion": dotted,
        "InternalName": "imagedeck",
        "LegalCopyright": "Copyright (c) the ImageDeck authors; MIT licence",
        "OriginalFilename": "imagedeck.exe",
        "ProductName": "ImageDeck",
        "ProductVersion": version,
    }
    entries = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {entries}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def mac_info_plist(version: str, languages: list[str]) -> dict[str, object]:
    """Info.plist keys for ImageDeck.app (PyInstaller adds the bundle's own basics)."""
    return {
        "CFBundleName": "ImageDeck",
        "CFBundleDisplayName": "ImageDeck",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": ".".join(map(str, numeric_version(version)[:3])),
        "CFBundleLocalizations": list(languages),
        "CFBundleDevelopmentRegion": "en",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # dark mode follows the system
        "LSBackgroundOnly": False,
    }
