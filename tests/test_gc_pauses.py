"""Large listings are taken out of the cyclic collector's sight; small ones are not."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from imagedeck.session.gc_pauses import FREEZE_FROM_IMAGES, settle_large_listing


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the suite runs with a normal collector


def test_small_listing_leaves_the_collector_alone(unfrozen) -> None:
    assert not settle_large_listing(FREEZE_FROM_IMAGES - 1)
    assert gc.get_freeze_count() == 0


def test_large_listing_freezes_what_exists(unfrozen) -> None:
    assert settle_large_listing(FREEZE_FROM_IMAGES)
    assert gc.get_freeze_count() > 0
