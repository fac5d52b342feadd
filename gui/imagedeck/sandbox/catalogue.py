"""A shop-sized catalogue beside the hand-made demo listings, so that finding one is work.

The demo's items 101-104 and its two vehicles carry the pictures and the awkward cases; a
real seller also has hundreds of other listings, and the listing browser must page through
them. This adds CATALOGUE_ITEMS plentymarkets items (ids from FIRST_ITEM_ID, German names
with English translations, item numbers like "A-10023" on the main variation, sizes or
colours as further variations, "A-10023-M") and CATALOGUE_VEHICLES AutoScout24 vehicles
after the demo's two. The counts can be raised (`imagedeck sandbox --catalogue 5000`) so
whole-catalogue jobs and their benchmark meet a shop's size. None of them has images: they
exist to be found, and pictures would make every reset
of the test server slower. Deterministic: the same catalogue in every run.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .records import PlentyItem, PlentyVariation, Vehicle
from .state import SandboxState

CATALOGUE_ITEMS = 230
FIRST_ITEM_ID = 10001
CATALOGUE_VEHICLES = 38
_EPOCH = datetime(2022, 9, 1, 9, 30, tzinfo=UTC)

# (German name, English name, variation kind): "size" -> S/M/L/XL, "colour" -> three colours.
# fmt: off
PRODUCTS: tuple[tuple[str, str, str], ...] = (
    ("Herren T-Shirt Basic", "Men's basic T-shirt", "size"),
    ("Damen T-Shirt V-Ausschnitt", "Women's V-neck T-shirt", "size"),
    ("Kapuzenpullover Unisex", "Unisex hoodie", "size"),
    ("Softshelljacke Herren", "Men's softshell jacket", "size"),
    ("Trekkinghose Damen", "Women's trekking trousers", "size"),
    ("Baumwollsocken 5er-Pack", "Cotton socks, pack of 5", "size"),
    ("Sneaker Leder", "Leather sneakers", "size"),
    ("Laufshirt Funktion", "Running shirt", "size"),
    ("Wollmütze Merino", "Merino beanie", "colour"),
    ("Fleecehandschuhe", "Fleece gloves", "size"),
    ("Rucksack 25 L", "Backpack 25 l", "colour"),
    ("Trinkflasche Edelstahl 750 ml", "Steel water bottle 750 ml", "colour"),
    ("Thermobecher 350 ml", "Travel mug 350 ml", "colour"),
    ("Stirnlampe LED 300 lm", "LED head torch 300 lm", ""),
    ("Isomatte selbstaufblasend", "Self-inflating sleeping mat", ""),
    ("Schlafsack Mumienform", "Mummy sleeping bag", ""),
    ("Campingstuhl faltbar", "Folding camping chair", "colour"),
    ("Regenponcho", "Rain poncho", "colour"),
    ("Yogamatte rutschfest", "Non-slip yoga mat", "colour"),
    ("Badetuch Mikrofaser", "Microfibre bath towel", "colour"),
    ("Kaffeebecher Steingut", "Stoneware coffee mug", "colour"),
    ("Brotdose Bambus", "Bamboo lunch box", ""),
    ("Schneidebrett Eiche", "Oak chopping board", ""),
    ("Kochtopf Edelstahl 24 cm", "Steel stock pot 24 cm", ""),
    ("Pfanne Gusseisen 28 cm", "Cast-iron pan 28 cm", ""),
    ("Tischleuchte Messing", "Brass table lamp", ""),
    ("Kissenbezug Leinen 40x40", "Linen cushion cover 40x40", "colour"),
    ("Bettwäsche Satin 135x200", "Satin bed linen 135x200", "colour"),
    ("Gartenschere Bypass", "Bypass secateurs", ""),
    ("Gießkanne Zink 10 L", "Zinc watering can 10 l", ""),
)
COLOURS = (
    ("schwarz", "black"), ("navy", "navy"), ("grau meliert", "heather grey"), ("oliv", "olive"),
    ("weiß", "white"), ("rot", "red"), ("sand", "sand"), ("petrol", "petrol"),
)
SIZES = ("S", "M", "L", "XL")

# (make id, model id, model version, fuel, power kW, base price in EUR)
VEHICLE_MODELS = (
    (9, 1624, "A4 Avant 2.0 TDI S line", "D", 110, 27900),
    (13, 1644, "320i Limousine Sport Line", "B", 135, 26400),
    (47, 1789, "C 220 d T-Modell Avantgarde", "D", 143, 31900),
    (74, 2084, "Golf 2.0 TDI Style", "D", 110, 23900),
    (74, 2097, "Tiguan 1.5 TSI Life", "B", 110, 28900),
    (54, 1901, "Qashqai 1.3 DIG-T N-Connecta", "B", 103, 21900),
    (70, 2021, "Octavia Combi 2.0 TDI Ambition", "D", 110, 22400),
    (29, 1740, "Focus Turnier 1.0 EcoBoost Titanium", "B", 92, 15900),
    (60, 1949, "308 SW 1.5 BlueHDi Allure", "D", 96, 17900),
    (33, 1758, "i30 Kombi 1.5 T-GDI Trend", "B", 118, 19400),
)
# fmt: on


def add_catalogue(
    state: SandboxState, items: int = CATALOGUE_ITEMS, vehicles: int = CATALOGUE_VEHICLES
) -> None:
    """Add `items` items and `vehicles` vehicles (ids that do not collide with the demo's)."""
    for k in range(items):
        state.add_item(_item(k))
    for k in range(vehicles):
        vehicle_id = f"5e0c{k:04x}-7a1d-4c2e-9f3b-{0x1A2B3C4D5E00 + k:012x}"
        state.add_vehicle(Vehicle(vehicle_id, {"id": vehicle_id, **_vehicle_data(k)}))


def _item(k: int) -> PlentyItem:
    """The k-th item: product k % 30 in colour/edition k // 30, so names repeat like a shop's."""
    item_id = FIRST_ITEM_ID + k
    de, en, kind = PRODUCTS[k % len(PRODUCTS)]
    colour_de, colour_en = COLOURS[(k // len(PRODUCTS)) % len(COLOURS)]
    names = {"de": f"{de}, {colour_de}", "en": f"{en}, {colour_en}"}
    created = _EPOCH + timedelta(days=k // 3, hours=k % 7)
    main_id = item_id * 10
    item = PlentyItem(item_id, names, main_id, created, created + timedelta(days=30 + k % 40))
    number = f"A-{item_id}"
    item.variations[main_id] = PlentyVariation(main_id, item_id, number, "", True)
    extras: tuple[str, ...] = ()
    if kind == "size":
        extras = SIZES[1:]  # the main variation is the first size
        item.variations[main_id].name = SIZES[0]
    elif kind == "colour":
        item.variations[main_id].name = colour_de
        extras = tuple(c for c, _ in COLOURS[k % 3 : k % 3 + 3] if c != colour_de)[:2]
    for j, label in enumerate(extras, start=1):
        vid = main_id + j
        suffix = label.upper().replace(" ", "")[:4]
        item.variations[vid] = PlentyVariation(vid, item_id, f"{number}-{suffix}", label)
    return item


def _vehicle_data(k: int) -> dict:
    """A used car as a dealer lists it: model, first registration, mileage, price, reference."""
    make, model, version, fuel, power, price = VEHICLE_MODELS[k % len(VEHICLE_MODELS)]
    year = 2016 + k % 8
    mileage = 12000 + (k * 7919) % 140000
    return {
        "vehicleType": "C",
        "vehicleOfferType": "U",
        "make": make,
        "model": model,
        "modelVersion": version,
        "firstRegistration": f"{year}-{1 + k % 12:02d}",
        "mileage": mileage,
        "powerKw": power,
        "fuelCategory": fuel,
        "transmission": "A" if k % 3 else "M",
        "prices": [
            {
                "priceType": "Public",
                "price": price - (2023 - year) * 900 - mileage // 100,
                "currency": "EUR",
                "negotiable": k % 2 == 0,
                "taxDeductible": k % 4 == 0,
            }
        ],
        "identifier": {"offerReference": f"FZ-{24100 + k}"},
    }
