"""One exception family for everything a marketplace or the network can refuse.

Each error carries the text to show the user (the marketplace's own message where it gave
one), and, where known, the marketplace's code and the HTTP status.
"""

from __future__ import annotations

#: Characters of a marketplace's error code shown (a server chooses what it sends there).
MAX_CODE = 60


class MarketplaceError(Exception):
    """A call to a marketplace failed; `message` is fit to show to the user."""

    def __init__(
        self,
        message: str,
        *,
        code: str | int | None = None,
        status: int | None = None,
        marketplace: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        if code is not None and not isinstance(code, str | int):
            code = str(code)  # a server's code of odd shape: shown as text, and bounded
        if isinstance(code, str) and len(code) > MAX_CODE:
            code = code[: MAX_CODE - 1] + "…"
        self.code = code
        self.status = status
        # Which marketplace answered (None: the network, before any answer): the advice
        # for "not allowed" differs between a shop's user rights and a dealer's vehicles.
        self.marketplace = marketplace

    def __str__(self) -> str:
        if self.code is not None:
            return f"{self.message} (code {self.code})"
        return self.message


class AuthError(MarketplaceError):
    """Credentials were refused or a token could not be renewed."""


class NotFoundError(MarketplaceError):
    """The listing or image does not exist (any more)."""


class ValidationError(MarketplaceError):
    """The marketplace rejected the request's content (HTTP 422, AS24 5008x, ...)."""


class RateLimitError(MarketplaceError):
    """Too many calls; `retry_after` seconds is the server's hint when it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class TransientError(MarketplaceError):
    """A failure worth retrying: 5xx, AutoScout24 code 50000, connection reset, timeout."""


class NetworkError(TransientError):
    """The server could not be reached or the connection dropped."""


class DataError(MarketplaceError):
    """The marketplace answered, but with data ImageDeck cannot use (an HTML page, cut-off
    JSON, a record of the wrong shape). The message names the listing, the field and what was
    expected; the data never reaches the model."""
