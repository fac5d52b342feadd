"""The German catalogue covers every string the code marks for translation.

lupdate is run over the package into a temporary catalogue, so a string added to the code
without a German entry fails here, not in front of a German-speaking seller.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from imagedeck.ui.common.translations import (
    choose_language,
    compiled_catalogue,
    translations_dir,
    update_catalogues,
)


def _messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _unfinished(message: ElementTree.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return True
    forms = translation.findall("numerusform")
    texts = [form.text for form in forms] if forms else [translation.text]
    return not all(text and text.strip() for text in texts)


def test_every_marked_string_has_a_finished_german_translation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The maintainers' `python -m imagedeck.ui.common.translations` (update_catalogues), run
    on a copy of the catalogue (IMAGEDECK_RESOURCES), leaves no German entry unfinished."""
    (tmp_path / "translations").mkdir()
    shutil.copy(translations_dir() / "imagedeck_de.ts", tmp_path / "translations")
    monkeypatch.setenv("IMAGEDECK_RESOURCES", str(tmp_path))
    [current] = update_catalogues(["de"])
    assert current == tmp_path / "translations" / "imagedeck_de.ts"
    messages = _messages(current)
    assert len(messages) > 100, "lupdate found suspiciously few strings"
    missing = sorted(
        f"{context}: {source!r}"
        for (context, source), message in messages.items()
        if _unfinished(message)
    )
    assert not missing, (
        "German translations missing (run `python -m imagedeck.ui.common.translations`, then "
        "translate in resources/translations/imagedeck_de.ts):\n" + "\n".join(missing[:40])
    )


def test_catalogue_compiles_and_translates(qapp) -> None:
    catalogue = compiled_catalogue("de")
    assert catalogue is not None and catalogue.stat().st_size > 1000


def test_an_unwritable_cache_folder_still_gives_german(qapp) -> None:
    """A wheel compiles its catalogue on first use; where the cache folder cannot be made
    (here a file stands in its place, which stops root too) the .qm goes to a temporary
    folder and German still loads."""
    from PySide6.QtCore import QTranslator

    from imagedeck.paths import data_dir

    (data_dir() / "cache").write_text("not a folder", encoding="utf-8")
    catalogue = compiled_catalogue("de")
    assert catalogue is not None and data_dir() not in catalogue.parents
    translator = QTranslator()
    assert translator.load(catalogue.name, str(catalogue.parent))
    assert translator.translate("AboutDialog", "About ImageDeck") == "Über ImageDeck"
    shutil.rmtree(catalogue.parent)


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [("de", "en_US", "de"), ("", "de_AT", "de"), ("", "fr_FR", "en"), ("xx", "en_GB", "en")],
)
def test_language_follows_preference_then_system(preference, system, expected) -> None:
    assert choose_language(preference, QLocale(system)) == expected
    assert QCoreApplication is not None
