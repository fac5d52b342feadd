"""What AutoScout24 sends is checked here, at the edge, before it reaches the model.

Every answer is an envelope `{"_data": …, "_response": …}`. A proxy's HTML page, cut-off JSON,
an image list holding `null` or `5`, or an image order that is not a list would otherwise end
as a traceback in the model. Each function returns the shape the client reads, or raises
`DataError` naming the vehicle, the field and what was expected (the same rules and wording
as plentymarkets/validate.py).
"""

from __future__ import annotations

from typing import Any

from imagedeck.marketplaces.errors import DataError
from imagedeck.marketplaces.plentymarkets.validate import shown


def _data(envelope: Any, what: str) -> dict[str, Any]:
    data = envelope.get("_data") if isinstance(envelope, dict) else None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DataError(f"AutoScout24 sent {shown(data)} as the data of {what}; expected an object")
    return data


def _identifier(value: Any) -> bool:
    return (isinstance(value, str) and value != "") or (
        isinstance(value, int) and not isinstance(value, bool)
    )


def image_order(vehicle: str, envelope: Any) -> list[str]:
    """The vehicle's image order: a list of image ids."""
    order = _data(envelope, f"the image order of vehicle {vehicle}").get("imageOrder") or []
    if not isinstance(order, list):
        raise DataError(
            f"AutoScout24 sent the image order of vehicle {vehicle} as {shown(order)}; "
            "expected a list of image ids"
        )
    for place, image_id in enumerate(order, start=1):
        if not _identifier(image_id):
            raise DataError(
                f"AutoScout24 sent an image order for vehicle {vehicle} whose place {place} is "
                f"{shown(image_id)}; expected an image id"
            )
    return [str(image_id) for image_id in order]


def images(vehicle: str, envelope: Any) -> list[dict[str, Any]]:
    """The vehicle's image records: objects with an id and, if given, a text href."""
    records = _data(envelope, f"the images of vehicle {vehicle}").get("images") or []
    if not isinstance(records, list):
        raise DataError(
            f"AutoScout24 sent the images of vehicle {vehicle} as {shown(records)}; "
            "expected a list of image records"
        )
    for index, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise DataError(
                f"AutoScout24 sent image data ImageDeck cannot use for vehicle {vehicle}: image "
                f"record {index} is {shown(record)}; expected an image record"
            )
        for name, ok, expected in (
            ("id", _identifier(record.get("id")), "an image id"),
            ("href", isinstance(record.get("href", ""), str | type(None)), "text"),
        ):
            if not ok:
                raise DataError(
                    f"AutoScout24 sent image data ImageDeck cannot use for vehicle {vehicle}: "
                    f"image record {index}, field '{name}': expected {expected}, "
                    f"got {shown(record.get(name))}"
                )
    return records


def vehicles(envelope: Any) -> list[dict[str, Any]]:
    """The account's vehicles; entries that are not objects are skipped (a picker shows the
    rest)."""
    rows = _data(envelope, "the vehicles").get("vehicles") or []
    if not isinstance(rows, list):
        raise DataError(f"AutoScout24 sent the vehicles as {shown(rows)}; expected a list")
    return [row for row in rows if isinstance(row, dict)]
