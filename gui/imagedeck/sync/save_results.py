"""What a save reports and how it ends: progress, the result, a conflict, and the texts
that describe differences between the order wanted and the order found.

Apart from the engine so the upload orchestrator (which reports and journals the same way)
and the window can use them without importing the engine, and the engine can call the
uploads' resume without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from imagedeck.marketplaces.base import PlannedCall
from imagedeck.marketplaces.connection import Connection
from imagedeck.marketplaces.server_text import without_userinfo
from imagedeck.model.details import ImageDetails
from imagedeck.model.image import Image, ListingRef
from imagedeck.model.place_changes import (  # noqa: F401 (describe_changes: callers)
    PlaceChange,
    describe_changes,
)
from imagedeck.sync.journal import Journal
from imagedeck.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SaveProgress:
    done: int
    total: int
    message: str


@dataclass
class SaveResult:
    calls_made: int
    verified: bool
    differences: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)  # what the server holds afterwards
    save_id: int | None = None
    # The server's details afterwards, by image id ({} for a marketplace without details).
    details: dict[str, ImageDetails] = field(default_factory=dict)


class SaveConflict(Exception):
    """The listing changed on the server since it was loaded; the user must decide."""

    def __init__(
        self,
        listing: ListingRef,
        changes: list[str],
        current: list[Image],
        current_details: dict[str, ImageDetails] | None = None,
    ):
        self.listing = listing
        self.changes = changes
        self.current = current
        self.current_details = current_details or {}
        self.places: list[PlaceChange] = []  # the images concerned, for the question's pictures
        super().__init__(
            QT_TRANSLATE_NOOP(
                "SaveEngine", "{listing} was changed elsewhere since it was loaded: {summary}"
            ).format(listing=listing.describe(), summary=_joined(changes[:3], len(changes) > 3))
        )


ProgressCallback = Callable[[SaveProgress], None]


def _joined(items: Sequence[str], more: bool) -> str:
    """ "a; b; c …" that stays translatable when the items are `Text`s (conflict summaries,
    shown in the window in the seller's language and in the CLI in English)."""
    if not items:
        return ""
    joined: str = items[-1]
    for item in reversed(items[:-1]):
        joined = QT_TRANSLATE_NOOP("SaveEngine", "{first}; {rest}").format(first=item, rest=joined)
    return QT_TRANSLATE_NOOP("SaveEngine", "{list} …").format(list=joined) if more else joined


def order_differences(wanted: Sequence[str], actual: Sequence[str]) -> list[str]:
    """Human-readable differences between the wanted and the actual display order."""
    place = QT_TRANSLATE_NOOP(
        "SaveEngine", "place {place}: wanted image {wanted}, server shows {shown}"
    )
    differences: list[str] = [
        place.format(place=index + 1, wanted=want, shown=got)
        for index, (want, got) in enumerate(zip(wanted, actual, strict=False))
        if want != got
    ]
    if len(wanted) != len(actual):
        differences.append(
            QT_TRANSLATE_NOOP("SaveEngine", "wanted {wanted} images, server shows {shown}").format(
                wanted=len(wanted), shown=len(actual)
            )
        )
    return differences


def reconcile(wanted: Sequence[str], current: Sequence[Image]) -> list[str]:
    """The user's order applied over a changed server state: the wanted order of the images
    still there, then images that appeared meanwhile, in the server's order."""
    present = {image.id for image in current}
    kept = [image_id for image_id in wanted if image_id in present]
    known = set(kept)
    return kept + [image.id for image in current if image.id not in known]


def begin_journaled(
    journal: Journal | None,
    connection: Connection,
    listing: ListingRef,
    calls: list[PlannedCall],
    wanted: Sequence[str] = (),
    wanted_details: Mapping[str, ImageDetails] | None = None,
    *,
    claim: Callable[[int], None] | None = None,
) -> int | None:
    """Writes the calls of a save (or one upload) to the journal before any is sent; the
    save's id, or None when there is no journal (a test, a dry run). `claim`: see
    `Journal.begin` (the save lock, taken before anyone can see the save)."""
    if journal is None:
        return None
    return journal.begin(
        marketplace=connection.marketplace,
        base_url=without_userinfo(connection.base_url),  # the journal keeps no secrets
        account=connection.username or connection.client_id,
        connection=connection.name,
        listing=listing,
        wanted=wanted,
        calls=calls,
        wanted_details=wanted_details,
        claim=claim,
    )
