"""How the user's cache size (Settings.cache_size_mb) is shared between the two disk caches.

Thumbnails are what every listing opens with, so they get most of it; large previews are
few and big (a 600 px picture is ~20 thumbnails' worth) and only need to cover stepping
back and forth through the listings of a working day. Packs (pack_cache.py: a listing's tiles
as raw pixels, so a reopen decodes nothing) take a share of the thumbnails' part: raw pixels
are about twice a PNG's size, so they cover the few listings a seller reopens most.
"""

from __future__ import annotations

MB = 1024 * 1024
PREVIEW_SHARE = 0.25
PACK_SHARE = 0.3
MIN_CACHE_MB = 16
"""Below this the cache would churn on a single large listing; smaller settings are raised."""


def thumbnail_bytes(cache_size_mb: int) -> int:
    """The thumbnail folder's bound for a total of `cache_size_mb`."""
    total = max(MIN_CACHE_MB, cache_size_mb) * MB
    return total - preview_bytes(cache_size_mb) - pack_bytes(cache_size_mb)


def pack_bytes(cache_size_mb: int) -> int:
    """The pack folder's bound for a total of `cache_size_mb`."""
    return int(max(MIN_CACHE_MB, cache_size_mb) * MB * PACK_SHARE)


def preview_bytes(cache_size_mb: int) -> int:
    """The preview folder's bound for a total of `cache_size_mb`."""
    return int(max(MIN_CACHE_MB, cache_size_mb) * MB * PREVIEW_SHARE)
