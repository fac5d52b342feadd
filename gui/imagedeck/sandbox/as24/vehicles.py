"""GET /vehicles and /vehicles/{vehicleId}: the listings whose images are managed.

A vehicle the account does not have answers 403 with 50094 (the documented statuses have no
404; a foreign vehicle and a missing one look the same to a client) [guess].
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..records import Vehicle
from .envelope import As24Error, Reply
from .guard import As24Context

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
    """The account's vehicles, each with a link to its full record."""
    with ctx.state.lock:
        vehicles = [_summary(v) for v in ctx.state.vehicles.values()]
    links = {"vehicles": [v["_links"]["self"] for v in vehicles]}
    return Reply({"vehicles": vehicles}, links=links)


async def get_vehicle(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id = request.path_params["vehicleId"]
    with ctx.state.lock:
        vehicle = find_vehicle(ctx, vehicle_id)
        data = {**vehicle.data, "id": vehicle.id, "imageCount": len(vehicle.images)}
    return Reply({"vehicle": data}, object_id=vehicle_id)
