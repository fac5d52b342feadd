"""The languages plentymarkets accepts for image names, with names a seller can read.

plentymarkets uses its own two-letter codes, which differ from ISO 639-1 in a few places
(`se` Swedish, `cz` Czech, `cn` Chinese, `vn` Vietnamese, `nn` Norwegian). The server answers
422 to anything else, so the model refuses an unknown code at the moment it is typed, and the
error says which code was meant when the user wrote the ISO one.
"""

from __future__ import annotations

from imagedeck.texts import QT_TRANSLATE_NOOP, Text

#: plentymarkets' codes in the order its back end lists them, with their English names
#: (marked for translation: the interface shows "Deutsch", "Englisch", … in German).
LANGUAGES: dict[str, str] = {
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "nn": QT_TRANSLATE_NOOP("Languages", "Norwegian"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "da": QT_TRANSLATE_NOOP("Languages", "Danish"),
    "se": QT_TRANSLATE_NOOP("Languages", "Swedish"),
    "cz": QT_TRANSLATE_NOOP("Languages", "Czech"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "sk": QT_TRANSLATE_NOOP("Languages", "Slovak"),
    "cn": QT_TRANSLATE_NOOP("Languages", "Chinese"),
    "vn": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "fi": QT_TRANSLATE_NOOP("Languages", "Finnish"),
    "ga": QT_TRANSLATE_NOOP("Languages", "Irish"),
    "lt": QT_TRANSLATE_NOOP("Languages", "Lithuanian"),
    "lv": QT_TRANSLATE_NOOP("Languages", "Latvian"),
    "et": QT_TRANSLATE_NOOP("Languages", "Estonian"),
    "hr": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "hu": QT_TRANSLATE_NOOP("Languages", "Hungarian"),
}

#: ISO 639-1 codes people type out of habit, and the plentymarkets code they mean.
_ISO_TO_PLENTY = {"sv": "se", "cs": "cz", "zh": "cn", "vi": "vn", "no": "nn", "nb": "nn"}


class UnknownLanguage(ValueError):
    """A language code plentymarkets does not accept for image names."""

    def __init__(self, code: object) -> None:
        self.code = code
        meant = None
        if isinstance(code, str):
            meant = _ISO_TO_PLENTY.get(code.lower())
            if meant is None and code.lower() in LANGUAGES and code != code.lower():
                meant = code.lower()
        accepted = ", ".join(LANGUAGES)
        message: Text
        if meant is not None:
            message = QT_TRANSLATE_NOOP(
                "Languages",
                "unknown language code {code} ({language} is {meant}); "
                "plentymarkets accepts: {accepted}",
            ).format(
                code=repr(code), language=LANGUAGES[meant], meant=repr(meant), accepted=accepted
            )
        else:
            message = QT_TRANSLATE_NOOP(
                "Languages", "unknown language code {code}; plentymarkets accepts: {accepted}"
            ).format(code=repr(code), accepted=accepted)
        super().__init__(message)


def check_language(code: object) -> str:
    """Return `code` if plentymarkets accepts it, else raise UnknownLanguage.

    Codes are case-sensitive on the server ("EN" is refused), so they are not normalised here.
    """
    if not isinstance(code, str) or code not in LANGUAGES:
        raise UnknownLanguage(code)
    return code


def language_name(code: str) -> str:
    """The English name of a plentymarkets code ("se" → "Swedish"); unknown codes as given."""
    return LANGUAGES.get(code, code)
