"""What a plentymarkets image carries besides its file and position: names, where it is shown,
and which variations show it.

Immutable values, so the gallery can keep the loaded and the current state of every image
side by side, put both halves of an edit on the undo stack, and compare them with `==`. User
input is checked here, where it enters (an unknown language, a store id that is not a
number), so a bad value is refused with a clear message before it reaches any state or the
server; data read from the server is taken as it comes (see `details_from_record`).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from imagedeck.model.languages import check_language, language_name
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

#: Where an image may be shown: a client (store, "mandant"), a marketplace, or a listing.
AVAILABILITY_TYPES = ("mandant", "marketplace", "listing")
#: The value meaning "every one of that type".
ALL = -1

# Per type: "store 41234" and "all stores", marked for translation as whole phrases.
_TYPE_WORDS = {
    "mandant": (
        QT_TRANSLATE_NOOP("Availability", "store {id}"),
        QT_TRANSLATE_NOOP("Availability", "all stores"),
    ),
    "marketplace": (
        QT_TRANSLATE_NOOP("Availability", "marketplace {id}"),
        QT_TRANSLATE_NOOP("Availability", "all marketplaces"),
    ),
    "listing": (
        QT_TRANSLATE_NOOP("Availability", "listing {id}"),
        QT_TRANSLATE_NOOP("Availability", "all listings"),
    ),
}


@dataclass(frozen=True, order=True)
class ImageName:
    """The name and alternative (alt) text of an image in one language."""

    lang: str
    name: str
    alternate: str = ""

    def describe(self) -> Text:
        """E.g. "English name 'Front view' (alt 'Shoe from the front')"."""
        if self.alternate:
            return QT_TRANSLATE_NOOP("ImageName", "{language} name {name} (alt {alt})").format(
                language=language_name(self.lang), name=repr(self.name), alt=repr(self.alternate)
            )
        return QT_TRANSLATE_NOOP("ImageName", "{language} name {name}").format(
            language=language_name(self.lang), name=repr(self.name)
        )


@dataclass(frozen=True, order=True)
class Availability:
    """One place an image may be shown, identified by (type, value); value -1 = all of the type.

    The value arrives as text from an input field or as a float from the server (the API
    types it `number`): both are turned into the int id it stands for, and anything that is
    not one is refused with a message naming the value.
    """

    type: str
    value: int = ALL

    def __post_init__(self) -> None:
        if self.type not in AVAILABILITY_TYPES:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Availability", "availability type {type} is unknown; use one of {types}"
                ).format(type=repr(self.type), types=", ".join(AVAILABILITY_TYPES))
            )
        object.__setattr__(self, "value", _availability_value(self.value))

    def describe(self) -> Text:
        """E.g. "all stores", "store 41234", "marketplace 4"."""
        words = _TYPE_WORDS.get(self.type)
        if words is None:  # not built through __post_init__ (a test forging a bad request)
            if self.value == ALL:
                return QT_TRANSLATE_NOOP("Availability", "every {type}").format(type=self.type)
            return QT_TRANSLATE_NOOP("Availability", "{type} {id}").format(
                type=self.type, id=self.value
            )
        one, every = words
        return every if self.value == ALL else one.format(id=self.value)


def _availability_value(value: Any) -> int:
    """The int id in `value`, or ValueError in words a seller understands."""
    number: float
    not_a_number = QT_TRANSLATE_NOOP("Availability", "availability value {value} is not a number")
    if isinstance(value, bool):
        raise ValueError(not_a_number.format(value=repr(value)))
    if isinstance(value, int | float):
        number = value
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            raise ValueError(not_a_number.format(value=repr(value))) from None
    else:
        raise ValueError(not_a_number.format(value=repr(value)))
    if not math.isfinite(number) or number != int(number):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Availability", "availability value {value} is not a whole number"
            ).format(value=repr(value))
        )
    if number < ALL:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Availability",
                "availability value {value} is not allowed: use an id (0 or more) or -1 for all",
            ).format(value=repr(value))
        )
    return int(number)


@dataclass(frozen=True)
class ImageDetails:
    """Names (one per language, sorted by language), availabilities and linked variation ids.

    Every `with_…`/`without_…` returns a new value; equal details compare equal however they
    were built, which is what lets the gallery and the save engine find what changed by `==`.
    """

    names: tuple[ImageName, ...] = ()
    availabilities: frozenset[Availability] = field(default_factory=frozenset)
    variations: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        names = tuple(sorted(self.names, key=lambda n: n.lang))
        langs = [n.lang for n in names]
        if len(set(langs)) != len(langs):
            raise ValueError(f"more than one name per language: {langs}")
        object.__setattr__(self, "names", names)
        object.__setattr__(self, "availabilities", frozenset(self.availabilities))
        object.__setattr__(self, "variations", frozenset(str(v) for v in self.variations))

    # -- reading -------------------------------------------------------------------------
    def name(self, lang: str) -> ImageName | None:
        """The name in `lang`, or None when the image has none in that language."""
        return next((n for n in self.names if n.lang == lang), None)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(n.lang for n in self.names)

    # -- changing ------------------------------------------------------------------------
    def with_name(self, lang: str, name: str, alternate: str = "") -> ImageDetails:
        """Set the name in `lang`; clearing both texts removes the language.

        plentymarkets keeps no empty names, so an empty name is never sent as "". It has no
        alternative text without a name either: an alternate with an empty name is refused
        rather than silently dropped.
        """
        check_language(lang)
        for what, text in (
            (QT_TRANSLATE_NOOP("ImageName", "the {language} name must be text, not {value}"), name),
            (
                QT_TRANSLATE_NOOP(
                    "ImageName", "the {language} alternative text must be text, not {value}"
                ),
                alternate,
            ),
        ):
            if not isinstance(text, str):
                raise ValueError(what.format(language=language_name(lang), value=repr(text)))
        if not name.strip():
            if alternate.strip():
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "ImageName", "the {language} alternative text needs a name as well"
                    ).format(language=language_name(lang))
                )
            return self.without_name(lang)
        others = tuple(n for n in self.names if n.lang != lang)
        names = (*others, ImageName(lang, name, alternate))
        return ImageDetails(names, self.availabilities, self.variations)

    def without_name(self, lang: str) -> ImageDetails:
        check_language(lang)
        names = tuple(n for n in self.names if n.lang != lang)
        return ImageDetails(names, self.availabilities, self.variations)

    def with_availability(self, availability: Availability) -> ImageDetails:
        return ImageDetails(self.names, self.availabilities | {availability}, self.variations)

    def without_availability(self, availability: Availability) -> ImageDetails:
        return ImageDetails(self.names, self.availabilities - {availability}, self.variations)

    def with_variation(self, variation_id: str | int) -> ImageDetails:
        return ImageDetails(
            self.names, self.availabilities, self.variations | {check_variation_id(variation_id)}
        )

    def without_variation(self, variation_id: str | int) -> ImageDetails:
        return ImageDetails(
            self.names, self.availabilities, self.variations - {check_variation_id(variation_id)}
        )


def check_variation_id(value: str | int) -> str:
    """Variation ids are kept as decimal text, like image ids; anything else is refused."""
    text = str(value).strip()
    if not text.isdigit():
        raise ValueError(
            QT_TRANSLATE_NOOP("Variations", "variation id {value} is not a number").format(
                value=repr(value)
            )
        )
    return str(int(text))


def details_from_record(
    record: Mapping[str, Any], linked_variation_ids: Iterable[str | int] = ()
) -> ImageDetails:
    """Details from a plentymarkets ItemImage record (its embedded names[] and
    availabilities[]) plus the ids of the variations linked to it.

    Server data is not user input: a name in a language this app does not know is kept as
    it is (it is shown and left alone), and an availability this app cannot represent is
    skipped with a warning instead of making the whole listing unreadable.
    """
    names: dict[str, ImageName] = {}
    for entry in record.get("names") or []:
        if isinstance(entry, dict) and entry.get("lang"):
            lang = str(entry["lang"])
            names[lang] = ImageName(
                lang, str(entry.get("name") or ""), str(entry.get("alternate") or "")
            )
    availabilities = set()
    for entry in record.get("availabilities") or []:
        if not isinstance(entry, dict):
            continue
        value = entry.get("value")
        try:
            availabilities.add(
                Availability(str(entry.get("type")), ALL if value is None else value)
            )
        except ValueError as exc:
            log.warning("image %s: skipping availability %r: %s", record.get("id"), entry, exc)
    return ImageDetails(
        tuple(names.values()),
        frozenset(availabilities),
        frozenset(map(str, linked_variation_ids)),
    )


# -- plain data for the journal ---------------------------------------------------------------
def details_to_data(details: ImageDetails) -> dict[str, Any]:
    """JSON-ready form, so a save's wanted details survive a crash in the journal."""
    return {
        "names": [[n.lang, n.name, n.alternate] for n in details.names],
        "availabilities": sorted([a.type, a.value] for a in details.availabilities),
        "variations": sorted(details.variations, key=int),
    }


def details_from_data(data: Mapping[str, Any]) -> ImageDetails:
    """The inverse of `details_to_data`."""
    return ImageDetails(
        tuple(ImageName(*entry) for entry in data.get("names", [])),
        frozenset(Availability(kind, value) for kind, value in data.get("availabilities", [])),
        frozenset(data.get("variations", [])),
    )


#: The details of an image nobody has named, placed or linked yet.
NO_DETAILS = ImageDetails()
