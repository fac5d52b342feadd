"""What a seller can do about a marketplace error, next to the marketplace's own words.

"The user credentials were incorrect. (code invalid_credentials)" says what happened; the
seller also needs the next step: check the password, wait, retry, ask the shop's admin.
Plain Python so the CLI could use the same advice. The advice is marked for the catalogue
(`QT_TRANSLATE_NOOP`): it is an English `str` for the CLI and logs, and the window shows it in
the seller's language with `imagedeck.ui.common.translated.translated`. The marketplace's own words
stay as the marketplace sent them.
"""

from __future__ import annotations

from imagedeck.marketplaces.autoscout24.client import MARKETPLACE as AUTOSCOUT24
from imagedeck.marketplaces.errors import (
    AuthError,
    MarketplaceError,
    NetworkError,
    NotFoundError,
    RateLimitError,
    TransientError,
    ValidationError,
)
from imagedeck.marketplaces.plentymarkets.answers import MARKETPLACE as PLENTYMARKETS
from imagedeck.marketplaces.waits import WaitTooLong
from imagedeck.texts import QT_TRANSLATE_NOOP, Text

CONTEXT = "ErrorAdvice"


def next_step(error: MarketplaceError) -> Text:
    """One sentence: what to do now, for the marketplace that answered (`error.marketplace`):
    AutoScout24 says "not allowed" for a vehicle the dealer account does not have, where
    plentymarkets means a user right."""
    autoscout24 = error.marketplace == AUTOSCOUT24
    if isinstance(error, AuthError):
        if error.status == 403 and autoscout24:
            return QT_TRANSLATE_NOOP(
                "ErrorAdvice",
                "Check the vehicle id: this connection's dealer account has no vehicle with it "
                "(AutoScout24 ids are long codes like 3f1c9a52-8d4e-…).",
            )
        if error.status == 403 and error.marketplace == PLENTYMARKETS:
            return QT_TRANSLATE_NOOP(
                "ErrorAdvice",
                "Ask your shop's administrator to give this user the right to edit item images.",
            )
        if error.status == 403:
            return QT_TRANSLATE_NOOP(
                "ErrorAdvice", "Ask the account's administrator for the right to do this."
            )
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice",
            "Check the connection's credentials in File ▸ Connections… and test it again.",
        )
    if isinstance(error, WaitTooLong):
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice",
            "Nothing is lost: after that time, ImageDeck offers to finish the save when you "
            "start it again (or run `imagedeck resume`).",
        )
    if isinstance(error, RateLimitError):
        return _wait_advice(error.retry_after)
    if isinstance(error, NetworkError):
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice", "Check your internet connection (and proxy), then try again."
        )
    if isinstance(error, TransientError):
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice", "The marketplace has a temporary problem; try again in a few minutes."
        )
    if isinstance(error, NotFoundError):
        if autoscout24:
            return QT_TRANSLATE_NOOP(
                "ErrorAdvice",
                "Check the vehicle id; if it is right, the vehicle was deleted meanwhile.",
            )
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice",
            "Reload the listing (F5): it or the image may have been deleted meanwhile.",
        )
    if isinstance(error, ValidationError):
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice", "Correct the value the marketplace names and save again."
        )
    return QT_TRANSLATE_NOOP(
        "ErrorAdvice",
        "Try again; if it keeps failing, send the log (Help ▸ Open Log Folder) to support.",
    )


def _wait_advice(retry_after: float | None) -> Text:
    """How long to wait; whole sentences per case, since plain Python has no numerus forms."""
    seconds = round(retry_after) if retry_after else 0
    if not seconds:
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice", "The marketplace's call budget is used up; wait a minute and try again."
        )
    if seconds == 1:
        return QT_TRANSLATE_NOOP(
            "ErrorAdvice", "The marketplace's call budget is used up; wait a second and try again."
        )
    return QT_TRANSLATE_NOOP(
        "ErrorAdvice",
        "The marketplace's call budget is used up; wait about {seconds} seconds and try again.",
    ).format(seconds=seconds)


def describe(error: MarketplaceError) -> Text:
    """The marketplace's message with its code, then the next step, as two lines."""
    # Only placeholders, so no catalogue entry: the advice inside is translated on its own.
    return Text(CONTEXT, "{message}\n{advice}", {"message": str(error), "advice": next_step(error)})


def explain(error: Exception) -> str:
    """One line for a status bar: a marketplace error with its next step, else its text."""
    if isinstance(error, MarketplaceError):
        return Text(
            CONTEXT, "{message} — {advice}", {"message": str(error), "advice": next_step(error)}
        )
    return str(error)
