"""The sandbox's data, as plain records: what the two marketplaces store, nothing more.

These mirror the server side, not the wire format: serialisation to each API's JSON lives
with that API's routes. Times are aware UTC datetimes in whole seconds (see timefmt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .picture_files import PictureFile

# The codes plentymarkets uses (note se = Swedish, cz = Czech, cn = Chinese, vn = Vietnamese).
# fmt: off
PLENTY_LANGUAGES = frozenset({
    "de", "en", "bg", "fr", "it", "es", "tr", "nl", "pl", "pt", "nn", "ro", "da",
    "se", "cz", "ru", "sk", "cn", "vn", "fi", "ga", "lt", "lv", "et", "hr", "hu",
})
# fmt: on
AVAILABILITY_TYPES = ("mandant", "marketplace", "listing")
FILE_TYPES = frozenset({"jpg", "jpeg", "png", "gif", "svg"})


@dataclass
class PlentyVariation:
    id: int
    item_id: int
    number: str
    name: str
    is_main: bool = False


@dataclass
class PlentyItem:
    id: int
    names: dict[str, str]  # lang -> name1
    main_variation_id: int
    created_at: datetime
    updated_at: datetime
    variations: dict[int, PlentyVariation] = field(default_factory=dict)


@dataclass
class ImageName:
    lang: str
    name: str
    alternate: str = ""


@dataclass(frozen=True)
class Availability:
    """Where an image is shown; identified by (type, value), value -1 meaning "all"."""

    type: str
    value: float


@dataclass
class PlentyImage:
    id: int
    item_id: int
    file_type: str
    clean_name: str  # "101-trail-shoe-03.jpg": the file name in every URL
    position: int
    created_at: datetime
    updated_at: datetime
    file: PictureFile
    names: dict[str, ImageName] = field(default_factory=dict)
    availabilities: list[Availability] = field(default_factory=list)


@dataclass
class VariationLink:
    """ "Variation shows image"; it has no position of its own (the item's position rules)."""

    id: int
    item_id: int
    variation_id: int
    image_id: int
    created_at: datetime
    updated_at: datetime


@dataclass
class VehicleImage:
    id: str
    file: PictureFile
    created_at: datetime


@dataclass
class Vehicle:
    """An AutoScout24 vehicle: its data as the API shows it, its images and their order."""

    id: str
    data: dict[str, Any]
    images: dict[str, VehicleImage] = field(default_factory=dict)  # in upload order
    order: list[str] = field(default_factory=list)  # display order, first = main image


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; status 0 means the connection was dropped."""

    method: str
    path: str
    query: str
    status: int
    time: float  # time.time() when it arrived
