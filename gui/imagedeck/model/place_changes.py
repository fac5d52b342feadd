"""What changed on the server since a listing was loaded, in the places a seller sees.

A save stops before writing when the listing changed elsewhere (sync/engine.py), and the
seller decides. The question must speak in what the seller sees, places 1–N in the grid (1 =
the main image) and the pictures themselves, never in plentymarkets' raw positions ("moved
from position 681 to 0"). Plain Python: the CLI words it the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from imagedeck.model.image import Image
from imagedeck.model.sequences import longest_ordered_run
from imagedeck.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PlaceChange:
    """One image whose place changed elsewhere, in the places the seller sees (1 = main):
    `before` None = it appeared, `after` None = it was removed."""

    image_id: str
    before: int | None
    after: int | None


def changed_places(loaded: Sequence[Image], current: Sequence[Image]) -> list[PlaceChange]:
    """The images that appeared, went, or moved relative to the others, in display order.

    Places, not plentymarkets' raw positions (681 → 0 means nothing to a seller who sees
    places 1–64), and only real moves: when one image is added at the front every other
    image's place shifts by one, but they did not move. The images on a longest run that
    kept its relative order stayed; the rest moved."""
    before = {image.id: place for place, image in enumerate(loaded, start=1)}
    now = {image.id: place for place, image in enumerate(current, start=1)}
    common = [image.id for image in current if image.id in before]
    stayed = {common[i] for i in longest_ordered_run([before[i] for i in common], strict=True)}
    changes = [PlaceChange(i, None, now[i]) for i in now if i not in before]
    changes += [PlaceChange(i, before[i], None) for i in before if i not in now]
    changes += [PlaceChange(i, before[i], now[i]) for i in common if i not in stayed]
    return sorted(changes, key=lambda c: (c.after or c.before or 0, c.before or 0))


def describe_changes(loaded: Sequence[Image], current: Sequence[Image]) -> list[str]:
    """What differs between the state the user edited and the server's state now, in words."""
    added = QT_TRANSLATE_NOOP("SaveEngine", "a new image appeared at place {place}")
    removed = QT_TRANSLATE_NOOP("SaveEngine", "image {place} was deleted")
    moved = QT_TRANSLATE_NOOP("SaveEngine", "image {old} moved to place {new}")
    changes: list[str] = []
    for change in changed_places(loaded, current):
        if change.before is None:
            changes.append(added.format(place=change.after))
        elif change.after is None:
            changes.append(removed.format(place=change.before))
        else:
            changes.append(moved.format(old=change.before, new=change.after))
    return changes
