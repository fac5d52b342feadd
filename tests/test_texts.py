"""Model texts marked for translation stay plain English strings for everyone but the
interface, which can render them again in the seller's language."""

from __future__ import annotations

import json
import pickle

import pytest

from imagedeck.model.details import Availability
from imagedeck.model.languages import UnknownLanguage, language_name
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

GERMAN = {
    ("Languages", "Swedish"): "Schwedisch",
    ("Availability", "store {id}"): "Mandant {id}",
    ("DetailEdits", "Make available in {place}"): "Verfügbar machen in: {place}",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def test_a_marked_text_is_its_english_string() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "Saved {count} changes").format(count=3)
    assert text == "Saved 3 changes" and isinstance(text, str)
    assert f"{text}!" == "Saved 3 changes!" and json.dumps(text) == '"Saved 3 changes"'
    assert isinstance(text, Text) and text.context == "Ctx"


def test_rendering_translates_the_template_and_nested_texts() -> None:
    place = Availability("mandant", 41234).describe()
    label = QT_TRANSLATE_NOOP("DetailEdits", "Make available in {place}").format(place=place)
    assert label == "Make available in store 41234"
    assert label.render(german) == "Verfügbar machen in: Mandant 41234"


def test_model_errors_carry_translatable_messages() -> None:
    with pytest.raises(UnknownLanguage) as caught:
        raise UnknownLanguage("sv")
    message = caught.value.args[0]
    assert str(caught.value).startswith("unknown language code 'sv' (Swedish is 'se')")
    assert message.render(german).startswith("unknown language code 'sv' (Schwedisch is 'se')")
    assert language_name("se").render(german) == "Schwedisch"


def test_texts_survive_pickling_and_refuse_positional_placeholders() -> None:
    text = QT_TRANSLATE_NOOP("Availability", "store {id}").format(id=7)
    copy = pickle.loads(pickle.dumps(text))
    assert copy == "store 7" and copy.render(german) == "Mandant 7"
    with pytest.raises(TypeError, match="named placeholders"):
        QT_TRANSLATE_NOOP("Ctx", "{} and {}").format(1, 2)
