"""The difference between two states of one image's details, as facts that each cost one call.

plentymarkets changes names, availabilities and variation links one at a time (a PUT, POST or
DELETE per language, per (type, value) pair, per variation), so "save only what changed" means
exactly one API call per fact listed here. The marketplace client turns each fact into its
call; the save engine also uses them to replay a user's edits over a server state that moved
on (`apply_changes`) and to say in words what a re-read still lacks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from imagedeck.model.details import Availability, ImageDetails, ImageName
from imagedeck.model.languages import language_name
from imagedeck.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class NameAdded:
    """A language that had no name gets one (POST)."""

    name: ImageName

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "add the {name}").format(name=self.name.describe())


@dataclass(frozen=True)
class NameChanged:
    """The name or alternative text of a language that has a name changes (PUT)."""

    name: ImageName

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "change the {name}").format(
            name=self.name.describe()
        )


@dataclass(frozen=True)
class NameRemoved:
    """A language loses its name (DELETE)."""

    lang: str

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "remove the {language} name").format(
            language=language_name(self.lang)
        )


@dataclass(frozen=True)
class AvailabilityAdded:
    availability: Availability

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "make it available in {place}").format(
            place=self.availability.describe()
        )


@dataclass(frozen=True)
class AvailabilityRemoved:
    availability: Availability

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "remove it from {place}").format(
            place=self.availability.describe()
        )


@dataclass(frozen=True)
class VariationLinked:
    variation_id: str

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "link it to variation {id}").format(
            id=self.variation_id
        )


@dataclass(frozen=True)
class VariationUnlinked:
    variation_id: str

    def describe(self) -> Text:
        return QT_TRANSLATE_NOOP("DetailChange", "unlink it from variation {id}").format(
            id=self.variation_id
        )


DetailChange = (
    NameAdded
    | NameChanged
    | NameRemoved
    | AvailabilityAdded
    | AvailabilityRemoved
    | VariationLinked
    | VariationUnlinked
)


def detail_changes(before: ImageDetails, after: ImageDetails) -> list[DetailChange]:
    """The facts that turn `before` into `after`, one per API call, in a stable order.

    Removals come before additions of the same kind so a server that limits how many of
    something an image may have never sees the new one while the old one is still there.
    """
    old = {n.lang: n for n in before.names}
    new = {n.lang: n for n in after.names}
    changes: list[DetailChange] = [NameRemoved(lang) for lang in sorted(old.keys() - new.keys())]
    changes += [
        NameChanged(new[lang]) for lang in sorted(old.keys() & new.keys()) if old[lang] != new[lang]
    ]
    changes += [NameAdded(new[lang]) for lang in sorted(new.keys() - old.keys())]
    changes += [
        AvailabilityRemoved(a) for a in sorted(before.availabilities - after.availabilities)
    ]
    changes += [AvailabilityAdded(a) for a in sorted(after.availabilities - before.availabilities)]
    changes += [VariationUnlinked(v) for v in _by_number(before.variations - after.variations)]
    changes += [VariationLinked(v) for v in _by_number(after.variations - before.variations)]
    return changes


def apply_changes(details: ImageDetails, changes: Iterable[DetailChange]) -> ImageDetails:
    """`details` with `changes` made: used to put a user's edits on top of a server state that
    changed meanwhile (overwrite), touching only the facts the user changed."""
    names = {n.lang: n for n in details.names}
    availabilities = set(details.availabilities)
    variations = set(details.variations)
    for change in changes:
        match change:
            case NameAdded(name) | NameChanged(name):
                names[name.lang] = name
            case NameRemoved(lang):
                names.pop(lang, None)
            case AvailabilityAdded(availability):
                availabilities.add(availability)
            case AvailabilityRemoved(availability):
                availabilities.discard(availability)
            case VariationLinked(variation_id):
                variations.add(variation_id)
            case VariationUnlinked(variation_id):
                variations.discard(variation_id)
    return ImageDetails(tuple(names.values()), frozenset(availabilities), frozenset(variations))


def _by_number(ids: Iterable[str]) -> list[str]:
    return sorted(ids, key=lambda v: (not v.isdigit(), int(v) if v.isdigit() else 0, v))
