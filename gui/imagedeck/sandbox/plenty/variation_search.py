"""GET /rest/items/variations: search variations across all items, in the paging envelope.

Sellers know their products by item number, and in plentymarkets that number belongs to the
variation (`number`), not to the item, so a search by number goes through this route. The
filters follow plentymarkets' full API reference, which our OpenAPI subset does not cover
[clients]: `numberExact`, `numberFuzzy` (case-insensitive substring), `itemId`, `itemName`
(substring of the item's name in any language), `isMain`, and `id` (a variation id; a
comma-separated list of ids is [guess], as for `/rest/items?id=`). Variations are answered in item
id order, then in the item's own variation order [guess].
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from .errors import invalid
from .guard import PlentyContext
from .items import _paging
from .serialize import paged, variations_json


async def search_variations(request: Request, ctx: PlentyContext) -> dict[str, Any]:
    """Variations matching every filter given, one page at a time."""
    page, per_page = _paging(request)
    query = request.query_params
    exact = query.get("numberExact", "")
    fuzzy = query.get("numberFuzzy", "").lower()
    item_name = query.get("itemName", "").lower()
    is_main = query.get("isMain", "")
    try:
        item_id = int(query["itemId"]) if query.get("itemId") else None
    except ValueError:
        raise invalid({"itemId": ["The item id must be an integer."]}) from None
    try:
        ids = {int(part) for part in query.get("id", "").split(",") if part.strip()}
    except ValueError:
        raise invalid({"id": ["The id must be an integer."]}) from None
    if is_main not in ("", "true", "false", "1", "0"):
        raise invalid({"isMain": ["The is main field must be true or false."]})
    entries: list[dict[str, Any]] = []
    with ctx.state.lock:
        for item in sorted(ctx.state.items.values(), key=lambda i: i.id):
            if item_id is not None and item.id != item_id:
                continue
            if item_name and not any(item_name in n.lower() for n in item.names.values()):
                continue
            for variation in variations_json(item):
                number = variation["number"]
                if exact and number != exact:
                    continue
                if ids and variation["id"] not in ids:
                    continue
                if fuzzy and fuzzy not in number.lower():
                    continue
                if is_main and variation["isMain"] != (is_main in ("true", "1")):
                    continue
                entries.append(variation)
    return paged(entries, page, per_page)
