"""The demo data: realistic, deterministic, and awkward in the ways real listings are.

plentymarkets items (ids 101-104):
- 101 "Outdoor gift set": 64 images (ids 2001-2064), variations 1011 (main), 1012, 1013, each
  linked to a different subset and some images linked to none. Positions are sparse (steps of
  10 with a few wider gaps and odd steps) and three pairs share a position, so only a
  (position, id) sort gives the display order; ids do not follow that order either.
- 102 "Ceramic mug assortment": 12 images (2101-2112), positions 1, 2, 3... with one duplicate
  and a jump to 100.
- 103 "Desk lamp Lumo": 4 images (2201-2204), all at position 0 (what uploads without a
  position leave behind), so the order falls back to the id.
- 104 "Hiking socks": no images yet.
Every picture's badge shows its display number in the initial order, so a reorder is visible.

AutoScout24 vehicles:
- VEHICLE_FULL: 30 images (the maximum), numeric ids as before 2018.
- VEHICLE_SMALL: 6 images with UUID ids.
The image order of both differs from their upload order (what GET /images returns).

Besides these, catalogue.py adds a shop-sized catalogue without pictures (items from 10001,
more vehicles after the two above) so that listing searches have pages to go through.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

from .catalogue import CATALOGUE_ITEMS, CATALOGUE_VEHICLES, add_catalogue
from .picture_files import RenderedFile
from .pictures import PictureSpec
from .records import Availability, ImageName, PlentyItem, PlentyVariation, Vehicle
from .state import AS24_FULL_SIZE, PLENTY_FULL_SIZE, SandboxState

VEHICLE_FULL = "3f1c9a52-8d4e-4b7a-9c21-5e6f70a81b24"
VEHICLE_SMALL = "a6d0e4b1-2c7f-4e3a-8b95-0d1e2f3a4b5c"

_EPOCH = datetime(2023, 4, 3, 8, 15, tzinfo=UTC)

SHAPE_NAMES = {
    "bottle": ("Trinkflasche", "Water bottle"),
    "shoe": ("Wanderschuh", "Hiking shoe"),
    "box3d": ("Geschenkbox", "Gift box"),
    "ball": ("Ball", "Ball"),
    "mug": ("Becher", "Mug"),
    "lamp": ("Lampe", "Lamp"),
    "phone": ("Outdoor-Handy", "Outdoor phone"),
    "watch": ("Armbanduhr", "Wrist watch"),
}


def build_demo_state(catalogue: int | None = None, vehicles: int | None = None) -> SandboxState:
    """A fresh state with the demo data; every call gives an equal, independent copy.

    `catalogue` and `vehicles`: how many picture-less catalogue items and vehicles to add
    beside the demo's (None: the default shop size of catalogue.py)."""
    state = SandboxState()
    _item(
        state,
        101,
        "Outdoor-Geschenkset „Gipfel“",
        "Outdoor gift set “Summit”",
        {1011: ("Classic", True), 1012: ("Sport", False), 1013: ("Family", False)},
    )
    _item(state, 102, "Keramik-Becher Sortiment", "Ceramic mug assortment", {1021: ("Mix", True)})
    _item(state, 103, "Schreibtischlampe Lumo", "Desk lamp Lumo", {1031: ("Weiß", True)})
    _item(state, 104, "Wandersocken Merino", "Merino hiking socks", {1041: ("39-42", True)})

    _images(state, 101, range(2001, 2065), _sparse_positions)
    _images(state, 102, range(2101, 2113), _dense_positions)
    _images(state, 103, range(2201, 2205), lambda count, rng: [0] * count)
    _link_101(state)
    for image_id in range(2101, 2113):
        state.link_variation(102, 1021, image_id)

    _settle_times(state)

    _vehicle(state, VEHICLE_FULL, _bmw(), [str(1322014787 + 182 * k) for k in range(30)])
    rng = random.Random(6)
    small_ids = [str(_uuid(rng)) for _ in range(6)]
    _vehicle(state, VEHICLE_SMALL, _golf(), small_ids)
    add_catalogue(  # hundreds (or thousands) of picture-less listings to search and page
        state,
        CATALOGUE_ITEMS if catalogue is None else catalogue,
        CATALOGUE_VEHICLES if vehicles is None else vehicles,
    )
    state.rng.seed(24)  # new ids after loading the demo are the same in every run
    return state


def _item(
    state: SandboxState, item_id: int, de: str, en: str, variations: dict[int, tuple[str, bool]]
) -> None:
    created = _EPOCH + timedelta(days=item_id - 100)
    main = next(v for v, (_, is_main) in variations.items() if is_main)
    item = PlentyItem(item_id, {"de": de, "en": en}, main, created, created + timedelta(days=40))
    for vid, (name, is_main) in variations.items():
        number = f"{item_id}-{name[:3].upper()}"
        item.variations[vid] = PlentyVariation(vid, item_id, number, name, is_main)
    state.add_item(item)


def _sparse_positions(count: int, rng: random.Random) -> list[int]:
    """Steps of 10 from 0, with three duplicates, wider gaps and a few odd steps."""
    steps = {9: 0, 27: 0, 44: 0, 13: 40, 31: 40, 52: 40, 20: 3, 58: 3, 37: 15}
    positions, current = [], 0
    for k in range(count):
        current += steps.get(k, 10) if k else 0
        positions.append(current)
    return positions


def _dense_positions(count: int, rng: random.Random) -> list[int]:
    """1, 2, 3, ... with one position used twice and the last image far behind at 100."""
    positions = list(range(1, count + 1))
    positions[5] = positions[4]
    positions[-1] = 100
    return positions


def _images(state: SandboxState, item_id: int, ids: range, positions_for) -> None:
    """Create the images: shuffled ids get the positions, then badges follow the real order."""
    rng = random.Random(item_id)
    shuffled = list(ids)
    rng.shuffle(shuffled)
    positions = dict(zip(shuffled, positions_for(len(shuffled), rng), strict=True))
    display = sorted(ids, key=lambda i: (positions[i], i))
    for badge, image_id in enumerate(display, start=1):
        spec = PictureSpec(badge, seed=item_id, caption=f"Item {item_id} · image {image_id}")
        de, en = SHAPE_NAMES[spec.shape_name]
        created = _EPOCH + timedelta(days=item_id - 100, minutes=37 * (image_id % 100))
        state.add_plenty_image(
            item_id,
            image_id=image_id,
            position=positions[image_id],
            file=RenderedFile(spec, *PLENTY_FULL_SIZE),
            file_type="jpeg" if badge % 8 == 3 else "jpg",
            stem=f"{en.lower().replace(' ', '-')}-{badge:02d}",
            names=_names(badge, de, en),
            availabilities=_availabilities(badge),
            created_at=created,
        )


def _names(badge: int, de: str, en: str) -> list[ImageName]:
    """German everywhere, English except on every fifth, alternate texts on every seventh."""
    names = [ImageName("de", f"{de} – Ansicht {badge}")]
    if badge % 5:
        names.append(ImageName("en", f"{en} – view {badge}"))
    if badge % 7 == 0:
        names = [ImageName(n.lang, n.name, f"{n.name} (alt)") for n in names]
    return names


def _availabilities(badge: int) -> list[Availability]:
    """Mostly "everywhere" (-1); some for one store (plentyId), one market or one listing."""
    if badge % 4 == 0:
        return [Availability("mandant", 41234.0), Availability("marketplace", 4.0)]
    if badge % 6 == 1:
        return [Availability("mandant", -1.0), Availability("listing", -1.0)]
    if badge % 9 == 0:
        return [Availability("mandant", -1.0), Availability("listing", 7.0)]
    return [Availability(t, -1.0) for t in ("mandant", "marketplace", "listing")]


def _link_101(state: SandboxState) -> None:
    """1011: the first 32 in display order; 1012: the first 8 and 33-48; 1013: every third.

    Badges 49-64 that are not a multiple of three stay unlinked (hasLinkedVariations 0).
    """
    for badge, image_id in enumerate(state.plenty_order(101), start=1):
        if badge <= 32:
            state.link_variation(101, 1011, image_id)
        if badge <= 8 or 33 <= badge <= 48:
            state.link_variation(101, 1012, image_id)
        if badge % 3 == 0:
            state.link_variation(101, 1013, image_id)


def _settle_times(state: SandboxState) -> None:
    """Fixed updatedAt values (linking touched them): later than creation, all in the past."""
    for item_id in state.items:
        for badge, image_id in enumerate(state.plenty_order(item_id), start=1):
            image = state.images[image_id]
            image.updated_at = image.created_at + timedelta(days=badge % 5, hours=badge)
    for link in state.links.values():
        link.created_at = link.updated_at = state.images[link.image_id].created_at + timedelta(1)


def _vehicle(state: SandboxState, vehicle_id: str, data: dict, image_ids: list[str]) -> None:
    """Upload the images in id order, then give them a different display order."""
    state.add_vehicle(Vehicle(vehicle_id, {"id": vehicle_id, **data}))
    order = list(image_ids)
    random.Random(vehicle_id).shuffle(order)
    badges = {image_id: n for n, image_id in enumerate(order, start=1)}
    seed = sum(vehicle_id.encode())
    for k, image_id in enumerate(image_ids):
        spec = PictureSpec(badges[image_id], seed, "vehicle")
        created = _EPOCH + timedelta(days=200, minutes=11 * k)
        file = RenderedFile(spec, *AS24_FULL_SIZE)
        state.add_vehicle_image(vehicle_id, file=file, image_id=image_id, created_at=created)
    state.set_vehicle_order(vehicle_id, order)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _bmw() -> dict:
    return {
        "vehicleType": "C",
        "vehicleOfferType": "U",
        "make": 13,
        "model": 1644,
        "modelVersion": "320d Touring M Sport",
        "firstRegistration": "2019-06",
        "mileage": 87450,
        "powerKw": 140,
        "fuelCategory": "D",
        "transmission": "A",
        "bodyColor": 6,
        "bodyColorName": "Mineralgrau metallic",
        "metallic": True,
        "doors": 5,
        "seats": 5,
        "vehicleBody": 5,
        "accident": False,
        "nonSmoking": True,
        "cabOrRental": False,
        "prices": [
            {
                "priceType": "Public",
                "price": 24890,
                "currency": "EUR",
                "negotiable": True,
                "taxDeductible": True,
            }
        ],
        "identifier": {"offerReference": "BMW-320D-0815"},
        "description": "Scheckheftgepflegt, Panoramadach, Anhängerkupplung.",
    }


def _golf() -> dict:
    return {
        "vehicleType": "C",
        "vehicleOfferType": "U",
        "make": 74,
        "model": 2084,
        "modelVersion": "Golf 1.5 TSI Life",
        "firstRegistration": "2021-03",
        "mileage": 31200,
        "powerKw": 96,
        "fuelCategory": "B",
        "transmission": "M",
        "bodyColor": 3,
        "bodyColorName": "Kings Red metallic",
        "metallic": True,
        "doors": 5,
        "seats": 5,
        "vehicleBody": 1,
        "accident": False,
        "nonSmoking": True,
        "cabOrRental": False,
        "prices": [
            {
                "priceType": "Public",
                "price": 21450,
                "currency": "EUR",
                "negotiable": False,
                "taxDeductible": False,
            }
        ],
        "identifier": {"offerReference": "VW-GOLF-4711"},
        "description": "Ein Vorbesitzer, Garantie bis 03/2026.",
    }
