"""Time stamps the way plentymarkets writes and reads them.

plentymarkets answers with ISO 8601 local time of the shop (Europe/Berlin) *with* its offset,
to the second ("2024-03-01T10:15:00+01:00"), and its `updatedAt` filter takes a unix time, an
ISO 8601 date or a PHP strtotime phrase. The sandbox keeps every time stamp as an aware UTC
`datetime` truncated to whole seconds, so a value a client copies from an answer and sends back
as a filter compares exactly as it would on the real server ("after" means strictly later).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo


def _shop_zone() -> tzinfo:
    """Europe/Berlin, or a fixed +01:00 where no time-zone database is installed (Windows)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Berlin")
    except Exception:  # ZoneInfoNotFoundError, or no tzdata at all
        return timezone(timedelta(hours=1), "CET")


SHOP_ZONE = _shop_zone()

_UNITS = {
    "sec": 1,
    "second": 1,
    "min": 60,
    "minute": 60,
    "hour": 3600,
    "day": 86400,
    "week": 7 * 86400,
    "fortnight": 14 * 86400,
    "month": 30 * 86400,
    "year": 365 * 86400,
}
_RELATIVE = re.compile(
    r"^(?P<n>[+-]?\d+)\s*(?P<unit>sec|second|min|minute|hour|day|week|fortnight|month|year)s?"
    r"(?P<ago>\s+ago)?$"
)


def now_utc() -> datetime:
    """The current time as plentymarkets stores it: UTC, whole seconds."""
    return datetime.now(UTC).replace(microsecond=0)


def plenty_time(moment: datetime) -> str:
    """`moment` in the shop's local time with offset, e.g. '2024-03-01T10:15:00+01:00'."""
    return moment.astimezone(SHOP_ZONE).isoformat(timespec="seconds")


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """Parse an `updatedAt` filter value; raise ValueError when it is none of the three forms.

    Accepted: unix seconds ("1709283600"), ISO 8601 with or without offset (a value without
    offset is shop-local time, as PHP would read it), and the strtotime phrases clients use in
    practice: "now", "today", "yesterday", "-2 days", "+1 week", "3 hours ago".
    """
    value = text.strip()
    now = now or now_utc()
    if re.fullmatch(r"[+-]?\d{1,12}", value):
        return datetime.fromtimestamp(int(value), UTC)
    lowered = value.lower()
    if lowered == "now":
        return now
    if lowered in {"today", "midnight", "yesterday"}:
        local = now.astimezone(SHOP_ZONE).replace(hour=0, minute=0, second=0)
        if lowered == "yesterday":
            local -= timedelta(days=1)
        return local.astimezone(UTC)
    match = _RELATIVE.match(lowered)
    if match:
        seconds = int(match["n"]) * _UNITS[match["unit"]]
        return (
            now - timedelta(seconds=seconds) if match["ago"] else now + timedelta(seconds=seconds)
        )
    parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if " " in value else value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=SHOP_ZONE)
    return parsed.astimezone(UTC)
