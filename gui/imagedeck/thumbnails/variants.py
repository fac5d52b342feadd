"""Which of a marketplace's renditions to download for a tile of a given pixel size.

plentymarkets serves each image in several sizes; the smallest one that is still sharp at
the tile's size in device pixels is the cheapest to download and to decode. A 150 px
preview stretched to a 250 px tile looks soft, a 600 px middle one for a 150 px tile wastes
four times the bytes. AutoScout24 offers only `href`, which `preview_url` already holds.
"""

from __future__ import annotations

from imagedeck.model.image import Image

PLENTY_VARIANTS: tuple[tuple[str, int], ...] = (
    ("urlPreview", 150),
    ("urlSecondPreview", 300),
    ("urlMiddle", 600),
)
"""plentymarkets' renditions, smallest first, with their longer edge in pixels."""


def thumbnail_url(image: Image, needed_edge: int) -> str:
    """The URL to fetch for a thumbnail `needed_edge` device pixels wide: the smallest
    plentymarkets variant at least that large, else the largest offered, else the preview
    URL the client chose (AutoScout24, or records without variant URLs)."""
    candidates = [(image.raw.get(key), edge) for key, edge in PLENTY_VARIANTS]
    offered = [(url, edge) for url, edge in candidates if isinstance(url, str) and url]
    for url, edge in offered:
        if edge >= needed_edge:
            return url
    if offered:
        return offered[-1][0]
    return image.preview_url
