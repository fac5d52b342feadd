"""A dict of records that belong to items, which also knows each item's keys.

The sandbox keeps all plentymarkets images (and variation links) in one dict by id; reading
one item's images scanned all of them. With a shop-sized catalogue (5,000 items with a few
images each) every image list then cost tens of thousands of steps, and a whole-catalogue
job of thousands of reads spent its time in the emulator instead of the client. This dict
keeps the keys of each item apart, so an item's records are found directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, TypeVar


class HasItem(Protocol):
    item_id: int


R = TypeVar("R", bound=HasItem)


class ItemTable(dict[int, R]):
    """`dict[id, record]` plus `of_item(item_id)`; every way of changing it keeps both."""

    def __init__(self, records: Iterable[tuple[int, R]] = ()) -> None:
        super().__init__()
        self._by_item: dict[int, set[int]] = {}
        for key, value in records:
            self[key] = value

    def __setitem__(self, key: int, value: R) -> None:
        old = self.get(key)
        if old is not None:
            self._by_item.get(old.item_id, set()).discard(key)
        super().__setitem__(key, value)
        self._by_item.setdefault(value.item_id, set()).add(key)

    def __delitem__(self, key: int) -> None:
        value = self[key]
        super().__delitem__(key)
        self._by_item.get(value.item_id, set()).discard(key)

    def pop(self, key: int, *default: Any) -> Any:
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def clear(self) -> None:
        super().clear()
        self._by_item.clear()

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: int, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def of_item(self, item_id: int) -> list[R]:
        """The item's records, in no particular order."""
        return [dict.__getitem__(self, key) for key in self._by_item.get(item_id, ())]
