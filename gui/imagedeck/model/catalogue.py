"""The names a listing is known by across a catalogue (plain data, no I/O).

The marketplace clients answer them (marketplaces/*/catalogue_keys.py), whole-catalogue jobs
match file names against them (batch/matching.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from imagedeck.model.image import ListingRef

#: Kinds of key, in the order they win when two listings share a spelling.
VARIATION_NUMBER = "variation number"
VARIATION_ID = "variation id"
ITEM_ID = "item id"
VEHICLE_ID = "vehicle id"
DEALER_REFERENCE = "dealer reference"
KEY_PRIORITY = (VARIATION_NUMBER, DEALER_REFERENCE, VARIATION_ID, VEHICLE_ID, ITEM_ID)


@dataclass(frozen=True)
class CatalogueKey:
    """One name a listing is known by: a variation number, a variation id, an item id, a
    vehicle id or a dealer's reference. `kind` says which (shown in the review)."""

    key: str
    listing: ListingRef
    kind: str
    label: str = ""  # the listing's name or number where the look-up brought one
