"""Put the seller's interface language in place once per process, before the first window.

`install_translators` does the work; this adds what a start needs around it: the choice
from the saved settings ("" follows the system), at most once per QApplication (both
`startup.run_saved_connection` and `app.create_application` may ask), and English rather
than no window when the catalogue cannot be compiled (no lrelease beside a broken install).
"""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QCoreApplication

from imagedeck.settings import load_settings
from imagedeck.ui.common.translations import SOURCE_LANGUAGE, install_translators

log = logging.getLogger(__name__)

_PROPERTY = "imagedeckLanguage"


def use_interface_language(preference: str | None = None) -> str:
    """Installs the catalogues for `preference` (default: the saved setting) unless this
    application already has its language; answers the language in use."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    chosen = app.property(_PROPERTY)
    if isinstance(chosen, str) and chosen:
        return chosen
    if preference is None:
        preference = load_settings().language
    try:
        language = install_translators(preference)
    except (OSError, subprocess.CalledProcessError) as error:
        log.warning("interface stays English: the catalogue could not be loaded: %s", error)
        language = SOURCE_LANGUAGE
    app.setProperty(_PROPERTY, language)
    return language
