"""Reading plentymarkets' answers: image records, their display order, and errors.

plentymarkets' image list is not in position order (sort by (position, id)), positions are
sparse and may repeat, and errors arrive in several shapes, sometimes with a 2xx status;
rate-limit waits come from Retry-After or the X-Plenty-*-Decay headers. Apart from the
client so its calls read as calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from imagedeck.marketplaces.errors import (
    AuthError,
    MarketplaceError,
    NotFoundError,
    RateLimitError,
    TransientError,
    ValidationError,
)
from imagedeck.marketplaces.http import HttpResponse
from imagedeck.marketplaces.server_text import redirect_text, server_text
from imagedeck.model.image import Image

MARKETPLACE = "plentymarkets"  # names the errors this module raises (error_advice.py)


def image_from_record(record: dict[str, Any]) -> Image:
    """Build an `Image` from an ItemImage record (the full record stays in `raw`)."""
    return Image(
        id=str(record["id"]),
        position=_int_or_none(record.get("position")),
        preview_url=record.get("urlPreview") or record.get("urlSecondPreview") or "",
        middle_url=record.get("urlMiddle") or "",
        full_url=record.get("url") or "",
        file_type=str(record.get("fileType") or ""),
        width=_int_or_none(record.get("width")),
        height=_int_or_none(record.get("height")),
        size=_int_or_none(record.get("size")),
        md5=str(record.get("md5Checksum") or ""),
        updated_at=str(record.get("updatedAt") or ""),
        raw=record,
    )


def display_order(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """plentymarkets' list is not in position order: sort by (position, id), missing last."""

    def key(record: dict[str, Any]) -> tuple[int, int]:
        position = _int_or_none(record.get("position"))
        image_id = _int_or_none(record.get("id"))
        return (1 << 62 if position is None else position, 0 if image_id is None else image_id)

    return sorted(records, key=key)


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def error_message(response: HttpResponse) -> tuple[str, Any]:
    """The marketplace's own message and code from any of the error shapes it uses."""
    redirect = redirect_text(response)
    if redirect is not None:
        return redirect, None
    body = response.json()
    message, code = "", None
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            message = str(error.get("message") or "")
            code = error.get("code")
        elif isinstance(error, str):
            code = error
        message = message or str(body.get("message") or "")
        details = _validation_details(body.get("validation_errors"))
        if details:
            message = f"{message}: {details}" if message else details
    if not message:
        if "html" in response.headers.get("content-type", "") or response.text.lstrip().startswith(
            "<"
        ):
            message = f"plentymarkets answered with an error page (HTTP {response.status})"
        elif body is not None and not isinstance(body, dict | str):
            # JSON of another shape (a list holding tokens, once): not quoted, it may hold secrets
            message = f"plentymarkets answered with an unexpected reply (HTTP {response.status})"
        else:
            message = response.text.strip() or f"HTTP {response.status}"
    return server_text(message), code


def _validation_details(errors: Any) -> str:
    if isinstance(errors, dict):
        parts = []
        for field_name, problems in errors.items():
            problems = problems if isinstance(problems, list) else [problems]
            parts.append(f"{field_name}: {'; '.join(str(p) for p in problems)}")
        return ", ".join(parts)
    if isinstance(errors, list):
        return "; ".join(str(e) for e in errors)
    return ""


def raise_for_answer(response: HttpResponse) -> None:
    """Turn a failed answer into the matching MarketplaceError (2xx with an error body too)."""
    body = response.json()
    if response.ok and not (isinstance(body, dict) and body.get("error") and "id" not in body):
        return
    message, code = error_message(response)
    status = response.status
    if status == 429:
        raise RateLimitError(
            f"plentymarkets rate limit: {message}",
            retry_after=retry_after_from_headers(response.headers),
            code=code,
            status=status,
            marketplace=MARKETPLACE,
        )
    if status in (401, 403):
        prefix = "Not allowed" if status == 403 else "Not signed in"
        raise AuthError(f"{prefix}: {message}", code=code, status=status, marketplace=MARKETPLACE)
    if status == 404 or "no query results" in message.lower():
        raise NotFoundError(message, code=code, status=status, marketplace=MARKETPLACE)
    if status == 422 or status == 400:
        raise ValidationError(message, code=code, status=status, marketplace=MARKETPLACE)
    if status >= 500:
        raise TransientError(message, code=code, status=status, marketplace=MARKETPLACE)
    raise MarketplaceError(message, code=code, status=status, marketplace=MARKETPLACE)


def retry_after_from_headers(headers: dict[str, str]) -> float | None:
    """Seconds until a budget that has run out refills, from Retry-After or X-Plenty-*-Decay."""
    if "retry-after" in headers:
        try:
            return float(headers["retry-after"])
        except ValueError:
            pass
    waits = []
    for prefix in ("x-plenty-global-short-period", "x-plenty-global-long-period", "x-plenty-route"):
        left = headers.get(f"{prefix}-calls-left")
        decay = headers.get(f"{prefix}-decay")
        if left is not None and decay is not None:
            try:
                if int(left) <= 0:
                    waits.append(float(decay))
            except ValueError:
                continue
    return max(waits) if waits else None
