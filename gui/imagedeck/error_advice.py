"""What a seller can do about a marketplace error, next to the marketplace's own words.

"The user credentials were incorrect. (code invalid_credentials)" says what happened; the
seller also needs the next step: check the password, wait, retry, ask the shop's admin.
Plain Python so the CLI could use the same advice.
"""

from __future__ import annotations

from imagedeck.marketplaces.errors import (
    AuthError,
    MarketplaceError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    TransientError,
    ValidationError,
)


def next_step(error: MarketplaceError) -> str:
    """One sentence: what to do now."""
    if isinstance(error, AuthError):
        if error.status == 403:
            return "Ask your shop's administrator to give this user the right to edit item images."
        return "Check the connection's credentials in File ▸ Connections… and test it again."
    if isinstance(error, RateLimitError):
        wait = f" about {error.retry_after:.0f} seconds" if error.retry_after else " a minute"
        return f"The marketplace's call budget is used up; wait{wait} and try again."
    if isinstance(error, NetworkError):
        return "Check your internet connection (and proxy), then try again."
    if isinstance(error, TransientError):
        return "The marketplace has a temporary problem; try again in a few minutes."
    if isinstance(error, NotFoundError):
        return "Reload the listing (F5): it or the image may have been deleted meanwhile."
    if isinstance(error, ValidationError):
        return "Correct the value the marketplace names and save again."
    return "Try again; if it keeps failing, send the log (Help ▸ Open Log Folder) to support."


def describe(error: MarketplaceError) -> str:
    """The marketplace's message with its code, then the next step, as two lines."""
    return f"{error}\n{next_step(error)}"


def explain(error: Exception) -> str:
    """One line for a status bar: a marketplace error with its next step, else its text."""
    if isinstance(error, MarketplaceError):
        return f"{error} — {next_step(error)}"
    return str(error)
