"""Every AutoScout24 route of the sandbox, at its real path."""

from __future__ import annotations

from starlette.routing import Route

from . import imageorder, images, oauth, vehicles
from .guard import as24_endpoint

VEHICLE = "/vehicles/{vehicleId}"


def as24_routes() -> list[Route]:
    def route(path: str, handler, *methods: str) -> Route:
        return Route(path, as24_endpoint(handler), methods=list(methods))

    return [
        Route("/auth/oauth/v2/authorize", oauth.authorize, methods=["GET", "POST"]),
        Route("/auth/oauth/v2/token", oauth.token, methods=["POST"]),
        route("/vehicles", vehicles.list_vehicles, "GET"),
        route(VEHICLE, vehicles.get_vehicle, "GET"),
        route(VEHICLE + "/images", images.list_images, "GET"),
        route(VEHICLE + "/images", images.upload_image, "POST"),
        route(VEHICLE + "/images/{imageId}", images.get_image, "GET"),
        route(VEHICLE + "/images/{imageId}", images.delete_image, "DELETE"),
        route(VEHICLE + "/imageorder", imageorder.get_order, "GET"),
        route(VEHICLE + "/imageorder", imageorder.put_order, "PUT"),
    ]
