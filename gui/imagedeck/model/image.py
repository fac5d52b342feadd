"""What ImageDeck knows about one image of a listing, independent of the marketplace.

Plain data: the clients build these from API answers, the gallery orders them, the UI shows
them. Ids are strings for every marketplace (plentymarkets' integer ids are kept as their
decimal text) so the rest of the app never branches on the id type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from imagedeck.texts import QT_TRANSLATE_NOOP, Text


@dataclass(frozen=True)
class ListingRef:
    """Which listing is open: a plentymarkets item (optionally one variation) or a vehicle."""

    marketplace: str  # a key of marketplaces.registry (NAMES)
    listing_id: str
    variation_id: str | None = None

    def describe(self) -> Text:
        """A short human label, e.g. "plentymarkets item 101, variation 1001": English for
        the CLI, the log and the journal; the window shows it translated."""
        if self.marketplace == "autoscout24":
            return QT_TRANSLATE_NOOP("ListingRef", "AutoScout24 vehicle {id}").format(
                id=self.listing_id
            )
        if self.variation_id:
            return QT_TRANSLATE_NOOP(
                "ListingRef", "plentymarkets item {id}, variation {variation}"
            ).format(id=self.listing_id, variation=self.variation_id)
        return QT_TRANSLATE_NOOP("ListingRef", "plentymarkets item {id}").format(id=self.listing_id)


@dataclass(frozen=True)
class Image:
    """One image as the server holds it.

    `position` is plentymarkets' sort key (None for AutoScout24, whose order is a list).
    `preview_url` is the smallest variant fit for a grid tile; `full_url` the original.
    `raw` keeps the marketplace's own record for panels that show details.
    """

    id: str
    position: int | None = None
    preview_url: str = ""
    middle_url: str = ""
    full_url: str = ""
    file_type: str = ""
    width: int | None = None
    height: int | None = None
    size: int | None = None
    md5: str = ""
    updated_at: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def longest_edge(self) -> int | None:
        """The longer known side in pixels, or None: AutoScout24 never sends sizes and
        plentymarkets may send one side only, so callers must not compare the raw fields."""
        known = [side for side in (self.width, self.height) if side]
        return max(known) if known else None


@dataclass(frozen=True)
class ListingSummary:
    """One entry of a listing picker: id, a label and how many images it has (if known)."""

    ref: ListingRef
    title: str
    image_count: int | None = None
    variations: tuple[tuple[str, str], ...] = ()  # (variation id, label)
    # The listing's name per language, in the shop's order, when the marketplace has names
    # in several (plentymarkets items); `number` goes before the name ("101-CLA · …").
    names: tuple[tuple[str, str], ...] = ()
    number: str = ""

    def title_in(self, language: str) -> str:
        """The title with the name in `language` (the interface language), else in the
        shop's first language: every list of listings shows the same name."""
        if not self.names:
            return self.title
        name = dict(self.names).get(language) or self.names[0][1]
        return " · ".join(part for part in (self.number, name) if part)
