"""Finding the image behind a plentymarkets file URL in constant time.

A file URL names the item and the image's clean name. Searching the item's images on every
request costs a sort of all images per download: with a 5,000-image item that made the
sandbox, not the client, the bottleneck of the grid benchmark (about 100 files a second on
two cores). The index is rebuilt from `SandboxState.images` whenever it cannot vouch for an
answer — a miss, or a hit whose record has since been removed or replaced (state.load,
deletes) — so it never needs to hear about changes.
"""

from __future__ import annotations

import weakref

from .records import PlentyImage
from .state import SandboxState

_INDEXES: weakref.WeakKeyDictionary[SandboxState, PlentyFileIndex] = weakref.WeakKeyDictionary()


class PlentyFileIndex:
    """(item id, clean name) → image, for one SandboxState."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state
        self._by_name: dict[tuple[int, str], PlentyImage] = {}

    def find(self, item_id: int, name: str) -> PlentyImage | None:
        """The item's image with that file name, or None."""
        with self._state.lock:
            image = self._by_name.get((item_id, name))
            if image is not None and self._state.images.get(image.id) is image:
                return image
            self._by_name = {(i.item_id, i.clean_name): i for i in self._state.images.values()}
            image = self._by_name.get((item_id, name))
            return image


def plenty_file_index(state: SandboxState) -> PlentyFileIndex:
    """The index of `state`, made on first use."""
    with state.lock:
        index = _INDEXES.get(state)
        if index is None:
            index = _INDEXES[state] = PlentyFileIndex(state)
        return index
