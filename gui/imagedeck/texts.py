"""Texts that plain-Python modules (model/, no Qt) hand to the interface, marked for translation.

Qt's `lupdate` finds a string by the call around it: `QT_TRANSLATE_NOOP("Languages", "German")`
puts "German" into the catalogue under the context "Languages" — it reads the call's name, so
this plain function is enough and the model needs no Qt.

What the function returns is still the English text (a `str`), so the CLI, logs, the journal
and tests keep working with it unchanged. It is a `Text`, though: a `str` that also remembers
its context, its English template and its placeholder values, so the interface can show it in
the user's language later (`imagedeck.ui.common.translated.translated`). Fill placeholders with
`.format(name=value)` — named placeholders only, since a translation may reorder them —
and the result is a `Text` again; values that are `Text`s themselves (a language's name) are
translated too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str, str], str]
"""(context, English source) → translated template, e.g. QCoreApplication.translate."""


def _untranslated(_context: str, source: str) -> str:
    return source


class Text(str):
    """English text that can be rendered again in another language."""

    context: str
    source: str
    values: Mapping[str, Any]

    def __new__(cls, context: str, source: str, values: Mapping[str, Any] | None = None) -> Text:
        values = dict(values or {})
        english = _fill(source, values, _untranslated) if values else source
        text = super().__new__(cls, english)
        text.context = context
        text.source = source
        text.values = values
        return text

    def format(self, *args: object, **values: Any) -> Text:
        """The template with its named placeholders filled, still translatable."""
        if args:
            raise TypeError(f"use named placeholders in {self.source!r}, not positional ones")
        return Text(self.context, self.source, {**self.values, **values})

    def render(self, translate: Translate = _untranslated) -> str:
        """This text in the language `translate` knows (English without one)."""
        return _fill(self.source, self.values, translate, self.context)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.context, self.source, dict(self.values)))


def _fill(
    source: str, values: Mapping[str, Any], translate: Translate, context: str | None = None
) -> str:
    template = translate(context, source) if context else source
    if not values:
        return template
    shown = {
        key: value.render(translate) if isinstance(value, Text) else value
        for key, value in values.items()
    }
    return template.format(**shown)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - the name lupdate reads
    """Mark `text` for the catalogue under `context`; returns it (English) as a `Text`."""
    return Text(context, text)
