"""Is this file already on the listing? Decided by MD5, never by name.

plentymarkets records carry `md5Checksum`, so the check is free. AutoScout24's image list
carries no checksum; `with_md5s` downloads each image and hashes it (a vehicle has at most
30, and AutoScout24 itself also answers the existing id when the same bytes are uploaded
again, so this is about telling the user "skipped", not about preventing a duplicate). This
assumes the marketplace keeps the uploaded bytes unchanged, which the sandbox does; a real
marketplace that re-encodes would make `with_md5s` find nothing, and the upload's answer
(an id the vehicle already had) is the fallback the adding job also looks at.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
from collections.abc import Sequence

from imagedeck.marketplaces.base import Marketplace
from imagedeck.marketplaces.errors import MarketplaceError
from imagedeck.model.image import Image

_PARALLEL_DOWNLOADS = 4


async def with_md5s(client: Marketplace, images: Sequence[Image]) -> list[Image]:
    """`images` with `md5` filled in by downloading those that lack one.

    An image that cannot be downloaded keeps an empty MD5 (it then simply never matches).
    """
    gate = asyncio.Semaphore(_PARALLEL_DOWNLOADS)

    async def filled(image: Image) -> Image:
        if image.md5 or not image.full_url:
            return image
        async with gate:
            try:
                data = await client.fetch_bytes(image.full_url)
            except MarketplaceError:
                return image
        return dataclasses.replace(image, md5=hashlib.md5(data, usedforsecurity=False).hexdigest())

    return list(await asyncio.gather(*(filled(image) for image in images)))
