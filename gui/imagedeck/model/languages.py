"""The languages plentymarkets accepts for image names, with names a seller can read.

plentymarkets uses its own two-letter codes, which differ from ISO 639-1 in a few places
(`se` Swedish, `cz` Czech, `cn` Chinese, `vn` Vietnamese, `nn` Norwegian). The server answers
422 to anything else, so the model refuses an unknown code at the moment it is typed, and the
error says which code was meant when the user wrote the ISO one.
"""

from __future__ import annotations

#: plentymarkets' codes in the order its back end lists them, with their English names.
LANGUAGES: dict[str, str] = {
    "de": "German",
    "en": "English",
    "bg": "Bulgarian",
    "fr": "French",
    "it": "Italian",
    "es": "Spanish",
    "tr": "Turkish",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "nn": "Norwegian",
    "ro": "Romanian",
    "da": "Danish",
    "se": "Swedish",
    "cz": "Czech",
    "ru": "Russian",
    "sk": "Slovak",
    "cn": "Chinese",
    "vn": "Vietnamese",
    "fi": "Finnish",
    "ga": "Irish",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "et": "Estonian",
    "hr": "Croatian",
    "hu": "Hungarian",
}

#: ISO 639-1 codes people type out of habit, and the plentymarkets code they mean.
_ISO_TO_PLENTY = {"sv": "se", "cs": "cz", "zh": "cn", "vi": "vn", "no": "nn", "nb": "nn"}


class UnknownLanguage(ValueError):
    """A language code plentymarkets does not accept for image names."""

    def __init__(self, code: object) -> None:
        self.code = code
        hint = ""
        if isinstance(code, str):
            meant = _ISO_TO_PLENTY.get(code.lower())
            if meant is None and code.lower() in LANGUAGES and code != code.lower():
                meant = code.lower()
            if meant is not None:
                hint = f" ({LANGUAGES[meant]} is {meant!r})"
        super().__init__(
            f"unknown language code {code!r}{hint}; plentymarkets accepts: {', '.join(LANGUAGES)}"
        )


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
