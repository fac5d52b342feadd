"""GET /vehicles and /vehicles/{vehicleId}: the listings whose images are managed.

A vehicle the account does not have answers 403 with 50094 (the documented statuses have no
404; a foreign vehicle and a missing one look the same to a client) [guess].

Paging of the list is not documented at all [guess, in the envelope's own style]: `page`
(from 1) and `size` (1-100, default 20) select a page; `_data.page` says `{number, size,
totalElements, totalPages}`, and `_links` carries HAL-style `first`, `last` and, where they
exist, `prev` and `next` hrefs, beside the `vehicles` links the list always had. Vehicles
are answered in the order the account got them.
"""

from __future__ import annotations

import math
from typing import Any

from starlette.requests import Request

from ..records import Vehicle
from .envelope import As24Error, Reply
from .guard import As24Context

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
SUMMARY_FIELDS = ("make", "model", "modelVersion", "firstRegistration", "mileage", "prices")


def find_vehicle(ctx: As24Context, vehicle_id: str) -> Vehicle:
    vehicle = ctx.state.vehicles.get(vehicle_id)
    if vehicle is None:
        raise As24Error(403, 50094)
    return vehicle


def _summary(vehicle: Vehicle) -> dict[str, Any]:
    data = {key: vehicle.data[key] for key in SUMMARY_FIELDS if key in vehicle.data}
    data["id"] = vehicle.id
    data["identifier"] = vehicle.data.get("identifier", {})
    data["_links"] = {"self": {"href": f"/vehicles/{vehicle.id}"}}
    return data


async def list_vehicles(request: Request, ctx: As24Context, body: str | None) -> Reply:
    """One page of the account's vehicles, each with a link to its full record."""
    number, size = _page_params(request)
    with ctx.state.lock:
        everything = list(ctx.state.vehicles.values())
        vehicles = [_summary(v) for v in everything[(number - 1) * size : number * size]]
    total_pages = max(1, math.ceil(len(everything) / size))
    links: dict[str, Any] = {"vehicles": [v["_links"]["self"] for v in vehicles]}
    links.update(page_links(number, size, total_pages))
    page = {"number": number, "size": size, "totalElements": len(everything)}
    return Reply({"vehicles": vehicles, "page": {**page, "totalPages": total_pages}}, links=links)


def _page_params(request: Request) -> tuple[int, int]:
    """`page` and `size`; anything else than whole numbers in range is error 99905."""
    values = []
    for key, default, highest in (("page", 1, None), ("size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)):
        raw = request.query_params.get(key, "")
        try:
            value = int(raw) if raw else default
        except ValueError:
            value = 0
        if value < 1 or (highest is not None and value > highest):
            raise As24Error(400, 99905, f"{key} must be a whole number from 1 to {highest or 'n'}")
        values.append(value)
    return values[0], values[1]


def page_links(number: int, size: int, total_pages: int) -> dict[str, Any]:
    """HAL links to the neighbouring pages of the vehicle list."""

    def href(page: int) -> dict[str, str]:
        return {"href": f"/vehicles?page={page}&size={size}"}

    links = {"first": href(1), "last": href(total_pages)}
    if number > 1:
        links["prev"] = href(min(number - 1, total_pages))
    if number < total_pages:
        links["next"] = href(number + 1)
    return links


async def get_vehicle(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id = request.path_params["vehicleId"]
    with ctx.state.lock:
        vehicle = find_vehicle(ctx, vehicle_id)
        data = {**vehicle.data, "id": vehicle.id, "imageCount": len(vehicle.images)}
    return Reply({"vehicle": data}, object_id=vehicle_id)
