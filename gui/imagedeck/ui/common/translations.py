"""The interface language: German and English catalogues made with Qt's own tools.

The sources are `resources/translations/imagedeck_<lang>.ts` (Qt Linguist XML, reviewed in
git). Binaries (.qm) are not committed: the installer build compiles them with `lrelease`
(packaging/), and a source checkout or a wheel compiles them on first start into the cache
folder (about 20 ms), keyed by the .ts file's content, so an edited catalogue is picked up
without a stale .qm; a read-only cache folder gets a temporary one instead.
Both tools ship with PySide6-Essentials, so nothing extra is needed at build or run time.

`python -m imagedeck.ui.common.translations` refreshes the .ts files from the code (lupdate) after
strings changed; `tests/test_translations.py` fails while a German entry is missing. The
German texts live only in imagedeck_de.ts: translate there (Qt Linguist, or a translation
platform that reads .ts), never in a second copy. Plurals are numerus entries with both
forms, in imagedeck_en.ts too ("%n image" / "%n images").

Terms (keep them consistent): image → Bild, main image → Hauptbild, listing (what ImageDeck
opens) → Angebot, item → Artikel, variation → Variante, vehicle → Fahrzeug, store (mandant)
→ Mandant, marketplace → Marktplatz, listing (availability type) → Listing, name → Name,
alternative text → Alternativtext, save → speichern, connection → Verbindung. Accelerators
(&) are unique per menu and per dialog, counting every entry the window shows together.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from imagedeck.paths import cache_dir
from imagedeck.resources import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"
CATALOGUE = "imagedeck_{}.ts"
PACKAGE_ROOT = Path(__file__).resolve().parents[2]  # gui/imagedeck


def translations_dir() -> Path:
    """Where the catalogues are: in the frozen bundle (.qm compiled at build time), or the
    installed package imagedeck._resources (resources/ of the checkout; .ts, compiled on
    first start), found through importlib.resources by `resources_dir`."""
    return resources_dir() / "translations"


def qt_tool(name: str) -> Path:
    """PySide6's own copy of lupdate or lrelease."""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not part of this PySide6 installation")


def choose_language(preference: str, system: QLocale | None = None) -> str:
    """The user's choice if we have it, else the system's language, else English."""
    if preference in LANGUAGES:
        return preference
    system = system or QLocale.system()
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def interface_language() -> str:
    """The language the interface speaks now ("de", "en"): `install_translators` makes it
    QLocale's default. Listing names are picked in it (ListingSummary.title_in)."""
    return QLocale().name().split("_")[0].lower()


def compiled_catalogue(language: str) -> Path | None:
    """The .qm for `language`: shipped beside the .ts, or compiled once into the cache.

    A wheel ships the .ts only (compiling at build time would put PySide6 into every build
    environment: README, "A plain wheel"); lrelease takes about 20 ms, once. Where the cache
    folder cannot be written (read-only home, a full disk), the catalogue is compiled into a
    fresh temporary folder instead, so the interface still speaks the user's language."""
    folder = translations_dir()
    shipped = folder / CATALOGUE.format(language).replace(".ts", ".qm")
    if shipped.exists():
        return shipped
    source = folder / CATALOGUE.format(language)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    name = f"imagedeck_{language}_{digest}.qm"
    try:
        target = cache_dir() / "translations" / name
        if not target.exists():
            _compile(source, target)
    except OSError as error:
        log.info("translation cache not writable (%s): compiling into a temporary folder", error)
        target = Path(tempfile.mkdtemp(prefix="imagedeck-qm-")) / name
        _compile(source, target)
    return target


def _compile(source: Path, target: Path) -> None:
    """lrelease `source` into `target`, atomically (a half-written .qm is never loaded)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(partial)],
        check=True,
        capture_output=True,
    )
    partial.replace(target)


def install_translators(preference: str = "") -> str:
    """Loads ImageDeck's and Qt's own catalogues for the chosen language; returns it.

    Qt's catalogue (qtbase_de) translates the standard buttons of message boxes and file
    dialogs. Installed translators are parented to the application so they live as long.
    """
    app = QCoreApplication.instance()
    language = choose_language(preference)
    if app is None:
        return language
    QLocale.setDefault(QLocale(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues: list[tuple[str, str]] = [(f"qtbase_{language}", qt_folder)]
    ours = compiled_catalogue(language)
    if ours is not None:
        catalogues.append((ours.name, str(ours.parent)))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
        else:
            translator.deleteLater()
    return language


def update_catalogues(languages: Sequence[str] = tuple(LANGUAGES)) -> list[Path]:
    """Runs lupdate over the package so every tr() string has an entry (obsolete dropped)."""
    sources = sorted(str(path) for path in PACKAGE_ROOT.rglob("*.py"))
    written = []
    for language in languages:
        target = translations_dir() / CATALOGUE.format(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "none"]
            + (["-source-language", "en", "-target-language", language])
            + [*sources, "-ts", str(target)],
            check=True,
        )
        written.append(target)
    return written


if __name__ == "__main__":
    for path in update_catalogues():
        print(f"updated {path}")
