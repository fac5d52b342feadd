"""Every plentymarkets route of the sandbox, at its real path."""

from __future__ import annotations

from starlette.routing import Route

from . import auth, availabilities, images, items, names, upload, variation_links, variation_search
from .guard import plenty_endpoint

ITEM = "/rest/items/{id:int}"
IMAGE = ITEM + "/images/{imageId:int}"
VARIATION = ITEM + "/variations/{variationId:int}"


def plenty_routes() -> list[Route]:
    def route(path: str, handler, *methods: str, public: bool = False) -> Route:
        return Route(path, plenty_endpoint(handler, public=public), methods=list(methods))

    return [
        route("/rest/login", auth.login, "POST", public=True),
        route("/rest/login/refresh", auth.refresh, "POST", public=True),
        route("/rest/logout", auth.logout, "POST"),
        route("/rest/items", items.list_items, "GET"),
        route("/rest/items/variations", variation_search.search_variations, "GET"),
        route(ITEM, items.get_item, "GET"),
        route(ITEM + "/variations", items.list_variations, "GET"),
        route(ITEM + "/images", images.list_images, "GET"),
        route(ITEM + "/images/upload", upload.upload_image, "POST"),
        route(IMAGE, images.get_image, "GET"),
        route(IMAGE, images.update_image, "PUT"),
        route(IMAGE, images.delete_image, "DELETE"),
        route(VARIATION + "/images", images.list_variation_images, "GET"),
        route(IMAGE + "/names", names.list_names, "GET"),
        route(IMAGE + "/names", names.create_name, "POST"),
        route(IMAGE + "/names/{lang}", names.get_name, "GET"),
        route(IMAGE + "/names/{lang}", names.update_name, "PUT"),
        route(IMAGE + "/names/{lang}", names.delete_name, "DELETE"),
        route(IMAGE + "/availabilities", availabilities.list_availabilities, "GET"),
        route(IMAGE + "/availabilities", availabilities.create_availability, "POST"),
        route(IMAGE + "/availabilities", availabilities.delete_availability, "DELETE"),
        route(ITEM + "/variation_images", variation_links.item_links, "GET"),
        route(IMAGE + "/variation_images", variation_links.image_links, "GET"),
        route(VARIATION + "/variation_images", variation_links.variation_links, "GET"),
        route(VARIATION + "/variation_images", variation_links.create_link, "POST"),
        route(VARIATION + "/variation_images/{imageId:int}", variation_links.delete_link, "DELETE"),
    ]
