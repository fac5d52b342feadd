"""What of `resources/` goes into a frozen ImageDeck, shared by the spec and the tests.

The rule is general so it keeps working as features add resources: every file under
`resources/` is bundled at the same relative path under `<bundle>/resources/`, except the
README's screenshots (documentation, never loaded by the app), Python scripts that maintain
resources (e.g. the one filling in translations) and translation sources. Each
`resources/translations/*.ts` is compiled to `.qm` with pyside6-lrelease at build time (it
ships with PySide6-Essentials) and the `.qm` is bundled instead; a `.qm` committed next to
its `.ts` is replaced by the fresh one. Plain Python, no PyInstaller import, so
tests/test_packaging_resources.py can check the list without building anything.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
from pathlib import Path

NOT_BUNDLED = ("screenshot*.png",)  # top-level README pictures
TRANSLATIONS = "translations"
BUNDLE_DIR = "resources"


class PackagingError(Exception):
    """The recipe cannot build what the app needs; the message says what and why."""


def translation_sources(root: Path) -> list[Path]:
    """The .ts files under resources/translations (none until translations land)."""
    return sorted((root / BUNDLE_DIR / TRANSLATIONS).glob("*.ts"))


def resource_files(root: Path) -> list[Path]:
    """Every resource file bundled as it is (not compiled), sorted."""
    base = root / BUNDLE_DIR
    compiled_stems = {ts.stem for ts in translation_sources(root)}
    files = []
    for path in sorted(p for p in base.rglob("*") if p.is_file()):
        relative = path.relative_to(base)
        if len(relative.parts) == 1 and any(
            fnmatch.fnmatch(relative.name, pattern) for pattern in NOT_BUNDLED
        ):
            continue
        if path.suffix in {".ts", ".py", ".pyc"}:
            continue  # sources, and scripts that maintain resources (never loaded)
        in_translations = relative.parts[0] == TRANSLATIONS
        if in_translations and path.suffix == ".qm" and path.stem in compiled_stems:
            continue  # rebuilt from its .ts
        files.append(path)
    return files


def qt_languages(root: Path) -> list[str]:
    """Languages of the app's translations ("imagedeck_pt_BR.ts" -> "pt_BR", "pt").

    Qt's own qtbase_<language>.qm (dialog buttons) is bundled only for these: in any other
    language the app shows English, and half-translated dialogs would be worse.
    """
    languages: set[str] = set()
    for source in translation_sources(root):
        language = source.stem.split("_", 1)[1] if "_" in source.stem else source.stem
        languages.update({language, language.split("_")[0]})
    return sorted(languages)


def find_lrelease() -> str:
    """pyside6-lrelease from this Python's environment (or PATH)."""
    beside = Path(sys.executable).parent
    found = shutil.which("pyside6-lrelease", path=str(beside)) or shutil.which("pyside6-lrelease")
    if not found:
        raise PackagingError(
            "pyside6-lrelease not found: it ships with PySide6-Essentials; install the "
            "project into this environment (pip install -e '.[package]')"
        )
    return found


def compile_translations(root: Path, out_dir: Path) -> list[Path]:
    """Compile each resources/translations/*.ts to out_dir/<name>.qm; the .qm paths."""
    sources = translation_sources(root)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not sources:
        return []
    lrelease = find_lrelease()
    compiled = []
    for source in sources:
        target = out_dir / f"{source.stem}.qm"
        result = subprocess.run(
            [lrelease, str(source), "-qm", str(target)], capture_output=True, text=True
        )
        if result.returncode != 0 or not target.is_file():
            raise PackagingError(
                f"pyside6-lrelease could not compile {source.name}: "
                f"{(result.stderr or result.stdout).strip()}"
            )
        compiled.append(target)
    return compiled


def resource_datas(root: Path, compiled: list[Path]) -> list[tuple[str, str]]:
    """PyInstaller `datas`: (source file, destination folder in the bundle)."""
    base = root / BUNDLE_DIR
    datas = [
        (str(path), str(Path(BUNDLE_DIR) / path.parent.relative_to(base)))
        for path in resource_files(root)
    ]
    datas += [(str(qm), str(Path(BUNDLE_DIR) / TRANSLATIONS)) for qm in compiled]
    return datas


def bundled_paths(datas: list[tuple[str, str]]) -> set[str]:
    """The files `datas` puts in the bundle, relative to resources/ ("icons/x.png")."""
    paths = set()
    for source, folder in datas:
        inside = Path(folder).relative_to(BUNDLE_DIR) / Path(source).name
        paths.add(inside.as_posix())
    return paths
