"""plentymarkets' error answers, in the shapes public clients have seen.

Validation fails with 422 and `{"error": {"code", "message"}, "validation_errors": {field:
[messages]}}`; a missing model with 404 and Laravel's "No query results for model [...]"
message (clients detect "not found" by that text); a missing or dead token with 401 and a flat
`{"error": "Unauthenticated.", "message": "Unauthenticated."}`; throttling with 429.
"""

from __future__ import annotations

from typing import Any

_MODELS = {
    "Item": "Plenty\\Modules\\Item\\Item\\Models\\Item",
    "Variation": "Plenty\\Modules\\Item\\Variation\\Models\\Variation",
    "ItemImage": "Plenty\\Modules\\Item\\ItemImage\\Models\\ItemImage",
    "ItemImageName": "Plenty\\Modules\\Item\\ItemImage\\Models\\ItemImageName",
    "ItemImageAvailability": "Plenty\\Modules\\Item\\ItemImage\\Models\\ItemImageAvailability",
    "VariationImage": "Plenty\\Modules\\Item\\VariationImage\\Models\\VariationImage",
}


class PlentyError(Exception):
    """An error answer; raised anywhere in a handler, turned into JSON by the guard."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body


def not_found(model: str, key: object) -> PlentyError:
    message = f"No query results for model [{_MODELS[model]}] {key}"
    return PlentyError(404, {"error": {"code": 404, "message": message}})


def invalid(errors: dict[str, list[str]]) -> PlentyError:
    body = {"error": {"code": 422, "message": "The given data was invalid."}}
    return PlentyError(422, {**body, "validation_errors": errors})


def unauthenticated() -> PlentyError:
    return PlentyError(401, {"error": "Unauthenticated.", "message": "Unauthenticated."})


def too_many_requests(message: str) -> PlentyError:
    return PlentyError(429, {"error": {"code": 429, "message": message}})
