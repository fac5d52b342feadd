"""One page of a listing search, as the listing browser pages through a shop's catalogue.

Marketplaces answer lists in pages (plentymarkets' paging envelope, AutoScout24's vehicle
list); the browser only needs the entries, which page it was and whether another follows,
so both clients reduce their envelopes to this.
"""

from __future__ import annotations

from dataclasses import dataclass

from imagedeck.model.image import ListingSummary


@dataclass(frozen=True)
class ListingPage:
    """`entries` of page `page` (from 1); `is_last` when no page follows; `total` if known."""

    entries: tuple[ListingSummary, ...]
    page: int = 1
    is_last: bool = True
    total: int | None = None
