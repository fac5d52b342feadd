"""Image names made from the files a seller adds, for marketplaces that keep image names.

File work like the rest of uploads/: "Front_view-2.jpg" becomes the name "Front view 2",
once per language the seller names images in, when the seller chose that in Settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from imagedeck.marketplaces.plentymarkets.upload import details_after_upload
from imagedeck.marketplaces.registry import capabilities_of
from imagedeck.model.details import NO_DETAILS, ImageDetails
from imagedeck.model.image import ListingRef


def names_from_file(path: Path, languages: Sequence[str]) -> tuple[dict[str, str], ...]:
    """Image names made from the file name (when the seller chose that): the
    stem with separators as spaces, once in each of the seller's languages."""
    name = path.stem.replace("_", " ").replace("-", " ").strip() or path.stem
    return tuple({"lang": language, "name": name[:255]} for language in languages)


def details_on_arrival(
    listing: ListingRef, paths: Sequence[Path], languages: Sequence[str]
) -> list[ImageDetails]:
    """What the marketplace will give each file when it arrives, so the window shows it
    before Save: on a marketplace with image details (plentymarkets) the names sent (in
    `languages`; none when empty) and shown everywhere; elsewhere no details."""
    if not capabilities_of(listing.marketplace).details:
        return [NO_DETAILS] * len(paths)
    return [details_after_upload(names_from_file(p, languages) if languages else ()) for p in paths]
