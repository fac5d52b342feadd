"""Showing the model's texts (`imagedeck.texts.Text`) in the interface language.

The model hands out English `str`s that remember their template; here they are rendered
through Qt's installed translators. Anything else (a marketplace's own message, a file name)
is shown as it came: it has no entry in our catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from imagedeck.texts import Text


def translated(text: str) -> str:
    """`text` in the interface language if it is a marked `Text`, else unchanged."""
    if isinstance(text, Text):
        return text.render(QCoreApplication.translate)
    return text


def error_text(error: BaseException) -> str:
    """An exception's message, translated when the model raised it with a `Text`."""
    if len(error.args) == 1 and isinstance(error.args[0], Text):
        return translated(error.args[0])
    return str(error)


def plural(text: str, count: int) -> str:
    """The English plural of a numerus string Qt returned untranslated.

    Plurals use Qt's numerus form, `self.tr("%n image(s)", "", n)`, and the English
    catalogue holds "%n image" / "%n images". Where no catalogue is installed (tests, a
    source checkout before its first start compiled one) Qt returns the source with %n
    filled in, "1 image(s)"; this makes that read as English too. Translated text has no
    "(s)" and passes unchanged.
    """
    return text.replace("(s)", "" if count == 1 else "s")
