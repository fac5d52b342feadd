"""GET and PUT /vehicles/{vehicleId}/imageorder: the one call that reorders a vehicle.

The PUT body is a JSON array that must hold exactly the ids GET returns, each once, in the
wanted order (the first is the main image). Anything else is 50081; a body that is not JSON is
50028 and an empty one 50103. Numbers are taken as their string ids (a lenient JSON binder
does the same). The answer has no `_data`.
"""

from __future__ import annotations

import json

from starlette.requests import Request

from .envelope import As24Error, Reply
from .guard import As24Context
from .vehicles import find_vehicle


async def get_order(request: Request, ctx: As24Context, body: str | None) -> Reply:
    with ctx.state.lock:
        vehicle = find_vehicle(ctx, request.path_params["vehicleId"])
        return Reply({"imageOrder": list(vehicle.order)})


async def put_order(request: Request, ctx: As24Context, body: str | None) -> Reply:
    vehicle_id = request.path_params["vehicleId"]
    with ctx.state.lock:
        find_vehicle(ctx, vehicle_id)
    if body is None or not body.strip():
        raise As24Error(400, 50103)
    try:
        wanted = json.loads(body)
    except ValueError:
        raise As24Error(400, 50028, body) from None
    if not isinstance(wanted, list) or not all(
        isinstance(i, str) or (isinstance(i, int) and not isinstance(i, bool)) for i in wanted
    ):
        raise As24Error(400, 50081)
    ids = [str(i) for i in wanted]
    with ctx.state.lock:
        vehicle = find_vehicle(ctx, vehicle_id)
        if len(ids) != len(set(ids)) or set(ids) != set(vehicle.images):
            raise As24Error(400, 50081)
        vehicle.order = ids
    return Reply()
