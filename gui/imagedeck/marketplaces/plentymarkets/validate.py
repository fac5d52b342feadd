"""What plentymarkets sends is checked here, at the edge, before it reaches the model.

A real shop, a proxy or a half-migrated plugin can answer an image list holding `null`, `5` or
`"x"`, string image ids, an HTML login page with status 200, or JSON cut off mid-way. Before
this module that surfaced as an AttributeError in the model or a ValueError in the save plan:
a traceback for the seller. Each function here takes an answer as it came and returns data of
the shape the rest of ImageDeck relies on, or raises `DataError` naming the listing, the
record, the field and what was expected. Only the shapes ImageDeck reads are checked; extra
fields are the server's business.
"""

from __future__ import annotations

from typing import Any

from imagedeck.marketplaces.errors import DataError
from imagedeck.marketplaces.http import HttpResponse

WHOLE = "a whole number"
TEXT = "text"
TEXT_OR_NULL = "text or null"
LIST = "a list"
#: The fields of an ItemImage record ImageDeck reads, and what each must be.
IMAGE_FIELDS: dict[str, str] = {
    "id": WHOLE,
    "position": "a whole number or null",
    "url": TEXT_OR_NULL,
    "urlPreview": TEXT_OR_NULL,
    "urlMiddle": TEXT_OR_NULL,
    "urlSecondPreview": TEXT_OR_NULL,
    "names": "a list or null",
    "availabilities": "a list or null",
}


def shown(value: Any, limit: int = 40) -> str:
    """A short, safe picture of a value that did not fit (never the whole of a large one)."""
    text = "null" if value is None else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def body(answer: HttpResponse, what: str) -> Any:
    """The parsed JSON of an answer about `what`, or DataError when it is not JSON."""
    raw = answer.content.strip()
    if not raw:
        raise DataError(
            f"plentymarkets sent an empty answer for {what} (HTTP {answer.status})",
            status=answer.status,
        )
    parsed = answer.json()
    if parsed is None and raw != b"null":
        page = "html" in answer.headers.get("content-type", "").lower() or raw[:1] == b"<"
        kind = "a web page (HTML)" if page else "cut-off or invalid JSON"
        raise DataError(
            f"plentymarkets sent {kind} instead of data for {what} (HTTP {answer.status}); "
            "is the base URL your plentymarkets system?",
            status=answer.status,
        )
    return parsed


def _fits(value: Any, expected: str) -> bool:
    if expected == WHOLE:
        return isinstance(value, int) and not isinstance(value, bool)
    if expected == "a whole number or null":
        return value is None or (isinstance(value, int) and not isinstance(value, bool))
    if expected == TEXT:
        return isinstance(value, str)
    if expected == TEXT_OR_NULL:
        return value is None or isinstance(value, str)
    if expected == LIST:
        return isinstance(value, list)
    if expected == "a list or null":
        return value is None or isinstance(value, list)
    raise AssertionError(expected)  # pragma: no cover - a typo in this module


def _list(answer: HttpResponse, what: str, of: str) -> list[Any]:
    """The answer's JSON, which must be a list (of `of`), about `what`."""
    parsed = body(answer, what)
    if not isinstance(parsed, list):
        raise DataError(
            f"plentymarkets sent {_kind(parsed)} for {what}; expected a list of {of}",
            status=answer.status,
        )
    return parsed


def image_records(listing: str, answer: HttpResponse) -> list[dict[str, Any]]:
    """The ItemImage records of `listing` (e.g. "plentymarkets item 101"), checked."""
    records = _list(answer, f"the images of {listing}", "image records")
    for index, record in enumerate(records, start=1):
        image_record(listing, record, f"image record {index}")
    return records


def image_record(listing: str, record: Any, where: str = "the image") -> dict[str, Any]:
    """One ItemImage record (a list entry, or an upload's answer), checked."""
    if not isinstance(record, dict):
        raise DataError(
            f"plentymarkets sent image data ImageDeck cannot use for {listing}: {where} is "
            f"{shown(record)}; expected an image record (an object with an id)"
        )
    for name, expected in IMAGE_FIELDS.items():
        if name == "id" or name in record:
            value = record.get(name)
            if not _fits(value, expected):
                label = f"{where} (id {shown(record.get('id'))})" if name != "id" else where
                raise DataError(
                    f"plentymarkets sent image data ImageDeck cannot use for {listing}: "
                    f"{label}, field '{name}': expected {expected}, got {shown(value)}"
                )
    for name in ("names", "availabilities"):
        for k, entry in enumerate(record.get(name) or [], start=1):
            if not isinstance(entry, dict):
                raise DataError(
                    f"plentymarkets sent image data ImageDeck cannot use for {listing}: "
                    f"{where} (id {record['id']}), {name} entry {k}: expected an object, "
                    f"got {shown(entry)}"
                )
    return record


def variation_links(listing: str, answer: HttpResponse) -> list[dict[str, Any]]:
    """An item's VariationImage records: objects whose imageId and variationId are numbers."""
    links = _list(answer, f"the variation links of {listing}", "links")
    for index, link in enumerate(links, start=1):
        if not isinstance(link, dict):
            raise DataError(
                f"plentymarkets sent variation link {index} of {listing} as {shown(link)}; "
                "expected an object"
            )
        for name in ("imageId", "variationId"):
            if not _fits(link.get(name), WHOLE):
                raise DataError(
                    f"plentymarkets sent variation link {index} of {listing} with field "
                    f"'{name}': expected {WHOLE}, got {shown(link.get(name))}"
                )
    return links


def entries(what: str, answer: HttpResponse) -> list[dict[str, Any]]:
    """A paged answer's `entries` (items, variations): objects only; others are skipped,
    since a listing picker can show the rest."""
    page = body(answer, what)
    if isinstance(page, list):
        rows = page
    elif isinstance(page, dict) and isinstance(page.get("entries", []), list):
        rows = page.get("entries", [])
    else:
        raise DataError(
            f"plentymarkets sent {_kind(page)} for {what}; expected a page with 'entries'",
            status=answer.status,
        )
    return [row for row in rows if isinstance(row, dict)]


def token_answer(answer: HttpResponse) -> dict[str, Any]:
    """A login or refresh answer: an object. Never quoted back: it may hold tokens."""
    parsed = body(answer, "the login")
    if not isinstance(parsed, dict):
        raise DataError(
            f"plentymarkets answered the login with {_kind(parsed)} instead of an object "
            f"(HTTP {answer.status}); its content is not shown, it may hold secrets",
            status=answer.status,
        )
    return parsed


def _kind(value: Any) -> str:
    """'a list', 'an object', 'a number', … for a message (never the value itself)."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return "a number"
    return "a text"
