"""GET /rest/items, /rest/items/{id} and /rest/items/{id}/variations.

Only what a listing picker needs: paging (`page`, `itemsPerPage` up to 250), filters `id`
(one id or a comma-separated list) and `name` (case-insensitive substring of any language's
name, or of `lang`'s if given), and `with=variations` to embed the variations.

What is known and what is guessed (our OpenAPI subset covers none of these routes): the
envelope's keys and the parameters `page`, `itemsPerPage`, `id`, `name`, `lang` and `with`
are used by several public clients [clients]; the default of 50 per page, the cap of 250,
the id order of the entries and substring matching of `name` are [guess]. Item search by
number is variation_search.py (the number belongs to the variation).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from .errors import invalid, not_found
from .guard import PlentyContext
from .serialize import item_json, paged, variations_json

MAX_PER_PAGE = 250


def _paging(request: Request, default_per_page: int = 50) -> tuple[int, int]:
    errors: dict[str, list[str]] = {}
    values = []
    for key, default in (("page", 1), ("itemsPerPage", default_per_page)):
        raw = request.query_params.get(key)
        try:
            value = int(raw) if raw not in (None, "") else default
            if value < 1:
                raise ValueError
        except ValueError:
            errors[key] = [f"The {key} must be a positive integer."]
            value = default
        values.append(value)
    if errors:
        raise invalid(errors)
    return values[0], min(values[1], MAX_PER_PAGE)


def _wants(request: Request, relation: str) -> bool:
    wanted = request.query_params.getlist("with") + request.query_params.getlist("with[]")
    return any(relation in part.split(",") for part in wanted)


async def list_items(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """The account's items, one page at a time."""
    page, per_page = _paging(request)
    ids_param = request.query_params.get("id", "")
    name = request.query_params.get("name", "").lower()
    lang = request.query_params.get("lang")
    try:
        ids = {int(part) for part in ids_param.split(",") if part.strip()}
    except ValueError:
        raise invalid({"id": ["The id must be an integer."]}) from None
    with ctx.state.lock:
        items = sorted(ctx.state.items.values(), key=lambda i: i.id)
        items = [i for i in items if not ids or i.id in ids]
        if name:
            items = [
                i
                for i in items
                if any(
                    name in text.lower() for code, text in i.names.items() if lang in (None, code)
                )
            ]
        entries = [item_json(i, _wants(request, "variations")) for i in items]
    return paged(entries, page, per_page)


async def get_item(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    item_id = request.path_params["id"]
    with ctx.state.lock:
        item = ctx.state.items.get(item_id)
        if item is None:
            raise not_found("Item", item_id)
        return item_json(item, _wants(request, "variations"))


async def list_variations(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """The item's variations in plentymarkets' paging envelope."""
    page, per_page = _paging(request)
    item_id = request.path_params["id"]
    with ctx.state.lock:
        item = ctx.state.items.get(item_id)
        if item is None:
            raise not_found("Item", item_id)
        return paged(variations_json(item), page, per_page)
