"""Comparing image details for the save engine: what the user changed, what changed elsewhere
meanwhile, what to aim for, and what a re-read still lacks — the last two in words.

Only the images whose details the user changed take part. A change made elsewhere to another
image's names is none of this save's business (it is not overwritten, because no call touches
that image), so it is neither a conflict nor a verify difference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from imagedeck.model.changes import (
    AvailabilityAdded,
    AvailabilityRemoved,
    DetailChange,
    NameAdded,
    NameChanged,
    NameRemoved,
    VariationLinked,
    VariationUnlinked,
    apply_changes,
    detail_changes,
)
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.image import ListingRef
from imagedeck.model.languages import language_name
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

Details = Mapping[str, ImageDetails]


def changed_details(loaded: Details, wanted: Details) -> dict[str, ImageDetails]:
    """The wanted details of just the images whose details differ from the loaded ones."""
    return {
        image_id: details
        for image_id, details in wanted.items()
        if details != loaded.get(image_id, NO_DETAILS)
    }


def details_conflicts(loaded: Details, current: Details, image_ids: Sequence[str]) -> list[str]:
    """What changed on the server since loading, for the images the user changed.

    An image that is gone is not mentioned: the order check already says it was removed.
    """
    conflicts: list[str] = []
    for image_id in image_ids:
        if image_id in current:
            before = loaded.get(image_id, NO_DETAILS)
            conflicts += [
                QT_TRANSLATE_NOOP("DetailsSync", "image {id}: {subject} changed elsewhere").format(
                    id=image_id, subject=_subject(change)
                )
                for change in detail_changes(before, current[image_id])
            ]
    return conflicts


def merge_details(loaded: Details, changed: Details, current: Details) -> dict[str, ImageDetails]:
    """What each changed image should hold: the server's current details with the user's
    changes (loaded → wanted) made on top. Without a conflict that is simply the wanted
    details; after "overwrite" it keeps what others changed in the facts the user left alone.
    Images no longer on the server are left out (there is nothing to write to)."""
    return {
        image_id: apply_changes(
            current[image_id], detail_changes(loaded.get(image_id, NO_DETAILS), wanted)
        )
        for image_id, wanted in changed.items()
        if image_id in current
    }


def details_differences(wanted: Details, actual: Details) -> list[str]:
    """Human-readable differences between the wanted details and a re-read of the server."""
    differences: list[str] = []
    for image_id, details in wanted.items():
        if image_id not in actual:
            differences.append(
                QT_TRANSLATE_NOOP("DetailsSync", "image {id}: not on the server any more").format(
                    id=image_id
                )
            )
            continue
        differences += [
            QT_TRANSLATE_NOOP("DetailsSync", "image {id}: still to {change}").format(
                id=image_id, change=change.describe()
            )
            for change in detail_changes(actual[image_id], details)
        ]
    return differences


def visible_order(listing: ListingRef, order: Sequence[str], wanted: Details) -> list[str]:
    """The order a re-read of `listing` should show: on a variation's page, an image the save
    unlinked from that variation is no longer listed there."""
    variation = listing.variation_id
    if not variation:
        return list(order)
    return [i for i in order if i not in wanted or variation in wanted[i].variations]


def _subject(change: DetailChange) -> Text:
    """What a change is about, e.g. "the English name", "availability in all stores"."""
    match change:
        case NameAdded(name) | NameChanged(name):
            return QT_TRANSLATE_NOOP("DetailsSync", "the {language} name").format(
                language=language_name(name.lang)
            )
        case NameRemoved(lang):
            return QT_TRANSLATE_NOOP("DetailsSync", "the {language} name").format(
                language=language_name(lang)
            )
        case AvailabilityAdded(availability) | AvailabilityRemoved(availability):
            return QT_TRANSLATE_NOOP("DetailsSync", "availability in {place}").format(
                place=availability.describe()
            )
        case VariationLinked(variation_id) | VariationUnlinked(variation_id):
            return QT_TRANSLATE_NOOP("DetailsSync", "the link to variation {id}").format(
                id=variation_id
            )
    return QT_TRANSLATE_NOOP("DetailsSync", "a detail")  # pragma: no cover
